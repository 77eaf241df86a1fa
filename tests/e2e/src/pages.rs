//! What several tests ask of the site's pages: the list of them, an
//! input's value, a cell of the target table, and the autosave line saying
//! the draft is saved.

use serde_json::json;

use crate::Browser;

/// A real share link (see classify.rs): a poor household under 2022–2025.
pub const SHARED_CASE: &str =
    "/phan-loai-ho/?chuan=nd07-2021&kv=nong-thon&cach=binh-quan&tn=1.500.000&thieu=bao-hiem-y-te,nguon-nuoc,nha-tieu";

/// The input of a village row's column in the target table (`td` counted
/// from 1: households 1, poor 3, poor rate 4, social-protection poor 8,
/// able to escape 9, reduction 10).
pub fn target_cell(row: usize, td: usize) -> String {
    format!("table.targets tbody tr:nth-child({row}) td:nth-of-type({td}) input")
}

/// The targets page opened from a shared link holding `rows` villages of
/// `unit` for 2027, each named by `name(i)` with the same cells (in the
/// order of `planning::CELLS`).
pub fn targets_link(unit: &str, rows: usize, name: impl Fn(usize) -> String, cells: [&str; 8]) -> String {
    let link = planning::TableLink {
        unit: unit.to_owned(),
        year: "2027".to_owned(),
        base: planning::RateBase::Row,
        rows: (1..=rows)
            .map(|i| planning::RowText {
                name: name(i),
                cells: cells.map(String::from),
                ..planning::RowText::default()
            })
            .collect(),
        total: None,
    };
    format!("/chi-tieu/?{}", planning::table_to_query(&link))
}

impl Browser {
    /// The value of the first input matching `css`.
    pub fn value(&self, css: &str) -> String {
        self.script("return document.querySelector(arguments[0])?.value;", json!([css]))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits until the first input matching `css` holds `expected`.
    pub fn expect_value(&self, css: &str, expected: &str) {
        self.wait_until(&format!("{css} to hold {expected:?}"), |b| {
            let value = b.value(css);
            if value == expected {
                Ok(())
            } else {
                Err(format!("{value:?}"))
            }
        });
    }

    /// Waits for the autosave line to say the draft is saved.
    pub fn wait_saved(&self) {
        self.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");
    }
}

/// The list whose results `crates/household-list/tests/golden.rs` works
/// out by hand.
pub fn golden_list() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/household-list/tests/data/golden-list.csv")
        .canonicalize()
        .expect("the golden list")
}

/// Every page of the site by its path (`/`, `/kinh-phi/bang/`, …), from
/// the site's table of pages, as the build lays them out.
pub fn every_page() -> Vec<String> {
    xtask::site::page_dirs()
        .into_iter()
        .map(|s| if s.is_empty() { "/".to_owned() } else { format!("/{s}/") })
        .collect()
}

/// Every page, and the states of a page that show more than it does when
/// opened plainly: a classified household, a training exercise, a commune
/// exercise and the presenter. The audits of accessibility, phones and
/// language go through all of them.
pub fn every_view() -> Vec<String> {
    let mut views = every_page();
    views.extend(
        [
            "/phan-loai-ho/?chuan=nd07-2021&kv=nong-thon&cach=binh-quan&tn=1.500.000&thieu=bao-hiem-y-te,nguon-nuoc,nha-tieu",
            "/tap-huan/?ca=6",
            "/tap-huan/?xa=2",
            "/tap-huan/?ca=10&che-do=trinh-chieu",
        ]
        .map(str::to_owned),
    );
    views
}
