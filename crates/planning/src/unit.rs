//! A unit (commune, province, any level) and its sub-units (villages or
//! communes), with the counts a review gives for each.

/// The counts of one row of the target annex (biểu chỉ tiêu).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Hộ dân cư: resident households.
    pub households: u64,
    /// Hộ dân tộc thiểu số.
    pub ethnic_minority: u64,
    /// Hộ nghèo.
    pub poor: u64,
    /// Hộ cận nghèo.
    pub near_poor: u64,
    /// Hộ nghèo dân tộc thiểu số.
    pub ethnic_minority_poor: u64,
    /// Hộ nghèo thuộc diện bảo trợ xã hội: cannot escape poverty by work.
    pub social_protection_poor: u64,
    /// Hộ nghèo có khả năng thoát nghèo.
    pub poor_able_to_escape: u64,
}

impl Counts {
    /// From the seven counts in the annex's order (`CELLS`, the reduction
    /// left out).
    pub fn from_cells(cells: [u64; 7]) -> Counts {
        let [
            households,
            ethnic_minority,
            poor,
            near_poor,
            ethnic_minority_poor,
            social_protection_poor,
            poor_able_to_escape,
        ] = cells;
        Counts {
            households,
            ethnic_minority,
            poor,
            near_poor,
            ethnic_minority_poor,
            social_protection_poor,
            poor_able_to_escape,
        }
    }

    /// The seven counts in the annex's order: [`Counts::from_cells`] back.
    pub fn cells(&self) -> [u64; 7] {
        [
            self.households,
            self.ethnic_minority,
            self.poor,
            self.near_poor,
            self.ethnic_minority_poor,
            self.social_protection_poor,
            self.poor_able_to_escape,
        ]
    }

    /// The count in an annex column; `None` for a column that is no count
    /// of a review (a reduction, a rate).
    pub fn get(&self, column: crate::Column) -> Option<u64> {
        use crate::Column as C;
        Some(match column {
            C::Households => self.households,
            C::EthnicMinority => self.ethnic_minority,
            C::Poor => self.poor,
            C::NearPoor => self.near_poor,
            C::EthnicMinorityPoor => self.ethnic_minority_poor,
            C::SocialProtectionPoor => self.social_protection_poor,
            C::PoorAbleToEscape => self.poor_able_to_escape,
            C::PoorRate
            | C::NearPoorRate
            | C::Reduction
            | C::ReductionPoints
            | C::EthnicMinorityPoorRate
            | C::SocialProtectionPoorRate
            | C::PoorAbleToEscapeRate
            | C::YearEndPoor
            | C::YearEndRate => return None,
        })
    }
}

/// Row by row, saturating: a total is never a reason to panic.
impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts {
            households: self.households.saturating_add(other.households),
            ethnic_minority: self.ethnic_minority.saturating_add(other.ethnic_minority),
            poor: self.poor.saturating_add(other.poor),
            near_poor: self.near_poor.saturating_add(other.near_poor),
            ethnic_minority_poor: self.ethnic_minority_poor.saturating_add(other.ethnic_minority_poor),
            social_protection_poor: self.social_protection_poor.saturating_add(other.social_protection_poor),
            poor_able_to_escape: self.poor_able_to_escape.saturating_add(other.poor_able_to_escape),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubUnit {
    pub name: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unit {
    pub name: String,
    pub sub_units: Vec<SubUnit>,
}

impl Unit {
    /// The total row: always the sum of the rows, never typed.
    pub fn totals(&self) -> Counts {
        self.sub_units.iter().fold(Counts::default(), |sum, s| sum + s.counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_the_sum_of_rows() {
        let row = |households, poor| SubUnit {
            name: String::new(),
            counts: Counts {
                households,
                poor,
                ..Counts::default()
            },
        };
        let unit = Unit {
            name: "Xã A".into(),
            sub_units: vec![row(120, 10), row(80, 7)],
        };
        assert_eq!(unit.totals().households, 200);
        assert_eq!(unit.totals().poor, 17);
        assert_eq!(Unit::default().totals(), Counts::default());
    }
}
