//! Reading an annex file. The header may sit under a title; a row of
//! column numbers under it is skipped; one total row is kept apart to be
//! checked against the rows. A row with a bad figure is kept as typed, so
//! nothing typed is lost and the page marks the cell; a row that cannot be
//! a sub-unit is left out. Either way the row gets a message.

use std::borrow::Cow;

use csv_text::{Reader, Separator, strip_bom};
use rust_decimal::Decimal;
use vn_format::format_integer;

use super::columns::{AnnexField, Header};
use super::error::{AnnexColumnRef, AnnexFileError, AnnexRowError, AnnexRowProblem};
use super::numbering_row::is_numbering_row;
use super::total_row::is_total_label;
use crate::checks::Column;
use crate::table_form::{CELLS, RATE_CELLS, RowText, read_count, read_rate};

/// An annex of every village of a province is a few hundred kilobytes.
pub const ANNEX_MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Sub-unit rows: more than any unit has.
pub const ANNEX_MAX_ROWS: u64 = 10_000;
/// Non-blank lines searched for the header: titles sit above it.
const HEADER_SEARCH_ROWS: usize = 20;
/// Messages kept; the rest are counted in a notice.
const MAX_ROW_ERRORS: usize = 1_000;
/// Row numbers listed in one notice.
const MAX_LISTED_ROWS: usize = 20;

/// An annex read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnexImport {
    /// One per sub-unit, in the file's order, cells as typed (trimmed).
    pub rows: Vec<RowText>,
    /// The file's total row, as typed: to check, not to use.
    pub total: Option<RowText>,
    /// `(vi, en)`: what was skipped or ignored, rejecting nothing.
    pub notices: Vec<(String, String)>,
    /// Bad cells (row kept) and rejected rows, in row order.
    pub errors: Vec<AnnexRowError>,
}

/// The file's bytes: size and encoding checked, then [`read_annex`].
pub fn read_annex_bytes(bytes: Vec<u8>) -> Result<AnnexImport, AnnexFileError> {
    check_size(bytes.len())?;
    let text = csv_text::decode(bytes).map_err(AnnexFileError::Encoding)?;
    read_annex(&text)
}

fn check_size(bytes: usize) -> Result<(), AnnexFileError> {
    let bytes = bytes as u64;
    if bytes > ANNEX_MAX_BYTES {
        return Err(AnnexFileError::TooLarge {
            bytes,
            max: ANNEX_MAX_BYTES,
        });
    }
    Ok(())
}

/// Reads an annex: UTF-8 text with or without a BOM, cells separated by
/// `;`, `,` or tabs, numbers Vietnamese (`1.250`, `3,04`) or plain.
pub fn read_annex(text: &str) -> Result<AnnexImport, AnnexFileError> {
    check_size(text.len())?;
    if strip_bom(text).trim().is_empty() {
        return Err(AnnexFileError::Empty);
    }
    let found = find_header(text)?;
    let mut reading = Reading::new(found.header, found.separator);
    let mut reader = found.reader;
    let mut cells = Vec::new();
    while let Some(record) = reader.next_record(text, &mut cells) {
        reading.row(record.row, record.unclosed_quote, &cells)?;
    }
    Ok(reading.finish(found.row, found.above))
}

/// Where the header is, and the reader just after it.
struct Found {
    separator: Separator,
    reader: Reader,
    header: Header,
    row: u64,
    /// Non-blank lines above it.
    above: u64,
}

fn is_blank(cells: &[Cow<'_, str>]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

/// The first line naming every required column, tried with the separator
/// of the first line, then the others (a title line may have none).
fn find_header(text: &str) -> Result<Found, AnnexFileError> {
    let detected = Separator::detect(text);
    let others = [Separator::Semicolon, Separator::Comma, Separator::Tab];
    let mut closest: Option<(usize, u64, Vec<AnnexField>)> = None;
    let mut cells = Vec::new();
    for separator in std::iter::once(detected).chain(others.into_iter().filter(|s| *s != detected)) {
        let mut reader = Reader::new(text, separator);
        let mut above = 0;
        while let Some(record) = reader.next_record(text, &mut cells) {
            if is_blank(&cells) {
                continue;
            }
            let header = Header::read(&cells);
            if header.missing().is_empty() {
                if let Some((field, first, second)) = header.duplicate() {
                    let column = |i: usize| AnnexColumnRef {
                        number: i + 1,
                        header: header.headers[i].clone(),
                    };
                    return Err(AnnexFileError::DuplicateColumn {
                        field,
                        first: column(first),
                        second: column(second),
                    });
                }
                return Ok(Found {
                    separator,
                    reader,
                    header,
                    row: record.row,
                    above,
                });
            }
            if separator == detected && closest.as_ref().is_none_or(|(n, _, _)| header.recognised() > *n) {
                closest = Some((header.recognised(), record.row, header.missing()));
            }
            above += 1;
            if above as usize >= HEADER_SEARCH_ROWS {
                break;
            }
        }
    }
    match closest {
        Some((_, row, missing)) => Err(AnnexFileError::MissingColumns { row, missing }),
        // Only separators and spaces.
        None => Err(AnnexFileError::Empty),
    }
}

/// Where each figure of a row is in the file.
struct Layout {
    header: Header,
    name: usize,
    number: Option<usize>,
    /// Column index and the table's column, for every figure in the file.
    figures: Vec<(usize, Column)>,
    comma_separated: bool,
}

impl Layout {
    fn column_ref(&self, i: usize) -> AnnexColumnRef {
        AnnexColumnRef {
            number: i + 1,
            header: self.header.headers.get(i).cloned().unwrap_or_default(),
        }
    }

    fn text(&self, cells: &[Cow<'_, str>], column: Column) -> String {
        self.figures
            .iter()
            .find(|(_, c)| *c == column)
            .and_then(|(i, _)| cells.get(*i))
            .map_or_else(String::new, |c| c.trim().to_owned())
    }

    fn row_text(&self, name: String, cells: &[Cow<'_, str>]) -> RowText {
        RowText {
            name,
            cells: CELLS.map(|c| self.text(cells, c)),
            rates: RATE_CELLS.map(|c| self.text(cells, c)),
        }
    }
}

/// The rows read so far.
struct Reading {
    layout: Layout,
    out: AnnexImport,
    /// Sub-unit rows, kept or left out, against the limit.
    counted: u64,
    skipped: u64,
    numbering_row: Option<u64>,
    seen_data: bool,
    total_row: Option<u64>,
    without_figures: Vec<u64>,
    errors_not_shown: u64,
}

fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Reading {
    fn new(header: Header, separator: Separator) -> Reading {
        let figures = header
            .fields
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((i, (*f)?.column()?)))
            .collect();
        let layout = Layout {
            name: header.position(AnnexField::Name).unwrap_or(0),
            number: header.position(AnnexField::Number),
            figures,
            comma_separated: separator == Separator::Comma,
            header,
        };
        Reading {
            layout,
            out: AnnexImport::default(),
            counted: 0,
            skipped: 0,
            numbering_row: None,
            seen_data: false,
            total_row: None,
            without_figures: Vec::new(),
            errors_not_shown: 0,
        }
    }

    fn error(&mut self, row: u64, column: Option<usize>, problem: AnnexRowProblem) {
        if self.out.errors.len() < MAX_ROW_ERRORS {
            let column = column.map(|i| self.layout.column_ref(i));
            self.out.errors.push(AnnexRowError { row, column, problem });
        } else {
            self.errors_not_shown += 1;
        }
    }

    fn count(&mut self) -> Result<(), AnnexFileError> {
        self.counted += 1;
        if self.counted > ANNEX_MAX_ROWS {
            return Err(AnnexFileError::TooManyRows { max: ANNEX_MAX_ROWS });
        }
        Ok(())
    }

    /// A message for every figure that does not read.
    fn check_figures(&mut self, row: u64, cells: &[Cow<'_, str>]) {
        for n in 0..self.layout.figures.len() {
            let (i, column) = self.layout.figures[n];
            let text = cells.get(i).map_or("", |c| c.trim());
            let read = if RATE_CELLS.contains(&column) {
                read_rate(text).map(|_| ())
            } else {
                read_count(text).map(|_| ())
            };
            if let Err(e) = read {
                self.error(row, Some(i), AnnexRowProblem::Number(e));
            }
        }
    }

    fn row(&mut self, row: u64, unclosed_quote: bool, cells: &[Cow<'_, str>]) -> Result<(), AnnexFileError> {
        if is_blank(cells) {
            self.skipped += 1;
            return Ok(());
        }
        if unclosed_quote {
            self.count()?;
            self.error(row, None, AnnexRowProblem::UnclosedQuote);
            return Ok(());
        }
        let layout = &self.layout;
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let width = layout.header.headers.len();
        let beyond = cells.len() > width && cells[width..].iter().any(|c| !c.trim().is_empty());
        let has_figures = layout.figures.iter().any(|(i, _)| !cell(*i).is_empty());
        let name = tidy(cell(layout.name));
        let number = layout.number.map_or("", cell);
        let label = [name.as_str(), number, cell(0)]
            .into_iter()
            .find(|t| !t.is_empty())
            .unwrap_or("");
        // A sub-unit named "Cộng" keeps its row number; a total has none.
        let is_total = is_total_label(label) && (number.is_empty() || number == label);

        if !self.seen_data && !beyond && is_numbering_row(cells, layout.name) {
            self.seen_data = true;
            self.numbering_row = Some(row);
            return Ok(());
        }
        if !beyond && !has_figures && (name.is_empty() || is_total) {
            self.skipped += 1;
            return Ok(());
        }
        self.seen_data = true;
        if beyond {
            let problem = AnnexRowProblem::TooManyCells {
                cells: cells.len(),
                headers: width,
                comma_separated: layout.comma_separated,
            };
            self.count()?;
            self.error(row, None, problem);
        } else if is_total {
            if let Some(first_row) = self.total_row {
                self.count()?;
                self.error(row, None, AnnexRowProblem::ExtraTotal { first_row });
            } else {
                self.total_row = Some(row);
                self.out.total = Some(self.layout.row_text(tidy(label), cells));
                self.check_figures(row, cells);
            }
        } else if name.is_empty() {
            let column = layout.name;
            self.count()?;
            self.error(row, Some(column), AnnexRowProblem::NoName);
        } else {
            self.count()?;
            if !has_figures {
                self.without_figures.push(row);
            }
            let text = self.layout.row_text(name, cells);
            self.out.rows.push(text);
            self.check_figures(row, cells);
        }
        Ok(())
    }

    fn finish(self, header_row: u64, above: u64) -> AnnexImport {
        let mut out = self.out;
        let n = |v: u64| format_integer(Decimal::from(v));
        let header = &self.layout.header;
        let columns = |pick: &dyn Fn(Option<AnnexField>) -> bool| {
            let refs: Vec<AnnexColumnRef> = (0..header.headers.len())
                .filter(|&i| !header.headers[i].is_empty() && pick(header.fields[i]))
                .map(|i| self.layout.column_ref(i))
                .collect();
            let vi = refs
                .iter()
                .map(|c| format!("«{}»", c.header))
                .collect::<Vec<_>>()
                .join(", ");
            let en = refs
                .iter()
                .map(|c| format!("“{}”", c.header))
                .collect::<Vec<_>>()
                .join(", ");
            (!refs.is_empty()).then_some((vi, en))
        };
        let notices = &mut out.notices;
        if above > 0 {
            notices.push((
                format!(
                    "Bỏ qua {} dòng phía trên dòng tiêu đề (dòng {header_row}), như tên biểu.",
                    n(above)
                ),
                format!(
                    "{} lines above the header (row {header_row}), such as the title, were skipped.",
                    n(above)
                ),
            ));
        }
        let computed = |f: Option<AnnexField>| matches!(f, Some(AnnexField::YearEndPoor | AnnexField::YearEndRate));
        if let Some((vi, en)) = columns(&computed) {
            notices.push((
                format!("Các cột sau do trang tự tính nên được bỏ qua: {vi}."),
                format!("These columns are computed by the page and were ignored: {en}."),
            ));
        }
        if let Some((vi, en)) = columns(&|f| f.is_none()) {
            notices.push((
                format!("Các cột sau không dùng đến và được bỏ qua: {vi}."),
                format!("These columns are not used and were ignored: {en}."),
            ));
        }
        let absent: Vec<AnnexField> = AnnexField::ALL
            .into_iter()
            .filter(|f| f.column().is_some() && header.position(*f).is_none())
            .collect();
        if !absent.is_empty() {
            let list = |lang: fn(AnnexField) -> &'static str| absent.iter().map(|f| lang(*f)).collect::<Vec<_>>();
            notices.push((
                format!(
                    "Tệp không có cột: {}. Các ô này để trống.",
                    list(|f| f.label().0).join(", ")
                ),
                format!(
                    "The file has no column for: {}. Those cells are left empty.",
                    list(|f| f.label().1).join(", ")
                ),
            ));
        }
        if let Some(row) = self.numbering_row {
            notices.push((
                format!("Dòng {row} là dòng đánh số cột, được bỏ qua."),
                format!("Row {row} numbers the columns and was skipped."),
            ));
        }
        if self.skipped > 0 {
            notices.push((
                format!("Bỏ qua {} dòng trống hoặc không có tên và số liệu.", n(self.skipped)),
                format!(
                    "{} rows that were empty or had neither a name nor figures were skipped.",
                    n(self.skipped)
                ),
            ));
        }
        if !self.without_figures.is_empty() {
            let mut listed: Vec<String> = self
                .without_figures
                .iter()
                .take(MAX_LISTED_ROWS)
                .map(u64::to_string)
                .collect();
            let more = self.without_figures.len().saturating_sub(MAX_LISTED_ROWS) as u64;
            let (mut vi, mut en) = (listed.join(", "), String::new());
            if more > 0 {
                vi.push_str(&format!(" và {} dòng khác", n(more)));
                listed.push(format!("and {} more", n(more)));
            }
            en.push_str(&listed.join(", "));
            notices.push((
                format!("Các dòng {vi} có tên nhưng không có số liệu: vẫn được nhập; hãy xoá nếu đó là ghi chú."),
                format!("Rows {en} have a name but no figures: imported; delete them if they are notes."),
            ));
        }
        if out.rows.is_empty() {
            notices.push((
                "Tệp không có dòng đơn vị nào.".into(),
                "The file has no sub-unit rows.".into(),
            ));
        }
        if self.errors_not_shown > 0 {
            notices.push((
                format!(
                    "Còn {} lỗi khác không hiển thị. Hãy sửa các lỗi trên rồi nhập lại tệp.",
                    n(self.errors_not_shown)
                ),
                format!(
                    "{} more errors are not shown. Correct the ones above and import the file again.",
                    n(self.errors_not_shown)
                ),
            ));
        }
        out
    }
}
