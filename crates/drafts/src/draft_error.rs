use crate::stored::ReadError;
use crate::{DraftId, MetaProblem, NameProblem, StoreError};

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

    pub fn message_vi(&self) -> String {
        match self {
            DraftError::NotFound(id) => format!("Không tìm thấy bản nháp (mã {id}); có thể nó đã bị xoá ở thẻ khác."),
            DraftError::Exists(id) => format!("Đã có bản nháp mang mã {id}."),
            DraftError::BadName(problem) => problem.message_vi(),
            DraftError::Unreadable(id, problem) => {
                format!("Không đọc được bản nháp (mã {id}): {}.", problem.message_vi())
            }
            DraftError::Store(error) => store_message_vi(error),
        }
    }

    pub fn message_en(&self) -> String {
        match self {
            DraftError::NotFound(id) => format!("Draft {id} was not found; it may have been deleted in another tab."),
            DraftError::Exists(id) => format!("A draft with id {id} already exists."),
            DraftError::BadName(problem) => problem.message_en(),
            DraftError::Unreadable(id, problem) => format!("Draft {id} does not read: {}.", problem.message_en()),
            DraftError::Store(error) => store_message_en(error),
        }
    }
}

pub(crate) fn store_message_vi(error: &StoreError) -> String {
    match error {
        StoreError::QuotaExceeded => {
            "Bộ nhớ của trình duyệt cho trang này đã đầy; chưa lưu được gì, dữ liệu cũ vẫn nguyên. Hãy xuất tệp rồi xoá bớt bản nháp.".to_owned()
        }
        StoreError::Other(detail) => format!("Trình duyệt không cho lưu ({detail}); dữ liệu cũ vẫn nguyên."),
    }
}

pub(crate) fn store_message_en(error: &StoreError) -> String {
    match error {
        StoreError::QuotaExceeded => {
            "The browser's storage for this site is full; nothing was saved and what was stored is intact. Export a file, then delete some drafts.".to_owned()
        }
        StoreError::Other(detail) => format!("The browser refused to save ({detail}); what was stored is intact."),
    }
}
