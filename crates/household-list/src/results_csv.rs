//! The list's counts by village as a table to download (CSV, and .xlsx
//! through the writer worker): the columns of the target annex, then the
//! average-living households and, where the list tells them, the
//! households of low-income workers; a total row. Rates are over each
//! village's own households, as the page shows them.

use csv_text::{Separator, Writer};
use rust_decimal::Decimal;
use vn_format::{format_decimal, format_integer};

use crate::summary::{ListCounts, Rates, Summary};

/// The table's title in a workbook.
pub const VILLAGE_COUNTS_TITLE: &str = "SỐ HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN, TỔ DÂN PHỐ";
/// The first column's label on the total row.
const TOTAL: &str = "Tổng cộng";

fn headers(low_income_workers: bool) -> Vec<&'static str> {
    let mut h = vec![
        "STT",
        "Thôn, tổ dân phố",
        "Số hộ dân cư",
        "Hộ DTTS",
        "Hộ nghèo",
        "Tỷ lệ hộ nghèo (%)",
        "Hộ cận nghèo",
        "Tỷ lệ hộ cận nghèo (%)",
        "Hộ nghèo DTTS",
        "Hộ nghèo thuộc đối tượng BTXH",
        "Hộ nghèo có khả năng thoát nghèo",
        "Hộ có mức sống trung bình",
    ];
    if low_income_workers {
        h.push("Hộ có người lao động thu nhập thấp");
    }
    h
}

fn cells(c: &ListCounts, r: &Rates, low_income_workers: bool) -> Vec<String> {
    let n = |v: u64| format_integer(Decimal::from(v));
    let pct = |v: Option<Decimal>| v.map(|v| format_decimal(v, 2)).unwrap_or_default();
    let a = &c.annex;
    let mut cells = vec![
        n(a.households),
        n(a.ethnic_minority),
        n(a.poor),
        pct(r.poor),
        n(a.near_poor),
        pct(r.near_poor),
        n(a.ethnic_minority_poor),
        n(a.social_protection_poor),
        n(a.poor_able_to_escape),
        n(c.average_living),
    ];
    if low_income_workers {
        cells.push(n(c.low_income_workers));
    }
    cells
}

/// `low_income_workers`: whether the list tells them
/// (`ListRead::low_income_workers_known`); the column is left out if not.
pub fn write_village_counts(summary: &Summary, low_income_workers: bool, separator: Separator) -> String {
    let mut writer = Writer::new(separator, true);
    writer.record(headers(low_income_workers));
    for (i, v) in summary.villages.iter().enumerate() {
        writer.record([(i + 1).to_string(), v.name.clone()].into_iter().chain(cells(
            &v.counts,
            &v.rates,
            low_income_workers,
        )));
    }
    writer.record([String::new(), TOTAL.to_owned()].into_iter().chain(cells(
        &summary.total,
        &summary.total_rates,
        low_income_workers,
    )));
    writer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::synthetic_list;
    use crate::{Options, import};

    #[test]
    fn each_village_then_the_total_in_the_annex_columns() {
        let catalogue = poverty_rules::Catalogue::national();
        let list = import(
            synthetic_list(500, 7),
            catalogue.get("nd07-2021").unwrap(),
            Options::default(),
        )
        .unwrap();
        let summary = list.summary();
        let text = write_village_counts(&summary, true, Separator::Semicolon);
        let grid = table_grid::Grid::from_csv(&text, Separator::Semicolon, 1_000);
        assert_eq!(grid.rows[0].len(), 13);
        assert_eq!(grid.rows.len(), summary.villages.len() + 2);
        let first = &summary.villages[0];
        assert_eq!(grid.rows[1][1], first.name);
        assert_eq!(grid.rows[1][2], format_integer(first.counts.annex.households.into()));
        let total = grid.rows.last().unwrap();
        assert_eq!(total[1], TOTAL);
        assert_eq!(total[4], format_integer(summary.total.annex.poor.into()));
        assert_eq!(
            total[5],
            format_decimal(summary.total_rates.poor.unwrap(), 2),
            "the unit's rate over its households"
        );
        let without = write_village_counts(&summary, false, Separator::Semicolon);
        assert!(!without.contains("thu nhập thấp"), "no column the list cannot tell");
    }
}
