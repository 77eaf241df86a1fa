//! The plan as typed: every field is text, kept as the officer wrote it, so
//! nothing typed is lost and the stored form reads back exactly.

use crate::dimensions::DimensionRow;
use crate::stated::{LastYearText, TargetsText};
use crate::unit_level::UnitLevel;

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

/// Thẩm quyền ký, up to three lines: e.g. "TM. ỦY BAN NHÂN DÂN" over
/// "CHỦ TỊCH"; "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"; or "TM. ỦY BAN NHÂN
/// DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"; then the signer's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signature {
    pub included: bool,
    /// "TM. ỦY BAN NHÂN DÂN" (or "KT. CHỦ TỊCH" on a two-line block).
    pub authority: String,
    /// "KT. CHỦ TỊCH" between the authority and the title; empty when the
    /// block has two lines.
    pub delegated: String,
    pub title: String,
    pub name: String,
}

/// An office working on a project: the one lead (chủ trì) or a partner
/// (phối hợp).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectOffice {
    pub office: String,
    pub lead: bool,
}

/// An output of a project: "20" "hộ" "được hỗ trợ bò giống"; the quantity
/// as typed, checked to be a number (`check_projects`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    pub quantity: String,
    pub unit: String,
    pub what: String,
}

/// A project's section: what it does, who does it, what it yields; its
/// money comes from the funding part, by its catalogue code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectPlan {
    /// The catalogue's code, e.g. "DA3.TDA1".
    pub code: String,
    /// What it does: the officer's paragraphs.
    pub activities: String,
    pub offices: Vec<ProjectOffice>,
    pub outputs: Vec<Output>,
}

/// One part of the plan's body, in the order the officer sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutlinePart {
    /// A standard part under the title typed; an empty title keeps the
    /// usual one ("MỤC TIÊU").
    Standard { id: SectionId, title: String },
    /// A part of the officer's own: its title and paragraphs.
    Custom {
        included: bool,
        title: String,
        text: String,
    },
}

/// The whole plan as typed, in the order real plans print it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanForm {
    pub header: Header,
    /// The unit's level as the officer chose it; `None` reads it from the
    /// unit's name on the targets page (a commune when it does not say).
    pub level: Option<UnitLevel>,
    /// Căn cứ: one ground a line.
    pub legal_grounds: Lines,
    /// "… ban hành Kế hoạch … như sau:" after the grounds; an empty text
    /// prints the generated clause.
    pub enacting: Section,
    /// The body's parts in printed order, renamed, and parts of the
    /// officer's own; empty for the usual order. A body part missing from
    /// it prints after those listed, in the usual order, so nothing typed
    /// is lost.
    pub outline: Vec<OutlinePart>,
    /// Situation; the counts and rates are generated before this text.
    pub situation: Section,
    /// Mục đích, yêu cầu.
    pub purpose: Section,
    /// General objective; the computed targets follow it.
    pub objectives: Section,
    /// Targets per dimension of deprivation (health insurance, housing, …).
    pub dimension_targets: Section,
    /// The same targets as a table's rows, printed after that text.
    pub dimension_rows: Vec<DimensionRow>,
    /// Policies; each funded project with its money follows.
    pub content: Section,
    /// The projects' sections, in any order (printed in the catalogue's).
    pub projects: Vec<ProjectPlan>,
    /// The year's targets in each form, as typed (`read_stated`).
    pub targets: TargetsText,
    /// Last year's targets and reviews, as typed.
    pub last_year: LastYearText,
    /// Text after the generated funding summary.
    pub funding_summary: Section,
    pub solutions: Section,
    pub organisation: Organisation,
    /// "Trên đây là Kế hoạch …/." before the signature; an empty text
    /// prints the generated line.
    pub closing: Section,
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
    /// The parts of the body the officer can reorder and rename, in their
    /// usual order.
    pub const BODY: [SectionId; 7] = [
        SectionId::Situation,
        SectionId::Purpose,
        SectionId::Objectives,
        SectionId::Content,
        SectionId::FundingSummary,
        SectionId::Solutions,
        SectionId::Organisation,
    ];

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

impl PlanForm {
    /// The body's parts as printed: the outline's, each standard part once
    /// (a repeat or a part outside the body is skipped), then the body
    /// parts it leaves out in their usual order.
    pub fn body_order(&self) -> Vec<OutlinePart> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for part in &self.outline {
            if let OutlinePart::Standard { id, .. } = part {
                if !SectionId::BODY.contains(id) || seen.contains(id) {
                    continue;
                }
                seen.push(*id);
            }
            out.push(part.clone());
        }
        out.extend(
            SectionId::BODY
                .iter()
                .filter(|id| !seen.contains(id))
                .map(|id| OutlinePart::Standard {
                    id: *id,
                    title: String::new(),
                }),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_order_keeps_every_part_once() {
        let mut form = PlanForm::default();
        let standard = |id| OutlinePart::Standard {
            id,
            title: String::new(),
        };
        assert_eq!(form.body_order(), SectionId::BODY.map(standard));
        let custom = OutlinePart::Custom {
            included: true,
            title: "BỐI CẢNH".into(),
            text: String::new(),
        };
        form.outline = vec![
            standard(SectionId::Solutions),
            custom.clone(),
            standard(SectionId::Solutions),
            standard(SectionId::Header),
        ];
        let order = form.body_order();
        assert_eq!(order[..2], [standard(SectionId::Solutions), custom]);
        assert_eq!(order.len(), 8, "the other six follow, nothing twice");
        assert_eq!(order[2], standard(SectionId::Situation));
    }
}
