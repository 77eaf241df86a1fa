//! The plan as typed: every field is text, kept as the officer wrote it, so
//! nothing typed is lost and the stored form reads back exactly.

/// The header of the document (thể thức): who issues it, its number, place,
/// date and subject.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// Cơ quan chủ quản, e.g. "UBND TỈNH CAO BẰNG"; empty when there is none.
    pub superior_body: String,
    /// Cơ quan ban hành, e.g. "UBND XÃ HÀ QUẢNG".
    pub issuing_body: String,
    /// After "Số: ", e.g. "12/KH-UBND", or "   /KH-UBND" left for the clerk.
    pub number: String,
    /// Địa danh, e.g. "Hà Quảng".
    pub place: String,
    /// dd/mm/yyyy as typed; empty leaves the day blank for signing.
    pub date: String,
    /// Trích yếu, e.g. "Thực hiện Chương trình … năm 2027".
    pub subject: String,
}

/// A prose section: whether the plan has it, and the officer's paragraphs
/// (separated by blank lines).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    pub included: bool,
    pub text: String,
}

/// A section that is a list of lines (legal grounds, recipients).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lines {
    pub included: bool,
    pub lines: Vec<String>,
}

/// One office and what it does (a row of the organisation table).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgRow {
    pub office: String,
    pub tasks: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organisation {
    pub included: bool,
    pub rows: Vec<OrgRow>,
}

/// Thẩm quyền ký: e.g. "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH", or
/// "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"; then the signer's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signature {
    pub included: bool,
    pub authority: String,
    pub title: String,
    pub name: String,
}

/// The whole plan as typed, in the order real plans print it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanForm {
    pub header: Header,
    /// Căn cứ: one ground a line.
    pub legal_grounds: Lines,
    /// Situation; the counts and rates are generated before this text.
    pub situation: Section,
    /// Mục đích, yêu cầu.
    pub purpose: Section,
    /// General objective; the computed targets follow it.
    pub objectives: Section,
    /// Targets per dimension of deprivation (health insurance, housing, …).
    pub dimension_targets: Section,
    /// Policies; each funded project with its money follows.
    pub content: Section,
    /// Text after the generated funding summary.
    pub funding_summary: Section,
    pub solutions: Section,
    pub organisation: Organisation,
    pub signature: Signature,
    /// Nơi nhận: one recipient a line, the last usually "Lưu: VT, …".
    pub recipients: Lines,
    /// Phụ lục: a note printed under each annex table.
    pub target_annex: Section,
    pub funding_annex: Section,
}

/// The parts of a plan that can be printed on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    /// National header, title and subject.
    Header,
    LegalGrounds,
    Situation,
    Purpose,
    Objectives,
    Content,
    FundingSummary,
    Solutions,
    Organisation,
    Signature,
    Recipients,
    TargetAnnex,
    FundingAnnex,
}

impl SectionId {
    /// The printed order.
    pub const ALL: [SectionId; 13] = [
        SectionId::Header,
        SectionId::LegalGrounds,
        SectionId::Situation,
        SectionId::Purpose,
        SectionId::Objectives,
        SectionId::Content,
        SectionId::FundingSummary,
        SectionId::Solutions,
        SectionId::Organisation,
        SectionId::Signature,
        SectionId::Recipients,
        SectionId::TargetAnnex,
        SectionId::FundingAnnex,
    ];
}

impl PlanForm {
    /// Whether the plan has this part; the header is always there.
    /// Objectives count as included when either of their texts is.
    pub fn included(&self, id: SectionId) -> bool {
        match id {
            SectionId::Header => true,
            SectionId::LegalGrounds => self.legal_grounds.included,
            SectionId::Situation => self.situation.included,
            SectionId::Purpose => self.purpose.included,
            SectionId::Objectives => self.objectives.included || self.dimension_targets.included,
            SectionId::Content => self.content.included,
            SectionId::FundingSummary => self.funding_summary.included,
            SectionId::Solutions => self.solutions.included,
            SectionId::Organisation => self.organisation.included,
            SectionId::Signature => self.signature.included,
            SectionId::Recipients => self.recipients.included,
            SectionId::TargetAnnex => self.target_annex.included,
            SectionId::FundingAnnex => self.funding_annex.included,
        }
    }
}
