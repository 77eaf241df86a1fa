//! What each column of a file was understood as, and why: a value the page
//! shows, the user corrects, and an importer then reads the rows by. It is
//! remembered by the header's signature, so the next file with the same
//! headers is read the way the user said.

use csv_text::fold_key;

use crate::header::ColumnLabel;

/// A field an importer reads, with a stable key for stored overrides.
pub trait FieldKey: Copy + Eq {
    /// ASCII letters, digits and `-`: stays the same across versions.
    fn key(self) -> String;
    fn from_key(key: &str) -> Option<Self>;
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning<F> {
    Field(F),
    /// Read past on purpose: row numbers, notes, or the user said so.
    Ignored,
    /// Not understood: listed to the user, never read.
    Unknown,
}

impl<F: Copy> Meaning<F> {
    pub fn field(self) -> Option<F> {
        match self {
            Meaning::Field(f) => Some(f),
            Meaning::Ignored | Meaning::Unknown => None,
        }
    }
}

impl<F: FieldKey> Meaning<F> {
    /// As stored and as a choice's value: the field's key, `-` ignored,
    /// `?` unknown.
    pub fn key(self) -> String {
        match self {
            Meaning::Field(f) => f.key(),
            Meaning::Ignored => "-".to_owned(),
            Meaning::Unknown => "?".to_owned(),
        }
    }

    /// `None` for a field this version does not know.
    pub fn from_key(key: &str) -> Option<Meaning<F>> {
        match key {
            "-" => Some(Meaning::Ignored),
            "?" => Some(Meaning::Unknown),
            key => F::from_key(key).map(Meaning::Field),
        }
    }
}

/// How sure the importer is of a column's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Its heading is one of the spellings listed for the field.
    Sure,
    /// Its heading says it only with its group or the column before it
    /// ("Tỷ lệ %" after "Hộ nghèo").
    FromContext,
    /// Its heading fits more than one field: the first was taken.
    Ambiguous,
    /// Not understood.
    Unknown,
}

/// One column of the file and what it is read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappedColumn<F> {
    pub label: ColumnLabel,
    /// What the importer understood.
    pub understood: Meaning<F>,
    /// What it is read as: `understood`, unless the user changed it.
    pub meaning: Meaning<F>,
    pub confidence: Confidence,
    /// Why, `(vi, en)`: which words of which heading and group.
    pub why: (String, String),
}

impl<F: Copy + Eq> MappedColumn<F> {
    pub fn new(label: ColumnLabel, understood: Meaning<F>, confidence: Confidence, why: (String, String)) -> Self {
        MappedColumn {
            label,
            understood,
            meaning: understood,
            confidence,
            why,
        }
    }

    pub fn overridden(&self) -> bool {
        self.meaning != self.understood
    }
}

/// A user's correction: column `column` (from 0) holds `meaning`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Override<F> {
    pub column: usize,
    pub meaning: Meaning<F>,
}

/// A key for a file's headers: the same headings in the same columns, in
/// any case, with or without diacritics, give the same key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HeaderSignature(pub String);

impl HeaderSignature {
    pub fn of(labels: &[ColumnLabel]) -> HeaderSignature {
        // FNV-1a: stable across runs and platforms, unlike std's hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for b in bytes {
                hash ^= u64::from(*b);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        for label in labels {
            for part in &label.parts {
                eat(fold_key(part).as_bytes());
                eat(b"/");
            }
            eat(b"|");
        }
        HeaderSignature(format!("{hash:016x}"))
    }
}

/// The corrections a user made to a file's mapping, to apply to the next
/// file with the same headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered<F> {
    pub signature: HeaderSignature,
    pub overrides: Vec<Override<F>>,
}

/// Every column of a file, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMapping<F> {
    pub columns: Vec<MappedColumn<F>>,
    pub signature: HeaderSignature,
}

impl<F: Copy + Eq> Default for ColumnMapping<F> {
    fn default() -> Self {
        ColumnMapping::new(Vec::new())
    }
}

impl<F: Copy + Eq> ColumnMapping<F> {
    pub fn new(columns: Vec<MappedColumn<F>>) -> Self {
        let labels: Vec<ColumnLabel> = columns.iter().map(|c| c.label.clone()).collect();
        ColumnMapping {
            signature: HeaderSignature::of(&labels),
            columns,
        }
    }

    /// Reads column `column` (from 0) as `meaning`; false when the file has
    /// no such column.
    pub fn set(&mut self, column: usize, meaning: Meaning<F>) -> bool {
        match self.columns.get_mut(column) {
            Some(c) => {
                c.meaning = meaning;
                true
            }
            None => false,
        }
    }

    /// Applies the user's corrections; those past the file's columns are
    /// returned, not applied.
    pub fn apply(&mut self, overrides: &[Override<F>]) -> Vec<Override<F>> {
        overrides
            .iter()
            .copied()
            .filter(|o| !self.set(o.column, o.meaning))
            .collect()
    }

    /// The corrections made, to remember under [`Self::signature`].
    pub fn overrides(&self) -> Vec<Override<F>> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.overridden())
            .map(|(column, c)| Override {
                column,
                meaning: c.meaning,
            })
            .collect()
    }

    /// The corrections made, with the header's signature.
    pub fn remember(&self) -> Remembered<F> {
        Remembered {
            signature: self.signature.clone(),
            overrides: self.overrides(),
        }
    }

    /// Applies the corrections remembered for these headers, if any are:
    /// whether some were.
    pub fn recall(&mut self, remembered: &[Remembered<F>]) -> bool {
        match remembered.iter().find(|r| r.signature == self.signature) {
            Some(r) => {
                self.apply(&r.overrides);
                true
            }
            None => false,
        }
    }

    /// The first column read as `field`.
    pub fn position(&self, field: F) -> Option<usize> {
        self.columns.iter().position(|c| c.meaning == Meaning::Field(field))
    }

    /// Columns with a heading that were not understood.
    pub fn unknown(&self) -> impl Iterator<Item = &MappedColumn<F>> {
        self.columns
            .iter()
            .filter(|c| c.meaning == Meaning::Unknown && !c.label.parts.is_empty())
    }
}

/// Overrides as one line of text, for local storage: `3=ho-ngheo,5=-`
/// (columns from 1; `-` ignored, `?` unknown).
pub fn overrides_to_text<F: FieldKey>(overrides: &[Override<F>]) -> String {
    overrides
        .iter()
        .map(|o| format!("{}={}", o.column + 1, o.meaning.key()))
        .collect::<Vec<_>>()
        .join(",")
}

/// The text of [`overrides_to_text`]; entries that do not read (a field
/// this version does not know) are left out.
pub fn overrides_from_text<F: FieldKey>(text: &str) -> Vec<Override<F>> {
    text.split(',')
        .filter_map(|entry| {
            let (column, key) = entry.trim().split_once('=')?;
            let column = column.parse::<usize>().ok()?.checked_sub(1)?;
            let meaning = Meaning::from_key(key)?;
            Some(Override { column, meaning })
        })
        .collect()
}

/// The corrections kept for one kind of file are stored as a line per
/// header, `<signature> <overrides>`; a header with no correction left
/// has no line. This is `stored` with `mapping`'s corrections in place of
/// any kept for the same header, without reading the others: what a page
/// does when the user corrects a column, at the cost of string work alone.
pub fn remembered_with<F: FieldKey>(stored: &str, mapping: &ColumnMapping<F>) -> String {
    let signature = &mapping.signature.0;
    let overrides = mapping.overrides();
    stored
        .lines()
        .filter(|line| line.split_once(' ').is_some_and(|(s, _)| s != signature))
        .map(str::to_owned)
        .chain((!overrides.is_empty()).then(|| format!("{signature} {}", overrides_to_text(&overrides))))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text [`remembered_with`] keeps; lines that do not read are left out.
pub fn remembered_from_text<F: FieldKey>(text: &str) -> Vec<Remembered<F>> {
    text.lines()
        .filter_map(|line| {
            let (signature, overrides) = line.split_once(' ')?;
            Some(Remembered {
                signature: HeaderSignature(signature.to_owned()),
                overrides: overrides_from_text(overrides),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum F {
        Name,
        Poor,
    }

    impl FieldKey for F {
        fn key(self) -> String {
            match self {
                F::Name => "ten",
                F::Poor => "ho-ngheo",
            }
            .to_owned()
        }
        fn from_key(key: &str) -> Option<F> {
            [F::Name, F::Poor].into_iter().find(|f| f.key() == key)
        }
    }

    fn label(column: usize, parts: &[&str]) -> ColumnLabel {
        ColumnLabel {
            column,
            parts: parts.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn mapping(headers: &[&[&str]]) -> ColumnMapping<F> {
        let columns = headers
            .iter()
            .enumerate()
            .map(|(i, parts)| {
                let understood = match i {
                    0 => Meaning::Field(F::Name),
                    _ => Meaning::Unknown,
                };
                MappedColumn::new(label(i, parts), understood, Confidence::Sure, Default::default())
            })
            .collect();
        ColumnMapping::new(columns)
    }

    #[test]
    fn the_signature_forgives_case_and_diacritics_but_not_another_column() {
        let a = mapping(&[&["Thôn"], &["Nhóm", "Hộ nghèo"]]);
        let b = mapping(&[&["THON"], &["nhom", "ho ngheo"]]);
        let c = mapping(&[&["Thôn"], &["Hộ nghèo"]]);
        let d = mapping(&[&["Thôn"], &["Nhóm", "Hộ nghèo"], &[]]);
        assert_eq!(a.signature, b.signature);
        assert_ne!(a.signature, c.signature);
        assert_ne!(a.signature, d.signature);
        assert_eq!(a.signature.0.len(), 16);
    }

    #[test]
    fn a_column_set_by_hand_is_read_so_and_remembered() {
        let mut m = mapping(&[&["Thôn"], &["Ghi chú"], &["Số HN"]]);
        assert_eq!(m.unknown().count(), 2);
        assert!(m.set(2, Meaning::Field(F::Poor)));
        assert!(!m.set(9, Meaning::Ignored));
        assert_eq!(m.position(F::Poor), Some(2));
        assert!(m.columns[2].overridden());
        let remembered = m.overrides();
        assert_eq!(overrides_to_text(&remembered), "3=ho-ngheo");
        let mut again = mapping(&[&["Thôn"], &["Ghi chú"], &["Số HN"]]);
        let left = again.apply(&overrides_from_text("3=ho-ngheo,2=-,40=ten,x=y,1=khong-co"));
        assert_eq!(
            left,
            [Override {
                column: 39,
                meaning: Meaning::Field(F::Name)
            }]
        );
        assert_eq!(again.position(F::Poor), Some(2));
        assert_eq!(again.columns[1].meaning, Meaning::Ignored);
        assert_eq!(again.columns[1].understood, Meaning::Unknown);
        assert_eq!(again.unknown().count(), 0);
    }

    /// A correction kept by string work alone is what reading every line,
    /// replacing this header's and writing them all would keep.
    #[test]
    fn a_correction_replaces_its_headers_line_and_keeps_the_others() {
        let mut m = mapping(&[&["Thôn"], &["Số HN"]]);
        let other = mapping(&[&["Tên"], &["Hộ"]]);
        assert!(m.set(1, Meaning::Field(F::Poor)));
        let stored = format!("{} 2=ten\n{} 1=-\nhỏng", m.signature.0, other.signature.0);
        let kept = remembered_with(&stored, &m);
        let mut all = remembered_from_text::<F>(&stored);
        all.retain(|r| r.signature != m.signature);
        all.push(m.remember());
        assert_eq!(remembered_from_text::<F>(&kept), all);
        assert_eq!(kept, format!("{} 1=-\n{} 2=ho-ngheo", other.signature.0, m.signature.0));
        // Corrected back as read: the header's line goes.
        assert!(m.set(1, m.columns[1].understood));
        assert_eq!(remembered_with(&kept, &m), format!("{} 1=-", other.signature.0));
    }
}
