//! Writing CSV for a spreadsheet to open: a cell is quoted only when it must
//! be (it holds the separator, a quote or a line break), lines end in CRLF,
//! and a BOM can lead so that Excel reads the file as UTF-8 rather than in
//! the machine's legacy code page.

use crate::read::BOM;
use crate::separator::Separator;

/// Builds a CSV text record by record.
#[derive(Debug, Clone)]
pub struct Writer {
    out: String,
    separator: Separator,
}

impl Writer {
    pub fn new(separator: Separator, bom: bool) -> Writer {
        let mut out = String::new();
        if bom {
            out.push(BOM);
        }
        Writer { out, separator }
    }

    /// Writes one record and its CRLF. A record of no cells reads back as
    /// one empty cell, as an empty line does.
    pub fn record<I>(&mut self, cells: I)
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(char::from(self.separator.byte()));
            }
            push_cell(&mut self.out, cell.as_ref(), self.separator);
        }
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// A leading BOM is quoted too, or a reader would take it for the file's.
fn needs_quotes(cell: &str, separator: Separator) -> bool {
    let sep = separator.byte();
    cell.starts_with(BOM) || cell.bytes().any(|b| b == sep || matches!(b, b'"' | b'\r' | b'\n'))
}

fn push_cell(out: &mut String, cell: &str, separator: Separator) {
    if !needs_quotes(cell, separator) {
        out.push_str(cell);
        return;
    }
    out.push('"');
    for part in cell.split_inclusive('"') {
        out.push_str(part);
        if part.ends_with('"') {
            out.push('"');
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Reader;
    use proptest::prelude::*;

    fn write(separator: Separator, bom: bool, records: &[Vec<&str>]) -> String {
        let mut writer = Writer::new(separator, bom);
        for record in records {
            writer.record(record);
        }
        writer.finish()
    }

    fn read(text: &str, separator: Separator) -> Vec<Vec<String>> {
        let mut reader = Reader::new(text, separator);
        let mut cells = Vec::new();
        let mut out = Vec::new();
        while reader.next_record(text, &mut cells).is_some() {
            out.push(cells.iter().map(|c| c.to_string()).collect());
        }
        out
    }

    #[test]
    fn plain_cells_are_written_as_they_are_with_crlf() {
        let text = write(
            Separator::Semicolon,
            false,
            &[vec!["Thôn", "Số hộ"], vec!["Thôn 1", "1.250"]],
        );
        assert_eq!(text, "Thôn;Số hộ\r\nThôn 1;1.250\r\n");
    }

    #[test]
    fn a_bom_leads_when_asked() {
        assert_eq!(write(Separator::Comma, true, &[vec!["a"]]), "\u{feff}a\r\n");
        assert_eq!(write(Separator::Comma, false, &[vec!["a"]]), "a\r\n");
    }

    #[test]
    fn quotes_a_cell_holding_the_separator_a_quote_or_a_line_break() {
        assert_eq!(
            write(Separator::Semicolon, false, &[vec!["Thôn 1; xã A", "3,04"]]),
            "\"Thôn 1; xã A\";3,04\r\n"
        );
        assert_eq!(write(Separator::Comma, false, &[vec!["3,04"]]), "\"3,04\"\r\n");
        assert_eq!(
            write(Separator::Comma, false, &[vec!["nói \"có\""]]),
            "\"nói \"\"có\"\"\"\r\n"
        );
        assert_eq!(
            write(Separator::Tab, false, &[vec!["a\r\nb", "c\td"]]),
            "\"a\r\nb\"\t\"c\td\"\r\n"
        );
        // Another separator than the one in use needs no quotes.
        assert_eq!(write(Separator::Tab, false, &[vec!["a;b,c"]]), "a;b,c\r\n");
    }

    #[test]
    fn empty_cells_and_empty_records() {
        assert_eq!(write(Separator::Comma, false, &[vec!["", "", ""]]), ",,\r\n");
        let text = write(Separator::Comma, false, &[vec!["a"], vec![], vec!["b"]]);
        assert_eq!(read(&text, Separator::Comma), [vec!["a"], vec![""], vec!["b"]]);
    }

    fn separator() -> impl Strategy<Value = Separator> {
        prop_oneof![Just(Separator::Comma), Just(Separator::Semicolon), Just(Separator::Tab)]
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back_the_same(
            separator in separator(),
            bom in any::<bool>(),
            records in proptest::collection::vec(
                proptest::collection::vec("(\\PC|[,;\t\"\r\n\u{feff}]){0,12}", 1..6), 0..8),
        ) {
            let mut writer = Writer::new(separator, bom);
            for record in &records {
                writer.record(record);
            }
            let text = writer.finish();
            prop_assert_eq!(read(&text, separator), records);
        }
    }
}
