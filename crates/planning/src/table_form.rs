//! The target table as the user types it: text per cell, so nothing typed
//! is lost, parsed into rows with a message for each cell that is wrong.

use lang::Lang;
use rust_decimal::Decimal;
use vn_format::{NumberError, NumberErrorKind, parse_count, parse_percent};

use crate::checks::{Column, TypedRow};
use crate::unit::Counts;

/// The typed columns, in the order of the official annex.
pub const CELLS: [Column; 8] = [
    Column::Households,
    Column::EthnicMinority,
    Column::Poor,
    Column::NearPoor,
    Column::EthnicMinorityPoor,
    Column::SocialProtectionPoor,
    Column::PoorAbleToEscape,
    Column::Reduction,
];

/// The rates a row can carry as printed, in the order of the annex.
pub const RATE_CELLS: [Column; 2] = [Column::PoorRate, Column::NearPoorRate];

/// The other figures an imported annex prints, kept to be checked: the
/// breakdown rates, the reduction in points, and the year-end columns.
pub const PRINTED_CELLS: [Column; 6] = [
    Column::EthnicMinorityPoorRate,
    Column::SocialProtectionPoorRate,
    Column::PoorAbleToEscapeRate,
    Column::ReductionPoints,
    Column::YearEndPoor,
    Column::YearEndRate,
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowText {
    pub name: String,
    /// In the order of [`CELLS`].
    pub cells: [String; 8],
    /// Rates as printed, in the order of [`RATE_CELLS`]; empty when not
    /// typed. Imported annexes often print wrong rates: they are kept and
    /// checked against the counts, never overwritten.
    pub rates: [String; 2],
    /// In the order of [`PRINTED_CELLS`]; empty when not printed. Only an
    /// imported annex fills them: the page computes these figures.
    pub printed: [String; 6],
}

impl RowText {
    /// A row with `counts` in their columns (by column, not by position)
    /// and no reduction, rate or printed figure: for the officer to set.
    pub fn of_counts(name: &str, counts: &Counts) -> RowText {
        RowText {
            name: name.to_owned(),
            cells: CELLS.map(|column| counts.get(column).map(|n| n.to_string()).unwrap_or_default()),
            ..RowText::default()
        }
    }
}

/// A count cell: `None` when empty.
pub(crate) fn read_count(text: &str) -> Result<Option<u64>, NumberError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_count(text).map(Some)
}

/// A rate cell in percent, `3,04` or `3,04%`: `None` when empty. `3.04` is
/// refused as vn-format refuses it: a dot groups thousands.
pub(crate) fn read_rate(text: &str) -> Result<Option<Decimal>, NumberError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    // `1.250` would be 1.250%: no rate is over 100%, so a dot there is a
    // decimal point typed the English way; ask for the comma.
    if text.contains('.') && !text.contains(',') {
        return Err(NumberError {
            input: text.to_owned(),
            kind: NumberErrorKind::DotAsDecimal,
        });
    }
    let rate = parse_percent(text)?;
    if rate.is_sign_negative() {
        return Err(NumberError {
            input: text.to_owned(),
            kind: NumberErrorKind::Negative,
        });
    }
    Ok(Some(rate))
}

/// A cell that does not read as a count: where, and why, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub row: usize,
    pub column: Column,
    pub vi: String,
    pub en: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedTable {
    pub rows: Vec<TypedRow>,
    pub errors: Vec<CellError>,
}

/// Empty cells count as 0 (no reduction for the reduction column, no typed
/// rate for a rate); a bad cell counts as 0 (or not typed) and is reported.
pub fn parse_table(rows: &[RowText]) -> ParsedTable {
    let mut parsed = ParsedTable::default();
    for (r, row) in rows.iter().enumerate() {
        let (typed, errors) = parse_row(r, row);
        parsed.rows.push(typed);
        parsed.errors.extend(errors);
    }
    parsed
}

/// One row of [`parse_table`], at index `r`: a page that keeps each row
/// apart parses only the row that changed.
pub fn parse_row(r: usize, row: &RowText) -> (TypedRow, Vec<CellError>) {
    let mut errors = Vec::new();
    let mut fail = |column: Column, e: NumberError| {
        errors.push(CellError {
            row: r,
            column,
            vi: e.message(Lang::Vi),
            en: e.message(Lang::En),
        })
    };
    let mut values = [0u64; 8];
    let mut reduction = None;
    for (i, text) in row.cells.iter().enumerate() {
        match read_count(text) {
            Ok(n) => {
                values[i] = n.unwrap_or(0);
                if CELLS[i] == Column::Reduction {
                    reduction = n;
                }
            }
            Err(e) => fail(CELLS[i], e),
        }
    }
    let [poor_rate, near_poor_rate] = [0, 1].map(|i| {
        read_rate(&row.rates[i]).unwrap_or_else(|e| {
            fail(RATE_CELLS[i], e);
            None
        })
    });
    let mut printed_rate = |column: Column| {
        let i = PRINTED_CELLS.iter().position(|c| *c == column).unwrap_or(0);
        read_rate(&row.printed[i]).unwrap_or_else(|e| {
            fail(column, e);
            None
        })
    };
    let em_rate = printed_rate(Column::EthnicMinorityPoorRate);
    let social_rate = printed_rate(Column::SocialProtectionPoorRate);
    let able_rate = printed_rate(Column::PoorAbleToEscapeRate);
    let points = printed_rate(Column::ReductionPoints);
    let year_end_rate = printed_rate(Column::YearEndRate);
    let year_end_at = PRINTED_CELLS
        .iter()
        .position(|c| *c == Column::YearEndPoor)
        .unwrap_or(0);
    let year_end_poor = read_count(&row.printed[year_end_at]).unwrap_or_else(|e| {
        fail(Column::YearEndPoor, e);
        None
    });
    let [counts @ .., _reduction] = values;
    let typed = TypedRow {
        counts: Counts::from_cells(counts),
        poor_rate,
        near_poor_rate,
        reduction,
        reduction_points: points,
        ethnic_minority_poor_rate: em_rate,
        social_protection_poor_rate: social_rate,
        poor_able_to_escape_rate: able_rate,
        year_end_poor,
        year_end_rate,
    };
    (typed, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_go_to_their_columns_and_back() {
        let counts = Counts::from_cells([1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(counts.cells(), [1, 2, 3, 4, 5, 6, 7]);
        for (i, column) in CELLS[..7].iter().enumerate() {
            assert_eq!(counts.get(*column), Some(i as u64 + 1), "{column:?}");
        }
        assert_eq!(counts.get(Column::Reduction), None);
    }

    #[test]
    fn a_row_of_counts_reads_back_as_those_counts_with_no_reduction() {
        let counts = Counts {
            households: 120,
            ethnic_minority: 30,
            poor: 9,
            near_poor: 7,
            ethnic_minority_poor: 4,
            social_protection_poor: 2,
            poor_able_to_escape: 7,
        };
        let row = RowText::of_counts("Thôn A", &counts);
        assert_eq!(row.cells, ["120", "30", "9", "7", "4", "2", "7", ""]);
        let (typed, errors) = parse_row(0, &row);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            (typed.counts, typed.reduction, row.name.as_str()),
            (counts, None, "Thôn A")
        );
    }

    fn row(cells: [&str; 8]) -> RowText {
        RowText {
            name: "Thôn 1".into(),
            cells: cells.map(str::to_owned),
            ..RowText::default()
        }
    }

    fn with_rates(rates: [&str; 2]) -> RowText {
        RowText {
            rates: rates.map(str::to_owned),
            ..row(["1.480", "", "45", "30", "", "", "", ""])
        }
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn reads_vietnamese_counts_and_treats_empty_as_zero() {
        let parsed = parse_table(&[row(["1.250", "300", "60", "45", "", "10", "50", ""])]);
        assert!(parsed.errors.is_empty());
        let r = &parsed.rows[0];
        assert_eq!(r.counts.households, 1250);
        assert_eq!(r.counts.ethnic_minority_poor, 0);
        assert_eq!(r.reduction, None);
    }

    #[test]
    fn names_each_bad_cell() {
        let parsed = parse_table(&[row(["1,250", "-3", "6x", "", "", "", "", "2,5"])]);
        let places: Vec<(usize, Column)> = parsed.errors.iter().map(|e| (e.row, e.column)).collect();
        assert_eq!(
            places,
            [
                (0, Column::Households),
                (0, Column::EthnicMinority),
                (0, Column::Poor),
                (0, Column::Reduction)
            ]
        );
        assert!(parsed.errors[0].vi.contains("1.234"), "suggests the Vietnamese form");
    }

    #[test]
    fn typed_rates_are_read_with_or_without_the_percent_sign() {
        let parsed = parse_table(&[with_rates(["3,40", "2,03%"])]);
        assert!(parsed.errors.is_empty());
        assert_eq!(parsed.rows[0].poor_rate, Some(d("3.40")));
        assert_eq!(parsed.rows[0].near_poor_rate, Some(d("2.03")));
        let untyped = parse_table(&[with_rates(["", " "])]);
        assert_eq!(
            (untyped.rows[0].poor_rate, untyped.rows[0].near_poor_rate),
            (None, None)
        );
    }

    #[test]
    fn names_each_bad_rate_and_leaves_it_untyped() {
        let parsed = parse_table(&[with_rates(["3.04", "-1"])]);
        let places: Vec<(usize, Column)> = parsed.errors.iter().map(|e| (e.row, e.column)).collect();
        assert_eq!(places, [(0, Column::PoorRate), (0, Column::NearPoorRate)]);
        assert!(parsed.errors[0].vi.contains("3,04"), "suggests the decimal comma");
        assert_eq!(parsed.rows[0].poor_rate, None);
    }
}
