//! What separates the cells of a line: comma, semicolon or tab, detected
//! from the first line.

use crate::read::strip_bom;

/// What separates the cells of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
}

impl Separator {
    pub fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }

    /// The separator used most often, outside quotes, in the first line;
    /// a comma when none is used (or on a tie with it). Spreadsheets set to
    /// Vietnamese, where the comma is the decimal separator, write `;`.
    pub fn detect(text: &str) -> Separator {
        let (mut commas, mut semicolons, mut tabs) = (0usize, 0usize, 0usize);
        let mut quoted = false;
        for b in strip_bom(text).bytes() {
            match b {
                b'"' => quoted = !quoted,
                b'\n' | b'\r' if !quoted => break,
                b',' if !quoted => commas += 1,
                b';' if !quoted => semicolons += 1,
                b'\t' if !quoted => tabs += 1,
                _ => {}
            }
        }
        if semicolons > commas && semicolons >= tabs {
            Separator::Semicolon
        } else if tabs > commas && tabs > semicolons {
            Separator::Tab
        } else {
            Separator::Comma
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_separator_from_the_header_line() {
        assert_eq!(Separator::detect("a,b,c\n1;2;3;4;5"), Separator::Comma);
        assert_eq!(Separator::detect("a;b;c\r\n1,2"), Separator::Semicolon);
        assert_eq!(Separator::detect("a\tb\tc"), Separator::Tab);
        assert_eq!(Separator::detect("\u{feff}thon;khu_vuc"), Separator::Semicolon);
        // Separators inside quotes do not count.
        assert_eq!(Separator::detect("\"a;b;c\",d"), Separator::Comma);
        assert_eq!(Separator::detect("\"a,b,c\";d"), Separator::Semicolon);
        assert_eq!(Separator::detect("single"), Separator::Comma);
        assert_eq!(Separator::detect(""), Separator::Comma);
    }
}
