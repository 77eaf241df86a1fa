//! A list read in the reader worker (the app's `src/workers/reader.rs`), as text for
//! the page: the tallies every figure follows from ([`Tallies`]) and the
//! messages, however long the list; and the progress of a reading. The
//! page reads them back without the importer or a JSON parser in its
//! bundle.
//!
//! `key=value` pairs joined by `&`, values percent-encoded (`link-text`);
//! a value of several parts joins them by `~`.

use lang::Lang;
use link_text::{decode, decode_both, encode, encode_both, raw_pairs};
use table_grid::{ColumnMapping, mapping_from_text, mapping_to_text};

use crate::af::AfCounts;
use crate::columns::HouseholdField;
use crate::error::FileError;
use crate::import::{Import, Progress};
use crate::summary::{ListCounts, Tallies, Tally};

/// A reading of a list, as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListReading {
    Read(Box<ListRead>),
    Failed {
        /// `(vi, en)`: why nothing was read.
        message: (String, String),
        /// When the columns did not do: the header that came closest, for
        /// the user to say which column is which.
        closest: Option<ColumnMapping<HouseholdField>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRead {
    pub tallies: Tallies,
    /// Rows with at least one error, none of them kept.
    pub rejected_rows: u64,
    /// `(vi, en)` of the errors kept, then how many more were only counted.
    pub errors: Vec<(String, String)>,
    pub errors_not_shown: u64,
    /// `(vi, en)`: what was read past or assumed.
    pub notices: Vec<(String, String)>,
    pub classified_by_scores: bool,
    /// Whether `Counts::low_income_workers` means anything: the standard
    /// has the band and the list was classified by income.
    pub low_income_workers_known: bool,
    /// What each column was read as, and why; the user may correct it.
    pub mapping: ColumnMapping<HouseholdField>,
}

impl ListReading {
    /// A list refused: its message, and the closest header if any.
    pub fn refused((error, closest): (FileError, Option<ColumnMapping<HouseholdField>>)) -> ListReading {
        ListReading::Failed {
            message: (error.message(Lang::Vi), error.message(Lang::En)),
            closest,
        }
    }
}

impl ListRead {
    pub fn of(import: &Import) -> ListRead {
        ListRead {
            tallies: Tallies::of(import),
            rejected_rows: import.rejected_rows,
            errors: import
                .errors
                .iter()
                .map(|e| (e.message(Lang::Vi), e.message(Lang::En)))
                .collect(),
            errors_not_shown: import.errors_not_shown,
            notices: import
                .notices
                .iter()
                .map(|n| (n.message(Lang::Vi), n.message(Lang::En)))
                .collect(),
            classified_by_scores: import.classified_by_scores,
            low_income_workers_known: import.low_income_workers_known,
            mapping: import.mapping.clone(),
        }
    }
}

/// The annex's seven counts in their order, then the other three.
fn counts_fields(c: &ListCounts) -> [u64; 10] {
    let [a, b, d, e, f, g, h] = c.annex.cells();
    [a, b, d, e, f, g, h, c.average_living, c.other, c.low_income_workers]
}

fn counts_of(f: &[u64]) -> Option<ListCounts> {
    let [a, b, c, d, e, g, h, average_living, other, low_income_workers] = *f else {
        return None;
    };
    Some(ListCounts {
        annex: planning::Counts::from_cells([a, b, c, d, e, g, h]),
        average_living,
        other,
        low_income_workers,
    })
}

fn numbers(values: impl IntoIterator<Item = u64>) -> String {
    values.into_iter().map(|n| n.to_string()).collect::<Vec<_>>().join("~")
}

fn numbers_of(raw: &str) -> Option<Vec<u64>> {
    raw.split('~').map(|n| n.parse().ok()).collect()
}

impl ListReading {
    pub fn to_text(&self) -> String {
        let read = match self {
            ListReading::Failed { message, closest } => {
                let mut text = format!("khong-doc-duoc={}", encode_both(message));
                if let Some(closest) = closest {
                    text.push_str(&format!("&gan-nhat={}", encode(&mapping_to_text(closest))));
                }
                return text;
            }
            ListReading::Read(read) => read,
        };
        let t = &read.tallies;
        let d = t.indicator_ids.len();
        let mut pairs = vec![format!("chuan={}", encode(&t.standard_id))];
        pairs.extend(t.indicator_ids.iter().map(|id| format!("chi-so={}", encode(id))));
        pairs.extend(t.villages.iter().map(|(name, tally)| {
            let figures = counts_fields(&tally.counts)
                .into_iter()
                .chain(tally.poor_deprived.iter().copied().take(d))
                .chain(tally.near_poor_deprived.iter().copied().take(d));
            format!("thon={}~{}", encode(name), numbers(figures))
        }));
        let af = &t.alkire_foster;
        pairs.push(format!(
            "af={}",
            numbers(
                [af.households, af.cutoff.into(), af.identified, af.deprivations]
                    .into_iter()
                    .chain(af.censored.iter().copied())
            )
        ));
        pairs.push(format!("bo={}", read.rejected_rows));
        pairs.extend(read.errors.iter().map(|e| format!("loi={}", encode_both(e))));
        pairs.push(format!("loi-khac={}", read.errors_not_shown));
        pairs.extend(read.notices.iter().map(|n| format!("luu-y={}", encode_both(n))));
        if read.classified_by_scores {
            pairs.push("diem=1".to_owned());
        }
        if read.low_income_workers_known {
            pairs.push("thu-nhap-thap=1".to_owned());
        }
        pairs.push(format!("cot={}", encode(&mapping_to_text(&read.mapping))));
        pairs.join("&")
    }

    /// `None` when the text is not one [`Self::to_text`] wrote.
    pub fn from_text(text: &str) -> Option<ListReading> {
        let mut read = ListRead {
            tallies: Tallies {
                standard_id: String::new(),
                indicator_ids: Vec::new(),
                villages: Vec::new(),
                alkire_foster: AfCounts::default(),
            },
            rejected_rows: 0,
            errors: Vec::new(),
            errors_not_shown: 0,
            notices: Vec::new(),
            classified_by_scores: false,
            low_income_workers_known: false,
            mapping: ColumnMapping::new(Vec::new()),
        };
        let (mut found_standard, mut found_mapping) = (false, false);
        let (mut failed, mut closest) = (None, None);
        for (key, raw) in raw_pairs(text) {
            let t = &mut read.tallies;
            let d = t.indicator_ids.len();
            match key {
                "khong-doc-duoc" => failed = Some(decode_both(raw)?),
                "gan-nhat" => closest = Some(mapping_from_text(&decode(raw)?)?),
                "cot" => {
                    read.mapping = mapping_from_text(&decode(raw)?)?;
                    found_mapping = true;
                }
                "chuan" => {
                    t.standard_id = decode(raw)?;
                    found_standard = true;
                }
                "chi-so" => t.indicator_ids.push(decode(raw)?),
                "thon" => {
                    let (name, figures) = raw.split_once('~')?;
                    let figures = numbers_of(figures)?;
                    if figures.len() != 10 + 2 * d {
                        return None;
                    }
                    let tally = Tally {
                        counts: counts_of(&figures[..10])?,
                        poor_deprived: figures[10..10 + d].to_vec(),
                        near_poor_deprived: figures[10 + d..].to_vec(),
                    };
                    t.villages.push((decode(name)?, tally));
                }
                "af" => {
                    let figures = numbers_of(raw)?;
                    let [households, cutoff, identified, deprivations, ref censored @ ..] = *figures.as_slice() else {
                        return None;
                    };
                    if censored.len() != d {
                        return None;
                    }
                    t.alkire_foster = AfCounts {
                        households,
                        cutoff: u32::try_from(cutoff).ok()?,
                        identified,
                        deprivations,
                        censored: censored.to_vec(),
                    };
                }
                "bo" => read.rejected_rows = raw.parse().ok()?,
                "loi" => read.errors.push(decode_both(raw)?),
                "loi-khac" => read.errors_not_shown = raw.parse().ok()?,
                "luu-y" => read.notices.push(decode_both(raw)?),
                "diem" => read.classified_by_scores = true,
                "thu-nhap-thap" => read.low_income_workers_known = true,
                _ => return None,
            }
        }
        match failed {
            Some(message) => (!found_standard).then_some(ListReading::Failed { message, closest }),
            None => (found_standard && found_mapping && closest.is_none()).then(|| ListReading::Read(Box::new(read))),
        }
    }
}

impl Progress {
    pub fn to_text(&self) -> String {
        numbers([
            self.rows_done,
            self.rows_total_estimate,
            self.bytes_done,
            self.bytes_total,
            self.finished.into(),
        ])
    }

    pub fn from_text(text: &str) -> Option<Progress> {
        let [rows_done, rows_total_estimate, bytes_done, bytes_total, finished] = *numbers_of(text)?.as_slice() else {
            return None;
        };
        Some(Progress {
            rows_done,
            rows_total_estimate,
            bytes_done,
            bytes_total,
            finished: finished == 1,
        })
    }
}
