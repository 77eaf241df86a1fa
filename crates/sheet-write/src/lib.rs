//! The site's tables as .xlsx workbooks, formatted as officers print them:
//! the unit and the title above, the header (two rows where columns are
//! grouped, the group's cell merged over its columns), every figure a
//! number in a Vietnamese format (`1.234`, `3,04` in Excel set to
//! Vietnamese), the total row in bold, borders, column widths, A4
//! landscape one page wide with the header repeated on every page.
//!
//! The input is the CSV text the page already writes for the same table
//! (`planning::write_annex`, `funding::write_funding_annex`,
//! `household_list::write_village_counts`): one writer of each table's
//! figures, two file formats. A cell keeps the text it had in the CSV: a
//! figure that reads as a Vietnamese number is written as that number
//! with as many decimals as it had; anything else (a typed figure that
//! does not read) is written as typed, never dropped.
//!
//! It links rust_xlsxwriter (about 150 KB brotli in WebAssembly): only the
//! writer worker (`src/workers/writer.rs`) calls it, never a page's bundle.

use std::collections::HashMap;

use csv_text::Separator;
use lang::{Lang, msg};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use table_grid::Grid;
use vn_format::parse_number;

/// Rows of a table the site writes: far above any commune's or province's
/// villages, far below Excel's 1.048.576.
pub const MAX_ROWS: usize = 100_000;
/// A paper A4 in Excel's numbering.
const A4: u8 = 9;
/// Column widths, in Excel's characters.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 45;
/// A header cell wraps: its width counts this many characters at most.
const HEADER_WIDTH: usize = 14;
/// The label of a total row in the site's CSV files.
const TOTAL: &str = "Tổng cộng";

/// A group cell over some of the first table's columns (`first..=last`,
/// from 0): "Cơ cấu hộ nghèo" over the breakdown columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub label: String,
    pub first: usize,
    pub last: usize,
}

/// What the CSV text does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The worksheet's tab.
    pub sheet: String,
    /// Lines above the table, each merged across it: the unit, the title.
    pub title: Vec<String>,
    /// Over the first table's header; a column in no group has its header
    /// cell merged down both rows.
    pub groups: Vec<Group>,
    /// The leading columns that hold labels (the number, the name, the
    /// code): written as text even when they read as numbers ("1.1").
    pub label_columns: usize,
}

/// Why no workbook was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The table has more rows than [`MAX_ROWS`].
    TooManyRows,
    /// rust_xlsxwriter refused: its message, which names the cause.
    Xlsx(String),
}

impl WriteError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            WriteError::TooManyRows => msg!(lang, vi: format!(
                "Bảng có hơn {} dòng, quá lớn để ghi ra tệp Excel. Hãy tải tệp CSV.",
                vn_format::format_integer(Decimal::from(MAX_ROWS))
            ), en: format!("The table has more than {MAX_ROWS} rows, too many for an Excel file. Download the CSV file.")),
            WriteError::Xlsx(why) => msg!(
                lang,
                "Không ghi được tệp Excel ({why}). Hãy tải tệp CSV.",
                "The Excel file could not be written ({why}). Download the CSV file."
            ),
        }
    }
}

impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> WriteError {
        WriteError::Xlsx(e.to_string())
    }
}

/// The formats of one workbook: text, the header, and a figure of each
/// number of decimals, each plain or bold (the total row).
struct Formats {
    title: Format,
    header: Format,
    text: [Format; 2],
    numbers: HashMap<(u32, bool), Format>,
}

impl Formats {
    fn new() -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(13)
                .set_align(FormatAlign::Center),
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_background_color(Color::RGB(0xE7_E6_E6)),
            text: [cell.clone().set_text_wrap(), cell.set_text_wrap().set_bold()],
            numbers: HashMap::new(),
        }
    }

    fn text(&self, bold: bool) -> &Format {
        &self.text[usize::from(bold)]
    }

    /// `#,##0` with `decimals` zeros after the point: Excel shows it with
    /// the separators of the reader's language.
    fn number(&mut self, decimals: u32, bold: bool) -> &Format {
        self.numbers.entry((decimals, bold)).or_insert_with(|| {
            let code = match decimals {
                0 => "#,##0".to_owned(),
                n => format!("#,##0.{}", "0".repeat(n as usize)),
            };
            let format = Format::new()
                .set_border(FormatBorder::Thin)
                .set_align(FormatAlign::VerticalCenter)
                .set_num_format(code);
            if bold { format.set_bold() } else { format }
        })
    }
}

/// The tables of the CSV text: runs of rows between blank rows, each with
/// its header first.
fn tables(grid: &Grid) -> Vec<&[Vec<String>]> {
    grid.rows
        .split(|row| row.iter().all(|c| c.trim().is_empty()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Writes `csv` (`;`-separated, as the site writes it) as a workbook of
/// one worksheet.
pub fn workbook(csv: &str, layout: &Layout) -> Result<Vec<u8>, WriteError> {
    let grid = Grid::from_csv(csv, Separator::Semicolon, MAX_ROWS);
    if grid.truncated {
        return Err(WriteError::TooManyRows);
    }
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    if !layout.sheet.is_empty() {
        sheet.set_name(&layout.sheet)?;
    }
    Sheet::new(sheet, layout, &grid).write()?;
    Ok(book.save_to_buffer()?)
}

struct Sheet<'a> {
    sheet: &'a mut Worksheet,
    layout: &'a Layout,
    tables: Vec<&'a [Vec<String>]>,
    /// The widest row's cells: the title's lines are merged across them.
    columns: usize,
    formats: Formats,
    /// Characters of the widest cell of each column.
    widths: Vec<usize>,
}

/// A row or column index as Excel takes it: the grid is far inside its
/// limits ([`MAX_ROWS`], `table_grid::MAX_COLUMNS`).
fn row_index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn col_index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

impl<'a> Sheet<'a> {
    fn new(sheet: &'a mut Worksheet, layout: &'a Layout, grid: &'a Grid) -> Sheet<'a> {
        let tables = tables(grid);
        let columns = grid.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
        Sheet {
            sheet,
            layout,
            tables,
            columns,
            formats: Formats::new(),
            widths: vec![0; columns],
        }
    }

    fn write(mut self) -> Result<(), WriteError> {
        let mut row = 0;
        for line in &self.layout.title {
            self.across(row, line)?;
            row += 1;
        }
        if !self.layout.title.is_empty() {
            row += 1;
        }
        let tables = std::mem::take(&mut self.tables);
        for (i, table) in tables.iter().enumerate() {
            let Some((header, rows)) = table.split_first() else {
                continue;
            };
            let groups = if i == 0 { self.layout.groups.as_slice() } else { &[] };
            // Each table's cells have borders as far as its widest row.
            let width = table.iter().map(Vec::len).max().unwrap_or(1);
            let first_header = row;
            row = self.header(row, header, groups, width)?;
            if i == 0 {
                self.sheet
                    .set_repeat_rows(row_index(first_header), row_index(row - 1))?;
                self.sheet.set_freeze_panes(row_index(row), 0)?;
            }
            for cells in rows {
                self.data_row(row, cells, width)?;
                row += 1;
            }
            row += 1;
        }
        for (c, chars) in self.widths.iter().enumerate() {
            let width = (chars + 2).clamp(MIN_WIDTH, MAX_WIDTH);
            self.sheet
                .set_column_width(col_index(c), u16::try_from(width).unwrap_or(10))?;
        }
        self.sheet
            .set_landscape()
            .set_paper_size(A4)
            .set_print_fit_to_pages(1, 0);
        Ok(())
    }

    /// A line merged across the table.
    fn across(&mut self, row: usize, text: &str) -> Result<(), XlsxError> {
        let (r, last) = (row_index(row), col_index(self.columns - 1));
        if last == 0 {
            self.sheet.write_string_with_format(r, 0, text, &self.formats.title)?;
        } else {
            self.sheet.merge_range(r, 0, r, last, text, &self.formats.title)?;
        }
        Ok(())
    }

    fn widen(&mut self, column: usize, chars: usize) {
        if let Some(w) = self.widths.get_mut(column) {
            *w = (*w).max(chars);
        }
    }

    /// The header from `row`, on two rows when there are groups; returns
    /// the first row after it.
    fn header(&mut self, row: usize, cells: &[String], groups: &[Group], width: usize) -> Result<usize, XlsxError> {
        let format = self.formats.header.clone();
        let (top, below) = (row_index(row), row_index(row + 1));
        for c in 0..width {
            let text = cells.get(c).map_or("", |t| t.trim());
            self.widen(c, text.chars().count().min(HEADER_WIDTH));
            let col = col_index(c);
            if groups.is_empty() {
                self.sheet.write_string_with_format(top, col, text, &format)?;
            } else if let Some(group) = groups.iter().find(|g| (g.first..=g.last).contains(&c)) {
                if group.first == c {
                    let last = col_index(group.last.min(width - 1));
                    if last == col {
                        self.sheet.write_string_with_format(top, col, &group.label, &format)?;
                    } else {
                        self.sheet.merge_range(top, col, top, last, &group.label, &format)?;
                    }
                }
                self.sheet.write_string_with_format(below, col, text, &format)?;
            } else {
                self.sheet.merge_range(top, col, below, col, text, &format)?;
            }
        }
        Ok(row + if groups.is_empty() { 1 } else { 2 })
    }

    fn data_row(&mut self, row: usize, cells: &[String], width: usize) -> Result<(), XlsxError> {
        let labels = self.layout.label_columns;
        let bold = cells.iter().take(labels.max(1)).any(|c| c.trim() == TOTAL);
        let r = row_index(row);
        for c in 0..width {
            let text = cells.get(c).map_or("", |t| t.trim());
            self.widen(c, text.chars().count());
            let col = col_index(c);
            let figure = (c >= labels && !text.is_empty())
                .then(|| parse_number(text).ok())
                .flatten();
            match figure {
                Some(value) => {
                    let format = self.formats.number(value.scale(), bold).clone();
                    self.sheet.write_with_format(r, col, value, &format)?;
                }
                None if text.is_empty() => {
                    self.sheet.write_blank(r, col, self.formats.text(bold))?;
                }
                None => {
                    self.sheet
                        .write_string_with_format(r, col, text, self.formats.text(bold))?;
                }
            }
        }
        Ok(())
    }
}
