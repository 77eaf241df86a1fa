//! The file's bytes as text. Spreadsheets save "CSV" in several encodings;
//! only UTF-8 (with or without a BOM) reads right, so the others are
//! refused with a message saying how to save the file again.

use lang::{Lang, msg};
/// Why bytes are not taken as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingError {
    /// UTF-16, as Excel's "Unicode text" writes.
    Utf16,
    /// Not UTF-8 (Windows-1258, as older Excel saves "CSV"): the byte, from
    /// 0, where it stops being valid.
    NotUtf8 { at: usize },
}

/// UTF-8, with or without a BOM (kept: readers strip it).
pub fn decode(bytes: Vec<u8>) -> Result<String, EncodingError> {
    let utf16_bom = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    // Without a BOM, UTF-16 still shows as a zero byte beside the first
    // letter; no CSV starts with a zero byte.
    let utf16_bare = bytes.len() >= 2 && (bytes[0] == 0 || bytes[1] == 0);
    if utf16_bom || utf16_bare {
        return Err(EncodingError::Utf16);
    }
    String::from_utf8(bytes).map_err(|e| EncodingError::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
    })
}

/// `12345` → `12.345`, as Vietnamese groups thousands (vn-format does the
/// same for decimals; this crate depends on nothing).
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

impl EncodingError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            EncodingError::Utf16 => msg!(
                lang,
                "Tệp ở mã UTF-16 («Unicode text»). Hãy lưu lại bằng «CSV UTF-8 (Comma delimited)».",
                "The file is UTF-16 (“Unicode text”). Save it again as “CSV UTF-8 (Comma delimited)”."
            ),
            EncodingError::NotUtf8 { at } => msg!(
                lang,
                "Tệp không ở mã UTF-8 (lỗi ở byte thứ {}). Trong Excel hãy lưu bằng «CSV UTF-8 (Comma delimited)»; trong LibreOffice chọn bộ ký tự Unicode (UTF-8).",
                "The file is not UTF-8 (invalid at byte {}). In Excel save it as “CSV UTF-8 (Comma delimited)”; in LibreOffice choose the Unicode (UTF-8) character set.",
                grouped(*at)
            ),
        }
    }
}

impl std::fmt::Display for EncodingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for EncodingError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_bom_is_text() {
        assert_eq!(decode(b"\xef\xbb\xbfTh\xc3\xb4n".to_vec()).unwrap(), "\u{feff}Thôn");
        assert_eq!(decode(b"thon;so_ho".to_vec()).unwrap(), "thon;so_ho");
        assert_eq!(decode(Vec::new()).unwrap(), "");
    }

    #[test]
    fn utf16_is_refused_with_or_without_its_bom() {
        assert_eq!(decode(b"\xff\xfet\0h\0".to_vec()), Err(EncodingError::Utf16));
        assert_eq!(decode(b"\xfe\xff\0t\0h".to_vec()), Err(EncodingError::Utf16));
        assert_eq!(decode(b"t\0h\0".to_vec()), Err(EncodingError::Utf16));
        assert_eq!(decode(b"\0t\0h".to_vec()), Err(EncodingError::Utf16));
    }

    #[test]
    fn windows_1258_is_refused_at_its_first_bad_byte() {
        // "Thôn" in Windows-1258: ô is 0xF4.
        assert_eq!(decode(b"Th\xf4n".to_vec()), Err(EncodingError::NotUtf8 { at: 2 }));
    }

    #[test]
    fn messages_say_how_to_save_again() {
        for e in [EncodingError::Utf16, EncodingError::NotUtf8 { at: 12_345 }] {
            assert!(e.message(Lang::Vi).contains("CSV UTF-8"));
            assert!(e.message(Lang::En).contains("CSV UTF-8"));
        }
        assert!(
            EncodingError::NotUtf8 { at: 12_345 }
                .message(Lang::Vi)
                .contains("12.345")
        );
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(1_000_000), "1.000.000");
    }
}
