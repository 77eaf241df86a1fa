//! Values in share links: each value percent-encoded as UTF-8, pairs
//! joined with `&`. Reading never panics: a broken escape or invalid UTF-8
//! is `None`, for the caller to report.

/// Percent-encodes everything but ASCII letters, digits and `-._,`, so a
/// value can sit in a query string and hold any separator a format uses.
pub fn encode(text: &str) -> String {
    // A table, not `format!` per byte: a 500-village table's link is
    // written as the officer types.
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b',' => out.push(byte as char),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0x0F)]));
            }
        }
    }
    out
}

/// `None` for a broken escape or invalid UTF-8. `+` is a space, as forms
/// write it.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A message in both languages as one value, `vi~en`, each encoded: how
/// the workers' answers carry what they tell the user.
pub fn encode_both((vi, en): &(String, String)) -> String {
    format!("{}~{}", encode(vi), encode(en))
}

/// [`encode_both`] read back; `None` when it is not one.
pub fn decode_both(text: &str) -> Option<(String, String)> {
    let (vi, en) = text.split_once('~')?;
    Some((decode(vi)?, decode(en)?))
}

/// The raw `key=value` pairs of a query (with or without its `?`), values
/// still encoded. Empty pieces are skipped.
pub fn raw_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| piece.split_once('=').unwrap_or((piece, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_in_both_languages_reads_back_even_with_a_tilde_inside() {
        let message = ("Dòng 3 ~ cột B".to_owned(), "Row 3, column B & more".to_owned());
        let text = encode_both(&message);
        assert_eq!(text.matches('~').count(), 1, "{text}");
        assert_eq!(decode_both(&text), Some(message));
        assert_eq!(decode_both("only-one"), None);
        assert_eq!(decode_both("%ZZ~en"), None);
    }
    use proptest::prelude::*;

    #[test]
    fn vietnamese_text_and_separators_round_trip() {
        let text = "Thôn Bản Mới ~ số 1 & 2 = 3%";
        let encoded = encode(text);
        assert!(
            encoded
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._,%".contains(&b))
        );
        assert_eq!(decode(&encoded).as_deref(), Some(text));
    }

    #[test]
    fn broken_escapes_and_bad_utf8_are_none() {
        assert_eq!(decode("%"), None);
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%C3"), None, "a lone lead byte");
        assert_eq!(decode("a+b").as_deref(), Some("a b"));
    }

    #[test]
    fn pairs_split_on_the_first_equals_sign() {
        let pairs: Vec<_> = raw_pairs("?a=1&&b&c=x=y").collect();
        assert_eq!(pairs, [("a", "1"), ("b", ""), ("c", "x=y")]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn anything_round_trips(text in any::<String>()) {
            prop_assert_eq!(decode(&encode(&text)), Some(text));
        }

        #[test]
        fn decoding_never_panics(text in any::<String>()) {
            let _ = decode(&text);
        }
    }
}
