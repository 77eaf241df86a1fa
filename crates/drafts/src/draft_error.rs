use crate::stored::ReadError;
use crate::{DraftId, MetaProblem, NameProblem, StoreError};
use lang::{Lang, msg};

/// Why an operation on a draft did nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    NotFound(DraftId),
    /// Keys already exist under this id.
    Exists(DraftId),
    BadName(NameProblem),
    Unreadable(DraftId, MetaProblem),
    Store(StoreError),
}

impl DraftError {
    pub(crate) fn from_read(id: &DraftId, error: ReadError) -> DraftError {
        match error {
            ReadError::Missing => DraftError::NotFound(id.clone()),
            ReadError::Unreadable(problem) => DraftError::Unreadable(id.clone(), problem),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            DraftError::NotFound(id) => msg!(
                lang,
                "Không tìm thấy bản nháp (mã {id}); có thể nó đã bị xoá ở thẻ khác.",
                "Draft {id} was not found; it may have been deleted in another tab."
            ),
            DraftError::Exists(id) => msg!(
                lang,
                "Đã có bản nháp mang mã {id}.",
                "A draft with id {id} already exists."
            ),
            DraftError::BadName(problem) => problem.message(lang),
            DraftError::Unreadable(id, problem) => msg!(
                lang,
                "Không đọc được bản nháp (mã {id}): {}.",
                "Draft {id} does not read: {}.",
                problem.message(lang)
            ),
            DraftError::Store(error) => store_message(error, lang),
        }
    }
}

pub(crate) fn store_message(error: &StoreError, lang: Lang) -> String {
    match error {
        StoreError::QuotaExceeded => msg!(
            lang,
            "Bộ nhớ của trình duyệt cho trang này đã đầy; chưa lưu được gì, dữ liệu cũ vẫn nguyên. Hãy xuất tệp rồi xoá bớt bản nháp.",
            "The browser's storage for this site is full; nothing was saved and what was stored is intact. Export a file, then delete some drafts."
        ),
        StoreError::Other(detail) => msg!(
            lang,
            "Trình duyệt không cho lưu ({detail}); dữ liệu cũ vẫn nguyên.",
            "The browser refused to save ({detail}); what was stored is intact."
        ),
    }
}
