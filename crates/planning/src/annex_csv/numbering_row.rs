//! The row of column numbers many annexes print under the header —
//! `(1) (2) (3) (4)=(3)/(2)`, or `A B 1 2 3` — which is no sub-unit.

/// A column number: `(3)`, `3`, `4=3/2`, `(5)=(4)x100`, `A`, `(B)`. The
/// number, if it is one.
fn label(cell: &str) -> Option<Option<u32>> {
    let text = cell.trim();
    let text = text.strip_prefix('(').unwrap_or(text);
    let end = text.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
    let (token, rest) = text.split_at(end);
    let number = if !token.is_empty() && token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit()) {
        Some(token.parse().ok()?)
    } else if !token.is_empty() && token.len() <= 2 && token.bytes().all(|b| b.is_ascii_alphabetic()) {
        None
    } else {
        return None;
    };
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    let formula = rest.is_empty() || (rest.is_ascii() && rest.starts_with(['=', '*', '/', 'x', '+', '-', ':', '%']));
    formula.then_some(number)
}

/// At least three cells, every one a column number, the name among them,
/// and the numbers counting up one by one.
pub(crate) fn is_numbering_row<S: AsRef<str>>(cells: &[S], name: usize) -> bool {
    if cells.get(name).is_none_or(|c| label(c.as_ref()).is_none()) {
        return false;
    }
    let mut filled = 0;
    let mut last: Option<u32> = None;
    for cell in cells.iter().map(AsRef::as_ref).filter(|c| !c.trim().is_empty()) {
        filled += 1;
        match label(cell) {
            None => return false,
            Some(Some(n)) => {
                if last.is_some_and(|l| l.checked_add(1) != Some(n)) {
                    return false;
                }
                last = Some(n);
            }
            Some(None) => {}
        }
    }
    filled >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn row(cells: &[&str]) -> Vec<Cow<'static, str>> {
        cells.iter().map(|c| Cow::Owned(c.to_string())).collect()
    }

    #[test]
    fn column_numbers_in_the_forms_annexes_print() {
        assert!(is_numbering_row(&row(&["(1)", "(2)", "(3)", "(4)=(3)/(2)", "(5)"]), 1));
        assert!(is_numbering_row(&row(&["A", "B", "1", "2", "3=2/1"]), 1));
        assert!(is_numbering_row(&row(&["1", "2", "3", "4", ""]), 1));
        assert!(is_numbering_row(&row(&["", "(A)", "(1)", "(2)x100%", "(3)"]), 1));
    }

    #[test]
    fn sub_unit_rows_are_not_numbering() {
        assert!(!is_numbering_row(&row(&["1", "Thôn 1", "120", "3", "4"]), 1));
        assert!(!is_numbering_row(&row(&["1", "Ban A", "2", "3", "4"]), 1));
        // A village called "A": its counts do not count up one by one.
        assert!(!is_numbering_row(&row(&["1", "A", "120", "30", "5"]), 1));
        assert!(!is_numbering_row(&row(&["1", "2", "3,04", "4"]), 1));
        assert!(!is_numbering_row(&row(&["(1)", "(2)"]), 1));
        assert!(!is_numbering_row(&row(&["1", "", "2", "3"]), 1));
        assert!(!is_numbering_row(&row(&["1"]), 4));
        assert!(!is_numbering_row(&row(&["9999", "B", "10000", "10001"]), 1));
    }
}
