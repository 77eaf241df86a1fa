//! A printed funding table (biểu kinh phí) read back into the form: one
//! row per project or sub-project (and perhaps per commune or village),
//! money by kind and source, under a header of one to three rows with
//! merged group cells. Rows of a project whose sub-projects are printed
//! too, and every printed total, become typed totals, checked against the
//! lines by [`check`](crate::check); nothing printed is dropped silently.

use csv_text::{ColumnRef, EncodingError, Separator, column_letter, fold_key, place, strip_bom};
use rust_decimal::Decimal;
use table_grid::{ColumnMapping, Grid, Remembered, header_end, header_labels};
use vn_format::format_integer;

use crate::amount::{CellProblem, format_amount, read_amount};
use crate::catalogue::{Catalogue, ProjectId};
use crate::form::{FundingForm, FundingLine, TotalText};
use crate::form_text::{MAX_CELL, MAX_LINES, MAX_TOTALS};
use crate::import_columns::{FundingField, funding_mapping};
use crate::money::{Kind, Source};
use lang::{Lang, msg};

/// A funding table is a few hundred rows; a file past this is another file.
pub const FUNDING_MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Lines of a file held in memory, blank ones included.
pub const FUNDING_MAX_LINES: usize = 100_000;
/// Non-blank lines searched for the header: titles sit above it.
const HEADER_SEARCH_ROWS: usize = 20;
const MAX_HEADER_ROWS: usize = 3;
/// Messages kept; the rest are counted in a notice.
const MAX_ROW_ERRORS: usize = 1_000;

/// A funding table read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FundingImport {
    /// Lines and typed totals as printed; amounts as typed (a decimal dot
    /// written as a comma). `parse` and `check` take it from here.
    pub form: FundingForm,
    /// `(vi, en)`: what was skipped or how something was read.
    pub notices: Vec<(String, String)>,
    pub errors: Vec<FundingRowError>,
    /// What each column was read as, and why; the user may correct it.
    pub mapping: ColumnMapping<FundingField>,
}

/// What is wrong with a row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FundingRowProblem {
    /// No project of the catalogue has this code or name: left out.
    UnknownProject { text: String },
    /// An amount that does not read, `(vi, en)`: kept as typed.
    Amount { text: String, reason: CellProblem },
    /// `1.234` in a file that writes decimals with a dot: kept as typed.
    AmbiguousAmount { text: String },
    /// A commune's or village's row whose money is not split by kind: left
    /// out, as no line can hold it.
    NoKind,
    /// A row's printed total that is not the sum of its amounts (rows of
    /// one commune or village; the project's totals are typed totals).
    RowTotal { typed: String, sum: Decimal },
    /// A quote opened in the row and never closed: left out.
    UnclosedQuote,
    /// A cell longer than a form's cell holds ([`MAX_CELL`] characters):
    /// not kept, and the row left out when the cell names its commune or
    /// village.
    TooLong { chars: usize, row_left_out: bool },
}

/// A problem in one row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingRowError {
    /// As the spreadsheet numbers rows: the file's first line is row 1.
    pub row: u64,
    /// The column and its heading as written.
    pub column: Option<ColumnRef>,
    pub problem: FundingRowProblem,
}

impl FundingRowError {
    /// Whether the row was left out; otherwise it was kept.
    pub fn rejects_row(&self) -> bool {
        matches!(
            self.problem,
            FundingRowProblem::UnknownProject { .. }
                | FundingRowProblem::NoKind
                | FundingRowProblem::UnclosedQuote
                | FundingRowProblem::TooLong { row_left_out: true, .. }
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        let problem = match &self.problem {
            FundingRowProblem::UnknownProject { text } => msg!(
                lang,
                "không có dự án nào trong danh mục có mã hoặc tên «{text}», nên dòng không được nhập. Hãy ghi mã dự án (DA1, DA3.TDA1) hoặc thêm dự án vào danh mục.",
                "no project of the catalogue has the code or name “{text}”, so the row was not imported. Write the project's code (DA1, DA3.TDA1) or add the project to the catalogue."
            ),
            FundingRowProblem::Amount { text, reason } => msg!(
                lang,
                "«{text}»: {} Dòng vẫn được nhập, ô này được đánh dấu để sửa.",
                "“{text}”: {} The row is imported and the cell marked for correction.",
                reason.message(lang)
            ),
            FundingRowProblem::AmbiguousAmount { text } => msg!(
                lang,
                "«{text}»: tệp ghi số thập phân bằng dấu chấm, nên không rõ đây là {} hay {} triệu đồng. Hãy ghi {} (dấu phẩy thập phân) hoặc {} (không tách hàng nghìn).",
                "“{text}”: the file writes decimals with a dot, so this could be {} or {} million đồng. Write {} (decimal comma) or {} (no thousands separator).",
                text.replacen('.', ",", 1),
                text.replace('.', ""),
                text.replacen('.', ",", 1),
                text.replace('.', "")
            ),
            FundingRowProblem::NoKind => msg!(
                lang,
                "số tiền của xã, thôn không chia theo loại vốn (đầu tư phát triển, sự nghiệp), nên dòng không được nhập. Hãy thêm cột loại vốn hoặc chia nguồn vốn theo loại.",
                "the money of a commune or village is not split by kind (investment, recurrent), so the row was not imported. Add a kind column or split the sources by kind."
            ),
            FundingRowProblem::RowTotal { typed, sum } => msg!(
                lang,
                "tổng của dòng ghi {typed} triệu đồng nhưng cộng các nguồn được {} triệu đồng.",
                "the row's total reads {typed} million đồng but its sources add up to {} million đồng.",
                format_amount(*sum)
            ),
            FundingRowProblem::UnclosedQuote => msg!(
                lang,
                "dấu ngoặc kép mở ở dòng này không được đóng, nên dòng không được nhập.",
                "a quote opened in this row is never closed, so the row was not imported."
            ),
            FundingRowProblem::TooLong { chars, row_left_out } => msg!(lang, vi: format!(
                "ô có {chars} ký tự, dài hơn {MAX_CELL} ký tự một ô được giữ, nên {}. Hãy kiểm tra ô này trong tệp.",
                if *row_left_out { "dòng không được nhập" } else { "ô này để trống" }
            ), en: format!(
                "the cell has {chars} characters, more than the {MAX_CELL} a cell keeps, so {}. Check this cell in the file.",
                if *row_left_out { "the row was not imported" } else { "it is left empty" }
            )),
        };
        format!("{}: {problem}", place(self.row, self.column.as_ref(), lang))
    }
}

/// Why a whole file cannot be read as a funding table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FundingFileError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    TooManyRows {
        max: u64,
    },
    Encoding(EncodingError),
    Empty,
    /// No line within the first rows names a project column and a money
    /// column; `row` came closest, and `closest` is what its columns were
    /// read as, for the user to say which is which.
    MissingColumns {
        row: u64,
        project: bool,
        money: bool,
        closest: Option<ColumnMapping<FundingField>>,
    },
    /// Two columns read as one field.
    DuplicateColumn {
        field: FundingField,
        first: usize,
        second: usize,
    },
}

impl FundingFileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FundingFileError::TooLarge { max, .. } => msg!(
                lang,
                "Tệp quá lớn cho một biểu kinh phí (tối đa {} MB). Hãy kiểm tra đã chọn đúng tệp.",
                "The file is too large for a funding table (at most {} MB). Check that this is the right file.",
                max / (1024 * 1024)
            ),
            FundingFileError::TooManyRows { max } => msg!(
                lang,
                "Tệp có hơn {} dòng, quá giới hạn của một biểu kinh phí.",
                "The file has more than {} rows, over the limit for a funding table.",
                format_integer(Decimal::from(*max))
            ),
            FundingFileError::Encoding(e) => e.message(lang),
            FundingFileError::Empty => msg!(
                lang,
                "Tệp trống: cần một dòng tiêu đề rồi mỗi dự án một dòng.",
                "The file is empty: it needs a header line, then one line per project."
            ),
            FundingFileError::MissingColumns {
                row, project, money, ..
            } => msg!(lang, vi: {
                let mut lacking = Vec::new();
                if !project {
                    lacking.push("cột dự án (ghi «Mã» hoặc «Dự án, tiểu dự án»)");
                }
                if !money {
                    lacking.push(
                        "cột số tiền (ghi «Tổng cộng», «Vốn đầu tư phát triển», «Vốn sự nghiệp», «NSTW», «NSĐP»…)",
                    );
                }
                format!(
                    "Không tìm thấy dòng tiêu đề của biểu kinh phí (dòng {row} gần nhất). Thiếu: {}.",
                    lacking.join("; ")
                )
            }, en: {
                let mut lacking = Vec::new();
                if !project {
                    lacking.push("a project column (headed “Mã” or “Dự án, tiểu dự án”)");
                }
                if !money {
                    lacking.push("a money column (headed “Tổng cộng”, “Vốn đầu tư phát triển”, “Vốn sự nghiệp”, “NSTW”, “NSĐP”…)");
                }
                format!(
                    "No header line of a funding table was found (row {row} came closest). Missing: {}.",
                    lacking.join("; ")
                )
            }),
            FundingFileError::DuplicateColumn { field, first, second } => msg!(lang, vi: format!(
                "Hai cột cùng là {}: cột {} và cột {}. Hãy xoá hoặc đổi tên một cột.",
                field.label().0,
                column_letter(first + 1),
                column_letter(second + 1)
            ), en: format!(
                "Two columns both hold the {}: column {} and column {}. Delete or rename one of them.",
                field.label().1,
                column_letter(first + 1),
                column_letter(second + 1)
            )),
        }
    }
}

/// The file's bytes: size and encoding checked, then [`read_funding_table`].
pub fn read_funding_bytes(
    bytes: Vec<u8>,
    catalogue: &Catalogue,
    remembered: &[Remembered<FundingField>],
) -> Result<FundingImport, FundingFileError> {
    check_size(bytes.len())?;
    let text = csv_text::decode(bytes).map_err(FundingFileError::Encoding)?;
    read_funding_table(&text, catalogue, remembered)
}

fn check_size(bytes: usize) -> Result<(), FundingFileError> {
    let bytes = bytes as u64;
    if bytes > FUNDING_MAX_BYTES {
        return Err(FundingFileError::TooLarge {
            bytes,
            max: FUNDING_MAX_BYTES,
        });
    }
    Ok(())
}

/// A funding table as CSV text (`;`, `,` or tab), with the corrections the
/// user made to files with the same headers.
pub fn read_funding_table(
    text: &str,
    catalogue: &Catalogue,
    remembered: &[Remembered<FundingField>],
) -> Result<FundingImport, FundingFileError> {
    check_size(text.len())?;
    if strip_bom(text).trim().is_empty() {
        return Err(FundingFileError::Empty);
    }
    let detected = Separator::detect(text);
    let others = [Separator::Semicolon, Separator::Comma, Separator::Tab];
    let mut closest = None;
    for separator in std::iter::once(detected).chain(others.into_iter().filter(|s| *s != detected)) {
        let grid = Grid::from_csv(text, separator, FUNDING_MAX_LINES);
        if grid.truncated {
            return Err(FundingFileError::TooManyRows {
                max: FUNDING_MAX_LINES as u64,
            });
        }
        match read_funding_grid(&grid, catalogue, remembered) {
            Err(e @ FundingFileError::MissingColumns { .. }) => {
                if separator == detected {
                    closest = Some(e);
                }
            }
            result => return result,
        }
    }
    Err(closest.unwrap_or(FundingFileError::Empty))
}

/// A funding table from a sheet's cells, whatever file they came from.
pub fn read_funding_grid(
    grid: &Grid,
    catalogue: &Catalogue,
    remembered: &[Remembered<FundingField>],
) -> Result<FundingImport, FundingFileError> {
    let (rows, mapping, above) = find_header(grid, remembered)?;
    let mut reading = Reading {
        catalogue,
        columns: mapping
            .columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, c.meaning.field()?)))
            .collect(),
        out: FundingImport::default(),
        uses_dot: false,
        dot_cells: 0,
        errors_not_shown: 0,
    };
    reading.uses_dot = (rows.end..grid.rows.len()).any(|r| {
        reading
            .money_columns()
            .any(|(i, _)| decimal_dot(grid.cell(r, i).trim()).is_some_and(|d| d.is_some()))
    });
    let resolved = reading.resolve(grid, rows.end);
    reading.lines_and_totals(grid, &resolved);
    // A form keeps at most so many lines and totals (its stored text too).
    if reading.out.form.lines.len() > MAX_LINES || reading.out.form.totals.len() > MAX_TOTALS {
        return Err(FundingFileError::TooManyRows { max: MAX_LINES as u64 });
    }
    let mut out = reading.finish(&mapping, above, (rows.start as u64 + 1, rows.end as u64));
    out.mapping = mapping;
    Ok(out)
}

fn find_header(
    grid: &Grid,
    remembered: &[Remembered<FundingField>],
) -> Result<(std::ops::Range<usize>, ColumnMapping<FundingField>, u64), FundingFileError> {
    let mut closest: Option<(usize, u64, bool, bool, ColumnMapping<FundingField>)> = None;
    let mut above = 0u64;
    for start in 0..grid.rows.len() {
        if grid.is_blank(start) {
            continue;
        }
        let end = header_end(grid, start, MAX_HEADER_ROWS);
        let mut mapping = funding_mapping(&header_labels(grid, start..end));
        mapping.recall(remembered);
        let fields: Vec<FundingField> = mapping.columns.iter().filter_map(|c| c.meaning.field()).collect();
        let project = fields
            .iter()
            .any(|f| matches!(f, FundingField::Code | FundingField::Project));
        let money = fields.iter().any(|f| f.is_money());
        if project && money {
            let duplicate = mapping.columns.iter().enumerate().find_map(|(second, c)| {
                let field = c.meaning.field().filter(|f| *f != FundingField::Number)?;
                let first = mapping.position(field)?;
                (first < second).then_some((field, first, second))
            });
            if let Some((field, first, second)) = duplicate {
                return Err(FundingFileError::DuplicateColumn { field, first, second });
            }
            return Ok((start..end, mapping, above));
        }
        if closest.as_ref().is_none_or(|(n, ..)| fields.len() > *n) {
            closest = Some((fields.len(), start as u64 + 1, project, money, mapping));
        }
        above += 1;
        if above as usize >= HEADER_SEARCH_ROWS {
            break;
        }
    }
    match closest {
        Some((_, row, project, money, mapping)) => Err(FundingFileError::MissingColumns {
            row,
            project,
            money,
            closest: Some(mapping),
        }),
        None => Err(FundingFileError::Empty),
    }
}

/// An amount with a decimal dot, as Excel set to English writes it:
/// `Some(Some(text with a comma))` when the dot cannot group thousands
/// (`12.5`, `0.25`), `Some(None)` when it may (`1.234`), `None` when the
/// text has no such dot.
fn decimal_dot(text: &str) -> Option<Option<String>> {
    let (int, frac) = text.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) {
        return None;
    }
    Some((frac.len() != 3 || int.len() > 3).then(|| text.replacen('.', ",", 1)))
}

const TOTAL_LABELS: [&str; 5] = ["tongcong", "tong", "tongso", "cong", "tongkinhphi"];

/// A row, its project (`None`: the plan's total row) and sub-unit.
struct Resolved {
    row: usize,
    project: Option<ProjectId>,
    sub_unit: Option<String>,
}

struct Reading<'c> {
    catalogue: &'c Catalogue,
    /// Every column read, with its field.
    columns: Vec<(usize, FundingField)>,
    out: FundingImport,
    uses_dot: bool,
    dot_cells: u64,
    errors_not_shown: u64,
}

impl Reading<'_> {
    fn money_columns(&self) -> impl Iterator<Item = (usize, FundingField)> + '_ {
        self.columns.iter().copied().filter(|(_, f)| f.is_money())
    }

    fn column(&self, field: FundingField) -> Option<usize> {
        self.columns.iter().find(|(_, f)| *f == field).map(|(i, _)| *i)
    }

    /// A problem of `row` (from 0), in the column of index `column` (its
    /// heading is filled in once the mapping is final).
    fn error(&mut self, row: usize, column: Option<usize>, problem: FundingRowProblem) {
        if self.out.errors.len() < MAX_ROW_ERRORS {
            self.out.errors.push(FundingRowError {
                row: row as u64 + 1,
                column: column.map(|i| ColumnRef {
                    number: i + 1,
                    header: String::new(),
                }),
                problem,
            });
        } else {
            self.errors_not_shown += 1;
        }
    }

    /// `Dự án 2: …` → DA2; `Tiểu dự án 1` under DA3 → DA3.TDA1; a code; a
    /// catalogue name.
    fn project_of(&self, code: &str, name: &str, last: Option<ProjectId>) -> Option<ProjectId> {
        let c = self.catalogue;
        let by_code = |code: &str| {
            let key = fold_key(code);
            c.projects.iter().find(|p| fold_key(&p.code) == key).map(|p| p.id)
        };
        if !code.is_empty() {
            return by_code(code);
        }
        let key = fold_key(name);
        let number = |rest: &str| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (!digits.is_empty()).then_some(digits)
        };
        if let Some(m) = key.strip_prefix("tieuduan").and_then(number) {
            let parent = last.and_then(|id| c.lineage(id).last().copied())?;
            let parent_code = &c.get(parent)?.code;
            return by_code(&format!("{parent_code}.TDA{m}"));
        }
        if let Some(n) = key.strip_prefix("duan").and_then(number) {
            return by_code(&format!("DA{n}"));
        }
        by_code(name).or_else(|| {
            let named: Vec<ProjectId> = c
                .projects
                .iter()
                .filter(|p| !p.name.vi.trim().is_empty() && key.ends_with(&fold_key(&p.name.vi)))
                .map(|p| p.id)
                .collect();
            (named.len() == 1).then(|| named[0])
        })
    }

    /// Each row's project, left out with a message when none.
    fn resolve(&mut self, grid: &Grid, first: usize) -> Vec<Resolved> {
        let mut resolved = Vec::new();
        let mut last = None;
        for r in first..grid.rows.len() {
            if grid.is_blank(r) {
                continue;
            }
            if grid.has_unclosed_quote(r) {
                self.error(r, None, FundingRowProblem::UnclosedQuote);
                continue;
            }
            let cell = |f: FundingField| self.column(f).map_or("", |i| grid.cell(r, i).trim());
            let (code, name, sub_unit) = (
                cell(FundingField::Code),
                cell(FundingField::Project),
                cell(FundingField::SubUnit),
            );
            let has_money = self.money_columns().any(|(i, _)| !grid.cell(r, i).trim().is_empty());
            let label = if name.is_empty() { code } else { name };
            if TOTAL_LABELS.contains(&fold_key(label).trim_end_matches(':')) {
                resolved.push(Resolved {
                    row: r,
                    project: None,
                    sub_unit: None,
                });
                continue;
            }
            if let Some(i) = self.column(FundingField::SubUnit)
                && !self.fits(r, i, sub_unit, true)
            {
                continue;
            }
            let project = if code.is_empty() && name.is_empty() && !sub_unit.is_empty() {
                last
            } else {
                self.project_of(code, name, last)
            };
            match project {
                Some(id) => {
                    last = Some(id);
                    resolved.push(Resolved {
                        row: r,
                        project: Some(id),
                        sub_unit: (!sub_unit.is_empty())
                            .then(|| sub_unit.split_whitespace().collect::<Vec<_>>().join(" ")),
                    });
                }
                // A heading row ("I. Vốn đầu tư") carries no money.
                None if !has_money => {}
                None => {
                    let text = if label.is_empty() { sub_unit } else { label }.to_owned();
                    self.error(r, None, FundingRowProblem::UnknownProject { text });
                }
            }
        }
        resolved
    }

    /// Whether `text` fits a form's cell; a message when it does not.
    fn fits(&mut self, r: usize, i: usize, text: &str, row_left_out: bool) -> bool {
        let chars = text.chars().count();
        if chars <= MAX_CELL {
            return true;
        }
        let problem = FundingRowProblem::TooLong { chars, row_left_out };
        self.error(r, Some(i), problem);
        false
    }

    /// A money cell as kept: trimmed, a decimal dot written as a comma; a
    /// message when it does not read.
    fn money(&mut self, grid: &Grid, r: usize, i: usize) -> String {
        let text = grid.cell(r, i).trim().to_owned();
        if !self.fits(r, i, &text, false) {
            return String::new();
        }
        match decimal_dot(&text) {
            Some(Some(decimal)) if self.uses_dot => {
                self.dot_cells += 1;
                return decimal;
            }
            Some(None) if self.uses_dot => {
                self.error(r, Some(i), FundingRowProblem::AmbiguousAmount { text: text.clone() });
                return text;
            }
            _ => {}
        }
        if let Err(reason) = read_amount(&text) {
            self.error(
                r,
                Some(i),
                FundingRowProblem::Amount {
                    text: text.clone(),
                    reason,
                },
            );
        }
        text
    }

    fn lines_and_totals(&mut self, grid: &Grid, resolved: &[Resolved]) {
        // A project whose sub-projects are printed too: its row sums them.
        let parents: Vec<ProjectId> = resolved
            .iter()
            .filter_map(|r| r.project)
            .flat_map(|id| self.catalogue.lineage(id).into_iter().filter(move |a| *a != id))
            .collect();
        let disbursement = self.column(FundingField::Disbursement);
        for row in resolved {
            let r = row.row;
            let cells: Vec<(FundingField, String)> = self
                .money_columns()
                .collect::<Vec<_>>()
                .into_iter()
                .map(|(i, f)| (f, self.money(grid, r, i)))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            let as_totals = row.project.is_none_or(|id| parents.contains(&id));
            if as_totals && disbursement.is_some_and(|i| !grid.cell(r, i).trim().is_empty()) {
                self.out.notices.push((
                    format!(
                        "Dòng {}: tỷ lệ giải ngân của một dòng tổng không được đọc; trang tính nó từ các dòng.",
                        r + 1
                    ),
                    format!(
                        "Row {}: a total row's disbursement rate was not read; the page computes it from the lines.",
                        r + 1
                    ),
                ));
            }
            if as_totals {
                for (field, text) in cells {
                    let (kind, source) = match field {
                        FundingField::KindTotal(k) => (Some(k), None),
                        FundingField::Amount(k, s) => (k, Some(s)),
                        _ => (None, None),
                    };
                    self.out.form.totals.push(TotalText {
                        project: row.project,
                        kind,
                        source,
                        text,
                    });
                }
                continue;
            }
            let project = row.project.unwrap_or(ProjectId(0));
            let get = |field: FundingField| cells.iter().find(|(f, _)| *f == field).map(|(_, t)| t.clone());
            let by_kind =
                |kind: Option<Kind>| Source::ALL.map(|s| get(FundingField::Amount(kind, s)).unwrap_or_default());
            let unsplit = by_kind(None);
            let kinds_with_money: Vec<Kind> = Kind::ALL
                .into_iter()
                .filter(|k| get(FundingField::KindTotal(*k)).is_some_and(|t| !is_zero(&t)))
                .collect();
            let disbursement = disbursement.map_or_else(String::new, |i| {
                let text = grid.cell(r, i).trim();
                if !self.fits(r, i, text, false) {
                    return String::new();
                }
                let body = text.strip_suffix('%').unwrap_or(text).trim_end();
                // A percentage never reaches 1.000: `85.5` has a decimal dot.
                match decimal_dot(body) {
                    Some(Some(decimal)) => {
                        self.dot_cells += 1;
                        decimal
                    }
                    _ => text.to_owned(),
                }
            });
            let mut lines = Vec::new();
            for kind in Kind::ALL {
                let mut amounts = by_kind(Some(kind));
                if unsplit.iter().any(|t| !t.is_empty()) && kinds_with_money == [kind] {
                    for (a, u) in amounts.iter_mut().zip(&unsplit) {
                        if a.is_empty() {
                            a.clone_from(u);
                        }
                    }
                }
                if amounts.iter().any(|t| !t.is_empty()) {
                    lines.push(FundingLine {
                        project,
                        sub_unit: row.sub_unit.clone(),
                        kind,
                        amounts,
                        disbursement: disbursement.clone(),
                    });
                }
            }
            let sources_unsplit = unsplit.iter().any(|t| !t.is_empty()) && kinds_with_money.len() != 1;
            if row.sub_unit.is_some() {
                if sources_unsplit {
                    self.error(r, None, FundingRowProblem::NoKind);
                    continue;
                }
                // Its own totals are checked here: a typed total is a project's.
                for (field, text) in &cells {
                    let sum: Decimal = lines
                        .iter()
                        .filter(|l| match field {
                            FundingField::Total => true,
                            FundingField::KindTotal(k) => l.kind == *k,
                            _ => false,
                        })
                        .flat_map(|l| l.amounts.iter())
                        .filter_map(|t| read_amount(t).ok().flatten())
                        .sum();
                    let is_total = matches!(field, FundingField::Total | FundingField::KindTotal(_));
                    if is_total && read_amount(text).ok().flatten().is_some_and(|typed| typed != sum) {
                        let column = self.column(*field);
                        self.error(
                            r,
                            column,
                            FundingRowProblem::RowTotal {
                                typed: text.clone(),
                                sum,
                            },
                        );
                    }
                }
            } else {
                for (field, text) in &cells {
                    let (kind, source) = match field {
                        FundingField::Total => (None, None),
                        FundingField::KindTotal(k) => (Some(*k), None),
                        FundingField::Amount(None, s) if sources_unsplit => (None, Some(*s)),
                        _ => continue,
                    };
                    self.out.form.totals.push(TotalText {
                        project: row.project,
                        kind,
                        source,
                        text: text.clone(),
                    });
                }
                if sources_unsplit {
                    self.out.notices.push((
                        format!(
                            "Dòng {}: nguồn vốn không chia theo loại vốn; các số được giữ làm tổng để đối chiếu.",
                            r + 1
                        ),
                        format!(
                            "Row {}: the sources are not split by kind; their figures are kept as totals to check.",
                            r + 1
                        ),
                    ));
                }
            }
            self.out.form.lines.extend(lines);
        }
    }

    fn finish(mut self, mapping: &ColumnMapping<FundingField>, above: u64, (first, last): (u64, u64)) -> FundingImport {
        let header_row = if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        };
        // In row order, each naming its column by the heading as written.
        self.out.errors.sort_by_key(|e| e.row);
        for e in &mut self.out.errors {
            if let Some(column) = &mut e.column {
                column.header = mapping
                    .columns
                    .get(column.number - 1)
                    .map(|c| c.label.text())
                    .unwrap_or_default();
            }
        }
        let n = |v: u64| format_integer(Decimal::from(v));
        let mut notices = Vec::new();
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
        let listed = |pick: &dyn Fn(Option<FundingField>) -> bool| {
            let names: Vec<String> = mapping
                .columns
                .iter()
                .filter(|c| !c.label.parts.is_empty() && pick(c.meaning.field()))
                .map(|c| c.label.text())
                .collect();
            (!names.is_empty()).then(|| {
                (
                    names.iter().map(|h| format!("«{h}»")).collect::<Vec<_>>().join(", "),
                    names.iter().map(|h| format!("“{h}”")).collect::<Vec<_>>().join(", "),
                )
            })
        };
        if let Some((vi, en)) = listed(&|f| f.is_none()) {
            notices.push((
                format!("Các cột sau không dùng đến và được bỏ qua: {vi}."),
                format!("These columns are not used and were ignored: {en}."),
            ));
        }
        if let Some((vi, en)) = listed(&|f| f == Some(FundingField::DisbursedMoney)) {
            notices.push((
                format!("Số vốn giải ngân do trang tự tính từ tỷ lệ giải ngân: cột {vi} không được đọc."),
                format!("The page computes the money disbursed from the rate: column {en} was not read."),
            ));
        }
        if self.dot_cells > 0 {
            notices.push((
                format!(
                    "Tệp ghi số thập phân bằng dấu chấm (như 12.5, cách Excel đặt tiếng Anh ghi): {} ô được đọc là số thập phân (12,5).",
                    n(self.dot_cells)
                ),
                format!(
                    "The file writes decimals with a dot (such as 12.5, as Excel set to English writes them): {} cells were read as decimals (12,5).",
                    n(self.dot_cells)
                ),
            ));
        }
        if self.errors_not_shown > 0 {
            notices.push((
                format!("Còn {} lỗi khác không hiển thị.", n(self.errors_not_shown)),
                format!("{} more errors are not shown.", n(self.errors_not_shown)),
            ));
        }
        notices.append(&mut self.out.notices);
        self.out.notices = notices;
        self.out
    }
}

fn is_zero(text: &str) -> bool {
    read_amount(text).ok().flatten().is_none_or(|v| v.is_zero())
}
