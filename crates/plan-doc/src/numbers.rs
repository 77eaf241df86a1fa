//! The numbers a plan's generated text is made from: plain inputs, so the
//! text is always current with the targets and funding pages.

use funding::FundingTable;
use planning::Counts;

use crate::lang::Lang;

/// The level of the planning unit, for "toàn xã", "toàn tỉnh".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitLevel {
    Commune,
    Ward,
    SpecialZone,
    Province,
}

impl UnitLevel {
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            UnitLevel::Commune => lang.pick("xã", "commune"),
            UnitLevel::Ward => lang.pick("phường", "ward"),
            UnitLevel::SpecialZone => lang.pick("đặc khu", "special zone"),
            UnitLevel::Province => lang.pick("tỉnh", "province"),
        }
    }
}

/// One row of the target annex: a village (or commune) at the start of the
/// year and its target reduction in poor households.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TargetRow {
    pub name: String,
    pub counts: Counts,
    pub poor_reduction: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNumbers {
    pub level: UnitLevel,
    /// The year planned for.
    pub year: i32,
    /// Sub-units in printed order; a unit without sub-units has one row.
    pub rows: Vec<TargetRow>,
    /// A near-poor target, when the plan sets one (unit level only).
    pub near_poor_reduction: Option<u64>,
    pub funding: FundingTable,
}

impl PlanNumbers {
    /// The unit's counts: always the sum of the rows.
    pub fn counts(&self) -> Counts {
        self.rows.iter().fold(Counts::default(), |sum, r| sum + r.counts)
    }

    pub fn poor_reduction(&self) -> u64 {
        self.rows
            .iter()
            .fold(0, |sum: u64, r| sum.saturating_add(r.poor_reduction))
    }
}
