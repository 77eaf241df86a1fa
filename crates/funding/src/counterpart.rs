//! The local counterpart (vốn đối ứng ngân sách địa phương) as a percentage
//! of the central budget money, and how it is rounded. The programme's
//! counterpart rules are not verified here, so the planner sets the
//! percentage and picks the rounding; the rule is always shown as a sentence.

use rust_decimal::{Decimal, RoundingStrategy};
use vn_format::{format_decimal, round_half_up};

use crate::amount::format_rate;
use crate::money::percent_of;
use lang::{Lang, msg};

/// Which way a fraction goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum RoundingMode {
    /// Half or more goes up (485,5 → 486), as officials round by hand.
    #[default]
    HalfUp,
    /// Any fraction is dropped (485,9 → 485).
    Down,
    /// Any fraction goes up (485,1 → 486).
    Up,
}

impl RoundingMode {
    pub const ALL: [RoundingMode; 3] = [RoundingMode::HalfUp, RoundingMode::Down, RoundingMode::Up];
}

/// To what an amount in million đồng is rounded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum RoundingStep {
    /// Whole millions, as plans print them.
    #[default]
    Million,
    /// 0,1 million: 100.000 đồng.
    Tenth,
    /// 0,001 million: 1.000 đồng, the finest an amount is typed.
    Thousandth,
}

impl RoundingStep {
    pub const ALL: [RoundingStep; 3] = [RoundingStep::Million, RoundingStep::Tenth, RoundingStep::Thousandth];

    /// Decimals of a million kept.
    pub fn places(self) -> u32 {
        match self {
            RoundingStep::Million => 0,
            RoundingStep::Tenth => 1,
            RoundingStep::Thousandth => 3,
        }
    }

    /// The step in million đồng: 1, 0,1 or 0,001.
    pub fn size(self) -> Decimal {
        Decimal::new(1, self.places())
    }

    fn phrase(self, lang: Lang) -> &'static str {
        match self {
            RoundingStep::Million => lang.pick("hàng triệu đồng", "whole millions"),
            RoundingStep::Tenth => lang.pick("0,1 triệu đồng (100.000 đồng)", "0,1 million (100.000 đồng)"),
            RoundingStep::Thousandth => lang.pick("0,001 triệu đồng (1.000 đồng)", "0,001 million (1.000 đồng)"),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Rounding {
    pub mode: RoundingMode,
    pub step: RoundingStep,
}

impl Rounding {
    /// Never negative zero; amounts here are never negative, so "down" is toward zero.
    pub fn apply(self, value: Decimal) -> Decimal {
        let places = self.step.places();
        match self.mode {
            RoundingMode::HalfUp => round_half_up(value, places),
            RoundingMode::Down => value.round_dp_with_strategy(places, RoundingStrategy::ToZero),
            RoundingMode::Up => value.round_dp_with_strategy(places, RoundingStrategy::AwayFromZero),
        }
    }

    /// A phrase to follow an amount: "rounded half up to whole millions …".
    pub fn describe(self, lang: Lang) -> String {
        let step = self.step.phrase(lang);
        match self.mode {
            RoundingMode::HalfUp => {
                // Finer than an amount is printed, so not `format_amount`.
                let half = self.step.size() / Decimal::TWO;
                let half = format_decimal(half, half.normalize().scale());
                msg!(
                    lang,
                    "làm tròn đến {step}, phần lẻ từ {half} triệu đồng trở lên thì làm tròn lên",
                    "rounded to {step}, a fraction of {half} million or more rounding up"
                )
            }
            RoundingMode::Down => msg!(
                lang,
                "làm tròn xuống đến {step} (bỏ phần lẻ)",
                "rounded down to {step} (the fraction dropped)"
            ),
            RoundingMode::Up => msg!(
                lang,
                "làm tròn lên đến {step} (phần lẻ nào cũng làm tròn lên)",
                "rounded up to {step} (any fraction rounding up)"
            ),
        }
    }
}

/// Counterpart = `percent`% of the central budget money, rounded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CounterpartRule {
    pub percent: Decimal,
    pub rounding: Rounding,
}

impl CounterpartRule {
    /// Before rounding; exact, since amounts and percentages have few decimals.
    pub fn exact(&self, central: Decimal) -> Decimal {
        percent_of(central, self.percent)
    }

    /// The counterpart a line with this much central money should have.
    pub fn expected(&self, central: Decimal) -> Decimal {
        self.rounding.apply(self.exact(central))
    }

    /// The rule as a sentence.
    pub fn describe(&self, lang: Lang) -> String {
        let rounding = self.rounding.describe(lang);
        let percent = format_rate(self.percent);
        msg!(
            lang,
            "Vốn đối ứng ngân sách địa phương bằng {percent} vốn ngân sách trung ương, {rounding}.",
            "The local counterpart is {percent} of the central budget money, {rounding}."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn rule(percent: &str, mode: RoundingMode, step: RoundingStep) -> CounterpartRule {
        CounterpartRule {
            percent: d(percent),
            rounding: Rounding { mode, step },
        }
    }

    use RoundingMode::{Down, HalfUp, Up};
    use RoundingStep::{Million, Tenth, Thousandth};

    #[test]
    fn half_up_rounds_exactly_half_a_million_up() {
        // 10% of 4.855 is 485,5.
        assert_eq!(rule("10", HalfUp, Million).expected(d("4855")), d("486"));
        assert_eq!(rule("10", HalfUp, Million).expected(d("4854.99")), d("485"));
    }

    #[test]
    fn half_up_to_a_tenth_and_to_a_thousandth() {
        // 10% of 4.855,5 is 485,55; 10% of 0,005 is 0,0005.
        assert_eq!(rule("10", HalfUp, Tenth).expected(d("4855.5")), d("485.6"));
        assert_eq!(rule("10", HalfUp, Thousandth).expected(d("0.005")), d("0.001"));
        assert_eq!(rule("10", HalfUp, Thousandth).expected(d("0.004")), d("0"));
    }

    #[test]
    fn round_down_drops_the_fraction_and_round_up_raises_any() {
        assert_eq!(rule("10", Down, Million).expected(d("4859")), d("485"));
        assert_eq!(rule("10", Up, Million).expected(d("4851")), d("486"));
        assert_eq!(
            rule("10", Up, Million).expected(d("4850")),
            d("485"),
            "nothing to raise"
        );
        assert_eq!(rule("10", Down, Tenth).expected(d("4855.9")), d("485.5"));
    }

    #[test]
    fn zero_percent_asks_no_counterpart() {
        for mode in RoundingMode::ALL {
            assert_eq!(rule("0", mode, Million).expected(d("71283")), Decimal::ZERO);
        }
    }

    #[test]
    fn a_hundred_percent_matches_the_central_money() {
        assert_eq!(rule("100", HalfUp, Million).expected(d("71283")), d("71283"));
        assert_eq!(rule("100", Down, Million).expected(d("0.5")), d("0"));
        assert_eq!(rule("100", HalfUp, Thousandth).expected(d("0.125")), d("0.125"));
    }

    #[test]
    fn the_rule_reads_as_a_sentence() {
        let r = rule("10", HalfUp, Million);
        let (vi, en) = (r.describe(Lang::Vi), r.describe(Lang::En));
        assert_eq!(
            vi,
            "Vốn đối ứng ngân sách địa phương bằng 10% vốn ngân sách trung ương, làm tròn đến hàng triệu đồng, phần lẻ từ 0,5 triệu đồng trở lên thì làm tròn lên."
        );
        assert_eq!(
            en,
            "The local counterpart is 10% of the central budget money, rounded to whole millions, a fraction of 0,5 million or more rounding up."
        );
        let r = rule("12.5", Down, Tenth);
        let (vi, en) = (r.describe(Lang::Vi), r.describe(Lang::En));
        assert!(vi.contains("12,5%") && vi.contains("làm tròn xuống đến 0,1 triệu đồng (100.000 đồng)"));
        assert!(en.contains("rounded down to 0,1 million (100.000 đồng)"));
        let vi = Rounding {
            mode: HalfUp,
            step: Thousandth,
        }
        .describe(Lang::Vi);
        assert!(vi.contains("từ 0,0005 triệu đồng"));
    }
}
