//! The grid: rows of cells as text, and the merged ranges a workbook keeps
//! (a CSV file keeps none).

use csv_text::{Reader, Separator, Writer};

/// Excel's last column is XFD: no sheet is wider, whatever a merge says.
pub const MAX_COLUMNS: usize = 16_384;

/// A zip file's first bytes: an .xlsx workbook (or another zip).
const ZIP: &[u8] = b"PK\x03\x04";
/// An OLE compound file's first bytes: an .xls workbook, or an encrypted
/// .xlsx one.
pub const COMPOUND_FILE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether a file's bytes are a workbook rather than text: a zip (.xlsx)
/// or an OLE compound file (.xls, an encrypted .xlsx), whatever its name.
/// A page tells this without linking a workbook reader; `sheet-grid`
/// reads them, or says what to do with the ones it cannot read.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP) || bytes.starts_with(COMPOUND_FILE)
}

/// Cells merged into one, as a workbook records them: the top-left cell
/// holds the text, the others are empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    /// Top-left cell, from 0.
    pub row: usize,
    pub column: usize,
    /// How many rows and columns it covers; 0 is taken as 1.
    pub rows: usize,
    pub columns: usize,
}

impl Merge {
    pub fn covers(&self, row: usize, column: usize) -> bool {
        (self.row..self.row.saturating_add(self.rows.max(1))).contains(&row)
            && (self.column..self.column.saturating_add(self.columns.max(1))).contains(&column)
    }
}

/// A sheet's cells: `rows[r][c]` is row `r + 1`, column `c + 1` as the
/// spreadsheet numbers them. Rows may be shorter than others: missing
/// cells are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    pub rows: Vec<Vec<String>>,
    pub merges: Vec<Merge>,
    /// Rows, from 0, in which a quote opened and never closed (CSV only):
    /// the rest of the text was read into their last cell.
    pub unclosed_quotes: Vec<usize>,
    /// The text had more rows than the reader was asked to keep.
    pub truncated: bool,
}

impl Grid {
    /// A CSV text's records as rows, at most `max_rows` of them (a file of
    /// blank lines must not fill the browser's memory). Row numbers stay
    /// the spreadsheet's: a quoted cell with line breaks is one row.
    pub fn from_csv(text: &str, separator: Separator, max_rows: usize) -> Grid {
        let mut grid = Grid::default();
        let mut reader = Reader::new(text, separator);
        let mut cells = Vec::new();
        while let Some(record) = reader.next_record(text, &mut cells) {
            if grid.rows.len() >= max_rows {
                grid.truncated = true;
                break;
            }
            if record.unclosed_quote {
                grid.unclosed_quotes.push(grid.rows.len());
            }
            // A blank line costs no allocation per cell.
            let row = if cells.iter().all(|c| c.is_empty()) {
                Vec::new()
            } else {
                cells.iter().map(|c| c.to_string()).collect()
            };
            grid.rows.push(row);
        }
        grid
    }

    /// The cell's text as stored (`""` outside the grid): for a merged
    /// range, only its top-left cell has text.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .map_or("", String::as_str)
    }

    /// The rows as CSV text, a merged range's text in its top-left cell and
    /// the others empty: the CSV convention the header logic reads as a
    /// group over the columns that follow. For readers that take text (the
    /// household importer, which streams), given a workbook's sheet.
    pub fn to_csv(&self, separator: Separator) -> String {
        let mut writer = Writer::new(separator, false);
        for row in &self.rows {
            writer.record(row);
        }
        writer.finish()
    }

    /// The text a cell shows: that of the merged range it lies in.
    pub fn shown(&self, row: usize, column: usize) -> &str {
        match self.merge_at(row, column) {
            Some(m) => self.cell(m.row, m.column),
            None => self.cell(row, column),
        }
    }

    pub fn merge_at(&self, row: usize, column: usize) -> Option<&Merge> {
        self.merges.iter().find(|m| m.covers(row, column))
    }

    /// Whether every cell of the row is blank.
    pub fn is_blank(&self, row: usize) -> bool {
        self.rows.get(row).is_none_or(|r| r.iter().all(|c| c.trim().is_empty()))
    }

    /// Whether the row's quote was never closed.
    pub fn has_unclosed_quote(&self, row: usize) -> bool {
        self.unclosed_quotes.contains(&row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_written_as_csv_reads_back_the_same_rows() {
        let grid = Grid {
            rows: vec![
                vec!["Thôn".into(), "Thu nhập".into(), String::new()],
                vec!["Thôn \"Hạ\"; 2".into(), "1.200.000".into(), "x\ny".into()],
            ],
            merges: vec![Merge {
                row: 0,
                column: 1,
                rows: 1,
                columns: 2,
            }],
            ..Grid::default()
        };
        let text = grid.to_csv(Separator::Semicolon);
        let back = Grid::from_csv(&text, Separator::Semicolon, 10);
        assert_eq!(back.rows, grid.rows, "a merged range's text in its first cell only");
    }

    #[test]
    fn workbooks_are_told_by_their_first_bytes() {
        assert!(is_workbook(b"PK\x03\x04rest"));
        assert!(is_workbook(COMPOUND_FILE));
        assert!(!is_workbook("STT;Thôn".as_bytes()));
        assert!(!is_workbook(b"PK"));
    }

    #[test]
    fn csv_records_become_rows_with_the_spreadsheets_numbering() {
        let grid = Grid::from_csv("a;b\n\n\"x\ny\";2\n\"open;3\n4", Separator::Semicolon, 100);
        assert_eq!(grid.rows[0], ["a", "b"]);
        assert!(grid.rows[1].is_empty() && grid.is_blank(1));
        assert_eq!(grid.rows[2], ["x\ny", "2"]);
        assert_eq!(grid.unclosed_quotes, [3]);
        assert!(grid.has_unclosed_quote(3));
        assert_eq!(grid.rows.len(), 4);
        assert!(!grid.truncated);
    }

    #[test]
    fn a_grid_keeps_at_most_the_rows_asked_for() {
        let grid = Grid::from_csv("\n\n\n\n", Separator::Comma, 2);
        assert_eq!(grid.rows.len(), 2);
        assert!(grid.truncated);
    }

    #[test]
    fn a_merged_range_shows_its_top_left_text_everywhere() {
        let mut grid = Grid::from_csv("Nhóm;;\nA;B;C", Separator::Semicolon, 10);
        grid.merges.push(Merge {
            row: 0,
            column: 0,
            rows: 1,
            columns: 3,
        });
        assert_eq!(grid.shown(0, 2), "Nhóm");
        assert_eq!(grid.cell(0, 2), "");
        assert_eq!(grid.shown(1, 2), "C");
        assert_eq!(grid.cell(9, 9), "");
    }
}
