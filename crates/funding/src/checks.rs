//! The checks behind a funding table, because real plans get them wrong:
//! a total typed by hand that is not the sum of its lines, a counterpart
//! that is not the set percentage of the central money, a line whose
//! project is gone. Negative and non-numeric amounts, and disbursements
//! outside 0–100%, are refused cell by cell when parsing (`form.rs`).

use rust_decimal::Decimal;
use vn_format::round_half_up;

use crate::catalogue::{Catalogue, ProjectId};
use crate::counterpart::CounterpartRule;
use crate::form::ParsedFunding;
use crate::money::{Kind, Source};
use crate::table::funding_table;

/// A funding line, or a typed total, by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    Total(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A typed total that is not the sum of its lines, to the decimals typed.
    TotalMismatch {
        row: usize,
        project: Option<ProjectId>,
        kind: Option<Kind>,
        source: Option<Source>,
        typed: Decimal,
        sum: Decimal,
    },
    /// A line's counterpart that is not the rule applied to its central money.
    CounterpartMismatch {
        line: usize,
        rule: CounterpartRule,
        central: Decimal,
        typed: Decimal,
        expected: Decimal,
    },
    /// A line or a typed total whose project is not in the catalogue.
    UnknownProject { place: Place, project: ProjectId },
}

/// Every issue: lines first, then typed totals.
pub fn check(catalogue: &Catalogue, parsed: &ParsedFunding) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (i, line) in parsed.lines.iter().enumerate() {
        if catalogue.get(line.project).is_none() {
            issues.push(Issue::UnknownProject {
                place: Place::Line(i),
                project: line.project,
            });
        }
        // Local money on a line with no central money is not a counterpart.
        if let Some(rule) = parsed.counterpart
            && !line.amounts.central.is_zero()
        {
            let expected = rule.expected(line.amounts.central);
            if line.amounts.local_counterpart != expected {
                issues.push(Issue::CounterpartMismatch {
                    line: i,
                    rule,
                    central: line.amounts.central,
                    typed: line.amounts.local_counterpart,
                    expected,
                });
            }
        }
    }
    let table = funding_table(catalogue, &parsed.lines);
    for total in &parsed.totals {
        let money = match total.project {
            None => table.total,
            Some(project) => match table.row(project) {
                Some(row) => row.money,
                None => {
                    issues.push(Issue::UnknownProject {
                        place: Place::Total(total.row),
                        project,
                    });
                    continue;
                }
            },
        };
        let sum = money.pick(total.kind, total.source);
        // Plans print whole millions: `73.359` stands for any sum that rounds to it.
        if round_half_up(sum, total.value.scale()) != total.value {
            issues.push(Issue::TotalMismatch {
                row: total.row,
                project: total.project,
                kind: total.kind,
                source: total.source,
                typed: total.value,
                sum,
            });
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{FundingForm, FundingLine, TotalText, parse};

    fn line(project: u32, central: &str, counterpart: &str) -> FundingLine {
        FundingLine {
            project: ProjectId(project),
            sub_unit: None,
            kind: Kind::Recurrent,
            amounts: [central, counterpart, "", "", ""].map(str::to_owned),
            disbursement: String::new(),
        }
    }

    fn total(project: Option<u32>, text: &str) -> TotalText {
        TotalText {
            project: project.map(ProjectId),
            kind: None,
            source: None,
            text: text.into(),
        }
    }

    fn issues(form: &FundingForm) -> Vec<Issue> {
        check(&Catalogue::preset_2021_2025(), &parse(form))
    }

    #[test]
    fn a_typed_total_that_is_not_the_sum_is_flagged_with_the_sum() {
        let form = FundingForm {
            lines: vec![line(61, "941", ""), line(62, "87", "")],
            totals: vec![total(Some(60), "1.028"), total(Some(60), "1.082"), total(None, "1.028")],
            ..FundingForm::default()
        };
        assert_eq!(
            issues(&form),
            vec![Issue::TotalMismatch {
                row: 1,
                project: Some(ProjectId(60)),
                kind: None,
                source: None,
                typed: Decimal::from(1082),
                sum: Decimal::from(1028),
            }]
        );
    }

    #[test]
    fn a_total_is_compared_at_the_decimals_it_is_typed_with() {
        let form = FundingForm {
            lines: vec![line(20, "1.234,5", ""), line(20, "0,4", "")],
            totals: vec![
                total(Some(20), "1.235"),
                total(Some(20), "1.234,9"),
                total(Some(20), "1.234,90"),
            ],
            ..FundingForm::default()
        };
        assert_eq!(issues(&form), vec![]);
        let form = FundingForm {
            totals: vec![total(Some(20), "1.234")],
            ..form
        };
        assert_eq!(issues(&form).len(), 1);
    }

    #[test]
    fn a_total_of_one_kind_or_source_sums_only_that() {
        let mut investment = line(10, "71.283", "");
        investment.kind = Kind::Investment;
        let form = FundingForm {
            lines: vec![investment, line(10, "2.076", "")],
            totals: vec![
                TotalText {
                    kind: Some(Kind::Investment),
                    ..total(Some(10), "71.283")
                },
                TotalText {
                    source: Some(Source::LocalCounterpart),
                    ..total(None, "0")
                },
                total(Some(10), "73.359"),
            ],
            ..FundingForm::default()
        };
        assert_eq!(issues(&form), vec![]);
    }

    #[test]
    fn a_counterpart_off_the_percentage_is_flagged_with_the_expected_value() {
        let form = FundingForm {
            lines: vec![line(20, "4.855", "486"), line(20, "4.855", "485")],
            counterpart_percent: "10".into(),
            ..FundingForm::default()
        };
        let found = issues(&form);
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0],
            Issue::CounterpartMismatch { line: 1, expected, .. } if expected == Decimal::from(486)
        ));
    }

    #[test]
    fn an_empty_counterpart_is_zero_and_is_flagged() {
        let form = FundingForm {
            lines: vec![line(20, "100", "")],
            counterpart_percent: "10".into(),
            ..FundingForm::default()
        };
        assert_eq!(issues(&form).len(), 1);
    }

    #[test]
    fn lines_without_central_money_are_not_checked_for_counterpart() {
        let form = FundingForm {
            lines: vec![line(20, "", "300"), line(20, "0", "300")],
            counterpart_percent: "10".into(),
            ..FundingForm::default()
        };
        assert_eq!(issues(&form), vec![]);
    }

    #[test]
    fn without_a_percentage_the_counterpart_is_not_checked() {
        let form = FundingForm {
            lines: vec![line(20, "4.855", "1")],
            ..FundingForm::default()
        };
        assert_eq!(issues(&form), vec![]);
    }

    #[test]
    fn lines_and_totals_of_a_removed_project_are_flagged() {
        let mut catalogue = Catalogue::preset_2021_2025();
        catalogue.remove(ProjectId(50));
        let form = FundingForm {
            lines: vec![line(50, "40", "")],
            totals: vec![total(Some(50), "40"), total(None, "40")],
            ..FundingForm::default()
        };
        assert_eq!(
            check(&catalogue, &parse(&form)),
            vec![
                Issue::UnknownProject {
                    place: Place::Line(0),
                    project: ProjectId(50)
                },
                Issue::UnknownProject {
                    place: Place::Total(0),
                    project: ProjectId(50)
                },
            ]
        );
    }
}
