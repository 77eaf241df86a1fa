//! Counts and rates by village and for the whole unit, and the deprivation
//! profile of poor and near-poor households.
//!
//! Rates are **percent** (`3,04` means 3,04%), as plans print them, kept
//! exact: round only to display (`vn_format::format_percent(rate, 2)`). A
//! rate over no households is `None`.

use poverty_rules::Category;
use rust_decimal::Decimal;

use crate::af::{AfCounts, AlkireFoster, af_counts};
use crate::import::{Import, ListedHousehold};

/// A list's counts: the annex row's (`planning::Counts`, the one type of
/// a review's counts), plus the average-living and other households so
/// the categories add up, and the low-income workers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCounts {
    /// Households, ethnic-minority, poor, near-poor and the poor's make-up,
    /// as a row of the target annex carries them.
    pub annex: planning::Counts,
    /// Hộ có mức sống trung bình (never from scores: see `other`).
    pub average_living: u64,
    /// None of the above; by scores, every household above the score-A
    /// threshold.
    pub other: u64,
    /// Households whose workers count as low-income workers (Nghị định
    /// 30/2025/NĐ-CP); 0 where unknown (`Import::low_income_workers_known`).
    pub low_income_workers: u64,
}

impl ListCounts {
    fn add(&mut self, h: &ListedHousehold) {
        let a = &mut self.annex;
        a.households += 1;
        a.ethnic_minority += u64::from(h.ethnic_minority);
        self.low_income_workers += u64::from(h.low_income_workers);
        match h.category {
            Category::Poor => {
                a.poor += 1;
                a.ethnic_minority_poor += u64::from(h.ethnic_minority);
                if h.social_protection {
                    a.social_protection_poor += 1;
                } else {
                    a.poor_able_to_escape += 1;
                }
            }
            Category::NearPoor => a.near_poor += 1,
            Category::AverageLiving => self.average_living += 1,
            Category::Other => self.other += 1,
        }
    }

    fn plus(&mut self, other: &ListCounts) {
        self.annex = self.annex + other.annex;
        self.average_living += other.average_living;
        self.other += other.other;
        self.low_income_workers += other.low_income_workers;
    }

    /// Each group as a percentage of `base` households: the village's own
    /// (`annex.households`) or the unit's.
    pub fn rates_over(&self, base: u64) -> Rates {
        let r = |n: u64| percent(n, base);
        let a = &self.annex;
        Rates {
            base,
            ethnic_minority: r(a.ethnic_minority),
            poor: r(a.poor),
            near_poor: r(a.near_poor),
            poor_and_near_poor: r(a.poor + a.near_poor),
            average_living: r(self.average_living),
            other: r(self.other),
            ethnic_minority_poor: r(a.ethnic_minority_poor),
            social_protection_poor: r(a.social_protection_poor),
            poor_able_to_escape: r(a.poor_able_to_escape),
            poor_among_ethnic_minority: percent(a.ethnic_minority_poor, a.ethnic_minority),
        }
    }
}

/// `count / base × 100`, exact; `None` over no households.
pub fn percent(count: u64, base: u64) -> Option<Decimal> {
    (base > 0).then(|| Decimal::from(count) * Decimal::ONE_HUNDRED / Decimal::from(base))
}

/// Rates in percent over `base` households, except
/// `poor_among_ethnic_minority`, which is over the ethnic-minority
/// households (the programme's target for them is stated that way).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rates {
    pub base: u64,
    pub ethnic_minority: Option<Decimal>,
    pub poor: Option<Decimal>,
    pub near_poor: Option<Decimal>,
    /// "Tỷ lệ hộ nghèo đa chiều, gồm cả hộ nghèo và hộ cận nghèo".
    pub poor_and_near_poor: Option<Decimal>,
    pub average_living: Option<Decimal>,
    pub other: Option<Decimal>,
    pub ethnic_minority_poor: Option<Decimal>,
    pub social_protection_poor: Option<Decimal>,
    pub poor_able_to_escape: Option<Decimal>,
    /// Ethnic-minority poor over ethnic-minority households.
    pub poor_among_ethnic_minority: Option<Decimal>,
}

/// One indicator in a group's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorShare {
    pub indicator_id: String,
    /// Households of the group deprived in it.
    pub deprived: u64,
    /// Percent of the group's households; `None` for an empty group.
    pub percent: Option<Decimal>,
}

/// Which indicators a group's households lack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupProfile {
    pub households: u64,
    /// In the standard's order.
    pub indicators: Vec<IndicatorShare>,
}

/// The deprivation profile ("các chiều thiếu hụt"): for poor and near-poor
/// households together, and for poor households alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub poor_and_near_poor: GroupProfile,
    pub poor: GroupProfile,
}

/// A village's counts, its rates over its own households and over the
/// unit's, and its profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VillageSummary {
    pub name: String,
    pub counts: ListCounts,
    /// Over the village's own households.
    pub rates: Rates,
    /// Over the whole unit's households (what adds up across villages).
    pub rates_of_unit: Rates,
    pub profile: Profile,
}

/// The whole list: every village, the unit's total, and the Alkire–Foster
/// measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub standard_id: String,
    pub indicator_ids: Vec<String>,
    /// In the order villages first appear in the file.
    pub villages: Vec<VillageSummary>,
    pub total: ListCounts,
    pub total_rates: Rates,
    pub total_profile: Profile,
    pub alkire_foster: AlkireFoster,
}

/// Deprivation counts of one village's poor and near-poor households.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub counts: ListCounts,
    /// Per indicator, in the standard's order.
    pub poor_deprived: Vec<u64>,
    pub near_poor_deprived: Vec<u64>,
}

impl Tally {
    fn new(indicators: usize) -> Tally {
        Tally {
            counts: ListCounts::default(),
            poor_deprived: vec![0; indicators],
            near_poor_deprived: vec![0; indicators],
        }
    }

    fn add(&mut self, h: &ListedHousehold) {
        self.counts.add(h);
        let deprived = match h.category {
            Category::Poor => &mut self.poor_deprived,
            Category::NearPoor => &mut self.near_poor_deprived,
            _ => return,
        };
        let mut bits = h.deprived;
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            if let Some(n) = deprived.get_mut(i) {
                *n += 1;
            }
            bits &= bits - 1;
        }
    }

    fn plus(&mut self, other: &Tally) {
        self.counts.plus(&other.counts);
        for (a, b) in self.poor_deprived.iter_mut().zip(&other.poor_deprived) {
            *a += b;
        }
        for (a, b) in self.near_poor_deprived.iter_mut().zip(&other.near_poor_deprived) {
            *a += b;
        }
    }

    fn profile(&self, ids: &[String]) -> Profile {
        let group = |households: u64, deprived: &mut dyn Iterator<Item = u64>| GroupProfile {
            households,
            indicators: ids
                .iter()
                .zip(deprived)
                .map(|(id, n)| IndicatorShare {
                    indicator_id: id.clone(),
                    deprived: n,
                    percent: percent(n, households),
                })
                .collect(),
        };
        let both = self
            .poor_deprived
            .iter()
            .zip(&self.near_poor_deprived)
            .map(|(a, b)| a + b);
        Profile {
            poor_and_near_poor: group(
                self.counts.annex.poor + self.counts.annex.near_poor,
                &mut both.into_iter(),
            ),
            poor: group(self.counts.annex.poor, &mut self.poor_deprived.iter().copied()),
        }
    }
}

/// What a [`Summary`] is made of: every figure of it follows from these
/// counts, so they are what a reading in the reader worker sends to the
/// page (`wire.rs`), whatever the length of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tallies {
    pub standard_id: String,
    pub indicator_ids: Vec<String>,
    /// Each village's name and tally, in the order they first appear.
    pub villages: Vec<(String, Tally)>,
    pub alkire_foster: AfCounts,
}

impl Tallies {
    pub fn of(import: &Import) -> Tallies {
        let d = import.indicator_ids.len();
        let mut tallies = vec![Tally::new(d); import.villages.len()];
        for h in &import.households {
            if let Some(t) = tallies.get_mut(h.village as usize) {
                t.add(h);
            }
        }
        Tallies {
            standard_id: import.standard_id.clone(),
            indicator_ids: import.indicator_ids.clone(),
            villages: import.villages.iter().cloned().zip(tallies).collect(),
            alkire_foster: af_counts(&import.households, d, import.min_deprivations),
        }
    }

    /// Counts, rates, profiles and the Alkire–Foster measures.
    pub fn summary(&self) -> Summary {
        let ids = &self.indicator_ids;
        let mut total = Tally::new(ids.len());
        for (_, t) in &self.villages {
            total.plus(t);
        }
        let unit = total.counts.annex.households;
        let villages = self
            .villages
            .iter()
            .map(|(name, t)| VillageSummary {
                name: name.clone(),
                counts: t.counts,
                rates: t.counts.rates_over(t.counts.annex.households),
                rates_of_unit: t.counts.rates_over(unit),
                profile: t.profile(ids),
            })
            .collect();
        Summary {
            standard_id: self.standard_id.clone(),
            indicator_ids: ids.clone(),
            villages,
            total: total.counts,
            total_rates: total.counts.rates_over(unit),
            total_profile: total.profile(ids),
            alkire_foster: self.alkire_foster.measures(ids),
        }
    }
}

/// Counts, rates, profiles and the Alkire–Foster measures of an import.
pub fn summarize(import: &Import) -> Summary {
    Tallies::of(import).summary()
}

impl Import {
    pub fn summary(&self) -> Summary {
        summarize(self)
    }
}
