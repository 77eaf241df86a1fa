//! A small list whose counts, profile and Alkire–Foster measures are
//! worked out by hand below, under 2022–2025 (ND 07/2021): rural line
//! 1.500.000, urban 2.000.000; average band up to 2.250.000 rural,
//! 3.000.000 urban; poor with ≥ 3 of 12 deprivations.

mod common;

use common::nd07;
use household_list::{GroupProfile, Import, ListCounts, Notice, Options, Summary, import};
use poverty_rules::Category;
use rust_decimal::Decimal;
use std::str::FromStr;
use vn_format::format_percent;

// Indicator columns, in the standard's order:
//  0 viec-lam            1 nguoi-phu-thuoc    2 dinh-duong
//  3 bao-hiem-y-te       4 giao-duc-nguoi-lon 5 di-hoc-tre-em
//  6 chat-luong-nha-o    7 dien-tich-nha-o    8 nguon-nuoc
//  9 nha-tieu           10 vien-thong        11 tiep-can-thong-tin
//
// row household  village   area  income     dtts btxh deprived in       count  category
//  2  h1         Thôn 1    NT    1.200.000  x         0 3 8 9             4      poor
//  3  h2         Thôn 1    NT    1.500.000  x    x    0 9 10              3      poor (at the line)
//  4  h3         Thôn 1    NT    1.000.000            3                   1      near-poor
//  5  h4         Thôn 1    NT    2.000.000            0 6 7 8 9           5      average (above the line)
//  6  —          (blank row, skipped)
//  7  h5         Thôn 1    NT    3.000.000            —                   0      other
//  8  h6         Bản Mới   TT    1.900.000  x         2 5 9               3      poor (urban line 2.000.000)
//  9  h7         Bản Mới   TT    2.500.000            —                   0      average (urban band)
// 10  —          Bản Mới   NT    1.5          (rejected: dot as decimal)
// 11  h8         Bản Mới   NT    1.500.001  x         0 1                 2      average (1 đồng over)
// 12  h9         Bản Mới   NT      800.000  x         1 2                 2      near-poor
// 13  h10        Bản Mới   NT    1.400.000  x    x    0 1 2 3 4 5         6      poor
// 14  —          Bản Mới   ??    (rejected: unknown area)
/// The file, also read by the end-to-end test of the household-list page.
const LIST: &str = include_str!("data/golden-list.csv");
fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn list() -> Import {
    import(LIST.to_owned(), nd07(), Options::default()).unwrap()
}

fn summary() -> Summary {
    list().summary()
}

#[test]
fn reads_the_list_and_reports_the_two_bad_rows() {
    let list = list();
    assert_eq!(list.households.len(), 10);
    assert_eq!(list.rejected_rows, 2);
    assert_eq!(list.errors.iter().map(|e| e.row).collect::<Vec<_>>(), [10, 14]);
    assert_eq!(list.errors[0].column.as_ref().unwrap().header, "Thu nhập");
    assert_eq!(list.errors[1].column.as_ref().unwrap().header, "Khu vực");
    assert!(list.notices.contains(&Notice::EmptyRowsSkipped(1)));
    assert!(matches!(&list.notices[0], Notice::UnknownColumns(c) if c.len() == 2));
    let categories: Vec<Category> = list.households.iter().map(|h| h.category).collect();
    use Category::*;
    assert_eq!(
        categories,
        [
            Poor,
            Poor,
            NearPoor,
            AverageLiving,
            Other,
            Poor,
            AverageLiving,
            AverageLiving,
            NearPoor,
            Poor
        ]
    );
}

#[test]
fn counts_by_village_and_in_total() {
    let s = summary();
    assert_eq!(
        s.villages.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        ["Thôn 1", "Bản Mới"]
    );
    // Thôn 1: h1–h5. EM: h1 h2. Poor: h1 h2, of which EM both, BTXH h2.
    assert_eq!(
        s.villages[0].counts,
        ListCounts {
            annex: planning::Counts {
                households: 5,
                ethnic_minority: 2,
                poor: 2,
                near_poor: 1,
                ethnic_minority_poor: 2,
                social_protection_poor: 1,
                poor_able_to_escape: 1,
            },
            average_living: 1,
            other: 1,
            low_income_workers: 1,
        }
    );
    // Bản Mới: h6–h10. EM: h6 h8 h9 h10. Poor: h6 h10 (both EM), BTXH h10.
    assert_eq!(
        s.villages[1].counts,
        ListCounts {
            annex: planning::Counts {
                households: 5,
                ethnic_minority: 4,
                poor: 2,
                near_poor: 1,
                ethnic_minority_poor: 2,
                social_protection_poor: 1,
                poor_able_to_escape: 1,
            },
            average_living: 2,
            other: 0,
            low_income_workers: 2,
        }
    );
    assert_eq!(
        s.total,
        ListCounts {
            annex: planning::Counts {
                households: 10,
                ethnic_minority: 6,
                poor: 4,
                near_poor: 2,
                ethnic_minority_poor: 4,
                social_protection_poor: 2,
                poor_able_to_escape: 2,
            },
            average_living: 3,
            other: 1,
            low_income_workers: 3,
        }
    );
}

#[test]
fn households_of_low_income_workers_by_village() {
    // Above the line up to 2.250.000 rural, 3.000.000 urban (Nghị định
    // 30/2025/NĐ-CP): h4 in Thôn 1; h7 (urban) and h8 in Bản Mới. h5 is above.
    let list = list();
    assert!(list.low_income_workers_known);
    let rows: Vec<u64> = list
        .households
        .iter()
        .filter(|h| h.low_income_workers)
        .map(|h| h.row)
        .collect();
    assert_eq!(rows, [5, 9, 11]);
    let s = list.summary();
    let by_village: Vec<u64> = s.villages.iter().map(|v| v.counts.low_income_workers).collect();
    assert_eq!(by_village, [1, 2]);
}

#[test]
fn rates_in_percent_over_the_village_or_the_unit() {
    let s = summary();
    let v = &s.villages[0];
    // 2 poor of the village's 5 = 40%; of the unit's 10 = 20%.
    assert_eq!(v.rates.base, 5);
    assert_eq!(v.rates.poor, Some(dec("40")));
    assert_eq!(v.rates_of_unit.base, 10);
    assert_eq!(v.rates_of_unit.poor, Some(dec("20")));
    assert_eq!(v.rates_of_unit.poor_and_near_poor, Some(dec("30")));
    let t = &s.total_rates;
    assert_eq!(t.poor, Some(dec("40")));
    assert_eq!(t.near_poor, Some(dec("20")));
    assert_eq!(t.poor_and_near_poor, Some(dec("60")));
    assert_eq!(t.average_living, Some(dec("30")));
    assert_eq!(t.ethnic_minority_poor, Some(dec("40")));
    assert_eq!(t.social_protection_poor, Some(dec("20")));
    assert_eq!(t.poor_able_to_escape, Some(dec("20")));
    // 4 EM poor of 6 EM households: 66,67% printed, exact inside.
    assert_eq!(format_percent(t.poor_among_ethnic_minority.unwrap(), 2), "66,67%");
    // Village rates over the unit add up to the unit's.
    let sum: Decimal = s.villages.iter().map(|v| v.rates_of_unit.poor.unwrap()).sum();
    assert_eq!(sum, t.poor.unwrap());
}

fn deprived(group: &GroupProfile) -> Vec<u64> {
    group.indicators.iter().map(|i| i.deprived).collect()
}

#[test]
fn deprivation_profile_of_poor_and_near_poor() {
    let s = summary();
    // Poor and near-poor: h1 h2 h3 h6 h9 h10 (6 households).
    //   viec-lam h1 h2 h10 = 3; nguoi-phu-thuoc h9 h10 = 2; dinh-duong h6 h9 h10 = 3;
    //   bao-hiem-y-te h1 h3 h10 = 3; giao-duc-nguoi-lon h10 = 1; di-hoc-tre-em h6 h10 = 2;
    //   housing 0, 0; nguon-nuoc h1 = 1; nha-tieu h1 h2 h6 = 3; vien-thong h2 = 1; thong-tin 0.
    let both = &s.total_profile.poor_and_near_poor;
    assert_eq!(both.households, 6);
    assert_eq!(deprived(both), [3, 2, 3, 3, 1, 2, 0, 0, 1, 3, 1, 0]);
    assert_eq!(both.indicators[0].indicator_id, "viec-lam");
    assert_eq!(both.indicators[0].percent, Some(dec("50")));
    assert_eq!(format_percent(both.indicators[1].percent.unwrap(), 2), "33,33%");
    // Poor only: h1 h2 h6 h10 (4).
    let poor = &s.total_profile.poor;
    assert_eq!(poor.households, 4);
    assert_eq!(deprived(poor), [3, 1, 2, 2, 1, 2, 0, 0, 1, 3, 1, 0]);
    assert_eq!(poor.indicators[0].percent, Some(dec("75")));
    // By village: Thôn 1's poor and near-poor are h1 h2 h3.
    let v = &s.villages[0].profile;
    assert_eq!(deprived(&v.poor_and_near_poor), [2, 0, 0, 2, 0, 0, 0, 0, 1, 2, 1, 0]);
    assert_eq!(deprived(&v.poor), [2, 0, 0, 1, 0, 0, 0, 0, 1, 2, 1, 0]);
    // Bản Mới's: h6 h9 h10.
    let v = &s.villages[1].profile;
    assert_eq!(deprived(&v.poor_and_near_poor), [1, 2, 3, 1, 1, 2, 0, 0, 0, 1, 0, 0]);
}

#[test]
fn alkire_foster_measures_by_hand() {
    let af = summary().alkire_foster;
    // n = 10, d = 12, k = 3, weights 1/12.
    assert_eq!((af.households, af.indicators, af.cutoff), (10, 12, 3));
    assert_eq!(af.weight, Some(Decimal::ONE / Decimal::from(12)));
    // Counts: h1 4, h2 3, h3 1, h4 5, h5 0, h6 3, h7 0, h8 2, h9 2, h10 6.
    // Identified (count ≥ 3): h1 h2 h4 h6 h10, so q = 5. h4 is identified
    // though its income puts it above the line: AF looks at deprivations only.
    assert_eq!(af.identified, 5);
    // H = 5/10.
    assert_eq!(af.headcount, Some(dec("0.5")));
    // Σc over the identified = 4 + 3 + 5 + 3 + 6 = 21; A = 21 / (5 × 12) = 0,35.
    assert_eq!(af.intensity, Some(dec("0.35")));
    // M0 = 21 / (10 × 12) = 0,175 = H × A.
    assert_eq!(af.adjusted_headcount, Some(dec("0.175")));
    assert_eq!(af.headcount.unwrap() * af.intensity.unwrap(), dec("0.175"));
    // Censored counts (identified households only):
    //   viec-lam h1 h2 h4 h10 = 4; nguoi-phu-thuoc h10 = 1; dinh-duong h6 h10 = 2;
    //   bao-hiem-y-te h1 h10 = 2; giao-duc-nguoi-lon h10 = 1; di-hoc-tre-em h6 h10 = 2;
    //   chat-luong-nha-o h4 = 1; dien-tich-nha-o h4 = 1; nguon-nuoc h1 h4 = 2;
    //   nha-tieu h1 h2 h4 h6 = 4; vien-thong h2 = 1; tiep-can-thong-tin 0. Sum 21.
    let counts: Vec<u64> = af.by_indicator.iter().map(|i| i.censored_count).collect();
    assert_eq!(counts, [4, 1, 2, 2, 1, 2, 1, 1, 2, 4, 1, 0]);
    // h_j = count / 10; contribution = count / 21 × 100.
    assert_eq!(af.by_indicator[0].censored_headcount, Some(dec("0.4")));
    assert_eq!(
        format_percent(af.by_indicator[0].contribution_percent.unwrap(), 2),
        "19,05%"
    );
    assert_eq!(
        format_percent(af.by_indicator[1].contribution_percent.unwrap(), 2),
        "4,76%"
    );
    assert_eq!(af.by_indicator[11].contribution_percent, Some(Decimal::ZERO));
    // M0 = Σ h_j / d.
    let sum_h: Decimal = af.by_indicator.iter().map(|i| i.censored_headcount.unwrap()).sum();
    assert_eq!(sum_h / Decimal::from(12), dec("0.175"));
    // Contributions add up to 100% up to the last of 28 digits.
    let total: Decimal = af.by_indicator.iter().map(|i| i.contribution_percent.unwrap()).sum();
    assert!(
        (total - Decimal::ONE_HUNDRED).abs() < dec("0.000000000000000000001"),
        "{total}"
    );
}

#[test]
fn an_empty_list_has_no_rates_rather_than_zeros() {
    let header = LIST.lines().next().unwrap();
    let s = import(header.to_owned(), nd07(), Options::default()).unwrap().summary();
    assert!(s.villages.is_empty());
    assert_eq!(s.total, ListCounts::default());
    assert_eq!(s.total_rates.poor, None);
    assert_eq!(s.total_profile.poor.indicators[0].percent, None);
    let af = s.alkire_foster;
    assert_eq!((af.headcount, af.intensity, af.adjusted_headcount), (None, None, None));
    assert_eq!(af.by_indicator[0].contribution_percent, None);
}

#[test]
fn nobody_identified_gives_zero_m0_and_no_intensity() {
    let text = format!("{}\nT;NT;1000000;;;x", household_list_header());
    let s = import(text, nd07(), Options::default()).unwrap().summary();
    let af = s.alkire_foster;
    assert_eq!(af.identified, 0);
    assert_eq!(af.headcount, Some(Decimal::ZERO));
    assert_eq!(af.intensity, None);
    assert_eq!(af.adjusted_headcount, Some(Decimal::ZERO));
    assert_eq!(af.by_indicator[0].contribution_percent, None);
}

fn household_list_header() -> String {
    common::header_2022(";")
}

/// What the targets page is handed: the annex's counts of each village,
/// adding up to the unit's.
#[test]
fn a_villages_annex_counts_are_its_counts_and_add_up_to_the_units() {
    let s = summary();
    let total = s.total.annex;
    assert_eq!(
        (
            total.households,
            total.poor,
            total.near_poor,
            total.ethnic_minority_poor
        ),
        (10, 4, 2, 4)
    );
    assert_eq!(total.social_protection_poor + total.poor_able_to_escape, total.poor);
    let sum = s
        .villages
        .iter()
        .map(|v| v.counts.annex)
        .fold(planning::Counts::default(), |a, b| a + b);
    assert_eq!(sum, total);
}
