//! sheet-write: tables written as .xlsx workbooks as the writer worker
//! writes them, then read back with the reader the annex import uses.

use lang::Lang;
use planning::{RateBase, RowText, Separator, TableLink, annex_groups, table_from_query, table_to_query, write_annex};
use sheet_write::{Group, Layout, workbook};

use crate::target::{Target, Verdict, said, text};

fn layout(year: &str) -> Layout {
    Layout {
        sheet: "Biểu chỉ tiêu".to_owned(),
        title: vec!["XÃ MINH TÂN".to_owned(), format!("{} {year}", planning::ANNEX_TITLE)],
        groups: annex_groups(year)
            .map(|(label, first, last)| Group { label, first, last })
            .to_vec(),
        label_columns: 2,
    }
}

fn rows() -> Vec<RowText> {
    let row = |name: &str, cells: [&str; 8]| RowText {
        name: name.into(),
        cells: cells.map(String::from),
        ..RowText::default()
    };
    vec![
        row("Thôn 1", ["1.480", "300", "45", "60", "40", "10", "35", "8"]),
        row("12", ["50", "", "x", "1,5", "", "", "", ""]),
    ]
}

/// Writes `csv`; a workbook written must read back, within the reader's
/// own limits, with no more rows than the CSV's and the title's.
fn write_and_read_back(csv: &str, layout: &Layout) -> Verdict {
    match workbook(csv, layout) {
        Ok(bytes) => {
            let book = match sheet_grid::xlsx_grid(&bytes) {
                Ok(book) => book,
                // A CSV of thousands of columns: more cells than an import reads.
                Err(sheet_grid::SheetError::TooLarge { .. }) => return Verdict::Accepted,
                Err(e) => panic!("a workbook the site wrote does not read back: {e:?}"),
            };
            let lines = table_grid::Grid::from_csv(csv, Separator::Semicolon, sheet_write::MAX_ROWS)
                .rows
                .len();
            assert!(
                book.grid.rows.len() <= lines + layout.title.len() + 4,
                "no rows made up"
            );
            Verdict::Accepted
        }
        Err(e) => {
            said(e.message(Lang::Vi));
            said(e.message(Lang::En));
            Verdict::Refused
        }
    }
}

fn annex_samples() -> Vec<Vec<u8>> {
    let link = TableLink {
        unit: "xã Minh Tân".into(),
        year: "2027".into(),
        base: RateBase::Row,
        rows: rows(),
        total: None,
    };
    vec![table_to_query(&link).into_bytes()]
}

/// The annex as the writer worker has it: the table's text, its CSV, the
/// workbook.
fn annex(input: &[u8]) -> Verdict {
    let Some((link, _)) = table_from_query(&text(input)) else {
        return Verdict::Refused;
    };
    let csv = write_annex(&link.rows, link.base, Separator::Semicolon);
    write_and_read_back(&csv, &layout(&link.year))
}

fn csv_samples() -> Vec<Vec<u8>> {
    vec![
        write_annex(&rows(), RateBase::Unit, Separator::Semicolon).into_bytes(),
        "Mã;Dự án;Tổng cộng\r\n1.1;Tiểu dự án 1;1.234,5\r\n;Tổng cộng;1.234,5\r\n\r\nXã, thôn;Tổng cộng\r\nThôn A;12,125\r\n"
            .as_bytes()
            .to_vec(),
    ]
}

fn csv(input: &[u8]) -> Verdict {
    write_and_read_back(&text(input), &layout("2027"))
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "annex written as .xlsx",
            reads: "`table_from_query`, `write_annex`, then `sheet_write::workbook` as the writer worker writes the annex, read back with `xlsx_grid`",
            cost: 20,
            samples: annex_samples,
            run: annex,
        },
        Target {
            name: "CSV written as .xlsx",
            reads: "`sheet_write::workbook` on any CSV text (the funding table's and the household counts' path), read back with `xlsx_grid`",
            cost: 20,
            samples: csv_samples,
            run: csv,
        },
    ]
}
