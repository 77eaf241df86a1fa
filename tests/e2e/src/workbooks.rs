//! An .xlsx file the site wrote, read natively (`sheet-grid`, on
//! calamine) and held to the CSV file the site writes for the same table.

use planning::Separator;
use table_grid::Grid;
use vn_format::parse_number;

/// Rows kept when reading either file.
const MAX_ROWS: usize = 10_000;

/// The workbook's grid, once every cell of `csv` is found in it: each
/// header cell in its column, each row (by its first two cells, its
/// labels) with every figure the same number and every other cell the
/// same text. The workbook may add lines above (the unit, the title) and
/// group cells over the header.
pub fn assert_same_figures(csv: &str, xlsx: &[u8]) -> Grid {
    let book = sheet_grid::xlsx_grid(xlsx).expect("the .xlsx file reads").grid;
    let csv = Grid::from_csv(csv, Separator::Semicolon, MAX_ROWS);
    let mut header = true;
    for row in &csv.rows {
        if row.iter().all(|c| c.trim().is_empty()) {
            header = true;
            continue;
        }
        if std::mem::take(&mut header) {
            for (c, text) in row.iter().enumerate() {
                assert!(
                    (0..book.rows.len()).any(|r| book.shown(r, c) == text.trim()),
                    "the header {text:?} is not in column {c} of the workbook"
                );
            }
            continue;
        }
        let label = |grid: &Grid, r: usize| (grid.shown(r, 0).to_owned(), grid.shown(r, 1).to_owned());
        let wanted = (row[0].trim().to_owned(), row.get(1).map_or("", |c| c.trim()).to_owned());
        let at = (0..book.rows.len())
            .find(|&r| label(&book, r) == wanted)
            .unwrap_or_else(|| panic!("the row {wanted:?} is not in the workbook"));
        for (c, text) in row.iter().enumerate().skip(2) {
            let written = book.shown(at, c);
            match parse_number(text) {
                Ok(figure) => assert_eq!(
                    parse_number(written).ok(),
                    Some(figure),
                    "{wanted:?}, column {c}: {text} in the CSV file, {written} in the workbook"
                ),
                Err(_) => assert_eq!(written, text.trim(), "{wanted:?}, column {c}"),
            }
        }
    }
    book
}
