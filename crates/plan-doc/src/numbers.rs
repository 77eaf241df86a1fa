//! The numbers a plan's generated text is made from: plain inputs, so the
//! text is always current with the targets and funding pages. A figure not
//! given is `None`: the text leaves it out and tables print a blank, never
//! a 0 the officer did not write.

use funding::{FundingTable, Programme};
use planning::Counts;
use rust_decimal::Decimal;

use crate::results::LastYear;
pub use crate::unit_level::UnitLevel;

/// The review's counts of one row as given: `None` for a column not typed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub households: Option<u64>,
    pub ethnic_minority: Option<u64>,
    pub poor: Option<u64>,
    pub near_poor: Option<u64>,
    pub ethnic_minority_poor: Option<u64>,
    pub social_protection_poor: Option<u64>,
    pub poor_able_to_escape: Option<u64>,
}

impl Figures {
    /// From the seven figures in the annex's order (`planning::CELLS`, the
    /// reduction left out).
    pub fn from_cells(cells: [Option<u64>; 7]) -> Figures {
        let [
            households,
            ethnic_minority,
            poor,
            near_poor,
            ethnic_minority_poor,
            social_protection_poor,
            poor_able_to_escape,
        ] = cells;
        Figures {
            households,
            ethnic_minority,
            poor,
            near_poor,
            ethnic_minority_poor,
            social_protection_poor,
            poor_able_to_escape,
        }
    }
}

fn add(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.saturating_add(b)),
        (a, b) => a.or(b),
    }
}

/// Column by column: a column is known for the total when any row gives
/// it; a blank cell beside typed ones counts as 0, as annexes leave zero
/// cells blank.
impl std::ops::Add for Figures {
    type Output = Figures;

    fn add(self, o: Figures) -> Figures {
        Figures {
            households: add(self.households, o.households),
            ethnic_minority: add(self.ethnic_minority, o.ethnic_minority),
            poor: add(self.poor, o.poor),
            near_poor: add(self.near_poor, o.near_poor),
            ethnic_minority_poor: add(self.ethnic_minority_poor, o.ethnic_minority_poor),
            social_protection_poor: add(self.social_protection_poor, o.social_protection_poor),
            poor_able_to_escape: add(self.poor_able_to_escape, o.poor_able_to_escape),
        }
    }
}

impl Figures {
    /// Every column given.
    pub fn known(c: Counts) -> Figures {
        Figures {
            households: Some(c.households),
            ethnic_minority: Some(c.ethnic_minority),
            poor: Some(c.poor),
            near_poor: Some(c.near_poor),
            ethnic_minority_poor: Some(c.ethnic_minority_poor),
            social_protection_poor: Some(c.social_protection_poor),
            poor_able_to_escape: Some(c.poor_able_to_escape),
        }
    }

    /// For `planning`'s arithmetic: columns not given as 0. Use it only
    /// for a figure whose own columns are known.
    pub fn counts(&self) -> Counts {
        Counts {
            households: self.households.unwrap_or(0),
            ethnic_minority: self.ethnic_minority.unwrap_or(0),
            poor: self.poor.unwrap_or(0),
            near_poor: self.near_poor.unwrap_or(0),
            ethnic_minority_poor: self.ethnic_minority_poor.unwrap_or(0),
            social_protection_poor: self.social_protection_poor.unwrap_or(0),
            poor_able_to_escape: self.poor_able_to_escape.unwrap_or(0),
        }
    }
}

/// One row of the target annex: a village (or commune) at the start of the
/// year and its target reduction in poor households, when typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TargetRow {
    pub name: String,
    pub figures: Figures,
    pub poor_reduction: Option<u64>,
}

/// A reduction as the plan states it: in households or in percentage
/// points of the group's base; the other is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Households(u64),
    Points(Decimal),
}

/// The unit's targets for the year, each in the form the plan states it;
/// `None` for a form the plan does not use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Targets {
    /// Tỷ lệ hộ nghèo giảm. `None` uses the rows' reductions, when typed.
    pub poor: Option<Amount>,
    /// Tỷ lệ hộ cận nghèo giảm.
    pub near_poor: Option<Amount>,
    /// Tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) giảm; its
    /// split is the poor and near-poor targets, when both are set.
    pub poor_and_near_poor: Option<Amount>,
    /// Đưa tỷ lệ hộ nghèo xuống còn Y%.
    pub poor_rate_goal: Option<Decimal>,
    /// Tỷ lệ hộ nghèo dân tộc thiểu số giảm, over ethnic-minority households.
    pub ethnic_minority_poor: Option<Amount>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNumbers {
    pub level: UnitLevel,
    /// The year planned for.
    pub year: i32,
    /// Sub-units in printed order; a unit without sub-units has one row.
    pub rows: Vec<TargetRow>,
    pub targets: Targets,
    pub funding: FundingTable,
    /// The programme whose catalogue the funding part uses; the plan cites it.
    pub programme: Programme,
    /// Last year's targets and reviews, when the plan reports on them.
    pub last_year: Option<LastYear>,
}

impl PlanNumbers {
    /// The unit's figures: always the sum of the rows.
    pub fn figures(&self) -> Figures {
        self.rows.iter().fold(Figures::default(), |sum, r| sum + r.figures)
    }

    /// The rows' reductions summed, when any row has one.
    pub fn rows_poor_reduction(&self) -> Option<u64> {
        self.rows.iter().fold(None, |sum, r| add(sum, r.poor_reduction))
    }

    /// The poor target: as stated, or the rows' reductions.
    pub fn poor_target(&self) -> Option<Amount> {
        self.targets
            .poor
            .or_else(|| self.rows_poor_reduction().map(Amount::Households))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(households: Option<u64>, near_poor: Option<u64>, reduction: Option<u64>) -> TargetRow {
        TargetRow {
            name: String::new(),
            figures: Figures {
                households,
                near_poor,
                ..Figures::default()
            },
            poor_reduction: reduction,
        }
    }

    #[test]
    fn a_column_no_row_gives_stays_unknown() {
        let numbers = PlanNumbers {
            level: UnitLevel::Commune,
            year: 2027,
            rows: vec![row(Some(100), None, None), row(Some(50), Some(3), None)],
            targets: Targets::default(),
            funding: FundingTable::default(),
            programme: Programme::default(),
            last_year: None,
        };
        let f = numbers.figures();
        assert_eq!((f.households, f.near_poor, f.poor), (Some(150), Some(3), None));
        assert_eq!(numbers.rows_poor_reduction(), None);
        assert_eq!(numbers.poor_target(), None);
    }

    #[test]
    fn a_stated_poor_target_wins_over_the_rows() {
        let mut numbers = PlanNumbers {
            level: UnitLevel::Commune,
            year: 2027,
            rows: vec![row(Some(100), None, Some(2)), row(Some(50), None, None)],
            targets: Targets::default(),
            funding: FundingTable::default(),
            programme: Programme::default(),
            last_year: None,
        };
        assert_eq!(numbers.poor_target(), Some(Amount::Households(2)));
        numbers.targets.poor = Some(Amount::Points(Decimal::ONE));
        assert_eq!(numbers.poor_target(), Some(Amount::Points(Decimal::ONE)));
    }
}
