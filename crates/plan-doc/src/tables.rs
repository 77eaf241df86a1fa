//! The plan's tables as document tables: organisation (offices × tasks),
//! the target annex and the funding annex. Totals are sums of the rows.

use funding::{FundingTable, Kind, KindSplit, Source, format_amount};
use planning::Counts;

use crate::document::{Align, Column, Table};
use crate::form::OrgRow;
use crate::lang::Lang;
use crate::numbers::PlanNumbers;
use crate::sentences::{count, rate};

fn columns(spec: &[(u16, Align)]) -> Vec<Column> {
    spec.iter().map(|&(weight, align)| Column { weight, align }).collect()
}

fn texts(cells: &[&str]) -> Vec<String> {
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

/// Rates in a row are over that row's households, as in the printed annex.
fn target_cells(counts: &Counts, reduction: u64) -> Vec<String> {
    let base = counts.households;
    let end = counts.poor.saturating_sub(reduction);
    vec![
        count(base),
        count(counts.poor),
        rate(counts.poor, base),
        count(counts.near_poor),
        rate(counts.near_poor, base),
        count(counts.ethnic_minority_poor),
        count(counts.social_protection_poor),
        count(counts.poor_able_to_escape),
        count(reduction),
        count(end),
        rate(end, base),
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
            lang.pick("Đơn vị", "Unit"),
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
                row.extend(target_cells(&r.counts, r.poor_reduction));
                row
            })
            .collect(),
        total: Some({
            let mut row = vec![String::new(), lang.pick("Tổng cộng", "Total").to_owned()];
            row.extend(target_cells(&numbers.counts(), numbers.poor_reduction()));
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
