//! The header line: which column holds what, checked against the chosen
//! standard before any row is read.

use std::borrow::Cow;

use csv_text::{Separator, fold_key};
use poverty_rules::{
    Area, Category, Facts, Income, InputError, ReviewScoreInput, Standard, classify, classify_by_scores,
    low_income_workers,
};
use rust_decimal::Decimal;
use vn_format::{parse_money, parse_number};

use table_grid::{ColumnLabel, ColumnMapping, Confidence, FieldKey, MappedColumn, Meaning};

use crate::error::{ColumnRef, FileError, MissingColumn, Notice, RowError, RowProblem};

/// At most this many indicators: a household's deprivations are one `u64`.
pub const MAX_INDICATORS: u32 = 64;

/// What a household is classified by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Đồng per person per month.
    Income(Decimal),
    /// Review scores A (B1) and B (B2), Thông tư 07/2021/TT-BLĐTBXH.
    Scores { a: Decimal, b: Decimal },
}

/// Which evidence to classify by when the file could give either.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EvidenceChoice {
    /// Scores when both score columns are there and the standard has a
    /// scoring form, income otherwise.
    #[default]
    Auto,
    Income,
    Scores,
}

/// What a column of a household list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HouseholdField {
    Village,
    Area,
    Income,
    ScoreA,
    ScoreB,
    EthnicMinority,
    SocialProtection,
    /// The standard's indicator at this index, in its order.
    Indicator(usize),
}

use HouseholdField as Role;

impl FieldKey for HouseholdField {
    fn key(self) -> String {
        match self {
            Role::Village => "thon".into(),
            Role::Area => "khu-vuc".into(),
            Role::Income => "thu-nhap".into(),
            Role::ScoreA => "diem-a".into(),
            Role::ScoreB => "diem-b".into(),
            Role::EthnicMinority => "dtts".into(),
            Role::SocialProtection => "btxh".into(),
            Role::Indicator(i) => format!("chi-so-{}", i + 1),
        }
    }

    fn from_key(key: &str) -> Option<HouseholdField> {
        let fixed = [
            Role::Village,
            Role::Area,
            Role::Income,
            Role::ScoreA,
            Role::ScoreB,
            Role::EthnicMinority,
            Role::SocialProtection,
        ];
        fixed.into_iter().find(|f| f.key() == key).or_else(|| {
            let n: usize = key.strip_prefix("chi-so-")?.parse().ok()?;
            (1..=MAX_INDICATORS as usize)
                .contains(&n)
                .then(|| Role::Indicator(n - 1))
        })
    }
}

const VILLAGE: [&str; 9] = [
    "thon",
    "ban",
    "xom",
    "todanpho",
    "thonban",
    "thonxom",
    "thonto",
    "thonbanto",
    "village",
];
const AREA: [&str; 2] = ["khuvuc", "area"];
const INCOME: [&str; 5] = [
    "thunhap",
    "thunhapbinhquan",
    "thunhapbinhquandaunguoi",
    "thunhapbinhquandaunguoithang",
    "income",
];
const SCORE_A: [&str; 3] = ["diema", "diemb1", "scorea"];
const SCORE_B: [&str; 3] = ["diemb", "diemb2", "scoreb"];
const ETHNIC_MINORITY: [&str; 4] = ["dtts", "hodtts", "dantocthieuso", "hodantocthieuso"];
const SOCIAL_PROTECTION: [&str; 4] = ["btxh", "hobtxh", "baotroxahoi", "hobaotroxahoi"];

/// Each heading, read alone or after its group's words ("Điểm / B1" is
/// `diemb1`, "Hộ / DTTS" `hodtts`), understood.
pub fn household_mapping(labels: &[ColumnLabel], standard: &Standard) -> ColumnMapping<HouseholdField> {
    let indicator_keys = indicator_keys(standard);
    let columns = labels
        .iter()
        .map(|label| {
            let header = label.header();
            let alone = role_of(&fold_key(header), &indicator_keys);
            let group = label.groups().last();
            let with_group = group.and_then(|g| {
                let role = role_of(&format!("{}{}", fold_key(g), fold_key(header)), &indicator_keys)?;
                Some((role, g))
            });
            let (meaning, confidence, why) = match (alone, with_group) {
                _ if header.is_empty() => (
                    Meaning::Unknown,
                    Confidence::Unknown,
                    (
                        "cột không có tiêu đề".to_owned(),
                        "the column has no heading".to_owned(),
                    ),
                ),
                (Some(role), _) => (
                    Meaning::Field(role),
                    Confidence::Sure,
                    (
                        format!(
                            "tiêu đề «{header}» là một cách ghi của cột {}",
                            field_label(role, standard).0
                        ),
                        format!(
                            "the heading “{header}” is a spelling of the {} column",
                            field_label(role, standard).1
                        ),
                    ),
                ),
                (None, Some((role, g))) => (
                    Meaning::Field(role),
                    Confidence::FromContext,
                    (
                        format!(
                            "«{header}» nằm trong nhóm «{g}» nên là {}",
                            field_label(role, standard).0
                        ),
                        format!(
                            "“{header}” is under “{g}”, so it is the {}",
                            field_label(role, standard).1
                        ),
                    ),
                ),
                (None, None) => (
                    Meaning::Unknown,
                    Confidence::Unknown,
                    (
                        format!("tiêu đề «{header}» không phải cột nào của danh sách hộ theo chuẩn này"),
                        format!("the heading “{header}” is not a column of a household list under this standard"),
                    ),
                ),
            };
            MappedColumn::new(label.clone(), meaning, confidence, why)
        })
        .collect();
    ColumnMapping::new(columns)
}

/// What a column holds, `(vi, en)`.
pub fn field_label(field: HouseholdField, standard: &Standard) -> (String, String) {
    match field {
        Role::Village => ("thôn".into(), "village".into()),
        Role::Area => ("khu vực".into(), "area".into()),
        Role::Income => ("thu nhập".into(), "income".into()),
        Role::ScoreA => ("điểm A (B1)".into(), "score A (B1)".into()),
        Role::ScoreB => ("điểm B (B2)".into(), "score B (B2)".into()),
        Role::EthnicMinority => ("hộ dân tộc thiểu số".into(), "ethnic minority".into()),
        Role::SocialProtection => ("hộ bảo trợ xã hội".into(), "social protection".into()),
        Role::Indicator(i) => standard.indicators().nth(i).map_or_else(
            || (format!("chỉ số {}", i + 1), format!("indicator {}", i + 1)),
            |ind| {
                (
                    format!("chỉ số «{}»", ind.name.vi),
                    format!("indicator “{}”", ind.name.en),
                )
            },
        ),
    }
}

fn indicator_keys(standard: &Standard) -> Vec<(String, String)> {
    standard
        .indicators()
        .map(|i| (fold_key(&i.id), fold_key(&i.name.vi)))
        .collect()
}

fn role_of(header_key: &str, indicator_keys: &[(String, String)]) -> Option<Role> {
    let is = |names: &[&str]| names.contains(&header_key);
    if is(&VILLAGE) {
        Some(Role::Village)
    } else if is(&AREA) {
        Some(Role::Area)
    } else if is(&INCOME) {
        Some(Role::Income)
    } else if is(&SCORE_A) {
        Some(Role::ScoreA)
    } else if is(&SCORE_B) {
        Some(Role::ScoreB)
    } else if is(&ETHNIC_MINORITY) {
        Some(Role::EthnicMinority)
    } else if is(&SOCIAL_PROTECTION) {
        Some(Role::SocialProtection)
    } else {
        indicator_keys
            .iter()
            .position(|(id, name)| id == header_key || name == header_key)
            .map(Role::Indicator)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum EvidenceColumns {
    Income(usize),
    Scores {
        a: usize,
        b: usize,
        step: Decimal,
        max_b: Decimal,
    },
}

/// The standard's indicators, if a household's deprivations fit in a `u64`.
fn check_indicators(standard: &Standard) -> Result<u32, FileError> {
    let count = standard.indicator_count();
    if count > MAX_INDICATORS {
        return Err(FileError::TooManyIndicators { count });
    }
    Ok(count)
}

/// A household as one row gives it, checked but not yet classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowInput<'t> {
    /// Trimmed, runs of spaces made one.
    pub village: Cow<'t, str>,
    pub area: Area,
    pub evidence: Evidence,
    pub ethnic_minority: bool,
    pub social_protection: bool,
    /// Bit `i` set: deprived in the standard's indicator `i` (in the
    /// standard's order).
    pub deprived: u64,
}

/// The columns of a file, matched to what the standard needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    headers: Vec<String>,
    village: usize,
    area: usize,
    evidence: EvidenceColumns,
    ethnic_minority: Option<usize>,
    social_protection: Option<usize>,
    indicators: Vec<usize>,
    comma_separated: bool,
}

impl Columns {
    /// Matches one header line's cells to what `standard` needs. Missing
    /// columns are listed all at once; unknown ones become a notice.
    pub fn from_header(
        header: &[Cow<'_, str>],
        standard: &Standard,
        choice: EvidenceChoice,
        separator: Separator,
    ) -> Result<(Columns, Vec<Notice>), FileError> {
        check_indicators(standard)?;
        let labels: Vec<ColumnLabel> = header
            .iter()
            .enumerate()
            .map(|(column, h)| ColumnLabel {
                column,
                parts: Some(h.trim().to_owned())
                    .filter(|h| !h.is_empty())
                    .into_iter()
                    .collect(),
            })
            .collect();
        Columns::from_mapping(&household_mapping(&labels, standard), standard, choice, separator)
    }

    /// The columns a mapping (perhaps corrected by the user) reads, checked
    /// against what `standard` needs.
    pub fn from_mapping(
        mapping: &ColumnMapping<HouseholdField>,
        standard: &Standard,
        choice: EvidenceChoice,
        separator: Separator,
    ) -> Result<(Columns, Vec<Notice>), FileError> {
        let indicator_count = check_indicators(standard)?;
        let headers: Vec<String> = mapping.columns.iter().map(|c| c.label.text()).collect();
        let column = |i: usize| ColumnRef {
            number: i + 1,
            header: headers[i].clone(),
        };
        let mut found: Vec<(Role, usize)> = Vec::new();
        let mut unknown = Vec::new();
        for (i, c) in mapping.columns.iter().enumerate() {
            match c.meaning {
                Meaning::Field(Role::Indicator(n)) if n as u32 >= indicator_count => unknown.push(column(i)),
                Meaning::Field(role) => {
                    if let Some(&(_, first)) = found.iter().find(|(r, _)| *r == role) {
                        return Err(FileError::DuplicateColumn {
                            first: column(first),
                            second: column(i),
                        });
                    }
                    found.push((role, i));
                }
                Meaning::Unknown | Meaning::Ignored if !c.label.parts.is_empty() => unknown.push(column(i)),
                Meaning::Unknown | Meaning::Ignored => {}
            }
        }
        let at = |role: Role| found.iter().find(|(r, _)| *r == role).map(|&(_, i)| i);

        let mut notices = Vec::new();
        let mut missing = Vec::new();
        let village = at(Role::Village);
        if village.is_none() {
            missing.push(MissingColumn::Village);
        }
        let area = at(Role::Area);
        if area.is_none() {
            missing.push(MissingColumn::Area);
        }
        let (income, score_a, score_b) = (at(Role::Income), at(Role::ScoreA), at(Role::ScoreB));
        let form = standard.review_scores.as_ref();
        let no_form = || FileError::NoScoreForm {
            standard: standard.name.vi.clone(),
        };
        let use_scores = match choice {
            EvidenceChoice::Income => false,
            EvidenceChoice::Scores => true,
            EvidenceChoice::Auto => {
                let both_scores = score_a.is_some() && score_b.is_some();
                if form.is_some() && both_scores {
                    true
                } else if income.is_some() {
                    false
                } else if score_a.is_some() || score_b.is_some() {
                    // Scores only, and not both of them or no form.
                    true
                } else {
                    missing.push(MissingColumn::IncomeOrScores);
                    false
                }
            }
        };
        let evidence = if use_scores {
            let form = form.ok_or_else(no_form)?;
            if score_a.is_none() {
                missing.push(MissingColumn::ScoreA);
            }
            if score_b.is_none() {
                missing.push(MissingColumn::ScoreB);
            }
            if income.is_some() && score_a.is_some() && score_b.is_some() {
                notices.push(Notice::ScoresUsedIncomeIgnored);
            }
            score_a.zip(score_b).map(|(a, b)| EvidenceColumns::Scores {
                a,
                b,
                step: form.points_per_deprivation,
                max_b: form.points_per_deprivation * Decimal::from(indicator_count),
            })
        } else {
            if income.is_none() && choice == EvidenceChoice::Income {
                missing.push(MissingColumn::Income);
            }
            if income.is_some() && (score_a.is_some() || score_b.is_some()) {
                notices.push(Notice::IncomeUsedScoresIgnored);
            }
            income.map(EvidenceColumns::Income)
        };
        let mut indicators = Vec::with_capacity(indicator_count as usize);
        for (n, indicator) in standard.indicators().enumerate() {
            match at(Role::Indicator(n)) {
                Some(i) => indicators.push(i),
                None => missing.push(MissingColumn::Indicator {
                    id: indicator.id.clone(),
                    vi: indicator.name.vi.clone(),
                    en: indicator.name.en.clone(),
                }),
            }
        }
        let (Some(village), Some(area), Some(evidence), true) = (village, area, evidence, missing.is_empty()) else {
            return Err(FileError::MissingColumns(missing));
        };
        let ethnic_minority = at(Role::EthnicMinority);
        if ethnic_minority.is_none() {
            notices.push(Notice::NoEthnicMinorityColumn);
        }
        let social_protection = at(Role::SocialProtection);
        if social_protection.is_none() {
            notices.push(Notice::NoSocialProtectionColumn);
        }
        if !unknown.is_empty() {
            notices.insert(0, Notice::UnknownColumns(unknown));
        }
        let columns = Columns {
            headers,
            village,
            area,
            evidence,
            ethnic_minority,
            social_protection,
            indicators,
            comma_separated: separator == Separator::Comma,
        };
        Ok((columns, notices))
    }

    /// The evidence households are classified by: income or scores.
    pub fn uses_scores(&self) -> bool {
        matches!(self.evidence, EvidenceColumns::Scores { .. })
    }

    pub fn has_ethnic_minority(&self) -> bool {
        self.ethnic_minority.is_some()
    }

    pub fn has_social_protection(&self) -> bool {
        self.social_protection.is_some()
    }

    fn column(&self, i: usize) -> ColumnRef {
        ColumnRef {
            number: i + 1,
            header: self.headers[i].clone(),
        }
    }

    /// Reads one row (not blank: see [`is_blank`]). Every bad cell gives
    /// its own error; the row is kept only if there are none.
    pub fn read_row<'t>(&self, row: u64, cells: &[Cow<'t, str>]) -> Result<RowInput<'t>, Vec<RowError>> {
        let width = self.headers.len();
        let too_many = RowError {
            row,
            column: None,
            problem: RowProblem::TooManyCells {
                cells: cells.len(),
                headers: width,
                comma_separated: self.comma_separated,
            },
        };
        if cells.len() > width && cells[width..].iter().any(|c| !c.trim().is_empty()) {
            return Err(vec![too_many]);
        }
        // Empty cells past the header are a spreadsheet's trailing columns,
        // unless the row has errors: then its cells have likely shifted.
        let mut errors = Vec::new();
        let mut fail = |i: usize, problem: RowProblem| {
            errors.push(RowError {
                row,
                column: Some(self.column(i)),
                problem,
            })
        };
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());

        let village = village_name(cells.get(self.village));
        if village.is_empty() {
            fail(self.village, RowProblem::Missing);
        }
        let area = match parse_area(cell(self.area)) {
            Ok(area) => Some(area),
            Err(problem) => {
                fail(self.area, problem);
                None
            }
        };
        let mut yes_no = |i: Option<usize>| match i {
            None => false,
            Some(i) => match parse_yes_no(cell(i)) {
                Some(v) => v,
                None => {
                    fail(i, RowProblem::UnknownYesNo(cell(i).to_owned()));
                    false
                }
            },
        };
        let ethnic_minority = yes_no(self.ethnic_minority);
        let social_protection = yes_no(self.social_protection);
        let mut deprived = 0u64;
        let mut indicators_ok = true;
        for (n, &i) in self.indicators.iter().enumerate() {
            match parse_yes_no(cell(i)) {
                Some(true) => deprived |= 1 << n,
                Some(false) => {}
                None => {
                    indicators_ok = false;
                    fail(i, RowProblem::UnknownYesNo(cell(i).to_owned()));
                }
            }
        }
        let evidence = match self.evidence {
            EvidenceColumns::Income(i) => read_income(cell(i)).map(Evidence::Income).map_err(|p| fail(i, p)).ok(),
            EvidenceColumns::Scores { a, b, step, max_b } => {
                let score_a = read_score(cell(a)).map_err(|p| fail(a, p)).ok();
                let score_b = read_score(cell(b))
                    .and_then(|v| check_score_b(v, step, max_b))
                    .map_err(|p| fail(b, p))
                    .ok();
                if let (Some(score_b), true) = (score_b, indicators_ok) {
                    let ticked = deprived.count_ones();
                    let points = step * Decimal::from(ticked);
                    if score_b != points {
                        fail(
                            b,
                            RowProblem::ScoreBMismatch {
                                score_b,
                                ticked,
                                points,
                            },
                        );
                    }
                }
                score_a.zip(score_b).map(|(a, b)| Evidence::Scores { a, b })
            }
        };
        if !errors.is_empty() && cells.len() > width {
            errors.insert(0, too_many);
        }
        match (area, evidence) {
            (Some(area), Some(evidence)) if errors.is_empty() => Ok(RowInput {
                village,
                area,
                evidence,
                ethnic_minority,
                social_protection,
                deprived,
            }),
            _ => Err(errors),
        }
    }
}

/// A row whose cells are all empty or spaces: skipped without a message.
pub fn is_blank(cells: &[Cow<'_, str>]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

fn village_name<'t>(cell: Option<&Cow<'t, str>>) -> Cow<'t, str> {
    let Some(cell) = cell else {
        return Cow::Borrowed("");
    };
    let trimmed = cell.trim();
    let tidy = !trimmed.contains(|c: char| c.is_whitespace() && c != ' ') && !trimmed.contains("  ");
    match cell {
        Cow::Borrowed(s) if tidy => Cow::Borrowed(s.trim()),
        _ if tidy => Cow::Owned(trimmed.to_owned()),
        _ => Cow::Owned(trimmed.split_whitespace().collect::<Vec<_>>().join(" ")),
    }
}

/// `nông thôn`, `nong-thon`, `NT` → rural; `thành thị`, `thanh-thi`, `TT`,
/// `đô thị` → urban.
pub fn parse_area(text: &str) -> Result<Area, RowProblem> {
    match text {
        "" => return Err(RowProblem::Missing),
        "NT" | "nong-thon" => return Ok(Area::Rural),
        "TT" | "thanh-thi" => return Ok(Area::Urban),
        _ => {}
    }
    match fold_key(text).as_str() {
        "nongthon" | "nt" | "rural" => Ok(Area::Rural),
        "thanhthi" | "tt" | "dothi" | "urban" => Ok(Area::Urban),
        _ => Err(RowProblem::UnknownArea(text.to_owned())),
    }
}

/// `1`, `x`, `có` → yes; empty, `0`, `không` → no; anything else: `None`.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text {
        "" | "0" => return Some(false),
        "1" | "x" | "X" => return Some(true),
        _ => {}
    }
    match fold_key(text).as_str() {
        "1" | "x" | "co" | "yes" | "true" => Some(true),
        // Not "": punctuation alone (`-`, `.`) is neither.
        "0" | "khong" | "no" | "false" => Some(false),
        _ => None,
    }
}

fn read_income(text: &str) -> Result<Decimal, RowProblem> {
    if text.is_empty() {
        return Err(RowProblem::Missing);
    }
    let amount = parse_money(text).map_err(RowProblem::Number)?;
    Income::PerPerson { amount }.per_person().map_err(RowProblem::Input)
}

fn read_score(text: &str) -> Result<Decimal, RowProblem> {
    if text.is_empty() {
        return Err(RowProblem::Missing);
    }
    let score = parse_number(text).map_err(RowProblem::Number)?;
    if score.is_sign_negative() && !score.is_zero() {
        return Err(RowProblem::Input(InputError::NegativeScore));
    }
    Ok(score)
}

fn check_score_b(score: Decimal, step: Decimal, max: Decimal) -> Result<Decimal, RowProblem> {
    if score > max {
        return Err(RowProblem::Input(InputError::ScoreBTooLarge { max }));
    }
    if !step.is_zero() && !(score % step).is_zero() {
        return Err(RowProblem::Input(InputError::ScoreBNotMultiple { step }));
    }
    Ok(score)
}

/// The household's category under `standard`: by income through
/// [`poverty_rules::classify`], by scores through
/// [`poverty_rules::classify_by_scores`] (which cannot tell an average-living
/// household from the rest, so above the score threshold it is `Other`).
pub fn classify_household(
    standard: &Standard,
    area: Area,
    evidence: &Evidence,
    deprivations: u32,
) -> Result<Category, InputError> {
    match *evidence {
        Evidence::Income(income_per_person) => Ok(classify(
            standard,
            &Facts {
                area,
                income_per_person,
                deprivations,
            },
        )
        .category),
        Evidence::Scores { a, b } => classify_by_scores(
            standard,
            &ReviewScoreInput {
                area,
                score_a: a,
                score_b: b,
            },
        )
        .map(|outcome| outcome.category),
    }
}

/// Whether the household's workers count as low-income workers under
/// `standard` ([`poverty_rules::low_income_workers`]). Scores give no
/// income, so by scores the answer is `false`: see
/// `Import::low_income_workers_known`.
pub fn low_income_household(standard: &Standard, area: Area, evidence: &Evidence, deprivations: u32) -> bool {
    match *evidence {
        Evidence::Income(income_per_person) => low_income_workers(
            standard,
            &Facts {
                area,
                income_per_person,
                deprivations,
            },
        )
        .counted(),
        Evidence::Scores { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_in_every_accepted_spelling() {
        for rural in [
            "nong-thon",
            "nông thôn",
            "Nông thôn",
            "NÔNG THÔN",
            "NT",
            "nt",
            "nong thon",
            "rural",
        ] {
            assert_eq!(parse_area(rural), Ok(Area::Rural), "{rural}");
        }
        for urban in [
            "thanh-thi",
            "thành thị",
            "Thành Thị",
            "TT",
            "tt",
            "đô thị",
            "Đô thị",
            "urban",
        ] {
            assert_eq!(parse_area(urban), Ok(Area::Urban), "{urban}");
        }
        assert_eq!(parse_area(""), Err(RowProblem::Missing));
        assert_eq!(parse_area("miền núi"), Err(RowProblem::UnknownArea("miền núi".into())));
    }

    #[test]
    fn yes_and_no_in_every_accepted_spelling() {
        for yes in ["1", "x", "X", "có", "Có", "CÓ", "co", "yes", "true", " x "] {
            assert_eq!(parse_yes_no(yes.trim()), Some(true), "{yes}");
        }
        for no in ["", "0", "không", "Không", "khong", "no", "false"] {
            assert_eq!(parse_yes_no(no), Some(false), "{no}");
        }
        for neither in ["2", "-", "?", "có thể", "1,0"] {
            assert_eq!(parse_yes_no(neither), None, "{neither}");
        }
    }

    #[test]
    fn village_names_are_trimmed_and_spaces_collapsed() {
        let name = |s: &str| village_name(Some(&Cow::Borrowed(s))).into_owned();
        assert_eq!(name("  Thôn 1 "), "Thôn 1");
        assert_eq!(name("Thôn  1"), "Thôn 1");
        assert_eq!(name("Thôn\t1"), "Thôn 1");
        assert_eq!(name(" "), "");
        assert!(matches!(
            village_name(Some(&Cow::Borrowed(" Bản "))),
            Cow::Borrowed("Bản")
        ));
        assert_eq!(village_name(None), "");
    }
}
