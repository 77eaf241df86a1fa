//! The annex as printed (`crates/planning/tests/data/annex-as-printed.csv`)
//! as the .xlsx workbook an officer keeps it in: the title and "Kèm theo"
//! lines merged across the table, the header on two rows with its group
//! cells merged over their columns and single headings merged down, rates
//! formatted as percentages, and a second sheet of notes. Built from the
//! CSV file, so both say the same. The e2e tests include this file too.

use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook};

pub const CSV: &str = include_str!("../../../planning/tests/data/annex-as-printed.csv");
/// The sheets' names, in the order of their tabs.
pub const ANNEX_SHEET: &str = "Biểu chỉ tiêu";
pub const NOTES_SHEET: &str = "Ghi chú";
/// The header's rows, from 0: a group row over a column row.
const HEADER: usize = 3;

/// How the rate columns (`Tỷ lệ %`) hold their figures, each formatted
/// `0.00%`.
#[derive(Debug, Clone, Copy)]
pub enum Rates {
    /// Typed: 14,62 % is the value 0,1462.
    Typed,
    /// Worked out: `=D6/B6`, the count before the rate over the households,
    /// its value to the last digit (0,14622641509433962).
    Formulas,
}

fn csv_rows() -> Vec<Vec<&'static str>> {
    CSV.trim_start_matches('\u{feff}')
        .lines()
        .map(|line| line.split(';').collect())
        .collect()
}

/// Column letters from 0: A, B, …
fn letter(column: usize) -> char {
    char::from(b'A' + column as u8)
}

pub fn annex_workbook(rates: Rates) -> Vec<u8> {
    let rows = csv_rows();
    let width = rows[HEADER].len();
    let last = (width - 1) as u16;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(ANNEX_SHEET).unwrap();
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let heading = Format::new().set_bold().set_text_wrap();
    let percent = Format::new().set_num_format("0.00%");

    for (r, cells) in rows[..HEADER].iter().enumerate() {
        if !cells[0].is_empty() {
            sheet
                .merge_range(r as u32, 0, r as u32, last, cells[0], &title)
                .unwrap();
        }
    }
    // A heading with nothing under it is merged down; a group over the
    // empty cells after it.
    let (groups, columns) = (&rows[HEADER], &rows[HEADER + 1]);
    let (top, below) = (HEADER as u32, HEADER as u32 + 1);
    for (c, text) in groups.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        let col = c as u16;
        if columns[c].is_empty() {
            sheet.merge_range(top, col, below, col, text, &heading).unwrap();
        } else {
            let end = (c + 1..width).find(|&e| !groups[e].is_empty()).unwrap_or(width) - 1;
            sheet.merge_range(top, col, top, end as u16, text, &heading).unwrap();
        }
    }
    for (c, text) in columns.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        sheet
            .write_string_with_format(below, c as u16, *text, &heading)
            .unwrap();
    }
    let is_rate = |c: usize| groups[c] == "Tỷ lệ %" || columns[c] == "Tỷ lệ %";
    for (r, cells) in rows.iter().enumerate().skip(HEADER + 2) {
        let row = r as u32;
        sheet.write_string(row, 0, cells[0]).unwrap();
        for (c, text) in cells.iter().enumerate().skip(1) {
            let value: f64 = text.parse().unwrap();
            let col = c as u16;
            match (is_rate(c), rates) {
                (false, _) => {
                    sheet.write_number(row, col, value).unwrap();
                }
                (true, Rates::Typed) => {
                    sheet
                        .write_number_with_format(row, col, value / 100.0, &percent)
                        .unwrap();
                }
                (true, Rates::Formulas) => {
                    let count: f64 = cells[c - 1].parse().unwrap();
                    let households: f64 = cells[1].parse().unwrap();
                    let line = r + 1;
                    let formula = Formula::new(format!("={}{line}/B{line}", letter(c - 1)))
                        .set_result((count / households).to_string());
                    sheet.write_formula_with_format(row, col, formula, &percent).unwrap();
                }
            }
        }
    }
    let notes = book.add_worksheet();
    notes.set_name(NOTES_SHEET).unwrap();
    notes
        .write_string(0, 0, "Số liệu theo kết quả rà soát cuối năm 2026.")
        .unwrap();
    book.save_to_buffer().unwrap()
}
