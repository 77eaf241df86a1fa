//! The total row: the annex's last (or first) row, labelled `Tổng cộng`,
//! `Cộng`, `Toàn xã` and the like. Only whole labels count: a village
//! called `Toàn Thắng` is a village.

use csv_text::fold_key;

const LABELS: [&str; 17] = [
    "tong",
    "tongcong",
    "tongso",
    "cong",
    "toanxa",
    "toanphuong",
    "toandackhu",
    "toanthitran",
    "toanhuyen",
    "toanthixa",
    "toanthanhpho",
    "toantinh",
    "toandonvi",
    "congtoanxa",
    "tongtoanxa",
    "tongcongtoanxa",
    "total",
];

/// `Tổng cộng`, `TỔNG CỘNG:`, `Cộng`, `Toàn xã`, `Toàn huyện`, ….
pub(crate) fn is_total_label(text: &str) -> bool {
    let key: String = fold_key(text).chars().filter(|c| *c != ':').collect();
    LABELS.contains(&key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_labels_whatever_their_case_and_diacritics() {
        for label in [
            "Tổng cộng",
            "TỔNG CỘNG",
            "Tổng",
            "Cộng",
            "Toàn xã",
            "Toàn huyện",
            "Tổng cộng:",
            "tong cong",
        ] {
            assert!(is_total_label(label), "{label}");
        }
    }

    #[test]
    fn names_that_only_start_like_a_total_are_not_one() {
        for name in ["Toàn Thắng", "Tổng Lung", "Thôn Cộng Hòa", "", "Thôn 1"] {
            assert!(!is_total_label(name), "{name}");
        }
    }
}
