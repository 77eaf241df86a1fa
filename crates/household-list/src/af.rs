//! The Alkire–Foster measures of multidimensional poverty over a list, with
//! equal weights and the standard's own cutoff.
//!
//! Identification uses deprivations only, not income: a household is
//! *multidimensionally poor* here when its deprivation count is at least
//! k = the standard's minimum for poor households (3 of 12 for 2022–2025),
//! whatever its income. This is the international measure, offered beside
//! the national counts, which also need income at or below the line.
//!
//! With n households, d indicators of weight 1/d, and c_i the count of
//! household i:
//! - H = q / n, where q households have c_i ≥ k;
//! - A = (Σ over those q of c_i / d) / q;
//! - M0 = H × A = Σ c_i / (n d) over the q identified;
//! - the censored headcount of indicator j, h_j = (identified households
//!   deprived in j) / n, so M0 = Σ_j h_j / d;
//! - indicator j's contribution to M0 = (h_j / d) / M0 × 100 percent.
//!
//! H, A, M0 and censored headcounts are fractions (0 to 1), as the AF
//! literature states them; contributions are percent and add up to 100.

use rust_decimal::Decimal;

use crate::import::ListedHousehold;

/// One indicator's part in M0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfIndicator {
    pub indicator_id: String,
    /// Identified households deprived in it.
    pub censored_count: u64,
    /// Fraction of all households: identified and deprived in it.
    pub censored_headcount: Option<Decimal>,
    /// Percent of M0; `None` when M0 is zero.
    pub contribution_percent: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlkireFoster {
    /// n
    pub households: u64,
    /// d
    pub indicators: u32,
    /// k: a household is identified with at least this many deprivations.
    pub cutoff: u32,
    /// 1/d for every indicator; `None` without indicators.
    pub weight: Option<Decimal>,
    /// q: households identified as multidimensionally poor.
    pub identified: u64,
    /// H = q / n (fraction); `None` for an empty list.
    pub headcount: Option<Decimal>,
    /// A: the average deprivation share of the identified (fraction);
    /// `None` when nobody is identified.
    pub intensity: Option<Decimal>,
    /// M0 = H × A (fraction); `None` for an empty list or no indicators.
    pub adjusted_headcount: Option<Decimal>,
    pub by_indicator: Vec<AfIndicator>,
}

/// What the measures are computed from: every figure of [`AlkireFoster`]
/// follows from these counts, so they are what a reading in the reader
/// worker sends to the page (`wire.rs`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AfCounts {
    /// n
    pub households: u64,
    /// k, at least 1.
    pub cutoff: u32,
    /// q
    pub identified: u64,
    /// Σ c_i over the identified.
    pub deprivations: u64,
    /// Identified households deprived in each indicator, in the standard's
    /// order.
    pub censored: Vec<u64>,
}

/// The measures over `households`, whose bit `j` is `indicator_ids[j]`,
/// with cutoff `k` (at least 1: with k = 0 everyone would be identified).
pub fn alkire_foster(households: &[ListedHousehold], indicator_ids: &[String], k: u32) -> AlkireFoster {
    af_counts(households, indicator_ids.len(), k).measures(indicator_ids)
}

/// The counts of [`alkire_foster`] over `d` indicators.
pub fn af_counts(households: &[ListedHousehold], d: usize, k: u32) -> AfCounts {
    let k = k.max(1);
    let mut identified = 0u64;
    let mut deprivations = 0u64;
    let mut censored = vec![0u64; d];
    let in_standard = if d >= 64 { u64::MAX } else { (1u64 << d) - 1 };
    for h in households {
        let bits = h.deprived & in_standard;
        let c = bits.count_ones();
        if c < k {
            continue;
        }
        identified += 1;
        deprivations += u64::from(c);
        let mut rest = bits;
        while rest != 0 {
            censored[rest.trailing_zeros() as usize] += 1;
            rest &= rest - 1;
        }
    }
    AfCounts {
        households: households.len() as u64,
        cutoff: k,
        identified,
        deprivations,
        censored,
    }
}

impl AfCounts {
    /// The measures, with `indicator_ids` in the order of `censored`.
    pub fn measures(&self, indicator_ids: &[String]) -> AlkireFoster {
        let AfCounts {
            households: n,
            cutoff: k,
            identified,
            deprivations,
            ref censored,
        } = *self;
        let d = indicator_ids.len();
        let fraction = |num: u64, den: u64| (den > 0).then(|| Decimal::from(num) / Decimal::from(den));
        let dn = d as u64;
        let adjusted_headcount = fraction(deprivations, n * dn);
        let by_indicator = indicator_ids
            .iter()
            .zip(censored)
            .map(|(id, &count)| AfIndicator {
                indicator_id: id.clone(),
                censored_count: count,
                censored_headcount: fraction(count, n),
                // (count / n / d) / (Σc / (n d)) = count / Σc.
                contribution_percent: (deprivations > 0)
                    .then(|| Decimal::from(count) * Decimal::ONE_HUNDRED / Decimal::from(deprivations)),
            })
            .collect();
        AlkireFoster {
            households: n,
            indicators: d as u32,
            cutoff: k,
            weight: fraction(1, dn),
            identified,
            headcount: fraction(identified, n),
            intensity: fraction(deprivations, identified * dn),
            adjusted_headcount,
            by_indicator,
        }
    }
}
