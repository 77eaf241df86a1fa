//! The numbers of a draft, read from the texts the targets and funding
//! pages save, so the plan's generated sentences always follow them.

use funding::{Catalogue, FundingForm, FundingTable, Programme, form_from_text, funding_table, parse};
use planning::{RowText, table_from_query};
use vn_format::parse_count;

use crate::numbers::{Figures, PlanNumbers, TargetRow, Targets, UnitLevel};

/// What a draft's parts give the plan: the numbers, and the unit's name
/// and year as the targets page has them (empty when not typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftNumbers {
    pub numbers: PlanNumbers,
    pub unit: String,
}

/// `targets` is the target table's link text, `funding` the funding text;
/// either may be missing. A cell that is blank or does not read is a figure
/// not given, as on the pages that show them with their messages. `level`
/// `None` reads it from the unit's name ("Phường Hà Giang 1"), a commune
/// when the name does not say. `year` is used when the table gives none.
pub fn numbers_from_parts(
    targets: Option<&str>,
    funding: Option<&str>,
    level: Option<UnitLevel>,
    year: i32,
) -> DraftNumbers {
    let mut drafted = numbers_from_targets(targets, level, year);
    (drafted.numbers.funding, drafted.numbers.programme) = read_funding(funding);
    drafted
}

/// The numbers of the funding part alone, with no rows and no unit's name:
/// for a page that shows nothing of the target table (the projects' page),
/// so that it does not carry the table's reader. `level` `None` is a
/// commune.
pub fn numbers_from_funding(funding: Option<&str>, level: Option<UnitLevel>, year: i32) -> DraftNumbers {
    let mut drafted = DraftNumbers::empty(level, year);
    (drafted.numbers.funding, drafted.numbers.programme) = read_funding(funding);
    drafted
}

/// The funding part's table and the programme of its catalogue; with no
/// part, the 2021–2025 catalogue with no line.
fn read_funding(funding: Option<&str>) -> (FundingTable, Programme) {
    let (form, catalogue) = match funding {
        Some(text) => {
            let (form, catalogue, _) = form_from_text(text);
            (form, catalogue)
        }
        None => (FundingForm::default(), Catalogue::preset_2021_2025()),
    };
    let lines = parse(&form).lines;
    (funding_table(&catalogue, &lines), catalogue.programme)
}

/// The numbers of the target table alone, with no funding and the default
/// programme: for a page that shows nothing of the funding, so that it does
/// not carry the funding reader.
pub fn numbers_from_targets(targets: Option<&str>, level: Option<UnitLevel>, year: i32) -> DraftNumbers {
    let link = targets.and_then(table_from_query).map(|(link, _)| link);
    let (unit, year, rows) = match link {
        Some(link) => {
            let rows = link.rows.iter().map(target_row).collect();
            (link.unit, link.year.trim().parse().unwrap_or(year), rows)
        }
        None => (String::new(), year, Vec::new()),
    };
    let level = level.or_else(|| UnitLevel::from_name(&unit));
    let mut drafted = DraftNumbers::empty(level, year);
    drafted.numbers.rows = rows;
    drafted.unit = unit;
    drafted
}

impl DraftNumbers {
    /// No figure, no funding line and no unit's name, with the default
    /// programme: for a page that reads neither part (the outline's), so
    /// that it carries neither reader. `level` `None` is a commune.
    pub fn empty(level: Option<UnitLevel>, year: i32) -> DraftNumbers {
        DraftNumbers {
            numbers: PlanNumbers {
                level: level.unwrap_or(UnitLevel::Commune),
                year,
                rows: Vec::new(),
                targets: Targets::default(),
                funding: FundingTable::default(),
                programme: Programme::default(),
                last_year: None,
            },
            unit: String::new(),
        }
    }
}

/// A row's cells in the order of `planning::CELLS`.
fn target_row(text: &RowText) -> TargetRow {
    let [counts @ .., reduction] = text.cells.each_ref().map(|cell| parse_count(cell).ok());
    TargetRow {
        name: text.name.clone(),
        figures: Figures::from_cells(counts),
        poor_reduction: reduction,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_with_a_table_and_no_funding_gives_its_rows_and_year() {
        let table = "don-vi=X%C3%A3%20A&nam=2028&thon=Th%C3%B4n%201~100~~5~~~~~2&thon=B~50~~x";
        let drafted = numbers_from_parts(Some(table), None, None, 2027);
        assert_eq!(drafted.unit, "Xã A");
        assert_eq!(drafted.numbers.level, UnitLevel::Commune);
        assert_eq!(drafted.numbers.year, 2028);
        assert_eq!(drafted.numbers.rows.len(), 2);
        let f = drafted.numbers.figures();
        assert_eq!(f.households, Some(150));
        assert_eq!(f.poor, Some(5), "an unreadable cell is not given");
        assert_eq!(f.near_poor, None, "no row gives it");
        assert_eq!(drafted.numbers.rows[1].figures.poor, None);
        assert_eq!(drafted.numbers.rows_poor_reduction(), Some(2));
        assert!(drafted.numbers.funding.rows.iter().all(|r| !r.has_lines));
    }

    #[test]
    fn the_targets_alone_give_the_same_rows_and_no_funding() {
        let table = "don-vi=Ph%C6%B0%E1%BB%9Dng%20A&nam=2028&thon=T%E1%BB%95%201~100~~5~~~~~2";
        let both = numbers_from_parts(Some(table), None, None, 2027);
        let alone = numbers_from_targets(Some(table), None, 2027);
        assert_eq!(
            (&alone.unit, alone.numbers.year, alone.numbers.level),
            (&both.unit, 2028, UnitLevel::Ward)
        );
        assert_eq!(alone.numbers.rows, both.numbers.rows);
        assert!(alone.numbers.funding.rows.is_empty());
    }

    #[test]
    fn the_funding_alone_gives_the_same_table_and_no_rows() {
        let table = "don-vi=Ph%C6%B0%E1%BB%9Dng%20A&thon=T%E1%BB%95%201~100~~5~~~~~2";
        let funding = "v=1&chuong-trinh=2026";
        let both = numbers_from_parts(Some(table), Some(funding), None, 2027);
        let alone = numbers_from_funding(Some(funding), None, 2027);
        assert_eq!(alone.numbers.funding, both.numbers.funding);
        assert_eq!(alone.numbers.programme, Programme::Merged2026To2035);
        assert!(alone.numbers.rows.is_empty() && alone.unit.is_empty());
        assert_eq!(alone.numbers.level, UnitLevel::Commune);
    }

    #[test]
    fn an_empty_draft_gives_no_rows_and_the_year_asked() {
        let drafted = numbers_from_parts(None, None, None, 2027);
        assert_eq!((drafted.numbers.rows.len(), drafted.numbers.year), (0, 2027));
        assert_eq!(drafted.numbers.level, UnitLevel::Commune);
    }

    #[test]
    fn the_programme_is_the_funding_catalogues() {
        let merged = numbers_from_parts(None, Some("v=1&chuong-trinh=2026"), None, 2027);
        assert_eq!(merged.numbers.programme, Programme::Merged2026To2035);
        assert_eq!(merged.numbers.funding.rows[0].code, "TP1");
        let old = numbers_from_parts(None, None, None, 2027);
        assert_eq!(old.numbers.programme, Programme::Sustainable2021To2025);
    }

    #[test]
    fn the_level_comes_from_the_unit_name_unless_chosen() {
        let table = "don-vi=Ph%C6%B0%E1%BB%9Dng%20H%C3%A0%20Giang%201&nam=2027&thon=T%E1%BB%95%201~100";
        assert_eq!(
            numbers_from_parts(Some(table), None, None, 2027).numbers.level,
            UnitLevel::Ward
        );
        assert_eq!(
            numbers_from_parts(Some(table), None, Some(UnitLevel::Province), 2027)
                .numbers
                .level,
            UnitLevel::Province
        );
    }
}
