use lang::{Lang, msg};
use std::fmt;

/// Why a typed number was refused. Each kind has a message that tells the
/// user what to type instead, in Vietnamese (`Display`) and in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberError {
    pub input: String,
    pub kind: NumberErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberErrorKind {
    Empty,
    /// `position` counts characters from 1, as a person would.
    InvalidCharacter {
        ch: char,
        position: usize,
    },
    MisplacedSign,
    /// A thousands group that is not three digits long: `1.23.456`.
    BadGroup,
    /// Dots and spaces both used to group thousands: `1.234 567`.
    MixedSeparators,
    /// A single dot followed by other than three digits: `1.5`, `3.04`.
    DotAsDecimal,
    /// English style, a comma before a dot: `1,234.5`.
    EnglishStyle,
    /// More than one comma: `1,500,000`.
    MultipleCommas,
    /// Nothing on one side of a separator: `,5`, `5,`, `1.`.
    MissingDigits,
    TooLarge,
    /// A count with a non-zero decimal part: `1,5` households.
    NotWhole,
    /// A count like `1,234`: English thousands or a decimal; we cannot tell.
    AmbiguousComma,
    Negative,
}

impl NumberError {
    pub(crate) fn new(input: &str, kind: NumberErrorKind) -> Self {
        Self {
            input: input.to_owned(),
            kind,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        use NumberErrorKind::*;
        match self.kind {
            Empty => msg!(lang, "Chưa nhập số.", "No number entered."),
            InvalidCharacter { ch, position } => msg!(
                lang,
                "Ký tự «{ch}» ở vị trí {position} không dùng được trong một số. Chỉ nhập chữ số, dấu chấm tách hàng nghìn và dấu phẩy thập phân, ví dụ 1.234.567 hoặc 3,04.",
                "The character “{ch}” at position {position} cannot be part of a number. Use digits, a dot between thousands and a comma before decimals, e.g. 1.234.567 or 3,04."
            ),
            MisplacedSign => msg!(
                lang,
                "Dấu âm hoặc dương chỉ được đứng ở đầu số.",
                "A minus or plus sign may only stand at the start."
            ),
            BadGroup => msg!(
                lang,
                "Sau mỗi dấu chấm tách hàng nghìn phải có đúng 3 chữ số, ví dụ 1.234.567.",
                "Each dot between thousands must be followed by exactly 3 digits, e.g. 1.234.567."
            ),
            MixedSeparators => msg!(
                lang,
                "Chỉ dùng một kiểu tách hàng nghìn: dấu chấm (1.234.567) hoặc dấu cách (1 234 567), không trộn hai kiểu.",
                "Use one kind of thousands separator: dots (1.234.567) or spaces (1 234 567), not both."
            ),
            DotAsDecimal => msg!(
                lang,
                "Dấu chấm dùng để tách hàng nghìn. Phần thập phân viết sau dấu phẩy, ví dụ 1,5 hoặc 3,04.",
                "A dot separates thousands here. Write decimals after a comma, e.g. 1,5 or 3,04."
            ),
            EnglishStyle => msg!(
                lang,
                "Số này viết theo kiểu tiếng Anh. Hãy viết theo kiểu Việt Nam: dấu chấm tách hàng nghìn, dấu phẩy thập phân, ví dụ 1.234,5.",
                "This number is written the English way. Write it the Vietnamese way: dots between thousands, a decimal comma, e.g. 1.234,5."
            ),
            MultipleCommas => msg!(
                lang,
                "Chỉ có một dấu phẩy thập phân. Để tách hàng nghìn hãy dùng dấu chấm, ví dụ 1.500.000.",
                "A number has at most one decimal comma. Separate thousands with dots, e.g. 1.500.000."
            ),
            MissingDigits => msg!(
                lang,
                "Thiếu chữ số trước hoặc sau dấu phân cách, ví dụ viết 0,5 thay cho ,5.",
                "Digits are missing before or after a separator; write 0,5 rather than ,5."
            ),
            TooLarge => msg!(
                lang,
                "Số quá lớn để tính toán.",
                "The number is too large to calculate with."
            ),
            NotWhole => msg!(
                lang,
                "Ở đây cần một số nguyên (không có phần thập phân).",
                "A whole number is needed here (no decimals)."
            ),
            AmbiguousComma => msg!(
                lang,
                "Không rõ «{}» là số nguyên hay số thập phân. Ở đây cần số nguyên: hãy tách hàng nghìn bằng dấu chấm, ví dụ 1.234.",
                "“{}” could be a whole number or a decimal. A whole number is needed here: separate thousands with dots, e.g. 1.234.",
                self.input.trim()
            ),
            Negative => msg!(
                lang,
                "Ở đây không nhận số âm.",
                "Negative numbers are not accepted here."
            ),
        }
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for NumberError {}
