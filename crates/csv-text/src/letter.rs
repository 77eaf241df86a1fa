//! Columns named as a spreadsheet names them, so a message points at the
//! cell the user sees.

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
