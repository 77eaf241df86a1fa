//! An annex read in the reader worker crosses to the page as text
//! (`AnnexReading::to_text`): whatever the file, the page gets back exactly
//! what was read, printed figures, messages and mapping included.

use lang::Lang;
use planning::{
    ANNEX_MAX_LINES, ANNEX_MAX_ROWS, AnnexField, AnnexFileError, AnnexRead, AnnexReading, ColumnMapping, Grid, Meaning,
    Separator,
};
use proptest::prelude::*;

const AS_PRINTED: &str = include_str!("data/annex-as-printed.csv");

fn crosses(reading: &AnnexReading) -> AnnexReading {
    let text = reading.to_text();
    AnnexReading::from_text(&text).unwrap_or_else(|| panic!("did not read back: {text}"))
}

#[test]
fn the_annex_as_printed_crosses_whole_rows_printed_figures_total_and_mapping() {
    let reading = AnnexReading::of_bytes(AS_PRINTED.as_bytes().to_vec(), &[]);
    let AnnexReading::Read(read) = &reading else {
        panic!("the annex as printed reads: {reading:?}");
    };
    let AnnexRead {
        rows,
        total,
        year,
        mapping,
        notices,
        ..
    } = read.as_ref();
    assert!(rows.len() > 3 && total.is_some() && year.is_some() && !notices.is_empty());
    assert!(
        rows.iter().any(|r| r.printed.iter().any(|p| !p.is_empty())),
        "printed year-end figures"
    );
    assert!(mapping.columns.len() > 10);
    assert_eq!(crosses(&reading), reading);
}

#[test]
fn a_file_without_the_columns_crosses_with_the_closest_header_and_its_corrections() {
    let text = "Tên thôn;Dân cư;Khác hẳn\nThôn 1;100;5\n";
    let reading = AnnexReading::of_text(text, &[]);
    let AnnexReading::Failed {
        closest: Some(closest), ..
    } = &reading
    else {
        panic!("missing columns, with the closest header: {reading:?}");
    };
    let mut corrected: ColumnMapping<AnnexField> = closest.clone();
    corrected.set(2, Meaning::Field(AnnexField::Poor));
    let again = AnnexReading::of_text(text, &[corrected.remember()]);
    assert_eq!(crosses(&again), again);
    assert_eq!(crosses(&reading), reading);
}

#[test]
fn too_large_and_badly_encoded_files_cross_as_their_message() {
    let large = AnnexReading::too_large(planning::ANNEX_MAX_BYTES + 1).expect("refused");
    assert!(
        matches!(&large, AnnexReading::Failed { message, closest: None } if message.0.contains("MB") || !message.0.is_empty())
    );
    assert_eq!(crosses(&large), large);
    let latin1 = AnnexReading::of_bytes(vec![b'T', 0xEA, b'n', b'\n'], &[]);
    assert!(matches!(latin1, AnnexReading::Failed { .. }));
    assert_eq!(crosses(&latin1), latin1);
}

#[test]
fn text_the_worker_did_not_write_is_refused() {
    for text in [
        "",
        "thon=A~1",
        "cot=0~ten&ngoai-le=1",
        "khong-doc-duoc=%ZZ~x",
        "nam=hai&cot=",
    ] {
        assert_eq!(AnnexReading::from_text(text), None, "{text:?}");
    }
}

#[test]
fn a_sheets_grid_reads_as_its_text_does_and_fails_with_the_closest_header() {
    let grid = Grid::from_csv(AS_PRINTED, Separator::Semicolon, ANNEX_MAX_LINES);
    assert_eq!(
        AnnexReading::of_grid(&grid, &[]),
        AnnexReading::of_text(AS_PRINTED, &[])
    );
    let text = "Tên thôn;Dân cư;Khác hẳn\nThôn 1;100;5\n";
    let unknown = Grid::from_csv(text, Separator::Semicolon, 10);
    assert_eq!(AnnexReading::of_grid(&unknown, &[]), AnnexReading::of_text(text, &[]));
    assert!(matches!(
        AnnexReading::of_grid(&unknown, &[]),
        AnnexReading::Failed { closest: Some(_), .. }
    ));
    // A grid its reader cut short has too many rows, whatever it holds.
    let cut = Grid {
        truncated: true,
        ..grid
    };
    let AnnexReading::Failed { message, closest: None } = AnnexReading::of_grid(&cut, &[]) else {
        panic!("refused");
    };
    assert_eq!(
        message.0,
        AnnexFileError::TooManyRows { max: ANNEX_MAX_ROWS }.message(Lang::Vi)
    );
}

#[test]
fn a_note_on_the_source_comes_first_or_after_the_failure() {
    let note = || ("Đã đọc trang «Biểu».".to_owned(), "Sheet “Biểu” was read.".to_owned());
    let AnnexReading::Read(read) = AnnexReading::of_text(AS_PRINTED, &[]).noting(note()) else {
        panic!("read");
    };
    assert_eq!(read.notices[0], note());
    let failed = AnnexReading::of_text("Tên thôn;Dân cư\nThôn 1;100\n", &[]).noting(note());
    let AnnexReading::Failed { message, closest } = &failed else {
        panic!("failed");
    };
    assert!(message.0.ends_with(" Đã đọc trang «Biểu»."), "{message:?}");
    assert!(message.1.ends_with(" Sheet “Biểu” was read."), "{message:?}");
    assert!(closest.is_some());
    assert_eq!(crosses(&failed), failed);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_file_read_crosses_unchanged(text in "[A-Za-z0-9 ;,.\"\n~!&%=ôơưđ-]{0,300}") {
        let reading = AnnexReading::of_text(&text, &[]);
        prop_assert_eq!(crosses(&reading), reading);
    }
}
