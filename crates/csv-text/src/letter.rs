//! Columns named as a spreadsheet names them, so a message points at the
//! cell the user sees; and where a problem is, said the same way by every
//! crate that reads a table.

use lang::{Lang, msg};

/// A column of a file: its number from 1 and its header as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRef {
    pub number: usize,
    pub header: String,
}

impl ColumnRef {
    /// `A` for column 1, `Z` for 26, `AA` for 27: what a spreadsheet shows.
    pub fn letter(&self) -> String {
        column_letter(self.number)
    }

    /// `cột B «Thu nhập»` / `column B “Thu nhập”`.
    pub fn describe(&self, lang: Lang) -> String {
        let (letter, header) = (self.letter(), &self.header);
        msg!(lang, "cột {letter} «{header}»", "column {letter} “{header}”")
    }
}

/// `Dòng 3, cột B «Thu nhập»` / `Row 3, column B “Thu nhập”`, or the row
/// alone: where a problem of a table's row is, as a spreadsheet numbers it.
pub fn place(row: u64, column: Option<&ColumnRef>, lang: Lang) -> String {
    match column {
        Some(c) => msg!(lang, "Dòng {row}, {}", "Row {row}, {}", c.describe(lang)),
        None => msg!(lang, "Dòng {row}", "Row {row}"),
    }
}

/// `A` for column 1, `Z` for 26, `AA` for 27; empty for 0.
pub fn column_letter(number: usize) -> String {
    let mut n = number;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_names_row_column_letter_and_header() {
        let c = ColumnRef {
            number: 28,
            header: "Thu nhập".into(),
        };
        assert_eq!(place(3, Some(&c), Lang::Vi), "Dòng 3, cột AB «Thu nhập»");
        assert_eq!(place(3, Some(&c), Lang::En), "Row 3, column AB “Thu nhập”");
        assert_eq!(place(7, None, Lang::Vi), "Dòng 7");
    }

    #[test]
    fn columns_are_named_by_spreadsheet_letters() {
        assert_eq!(column_letter(0), "");
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
        assert_eq!(column_letter(52), "AZ");
        assert_eq!(column_letter(703), "AAA");
        assert!(!column_letter(usize::MAX).is_empty());
    }
}
