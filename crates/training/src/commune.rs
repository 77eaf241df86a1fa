//! A commune's target table to check, some with mistakes planted on
//! purpose; `planning`'s checks must find exactly those.

use planning::{Column, Issue, Place, RateBase, TypedRow, check};
use poverty_rules::Text;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRow {
    pub name: String,
    pub row: TypedRow,
}

/// A mistake put in the table on purpose, and what the trainer says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlantedMistake {
    pub place: Place,
    pub column: Column,
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommuneScenario {
    pub title: Text,
    pub story: Text,
    /// Villages, each rate on its own households.
    pub rows: Vec<NamedRow>,
    /// The total row as typed, rates on the commune's households.
    pub total: NamedRow,
    pub mistakes: Vec<PlantedMistake>,
    pub lesson: Text,
}

impl CommuneScenario {
    /// What `planning`'s table checks say of the table.
    pub fn issues(&self) -> Vec<Issue> {
        let rows: Vec<TypedRow> = self.rows.iter().map(|r| r.row.clone()).collect();
        check(&rows, Some(&self.total.row), RateBase::Row)
    }

    /// The rows' names, for `planning::describe`.
    pub fn names(&self) -> Vec<String> {
        self.rows.iter().map(|r| r.name.clone()).collect()
    }

    /// The rows holding a planted mistake, each once, in table order.
    pub fn wrong_places(&self) -> Vec<Place> {
        let mut places: Vec<Place> = Vec::new();
        let order = |p: &Place| match p {
            Place::Row(i) => *i,
            Place::Total => usize::MAX,
        };
        for mistake in &self.mistakes {
            if !places.contains(&mistake.place) {
                places.push(mistake.place);
            }
        }
        places.sort_by_key(order);
        places
    }

    /// Whether the rows a trainee ticked are exactly the wrong ones.
    pub fn is_right(&self, ticked: &[Place]) -> bool {
        let wrong = self.wrong_places();
        wrong.iter().all(|p| ticked.contains(p)) && ticked.iter().all(|p| wrong.contains(p))
    }
}

/// The cell an issue points at, if it points at one cell (a mix of rate
/// bases is about the whole table).
pub fn issue_cell(issue: &Issue) -> Option<(Place, Column)> {
    match *issue {
        Issue::RateMismatch { place, column, .. } => Some((place, column)),
        Issue::PointsDisagree { place, .. } => Some((place, Column::ReductionPoints)),
        Issue::TotalMismatch { column, .. } => Some((Place::Total, column)),
        Issue::ExceedsGroup { place, part, .. } => Some((place, part)),
        Issue::PartsDontAddUp { place, .. } => Some((place, Column::SocialProtectionPoor)),
        Issue::ReductionBeyondAble { place, .. } | Issue::NegativeEnd { place, .. } => Some((place, Column::Reduction)),
        Issue::YearEndMismatch { place, .. } => Some((place, Column::YearEndPoor)),
        Issue::MixedBases { .. } | Issue::BreakdownBases { .. } => None,
    }
}
