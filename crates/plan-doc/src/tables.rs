//! The plan's tables as document tables: organisation (offices × tasks),
//! the target annex and the funding annex. Totals are sums of the rows.

use funding::{FundingTable, Kind, KindSplit, Source, format_amount};

use crate::document::{Align, Column, Table};
use crate::form::OrgRow;
use crate::numbers::{Figures, PlanNumbers};
use crate::sentences::{count, rate};
use lang::Lang;

pub(crate) fn columns(spec: &[(u16, Align)]) -> Vec<Column> {
    spec.iter().map(|&(weight, align)| Column { weight, align }).collect()
}

pub(crate) fn texts(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

pub fn organisation_table(rows: &[OrgRow], lang: Lang) -> Table {
    Table {
        caption: String::new(),
        columns: columns(&[(1, Align::Center), (4, Align::Left), (10, Align::Left)]),
        header: vec![texts(&[
            lang.pick("STT", "No."),
            lang.pick("Cơ quan, đơn vị", "Office"),
            lang.pick("Nhiệm vụ", "Tasks"),
        ])],
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| vec![(i + 1).to_string(), r.office.clone(), r.tasks.clone()])
            .collect(),
        total: None,
    }
}

fn opt_count(n: Option<u64>) -> String {
    n.map(count).unwrap_or_default()
}

/// A rate when both figures are given; blank otherwise.
fn opt_rate(n: Option<u64>, base: Option<u64>) -> String {
    n.zip(base).map(|(n, base)| rate(n, base)).unwrap_or_default()
}

/// Rates in a row are over that row's households, as in the printed annex;
/// a figure not given is a blank cell, and so is what is computed from it.
fn target_cells(f: &Figures, reduction: Option<u64>) -> Vec<String> {
    let base = f.households;
    let end = f.poor.zip(reduction).map(|(p, r)| p.saturating_sub(r));
    vec![
        opt_count(base),
        opt_count(f.poor),
        opt_rate(f.poor, base),
        opt_count(f.near_poor),
        opt_rate(f.near_poor, base),
        opt_count(f.ethnic_minority_poor),
        opt_count(f.social_protection_poor),
        opt_count(f.poor_able_to_escape),
        opt_count(reduction),
        opt_count(end),
        opt_rate(end, base),
    ]
}

pub fn target_table(numbers: &PlanNumbers, lang: Lang) -> Table {
    let mut spec = vec![(2, Align::Center), (8, Align::Left)];
    spec.extend([(4, Align::Right); 11]);
    Table {
        caption: String::new(),
        columns: columns(&spec),
        header: vec![texts(&[
            lang.pick("STT", "No."),
            numbers.level.sub_units(lang),
            lang.pick("Số hộ dân cư", "Households"),
            lang.pick("Hộ nghèo", "Poor"),
            lang.pick("Tỷ lệ hộ nghèo", "Poor rate"),
            lang.pick("Hộ cận nghèo", "Near-poor"),
            lang.pick("Tỷ lệ hộ cận nghèo", "Near-poor rate"),
            lang.pick("Hộ nghèo DTTS", "Ethnic-minority poor"),
            lang.pick("Hộ nghèo BTXH", "Social-protection poor"),
            lang.pick("Hộ nghèo có khả năng thoát nghèo", "Poor able to escape"),
            lang.pick("Chỉ tiêu giảm hộ nghèo", "Target reduction"),
            lang.pick("Hộ nghèo cuối năm", "Poor at year end"),
            lang.pick("Tỷ lệ hộ nghèo cuối năm", "Poor rate at year end"),
        ])],
        rows: numbers
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut row = vec![(i + 1).to_string(), r.name.clone()];
                row.extend(target_cells(&r.figures, r.poor_reduction));
                row
            })
            .collect(),
        total: Some({
            let mut row = vec![String::new(), lang.pick("Tổng cộng", "Total").to_owned()];
            row.extend(target_cells(&numbers.figures(), numbers.rows_poor_reduction()));
            row
        }),
    }
}

fn money_cells(money: &KindSplit) -> Vec<String> {
    let all = money.all();
    let mut cells = vec![format_amount(all.total())];
    cells.extend(Kind::ALL.iter().map(|k| format_amount(money.get(*k).total())));
    cells.extend(Source::ALL.iter().map(|s| format_amount(all.amounts.get(*s))));
    cells
}

/// Funded projects only, sub-projects under their project; in million đồng.
pub fn funding_annex_table(table: &FundingTable, lang: Lang) -> Table {
    let mut spec = vec![(3, Align::Left), (10, Align::Left)];
    spec.extend([(3, Align::Right); 8]);
    let mut header = texts(&[
        lang.pick("Mã", "Code"),
        lang.pick("Dự án", "Project"),
        lang.pick("Tổng", "Total"),
    ]);
    header.extend(Kind::ALL.iter().map(|k| lang.pick(k.name().0, k.name().1).to_owned()));
    header.extend(Source::ALL.iter().map(|s| lang.pick(s.name().0, s.name().1).to_owned()));
    let mut rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .filter(|r| r.has_lines)
        .map(|r| {
            let name = lang.pick(&r.name.vi, &r.name.en);
            let indent = if r.depth > 0 { "- " } else { "" };
            let mut row = vec![r.code.clone(), format!("{indent}{name}")];
            row.extend(money_cells(&r.money));
            row
        })
        .collect();
    if !table.unassigned.all().total().is_zero() {
        let mut row = vec![
            String::new(),
            lang.pick("Dự án không còn trong danh mục", "Projects no longer in the catalogue")
                .to_owned(),
        ];
        row.extend(money_cells(&table.unassigned));
        rows.push(row);
    }
    Table {
        caption: lang.pick("Đơn vị tính: triệu đồng", "In million đồng").to_owned(),
        columns: columns(&spec),
        header: vec![header],
        rows,
        total: Some({
            let mut row = vec![String::new(), lang.pick("Tổng cộng", "Total").to_owned()];
            row.extend(money_cells(&table.total));
            row
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::{TargetRow, Targets, UnitLevel};

    #[test]
    fn a_figure_not_given_is_a_blank_cell_and_so_is_what_follows_from_it() {
        let numbers = PlanNumbers {
            level: UnitLevel::Province,
            year: 2027,
            rows: vec![TargetRow {
                name: "Phường Hà Giang 1".into(),
                figures: Figures {
                    households: Some(2_000),
                    poor: Some(72),
                    ..Figures::default()
                },
                poor_reduction: None,
            }],
            targets: Targets::default(),
            funding: FundingTable::default(),
            programme: funding::Programme::default(),
            last_year: None,
        };
        let table = target_table(&numbers, Lang::Vi);
        assert_eq!(table.header[0][1], "Xã, phường, đặc khu");
        assert_eq!(
            table.rows[0][2..],
            ["2.000", "72", "3,60%", "", "", "", "", "", "", "", ""]
        );
        assert_eq!(
            target_table(&numbers, Lang::En).header[0][1],
            "Commune, ward or special zone"
        );
    }
}
