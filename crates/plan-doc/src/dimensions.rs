//! Targets per dimension of deprivation as rows, the way plans table them:
//! the indicator, its unit, where it stands (the baseline) and where the
//! plan means it to be at the year's end. A row made from a standard's
//! indicator is the share of poor and near-poor households deprived in it,
//! which a household list's profile gives; a row of the officer's own
//! (say, "Tỷ lệ hộ nghèo có thẻ BHYT") has no id and is only read.
//!
//! Figures are kept as typed and checked: a cell that is not a number, a
//! percent over 100, a deprivation share set to rise, and a baseline that
//! is not the household list's are each named, never corrected.

use household_list::GroupProfile;
use poverty_rules::StandardIndicators;
use rust_decimal::Decimal;
use vn_format::{NumberError, format_decimal, parse_percent, round_half_up};

use crate::document::{Align, Table};
use crate::stated::StatedError;
use crate::tables::{columns, texts};
use lang::Lang;

/// One row as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DimensionRow {
    /// The standard's indicator id ("bao-hiem-y-te") for a row made from
    /// one; empty for a row of the officer's own.
    pub indicator_id: String,
    pub indicator: String,
    /// "%" for a share; anything else ("hộ", "người") is read as a count.
    pub unit: String,
    pub baseline: String,
    pub target: String,
}

impl DimensionRow {
    fn is_blank(&self) -> bool {
        [&self.indicator, &self.baseline, &self.target]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    fn in_percent(&self) -> bool {
        self.unit.trim() == "%"
    }
}

/// The usual wording of a standard's indicator as a plan's row: the share
/// of poor and near-poor households deprived in it.
pub fn indicator_row(id: &str, name: &str, lang: Lang) -> DimensionRow {
    let name = vn_format::lowercase_first(name.trim());
    DimensionRow {
        indicator_id: id.to_owned(),
        indicator: match lang {
            Lang::Vi => format!("Tỷ lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số {name}"),
            Lang::En => format!("Share of poor and near-poor households deprived in {name}"),
        },
        unit: "%".to_owned(),
        ..DimensionRow::default()
    }
}

/// A row for each of the standard's indicators the rows do not have yet,
/// in the standard's order.
pub fn missing_indicator_rows(rows: &[DimensionRow], standard: &StandardIndicators, lang: Lang) -> Vec<DimensionRow> {
    standard
        .indicators
        .iter()
        .filter(|(id, ..)| !rows.iter().any(|r| r.indicator_id == *id))
        .map(|(id, vi, en)| indicator_row(id, lang.pick(vi, en), lang))
        .collect()
}

/// The household list's share for a row made from an indicator, rounded
/// as the plan prints it (two decimals).
fn listed(row: &DimensionRow, profile: &GroupProfile) -> Option<Decimal> {
    if row.indicator_id.is_empty() || !row.in_percent() {
        return None;
    }
    profile
        .indicators
        .iter()
        .find(|s| s.indicator_id == row.indicator_id)
        .and_then(|s| s.percent)
        .map(|p| round_half_up(p, 2))
}

/// The household list's share, as a cell is typed: "12,50".
pub fn listed_baseline(row: &DimensionRow, profile: &GroupProfile) -> Option<String> {
    listed(row, profile).map(|p| format_decimal(p, 2))
}

/// Fills each empty baseline the household list gives; a typed one is
/// kept (a difference is a finding). Returns how many were filled.
pub fn fill_baselines(rows: &mut [DimensionRow], profile: &GroupProfile) -> usize {
    let mut filled = 0;
    for row in rows.iter_mut().filter(|r| r.baseline.trim().is_empty()) {
        if let Some(value) = listed_baseline(row, profile) {
            row.baseline = value;
            filled += 1;
        }
    }
    filled
}

/// Which figure of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Baseline,
    Target,
}

impl Cell {
    fn word(self, lang: Lang) -> &'static str {
        match self {
            Cell::Baseline => lang.pick("hiện trạng", "baseline"),
            Cell::Target => lang.pick("mục tiêu", "target"),
        }
    }
}

/// What is wrong with a row; `row` counts from 1, as the table numbers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DimensionFinding {
    /// A figure that does not read as a number.
    Unreadable(StatedError),
    /// A share over 100%.
    OverHundred { row: usize, cell: Cell, value: Decimal },
    /// A deprivation share the plan sets higher than it stands.
    Rises {
        row: usize,
        baseline: Decimal,
        target: Decimal,
    },
    /// The baseline typed is not the household list's share.
    NotTheList {
        row: usize,
        typed: Decimal,
        listed: Decimal,
    },
}

fn percent(value: Decimal) -> String {
    format!("{}%", format_decimal(value, 2))
}

impl DimensionFinding {
    pub fn message(&self, lang: Lang) -> String {
        let row_word = lang.pick("Dòng", "Row");
        match self {
            DimensionFinding::Unreadable(e) => e.message(lang),
            DimensionFinding::OverHundred { row, cell, value } => match lang {
                Lang::Vi => format!("Dòng {row}: {} {} vượt quá 100%.", cell.word(lang), percent(*value)),
                Lang::En => format!("Row {row}: the {} {} is over 100%.", cell.word(lang), percent(*value)),
            },
            DimensionFinding::Rises { row, baseline, target } => match lang {
                Lang::Vi => format!(
                    "{row_word} {row}: mục tiêu {} cao hơn hiện trạng {}; tỷ lệ hộ thiếu hụt cần giảm.",
                    percent(*target),
                    percent(*baseline)
                ),
                Lang::En => format!(
                    "{row_word} {row}: the target {} is above the baseline {}; a deprivation share should fall.",
                    percent(*target),
                    percent(*baseline)
                ),
            },
            DimensionFinding::NotTheList { row, typed, listed } => match lang {
                Lang::Vi => format!(
                    "{row_word} {row}: hiện trạng ghi {} nhưng danh sách hộ cho {}.",
                    percent(*typed),
                    percent(*listed)
                ),
                Lang::En => format!(
                    "{row_word} {row}: the baseline reads {} but the household list gives {}.",
                    percent(*typed),
                    percent(*listed)
                ),
            },
        }
    }

    /// The row it is about.
    pub fn row(&self) -> Option<usize> {
        match self {
            DimensionFinding::Unreadable(_) => None,
            DimensionFinding::OverHundred { row, .. }
            | DimensionFinding::Rises { row, .. }
            | DimensionFinding::NotTheList { row, .. } => Some(*row),
        }
    }
}

/// Reads a figure; a blank one is not given. A negative figure is refused
/// like any other that does not read.
fn read(text: &str, row: usize, cell: Cell, findings: &mut Vec<DimensionFinding>) -> Option<Decimal> {
    if text.trim().is_empty() {
        return None;
    }
    let refused = |error: NumberError| {
        DimensionFinding::Unreadable(StatedError {
            field_vi: format!("Dòng {row}, {}", cell.word(Lang::Vi)),
            field_en: format!("Row {row}, {}", cell.word(Lang::En)),
            error,
        })
    };
    match parse_percent(text) {
        Ok(v) if v.is_sign_negative() => {
            findings.push(refused(NumberError {
                input: text.to_owned(),
                kind: vn_format::NumberErrorKind::Negative,
            }));
            None
        }
        Ok(v) => Some(v),
        Err(e) => {
            findings.push(refused(e));
            None
        }
    }
}

/// Every finding of the rows, row by row; `profile` is the household
/// list's poor and near-poor, when the draft has one.
pub fn check_dimensions(rows: &[DimensionRow], profile: Option<&GroupProfile>) -> Vec<DimensionFinding> {
    let mut findings = Vec::new();
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| !r.is_blank()) {
        let n = i + 1;
        let baseline = read(&row.baseline, n, Cell::Baseline, &mut findings);
        let target = read(&row.target, n, Cell::Target, &mut findings);
        if row.in_percent() {
            for (cell, value) in [(Cell::Baseline, baseline), (Cell::Target, target)] {
                if let Some(value) = value.filter(|v| *v > Decimal::ONE_HUNDRED) {
                    findings.push(DimensionFinding::OverHundred { row: n, cell, value });
                }
            }
        }
        if let (false, Some(baseline), Some(target)) = (row.indicator_id.is_empty(), baseline, target)
            && target > baseline
        {
            findings.push(DimensionFinding::Rises {
                row: n,
                baseline,
                target,
            });
        }
        if let (Some(typed), Some(listed)) = (baseline, profile.and_then(|p| listed(row, p)))
            && typed != listed
        {
            findings.push(DimensionFinding::NotTheList { row: n, typed, listed });
        }
    }
    findings
}

/// The printed table: each row that is not blank, numbered, as typed.
pub fn dimensions_table(rows: &[DimensionRow], year: i32, lang: Lang) -> Option<Table> {
    let printed: Vec<&DimensionRow> = rows.iter().filter(|r| !r.is_blank()).collect();
    if printed.is_empty() {
        return None;
    }
    let target = match lang {
        Lang::Vi => format!("Mục tiêu năm {year}"),
        Lang::En => format!("Target for {year}"),
    };
    let mut header = texts(&[
        lang.pick("STT", "No."),
        lang.pick("Chỉ tiêu", "Indicator"),
        lang.pick("Đơn vị tính", "Unit"),
        lang.pick("Hiện trạng", "Baseline"),
    ]);
    header.push(target);
    Some(Table {
        caption: String::new(),
        columns: columns(&[
            (1, Align::Center),
            (8, Align::Left),
            (2, Align::Center),
            (2, Align::Right),
            (2, Align::Right),
        ]),
        header: vec![header],
        rows: printed
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (i + 1).to_string(),
                    r.indicator.trim().to_owned(),
                    r.unit.trim().to_owned(),
                    r.baseline.trim().to_owned(),
                    r.target.trim().to_owned(),
                ]
            })
            .collect(),
        total: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use household_list::IndicatorShare;

    fn row(id: &str, unit: &str, baseline: &str, target: &str) -> DimensionRow {
        DimensionRow {
            indicator_id: id.to_owned(),
            indicator: "Tỷ lệ hộ thiếu hụt chỉ số bảo hiểm y tế".to_owned(),
            unit: unit.to_owned(),
            baseline: baseline.to_owned(),
            target: target.to_owned(),
        }
    }

    fn profile() -> GroupProfile {
        GroupProfile {
            households: 8,
            indicators: vec![
                IndicatorShare {
                    indicator_id: "bao-hiem-y-te".into(),
                    deprived: 1,
                    percent: Some(Decimal::new(125, 1)),
                },
                IndicatorShare {
                    indicator_id: "nha-tieu".into(),
                    deprived: 1,
                    percent: Some(Decimal::new(333333, 4)),
                },
            ],
        }
    }

    fn messages(rows: &[DimensionRow], profile: Option<&GroupProfile>, lang: Lang) -> Vec<String> {
        check_dimensions(rows, profile)
            .iter()
            .map(|f| f.message(lang))
            .collect()
    }

    #[test]
    fn an_indicator_row_is_the_share_of_poor_and_near_poor_households_deprived() {
        let r = indicator_row("bao-hiem-y-te", "Bảo hiểm y tế", Lang::Vi);
        assert_eq!(
            r.indicator,
            "Tỷ lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số bảo hiểm y tế"
        );
        assert_eq!(r.unit, "%");
        let r = indicator_row("bao-hiem-y-te", "Health insurance", Lang::En);
        assert_eq!(
            r.indicator,
            "Share of poor and near-poor households deprived in health insurance"
        );
    }

    #[test]
    fn the_standards_indicators_are_added_once_in_its_order() {
        let standard = StandardIndicators::all().iter().find(|s| s.id == "nd07-2021").unwrap();
        let rows = vec![indicator_row("dinh-duong", "Dinh dưỡng", Lang::Vi)];
        let added = missing_indicator_rows(&rows, standard, Lang::Vi);
        assert_eq!(added.len(), standard.indicators.len() - 1);
        assert!(added.iter().all(|r| r.indicator_id != "dinh-duong"));
        let order: Vec<&str> = standard
            .indicators
            .iter()
            .map(|(id, ..)| *id)
            .filter(|id| *id != "dinh-duong")
            .collect();
        assert_eq!(added.iter().map(|r| r.indicator_id.as_str()).collect::<Vec<_>>(), order);
    }

    #[test]
    fn baselines_are_filled_from_the_list_only_where_empty() {
        let mut rows = vec![
            row("bao-hiem-y-te", "%", "", "8"),
            row("nha-tieu", "%", "40", ""),
            row("", "%", "", ""),
            row("dinh-duong", "%", "", ""),
        ];
        assert_eq!(fill_baselines(&mut rows, &profile()), 1);
        assert_eq!(rows[0].baseline, "12,50");
        assert_eq!(rows[1].baseline, "40", "a typed baseline is kept");
        assert_eq!(rows[2].baseline, "", "a row of one's own has no listed share");
        assert_eq!(rows[3].baseline, "", "an indicator the list does not give");
    }

    #[test]
    fn a_baseline_other_than_the_lists_is_named_with_both_figures() {
        let rows = vec![row("bao-hiem-y-te", "%", "12,5", "8"), row("nha-tieu", "%", "40", "30")];
        assert_eq!(
            messages(&rows, Some(&profile()), Lang::Vi),
            ["Dòng 2: hiện trạng ghi 40,00% nhưng danh sách hộ cho 33,33%."]
        );
        assert_eq!(
            messages(&rows, Some(&profile()), Lang::En),
            ["Row 2: the baseline reads 40,00% but the household list gives 33,33%."]
        );
        assert!(
            messages(&rows, None, Lang::Vi).is_empty(),
            "no list, nothing to compare"
        );
    }

    #[test]
    fn a_deprivation_share_set_to_rise_is_named_but_a_row_of_ones_own_is_not() {
        let rows = vec![
            row("bao-hiem-y-te", "%", "12,5", "12,5"),
            row("nha-tieu", "%", "10", "10,01"),
        ];
        assert_eq!(
            messages(&rows, None, Lang::Vi),
            ["Dòng 2: mục tiêu 10,01% cao hơn hiện trạng 10,00%; tỷ lệ hộ thiếu hụt cần giảm."]
        );
        // "Tỷ lệ hộ nghèo có thẻ BHYT" should rise: its direction is the officer's.
        assert!(messages(&[row("", "%", "90", "100")], None, Lang::Vi).is_empty());
    }

    #[test]
    fn a_share_over_a_hundred_and_a_figure_that_does_not_read_are_named() {
        let rows = vec![row("", "%", "100,01", "abc"), row("", "hộ", "150", "-2")];
        let vi = messages(&rows, None, Lang::Vi);
        assert_eq!(vi.len(), 3, "{vi:?}");
        assert!(vi[0].starts_with("Dòng 1, mục tiêu: "), "{vi:?}");
        assert_eq!(vi[1], "Dòng 1: hiện trạng 100,01% vượt quá 100%.");
        assert!(vi[2].starts_with("Dòng 2, mục tiêu: "), "{vi:?}");
        assert!(
            messages(&[row("", "%", "100", "0")], None, Lang::Vi).is_empty(),
            "100% is a share"
        );
        let en = messages(&rows, None, Lang::En);
        assert_eq!(en[1], "Row 1: the baseline 100,01% is over 100%.");
    }

    #[test]
    fn blank_rows_are_neither_checked_nor_printed() {
        let rows = vec![DimensionRow::default(), row("", "%", "5", "3")];
        assert!(check_dimensions(&rows, None).is_empty());
        let table = dimensions_table(&rows, 2027, Lang::Vi).unwrap();
        assert_eq!(
            table.header[0],
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng", "Mục tiêu năm 2027"]
        );
        assert_eq!(
            table.rows,
            [["1", "Tỷ lệ hộ thiếu hụt chỉ số bảo hiểm y tế", "%", "5", "3"]]
        );
        assert_eq!(dimensions_table(&[DimensionRow::default()], 2027, Lang::Vi), None);
        let en = dimensions_table(&rows, 2027, Lang::En).unwrap();
        assert_eq!(en.header[0][4], "Target for 2027");
    }
}
