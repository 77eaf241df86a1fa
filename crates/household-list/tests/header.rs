//! The header as lists are printed: a title above it, a group heading
//! merged over its columns, a column read by hand.

use lang::Lang;
mod common;

use common::nd07;
use household_list::{
    Confidence, FieldKey, HouseholdField, Meaning, Notice, Options, Remembered, import, overrides_from_text,
    overrides_to_text,
};

const GOLDEN: &str = include_str!("data/golden-list.csv");

/// The golden list under a title, with "Hộ" merged over "DTTS | BTXH" and
/// "Thu nhập" over "Bình quân đầu người", as a spreadsheet saves it.
fn titled() -> String {
    let mut lines: Vec<String> = GOLDEN
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::to_owned)
        .collect();
    let header = lines.remove(0);
    let mut top: Vec<String> = header.split(';').map(str::to_owned).collect();
    let mut below: Vec<String> = vec![String::new(); top.len()];
    below[4] = "Bình quân đầu người".into();
    below[5] = "DTTS".into();
    below[6] = "BTXH".into();
    top[4] = "Thu nhập".into();
    top[5] = "Hộ".into();
    top[6] = String::new();
    let mut out = vec![
        "DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026".to_owned(),
        String::new(),
        top.join(";"),
        below.join(";"),
    ];
    out.extend(lines);
    out.join("\n")
}

#[test]
fn a_title_and_a_two_row_header_read_as_the_plain_list() {
    let plain = import(GOLDEN.to_owned(), nd07(), Options::default()).unwrap();
    let printed = import(titled(), nd07(), Options::default()).unwrap();
    assert_eq!(printed.households.len(), plain.households.len());
    let fields = |list: &household_list::Import| -> Vec<(u64, u32, bool, bool, u64)> {
        list.households
            .iter()
            .map(|h| (h.row - 3, h.village, h.ethnic_minority, h.social_protection, h.deprived))
            .collect()
    };
    // Rows are numbered as in the spreadsheet: three more lines above.
    assert_eq!(
        fields(&printed),
        plain
            .households
            .iter()
            .map(|h| (h.row, h.village, h.ethnic_minority, h.social_protection, h.deprived))
            .collect::<Vec<_>>()
    );
    assert!(matches!(
        printed.notices[0],
        Notice::RowsAboveHeader { rows: 2, header_row: 3 }
    ));
    assert!(
        printed.notices[0]
            .message(Lang::Vi)
            .starts_with("Bỏ qua 2 dòng phía trên dòng tiêu đề (dòng 3)")
    );
    let social = &printed.mapping.columns[6];
    assert_eq!(social.label.text(), "Hộ / BTXH");
    assert_eq!(social.meaning, Meaning::Field(HouseholdField::SocialProtection));
    // "Bình quân đầu người" says income only under "Thu nhập".
    let income = &printed.mapping.columns[4];
    assert_eq!(income.meaning, Meaning::Field(HouseholdField::Income));
    assert_eq!(income.confidence, Confidence::FromContext);
    assert!(income.why.0.contains("nằm trong nhóm «Thu nhập»"), "{:?}", income.why);
}

#[test]
fn a_column_read_by_hand_applies_to_lists_with_the_same_headers() {
    let text = GOLDEN.replace(";DTTS;", ";Dân tộc;");
    let first = import(text.clone(), nd07(), Options::default()).unwrap();
    assert!(!first.has_ethnic_minority_column);
    assert_eq!(first.mapping.unknown().count(), 3, "STT, Họ tên chủ hộ, Dân tộc");
    let mut mapping = first.mapping.clone();
    assert!(mapping.set(5, Meaning::Field(HouseholdField::EthnicMinority)));
    let remembered = mapping.remember();
    let stored = Remembered {
        signature: remembered.signature.clone(),
        overrides: overrides_from_text::<HouseholdField>(&overrides_to_text(&remembered.overrides)),
    };
    assert_eq!(overrides_to_text(&stored.overrides), "6=dtts");
    let options = Options {
        remembered: vec![stored],
        ..Options::default()
    };
    let again = import(text, nd07(), options).unwrap();
    assert!(again.has_ethnic_minority_column);
    assert_eq!(again.households.iter().filter(|h| h.ethnic_minority).count(), 6);
    assert_eq!(
        HouseholdField::from_key(&HouseholdField::Indicator(11).key()),
        Some(HouseholdField::Indicator(11))
    );
    assert_eq!(HouseholdField::from_key("chi-so-0"), None);
}
