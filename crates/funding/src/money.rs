//! What a plan's money is: its kind (investment or recurrent), its source,
//! and amounts by source, in million đồng (triệu đồng).

use std::ops::Add;

use rust_decimal::Decimal;

/// Loại vốn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Vốn đầu tư phát triển (ĐTPT).
    Investment,
    /// Vốn sự nghiệp.
    Recurrent,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Investment, Kind::Recurrent];

    /// `(vi, en)`, as a table heading.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            Kind::Investment => ("Vốn đầu tư phát triển", "Investment"),
            Kind::Recurrent => ("Vốn sự nghiệp", "Recurrent"),
        }
    }
}

/// Nguồn vốn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// Ngân sách trung ương (NSTW).
    Central,
    /// Ngân sách địa phương đối ứng (NSĐP).
    LocalCounterpart,
    /// Vốn tín dụng chính sách.
    Credit,
    /// Người dân đóng góp.
    People,
    /// Nguồn khác.
    Other,
}

impl Source {
    /// The order of a funding line's amount cells.
    pub const ALL: [Source; 5] = [
        Source::Central,
        Source::LocalCounterpart,
        Source::Credit,
        Source::People,
        Source::Other,
    ];

    /// `(vi, en)`, as a table heading.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            Source::Central => ("Ngân sách trung ương", "Central budget"),
            Source::LocalCounterpart => ("Ngân sách địa phương đối ứng", "Local counterpart"),
            Source::Credit => ("Vốn tín dụng chính sách", "Policy credit"),
            Source::People => ("Người dân đóng góp", "People's contributions"),
            Source::Other => ("Nguồn khác", "Other sources"),
        }
    }
}

/// Amounts by source, in million đồng.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Amounts {
    pub central: Decimal,
    pub local_counterpart: Decimal,
    pub credit: Decimal,
    pub people: Decimal,
    pub other: Decimal,
}

impl Amounts {
    pub fn get(&self, source: Source) -> Decimal {
        match source {
            Source::Central => self.central,
            Source::LocalCounterpart => self.local_counterpart,
            Source::Credit => self.credit,
            Source::People => self.people,
            Source::Other => self.other,
        }
    }

    pub fn set(&mut self, source: Source, value: Decimal) {
        let cell = match source {
            Source::Central => &mut self.central,
            Source::LocalCounterpart => &mut self.local_counterpart,
            Source::Credit => &mut self.credit,
            Source::People => &mut self.people,
            Source::Other => &mut self.other,
        };
        *cell = value;
    }

    /// All sources together.
    pub fn total(&self) -> Decimal {
        Source::ALL.iter().fold(Decimal::ZERO, |sum, s| plus(sum, self.get(*s)))
    }
}

/// `a + b`, saturating: a total is never a reason to panic. Out of line
/// because rust_decimal inlines its whole addition at every call, and the
/// funding table adds in many places (about 6 KB of wasm).
#[inline(never)]
pub(crate) fn plus(a: Decimal, b: Decimal) -> Decimal {
    a.saturating_add(b)
}

/// `percent`% of `amount`, saturating. Out of line for the same reason as [`plus`].
#[inline(never)]
pub(crate) fn percent_of(amount: Decimal, percent: Decimal) -> Decimal {
    amount.saturating_mul(percent) / Decimal::ONE_HUNDRED
}

/// Source by source, saturating: a total is never a reason to panic.
impl Add for Amounts {
    type Output = Amounts;

    fn add(self, other: Amounts) -> Amounts {
        let mut sum = self;
        for s in Source::ALL {
            sum.set(s, plus(self.get(s), other.get(s)));
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_is_the_sum_of_every_source() {
        let mut a = Amounts::default();
        for (i, s) in Source::ALL.into_iter().enumerate() {
            a.set(s, Decimal::from(i + 1));
        }
        assert_eq!(a.total(), Decimal::from(15));
        assert_eq!((a + a).get(Source::Other), Decimal::from(10));
    }

    #[test]
    fn sums_saturate_instead_of_panicking() {
        let mut a = Amounts::default();
        a.set(Source::Credit, Decimal::MAX);
        a.set(Source::People, Decimal::MAX);
        assert_eq!(a.total(), Decimal::MAX);
        assert_eq!((a + a).credit, Decimal::MAX);
    }
}
