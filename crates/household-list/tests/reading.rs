//! A list read in the reader worker crosses to the page as text
//! (`ListReading::to_text`): the page's summary of it is the summary the
//! importer made, every count, rate, profile and Alkire–Foster figure,
//! with the rejected rows' messages and the notices.

mod common;

use common::nd07;
use household_list::{ListRead, ListReading, Options, Progress, import, sample::synthetic_list};
use proptest::prelude::*;

const LIST: &str = include_str!("data/golden-list.csv");

fn crosses(reading: &ListReading) -> ListReading {
    let text = reading.to_text();
    ListReading::from_text(&text).unwrap_or_else(|| panic!("did not read back: {text}"))
}

#[test]
fn the_golden_list_crosses_with_its_whole_summary_and_its_messages() {
    let import = import(LIST.to_owned(), nd07(), Options::default()).unwrap();
    let reading = ListReading::Read(Box::new(ListRead::of(&import)));
    let ListReading::Read(back) = crosses(&reading) else {
        panic!("read back as a failure");
    };
    assert_eq!(back.tallies.summary(), import.summary());
    assert_eq!(back.rejected_rows, 2);
    assert_eq!(back.errors.len(), 2);
    assert!(!back.notices.is_empty());
    assert!(
        back.low_income_workers_known,
        "NĐ 07/2021 has the band, the list has incomes"
    );
    assert_eq!(ListReading::Read(back), reading);
}

#[test]
fn a_failure_crosses_as_its_message() {
    let failed = ListReading::Failed(("Tệp rỗng ~ & =".to_owned(), "Empty file".to_owned()));
    assert_eq!(crosses(&failed), failed);
}

#[test]
fn text_the_worker_did_not_write_is_refused() {
    for text in [
        "",
        "chi-so=a",
        "chuan=x&thon=A~1~2",
        "chuan=x&chi-so=a&af=1~1~1~1",
        "chuan=x&bo=mot",
        "chuan=x&khac=1",
    ] {
        assert_eq!(ListReading::from_text(text), None, "{text:?}");
    }
}

#[test]
fn progress_crosses_and_nothing_else_reads_as_progress() {
    let progress = Progress {
        rows_done: 1_000,
        rows_total_estimate: 1_000_000,
        bytes_done: 52_000,
        bytes_total: 51_000_000,
        finished: false,
    };
    assert_eq!(Progress::from_text(&progress.to_text()), Some(progress));
    assert_eq!(Progress::from_text("1~2~3"), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn any_synthetic_list_crosses_with_the_same_summary(households in 0usize..400, seed in any::<u64>()) {
        let import = import(synthetic_list(households, seed), nd07(), Options::default()).unwrap();
        let ListReading::Read(back) = crosses(&ListReading::Read(Box::new(ListRead::of(&import)))) else {
            panic!("read back as a failure");
        };
        prop_assert_eq!(back.tallies.summary(), import.summary());
    }
}
