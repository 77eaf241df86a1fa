//! The stored meta: lines, not JSON, so a page that only saves carries no
//! JSON code. `v<schema>`, then `key=value` lines with percent-encoded
//! values, then `end` (so a cut-short text is told from a whole one).

use std::collections::BTreeMap;

use link_text::{decode, encode};

use crate::{Meta, MetaProblem};

pub(crate) fn write(meta: &Meta) -> String {
    format!(
        "v{}\nname={}\nsaved={}\nrev={}\nend",
        meta.schema,
        encode(&meta.name),
        meta.saved_at_ms,
        meta.revision
    )
}

/// The schema and the decoded fields, before any migration.
pub(crate) fn read(text: &str) -> Result<(u32, BTreeMap<String, String>), MetaProblem> {
    let mut lines = text.split('\n');
    let version = lines
        .next()
        .and_then(|line| line.strip_prefix('v'))
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse::<u32>().ok())
        .filter(|&version| version > 0)
        .ok_or(MetaProblem::NoVersion)?;
    let mut fields = BTreeMap::new();
    let mut ended = false;
    for (index, line) in lines.enumerate() {
        let line_number = index + 2;
        if ended {
            if line.is_empty() {
                continue;
            }
            return Err(MetaProblem::BadLine(line_number));
        }
        if line == "end" {
            ended = true;
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(MetaProblem::BadLine(line_number))?;
        let value = decode(value).ok_or(MetaProblem::BadLine(line_number))?;
        if fields.insert(key.to_owned(), value).is_some() {
            return Err(MetaProblem::BadLine(line_number));
        }
    }
    if ended {
        Ok((version, fields))
    } else {
        Err(MetaProblem::Truncated)
    }
}

/// The name in a meta that does not read as a whole, for the message.
pub(crate) fn salvage_name(text: &str) -> Option<String> {
    text.split('\n')
        .find_map(|line| line.strip_prefix("name="))
        .and_then(decode)
        .filter(|name| !name.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DraftId;

    fn meta() -> Meta {
        crate::meta::current(&DraftId::from_number(1), "Kế hoạch 2026\nxã A=B", 1_770_102_309_120, 7)
    }

    #[test]
    fn meta_text_round_trips() {
        let text = write(&meta());
        assert_eq!(text.lines().count(), 5);
        let (version, fields) = read(&text).unwrap();
        assert_eq!(version, 1);
        let expected = [
            ("name", "Kế hoạch 2026\nxã A=B"),
            ("rev", "7"),
            ("saved", "1770102309120"),
        ];
        assert_eq!(fields, expected.map(|(k, v)| (k.to_owned(), v.to_owned())).into());
    }

    #[test]
    fn damaged_texts_say_how() {
        let text = write(&meta());
        assert_eq!(read(""), Err(MetaProblem::NoVersion));
        assert_eq!(read("v\nend"), Err(MetaProblem::NoVersion));
        assert_eq!(read(&text[..text.len() - 4]), Err(MetaProblem::Truncated));
        assert_eq!(read("v1\nname\nend"), Err(MetaProblem::BadLine(2)));
        assert_eq!(read("v1\nrev=1\nrev=2\nend"), Err(MetaProblem::BadLine(3)));
        assert_eq!(read("v1\nend\nrev=1"), Err(MetaProblem::BadLine(3)));
        assert_eq!(
            read("v9\nend").map(|(v, _)| v),
            Ok(9),
            "the version is judged by migrate"
        );
        assert_eq!(salvage_name("v1\nname=K%E1%BA%BF\nrev=x").as_deref(), Some("Kế"));
    }
}
