//! A synthetic household list, the same for the same seed: for benchmarks
//! (native and in the browser) and for tests of long imports. Poorer
//! households are more deprived, so every category and profile shows up.

use poverty_rules::ND07_INDICATOR_IDS;
use rust_decimal::Decimal;
use vn_format::format_integer;

/// Knuth's MMIX constants; the high bits are the random ones.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// 0 ≤ n < bound.
    fn below(&mut self, bound: u32) -> u32 {
        self.next() % bound
    }
}

/// A list of `households` rows under the 2022–2025 indicators, in 40
/// villages, `;`-separated with a BOM and CRLF, as Excel set to Vietnamese
/// saves it.
pub fn synthetic_list(households: usize, seed: u64) -> String {
    let mut rng = Lcg(seed);
    let mut out = String::with_capacity(households * 80);
    out.push('\u{feff}');
    out.push_str("stt;thon;khu_vuc;thu_nhap;dtts;btxh;");
    out.push_str(&ND07_INDICATOR_IDS.join(";"));
    out.push_str("\r\n");
    for i in 0..households {
        let village = rng.below(40);
        let urban = village >= 34;
        // A level from 0 to 9 drives both income and deprivation.
        let level = rng.below(10);
        let income = 400_000 + level * 300_000 + rng.below(600_000);
        let ethnic = rng.below(100) < 30;
        let protection = rng.below(100) < 4;
        out.push_str(&format!(
            "{};Thôn {};{};{};{};{}",
            i + 1,
            village + 1,
            if urban { "TT" } else { "NT" },
            format_integer(Decimal::from(income)),
            if ethnic { "x" } else { "" },
            if protection { "x" } else { "" },
        ));
        for _ in ND07_INDICATOR_IDS {
            out.push(';');
            if rng.below(100) < 45u32.saturating_sub(level * 5) {
                out.push('x');
            }
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, import};

    #[test]
    fn the_same_seed_gives_the_same_list_and_every_row_reads() {
        assert_eq!(synthetic_list(50, 1), synthetic_list(50, 1));
        assert_ne!(synthetic_list(50, 1), synthetic_list(50, 2));
        let catalogue = poverty_rules::Catalogue::national();
        let list = import(
            synthetic_list(2_000, 3),
            catalogue.get("nd07-2021").unwrap(),
            Options::default(),
        )
        .unwrap();
        assert_eq!(list.households.len(), 2_000);
        assert_eq!(list.rejected_rows, 0);
        let total = list.summary().total;
        assert!(
            total.annex.poor > 0 && total.annex.near_poor > 0 && total.other > 0,
            "{total:?}"
        );
    }
}
