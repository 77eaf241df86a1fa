use serde::{Deserialize, Serialize};

use crate::Text;

/// How sure we are of a rule (see `shared/domain/poverty-standards.md`).
/// Ordered by confidence: `Unverified < Secondary < Verified`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Recalled or inferred; shown as "chưa đối chiếu văn bản gốc".
    Unverified,
    /// Read only in news or legal Q&A sites that quote the text.
    Secondary,
    /// Read in a copy of the legal text or an official summary.
    Verified,
}

/// Where a rule comes from: the document, the article, and our confidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalBasis {
    /// The id of a document in `poverty-rules`' table of legal documents;
    /// `None` for a rule the user set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// The document as cited (its number and date, or its summary).
    pub document: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl LegalBasis {
    /// No surer than `cap`; where that lowers it, `why` says so (unless a
    /// note is there already).
    pub fn cap(&mut self, cap: Status, why: &Text) {
        if self.status > cap {
            self.status = cap;
            self.note.get_or_insert_with(|| why.clone());
        }
    }

    /// `Nghị định 07/2021/NĐ-CP ngày 27/01/2021, Điều 3`.
    pub fn citation(&self) -> String {
        match &self.article {
            Some(article) => format!("{}, {}", self.document, article),
            None => self.document.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_order_by_confidence() {
        assert!(Status::Unverified < Status::Secondary && Status::Secondary < Status::Verified);
        assert_eq!(
            [Status::Verified, Status::Unverified].into_iter().min(),
            Some(Status::Unverified)
        );
    }

    #[test]
    fn citation_names_document_and_article() {
        let basis = LegalBasis {
            document_id: Some("nd07-2021".into()),
            document: "Nghị định 07/2021/NĐ-CP".into(),
            article: Some("Điều 3".into()),
            status: Status::Verified,
            note: None,
        };
        assert_eq!(basis.citation(), "Nghị định 07/2021/NĐ-CP, Điều 3");
    }
}
