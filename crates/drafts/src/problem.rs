use crate::SCHEMA;
use lang::{Lang, msg};

/// A field of a draft's meta, named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    SavedAt,
    Revision,
}

impl Field {
    fn vi(self) -> &'static str {
        match self {
            Field::Name => "tên",
            Field::SavedAt => "thời điểm lưu",
            Field::Revision => "số lần lưu",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::SavedAt => "save time",
            Field::Revision => "revision",
        }
    }
}

/// Why a draft's meta (stored, or one draft of a file) does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaProblem {
    /// Part keys with no meta key beside them.
    NoMeta,
    /// The key holds something that is not a draft id.
    BadId,
    /// No `v<number>` first line.
    NoVersion,
    /// Written by a newer version of the site.
    Newer {
        found: u32,
    },
    /// No `end` line: the text was cut short.
    Truncated,
    /// A line (counted from 1) that is not `key=value`, or a key twice.
    BadLine(usize),
    MissingField(Field),
    BadField(Field),
}

impl MetaProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MetaProblem::NoMeta => msg!(
                lang,
                "thiếu phần thông tin chung (tên, thời điểm lưu)",
                "its general information (name, save time) is missing"
            ),
            MetaProblem::BadId => msg!(lang, "mã bản nháp không hợp lệ", "its id is not valid"),
            MetaProblem::NoVersion => msg!(
                lang,
                "phần thông tin chung bị hỏng (không có số phiên bản)",
                "its general information is damaged (no version number)"
            ),
            MetaProblem::Newer { found } => msg!(
                lang,
                "tệp/bản nháp từ phiên bản mới hơn của trang (phiên bản dữ liệu {found}, trang này đọc đến {SCHEMA}); hãy tải lại trang",
                "file/draft from a newer version of the site (data version {found}, this page reads up to {SCHEMA}); reload the page"
            ),
            MetaProblem::Truncated => msg!(
                lang,
                "phần thông tin chung bị cắt cụt",
                "its general information was cut short"
            ),
            MetaProblem::BadLine(line) => msg!(
                lang,
                "dòng {line} của phần thông tin chung không đọc được",
                "line {line} of its general information does not read"
            ),
            MetaProblem::MissingField(field) => {
                msg!(lang, vi: format!("thiếu {}", field.vi()), en: format!("the {} is missing", field.en()))
            }
            MetaProblem::BadField(field) => {
                msg!(lang, vi: format!("{} không hợp lệ", field.vi()), en: format!("the {} is not valid", field.en()))
            }
        }
    }
}
