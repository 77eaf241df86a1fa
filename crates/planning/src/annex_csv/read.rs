//! Reading an annex, from CSV text or from any grid of cells (an .xlsx
//! sheet's). The header may sit under a title and span several rows with
//! merged group cells; a row of column numbers under it is skipped; one
//! total row is kept apart to be checked against the rows. A row with a bad
//! figure is kept as typed, so nothing typed is lost and the page marks the
//! cell; a row that cannot be a sub-unit is left out. Either way the row
//! gets a message.

use csv_text::{Separator, strip_bom};
use rust_decimal::Decimal;
use table_grid::{ColumnMapping, Grid, Remembered, header_end, header_labels};
use vn_format::format_integer;

use super::columns::{AnnexField, annex_mapping, duplicate, missing, recognised};
use super::error::{AnnexColumnRef, AnnexFileError, AnnexRowError, AnnexRowProblem};
use super::numbering_row::is_numbering_row;
use super::title::{unit_in, year_in};
use super::total_row::is_total_label;
use crate::table_form::{CELLS, PRINTED_CELLS, RATE_CELLS, RowText, read_count, read_rate};

/// An annex of every village of a province is a few hundred kilobytes.
pub const ANNEX_MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Sub-unit rows: more than any unit has.
pub const ANNEX_MAX_ROWS: u64 = 10_000;
/// Lines of a file held in memory, blank ones included: a file of
/// nothing but line breaks must not fill the browser's memory.
pub const ANNEX_MAX_LINES: usize = 100_000;
/// Non-blank lines searched for the header: titles sit above it.
const HEADER_SEARCH_ROWS: usize = 20;
/// Rows a header spans: a group, a sub-group, the columns.
const MAX_HEADER_ROWS: usize = 3;
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
    /// What each column was read as, and why. The user may correct it:
    /// remember [`ColumnMapping::remember`] and read the file again with
    /// [`read_annex_with`].
    pub mapping: ColumnMapping<AnnexField>,
    /// The year the title states ("… năm 2027"), else the header.
    pub year: Option<i32>,
    /// The unit the "Kèm theo Kế hoạch … của UBND xã …" line names.
    pub unit: Option<String>,
}

/// The file's bytes: size and encoding checked, then [`read_annex`].
pub fn read_annex_bytes(bytes: Vec<u8>) -> Result<AnnexImport, AnnexFileError> {
    read_annex_bytes_with(bytes, &[])
}

/// [`read_annex_bytes`], with the corrections the user made to files with
/// the same headers.
pub fn read_annex_bytes_with(
    bytes: Vec<u8>,
    remembered: &[Remembered<AnnexField>],
) -> Result<AnnexImport, AnnexFileError> {
    check_size(bytes.len())?;
    let text = csv_text::decode(bytes).map_err(AnnexFileError::Encoding)?;
    read_annex_with(&text, remembered)
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
    read_annex_with(text, &[])
}

/// [`read_annex`], with the corrections the user made to files with the
/// same headers: those remembered under the header's signature apply.
pub fn read_annex_with(text: &str, remembered: &[Remembered<AnnexField>]) -> Result<AnnexImport, AnnexFileError> {
    check_size(text.len())?;
    if strip_bom(text).trim().is_empty() {
        return Err(AnnexFileError::Empty);
    }
    // The separator of the first line first, then the others: a title
    // line may have none.
    let detected = Separator::detect(text);
    let others = [Separator::Semicolon, Separator::Comma, Separator::Tab];
    let mut closest = None;
    for separator in std::iter::once(detected).chain(others.into_iter().filter(|s| *s != detected)) {
        let grid = Grid::from_csv(text, separator, ANNEX_MAX_LINES);
        if grid.truncated {
            return Err(AnnexFileError::TooManyRows { max: ANNEX_MAX_ROWS });
        }
        match find_header(&grid, remembered) {
            Ok(found) => return read_rows(&grid, found, separator == Separator::Comma),
            Err(e @ AnnexFileError::DuplicateColumn { .. }) => return Err(e),
            Err(e) if separator == detected => closest = Some(e),
            Err(_) => {}
        }
    }
    Err(closest.unwrap_or(AnnexFileError::Empty))
}

/// Reads an annex from a sheet's cells, whatever file they came from
/// (the .xlsx reader's merged ranges included). A grid its reader cut
/// short (`truncated`) has too many rows, as a CSV file would.
pub fn read_annex_grid(grid: &Grid, remembered: &[Remembered<AnnexField>]) -> Result<AnnexImport, AnnexFileError> {
    if grid.truncated {
        return Err(AnnexFileError::TooManyRows { max: ANNEX_MAX_ROWS });
    }
    let found = find_header(grid, remembered)?;
    read_rows(grid, found, false)
}

/// Where the header is and what its columns are.
struct Found {
    /// Its rows, from 0.
    rows: std::ops::Range<usize>,
    mapping: ColumnMapping<AnnexField>,
    /// Non-blank lines above it.
    above: u64,
}

/// What the rows that came closest to a header were understood as, when
/// [`read_annex`] finds none (`AnnexFileError::MissingColumns`): the page
/// shows it for the user to say which column is which; remembered, the
/// corrections let [`read_annex_with`] read the file.
pub fn closest_annex_header(text: &str) -> Option<ColumnMapping<AnnexField>> {
    // Each separator: a title line may have none, so the first line's may
    // not be the file's.
    [
        Separator::detect(text),
        Separator::Semicolon,
        Separator::Comma,
        Separator::Tab,
    ]
    .into_iter()
    .filter_map(|separator| closest_grid_header(&Grid::from_csv(text, separator, ANNEX_MAX_LINES)))
    .reduce(|best, mapping| {
        if recognised(&mapping) > recognised(&best) {
            mapping
        } else {
            best
        }
    })
}

/// [`closest_annex_header`] of a sheet's cells.
pub(crate) fn closest_grid_header(grid: &Grid) -> Option<ColumnMapping<AnnexField>> {
    let mut best: Option<ColumnMapping<AnnexField>> = None;
    let rows = (0..grid.rows.len())
        .filter(|&r| !grid.is_blank(r))
        .take(HEADER_SEARCH_ROWS);
    for start in rows {
        let mapping = annex_mapping(&header_labels(grid, start..header_end(grid, start, MAX_HEADER_ROWS)));
        if best.as_ref().is_none_or(|b| recognised(&mapping) > recognised(b)) {
            best = Some(mapping);
        }
    }
    best
}

/// The first rows naming every required column, among the first non-blank
/// ones.
fn find_header(grid: &Grid, remembered: &[Remembered<AnnexField>]) -> Result<Found, AnnexFileError> {
    let mut closest: Option<(usize, u64, Vec<AnnexField>)> = None;
    let mut above = 0u64;
    for start in 0..grid.rows.len() {
        if grid.is_blank(start) {
            continue;
        }
        let end = header_end(grid, start, MAX_HEADER_ROWS);
        let labels = header_labels(grid, start..end);
        let mut mapping = annex_mapping(&labels);
        mapping.recall(remembered);
        let lacking = missing(&mapping);
        if lacking.is_empty() {
            if let Some((field, first, second)) = duplicate(&mapping) {
                let column = |i: usize| AnnexColumnRef {
                    number: i + 1,
                    header: mapping.columns[i].label.text(),
                };
                return Err(AnnexFileError::DuplicateColumn {
                    field,
                    first: column(first),
                    second: column(second),
                });
            }
            return Ok(Found {
                rows: start..end,
                mapping,
                above,
            });
        }
        let found = recognised(&mapping);
        if closest.as_ref().is_none_or(|(n, _, _)| found > *n) {
            closest = Some((found, start as u64 + 1, lacking));
        }
        above += 1;
        if above as usize >= HEADER_SEARCH_ROWS {
            break;
        }
    }
    match closest {
        Some((_, row, missing)) => Err(AnnexFileError::MissingColumns { row, missing }),
        // Only separators and spaces.
        None => Err(AnnexFileError::Empty),
    }
}

fn read_rows(grid: &Grid, found: Found, comma_separated: bool) -> Result<AnnexImport, AnnexFileError> {
    let lines: Vec<String> = (0..found.rows.start)
        .map(|r| {
            let row = grid.rows.get(r).map_or(&[][..], Vec::as_slice);
            row.iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|l| !l.is_empty())
        .collect();
    let headings: Vec<&str> = found
        .mapping
        .columns
        .iter()
        .flat_map(|c| c.label.parts.iter().map(String::as_str))
        .collect();
    let year = year_in(lines.iter().map(String::as_str)).or_else(|| year_in(headings));
    let unit = unit_in(lines.iter().map(String::as_str));
    let header_rows = (found.rows.start as u64 + 1, found.rows.end as u64);
    let mut reading = Reading::new(found.mapping, comma_separated);
    for r in found.rows.end..grid.rows.len() {
        reading.row(r as u64 + 1, grid.has_unclosed_quote(r), &grid.rows[r])?;
    }
    let mut import = reading.finish(header_rows, found.above, &lines);
    let said = match (year, &unit) {
        (Some(y), Some(u)) => Some((
            format!("Biểu năm {y} của {u}."),
            format!("The annex is for {y}, of {u}."),
        )),
        (Some(y), None) => Some((format!("Biểu năm {y}."), format!("The annex is for {y}."))),
        (None, Some(u)) => Some((format!("Biểu của {u}."), format!("The annex is of {u}."))),
        (None, None) => None,
    };
    import.notices.extend(said);
    import.year = year;
    import.unit = unit;
    Ok(import)
}

/// A rate typed with a decimal dot, as Excel set to English writes it.
enum DotRate {
    /// `14.62` → `14,62`: a dot followed by other than three digits cannot
    /// group thousands.
    Decimal(String),
    /// `1.250`: a thousand and more, or a decimal? Not guessed.
    Ambiguous,
}

fn dot_rate(text: &str) -> Option<DotRate> {
    let body = text.strip_suffix('%').unwrap_or(text).trim_end();
    let (int, frac) = body.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) {
        return None;
    }
    if frac.len() == 3 && int.len() <= 3 && !int.starts_with('0') {
        Some(DotRate::Ambiguous)
    } else {
        Some(DotRate::Decimal(text.replacen('.', ",", 1)))
    }
}

/// Where each figure of a row is in the file.
struct Layout {
    mapping: ColumnMapping<AnnexField>,
    name: usize,
    number: Option<usize>,
    /// Column index and the field, for every figure in the file.
    figures: Vec<(usize, AnnexField)>,
    comma_separated: bool,
}

impl Layout {
    fn column_ref(&self, i: usize) -> AnnexColumnRef {
        AnnexColumnRef {
            number: i + 1,
            header: self.mapping.columns.get(i).map(|c| c.label.text()).unwrap_or_default(),
        }
    }

    fn width(&self) -> usize {
        self.mapping.columns.len()
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
    /// Rate cells read with a decimal dot.
    dot_rates: u64,
}

fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Reading {
    fn new(mapping: ColumnMapping<AnnexField>, comma_separated: bool) -> Reading {
        let figures = mapping
            .columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let field = c.meaning.field()?;
                field.column().map(|_| (i, field))
            })
            .collect();
        let layout = Layout {
            name: mapping.position(AnnexField::Name).unwrap_or(0),
            number: mapping.position(AnnexField::Number),
            figures,
            comma_separated,
            mapping,
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
            dot_rates: 0,
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

    /// The row's figures as kept: as typed, trimmed, a rate with a decimal
    /// dot written with a comma; a message for each that does not read.
    fn row_text(&mut self, row: u64, name: String, cells: &[String]) -> RowText {
        let mut text = RowText {
            name,
            ..RowText::default()
        };
        for n in 0..self.layout.figures.len() {
            let (i, field) = self.layout.figures[n];
            let Some(column) = field.column() else { continue };
            let mut value = cells.get(i).map_or("", |c| c.trim()).to_owned();
            let problem = if field.is_rate() {
                match dot_rate(&value) {
                    Some(DotRate::Decimal(decimal)) => {
                        self.dot_rates += 1;
                        value = decimal;
                        None
                    }
                    Some(DotRate::Ambiguous) => Some(AnnexRowProblem::AmbiguousRate { text: value.clone() }),
                    None => read_rate(&value).err().map(AnnexRowProblem::Number),
                }
            } else {
                read_count(&value).err().map(AnnexRowProblem::Number)
            };
            if let Some(problem) = problem {
                self.error(row, Some(i), problem);
            }
            let slot = CELLS
                .iter()
                .position(|c| *c == column)
                .map(|k| &mut text.cells[k])
                .or_else(|| RATE_CELLS.iter().position(|c| *c == column).map(|k| &mut text.rates[k]))
                .or_else(|| {
                    PRINTED_CELLS
                        .iter()
                        .position(|c| *c == column)
                        .map(|k| &mut text.printed[k])
                });
            if let Some(slot) = slot {
                *slot = value;
            }
        }
        text
    }

    fn row(&mut self, row: u64, unclosed_quote: bool, cells: &[String]) -> Result<(), AnnexFileError> {
        if cells.iter().all(|c| c.trim().is_empty()) {
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
        let width = layout.width();
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
                let total = self.row_text(row, tidy(label), cells);
                self.out.total = Some(total);
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
            let text = self.row_text(row, name, cells);
            self.out.rows.push(text);
        }
        Ok(())
    }

    fn finish(self, (first, last): (u64, u64), above: u64, title: &[String]) -> AnnexImport {
        let mut out = self.out;
        let n = |v: u64| format_integer(Decimal::from(v));
        let mapping = &self.layout.mapping;
        let not_read: Vec<AnnexColumnRef> = (0..mapping.columns.len())
            .filter(|&i| !mapping.columns[i].label.parts.is_empty() && mapping.columns[i].meaning.field().is_none())
            .map(|i| self.layout.column_ref(i))
            .collect();
        let notices = &mut out.notices;
        let header_row = if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        };
        if above > 0 {
            let quoted = |open: &str, close: &str| {
                title
                    .iter()
                    .map(|l| format!("{open}{l}{close}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            notices.push((
                format!(
                    "Bỏ qua {} dòng phía trên dòng tiêu đề (dòng {header_row}), như tên biểu: {}.",
                    n(above),
                    quoted("«", "»")
                ),
                format!(
                    "{} lines above the header (row {header_row}), such as the title, were skipped: {}.",
                    n(above),
                    quoted("“", "”")
                ),
            ));
        }
        if !not_read.is_empty() {
            let list = |open: &str, close: &str| {
                not_read
                    .iter()
                    .map(|c| format!("{open}{}{close}", c.header))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            notices.push((
                format!("Các cột sau không dùng đến và được bỏ qua: {}.", list("«", "»")),
                format!("These columns are not used and were ignored: {}.", list("“", "”")),
            ));
        }
        // Only the columns the page has: the printed-only figures are
        // missed by no one.
        let absent: Vec<AnnexField> = AnnexField::ALL
            .into_iter()
            .filter(|f| {
                f.column()
                    .is_some_and(|c| CELLS.contains(&c) || RATE_CELLS.contains(&c))
                    && mapping.position(*f).is_none()
            })
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
        if self.dot_rates > 0 {
            notices.push((
                format!(
                    "Tệp ghi tỷ lệ với dấu chấm thập phân (như 14.62, cách Excel đặt tiếng Anh ghi): {} ô tỷ lệ được đọc là số thập phân (14,62). Số hộ như 1.250 vẫn là một nghìn hai trăm năm mươi.",
                    n(self.dot_rates)
                ),
                format!(
                    "The file writes rates with a decimal dot (such as 14.62, as Excel set to English writes them): {} rate cells were read as decimals (14,62). Counts such as 1.250 still read as one thousand two hundred and fifty.",
                    n(self.dot_rates)
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
        out.mapping = self.layout.mapping;
        out
    }
}
