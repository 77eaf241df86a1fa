//! Workbooks written from the site's CSV tables, read back with the
//! reader the annex import uses (`sheet-grid`, on calamine): every figure
//! comes back as the same number, every other cell as the same text, and
//! the annex imports again with the same rows.

use csv_text::{Separator, Writer};
use lang::Lang;
use planning::{RateBase, RowText, annex_groups, read_annex, read_annex_grid, write_annex};
use sheet_write::{Group, Layout, MAX_ROWS, WriteError, workbook};
use table_grid::Grid;
use vn_format::parse_number;

fn row(name: &str, cells: [&str; 8]) -> RowText {
    RowText {
        name: name.to_owned(),
        cells: cells.map(str::to_owned),
        rates: Default::default(),
        printed: Default::default(),
    }
}

/// Three villages in the order of `planning::CELLS`: households, ethnic
/// minority, poor, near-poor, the three breakdowns, the reduction.
fn villages() -> Vec<RowText> {
    vec![
        row("Thôn Nà Pản", ["212", "198", "31", "12", "29", "6", "25", "6"]),
        row("Thôn Khuổi Luông", ["1.187", "187", "44", "20", "44", "8", "36", "9"]),
        row("Thôn 3", ["305", "120", "18", "25", "7", "3", "15", "4"]),
    ]
}

fn annex_layout() -> Layout {
    Layout {
        sheet: "Biểu chỉ tiêu".to_owned(),
        title: vec!["XÃ MINH TÂN".to_owned(), "BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2027".to_owned()],
        groups: annex_groups("2027")
            .map(|(label, first, last)| Group { label, first, last })
            .to_vec(),
        label_columns: 2,
    }
}

fn read_back(bytes: &[u8]) -> Grid {
    sheet_grid::xlsx_grid(bytes).expect("the workbook reads back").grid
}

/// Each cell of `csv`'s tables against the workbook's, the tables found
/// from `first_row` on: a figure as the same number, text as the same text.
fn assert_same_cells(csv: &str, book: &Grid, first_row: usize, header_rows: usize) {
    let csv = Grid::from_csv(csv, Separator::Semicolon, MAX_ROWS);
    let mut at = first_row;
    for (i, csv_row) in csv.rows.iter().enumerate() {
        // A second header row sits under the first table's header.
        if i == 1 {
            at += header_rows - 1;
        }
        for (c, text) in csv_row.iter().enumerate() {
            let written = book.shown(at, c);
            match (parse_number(text), parse_number(written)) {
                (Ok(a), Ok(b)) if c >= 2 => assert_eq!(a, b, "row {i}, column {c}: {text} became {written}"),
                _ if i == 0 && header_rows == 2 => {}
                _ => assert_eq!(text.trim(), written.trim(), "row {i}, column {c}"),
            }
        }
        at += 1;
    }
}

#[test]
fn an_annex_written_as_a_workbook_reads_back_with_the_same_figures_and_imports_again() {
    let csv = write_annex(&villages(), RateBase::Row, Separator::Semicolon);
    let bytes = workbook(&csv, &annex_layout()).unwrap();
    let grid = read_back(&bytes);
    assert_eq!(grid.shown(0, 0), "XÃ MINH TÂN");
    assert_eq!(grid.shown(1, 0), "BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2027");
    assert_eq!(grid.shown(3, 8), "Cơ cấu hộ nghèo");
    assert_eq!(
        grid.shown(3, 12),
        "Chỉ tiêu giảm hộ nghèo năm 2027",
        "the group is merged over its columns"
    );
    assert_eq!(grid.shown(4, 0), "STT", "a column in no group is merged down both rows");
    assert_same_cells(&csv, &grid, 3, 2);
    assert_eq!(grid.shown(6, 2), "1187", "1.187 is a number, not text");

    let from_csv = read_annex(&csv).unwrap();
    let from_book = read_annex_grid(&grid, &[]).unwrap();
    assert_eq!(from_book.rows.len(), 3);
    for (a, b) in from_csv.rows.iter().zip(&from_book.rows) {
        assert_eq!(a.name, b.name);
        let counts = |r: &RowText| r.cells.each_ref().map(|t| parse_number(t).ok());
        assert_eq!(counts(a), counts(b), "{}", a.name);
    }
    assert_eq!(from_book.year, Some(2027), "the title's year is read");
    assert!(from_book.errors.is_empty(), "{:?}", from_book.errors);
}

#[test]
fn a_figure_that_does_not_read_is_written_as_typed_and_a_label_that_reads_as_a_number_stays_text() {
    let mut rows = villages();
    rows[0].cells[0] = "hai trăm".to_owned();
    rows[2].name = "12".to_owned();
    let csv = write_annex(&rows, RateBase::Row, Separator::Semicolon);
    let layout = Layout {
        label_columns: 2,
        ..Layout::default()
    };
    let grid = read_back(&workbook(&csv, &layout).unwrap());
    assert_eq!(grid.shown(1, 2), "hai trăm");
    assert_eq!(grid.shown(3, 1), "12");
}

#[test]
fn several_tables_and_a_bold_total_keep_their_rows() {
    let mut w = Writer::new(Separator::Semicolon, true);
    w.record(["Mã", "Dự án", "Tổng (triệu đồng)", "Tỷ lệ (%)"]);
    w.record(["1.1", "Tiểu dự án 1", "1.234,5", "80"]);
    w.record(["", "Tổng cộng", "1.234,5", "80,25"]);
    w.record([""]);
    w.record(["Xã, thôn", "Tổng (triệu đồng)"]);
    w.record(["Thôn A", "12,125"]);
    let csv = w.finish();
    let grid = read_back(
        &workbook(
            &csv,
            &Layout {
                label_columns: 2,
                ..Layout::default()
            },
        )
        .unwrap(),
    );
    assert_same_cells(&csv, &grid, 0, 1);
    assert_eq!(grid.shown(1, 0), "1.1", "a code is text");
    assert_eq!(grid.shown(2, 3), "80,25", "two decimals kept");
    assert_eq!(grid.shown(5, 1), "12,125", "three decimals kept");
}

#[test]
fn a_table_over_the_limit_is_refused_with_a_message_in_both_languages() {
    let mut w = Writer::new(Separator::Semicolon, false);
    for i in 0..=MAX_ROWS {
        w.record([i.to_string()]);
    }
    let e = workbook(&w.finish(), &Layout::default()).unwrap_err();
    assert_eq!(e, WriteError::TooManyRows);
    assert!(e.message(Lang::Vi).contains("100.000"), "{}", e.message(Lang::Vi));
    assert!(e.message(Lang::En).contains("CSV"));
}

#[test]
fn what_excel_cannot_hold_is_refused_with_a_message_not_a_panic() {
    let long_cell = format!("STT;Tên\r\n1;{}\r\n", "a".repeat(40_000));
    let wide_row = format!("{}\r\n", "x;".repeat(17_000));
    for csv in [long_cell, wide_row] {
        match workbook(&csv, &Layout::default()) {
            Err(e @ WriteError::Xlsx(_)) => {
                assert!(
                    e.message(Lang::Vi).starts_with("Không ghi được tệp Excel ("),
                    "{}",
                    e.message(Lang::Vi)
                );
            }
            other => panic!("{:?}", other.map(|b| b.len())),
        }
    }
}
