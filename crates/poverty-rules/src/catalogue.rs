//! The national standards, read from the data files compiled into the
//! crate, plus any local standards the user made.

use serde::Deserialize;
use serde_json::Value;
use vn_format::Date;

use crate::legal::{LegalBasis, Status};
use crate::standard::{Origin, Standard};
use crate::text::Text;

const NATIONAL_FILES: [(&str, &str); 4] = [
    (
        "qd59-2015.json",
        include_str!("../data/standards/qd59-2015.json"),
    ),
    (
        "nd07-2021.json",
        include_str!("../data/standards/nd07-2021.json"),
    ),
    (
        "nd351-2026.json",
        include_str!("../data/standards/nd351-2026.json"),
    ),
    (
        "nd351-2027.json",
        include_str!("../data/standards/nd351-2027.json"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// A standard that keeps an earlier one's rules for a new period (2026
/// keeps 2022–2025's). Its items are no surer than the continuation itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Continuation {
    id: String,
    name: Text,
    period: String,
    valid_from: Date,
    valid_to: Date,
    note: Option<Text>,
    basis: LegalBasis,
    continues: String,
}

impl Continuation {
    fn apply(self, earlier: &Standard) -> Standard {
        let mut standard = earlier.clone();
        let cap = self.basis.status;
        let applied = Text::new(
            &format!(
                "Áp dụng cho giai đoạn {} theo {}.",
                self.period, self.basis.document
            ),
            &format!("Applied to {} by {}.", self.period, self.basis.document),
        );
        let cap_item = |basis: &mut LegalBasis| {
            if basis.status > cap {
                basis.status = cap;
                basis.note.get_or_insert_with(|| applied.clone());
            }
        };
        cap_item(&mut standard.income_line.basis);
        match &mut standard.rule {
            crate::standard::Rule::SingleLine { basis, .. }
            | crate::standard::Rule::TwoTier { basis, .. } => cap_item(basis),
        }
        standard
            .average_band
            .iter_mut()
            .for_each(|b| cap_item(&mut b.basis));
        standard
            .review_scores
            .iter_mut()
            .for_each(|r| cap_item(&mut r.basis));
        for dimension in &mut standard.dimensions {
            dimension
                .indicators
                .iter_mut()
                .for_each(|i| cap_item(&mut i.basis));
        }
        standard.id = self.id;
        standard.name = self.name;
        standard.period = self.period;
        standard.valid_from = self.valid_from;
        standard.valid_to = self.valid_to;
        standard.note = self.note;
        standard.basis = self.basis;
        standard.origin = Origin::National;
        standard
    }
}

/// The standards a user can pick from: national ones by period, then local.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    standards: Vec<Standard>,
}

impl Catalogue {
    pub fn national() -> Result<Catalogue, CatalogueError> {
        let mut standards: Vec<Standard> = Vec::new();
        for (file, json) in NATIONAL_FILES {
            let err = |message: String| CatalogueError {
                file: file.to_owned(),
                message,
            };
            let value: Value = serde_json::from_str(json).map_err(|e| err(e.to_string()))?;
            let standard = if value.get("continues").is_some() {
                let continuation: Continuation =
                    serde_json::from_value(value).map_err(|e| err(e.to_string()))?;
                let earlier = standards
                    .iter()
                    .find(|s| s.id == continuation.continues)
                    .ok_or_else(|| {
                        err(format!(
                            "continues unknown standard {}",
                            continuation.continues
                        ))
                    })?;
                continuation.apply(earlier)
            } else {
                serde_json::from_value(value).map_err(|e| err(e.to_string()))?
            };
            standards.push(standard);
        }
        Ok(Catalogue { standards })
    }

    /// No standards: what the app falls back to if the data cannot be read.
    pub fn empty() -> Catalogue {
        Catalogue { standards: Vec::new() }
    }

    pub fn all(&self) -> &[Standard] {
        &self.standards
    }

    pub fn national_standards(&self) -> impl Iterator<Item = &Standard> {
        self.standards.iter().filter(|s| !s.is_local())
    }

    pub fn get(&self, id: &str) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    /// The national standard in force on a date.
    pub fn in_force_on(&self, date: Date) -> Option<&Standard> {
        self.national_standards().find(|s| s.in_force_on(date))
    }

    /// The review (rà soát) held in `year` draws up the lists for the next
    /// year, so it uses the standard in force on 1 January of `year + 1`.
    pub fn for_review_in(&self, year: i32) -> Option<&Standard> {
        Date::new(year + 1, 1, 1).and_then(|date| self.in_force_on(date))
    }

    /// Adds or replaces a local standard; national ones cannot be replaced.
    pub fn put_local(&mut self, standard: Standard) -> Result<(), String> {
        if !standard.is_local() {
            return Err("only local standards can be added".into());
        }
        match self.standards.iter_mut().find(|s| s.id == standard.id) {
            Some(existing) if !existing.is_local() => {
                Err(format!("{} is a national standard", standard.id))
            }
            Some(existing) => {
                *existing = standard;
                Ok(())
            }
            None => {
                self.standards.push(standard);
                Ok(())
            }
        }
    }

    /// Every status used anywhere, weakest first, for a legend.
    pub fn statuses(&self) -> Vec<Status> {
        let mut statuses: Vec<Status> = self
            .standards
            .iter()
            .flat_map(|s| s.bases())
            .map(|b| b.status)
            .collect();
        statuses.sort();
        statuses.dedup();
        statuses
    }
}
