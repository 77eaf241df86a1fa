//! A guided questionnaire (bảng hỏi) for citizens and trainees who do not
//! know the indicator names: from plain answers about the household's
//! members and home it derives, for each deprivation indicator of the
//! standard (the 12 of Nghị định 07/2021/NĐ-CP, kept for 2026 by Nghị định
//! 351/2025/NĐ-CP; the 13 of the 2027–2030 standard), whether the household
//! is deprived, why, and how sure we are of the rule. Where a threshold of
//! the standard is not known here, the indicator is left undetermined and
//! says which threshold is missing: never a guess.
//!
//! Every threshold is data of the standard ([`QuestionnaireRules`]), with its
//! basis and status, so that it is easy to correct once checked against the
//! original text. Ages are whole years: a member is of working age from
//! the starting age while the first day of their year of age is below the
//! retirement age of the review year, so a man of 61 in 2026 (retirement at
//! 61 years 6 months) is of working age, a woman of 58 (57 years) is not.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use vn_format::{Date, format_decimal, format_integer};

use crate::household::MAX_MEMBERS;
use crate::local::LocalError;
use crate::questionnaire_rules::{Knob, QuestionnaireRules, Sex};
use crate::standard::Standard;
use lang::Text;
use lang::{Lang, msg};
use lang::{LegalBasis, Status};

/// The 12 indicators of Nghị định 07/2021/NĐ-CP (2022–2025, kept for 2026),
/// in the order of the data file.
pub const ND07_INDICATOR_IDS: [&str; 12] = [
    "viec-lam",
    "nguoi-phu-thuoc",
    "dinh-duong",
    "bao-hiem-y-te",
    "giao-duc-nguoi-lon",
    "di-hoc-tre-em",
    "chat-luong-nha-o",
    "dien-tich-nha-o",
    "nguon-nuoc",
    "nha-tieu",
    "vien-thong",
    "tiep-can-thong-tin",
];

/// Every indicator the questions can settle, in the order of [`derive()`]'s
/// result: the 12 of Nghị định 07/2021/NĐ-CP, then the three the 2027–2030
/// standard brings (waste, internet access, digital services).
pub const QUESTIONNAIRE_INDICATOR_IDS: [&str; 15] = {
    let new_in_2027 = ["rac-thai", "internet", "dich-vu-so"];
    let mut all = [""; 15];
    let mut i = 0;
    while i < all.len() {
        all[i] = if i < 12 {
            ND07_INDICATOR_IDS[i]
        } else {
            new_in_2027[i - 12]
        };
        i += 1;
    }
    all
};

/// Above this, a floor area is a typing mistake, not a home (10.000 m²).
pub const MAX_FLOOR_AREA_M2: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// Above this, an age is a typing mistake.
pub const MAX_AGE: u32 = 120;

/// Tình trạng việc làm of one member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Work {
    /// Làm công ăn lương có hợp đồng lao động.
    WageWithContract,
    /// Làm công ăn lương không có hợp đồng lao động.
    WageWithoutContract,
    /// Tự làm: làm nông, buôn bán, kinh doanh của mình.
    OwnAccount,
    /// Có khả năng lao động và có nhu cầu làm việc nhưng không có việc làm.
    Unemployed,
    /// Không có khả năng lao động hoặc không có nhu cầu làm việc: đi học,
    /// nội trợ, nghỉ hưu, ốm đau…
    #[default]
    NotWorking,
}

impl Work {
    /// Every answer, in the questionnaire's order.
    pub const ALL: [Work; 5] = [
        Work::WageWithContract,
        Work::WageWithoutContract,
        Work::OwnAccount,
        Work::Unemployed,
        Work::NotWorking,
    ];
}

/// The highest level of education a member has finished (bằng cấp cao nhất).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schooling {
    /// Chưa tốt nghiệp cấp học nào.
    #[default]
    None,
    /// Tiểu học.
    Primary,
    /// Trung học cơ sở.
    LowerSecondary,
    /// Trung học phổ thông.
    UpperSecondary,
    /// Giáo dục nghề nghiệp.
    Vocational,
    /// Cao đẳng, đại học trở lên.
    Higher,
}

impl Schooling {
    /// Every answer, in the questionnaire's order.
    pub const ALL: [Schooling; 6] = [
        Schooling::None,
        Schooling::Primary,
        Schooling::LowerSecondary,
        Schooling::UpperSecondary,
        Schooling::Vocational,
        Schooling::Higher,
    ];

    /// Tốt nghiệp trung học cơ sở or anything above it.
    fn has_lower_secondary(self) -> bool {
        !matches!(self, Schooling::None | Schooling::Primary)
    }

    /// Tốt nghiệp trung học phổ thông or giáo dục nghề nghiệp, or higher.
    fn has_upper_secondary_or_vocational(self) -> bool {
        matches!(
            self,
            Schooling::UpperSecondary | Schooling::Vocational | Schooling::Higher
        )
    }
}

/// One member of the household (thành viên hộ). An answer missing from a
/// saved form takes its default (no, none, not working, sex unknown), so
/// forms saved before a question was added still read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Member {
    /// Tuổi, in whole years.
    pub age: u32,
    /// Giới tính; `None` when not answered: working age is then judged with
    /// the women's (lower) retirement age, and the result says so.
    pub sex: Option<Sex>,
    /// Đang đi học: currently in school or training.
    pub studying: bool,
    /// For a child aged 3 to under 16 who is studying: học đúng bậc, cấp học
    /// phù hợp với độ tuổi.
    pub school_level_right_for_age: bool,
    /// Bằng cấp cao nhất đã tốt nghiệp.
    pub finished: Schooling,
    /// Có thẻ bảo hiểm y tế.
    pub health_insurance: bool,
    pub work: Work,
    /// Người cao tuổi hoặc người khuyết tật đang hưởng trợ cấp xã hội hằng
    /// tháng.
    pub monthly_social_allowance: bool,
    /// Đang làm việc tại doanh nghiệp có đào tạo nghề tại chỗ được chứng nhận.
    pub on_the_job_training: bool,
    /// Child stunted or underweight (thấp còi hoặc nhẹ cân).
    pub malnourished: bool,
}

/// Nguồn nước sinh hoạt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaterSource {
    /// Nước máy.
    Piped,
    /// Giếng khoan.
    DrilledWell,
    /// Giếng đào hoặc khe, mó được bảo vệ.
    ProtectedWellOrSpring,
    /// Nước mưa.
    Rainwater,
    /// Nước đóng chai.
    Bottled,
    /// Sông, suối, ao, hồ, giếng không được bảo vệ…
    Unprotected,
}

impl WaterSource {
    /// Every answer, in the questionnaire's order.
    pub const ALL: [WaterSource; 6] = [
        WaterSource::Piped,
        WaterSource::DrilledWell,
        WaterSource::ProtectedWellOrSpring,
        WaterSource::Rainwater,
        WaterSource::Bottled,
        WaterSource::Unprotected,
    ];
}

/// Loại nhà tiêu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Latrine {
    /// Tự hoại.
    Septic,
    /// Bán tự hoại.
    SemiSeptic,
    /// Dội nước.
    PourFlush,
    /// Hố xí không có sàn, không có nhà tiêu…
    Other,
}

impl Latrine {
    /// Every answer, in the questionnaire's order.
    pub const ALL: [Latrine; 4] = [Latrine::Septic, Latrine::SemiSeptic, Latrine::PourFlush, Latrine::Other];
}

/// The household's home and what it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Home {
    /// Có nhà ở.
    pub has_home: bool,
    /// Tường làm bằng vật liệu bền chắc.
    pub durable_walls: bool,
    /// Cột (khung) làm bằng vật liệu bền chắc.
    pub durable_columns: bool,
    /// Mái làm bằng vật liệu bền chắc.
    pub durable_roof: bool,
    /// Tổng diện tích nhà ở, m². Checked even without a home: a negative or
    /// huge number is a typing mistake wherever it is.
    pub floor_area_m2: Decimal,
    pub water: WaterSource,
    pub latrine: Latrine,
    /// Có thành viên sử dụng dịch vụ internet.
    pub internet_user: bool,
    /// Có tivi, radio, máy tính hoặc điện thoại.
    pub information_device: bool,
    /// Nghe được loa truyền thanh của thôn, xã.
    pub hears_loudspeaker: bool,
    /// Rác thải sinh hoạt được thu gom, xử lý đúng cách (2027–2030).
    #[serde(default)]
    pub waste_handled: bool,
    /// Hộ tiếp cận được internet (2027–2030).
    #[serde(default)]
    pub internet_access: bool,
    /// Có thành viên sử dụng dịch vụ số (2027–2030).
    #[serde(default)]
    pub digital_services_user: bool,
}

/// All the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub members: Vec<Member>,
    pub home: Home,
}

/// What the answers say about one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    /// One of [`QUESTIONNAIRE_INDICATOR_IDS`].
    pub indicator_id: &'static str,
    /// `None`: a threshold it needs is not known for this standard, so the
    /// answers cannot settle it ([`Derivation::missing`] says which).
    pub verdict: Option<bool>,
    /// Which rule was applied and why, naming the member concerned.
    pub reason: Text,
    /// How sure we are of the rules applied: the least sure of them.
    pub status: Status,
    /// What was assumed for an answer not given.
    pub assumption: Option<Text>,
    /// The thresholds not known that left it undetermined.
    pub missing: Vec<Knob>,
}

impl Derivation {
    /// Deprived, as far as the answers settle it.
    pub fn deprived(&self) -> bool {
        self.verdict == Some(true)
    }
}

/// Answers that cannot describe a real household.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionnaireError {
    /// The standard has no questionnaire rules (its thresholds are not
    /// known well enough to ask).
    NoQuestionnaire,
    /// A local standard's threshold out of its range, or an age range that
    /// ends before it starts (its own threshold against its base's).
    Threshold(LocalError),
    /// The data gives no retirement age for the review's year.
    NoRetirementAge {
        year: i32,
    },
    NoMembers,
    TooManyMembers,
    /// An age over [`MAX_AGE`]; `member` is counted from 1.
    AgeTooHigh {
        member: usize,
    },
    NegativeArea,
    AreaTooLarge,
}

impl QuestionnaireError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            QuestionnaireError::NoQuestionnaire => msg!(
                lang,
                "Chuẩn nghèo này chưa có bảng hỏi: hãy đánh dấu trực tiếp các chỉ số thiếu hụt.",
                "This standard has no questionnaire: tick the deprivations directly."
            ),
            QuestionnaireError::Threshold(problem) => problem.message(lang),
            QuestionnaireError::NoRetirementAge { year } => msg!(
                lang,
                "Chưa có dữ liệu tuổi nghỉ hưu cho năm {year}, nên chưa xét được độ tuổi lao động.",
                "No retirement age is known for {year}, so working age cannot be judged."
            ),
            QuestionnaireError::NoMembers => msg!(
                lang,
                "Hộ phải có ít nhất 1 thành viên.",
                "A household has at least 1 member."
            ),
            QuestionnaireError::TooManyMembers => msg!(
                lang,
                "Số thành viên tối đa là {MAX_MEMBERS}. Hãy kiểm tra lại.",
                "At most {MAX_MEMBERS} members. Please check it."
            ),
            QuestionnaireError::AgeTooHigh { member } => msg!(
                lang,
                "Tuổi của thành viên thứ {member} lớn hơn {MAX_AGE}. Hãy kiểm tra lại.",
                "Member {member} is older than {MAX_AGE}. Please check the age."
            ),
            QuestionnaireError::NegativeArea => msg!(
                lang,
                "Diện tích nhà ở không thể là số âm.",
                "Floor area cannot be negative."
            ),
            QuestionnaireError::AreaTooLarge => msg!(
                lang,
                "Diện tích nhà ở trên {} m²: có lẽ đã gõ thừa chữ số. Hãy kiểm tra lại.",
                "A floor area above {} m² is probably a typing mistake. Please check it.",
                format_integer(MAX_FLOOR_AREA_M2)
            ),
        }
    }
}

impl std::fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for QuestionnaireError {}

/// For each indicator of [`QUESTIONNAIRE_INDICATOR_IDS`] that the standard
/// has (a local standard may have left some out), in that order, whether
/// the household is deprived and why; or why the answers cannot be used.
/// `on` is the date of the review: the retirement age depends on its year.
pub fn derive(standard: &Standard, q: &Questionnaire, on: Date) -> Result<Vec<Derivation>, QuestionnaireError> {
    let rules = standard
        .questionnaire_rules()
        .ok_or(QuestionnaireError::NoQuestionnaire)?;
    let rules = &rules;
    if let Some(problem) = rules.problems().into_iter().next() {
        return Err(QuestionnaireError::Threshold(problem));
    }
    check(q)?;
    let working_age = WorkingAge::in_year(rules, on.year)?;
    let ask = Ask { standard, rules };
    let members = &q.members;
    let home = &q.home;
    let all = [
        ask.employment(members, &working_age),
        ask.dependants(members),
        ask.nutrition(members),
        ask.health_insurance(members),
        ask.adult_education(members),
        ask.child_schooling(members),
        ask.housing_quality(home),
        ask.floor_area(home, members.len()),
        ask.water(home.water),
        ask.latrine(home.latrine),
        ask.telecom(home.internet_user),
        ask.information(home),
        ask.waste(home.waste_handled),
        ask.internet(home.internet_access),
        ask.digital_services(home.digital_services_user),
    ];
    Ok(all
        .into_iter()
        .filter(|d| standard.indicator(d.indicator_id).is_some())
        .collect())
}

/// The ids of the indicators the household is deprived in, as
/// [`crate::Household::deprived`] takes them.
pub fn deprived_ids(derivations: &[Derivation]) -> Vec<String> {
    derivations
        .iter()
        .filter(|d| d.deprived())
        .map(|d| d.indicator_id.to_owned())
        .collect()
}

/// The ticks once the answers are applied: what they find deprived, and
/// of the ticks `before`, those on indicators they leave open (a tick made
/// by hand from the text is kept).
pub fn ticks_after(derivations: &[Derivation], before: &[String]) -> Vec<String> {
    let open = |id: &String| {
        derivations
            .iter()
            .any(|d| d.verdict.is_none() && d.indicator_id == id.as_str())
    };
    let mut ticks = deprived_ids(derivations);
    ticks.extend(before.iter().filter(|id| open(id)).cloned());
    ticks
}

fn check(q: &Questionnaire) -> Result<(), QuestionnaireError> {
    if q.members.is_empty() {
        return Err(QuestionnaireError::NoMembers);
    }
    if q.members.len() > MAX_MEMBERS as usize {
        return Err(QuestionnaireError::TooManyMembers);
    }
    if let Some(i) = q.members.iter().position(|m| m.age > MAX_AGE) {
        return Err(QuestionnaireError::AgeTooHigh { member: i + 1 });
    }
    let area = q.home.floor_area_m2;
    if area.is_sign_negative() && !area.is_zero() {
        return Err(QuestionnaireError::NegativeArea);
    }
    if area > MAX_FLOOR_AREA_M2 {
        return Err(QuestionnaireError::AreaTooLarge);
    }
    Ok(())
}

/// Độ tuổi lao động in the review's year.
struct WorkingAge {
    year: i32,
    from: u32,
    /// Retirement ages in months.
    men: u32,
    women: u32,
}

impl WorkingAge {
    fn in_year(rules: &QuestionnaireRules, year: i32) -> Result<WorkingAge, QuestionnaireError> {
        let age = |sex| {
            rules
                .retirement
                .in_year(sex, year)
                .ok_or(QuestionnaireError::NoRetirementAge { year })
        };
        Ok(WorkingAge {
            year,
            from: rules.working_age_from.value,
            men: age(Sex::Male)?,
            women: age(Sex::Female)?,
        })
    }

    /// An unknown sex takes the women's age, the lower one.
    fn includes(&self, m: &Member) -> bool {
        let retirement = match m.sex {
            Some(Sex::Male) => self.men,
            Some(Sex::Female) | None => self.women,
        };
        m.age >= self.from && m.age.saturating_mul(12) < retirement
    }

    /// `từ 15 tuổi đến trước tuổi nghỉ hưu năm 2026: nam 61 tuổi 6 tháng, nữ 57 tuổi`.
    fn describe(&self) -> Text {
        let (men, women) = (age_in_months(self.men), age_in_months(self.women));
        Text {
            vi: format!(
                "từ {} tuổi đến trước tuổi nghỉ hưu năm {}: nam {}, nữ {}",
                self.from, self.year, men.vi, women.vi
            ),
            en: format!(
                "from {} up to the retirement age of {}: {} for men, {} for women",
                self.from, self.year, men.en, women.en
            ),
        }
    }
}

/// `61 tuổi 6 tháng` / `61 years 6 months`; `57 tuổi` / `57 years`.
fn age_in_months(months: u32) -> Text {
    let (years, rest) = (months / 12, months % 12);
    if rest == 0 {
        Text {
            vi: format!("{years} tuổi"),
            en: format!("{years} years"),
        }
    } else {
        Text {
            vi: format!("{years} tuổi {rest} tháng"),
            en: format!("{years} years {rest} months"),
        }
    }
}

fn result(indicator_id: &'static str, deprived: bool, vi: String, en: String, status: Status) -> Derivation {
    Derivation {
        indicator_id,
        verdict: Some(deprived),
        reason: Text { vi, en },
        status,
        assumption: None,
        missing: Vec::new(),
    }
}

/// An indicator the answers cannot settle: the thresholds it needs are
/// not known for this standard.
fn undetermined(indicator_id: &'static str, missing: Vec<Knob>, status: Status) -> Derivation {
    let names = |lang: fn(&Text) -> &str| missing.iter().map(|k| lang(&k.name()).to_owned()).collect::<Vec<_>>();
    let (vi, en) = (names(|t| &t.vi).join("», «"), names(|t| &t.en).join("”, “"));
    Derivation {
        indicator_id,
        verdict: None,
        reason: Text {
            vi: format!(
                "Chưa biết ngưỡng «{vi}» của chuẩn này (văn bản chính thức chưa đối chiếu), nên câu trả lời chưa cho biết hộ có thiếu hụt chỉ số này hay không. Hãy tự đánh dấu theo văn bản, hoặc đặt ngưỡng trong một chuẩn địa phương."
            ),
            en: format!(
                "The threshold “{en}” of this standard is not known (its official text not yet checked), so the answers cannot tell whether the household is deprived in this indicator. Tick it yourself by the text, or set the threshold in a local standard."
            ),
        },
        status,
        assumption: None,
        missing,
    }
}

/// The first member (counted from 1) for whom `concerned` gives a sentence,
/// that sentence, and how many other members are concerned too.
fn first_concerned<F>(members: &[Member], concerned: F) -> Option<(Text, usize)>
where
    F: Fn(usize, &Member) -> Option<Text>,
{
    let mut found = members.iter().enumerate().filter_map(|(i, m)| concerned(i + 1, m));
    let first = found.next()?;
    Some((first, found.count()))
}

/// `Thành viên thứ 2 (34 tuổi)` / `Member 2 (aged 34)`.
fn who(number: usize, m: &Member) -> (String, String) {
    (
        format!("Thành viên thứ {number} ({} tuổi)", m.age),
        format!("Member {number} (aged {})", m.age),
    )
}

/// The sentence about the first member concerned, then how many others are.
fn deprived_because(id: &'static str, (first, others): (Text, usize), status: Status) -> Derivation {
    let (vi, en) = match others {
        0 => (first.vi, first.en),
        1 => (
            format!("{} Còn 1 thành viên khác cũng vậy.", first.vi),
            format!("{} The same goes for 1 other member.", first.en),
        ),
        n => (
            format!("{} Còn {n} thành viên khác cũng vậy.", first.vi),
            format!("{} The same goes for {n} other members.", first.en),
        ),
    };
    result(id, true, vi, en, status)
}

/// The standard and its questionnaire rules, which every answer is read by.
struct Ask<'a> {
    standard: &'a Standard,
    rules: &'a QuestionnaireRules,
}

impl Ask<'_> {
    /// The `knobs` in whole years, or those not known.
    fn years<const N: usize>(&self, knobs: [Knob; N]) -> Result<[u32; N], Vec<Knob>> {
        let values = knobs.map(|k| k.years(self.rules));
        let missing: Vec<Knob> = knobs
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| *k)
            .collect();
        if missing.is_empty() {
            Ok(values.map(Option::unwrap_or_default))
        } else {
            Err(missing)
        }
    }

    /// The status of a result: the indicator's own basis and the rules used.
    fn status(&self, id: &str, rules: &[&LegalBasis]) -> Status {
        let indicator = self
            .standard
            .indicator(id)
            .map_or(Status::Unverified, |i| i.basis.status);
        rules.iter().map(|b| b.status).fold(indicator, Status::min)
    }

    fn employment(&self, members: &[Member], working_age: &WorkingAge) -> Derivation {
        const ID: &str = "viec-lam";
        let r = self.rules;
        let status = self.status(
            ID,
            &[
                &r.working_age_from.basis,
                &r.retirement.basis,
                &r.retirement.schedule_basis,
                &r.employment_without_contract,
            ],
        );
        let band = working_age.describe();
        let found = first_concerned(members, |n, m| {
            if !working_age.includes(m) {
                return None;
            }
            let (vi, en) = who(n, m);
            match m.work {
                Work::Unemployed => Some(Text {
                    vi: format!("{vi} có khả năng lao động và có nhu cầu làm việc nhưng không có việc làm."),
                    en: format!("{en} is able and willing to work but has no job."),
                }),
                Work::WageWithoutContract => Some(Text {
                    vi: format!("{vi} làm công ăn lương mà không có hợp đồng lao động."),
                    en: format!("{en} works for a wage without a labour contract."),
                }),
                Work::WageWithContract | Work::OwnAccount | Work::NotWorking => None,
            }
        });
        let mut derivation = match found {
            Some(found) => deprived_because(ID, found, status),
            None if members.iter().any(|m| working_age.includes(m)) => result(
                ID,
                false,
                format!(
                    "Mọi thành viên trong độ tuổi lao động ({}) đều làm công ăn lương có hợp đồng lao động, tự làm, hoặc không có khả năng hay nhu cầu làm việc.",
                    band.vi
                ),
                format!(
                    "Every member of working age ({}) works for a wage with a labour contract, works on their own account, or is not able or willing to work.",
                    band.en
                ),
                status,
            ),
            None => result(
                ID,
                false,
                format!("Hộ không có thành viên nào trong độ tuổi lao động ({}).", band.vi),
                format!("No member is of working age ({}).", band.en),
                status,
            ),
        };
        let unknown: Vec<String> = members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.sex.is_none() && m.age >= working_age.from)
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        if !unknown.is_empty() {
            let women = age_in_months(working_age.women);
            let list = unknown.join(", ");
            derivation.assumption = Some(Text {
                vi: format!(
                    "Chưa biết giới tính của thành viên thứ {list}: độ tuổi lao động được xét theo tuổi nghỉ hưu của nữ ({}), là mức thấp hơn.",
                    women.vi
                ),
                en: format!(
                    "The sex of member {list} is not given: working age is judged with the women's retirement age ({}), the lower one.",
                    women.en
                ),
            });
        }
        derivation
    }

    fn dependants(&self, members: &[Member]) -> Derivation {
        const ID: &str = "nguoi-phu-thuoc";
        let r = self.rules;
        let status = self.status(ID, &[&r.dependant_under.basis, &r.dependant_with_allowance]);
        let [under] = match self.years([Knob::DependantUnder]) {
            Ok(v) => v,
            Err(missing) => return undetermined(ID, missing, status),
        };
        let total = members.len();
        let count = members
            .iter()
            .filter(|m| m.age < under || m.monthly_social_allowance)
            .count();
        let deprived = 2 * count > total;
        let (vi_verdict, en_verdict) = if deprived {
            ("hơn một nửa", "more than half")
        } else {
            ("không quá một nửa", "not more than half")
        };
        let en_members = if total == 1 { "member" } else { "members" };
        let en_are = if count == 1 { "is a dependant" } else { "are dependants" };
        result(
            ID,
            deprived,
            format!(
                "{count} trong {total} thành viên là người phụ thuộc (trẻ em dưới {under} tuổi, hoặc người cao tuổi hay người khuyết tật đang hưởng trợ cấp xã hội hằng tháng): {vi_verdict}."
            ),
            format!(
                "{count} of {total} {en_members} {en_are} (children under {under}, or elderly or disabled people receiving a monthly social allowance): {en_verdict}."
            ),
            status,
        )
    }

    fn nutrition(&self, members: &[Member]) -> Derivation {
        const ID: &str = "dinh-duong";
        let status = self.status(ID, &[&self.rules.nutrition_under.basis]);
        let [under] = match self.years([Knob::NutritionUnder]) {
            Ok(v) => v,
            Err(missing) => return undetermined(ID, missing, status),
        };
        let found = first_concerned(members, |n, m| {
            (m.age < under && m.malnourished).then(|| {
                let (vi, en) = who(n, m);
                Text {
                    vi: format!("{vi} bị suy dinh dưỡng (thấp còi hoặc nhẹ cân)."),
                    en: format!("{en} is malnourished (stunted or underweight)."),
                }
            })
        });
        match found {
            Some(found) => deprived_because(ID, found, status),
            None if members.iter().any(|m| m.age < under) => result(
                ID,
                false,
                format!("Không có trẻ em dưới {under} tuổi nào bị suy dinh dưỡng."),
                format!("No child under {under} is malnourished."),
                status,
            ),
            None => result(
                ID,
                false,
                format!("Hộ không có trẻ em dưới {under} tuổi."),
                format!("No member is under {under}."),
                status,
            ),
        }
    }

    fn health_insurance(&self, members: &[Member]) -> Derivation {
        const ID: &str = "bao-hiem-y-te";
        let status = self.status(ID, &[&self.rules.insurance_from.basis]);
        let [from] = match self.years([Knob::InsuranceFrom]) {
            Ok(v) => v,
            Err(missing) => return undetermined(ID, missing, status),
        };
        let found = first_concerned(members, |n, m| {
            (m.age >= from && !m.health_insurance).then(|| {
                let (vi, en) = who(n, m);
                Text {
                    vi: format!("{vi} không có bảo hiểm y tế."),
                    en: format!("{en} has no health insurance."),
                }
            })
        });
        match found {
            Some(found) => deprived_because(ID, found, status),
            None if members.iter().any(|m| m.age >= from) => result(
                ID,
                false,
                format!("Mọi thành viên từ {from} tuổi trở lên đều có bảo hiểm y tế."),
                format!("Every member aged {from} or over has health insurance."),
                status,
            ),
            None => result(
                ID,
                false,
                format!("Hộ không có thành viên nào từ {from} tuổi trở lên."),
                format!("No member is aged {from} or over."),
                status,
            ),
        }
    }

    fn adult_education(&self, members: &[Member]) -> Derivation {
        const ID: &str = "giao-duc-nguoi-lon";
        let r = self.rules;
        let mut used = vec![
            &r.adult_education_from.basis,
            &r.adult_education_to.basis,
            &r.upper_secondary_from.basis,
        ];
        let knobs = [
            Knob::AdultEducationFrom,
            Knob::AdultEducationTo,
            Knob::UpperSecondaryFrom,
        ];
        let [from, last, upper_from] = match self.years(knobs) {
            Ok(v) => v,
            Err(missing) => return undetermined(ID, missing, self.status(ID, &used)),
        };
        let concerned = |m: &Member| (from..=last).contains(&m.age);
        let lacks = |m: &Member| {
            concerned(m)
                && !m.studying
                && if m.age < upper_from {
                    !m.finished.has_lower_secondary()
                } else {
                    !m.finished.has_upper_secondary_or_vocational()
                }
        };
        let spared = members.iter().any(|m| lacks(m) && m.on_the_job_training);
        if spared {
            used.push(&r.on_the_job_training);
        }
        let status = self.status(ID, &used);
        let found = first_concerned(members, |n, m| {
            if !lacks(m) || m.on_the_job_training {
                return None;
            }
            let (vi, en) = who(n, m);
            Some(if m.age < upper_from {
                Text {
                    vi: format!("{vi} không đi học và chưa tốt nghiệp trung học cơ sở."),
                    en: format!("{en} is not studying and has not finished lower secondary school."),
                }
            } else {
                Text {
                    vi: format!("{vi} không đi học và chưa tốt nghiệp trung học phổ thông hay giáo dục nghề nghiệp."),
                    en: format!(
                        "{en} is not studying and has finished neither upper secondary school nor vocational training."
                    ),
                }
            })
        });
        if let Some(found) = found {
            return deprived_because(ID, found, status);
        }
        if let Some((i, m)) = members
            .iter()
            .enumerate()
            .find(|(_, m)| lacks(m) && m.on_the_job_training)
        {
            let (vi, en) = who(i + 1, m);
            return result(
                ID,
                false,
                format!(
                    "{vi} chưa có bằng cấp phù hợp với tuổi nhưng đang làm việc tại doanh nghiệp có đào tạo nghề tại chỗ được chứng nhận, nên không tính là thiếu hụt; các thành viên khác từ {from} đến {last} tuổi đều đang đi học hoặc đã có bằng cấp phù hợp."
                ),
                format!(
                    "{en} lacks the qualification for their age but works at an enterprise with certified on-the-job vocational training, so is not counted as deprived; every other member aged {from} to {last} is studying or qualified."
                ),
                status,
            );
        }
        if members.iter().any(concerned) {
            result(
                ID,
                false,
                format!(
                    "Mọi thành viên từ {from} đến {last} tuổi đều đang đi học hoặc đã có bằng cấp phù hợp với tuổi."
                ),
                format!("Every member aged {from} to {last} is studying or has the qualification for their age."),
                status,
            )
        } else {
            result(
                ID,
                false,
                format!("Hộ không có thành viên nào từ {from} đến {last} tuổi."),
                format!("No member is aged {from} to {last}."),
                status,
            )
        }
    }

    fn child_schooling(&self, members: &[Member]) -> Derivation {
        const ID: &str = "di-hoc-tre-em";
        let r = self.rules;
        let status = self.status(ID, &[&r.school_from.basis, &r.school_under.basis]);
        let [from, to] = match self.years([Knob::SchoolFrom, Knob::SchoolUnder]) {
            Ok(v) => v,
            Err(missing) => return undetermined(ID, missing, status),
        };
        let concerned = |m: &Member| (from..to).contains(&m.age);
        let found = first_concerned(members, |n, m| {
            if !concerned(m) {
                return None;
            }
            let (vi, en) = who(n, m);
            if !m.studying {
                Some(Text {
                    vi: format!("{vi} không đi học."),
                    en: format!("{en} is not in school."),
                })
            } else if !m.school_level_right_for_age {
                Some(Text {
                    vi: format!("{vi} đi học nhưng không đúng bậc, cấp học phù hợp với độ tuổi."),
                    en: format!("{en} is in school but not at the level right for their age."),
                })
            } else {
                None
            }
        });
        match found {
            Some(found) => deprived_because(ID, found, status),
            None if members.iter().any(concerned) => result(
                ID,
                false,
                format!("Mọi trẻ em từ {from} đến dưới {to} tuổi đều đi học đúng bậc, cấp học phù hợp với độ tuổi."),
                format!("Every child aged {from} to under {to} is in school at the level right for their age."),
                status,
            ),
            None => result(
                ID,
                false,
                format!("Hộ không có trẻ em từ {from} đến dưới {to} tuổi."),
                format!("No member is aged {from} to under {to}."),
                status,
            ),
        }
    }

    fn housing_quality(&self, home: &Home) -> Derivation {
        const ID: &str = "chat-luong-nha-o";
        let status = self.status(ID, &[&self.rules.non_durable_parts.basis]);
        let [needed] = match self.years([Knob::NonDurableParts]) {
            Ok(v) => v,
            Err(missing) => return undetermined(ID, missing, status),
        };
        if !home.has_home {
            return result(
                ID,
                true,
                "Hộ không có nhà ở.".into(),
                "The household has no home.".into(),
                status,
            );
        }
        let parts = [
            (home.durable_walls, "tường", "walls"),
            (home.durable_columns, "cột", "columns"),
            (home.durable_roof, "mái", "roof"),
        ];
        let weak: Vec<_> = parts.iter().filter(|(durable, _, _)| !durable).collect();
        let count = weak.len() as u32;
        let vi_list = weak.iter().map(|(_, vi, _)| *vi).collect::<Vec<_>>().join(", ");
        let en_list = weak.iter().map(|(_, _, en)| *en).collect::<Vec<_>>().join(", ");
        let (vi, en) = if count >= needed {
            (
                format!("Nhà có {count} trong 3 kết cấu chính không bền chắc: {vi_list}."),
                format!("{count} of the home's 3 main parts are not durable: {en_list}."),
            )
        } else if count == 0 {
            (
                "Tường, cột và mái nhà đều bền chắc.".to_owned(),
                "The walls, columns and roof are all durable.".to_owned(),
            )
        } else {
            let en_verb = if count == 1 { "is" } else { "are" };
            (
                format!(
                    "Chỉ {count} trong 3 kết cấu chính không bền chắc ({vi_list}); phải từ {needed} trở lên mới là thiếu hụt."
                ),
                format!(
                    "Only {count} of the 3 main parts {en_verb} not durable ({en_list}); it takes {needed} or more."
                ),
            )
        };
        result(ID, count >= needed, vi, en, status)
    }

    fn floor_area(&self, home: &Home, people: usize) -> Derivation {
        const ID: &str = "dien-tich-nha-o";
        let floor = &self.rules.min_floor_area_per_person_m2;
        let status = self.status(ID, &[&floor.basis]);
        let Some(min) = floor.value else {
            return undetermined(ID, vec![Knob::MinFloorArea], status);
        };
        let minimum = square_metres(min);
        if !home.has_home {
            return result(
                ID,
                true,
                "Hộ không có nhà ở, nên được tính là thiếu hụt diện tích nhà ở.".into(),
                "The household has no home, so it counts as lacking floor area.".into(),
                status,
            );
        }
        let people_count = Decimal::from(people);
        let area = home.floor_area_m2;
        // Compared without dividing, so that no rounding can move the verdict.
        let deprived = area < min * people_count;
        let per_person = square_metres(area / people_count);
        let total = square_metres(area);
        let en_people = if people == 1 { "person" } else { "people" };
        let (vi_verdict, en_verdict) = if deprived {
            ("dưới", "under")
        } else {
            ("không dưới", "not under")
        };
        result(
            ID,
            deprived,
            format!(
                "Diện tích nhà ở {total} m² cho {people} người: bình quân {per_person} m²/người, {vi_verdict} {minimum} m²."
            ),
            format!(
                "{total} m² of floor area for {people} {en_people}: {per_person} m² per person, {en_verdict} {minimum} m²."
            ),
            status,
        )
    }

    fn water(&self, source: WaterSource) -> Derivation {
        const ID: &str = "nguon-nuoc";
        let status = self.status(ID, &[]);
        let (vi, en) = match source {
            WaterSource::Piped => ("nước máy", "piped water"),
            WaterSource::DrilledWell => ("giếng khoan", "a drilled well"),
            WaterSource::ProtectedWellOrSpring => {
                ("giếng đào hoặc khe, mó được bảo vệ", "a protected dug well or spring")
            }
            WaterSource::Rainwater => ("nước mưa", "rainwater"),
            WaterSource::Bottled => ("nước đóng chai", "bottled water"),
            WaterSource::Unprotected => {
                return result(
                    ID,
                    true,
                    "Hộ dùng nước từ nguồn không được bảo vệ (sông, suối, ao, hồ, giếng không được bảo vệ…), không phải nước sạch."
                        .into(),
                    "The household uses water from an unprotected source (river, stream, pond, unprotected well…), not clean water."
                        .into(),
                    status,
                );
            }
        };
        result(
            ID,
            false,
            format!("Hộ dùng {vi}, là nguồn nước sạch."),
            format!("The household uses {en}, a clean water source."),
            status,
        )
    }

    fn latrine(&self, latrine: Latrine) -> Derivation {
        const ID: &str = "nha-tieu";
        let status = self.status(ID, &[]);
        let (vi, en) = match latrine {
            Latrine::Septic => ("nhà tiêu tự hoại", "a septic latrine"),
            Latrine::SemiSeptic => ("nhà tiêu bán tự hoại", "a semi-septic latrine"),
            Latrine::PourFlush => ("nhà tiêu dội nước", "a pour-flush latrine"),
            Latrine::Other => {
                return result(
                    ID,
                    true,
                    "Hộ không dùng nhà tiêu hợp vệ sinh (tự hoại, bán tự hoại, dội nước).".into(),
                    "The household does not use a hygienic latrine (septic, semi-septic, pour-flush).".into(),
                    status,
                );
            }
        };
        result(
            ID,
            false,
            format!("Hộ dùng {vi}, là nhà tiêu hợp vệ sinh."),
            format!("The household uses {en}, which is hygienic."),
            status,
        )
    }

    fn telecom(&self, internet_user: bool) -> Derivation {
        const ID: &str = "vien-thong";
        let (vi, en) = if internet_user {
            (
                "Có thành viên trong hộ sử dụng dịch vụ internet.",
                "At least one member uses internet services.",
            )
        } else {
            (
                "Không có thành viên nào trong hộ sử dụng dịch vụ internet.",
                "No member uses internet services.",
            )
        };
        result(ID, !internet_user, vi.into(), en.into(), self.status(ID, &[]))
    }

    fn information(&self, home: &Home) -> Derivation {
        const ID: &str = "tiep-can-thong-tin";
        let (vi, en) = match (home.information_device, home.hears_loudspeaker) {
            (true, _) => (
                "Hộ có tivi, radio, máy tính hoặc điện thoại.",
                "The household has a TV, radio, computer or phone.",
            ),
            (false, true) => (
                "Hộ không có tivi, radio, máy tính hay điện thoại, nhưng nghe được loa truyền thanh của thôn, xã.",
                "The household has no TV, radio, computer or phone, but can hear the village loudspeaker.",
            ),
            (false, false) => (
                "Hộ không có tivi, radio, máy tính hay điện thoại, và không nghe được loa truyền thanh của thôn, xã.",
                "The household has no TV, radio, computer or phone, and cannot hear the village loudspeaker.",
            ),
        };
        let deprived = !home.information_device && !home.hears_loudspeaker;
        result(ID, deprived, vi.into(), en.into(), self.status(ID, &[]))
    }

    /// An indicator new in 2027–2030, whose criteria are not known beyond
    /// its wording: the question asks that wording, and the result says so.
    fn asked_as_worded(&self, id: &'static str, has: bool, yes: (&str, &str), no: (&str, &str)) -> Derivation {
        let (vi, en) = if has { yes } else { no };
        let mut derivation = result(id, !has, vi.into(), en.into(), self.status(id, &[]));
        derivation.assumption = Some(Text::new(
            "tiêu chí cụ thể của chỉ số mới này chưa được đối chiếu với văn bản, nên câu hỏi hỏi đúng tên của chỉ số.",
            "the detailed criteria of this new indicator are not yet checked against the text, so the question asks its wording.",
        ));
        derivation
    }

    fn waste(&self, handled: bool) -> Derivation {
        self.asked_as_worded(
            "rac-thai",
            handled,
            (
                "Rác thải sinh hoạt của hộ được thu gom, xử lý đúng cách.",
                "The household's waste is collected or handled properly.",
            ),
            (
                "Rác thải sinh hoạt của hộ không được thu gom, xử lý đúng cách.",
                "The household's waste is not collected or handled properly.",
            ),
        )
    }

    fn internet(&self, access: bool) -> Derivation {
        self.asked_as_worded(
            "internet",
            access,
            (
                "Hộ tiếp cận được internet.",
                "The household has access to the internet.",
            ),
            (
                "Hộ không tiếp cận được internet.",
                "The household has no access to the internet.",
            ),
        )
    }

    fn digital_services(&self, used: bool) -> Derivation {
        self.asked_as_worded(
            "dich-vu-so",
            used,
            (
                "Có thành viên trong hộ sử dụng dịch vụ số (dịch vụ công trực tuyến, thanh toán điện tử…).",
                "At least one member uses digital services (online public services, electronic payment…).",
            ),
            (
                "Không có thành viên nào trong hộ sử dụng dịch vụ số (dịch vụ công trực tuyến, thanh toán điện tử…).",
                "No member uses digital services (online public services, electronic payment…).",
            ),
        )
    }
}

/// An area in m², cut (not rounded) to 2 decimals so that a printed figure
/// never crosses the threshold its verdict is about: `8`, `7,99`, `8,50`.
fn square_metres(value: Decimal) -> String {
    let cut = value.round_dp_with_strategy(2, RoundingStrategy::ToZero);
    if cut.fract().is_zero() {
        format_integer(cut)
    } else {
        format_decimal(cut, 2)
    }
}
