//! A list read in the reader worker crosses to the page as text
//! (`ListReading::to_text`): the page's summary of it is the summary the
//! importer made, every count, rate, profile and Alkire–Foster figure,
//! with the rejected rows' messages and the notices.

use lang::Lang;
mod common;

use common::nd07;
use household_list::{
    HouseholdField, Importer, ListRead, ListReading, Meaning, Options, Progress, import, sample::synthetic_list,
};
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
    let failed = ListReading::Failed {
        message: ("Tệp rỗng ~ & =".to_owned(), "Empty file".to_owned()),
        closest: None,
    };
    assert_eq!(crosses(&failed), failed);
}

/// A header the importer does not understand comes back with every column
/// as read, for the page's column-mapping step; corrected and remembered,
/// the same file reads.
#[test]
fn columns_not_understood_cross_with_the_closest_header_and_a_correction_reads_the_file() {
    let text = LIST.replacen("Thu nhập", "Tiền kiếm được", 1);
    let refused = Importer::open(text.clone(), nd07(), Options::default()).expect_err("refused");
    let reading = ListReading::refused(refused);
    let ListReading::Failed {
        message,
        closest: Some(closest),
    } = crosses(&reading)
    else {
        panic!("no closest header: {reading:?}")
    };
    assert!(message.0.starts_with("Tệp thiếu cột: thu_nhap"), "{message:?}");
    let income = closest
        .columns
        .iter()
        .position(|c| c.label.text() == "Tiền kiếm được")
        .expect("every column is shown");
    assert_eq!(closest.columns[income].meaning, Meaning::Unknown);
    let mut corrected = closest.clone();
    assert!(corrected.set(income, Meaning::Field(HouseholdField::Income)));
    let options = Options {
        remembered: vec![corrected.remember()],
        ..Options::default()
    };
    let read = import(text, nd07(), options).expect("read with the correction");
    assert_eq!(
        read.summary(),
        import(LIST.to_owned(), nd07(), Options::default()).unwrap().summary()
    );
    assert_eq!(read.mapping.overrides().len(), 1);
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
        "chuan=x&bo=1",
        "khong-doc-duoc=a~b&chuan=x",
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

/// The page's own checks say what the importer's would.
#[test]
fn the_pages_checks_say_what_the_importer_says() {
    let small = Options {
        max_bytes: 4,
        ..Options::default()
    };
    for (bytes, options) in [
        (b"abcdef".to_vec(), &small),
        (vec![0xFF, 0xFE, b'a', 0], &Options::default()),
        (b"a;b\n\xC3(".to_vec(), &Options::default()),
    ] {
        let e = household_list::decode(bytes.clone(), options).unwrap_err();
        assert_eq!(
            household_list::text_for_reader(bytes, options),
            Err((e.message(Lang::Vi), e.message(Lang::En)))
        );
    }
    assert_eq!(
        household_list::text_for_reader(b"a;b".to_vec(), &small),
        Ok("a;b".to_owned())
    );
}
