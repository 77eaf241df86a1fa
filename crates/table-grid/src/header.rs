//! Header rows as annexes print them: a group cell merged over the columns
//! it heads ("Cơ cấu hộ nghèo" over "HN DTTS | Tỷ lệ % | …"), and single
//! headers merged down over the rows of the header.

use std::ops::Range;

use crate::grid::{Grid, MAX_COLUMNS};

/// One column's header, read down the header rows: its group headings,
/// outermost first, then its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnLabel {
    /// From 0.
    pub column: usize,
    /// Each heading as written, runs of spaces and line breaks made one
    /// space; a heading merged down over several rows appears once.
    pub parts: Vec<String>,
}

impl ColumnLabel {
    /// The column's own heading: the lowest one; empty when it has none.
    pub fn header(&self) -> &str {
        self.parts.last().map_or("", String::as_str)
    }

    /// The groups it is under, outermost first.
    pub fn groups(&self) -> &[String] {
        &self.parts[..self.parts.len().saturating_sub(1)]
    }

    /// `Group / Column`, as a message names the column.
    pub fn text(&self) -> String {
        self.parts.join(" / ")
    }
}

/// Where a header that starts at row `start` ends (exclusive), spanning at
/// most `max_rows` rows: a row carries the header on when every cell it
/// fills is words (no figure, no column number such as `(1)`), one of them
/// under a group cell of the row above: a merged range, or (in CSV) a
/// heading followed by empty cells. A village's name alone under the
/// header stands under no group: it is a row.
pub fn header_end(grid: &Grid, start: usize, max_rows: usize) -> usize {
    let filled = |row: usize, c: usize| !grid.cell(row, c).trim().is_empty();
    let under_group = |above: usize, c: usize| {
        if grid.merge_at(above, c).is_some_and(|m| m.columns > 1) {
            return true;
        }
        // The heading at or left of the column, followed by an empty cell
        // of its row (not the end of the row: the last heading of a full
        // header line is no group).
        let width = grid.rows.get(above).map_or(0, Vec::len);
        (0..=c)
            .rev()
            .find(|&j| filled(above, j))
            .is_some_and(|j| j + 1 < width && !filled(above, j + 1))
    };
    let continues = |above: usize, row: usize| {
        let cells = grid.rows.get(row).map_or(&[][..], Vec::as_slice);
        let columns: Vec<usize> = (0..cells.len()).filter(|&c| filled(row, c)).collect();
        let words = |text: &str| {
            let text = text.trim();
            text.chars().any(char::is_alphabetic) && !text.starts_with(|c: char| c.is_ascii_digit() || c == '(')
        };
        columns.iter().all(|&c| words(&cells[c])) && columns.iter().any(|&c| under_group(above, c))
    };
    let mut end = start + 1;
    while end < start.saturating_add(max_rows) && end < grid.rows.len() && continues(end - 1, end) {
        end += 1;
    }
    end
}

fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header of every column over `rows` of the grid.
///
/// Merged ranges the grid records (an .xlsx file's) head every column they
/// cover. A CSV file loses them: a merged group cell is a value followed by
/// empty cells in its row, so a heading is taken to span the empty cells
/// after it as long as there are headings under them: "Chỉ tiêu giảm hộ
/// nghèo;;" over "Số hộ;Hộ nghèo cuối năm;Tỷ lệ %" heads all three. A
/// heading with nothing under it is the column's own (merged down).
pub fn header_labels(grid: &Grid, rows: Range<usize>) -> Vec<ColumnLabel> {
    let rows = rows.start..rows.end.min(grid.rows.len());
    let width = rows
        .clone()
        .flat_map(|r| {
            let row_end = grid.rows[r]
                .iter()
                .rposition(|c| !c.trim().is_empty())
                .map_or(0, |i| i + 1);
            let merged_end = grid
                .merges
                .iter()
                .filter(move |m| m.covers(r, m.column) && !grid.cell(m.row, m.column).trim().is_empty())
                .map(|m| m.column.saturating_add(m.columns.max(1)));
            std::iter::once(row_end).chain(merged_end)
        })
        .max()
        .unwrap_or(0)
        .min(MAX_COLUMNS);
    let filled_below = |r: usize, c: usize| (r + 1..rows.end).any(|below| !grid.shown(below, c).trim().is_empty());
    let mut table: Vec<Vec<String>> = rows
        .clone()
        .map(|r| (0..width).map(|c| tidy(grid.shown(r, c))).collect())
        .collect();
    for (i, r) in rows.clone().enumerate() {
        let mut c = 0;
        while c < width {
            let starts_group = !table[i][c].is_empty() && grid.merge_at(r, c).is_none() && filled_below(r, c);
            c += 1;
            if !starts_group {
                continue;
            }
            let heading = table[i][c - 1].clone();
            while c < width && table[i][c].is_empty() && grid.merge_at(r, c).is_none() && filled_below(r, c) {
                table[i][c] = heading.clone();
                c += 1;
            }
        }
    }
    (0..width)
        .map(|c| {
            let mut parts: Vec<String> = Vec::new();
            for row in &table {
                let text = &row[c];
                if !text.is_empty() && parts.last() != Some(text) {
                    parts.push(text.clone());
                }
            }
            ColumnLabel { column: c, parts }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::Merge;
    use csv_text::Separator;

    fn grid(text: &str) -> Grid {
        Grid::from_csv(text, Separator::Semicolon, 100)
    }

    fn texts(labels: &[ColumnLabel]) -> Vec<String> {
        labels.iter().map(ColumnLabel::text).collect()
    }

    #[test]
    fn a_csv_group_cell_spans_the_empty_cells_with_sub_headers_under_them() {
        let g = grid(
            "Thôn;Hộ nghèo;Tỷ lệ %;Cơ cấu hộ nghèo;;Chỉ tiêu giảm hộ nghèo;;\n\
             ;;;HN DTTS;Tỷ lệ %;Số hộ;Hộ nghèo cuối năm;Tỷ lệ %\n",
        );
        let labels = header_labels(&g, 0..2);
        assert_eq!(
            texts(&labels),
            [
                "Thôn",
                "Hộ nghèo",
                "Tỷ lệ %",
                "Cơ cấu hộ nghèo / HN DTTS",
                "Cơ cấu hộ nghèo / Tỷ lệ %",
                "Chỉ tiêu giảm hộ nghèo / Số hộ",
                "Chỉ tiêu giảm hộ nghèo / Hộ nghèo cuối năm",
                "Chỉ tiêu giảm hộ nghèo / Tỷ lệ %",
            ]
        );
        assert_eq!(labels[5].groups(), ["Chỉ tiêu giảm hộ nghèo"]);
        assert_eq!(labels[5].header(), "Số hộ");
        assert!(labels[0].groups().is_empty());
    }

    #[test]
    fn a_heading_with_nothing_under_it_stops_a_group() {
        // "Ghi chú" is its own column even though the group's empty cell
        // comes before it.
        let g = grid("Nhóm;;;Ghi chú\nA;B;;\n");
        assert_eq!(texts(&header_labels(&g, 0..2)), ["Nhóm / A", "Nhóm / B", "", "Ghi chú"]);
    }

    #[test]
    fn merged_ranges_of_a_workbook_head_every_column_they_cover() {
        let mut g = grid("Thôn;Nhóm;;\n;A;;C\n");
        g.merges.push(Merge {
            row: 0,
            column: 1,
            rows: 1,
            columns: 3,
        });
        g.merges.push(Merge {
            row: 0,
            column: 0,
            rows: 2,
            columns: 1,
        });
        let labels = header_labels(&g, 0..2);
        assert_eq!(texts(&labels), ["Thôn", "Nhóm / A", "Nhóm", "Nhóm / C"]);
    }

    #[test]
    fn a_header_row_carries_on_under_a_group_cells_empty_cells() {
        let g = grid("Tiêu đề\nThôn;Nhóm;\n;A;B\nThôn 1;2;3\n;Cơ cấu;x\n");
        assert_eq!(header_end(&g, 1, 3), 3);
        assert_eq!(header_end(&g, 1, 1), 2);
        // Figures end a header; so do column numbers.
        assert_eq!(header_end(&g, 2, 3), 3);
        let numbered = grid("Thôn;Nhóm;\n;(1);(2)\n");
        assert_eq!(header_end(&numbered, 0, 3), 1);
        assert_eq!(header_end(&g, 4, 3), 5);
        // Ticks under a full one-row header are a row, even in its last
        // column.
        let ticks = grid("Thôn;A;B\n;;x\n");
        assert_eq!(header_end(&ticks, 0, 3), 1);
        // A village without figures under a two-row header is a row.
        let village = grid("Thôn;Nhóm;\n;A;B\nThôn Mới;;\n");
        assert_eq!(header_end(&village, 0, 3), 2);
        // A sub-group's columns under a group's: three rows.
        let three = grid("Thôn;Nhóm;;\n;Trong đó;;\n;A;B\n");
        assert_eq!(header_end(&three, 0, 3), 3);
    }

    #[test]
    fn one_header_row_and_rows_past_the_grid() {
        let g = grid("STT;Thôn;Số  hộ\n");
        assert_eq!(texts(&header_labels(&g, 0..5)), ["STT", "Thôn", "Số hộ"]);
        assert!(header_labels(&g, 3..5).is_empty());
    }
}
