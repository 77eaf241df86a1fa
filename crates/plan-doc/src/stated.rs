//! What the plan itself states beyond the targets and funding parts, as
//! typed (so nothing is lost and the stored text reads back exactly): the
//! year's targets in each form, and last year's targets and reviews. Read
//! into `Targets` and `LastYear` with a message per cell that does not
//! read; a blank cell is a figure not given.

use rust_decimal::Decimal;
use vn_format::{NumberError, parse_count, parse_percent};

use crate::numbers::{Amount, Figures, Targets};
use crate::results::{LastYear, StandardChange};
use lang::Lang;

/// A target's figure as typed, and its unit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TargetText {
    pub value: String,
    /// Percentage points when set, households otherwise.
    pub in_points: bool,
}

/// The targets in each form as typed; a blank value is a form not used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TargetsText {
    pub poor: TargetText,
    pub near_poor: TargetText,
    pub poor_and_near_poor: TargetText,
    /// The rate to reach, in percent.
    pub poor_rate_goal: String,
    pub ethnic_minority_poor: TargetText,
}

/// A review's counts as typed, in the order of `FIGURE_KEYS`.
pub type FiguresText = [String; 7];

/// The columns of `FiguresText`.
pub const FIGURE_KEYS: [(&str, &str); 7] = [
    ("Số hộ dân cư", "Households"),
    ("Hộ dân tộc thiểu số", "Ethnic-minority households"),
    ("Hộ nghèo", "Poor"),
    ("Hộ cận nghèo", "Near-poor"),
    ("Hộ nghèo dân tộc thiểu số", "Ethnic-minority poor"),
    ("Hộ nghèo thuộc diện bảo trợ xã hội", "Social-protection poor"),
    ("Hộ nghèo có khả năng thoát nghèo", "Poor able to escape"),
];

/// Last year as typed; an empty year leaves it out of the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastYearText {
    pub year: String,
    pub start: FiguresText,
    pub end: FiguresText,
    pub targets: TargetsText,
    /// Both empty when the standard did not change at the year-end review.
    pub old_standard: String,
    pub new_standard: String,
    /// The year-end review under the new standard.
    pub end_new: FiguresText,
}

/// A cell that does not read: which, and why. The message is written only
/// when asked for, so that a page that only reads the figures (the print)
/// does not carry the messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedError {
    /// e.g. "Chỉ tiêu hộ cận nghèo", "Cuối năm: Hộ nghèo".
    pub field_vi: String,
    pub field_en: String,
    pub error: NumberError,
}

impl StatedError {
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => format!("{}: {}", self.field_vi, self.error.message(Lang::Vi)),
            Lang::En => format!("{}: {}", self.field_en, self.error.message(Lang::En)),
        }
    }
}

struct Reader {
    errors: Vec<StatedError>,
}

impl Reader {
    fn fail(&mut self, (vi, en): (&str, &str), e: NumberError) {
        self.errors.push(StatedError {
            field_vi: vi.to_owned(),
            field_en: en.to_owned(),
            error: e,
        });
    }

    fn count(&mut self, field: (&str, &str), text: &str) -> Option<u64> {
        if text.trim().is_empty() {
            return None;
        }
        parse_count(text).map_err(|e| self.fail(field, e)).ok()
    }

    /// Points or a rate: `1,5` or `1,5%`, never negative.
    fn percent(&mut self, field: (&str, &str), text: &str) -> Option<Decimal> {
        if text.trim().is_empty() {
            return None;
        }
        match parse_percent(text) {
            Ok(p) if p.is_sign_negative() => {
                self.fail(
                    field,
                    NumberError {
                        input: text.to_owned(),
                        kind: vn_format::NumberErrorKind::Negative,
                    },
                );
                None
            }
            Ok(p) => Some(p),
            Err(e) => {
                self.fail(field, e);
                None
            }
        }
    }

    fn amount(&mut self, field: (&str, &str), t: &TargetText) -> Option<Amount> {
        if t.in_points {
            self.percent(field, &t.value).map(Amount::Points)
        } else {
            self.count(field, &t.value).map(Amount::Households)
        }
    }

    fn targets(&mut self, t: &TargetsText, prefix: (&str, &str)) -> Targets {
        let name = |vi: &str, en: &str| (format!("{}{vi}", prefix.0), format!("{}{en}", prefix.1));
        let fields = [
            name("Chỉ tiêu hộ nghèo", "Poor target"),
            name("Chỉ tiêu hộ cận nghèo", "Near-poor target"),
            name("Chỉ tiêu hộ nghèo và hộ cận nghèo", "Poor and near-poor target"),
            name("Tỷ lệ hộ nghèo cần đạt", "Poor rate to reach"),
            name("Chỉ tiêu hộ nghèo dân tộc thiểu số", "Ethnic-minority poor target"),
        ];
        let f = |i: usize| (fields[i].0.as_str(), fields[i].1.as_str());
        Targets {
            poor: self.amount(f(0), &t.poor),
            near_poor: self.amount(f(1), &t.near_poor),
            poor_and_near_poor: self.amount(f(2), &t.poor_and_near_poor),
            poor_rate_goal: self.percent(f(3), &t.poor_rate_goal),
            ethnic_minority_poor: self.amount(f(4), &t.ethnic_minority_poor),
        }
    }

    fn figures(&mut self, cells: &FiguresText, when: (&str, &str)) -> Figures {
        let mut read = [None; 7];
        for (i, (vi, en)) in FIGURE_KEYS.iter().enumerate() {
            let field = (format!("{}: {vi}", when.0), format!("{}: {en}", when.1));
            read[i] = self.count((&field.0, &field.1), &cells[i]);
        }
        Figures::from_cells(read)
    }
}

/// The plan's own targets and last year, and what did not read. Last year
/// is left out when its year is blank or does not read.
pub fn read_stated(targets: &TargetsText, last: &LastYearText) -> (Targets, Option<LastYear>, Vec<StatedError>) {
    let mut r = Reader { errors: Vec::new() };
    let stated = r.targets(targets, ("", ""));
    let last_year = if last.year.trim().is_empty() {
        None
    } else {
        let year = r
            .count(("Năm trước", "Last year"), &last.year)
            .and_then(|y| i32::try_from(y).ok());
        let start = r.figures(&last.start, ("Đầu năm", "Start of year"));
        let end = r.figures(&last.end, ("Cuối năm", "End of year"));
        let targets = r.targets(&last.targets, ("Năm trước: ", "Last year: "));
        let changed = !(last.old_standard.trim().is_empty() && last.new_standard.trim().is_empty());
        let standard_change = changed.then(|| StandardChange {
            old_name: last.old_standard.trim().to_owned(),
            new_name: last.new_standard.trim().to_owned(),
            end: r.figures(&last.end_new, ("Cuối năm, chuẩn mới", "End of year, new standard")),
        });
        year.map(|year| LastYear {
            year,
            start,
            end,
            targets,
            standard_change,
        })
    };
    (stated, last_year, r.errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str, in_points: bool) -> TargetText {
        TargetText {
            value: value.into(),
            in_points,
        }
    }

    #[test]
    fn targets_read_in_their_unit_and_blanks_are_not_given() {
        let typed = TargetsText {
            poor: text("1.020", false),
            near_poor: text("0,5", true),
            poor_and_near_poor: text("", true),
            poor_rate_goal: "2,5%".into(),
            ethnic_minority_poor: text("3", true),
        };
        let (targets, last, errors) = read_stated(&typed, &LastYearText::default());
        assert_eq!(errors, []);
        assert_eq!(last, None);
        assert_eq!(
            targets,
            Targets {
                poor: Some(Amount::Households(1_020)),
                near_poor: Some(Amount::Points("0.5".parse().unwrap())),
                poor_and_near_poor: None,
                poor_rate_goal: Some("2.5".parse().unwrap()),
                ethnic_minority_poor: Some(Amount::Points(Decimal::from(3))),
            }
        );
    }

    #[test]
    fn a_cell_that_does_not_read_is_said_and_left_out() {
        let typed = TargetsText {
            poor: text("hai mươi", false),
            near_poor: text("-1", true),
            ..TargetsText::default()
        };
        let (targets, _, errors) = read_stated(&typed, &LastYearText::default());
        assert_eq!((targets.poor, targets.near_poor), (None, None));
        assert_eq!(errors.len(), 2);
        assert!(errors[0].message(Lang::Vi).starts_with("Chỉ tiêu hộ nghèo: "));
        assert!(errors[1].message(Lang::En).starts_with("Near-poor target: "));
    }

    #[test]
    fn last_year_with_a_change_of_standard() {
        let cells = |hh: &str, poor: &str| -> FiguresText {
            let mut f: FiguresText = Default::default();
            f[0] = hh.into();
            f[2] = poor.into();
            f
        };
        let typed = LastYearText {
            year: "2026".into(),
            start: cells("2.000", "72"),
            end: cells("2.020", "x"),
            targets: TargetsText {
                poor: text("20", false),
                ..TargetsText::default()
            },
            old_standard: "chuẩn nghèo giai đoạn 2022 - 2025".into(),
            new_standard: "chuẩn nghèo giai đoạn 2027 - 2030".into(),
            end_new: cells("2.020", "80"),
        };
        let (_, last, errors) = read_stated(&TargetsText::default(), &typed);
        let last = last.unwrap();
        assert_eq!((last.year, last.start.poor, last.end.poor), (2026, Some(72), None));
        assert_eq!(last.end.near_poor, None, "blank: not given");
        assert_eq!(last.targets.poor, Some(Amount::Households(20)));
        assert_eq!(last.standard_change.unwrap().end.poor, Some(80));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message(Lang::Vi).starts_with("Cuối năm: Hộ nghèo: "));
        assert!(errors[0].message(Lang::En).starts_with("End of year: Poor: "));
    }
}
