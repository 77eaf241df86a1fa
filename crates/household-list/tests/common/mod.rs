#![allow(dead_code)]

use poverty_rules::{Catalogue, ND07_INDICATOR_IDS, Standard};
use std::sync::OnceLock;

/// The 2022–2025 indicators, in the data file's order.
pub const INDICATORS_2022: [&str; 12] = ND07_INDICATOR_IDS;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::national)
}

/// 2022–2025 (Nghị định 07/2021).
pub fn nd07() -> &'static Standard {
    catalogue().get("nd07-2021").unwrap()
}

pub fn standard(id: &str) -> &'static Standard {
    catalogue().get(id).unwrap()
}

/// `thon,khu_vuc,thu_nhap,dtts,btxh,viec-lam,…` joined by `sep`.
pub fn header_2022(sep: &str) -> String {
    let mut cells = vec!["thon", "khu_vuc", "thu_nhap", "dtts", "btxh"];
    cells.extend(INDICATORS_2022);
    cells.join(sep)
}

/// A row for `header_2022`: village, area, income, dtts, btxh, then the
/// indices of the indicators ticked with `x`.
pub fn row_2022(
    sep: &str,
    village: &str,
    area: &str,
    income: &str,
    dtts: &str,
    btxh: &str,
    ticked: &[usize],
) -> String {
    let mut cells = vec![
        village.to_owned(),
        area.to_owned(),
        income.to_owned(),
        dtts.to_owned(),
        btxh.to_owned(),
    ];
    for i in 0..12 {
        cells.push(if ticked.contains(&i) { "x".into() } else { String::new() });
    }
    cells.join(sep)
}
