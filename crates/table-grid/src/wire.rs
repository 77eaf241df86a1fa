//! A column mapping as one line of text, so that it crosses from the web
//! worker that reads a file to the page that shows it (the app's
//! `src/workers/reader.rs`) without a JSON parser in the page's bundle.
//!
//! The header's signature first, then the columns, all joined by `!`; a
//! column's values by `~`, each value percent-encoded (`link-text` escapes
//! both): the column's number, what was understood, what it is read as,
//! the confidence, why (vi, en), then its headings. The signature crosses
//! as it is, so a page never computes one.

use link_text::{decode, encode};

use crate::header::ColumnLabel;
use crate::mapping::{ColumnMapping, Confidence, FieldKey, HeaderSignature, MappedColumn, Meaning};

const CONFIDENCE: [(Confidence, &str); 4] = [
    (Confidence::Sure, "s"),
    (Confidence::FromContext, "c"),
    (Confidence::Ambiguous, "a"),
    (Confidence::Unknown, "u"),
];

pub fn mapping_to_text<F: FieldKey>(mapping: &ColumnMapping<F>) -> String {
    std::iter::once(encode(&mapping.signature.0))
        .chain(mapping.columns.iter().map(|c| {
            let confidence = CONFIDENCE
                .iter()
                .find(|(k, _)| *k == c.confidence)
                .map_or("u", |(_, s)| s);
            [
                c.label.column.to_string(),
                c.understood.key(),
                c.meaning.key(),
                confidence.to_owned(),
                c.why.0.clone(),
                c.why.1.clone(),
            ]
            .iter()
            .chain(&c.label.parts)
            .map(|v| encode(v))
            .collect::<Vec<_>>()
            .join("~")
        }))
        .collect::<Vec<_>>()
        .join("!")
}

/// `None` when the text is not one [`mapping_to_text`] wrote.
pub fn mapping_from_text<F: FieldKey>(text: &str) -> Option<ColumnMapping<F>> {
    let mut columns = Vec::new();
    let mut parts = text.split('!');
    let signature = parts.next().filter(|s| !s.contains('~'))?;
    let signature = HeaderSignature(decode(signature)?);
    for column in parts.filter(|c| !c.is_empty()) {
        let values = column.split('~').map(decode).collect::<Option<Vec<String>>>()?;
        let [number, understood, meaning, confidence, why_vi, why_en, parts @ ..] = values.as_slice() else {
            return None;
        };
        let label = ColumnLabel {
            column: number.parse().ok()?,
            parts: parts.to_vec(),
        };
        let confidence = CONFIDENCE.iter().find(|(_, s)| s == confidence)?.0;
        let mut mapped = MappedColumn::new(
            label,
            Meaning::from_key(understood)?,
            confidence,
            (why_vi.clone(), why_en.clone()),
        );
        mapped.meaning = Meaning::from_key(meaning)?;
        columns.push(mapped);
    }
    Some(ColumnMapping { columns, signature })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mapping::Override;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Field {
        Name,
        Poor,
    }

    impl FieldKey for Field {
        fn key(self) -> String {
            match self {
                Field::Name => "ten".to_owned(),
                Field::Poor => "ho-ngheo".to_owned(),
            }
        }
        fn from_key(key: &str) -> Option<Self> {
            match key {
                "ten" => Some(Field::Name),
                "ho-ngheo" => Some(Field::Poor),
                _ => None,
            }
        }
    }

    fn column(n: usize, parts: &[&str], understood: Meaning<Field>, confidence: Confidence) -> MappedColumn<Field> {
        MappedColumn::new(
            ColumnLabel {
                column: n,
                parts: parts.iter().map(|p| (*p).to_owned()).collect(),
            },
            understood,
            confidence,
            ("vì «Hộ nghèo» ~ ! &".to_owned(), "because \"Hộ nghèo\"".to_owned()),
        )
    }

    #[test]
    fn a_corrected_mapping_with_groups_and_separators_in_its_text_reads_back_the_same() {
        let mut mapping = ColumnMapping::new(vec![
            column(0, &["Tên thôn"], Meaning::Field(Field::Name), Confidence::Sure),
            column(
                1,
                &["Cơ cấu hộ nghèo", "HN ~ DTTS!"],
                Meaning::Unknown,
                Confidence::Unknown,
            ),
            column(2, &["Số hộ"], Meaning::Field(Field::Poor), Confidence::Ambiguous),
            column(3, &[], Meaning::Ignored, Confidence::FromContext),
        ]);
        mapping.apply(&[Override {
            column: 1,
            meaning: Meaning::Field(Field::Poor),
        }]);
        let text = mapping_to_text(&mapping);
        let back = mapping_from_text::<Field>(&text).expect(&text);
        assert_eq!(back, mapping);
        assert_eq!(back.overrides(), mapping.overrides());
        assert_eq!(back.signature, mapping.signature);
    }

    #[test]
    fn text_it_did_not_write_is_none() {
        assert!(mapping_from_text::<Field>("0~ten~ten~s~~").is_none(), "no signature");
        assert!(mapping_from_text::<Field>("ab!0~ten").is_none(), "too few values");
        assert!(
            mapping_from_text::<Field>("ab!x~ten~ten~s~~").is_none(),
            "column not a number"
        );
        assert!(
            mapping_from_text::<Field>("ab!0~ten~khac~s~~").is_none(),
            "unknown field"
        );
        assert!(
            mapping_from_text::<Field>("ab!0~ten~ten~z~~").is_none(),
            "unknown confidence"
        );
        assert!(
            mapping_from_text::<Field>("ab!0~%ZZ~ten~s~~").is_none(),
            "broken escape"
        );
        assert_eq!(mapping_from_text::<Field>("").unwrap().columns.len(), 0);
    }
}
