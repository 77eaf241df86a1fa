//! The numbers of a draft, read from the texts the targets and funding
//! pages save, so the plan's generated sentences always follow them.

use funding::{Catalogue, FundingForm, form_from_text, funding_table, parse};
use planning::{parse_table, table_from_query};

use crate::numbers::{PlanNumbers, TargetRow, UnitLevel};

/// What a draft's parts give the plan: the numbers, and the unit's name
/// and year as the targets page has them (empty when not typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftNumbers {
    pub numbers: PlanNumbers,
    pub unit: String,
}

/// `targets` is the target table's link text, `funding` the funding text;
/// either may be missing. Cells that do not read count as empty, as on the
/// pages that show them with their messages. `year` is used when the table
/// gives none.
pub fn numbers_from_parts(targets: Option<&str>, funding: Option<&str>, level: UnitLevel, year: i32) -> DraftNumbers {
    let link = targets.and_then(table_from_query).map(|(link, _)| link);
    let (unit, year, rows) = match link {
        Some(link) => {
            let parsed = parse_table(&link.rows);
            let rows = link
                .rows
                .iter()
                .zip(parsed.rows)
                .map(|(text, typed)| TargetRow {
                    name: text.name.clone(),
                    counts: typed.counts,
                    poor_reduction: typed.reduction.unwrap_or(0),
                })
                .collect();
            (link.unit, link.year.trim().parse().unwrap_or(year), rows)
        }
        None => (String::new(), year, Vec::new()),
    };
    let (form, catalogue) = match funding {
        Some(text) => {
            let (form, catalogue, _) = form_from_text(text);
            (form, catalogue)
        }
        None => (FundingForm::default(), Catalogue::preset_2021_2025()),
    };
    let lines = parse(&form).lines;
    DraftNumbers {
        numbers: PlanNumbers {
            level,
            year,
            rows,
            near_poor_reduction: None,
            funding: funding_table(&catalogue, &lines),
        },
        unit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_with_a_table_and_no_funding_gives_its_rows_and_year() {
        let table = "don-vi=X%C3%A3%20A&nam=2028&thon=Th%C3%B4n%201~100~~5~~~~~2&thon=B~50~~x";
        let drafted = numbers_from_parts(Some(table), None, UnitLevel::Commune, 2027);
        assert_eq!(drafted.unit, "Xã A");
        assert_eq!(drafted.numbers.year, 2028);
        assert_eq!(drafted.numbers.rows.len(), 2);
        assert_eq!(drafted.numbers.counts().households, 150);
        assert_eq!(drafted.numbers.counts().poor, 5, "an unreadable cell counts as empty");
        assert_eq!(drafted.numbers.poor_reduction(), 2);
        assert!(drafted.numbers.funding.rows.iter().all(|r| !r.has_lines));
    }

    #[test]
    fn an_empty_draft_gives_no_rows_and_the_year_asked() {
        let drafted = numbers_from_parts(None, None, UnitLevel::Commune, 2027);
        assert_eq!((drafted.numbers.rows.len(), drafted.numbers.year), (0, 2027));
    }
}
