//! A guided questionnaire (bảng hỏi) for citizens and trainees who do not
//! know the indicator names: from plain answers about the household's
//! members and home it derives, for each of the 12 deprivation indicators of
//! the 2022–2025 standard (Nghị định 07/2021/NĐ-CP, kept for 2026 by Nghị
//! định 351/2025/NĐ-CP), whether the household is deprived, why, and how sure
//! we are of the rule.
//!
//! Every threshold is a constant below, with its basis and status, so that it
//! is easy to correct once checked against the original text.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use vn_format::{format_decimal, format_integer};

use crate::household::MAX_MEMBERS;
use crate::legal::Status;
use crate::text::Text;

/// The 12 indicators of Nghị định 07/2021/NĐ-CP, in the order of the data
/// file and of [`derive()`]'s result.
pub const QUESTIONNAIRE_INDICATOR_IDS: [&str; 12] = [
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

/// Độ tuổi lao động: from the first age up to, but not including, the second
/// (15 to under 60), for the employment indicator.
///
/// Basis: the team's reading of Nghị định 07/2021/NĐ-CP, Phụ lục.
/// Status: **unverified**. The retirement age differs by sex and is rising
/// (Bộ luật Lao động 2019), so the upper bound may not be a single number.
pub const WORKING_AGE: (u32, u32) = (15, 60);

/// Người phụ thuộc: a member under this age counts as a dependant.
///
/// Basis: Nghị định 07/2021/NĐ-CP, Phụ lục (the 2025 draft of Nghị định
/// 351/2025/NĐ-CP says "children under 16"). Status: **unverified**: who
/// counts as a dependant is not checked against the original text. A member
/// aged 15 is thus both of working age and a dependant.
pub const DEPENDANT_UNDER_AGE: u32 = 16;

/// Người phụ thuộc: a member of this age or over counts as a dependant, as
/// does a member who is disabled or receives a social allowance (trợ cấp xã
/// hội) whatever their age.
///
/// Basis: as [`DEPENDANT_UNDER_AGE`]. Status: **unverified**.
pub const DEPENDANT_FROM_AGE: u32 = 60;

/// Dinh dưỡng: a malnourished member under this age (a child) deprives the
/// household. Basis: Nghị định 07/2021/NĐ-CP, Phụ lục. Status: secondary.
pub const NUTRITION_UNDER_AGE: u32 = 16;

/// Bảo hiểm y tế: a member of this age or over without health insurance
/// deprives the household. Basis: Nghị định 07/2021/NĐ-CP, Phụ lục.
/// Status: **unverified** (wording is the team's summary).
pub const INSURANCE_FROM_AGE: u32 = 6;

/// Trình độ giáo dục của người lớn: members from the first age up to, but not
/// including, the second (16 to 30 inclusive).
/// Basis: Nghị định 07/2021/NĐ-CP, Phụ lục. Status: secondary.
pub const ADULT_EDUCATION_AGE: (u32, u32) = (16, 31);

/// From this age an adult needs upper secondary (trung học phổ thông) or
/// vocational education (giáo dục nghề nghiệp); below it, lower secondary
/// (trung học cơ sở) is enough. Basis: Nghị định 07/2021/NĐ-CP, Phụ lục.
/// Status: secondary.
pub const UPPER_SECONDARY_FROM_AGE: u32 = 18;

/// Tình trạng đi học của trẻ em: children from the first age up to, but not
/// including, the second (3 to under 16).
/// Basis: Nghị định 07/2021/NĐ-CP, Phụ lục. Status: secondary.
pub const SCHOOL_AGE: (u32, u32) = (3, 16);

/// Chất lượng nhà ở: a home with at least this many of its 3 main parts
/// (walls, columns, roof) of non-durable material is not durable.
/// Basis: Nghị định 07/2021/NĐ-CP, Phụ lục. Status: secondary.
pub const NON_DURABLE_PARTS_DEPRIVED: u32 = 2;

/// Diện tích nhà ở bình quân đầu người: less than this many m² per person
/// deprives the household (exactly 8 m² does not).
/// Basis: Nghị định 07/2021/NĐ-CP, Phụ lục. Status: secondary.
pub const MIN_FLOOR_AREA_PER_PERSON_M2: Decimal = Decimal::from_parts(8, 0, 0, false, 0);

/// Above this, a floor area is a typing mistake, not a home (10.000 m²).
pub const MAX_FLOOR_AREA_M2: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// Above this, an age is a typing mistake.
pub const MAX_AGE: u32 = 120;

/// Tình trạng việc làm of one member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Work {
    /// Có việc làm ổn định.
    Stable,
    /// Có việc làm nhưng không ổn định.
    Unstable,
    /// Thất nghiệp: able and looking for work, without a job.
    Unemployed,
    /// Không tham gia lao động: student, retired, homemaker, unable to work;
    /// not looking for work.
    #[default]
    NotWorking,
}

impl Work {
    /// Every answer, in the questionnaire's order.
    pub const ALL: [Work; 4] = [Work::Stable, Work::Unstable, Work::Unemployed, Work::NotWorking];
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

/// One member of the household (thành viên hộ).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Member {
    /// Tuổi, in whole years.
    pub age: u32,
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
    /// Người khuyết tật hoặc đang hưởng trợ cấp xã hội.
    pub disabled_or_social_allowance: bool,
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
    pub deprived: bool,
    /// Which rule was applied and why, naming the member concerned.
    pub reason: Text,
    /// How sure we are of the rule applied.
    pub status: Status,
}

/// Answers that cannot describe a real household.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionnaireError {
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
    pub fn message_vi(&self) -> String {
        match self {
            QuestionnaireError::NoMembers => "Hộ phải có ít nhất 1 thành viên.".into(),
            QuestionnaireError::TooManyMembers => {
                format!("Số thành viên tối đa là {MAX_MEMBERS}. Hãy kiểm tra lại.")
            }
            QuestionnaireError::AgeTooHigh { member } => {
                format!("Tuổi của thành viên thứ {member} lớn hơn {MAX_AGE}. Hãy kiểm tra lại.")
            }
            QuestionnaireError::NegativeArea => "Diện tích nhà ở không thể là số âm.".into(),
            QuestionnaireError::AreaTooLarge => format!(
                "Diện tích nhà ở trên {} m²: có lẽ đã gõ thừa chữ số. Hãy kiểm tra lại.",
                format_integer(MAX_FLOOR_AREA_M2)
            ),
        }
    }

    pub fn message_en(&self) -> String {
        match self {
            QuestionnaireError::NoMembers => "A household has at least 1 member.".into(),
            QuestionnaireError::TooManyMembers => {
                format!("At most {MAX_MEMBERS} members. Please check it.")
            }
            QuestionnaireError::AgeTooHigh { member } => {
                format!("Member {member} is older than {MAX_AGE}. Please check the age.")
            }
            QuestionnaireError::NegativeArea => "Floor area cannot be negative.".into(),
            QuestionnaireError::AreaTooLarge => format!(
                "A floor area above {} m² is probably a typing mistake. Please check it.",
                format_integer(MAX_FLOOR_AREA_M2)
            ),
        }
    }
}

impl std::fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_vi())
    }
}

impl std::error::Error for QuestionnaireError {}

/// For each of the 12 indicators, in the order of [`QUESTIONNAIRE_INDICATOR_IDS`], whether
/// the household is deprived and why; or why the answers cannot be used.
pub fn derive(q: &Questionnaire) -> Result<Vec<Derivation>, QuestionnaireError> {
    check(q)?;
    let members = &q.members;
    let home = &q.home;
    Ok(vec![
        employment(members),
        dependants(members),
        nutrition(members),
        health_insurance(members),
        adult_education(members),
        child_schooling(members),
        housing_quality(home),
        floor_area(home, members.len()),
        water(home.water),
        latrine(home.latrine),
        telecom(home.internet_user),
        information(home),
    ])
}

/// The ids of the indicators the household is deprived in, as
/// [`crate::Household::deprived`] takes them.
pub fn deprived_ids(derivations: &[Derivation]) -> Vec<String> {
    derivations
        .iter()
        .filter(|d| d.deprived)
        .map(|d| d.indicator_id.to_owned())
        .collect()
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

fn in_band(age: u32, (from, to): (u32, u32)) -> bool {
    from <= age && age < to
}

fn is_dependant(m: &Member) -> bool {
    m.age < DEPENDANT_UNDER_AGE || m.age >= DEPENDANT_FROM_AGE || m.disabled_or_social_allowance
}

fn result(indicator_id: &'static str, deprived: bool, vi: String, en: String, status: Status) -> Derivation {
    Derivation {
        indicator_id,
        deprived,
        reason: Text { vi, en },
        status,
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

fn employment(members: &[Member]) -> Derivation {
    const ID: &str = "viec-lam";
    let status = Status::Unverified;
    let (from, to) = WORKING_AGE;
    let found = first_concerned(members, |n, m| {
        if !in_band(m.age, WORKING_AGE) {
            return None;
        }
        let (vi, en) = who(n, m);
        match m.work {
            Work::Unstable => Some(Text {
                vi: format!("{vi} không có việc làm ổn định."),
                en: format!("{en} has no stable work."),
            }),
            Work::Unemployed => Some(Text {
                vi: format!("{vi} đang thất nghiệp."),
                en: format!("{en} is unemployed."),
            }),
            Work::Stable | Work::NotWorking => None,
        }
    });
    match found {
        Some(found) => deprived_because(ID, found, status),
        None if members.iter().any(|m| in_band(m.age, WORKING_AGE)) => result(
            ID,
            false,
            format!(
                "Mọi thành viên trong độ tuổi lao động (từ {from} đến dưới {to} tuổi) đều có việc làm ổn định hoặc không tìm việc làm."
            ),
            format!("Every member of working age ({from} to under {to}) has stable work or is not looking for work."),
            status,
        ),
        None => result(
            ID,
            false,
            format!("Hộ không có thành viên nào trong độ tuổi lao động (từ {from} đến dưới {to} tuổi)."),
            format!("No member is of working age ({from} to under {to})."),
            status,
        ),
    }
}

fn dependants(members: &[Member]) -> Derivation {
    // The rule "more than half" is secondary, but who counts as a dependant
    // is unverified, and the result rests on both.
    let status = Status::Unverified;
    let total = members.len();
    let count = members.iter().filter(|m| is_dependant(m)).count();
    let deprived = 2 * count > total;
    let (vi_verdict, en_verdict) = if deprived {
        ("hơn một nửa", "more than half")
    } else {
        ("không quá một nửa", "not more than half")
    };
    let en_members = if total == 1 { "member" } else { "members" };
    let en_are = if count == 1 { "is a dependant" } else { "are dependants" };
    result(
        "nguoi-phu-thuoc",
        deprived,
        format!(
            "{count} trong {total} thành viên là người phụ thuộc (dưới {DEPENDANT_UNDER_AGE} tuổi, từ {DEPENDANT_FROM_AGE} tuổi trở lên, người khuyết tật hoặc người hưởng trợ cấp xã hội): {vi_verdict}."
        ),
        format!(
            "{count} of {total} {en_members} {en_are} (under {DEPENDANT_UNDER_AGE}, {DEPENDANT_FROM_AGE} or over, or disabled or receiving a social allowance): {en_verdict}."
        ),
        status,
    )
}

fn nutrition(members: &[Member]) -> Derivation {
    const ID: &str = "dinh-duong";
    let status = Status::Secondary;
    let found = first_concerned(members, |n, m| {
        (m.age < NUTRITION_UNDER_AGE && m.malnourished).then(|| {
            let (vi, en) = who(n, m);
            Text {
                vi: format!("{vi} bị suy dinh dưỡng (thấp còi hoặc nhẹ cân)."),
                en: format!("{en} is malnourished (stunted or underweight)."),
            }
        })
    });
    match found {
        Some(found) => deprived_because(ID, found, status),
        None if members.iter().any(|m| m.age < NUTRITION_UNDER_AGE) => result(
            ID,
            false,
            format!("Không có trẻ em dưới {NUTRITION_UNDER_AGE} tuổi nào bị suy dinh dưỡng."),
            format!("No child under {NUTRITION_UNDER_AGE} is malnourished."),
            status,
        ),
        None => result(
            ID,
            false,
            format!("Hộ không có trẻ em dưới {NUTRITION_UNDER_AGE} tuổi."),
            format!("No member is under {NUTRITION_UNDER_AGE}."),
            status,
        ),
    }
}

fn health_insurance(members: &[Member]) -> Derivation {
    const ID: &str = "bao-hiem-y-te";
    let status = Status::Unverified;
    let found = first_concerned(members, |n, m| {
        (m.age >= INSURANCE_FROM_AGE && !m.health_insurance).then(|| {
            let (vi, en) = who(n, m);
            Text {
                vi: format!("{vi} không có bảo hiểm y tế."),
                en: format!("{en} has no health insurance."),
            }
        })
    });
    match found {
        Some(found) => deprived_because(ID, found, status),
        None if members.iter().any(|m| m.age >= INSURANCE_FROM_AGE) => result(
            ID,
            false,
            format!("Mọi thành viên từ {INSURANCE_FROM_AGE} tuổi trở lên đều có bảo hiểm y tế."),
            format!("Every member aged {INSURANCE_FROM_AGE} or over has health insurance."),
            status,
        ),
        None => result(
            ID,
            false,
            format!("Hộ không có thành viên nào từ {INSURANCE_FROM_AGE} tuổi trở lên."),
            format!("No member is aged {INSURANCE_FROM_AGE} or over."),
            status,
        ),
    }
}

fn adult_education(members: &[Member]) -> Derivation {
    const ID: &str = "giao-duc-nguoi-lon";
    let status = Status::Secondary;
    let (from, to) = ADULT_EDUCATION_AGE;
    let last = to - 1;
    let found = first_concerned(members, |n, m| {
        if !in_band(m.age, ADULT_EDUCATION_AGE) || m.studying {
            return None;
        }
        let (vi, en) = who(n, m);
        if m.age < UPPER_SECONDARY_FROM_AGE {
            (!m.finished.has_lower_secondary()).then(|| Text {
                vi: format!("{vi} không đi học và chưa tốt nghiệp trung học cơ sở."),
                en: format!("{en} is not studying and has not finished lower secondary school."),
            })
        } else {
            (!m.finished.has_upper_secondary_or_vocational()).then(|| Text {
                vi: format!("{vi} không đi học và chưa tốt nghiệp trung học phổ thông hay giáo dục nghề nghiệp."),
                en: format!(
                    "{en} is not studying and has finished neither upper secondary school nor vocational training."
                ),
            })
        }
    });
    match found {
        Some(found) => deprived_because(ID, found, status),
        None if members.iter().any(|m| in_band(m.age, ADULT_EDUCATION_AGE)) => result(
            ID,
            false,
            format!("Mọi thành viên từ {from} đến {last} tuổi đều đang đi học hoặc đã có bằng cấp phù hợp với tuổi."),
            format!("Every member aged {from} to {last} is studying or has the qualification for their age."),
            status,
        ),
        None => result(
            ID,
            false,
            format!("Hộ không có thành viên nào từ {from} đến {last} tuổi."),
            format!("No member is aged {from} to {last}."),
            status,
        ),
    }
}

fn child_schooling(members: &[Member]) -> Derivation {
    const ID: &str = "di-hoc-tre-em";
    let status = Status::Secondary;
    let (from, to) = SCHOOL_AGE;
    let found = first_concerned(members, |n, m| {
        if !in_band(m.age, SCHOOL_AGE) {
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
        None if members.iter().any(|m| in_band(m.age, SCHOOL_AGE)) => result(
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

fn housing_quality(home: &Home) -> Derivation {
    const ID: &str = "chat-luong-nha-o";
    let status = Status::Secondary;
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
    let (vi, en) = if count >= NON_DURABLE_PARTS_DEPRIVED {
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
                "Chỉ {count} trong 3 kết cấu chính không bền chắc ({vi_list}); phải từ {NON_DURABLE_PARTS_DEPRIVED} trở lên mới là thiếu hụt."
            ),
            format!(
                "Only {count} of the 3 main parts {en_verb} not durable ({en_list}); it takes {NON_DURABLE_PARTS_DEPRIVED} or more."
            ),
        )
    };
    result(ID, count >= NON_DURABLE_PARTS_DEPRIVED, vi, en, status)
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

fn floor_area(home: &Home, people: usize) -> Derivation {
    const ID: &str = "dien-tich-nha-o";
    let status = Status::Secondary;
    let minimum = square_metres(MIN_FLOOR_AREA_PER_PERSON_M2);
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
    let deprived = area < MIN_FLOOR_AREA_PER_PERSON_M2 * people_count;
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

fn water(source: WaterSource) -> Derivation {
    const ID: &str = "nguon-nuoc";
    let status = Status::Secondary;
    let (vi, en) = match source {
        WaterSource::Piped => ("nước máy", "piped water"),
        WaterSource::DrilledWell => ("giếng khoan", "a drilled well"),
        WaterSource::ProtectedWellOrSpring => ("giếng đào hoặc khe, mó được bảo vệ", "a protected dug well or spring"),
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

fn latrine(latrine: Latrine) -> Derivation {
    const ID: &str = "nha-tieu";
    let status = Status::Secondary;
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

fn telecom(internet_user: bool) -> Derivation {
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
    result("vien-thong", !internet_user, vi.into(), en.into(), Status::Unverified)
}

fn information(home: &Home) -> Derivation {
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
    result("tiep-can-thong-tin", deprived, vi.into(), en.into(), Status::Unverified)
}
