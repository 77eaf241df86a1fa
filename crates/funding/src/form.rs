//! The funding part of a plan as the user types it: text per cell, so
//! nothing typed is lost, parsed into lines with a message for each cell
//! that is wrong.

use rust_decimal::Decimal;

use crate::amount::{CellProblem, read_amount, read_percent};
use crate::catalogue::ProjectId;
use crate::counterpart::{CounterpartRule, Rounding};
use crate::money::{Amounts, Kind, Source, percent_of};
use lang::Lang;

/// One line of money for a project, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingLine {
    pub project: ProjectId,
    /// A commune or village the money goes to; `None` for the whole unit.
    pub sub_unit: Option<String>,
    pub kind: Kind,
    /// Million đồng, one cell per source in `Source::ALL` order.
    pub amounts: [String; 5],
    /// Expected disbursement (giải ngân) by year end, in percent.
    pub disbursement: String,
}

/// A total typed by hand, as plans print them ("Dự án 1: 73.359 triệu
/// đồng, trong đó vốn đầu tư phát triển 71.283"): of one project (with its
/// sub-projects) or of the whole plan, optionally of one kind or source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalText {
    /// `None` for the whole plan.
    pub project: Option<ProjectId>,
    pub kind: Option<Kind>,
    pub source: Option<Source>,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FundingForm {
    pub lines: Vec<FundingLine>,
    pub totals: Vec<TotalText>,
    /// Empty when the plan sets no counterpart percentage.
    pub counterpart_percent: String,
    pub rounding: Rounding,
}

/// Which cell: of a line (amount, disbursement), of a typed total, or the
/// counterpart percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Amount(Source),
    Disbursement,
    Total,
    CounterpartPercent,
}

/// A cell that does not read: where, and why, in both languages. `row` is
/// the line's index, the typed total's index, or 0 for the percentage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub row: usize,
    pub column: Column,
    pub problem: CellProblem,
}

impl CellError {
    pub fn message(&self, lang: Lang) -> String {
        self.problem.message(lang)
    }
}

/// A line as numbers. An empty or refused amount counts as 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub project: ProjectId,
    pub sub_unit: Option<String>,
    pub kind: Kind,
    pub amounts: Amounts,
    /// `None` when no percentage was given (or it was refused).
    pub disbursement: Option<Decimal>,
}

impl Line {
    /// The money expected to be disbursed: all sources × the percentage.
    pub fn expected_disbursement(&self) -> Decimal {
        self.disbursement
            .map_or(Decimal::ZERO, |percent| percent_of(self.amounts.total(), percent))
    }
}

/// A total that was typed and reads as an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypedTotal {
    /// Its index in `FundingForm::totals`.
    pub row: usize,
    pub project: Option<ProjectId>,
    pub kind: Option<Kind>,
    pub source: Option<Source>,
    pub value: Decimal,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedFunding {
    /// One per typed line, in order.
    pub lines: Vec<Line>,
    pub totals: Vec<TypedTotal>,
    pub counterpart: Option<CounterpartRule>,
    pub errors: Vec<CellError>,
}

fn cell_error(row: usize, column: Column, problem: CellProblem) -> CellError {
    CellError { row, column, problem }
}

pub fn parse(form: &FundingForm) -> ParsedFunding {
    let mut parsed = ParsedFunding::default();
    for (row, typed) in form.lines.iter().enumerate() {
        let mut amounts = Amounts::default();
        for (source, text) in Source::ALL.into_iter().zip(&typed.amounts) {
            match read_amount(text) {
                Ok(value) => amounts.set(source, value.unwrap_or_default()),
                Err(reason) => parsed.errors.push(cell_error(row, Column::Amount(source), reason)),
            }
        }
        let disbursement = read_percent(&typed.disbursement, Some(Decimal::ONE_HUNDRED)).unwrap_or_else(|reason| {
            parsed.errors.push(cell_error(row, Column::Disbursement, reason));
            None
        });
        parsed.lines.push(Line {
            project: typed.project,
            sub_unit: typed
                .sub_unit
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            kind: typed.kind,
            amounts,
            disbursement,
        });
    }
    for (row, total) in form.totals.iter().enumerate() {
        match read_amount(&total.text) {
            Ok(Some(value)) => parsed.totals.push(TypedTotal {
                row,
                project: total.project,
                kind: total.kind,
                source: total.source,
                value,
            }),
            Ok(None) => {}
            Err(reason) => parsed.errors.push(cell_error(row, Column::Total, reason)),
        }
    }
    match read_percent(&form.counterpart_percent, None) {
        Ok(percent) => {
            parsed.counterpart = percent.map(|percent| CounterpartRule {
                percent,
                rounding: form.rounding,
            })
        }
        Err(reason) => parsed.errors.push(cell_error(0, Column::CounterpartPercent, reason)),
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(cells: [&str; 5], disbursement: &str) -> FundingLine {
        FundingLine {
            project: ProjectId(20),
            sub_unit: Some("  ".into()),
            kind: Kind::Recurrent,
            amounts: cells.map(str::to_owned),
            disbursement: disbursement.into(),
        }
    }

    #[test]
    fn reads_amounts_by_source_and_treats_empty_as_zero() {
        let form = FundingForm {
            lines: vec![line(["4.855", "485,5", "", "1.000", ""], "100%")],
            ..FundingForm::default()
        };
        let parsed = parse(&form);
        assert!(parsed.errors.is_empty());
        let l = &parsed.lines[0];
        assert_eq!(l.amounts.total(), Decimal::new(63405, 1));
        assert_eq!(l.amounts.credit, Decimal::ZERO);
        assert_eq!(l.sub_unit, None, "a blank sub-unit is the whole unit");
        assert_eq!(l.disbursement, Some(Decimal::ONE_HUNDRED));
        assert_eq!(parsed.counterpart, None);
    }

    #[test]
    fn names_each_bad_cell_and_keeps_the_line() {
        let form = FundingForm {
            lines: vec![line(["-5", "abc", "1.5", "", "2,0001"], "120%")],
            totals: vec![TotalText {
                project: None,
                kind: None,
                source: None,
                text: "84 tỷ".into(),
            }],
            counterpart_percent: "-10".into(),
            ..FundingForm::default()
        };
        let parsed = parse(&form);
        let places: Vec<(usize, Column)> = parsed.errors.iter().map(|e| (e.row, e.column)).collect();
        assert_eq!(
            places,
            [
                (0, Column::Amount(Source::Central)),
                (0, Column::Amount(Source::LocalCounterpart)),
                (0, Column::Amount(Source::Credit)),
                (0, Column::Amount(Source::Other)),
                (0, Column::Disbursement),
                (0, Column::Total),
                (0, Column::CounterpartPercent),
            ]
        );
        assert_eq!(parsed.lines.len(), 1);
        assert_eq!(parsed.lines[0].amounts.total(), Decimal::ZERO);
        assert_eq!(
            parsed.errors[4].message(Lang::En),
            "The percentage must be from 0% to 100%."
        );
    }

    #[test]
    fn disbursement_of_0_and_100_percent_are_accepted() {
        for (typed, expected) in [("0", Decimal::ZERO), ("100", Decimal::ONE_HUNDRED)] {
            let parsed = parse(&FundingForm {
                lines: vec![line(["1.607", "", "", "", ""], typed)],
                ..FundingForm::default()
            });
            assert!(parsed.errors.is_empty(), "{typed}");
            assert_eq!(parsed.lines[0].disbursement, Some(expected));
        }
    }

    #[test]
    fn expected_disbursement_is_amount_times_percentage() {
        let parsed = parse(&FundingForm {
            lines: vec![line(["1.607", "", "", "", ""], "90%"), line(["5", "", "", "", ""], "")],
            ..FundingForm::default()
        });
        assert_eq!(parsed.lines[0].expected_disbursement(), Decimal::new(14463, 1));
        assert_eq!(parsed.lines[1].expected_disbursement(), Decimal::ZERO);
    }

    #[test]
    fn the_counterpart_percentage_carries_the_chosen_rounding() {
        let rounding = Rounding {
            mode: crate::counterpart::RoundingMode::Up,
            step: crate::counterpart::RoundingStep::Tenth,
        };
        let parsed = parse(&FundingForm {
            counterpart_percent: "10%".into(),
            rounding,
            ..FundingForm::default()
        });
        assert_eq!(
            parsed.counterpart,
            Some(CounterpartRule {
                percent: Decimal::TEN,
                rounding
            })
        );
    }
}
