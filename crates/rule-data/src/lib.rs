//! The data files `poverty-rules` is built from, as typed records:
//! `data/legal-documents.json` ([`DocumentsFile`]) and each
//! `data/standards/*.json` ([`StandardFile`]). Its build script reads them
//! with [`read`] and writes Rust from them; it cannot use its own crate's
//! types, so the files' shape lives here, once. A field missing, unknown
//! or of the wrong kind is refused with the file and the field's place
//! (`standards/nd07-2021.json: dimensions[0].indicators[1].basis.status`).
//!
//! What needs more than one field to check (an id cited that no document
//! has, a standard continuing one that does not start before it) is the
//! build script's to refuse, with the same kind of place ([`At`]).

use std::fmt;
use std::path::Path;

use lang::{LegalBasis, Status, Text};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// Reads a data file; `name` is how messages call it.
pub fn read<T: for<'de> Deserialize<'de>>(path: &Path, name: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    parse(&text, name)
}

/// [`read`]'s reading of a file's text.
pub fn parse<T: for<'de> Deserialize<'de>>(text: &str, name: &str) -> Result<T, String> {
    let mut json = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut json).map_err(|e| {
        let path = e.path().to_string();
        let place = if path == "." { "(top)".to_owned() } else { path };
        format!("{name}: {place}: {}", e.into_inner())
    })
}

/// Where in which file a value sits, for the build script's own checks,
/// written as [`read`] writes it.
#[derive(Clone)]
pub struct At {
    file: String,
    path: String,
}

impl At {
    pub fn file(file: &str) -> At {
        At {
            file: file.to_owned(),
            path: String::new(),
        }
    }

    pub fn key(&self, key: &str) -> At {
        let path = if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        };
        At {
            file: self.file.clone(),
            path,
        }
    }

    pub fn index(&self, i: usize) -> At {
        At {
            file: self.file.clone(),
            path: format!("{}[{i}]", self.path),
        }
    }

    /// Fails the build, naming the place.
    pub fn fail(&self, problem: &str) -> ! {
        let path = if self.path.is_empty() { "(top)" } else { &self.path };
        panic!("{}: {path}: {problem}", self.file)
    }
}

/// `data/legal-documents.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsFile {
    pub documents: Vec<Document>,
}

/// A legal document the rules cite.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Lowercase letters, digits and `-`: what a basis's `document` names.
    pub id: String,
    /// "Nghị định", "Quyết định"…
    pub kind: String,
    /// Its number, or empty for a document without one (a draft).
    pub number: String,
    pub summary: Text,
    pub date: Option<Date>,
    pub issuer: Text,
    /// An `https://` address, or empty.
    pub url: String,
    pub in_force_from: Option<Date>,
    pub status: Status,
    pub note: Option<Text>,
}

/// A date written `yyyy-mm-dd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        let parts: Vec<&str> = s.split('-').collect();
        let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
        match (parts.len(), number(0), number(1), number(2)) {
            (3, Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => Ok(Date {
                year: year as i32,
                month,
                day,
            }),
            _ => Err(de::Error::custom(format!("{s:?} is not a yyyy-mm-dd date"))),
        }
    }
}

/// An amount in đồng, or points, written as a string of digits: its
/// digits.
pub struct Digits(pub String);

impl<'de> Deserialize<'de> for Digits {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Digits, D::Error> {
        let s = String::deserialize(deserializer)?;
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(de::Error::custom(format!("{s:?} must be a string of digits")));
        }
        Ok(Digits(s))
    }
}

/// A standard: its own rules, or `continues`, the id of an earlier
/// standard whose rules it keeps.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandardFile {
    pub id: String,
    pub name: Text,
    /// As plans write it: "2022–2025", "2026".
    pub period: String,
    pub valid_from: Date,
    pub valid_to: Date,
    pub note: Option<Text>,
    pub basis: LegalBasis,
    pub continues: Option<String>,
    pub income_line: Option<IncomeLine>,
    pub rule: Option<Rule>,
    pub average_band: Option<IncomeLine>,
    pub low_income_workers: Option<LowIncomeWorkers>,
    pub review_scores: Option<ReviewScores>,
    pub questionnaire: Option<Questionnaire>,
    pub dimensions: Option<Vec<Dimension>>,
}

/// Monthly income per person, rural and urban.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeLine {
    pub rural: Digits,
    pub urban: Digits,
    pub basis: LegalBasis,
}

/// Rural and urban amounts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amounts {
    pub rural: Digits,
    pub urban: Digits,
}

/// How income and deprivations make a household poor.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    SingleLine {
        min_deprivations: u32,
        basis: LegalBasis,
    },
    TwoTier {
        near_poverty_line: Amounts,
        min_deprivations: u32,
        basis: LegalBasis,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowIncomeWorkers {
    pub rural: Digits,
    pub urban: Digits,
    pub support: Text,
    pub basis: LegalBasis,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewScores {
    pub rural_threshold: Digits,
    pub urban_threshold: Digits,
    pub points_per_deprivation: Digits,
    pub basis: LegalBasis,
    pub procedure: LegalBasis,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    pub indicators: Vec<Indicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
    pub name_basis: LegalBasis,
    pub threshold: Text,
    pub basis: LegalBasis,
}

/// The rules the questionnaire derives indicators by.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub working_age_from: Threshold<u64>,
    pub retirement: Retirement,
    pub employment_without_contract: LegalBasis,
    pub dependant_under: Threshold<Option<Known>>,
    pub dependant_with_allowance: LegalBasis,
    pub nutrition_under: Threshold<Option<Known>>,
    pub insurance_from: Threshold<Option<Known>>,
    pub adult_education_from: Threshold<Option<Known>>,
    pub adult_education_to: Threshold<Option<Known>>,
    pub upper_secondary_from: Threshold<Option<Known>>,
    pub on_the_job_training: LegalBasis,
    pub school_from: Threshold<Option<Known>>,
    pub school_under: Threshold<Option<Known>>,
    pub non_durable_parts: Threshold<Option<Known>>,
    pub min_floor_area_per_person_m2: Threshold<Option<Known>>,
}

impl Questionnaire {
    /// Every basis it cites.
    pub fn bases(&self) -> Vec<&LegalBasis> {
        let r = &self.retirement;
        let mut all = vec![
            &self.working_age_from.basis,
            &r.basis,
            &r.schedule_basis,
            &self.employment_without_contract,
            &self.dependant_with_allowance,
            &self.on_the_job_training,
        ];
        all.extend(
            [
                &self.dependant_under,
                &self.nutrition_under,
                &self.insurance_from,
                &self.adult_education_from,
                &self.adult_education_to,
                &self.upper_secondary_from,
                &self.school_from,
                &self.school_under,
                &self.non_durable_parts,
                &self.min_floor_area_per_person_m2,
            ]
            .map(|t| &t.basis),
        );
        all
    }
}

/// A value and where it comes from; `null` where the standard's text is
/// not known.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold<T> {
    pub value: T,
    pub basis: LegalBasis,
}

/// A threshold's value: a whole number (an age, a count of parts) or a
/// decimal's digits in a string (a floor area).
pub enum Known {
    Whole(u64),
    Digits(String),
}

impl<'de> Deserialize<'de> for Known {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Known, D::Error> {
        struct KnownVisitor;
        impl Visitor<'_> for KnownVisitor {
            type Value = Known;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number, a string of digits, or null where unknown")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Known, E> {
                Ok(Known::Whole(n))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Known, E> {
                if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(E::custom(format!("{s:?} must be a string of digits")));
                }
                Ok(Known::Digits(s.to_owned()))
            }
        }
        deserializer.deserialize_any(KnownVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retirement {
    pub men: Schedule,
    pub women: Schedule,
    pub basis: LegalBasis,
    pub schedule_basis: LegalBasis,
}

/// The retirement age by year: `years`/`months` from `from_year`, raised by
/// `step_months` a year until `until_years`/`until_months`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub from_year: u64,
    pub years: u64,
    pub months: u64,
    pub step_months: u64,
    pub until_years: u64,
    pub until_months: u64,
}

#[cfg(test)]
mod tests;
