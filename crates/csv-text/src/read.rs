//! Reading CSV as spreadsheets write it: cells in double quotes with `""`
//! for a quote inside, lines ending in CRLF, LF or CR, with or without a BOM.
//!
//! The reader keeps only a position, so a caller can read a few records,
//! hand control back to the browser, and go on later.

use std::borrow::Cow;

use crate::separator::Separator;

/// The byte-order mark some spreadsheets put at the start of UTF-8 files.
pub const BOM: char = '\u{feff}';

/// Removes a leading byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// One record: its row number (the first record is row 1) and whether a
/// quote opened in it was never closed (it then runs to the end of the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub row: u64,
    pub unclosed_quote: bool,
}

/// Reads records one at a time from a text it does not own.
#[derive(Debug, Clone)]
pub struct Reader {
    separator: u8,
    pos: usize,
    row: u64,
}

impl Reader {
    /// Starts at the beginning of `text`, after a BOM if there is one.
    pub fn new(text: &str, separator: Separator) -> Reader {
        Reader {
            separator: separator.byte(),
            pos: text.len() - strip_bom(text).len(),
            row: 0,
        }
    }

    /// Bytes of the text read so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Reads the next record's cells into `cells` (cleared first), or
    /// returns `None` at the end. `text` must be the text the reader was
    /// made for. A line break at the very end does not make an empty record;
    /// an empty line in the middle does (one empty cell), so row numbers
    /// match the spreadsheet's.
    pub fn next_record<'t>(&mut self, text: &'t str, cells: &mut Vec<Cow<'t, str>>) -> Option<Record> {
        let bytes = text.as_bytes();
        let len = bytes.len();
        if self.pos >= len {
            return None;
        }
        cells.clear();
        self.row += 1;
        let mut unclosed_quote = false;
        loop {
            let start = self.pos;
            if start < len && bytes[start] == b'"' {
                let (cell, end, closed) = self.quoted(text, start);
                cells.push(cell);
                self.pos = end;
                if !closed {
                    unclosed_quote = true;
                }
            } else {
                let end = self.cell_end(bytes, start);
                cells.push(Cow::Borrowed(&text[start..end]));
                self.pos = end;
            }
            if self.pos >= len {
                break;
            }
            match bytes[self.pos] {
                b'\r' => {
                    self.pos += 1;
                    if self.pos < len && bytes[self.pos] == b'\n' {
                        self.pos += 1;
                    }
                    break;
                }
                b'\n' => {
                    self.pos += 1;
                    break;
                }
                // The separator: another cell follows, maybe empty.
                _ => self.pos += 1,
            }
        }
        Some(Record {
            row: self.row,
            unclosed_quote,
        })
    }

    /// Where an unquoted cell (or what follows a closing quote) ends.
    fn cell_end(&self, bytes: &[u8], from: usize) -> usize {
        let sep = self.separator;
        bytes[from..]
            .iter()
            .position(|&b| b == sep || b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |i| from + i)
    }

    /// A cell that starts with a quote at `start`: its text, where it ends,
    /// and whether the quote was closed. Text after the closing quote, up to
    /// the separator, is kept as spreadsheets do (`"a"b` → `ab`).
    fn quoted<'t>(&self, text: &'t str, start: usize) -> (Cow<'t, str>, usize, bool) {
        let bytes = text.as_bytes();
        let mut owned: Option<String> = None;
        let mut segment = start + 1;
        loop {
            let Some(q) = text[segment..].find('"').map(|i| segment + i) else {
                let rest = &text[segment..];
                let cell = match owned {
                    Some(mut s) => {
                        s.push_str(rest);
                        Cow::Owned(s)
                    }
                    None => Cow::Borrowed(rest),
                };
                return (cell, bytes.len(), false);
            };
            if bytes.get(q + 1) == Some(&b'"') {
                // `""`: one quote inside the cell.
                owned.get_or_insert_with(String::new).push_str(&text[segment..=q]);
                segment = q + 2;
                continue;
            }
            let end = self.cell_end(bytes, q + 1);
            let tail = &text[q + 1..end];
            let cell = match owned {
                None if tail.is_empty() => Cow::Borrowed(&text[segment..q]),
                owned => {
                    let mut s = owned.unwrap_or_default();
                    s.push_str(&text[segment..q]);
                    s.push_str(tail);
                    Cow::Owned(s)
                }
            };
            return (cell, end, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<(Vec<String>, Record)> {
        let mut reader = Reader::new(text, Separator::detect(text));
        let mut cells = Vec::new();
        let mut out = Vec::new();
        while let Some(record) = reader.next_record(text, &mut cells) {
            out.push((cells.iter().map(|c| c.to_string()).collect(), record));
        }
        out
    }

    fn rows(text: &str) -> Vec<Vec<String>> {
        records(text).into_iter().map(|(cells, _)| cells).collect()
    }

    #[test]
    fn strips_a_bom() {
        assert_eq!(rows("\u{feff}a,b\n1,2"), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(strip_bom("\u{feff}x"), "x");
        assert_eq!(strip_bom("x"), "x");
    }

    #[test]
    fn accepts_lf_crlf_and_cr_line_ends() {
        let expected = [vec!["a", "b"], vec!["1", "2"], vec!["3", "4"]];
        assert_eq!(rows("a,b\n1,2\n3,4\n"), expected);
        assert_eq!(rows("a,b\r\n1,2\r\n3,4\r\n"), expected);
        assert_eq!(rows("a,b\r1,2\r3,4"), expected);
        assert_eq!(rows("a,b\r\n1,2\n3,4"), expected);
    }

    #[test]
    fn a_final_line_break_adds_no_record_but_an_empty_line_counts() {
        assert_eq!(rows("a\n1\n").len(), 2);
        let all = records("a,b\n\n1,2");
        assert_eq!(all.len(), 3);
        assert_eq!(all[1].0, vec![""]);
        assert_eq!(all[2].1.row, 3);
    }

    #[test]
    fn empty_cells_and_a_trailing_separator() {
        assert_eq!(rows("a,,c\n,,"), [vec!["a", "", "c"], vec!["", "", ""]]);
        assert_eq!(rows("a;b;"), [vec!["a", "b", ""]]);
    }

    #[test]
    fn quoted_cells_with_separators_quotes_and_line_breaks() {
        let text = "thon,ghi_chu\n\"Thôn 1, xã A\",\"nói \"\"có\"\"\"\n\"Bản\r\nMới\",x\n";
        let all = records(text);
        assert_eq!(all[1].0, vec!["Thôn 1, xã A", "nói \"có\""]);
        assert_eq!(all[2].0, vec!["Bản\r\nMới", "x"]);
        // A line break inside quotes does not start a new row.
        assert_eq!(all[2].1.row, 3);
        assert!(all.iter().all(|(_, r)| !r.unclosed_quote));
    }

    #[test]
    fn quotes_in_the_middle_of_a_cell_are_kept_and_text_after_a_closing_quote_too() {
        assert_eq!(rows("a\"b,c"), [vec!["a\"b", "c"]]);
        assert_eq!(rows("\"a\"b,c"), [vec!["ab", "c"]]);
        assert_eq!(rows("\"\",x"), [vec!["", "x"]]);
        assert_eq!(rows("\"a\"\"\"b,c"), [vec!["a\"b", "c"]]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end_and_is_flagged() {
        let all = records("a,b\n\"1,2\n3,4\n");
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].0, vec!["1,2\n3,4\n"]);
        assert!(all[1].1.unclosed_quote);
        assert_eq!(all[1].1.row, 2);
    }

    #[test]
    fn semicolons_leave_decimal_commas_alone() {
        assert_eq!(
            rows("thon;thu_nhap\nThôn 1;1.234,5"),
            [vec!["thon", "thu_nhap"], vec!["Thôn 1", "1.234,5"]]
        );
    }

    #[test]
    fn reads_in_pieces_from_where_it_stopped() {
        let text = "a\n1\n2\n3";
        let mut reader = Reader::new(text, Separator::Comma);
        let mut cells = Vec::new();
        reader.next_record(text, &mut cells);
        reader.next_record(text, &mut cells);
        assert_eq!(reader.position(), 4);
        let mut again = reader.clone();
        assert_eq!(again.next_record(text, &mut cells).map(|r| r.row), Some(3));
        assert_eq!(cells, ["2"]);
        assert_eq!(again.next_record(text, &mut cells).map(|r| r.row), Some(4));
        assert_eq!(again.next_record(text, &mut cells), None);
    }
}
