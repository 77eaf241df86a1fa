//! The target table as the user types it: text per cell, so nothing typed
//! is lost, parsed into rows with a message for each cell that is wrong.

use vn_format::parse_count;

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

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowText {
    pub name: String,
    pub cells: [String; 8],
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

/// Empty cells count as 0 (no reduction for the reduction column); a bad
/// cell counts as 0 and is reported.
pub fn parse_table(rows: &[RowText]) -> ParsedTable {
    let mut parsed = ParsedTable::default();
    for (r, row) in rows.iter().enumerate() {
        let mut values = [0u64; 8];
        let mut reduction = None;
        for (i, text) in row.cells.iter().enumerate() {
            if text.trim().is_empty() {
                continue;
            }
            match parse_count(text) {
                Ok(n) => {
                    values[i] = n;
                    if CELLS[i] == Column::Reduction {
                        reduction = Some(n);
                    }
                }
                Err(e) => parsed.errors.push(CellError {
                    row: r,
                    column: CELLS[i],
                    vi: e.message_vi(),
                    en: e.message_en(),
                }),
            }
        }
        let [
            households,
            ethnic_minority,
            poor,
            near_poor,
            ethnic_minority_poor,
            social_protection_poor,
            poor_able_to_escape,
            _,
        ] = values;
        parsed.rows.push(TypedRow {
            counts: Counts {
                households,
                ethnic_minority,
                poor,
                near_poor,
                ethnic_minority_poor,
                social_protection_poor,
                poor_able_to_escape,
            },
            reduction,
            ..TypedRow::default()
        });
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: [&str; 8]) -> RowText {
        RowText {
            name: "Thôn 1".into(),
            cells: cells.map(str::to_owned),
        }
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
}
