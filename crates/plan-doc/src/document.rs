//! The document model both renderers share: the app renders it to HTML for
//! the A4 preview, `to_docx` to Word. Blocks carry final text (numbering,
//! punctuation, date wording done), so the two renderers cannot disagree.

use lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// For spelling in Word and `lang` in HTML.
    pub lang: Lang,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    NationalHeader(NationalHeader),
    /// "KẾ HOẠCH".
    Title(String),
    /// Trích yếu, printed bold with a short rule under it.
    Subject(String),
    /// Level 1 "I. …" (upper case), 2 "1. …", 3 "a) …". The number is
    /// apart from the title: HTML prints both, Word numbers the heading
    /// itself (a numbered list on the heading styles), so headings an
    /// officer adds in Word are numbered the same way.
    Heading {
        level: u8,
        /// "I.", "1.", "a)".
        number: String,
        text: String,
    },
    /// May hold single line breaks (`\n`).
    Paragraph {
        text: String,
        style: ParagraphStyle,
    },
    Table(Table),
    Signature(SignatureBlock),
    /// "Nơi nhận:" and its lines, punctuated ("- …;", the last "- Lưu: ….").
    Recipients {
        heading: String,
        lines: Vec<String>,
    },
    /// Starts a new page (a new section in Word) for an annex.
    AnnexStart {
        /// "Phụ lục I".
        label: String,
        title: String,
        landscape: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphStyle {
    Body,
    /// Legal grounds.
    Italic,
}

/// The two-column header: issuing body on the left, national motto on the
/// right; number under the body, place and date under the motto.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NationalHeader {
    /// Empty when there is no superior body.
    pub superior_body: String,
    pub issuing_body: String,
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    pub country: String,
    /// "Độc lập - Tự do - Hạnh phúc".
    pub motto: String,
    /// "Số: 12/KH-UBND".
    pub number: String,
    /// "Hà Quảng, ngày 05 tháng 01 năm 2027".
    pub place_date: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Relative width.
    pub weight: u16,
    pub align: Align,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Printed above the table; may be empty.
    pub caption: String,
    pub columns: Vec<Column>,
    /// Repeated on every page the table spans.
    pub header: Vec<Vec<String>>,
    pub rows: Vec<Vec<String>>,
    /// Printed bold after the rows.
    pub total: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignatureBlock {
    /// "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH".
    pub authority: String,
    /// "KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN"; empty on a two-line block.
    pub delegated: String,
    /// "CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    pub title: String,
    pub name: String,
}
