//! An .xlsx workbook's sheet as a [`table_grid::Grid`]: each cell as the
//! officer sees it in Excel (a figure with its format's decimals, a
//! percentage times a hundred, `3,94`), the merged ranges kept, so that
//! the importers read a workbook through the same header logic as a CSV
//! file (`docs/target-annex.md`, "Excel workbooks").
//!
//! It links calamine (about 225 KB brotli in WebAssembly): only the
//! reader worker (`src/workers/reader.rs`) may call it, never a page's
//! bundle.

mod cell;
mod error;
mod number;

use std::io::Cursor;

use calamine::{Reader, SheetType, SheetVisible, Xlsx, XlsxError};
use table_grid::{COMPOUND_FILE, Grid, MAX_COLUMNS, Merge};

use crate::cell::cell_text;
pub use crate::error::SheetError;
use crate::number::Shown;

/// Rows kept, blank ones included, as for a CSV file (`ANNEX_MAX_LINES`):
/// a cell further down marks the grid `truncated`.
pub const MAX_ROWS: usize = 100_000;
/// Cells held, the empty ones before a cell in its row included: a sheet
/// of sparse cells far to the right must not fill the browser's memory.
pub const MAX_CELLS: usize = 1_000_000;
/// Merged ranges: an annex has a few dozen, and each costs every lookup of
/// the header.
pub const MAX_MERGES: usize = 1_000;

/// A sheet of a workbook, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetGrid {
    pub grid: Grid,
    /// The workbook's visible worksheets, in the order of its tabs.
    pub sheets: Vec<String>,
    /// The one read.
    pub sheet: String,
}

impl SheetGrid {
    /// `(vi, en)`: which sheet was read, when the workbook has several.
    pub fn notice(&self) -> Option<(String, String)> {
        if self.sheets.len() < 2 {
            return None;
        }
        let list = |open: &str, close: &str| {
            self.sheets
                .iter()
                .map(|s| format!("{open}{s}{close}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let n = self.sheets.len();
        Some((
            format!(
                "Sổ làm việc có {n} trang tính ({}): đã đọc trang «{}». Các trang khác không được đọc.",
                list("«", "»"),
                self.sheet
            ),
            format!(
                "The workbook has {n} sheets ({}): sheet “{}” was read. The others were not.",
                list("“", "”"),
                self.sheet
            ),
        ))
    }
}

/// Whether the bytes are a workbook ([`table_grid::is_workbook`]): those
/// go to [`xlsx_grid`], which says what to do with the ones it cannot read.
pub use table_grid::is_workbook;

/// The first visible worksheet with a cell that is not blank.
pub fn xlsx_grid(bytes: &[u8]) -> Result<SheetGrid, SheetError> {
    let mut book = open(bytes)?;
    let sheets = visible_worksheets(&book);
    for name in &sheets {
        let Some(grid) = read_sheet(&mut book, name)? else {
            continue;
        };
        return Ok(SheetGrid {
            grid,
            sheet: name.clone(),
            sheets,
        });
    }
    Err(SheetError::Empty { sheet: None })
}

/// The worksheet named `sheet` (hidden ones too: the user asked for it).
pub fn xlsx_grid_of(bytes: &[u8], sheet: &str) -> Result<SheetGrid, SheetError> {
    let mut book = open(bytes)?;
    let is_worksheet = book
        .sheets_metadata()
        .iter()
        .any(|s| s.name == sheet && s.typ == SheetType::WorkSheet);
    if !is_worksheet {
        return Err(SheetError::NoSuchSheet { sheet: sheet.into() });
    }
    let grid = read_sheet(&mut book, sheet)?.ok_or_else(|| SheetError::Empty {
        sheet: Some(sheet.into()),
    })?;
    Ok(SheetGrid {
        grid,
        sheets: visible_worksheets(&book),
        sheet: sheet.into(),
    })
}

type Book<'a> = Xlsx<Cursor<&'a [u8]>>;

fn open(bytes: &[u8]) -> Result<Book<'_>, SheetError> {
    Xlsx::new(Cursor::new(bytes)).map_err(|e| match e {
        XlsxError::Password => SheetError::Encrypted,
        _ if bytes.starts_with(COMPOUND_FILE) => SheetError::OldExcel,
        _ => SheetError::NotXlsx,
    })
}

fn visible_worksheets(book: &Book<'_>) -> Vec<String> {
    book.sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect()
}

/// The sheet's grid, `None` when every cell is blank.
fn read_sheet(book: &mut Book<'_>, name: &str) -> Result<Option<Grid>, SheetError> {
    let damaged = || SheetError::Damaged { sheet: name.into() };
    let too_large = || SheetError::TooLarge {
        sheet: name.into(),
        max_cells: MAX_CELLS,
        max_merges: MAX_MERGES,
    };
    let mut grid = Grid::default();
    {
        let mut cells = book.worksheet_cells_reader(name).map_err(|_| damaged())?;
        // A format read once per style, not once per cell.
        let mut formats: Vec<Option<Shown>> = vec![None; cells.styles().len()];
        let mut held = 0usize;
        while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(|_| damaged())? {
            let (row, column) = cell.get_position();
            let (row, column) = (row as usize, column as usize);
            if column >= MAX_COLUMNS {
                return Err(damaged());
            }
            let shown = match formats.get_mut(style) {
                Some(slot) => *slot.get_or_insert_with(|| {
                    cells.styles()[style]
                        .number_format
                        .as_ref()
                        .map_or(Shown::General, |f| Shown::of_code(&f.format_code))
                }),
                None => Shown::General,
            };
            let text = cell_text(cell.get_value(), shown);
            if text.is_empty() {
                continue;
            }
            if row >= MAX_ROWS {
                grid.truncated = true;
                break;
            }
            if grid.rows.len() <= row {
                grid.rows.resize_with(row + 1, Vec::new);
            }
            let cells_of_row = &mut grid.rows[row];
            if cells_of_row.len() <= column {
                held += column + 1 - cells_of_row.len();
                if held > MAX_CELLS {
                    return Err(too_large());
                }
                cells_of_row.resize_with(column + 1, String::new);
            }
            cells_of_row[column] = text;
        }
    }
    if grid.rows.is_empty() {
        return Ok(None);
    }
    let merged = book.merge_cells_by_sheet_name(name).map_err(|_| damaged())?;
    if merged.len() > MAX_MERGES {
        return Err(too_large());
    }
    grid.merges = merged
        .iter()
        .filter(|m| m.start.0 <= m.end.0 && m.start.1 <= m.end.1 && (m.start.0 as usize) < grid.rows.len())
        .map(|m| Merge {
            row: m.start.0 as usize,
            column: m.start.1 as usize,
            rows: (m.end.0 - m.start.0) as usize + 1,
            columns: (m.end.1 - m.start.1) as usize + 1,
        })
        .collect();
    Ok(Some(grid))
}
