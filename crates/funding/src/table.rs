//! The funding table (biểu kinh phí): the lines added up by project (each
//! project with its sub-projects), by sub-unit, by kind and by source, and
//! the grand total. Totals are always computed, never typed; typed totals
//! are only checked against them (see `checks.rs`).

use std::ops::Add;

use lang::Text;
use rust_decimal::Decimal;

use crate::catalogue::{Catalogue, ProjectId};
use crate::form::Line;
use crate::money::{Amounts, Kind, Source, plus};

/// Money of a group of lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sum {
    pub amounts: Amounts,
    /// Lines without a disbursement percentage add nothing here.
    pub expected_disbursement: Decimal,
}

impl Sum {
    pub fn total(&self) -> Decimal {
        self.amounts.total()
    }

    /// Expected disbursement as a percentage of all the money; `None` when
    /// there is no money.
    pub fn disbursement_percent(&self) -> Option<Decimal> {
        let total = self.total();
        if total.is_zero() {
            return None;
        }
        self.expected_disbursement
            .saturating_mul(Decimal::ONE_HUNDRED)
            .checked_div(total)
    }
}

impl Add for Sum {
    type Output = Sum;

    fn add(self, other: Sum) -> Sum {
        Sum {
            amounts: self.amounts + other.amounts,
            expected_disbursement: plus(self.expected_disbursement, other.expected_disbursement),
        }
    }
}

/// Money of a group, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindSplit {
    pub investment: Sum,
    pub recurrent: Sum,
}

impl KindSplit {
    pub fn get(&self, kind: Kind) -> Sum {
        match kind {
            Kind::Investment => self.investment,
            Kind::Recurrent => self.recurrent,
        }
    }

    /// Both kinds together.
    pub fn all(&self) -> Sum {
        self.investment + self.recurrent
    }

    /// The money of one kind and source; `None` means all of them.
    pub fn pick(&self, kind: Option<Kind>, source: Option<Source>) -> Decimal {
        let sum = kind.map_or(self.all(), |k| self.get(k));
        source.map_or(sum.total(), |s| sum.amounts.get(s))
    }

    fn add_line(&mut self, line: &Line) {
        let sum = match line.kind {
            Kind::Investment => &mut self.investment,
            Kind::Recurrent => &mut self.recurrent,
        };
        *sum = *sum
            + Sum {
                amounts: line.amounts,
                expected_disbursement: line.expected_disbursement(),
            };
    }
}

/// A commune's or village's share, in the order the lines name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubUnitSum {
    pub name: String,
    pub money: KindSplit,
}

fn add_to_sub_unit(sums: &mut Vec<SubUnitSum>, line: &Line) {
    let Some(name) = &line.sub_unit else { return };
    match sums.iter_mut().find(|s| &s.name == name) {
        Some(sum) => sum.money.add_line(line),
        None => {
            let mut money = KindSplit::default();
            money.add_line(line);
            sums.push(SubUnitSum {
                name: name.clone(),
                money,
            });
        }
    }
}

/// A project's row: its own lines and its sub-projects'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub project: ProjectId,
    /// 0 for a project, 1 for a sub-project, …
    pub depth: usize,
    pub code: String,
    pub name: Text,
    pub money: KindSplit,
    /// Lines naming no sub-unit are in `money` but in none of these.
    pub sub_units: Vec<SubUnitSum>,
    /// Whether any line counts here, even one of 0: plans leave out
    /// projects with nothing planned.
    pub has_lines: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FundingTable {
    /// Every project of the catalogue, in its order.
    pub rows: Vec<TableRow>,
    /// Lines whose project is not in the catalogue (e.g. removed): counted
    /// in the grand total, in no row.
    pub unassigned: KindSplit,
    /// Over the whole plan; lines naming no sub-unit are in none.
    pub by_sub_unit: Vec<SubUnitSum>,
    pub total: KindSplit,
}

impl FundingTable {
    pub fn row(&self, project: ProjectId) -> Option<&TableRow> {
        self.rows.iter().find(|r| r.project == project)
    }

    /// The money of lines naming no sub-unit: the grand total less every
    /// sub-unit's, source by source (sub-units are part of the total, so
    /// never negative).
    pub fn not_by_sub_unit(&self) -> KindSplit {
        let named = self.by_sub_unit.iter().fold(KindSplit::default(), |a, s| KindSplit {
            investment: a.investment + s.money.investment,
            recurrent: a.recurrent + s.money.recurrent,
        });
        let less = |x: Sum, y: Sum| {
            let mut amounts = x.amounts;
            for s in Source::ALL {
                amounts.set(s, (x.amounts.get(s) - y.amounts.get(s)).max(Decimal::ZERO));
            }
            Sum {
                amounts,
                expected_disbursement: (x.expected_disbursement - y.expected_disbursement).max(Decimal::ZERO),
            }
        };
        KindSplit {
            investment: less(self.total.investment, named.investment),
            recurrent: less(self.total.recurrent, named.recurrent),
        }
    }
}

pub fn funding_table(catalogue: &Catalogue, lines: &[Line]) -> FundingTable {
    let mut table = FundingTable {
        rows: catalogue
            .projects
            .iter()
            .map(|p| TableRow {
                project: p.id,
                depth: catalogue.depth(p.id),
                code: p.code.clone(),
                name: p.name.clone(),
                money: KindSplit::default(),
                sub_units: Vec::new(),
                has_lines: false,
            })
            .collect(),
        ..FundingTable::default()
    };
    for line in lines {
        table.total.add_line(line);
        add_to_sub_unit(&mut table.by_sub_unit, line);
        let lineage = catalogue.lineage(line.project);
        if lineage.is_empty() {
            table.unassigned.add_line(line);
        }
        for row in table.rows.iter_mut().filter(|r| lineage.contains(&r.project)) {
            row.money.add_line(line);
            add_to_sub_unit(&mut row.sub_units, line);
            row.has_lines = true;
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(project: u32, kind: Kind, central: i64, sub_unit: Option<&str>) -> Line {
        Line {
            project: ProjectId(project),
            sub_unit: sub_unit.map(str::to_owned),
            kind,
            amounts: Amounts {
                central: Decimal::from(central),
                ..Amounts::default()
            },
            disbursement: Some(Decimal::ONE_HUNDRED),
        }
    }

    #[test]
    fn a_project_adds_its_own_lines_and_its_sub_projects() {
        let c = Catalogue::preset_2021_2025();
        let lines = [
            line(60, Kind::Recurrent, 10, None),
            line(61, Kind::Recurrent, 941, Some("Cải Viên")),
            line(62, Kind::Investment, 87, Some("Cải Viên")),
        ];
        let t = funding_table(&c, &lines);
        let da6 = t.row(ProjectId(60)).unwrap();
        assert_eq!(da6.money.all().total(), Decimal::from(1038));
        assert_eq!(da6.money.investment.total(), Decimal::from(87));
        assert_eq!(da6.sub_units.len(), 1);
        assert_eq!(da6.sub_units[0].money.all().total(), Decimal::from(1028));
        assert_eq!(t.row(ProjectId(61)).unwrap().depth, 1);
        assert!(!t.row(ProjectId(50)).unwrap().has_lines);
        assert_eq!(t.total.all().total(), Decimal::from(1038));
        assert_eq!(t.not_by_sub_unit().all().total(), Decimal::from(10));
    }

    #[test]
    fn lines_of_an_unknown_project_count_only_in_the_grand_total() {
        let c = Catalogue::preset_2021_2025();
        let t = funding_table(&c, &[line(999, Kind::Investment, 5, None)]);
        assert_eq!(t.unassigned.all().total(), Decimal::from(5));
        assert_eq!(t.total.all().total(), Decimal::from(5));
        assert!(t.rows.iter().all(|r| !r.has_lines));
    }

    #[test]
    fn disbursement_percent_of_a_group_weighs_by_money() {
        let c = Catalogue::preset_2021_2025();
        let mut a = line(20, Kind::Recurrent, 300, None);
        a.disbursement = Some(Decimal::from(50));
        let b = line(20, Kind::Recurrent, 100, None);
        let t = funding_table(&c, &[a, b]);
        let sum = t.row(ProjectId(20)).unwrap().money.all();
        assert_eq!(sum.expected_disbursement, Decimal::from(250));
        assert_eq!(sum.disbursement_percent(), Some(Decimal::new(625, 1)));
        assert_eq!(Sum::default().disbursement_percent(), None);
    }
}
