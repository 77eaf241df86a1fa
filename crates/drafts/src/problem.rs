use crate::SCHEMA;

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
    pub fn message_vi(&self) -> String {
        match self {
            MetaProblem::NoMeta => "thiếu phần thông tin chung (tên, thời điểm lưu)".to_owned(),
            MetaProblem::BadId => "mã bản nháp không hợp lệ".to_owned(),
            MetaProblem::NoVersion => "phần thông tin chung bị hỏng (không có số phiên bản)".to_owned(),
            MetaProblem::Newer { found } => format!(
                "tệp/bản nháp từ phiên bản mới hơn của trang (phiên bản dữ liệu {found}, trang này đọc đến {SCHEMA}); hãy tải lại trang"
            ),
            MetaProblem::Truncated => "phần thông tin chung bị cắt cụt".to_owned(),
            MetaProblem::BadLine(line) => format!("dòng {line} của phần thông tin chung không đọc được"),
            MetaProblem::MissingField(field) => format!("thiếu {}", field.vi()),
            MetaProblem::BadField(field) => format!("{} không hợp lệ", field.vi()),
        }
    }

    pub fn message_en(&self) -> String {
        match self {
            MetaProblem::NoMeta => "its general information (name, save time) is missing".to_owned(),
            MetaProblem::BadId => "its id is not valid".to_owned(),
            MetaProblem::NoVersion => "its general information is damaged (no version number)".to_owned(),
            MetaProblem::Newer { found } => format!(
                "file/draft from a newer version of the site (data version {found}, this page reads up to {SCHEMA}); reload the page"
            ),
            MetaProblem::Truncated => "its general information was cut short".to_owned(),
            MetaProblem::BadLine(line) => format!("line {line} of its general information does not read"),
            MetaProblem::MissingField(field) => format!("the {} is missing", field.en()),
            MetaProblem::BadField(field) => format!("the {} is not valid", field.en()),
        }
    }
}
