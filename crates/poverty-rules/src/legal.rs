use vn_format::Date;

use lang::{Status, Text};

/// A legal document the rules cite (`data/legal-documents.json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalDocument {
    /// `nd07-2021`: what a rule's basis names.
    pub id: String,
    /// `Nghị định`, `Quyết định`, `Thông tư`…
    pub kind: String,
    /// `07/2021/NĐ-CP`; empty for a text not yet identified.
    pub number: String,
    /// `Nghị định 07/2021/NĐ-CP ngày 27/01/2021`, or the summary when the
    /// number is not known.
    pub citation: String,
    /// What it covers, in the team's words (not the official title).
    pub summary: Text,
    /// Ngày ban hành; `None` where not known here.
    pub date: Option<Date>,
    pub issuer: Text,
    /// A public copy; `None` until someone has checked one.
    pub url: Option<String>,
    /// Ngày có hiệu lực; `None` where not known here.
    pub in_force_from: Option<Date>,
    /// How sure we are of the number, date and dates of force.
    pub status: Status,
    pub note: Option<Text>,
}
