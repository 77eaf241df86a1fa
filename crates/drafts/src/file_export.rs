//! The export file: every draft in one JSON document (docs/drafts.md).
//! Written by hand, not with serde_json: every editing page can offer it
//! (when storage is full) and must stay small; only the drafts page, which
//! reads files, carries a JSON parser.

use crate::time::format_iso_utc;
use crate::{Draft, Part, SCHEMA};

pub const FILE_FORMAT: &str = "giamngheo-drafts";

/// A JSON string, escaped as serde_json escapes it (so files written
/// before and after read the same).
fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn field(out: &mut String, indent: &str, key: &str) {
    out.push_str(indent);
    string(out, key);
    out.push_str(": ");
}

/// Pretty-printed, drafts by id and parts by name, so the same drafts
/// always give the same file.
pub fn export_file(drafts: &[Draft], exported_at_ms: i64) -> String {
    let mut drafts: Vec<&Draft> = drafts.iter().collect();
    drafts.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    write(&drafts, exported_at_ms)
}

/// The file of one draft, as [`export_file`] writes it; one draft needs no
/// sorting code, which every editing page would otherwise carry.
pub fn export_draft(draft: &Draft, exported_at_ms: i64) -> String {
    write(&[draft], exported_at_ms)
}

fn write(drafts: &[&Draft], exported_at_ms: i64) -> String {
    let mut out = String::from("{\n");
    field(&mut out, "  ", "format");
    string(&mut out, FILE_FORMAT);
    out.push_str(",\n");
    field(&mut out, "  ", "schema");
    out.push_str(&format!("{SCHEMA},\n"));
    field(&mut out, "  ", "exported_at");
    string(&mut out, &format_iso_utc(exported_at_ms));
    out.push_str(",\n");
    field(&mut out, "  ", "drafts");
    if drafts.is_empty() {
        out.push_str("[]\n}");
        return out;
    }
    out.push_str("[\n");
    for (i, draft) in drafts.iter().enumerate() {
        out.push_str("    {\n");
        field(&mut out, "      ", "id");
        string(&mut out, draft.meta.id.as_str());
        out.push_str(",\n");
        field(&mut out, "      ", "name");
        string(&mut out, &draft.meta.name);
        out.push_str(",\n");
        field(&mut out, "      ", "saved_at");
        string(&mut out, &format_iso_utc(draft.meta.saved_at_ms));
        out.push_str(",\n");
        field(&mut out, "      ", "revision");
        out.push_str(&format!("{},\n", draft.meta.revision));
        field(&mut out, "      ", "parts");
        if draft.parts.is_empty() {
            out.push_str("{}\n");
        } else {
            out.push_str("{\n");
            // Parts by their stored name, as the file has always listed them.
            let parts: Vec<(&str, &str)> = Part::ALL
                .into_iter()
                .filter_map(|part| Some((part.storage_name(), draft.parts.get(&part)?.as_str())))
                .collect();
            for (j, (name, text)) in parts.iter().enumerate() {
                field(&mut out, "        ", name);
                string(&mut out, text);
                out.push_str(if j + 1 < parts.len() { ",\n" } else { "\n" });
            }
            out.push_str("      }\n");
        }
        out.push_str(if i + 1 < drafts.len() { "    },\n" } else { "    }\n" });
    }
    out.push_str("  ]\n}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// The hand-written escaping is what serde_json writes and reads.
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(text in "\\PC*|[\\x00-\\x7f]*") {
            let mut out = String::new();
            string(&mut out, &text);
            prop_assert_eq!(&out, &serde_json::to_string(&text).unwrap());
            prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
        }
    }
}
