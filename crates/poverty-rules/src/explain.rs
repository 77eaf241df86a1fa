//! Plain-language sentences for results, in both languages, with numbers
//! printed the Vietnamese way in both.

use rust_decimal::Decimal;
use vn_format::{format_integer, format_money};

use crate::changes::Change;
use crate::classify::{Category, Check};
use crate::low_income::LowIncomeCheck;
use crate::standard::Area;
use lang::Status;
use lang::Text;

pub fn category_name(category: Category) -> Text {
    match category {
        Category::Poor => Text::new("Hộ nghèo", "Poor household (hộ nghèo)"),
        Category::NearPoor => Text::new("Hộ cận nghèo", "Near-poor household (hộ cận nghèo)"),
        Category::AverageLiving => Text::new(
            "Hộ có mức sống trung bình",
            "Household of average living standard (hộ có mức sống trung bình)",
        ),
        Category::Other => Text::new(
            "Không thuộc hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình",
            "Not poor, near-poor or of average living standard",
        ),
    }
}

pub fn area_name(area: Area) -> Text {
    match area {
        Area::Rural => Text::new("nông thôn", "rural"),
        Area::Urban => Text::new("thành thị", "urban"),
    }
}

/// Shown beside every rule that is not verified.
pub fn status_label(status: Status) -> Option<Text> {
    match status {
        Status::Verified => None,
        Status::Secondary => Some(Text::new(
            "Nguồn thứ cấp: mới đọc qua báo chí hoặc trang hỏi đáp pháp luật",
            "Secondary source: read only in news or legal Q&A sites",
        )),
        Status::Unverified => Some(Text::new(
            "Chưa đối chiếu văn bản gốc",
            "Not yet checked against the original text",
        )),
    }
}

fn yes_no(condition: bool, yes: &str, no: &str) -> String {
    if condition { yes.to_owned() } else { no.to_owned() }
}

/// "Income per person of X is at or below (or above) the threshold (Y)."
fn income_against(income: Decimal, at_or_below: bool, threshold: &Text, amount: Decimal) -> Text {
    Text {
        vi: format!(
            "Thu nhập bình quân {} {} {} ({}).",
            format_money(income),
            yes_no(at_or_below, "không vượt", "cao hơn"),
            threshold.vi,
            format_money(amount)
        ),
        en: format!(
            "Income per person of {} is {} {} ({}).",
            format_money(income),
            yes_no(at_or_below, "at or below", "above"),
            threshold.en,
            format_money(amount)
        ),
    }
}

pub fn describe_check(check: &Check) -> Text {
    match *check {
        Check::IncomeLine {
            area,
            income,
            line,
            at_or_below,
        } => {
            let a = area_name(area);
            let threshold = Text {
                vi: format!("chuẩn nghèo về thu nhập khu vực {}", a.vi),
                en: format!("the {} income line", a.en),
            };
            income_against(income, at_or_below, &threshold, line)
        }
        Check::NearPovertyLine {
            area,
            income,
            line,
            at_or_below,
        } => {
            let a = area_name(area);
            let threshold = Text {
                vi: format!("chuẩn cận nghèo khu vực {}", a.vi),
                en: format!("the {} near-poverty line", a.en),
            };
            income_against(income, at_or_below, &threshold, line)
        }
        Check::Deprivations { count, min, enough } => Text {
            vi: format!(
                "Hộ thiếu hụt {count} chỉ số; cần từ {min} chỉ số trở lên để là hộ nghèo, nên {}.",
                yes_no(enough, "đủ điều kiện hộ nghèo", "là hộ cận nghèo")
            ),
            en: format!(
                "The household is deprived in {count} indicator(s); {min} or more make it poor, so it is {}.",
                yes_no(enough, "poor", "near-poor")
            ),
        },
        Check::DeprivationsIrrelevant { count } => Text {
            vi: format!(
                "Thu nhập không vượt chuẩn nghèo: là hộ nghèo, không xét số chỉ số thiếu hụt (hộ thiếu hụt {count} chỉ số)."
            ),
            en: format!(
                "Income at or below the poverty line makes the household poor whatever its deprivations ({count} here)."
            ),
        },
        Check::AverageBand {
            area,
            income,
            upper,
            at_or_below,
        } => {
            let a = area_name(area);
            let threshold = Text {
                vi: format!("mức trên của hộ có mức sống trung bình khu vực {}", a.vi),
                en: format!("the top of the {} average-living-standard band", a.en),
            };
            income_against(income, at_or_below, &threshold, upper)
        }
        Check::AverageBandUnknown => Text::new(
            "Chưa biết mức sống trung bình của chuẩn này, nên không xếp hộ vào diện mức sống trung bình.",
            "The average-living-standard band of this standard is not known, so the household is not placed in it.",
        ),
        Check::ScoreA {
            area,
            score,
            threshold,
            at_or_below,
        } => {
            let a = area_name(area);
            Text {
                vi: format!(
                    "Điểm A (thu nhập ước tính) là {} điểm, {} ngưỡng {} điểm của khu vực {}.",
                    format_integer(score),
                    yes_no(at_or_below, "không vượt", "cao hơn"),
                    format_integer(threshold),
                    a.vi
                ),
                en: format!(
                    "Score A (estimated income) is {} points, {} the {} threshold of {} points.",
                    format_integer(score),
                    yes_no(at_or_below, "at or below", "above"),
                    a.en,
                    format_integer(threshold)
                ),
            }
        }
        Check::ScoreB { score, min, enough } => Text {
            vi: format!(
                "Điểm B (thiếu hụt) là {} điểm; từ {} điểm trở lên là hộ nghèo, nên {}.",
                format_integer(score),
                format_integer(min),
                yes_no(enough, "là hộ nghèo", "là hộ cận nghèo")
            ),
            en: format!(
                "Score B (deprivations) is {} points; {} or more make the household poor, so it is {}.",
                format_integer(score),
                format_integer(min),
                yes_no(enough, "poor", "near-poor")
            ),
        },
    }
}

/// Whether the household's workers count as low-income workers, and why.
pub fn describe_low_income(check: &LowIncomeCheck) -> Text {
    match check {
        LowIncomeCheck::Counted {
            area,
            income,
            top,
            support,
            ..
        } => {
            let a = area_name(*area);
            Text {
                vi: format!(
                    "Thu nhập bình quân {} trên chuẩn nghèo nhưng không vượt {} (khu vực {}), hộ không nghèo, không cận nghèo: người lao động trong hộ thuộc diện người lao động có thu nhập thấp, được {}.",
                    format_money(*income),
                    format_money(*top),
                    a.vi,
                    support.vi
                ),
                en: format!(
                    "Income per person of {} is above the income line but at or below {} ({}), and the household is neither poor nor near-poor: its workers count as low-income workers, eligible for {}.",
                    format_money(*income),
                    format_money(*top),
                    a.en,
                    support.en
                ),
            }
        }
        LowIncomeCheck::Listed { category, .. } => {
            let c = category_phrase(*category);
            Text {
                vi: format!(
                    "Hộ là {}: người lao động trong hộ không xét diện người lao động có thu nhập thấp, vì hộ đã thuộc danh sách hộ nghèo, hộ cận nghèo.",
                    c.vi
                ),
                en: format!(
                    "The household is {}: its workers are not counted as low-income workers, since the household is on the poor or near-poor lists instead.",
                    c.en
                ),
            }
        }
        LowIncomeCheck::Above { area, income, top, .. } => {
            let a = area_name(*area);
            Text {
                vi: format!(
                    "Thu nhập bình quân {} cao hơn {} (khu vực {}): người lao động trong hộ không thuộc diện người lao động có thu nhập thấp.",
                    format_money(*income),
                    format_money(*top),
                    a.vi
                ),
                en: format!(
                    "Income per person of {} is above {} ({}): the household's workers are not low-income workers.",
                    format_money(*income),
                    format_money(*top),
                    a.en
                ),
            }
        }
        LowIncomeCheck::Unknown => Text::new(
            "Chưa biết chuẩn này có quy định về người lao động có thu nhập thấp hay không.",
            "Whether this standard has a rule on low-income workers is not known here.",
        ),
    }
}

/// A category inside a sentence ("… makes it: near-poor").
fn category_phrase(category: Category) -> Text {
    match category {
        Category::Poor => Text::new("hộ nghèo", "poor"),
        Category::NearPoor => Text::new("hộ cận nghèo", "near-poor"),
        Category::AverageLiving => Text::new("hộ có mức sống trung bình", "of average living standard"),
        Category::Other => Text::new(
            "không thuộc hộ nghèo, cận nghèo hay mức sống trung bình",
            "not poor, near-poor or of average living standard",
        ),
    }
}

pub fn describe_change(change: &Change) -> Text {
    let (vi, en, becomes) = match *change {
        Change::FewerDeprivations { by, becomes } => (
            format!("Bớt {by} chỉ số thiếu hụt thì hộ thành"),
            format!("{by} deprivation(s) fewer would make it"),
            becomes,
        ),
        Change::MoreDeprivations { by, becomes } => (
            format!("Thêm {by} chỉ số thiếu hụt thì hộ thành"),
            format!("{by} more deprivation(s) would make it"),
            becomes,
        ),
        Change::IncomeAbove { amount, becomes } => (
            format!("Thu nhập bình quân trên {} thì hộ thành", format_money(amount)),
            format!("An income per person above {} would make it", format_money(amount)),
            becomes,
        ),
        Change::IncomeAtMost { amount, becomes } => (
            format!("Thu nhập bình quân từ {} trở xuống thì hộ thành", format_money(amount)),
            format!("An income per person of {} or less would make it", format_money(amount)),
            becomes,
        ),
    };
    let phrase = category_phrase(becomes);
    Text {
        vi: format!("{vi}: {}.", phrase.vi),
        en: format!("{en}: {}.", phrase.en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn sentences_print_vietnamese_numbers() {
        let check = Check::IncomeLine {
            area: Area::Rural,
            income: Decimal::from(1_500_000),
            line: Decimal::from(1_500_000),
            at_or_below: true,
        };
        let text = describe_check(&check);
        assert_eq!(
            text.vi,
            "Thu nhập bình quân 1.500.000 đồng không vượt chuẩn nghèo về thu nhập khu vực nông thôn (1.500.000 đồng)."
        );
        assert!(text.en.contains("at or below the rural income line (1.500.000 đồng)"));
    }

    #[test]
    fn changes_say_what_the_household_becomes() {
        let change = Change::FewerDeprivations {
            by: 1,
            becomes: Category::NearPoor,
        };
        assert_eq!(
            describe_change(&change).vi,
            "Bớt 1 chỉ số thiếu hụt thì hộ thành: hộ cận nghèo."
        );
        let change = Change::IncomeAbove {
            amount: Decimal::from(1_500_000),
            becomes: Category::AverageLiving,
        };
        assert_eq!(
            describe_change(&change).vi,
            "Thu nhập bình quân trên 1.500.000 đồng thì hộ thành: hộ có mức sống trung bình."
        );
        assert_eq!(
            describe_change(&change).en,
            "An income per person above 1.500.000 đồng would make it: of average living standard."
        );
    }

    #[test]
    fn low_income_workers_are_told_why_in_both_languages() {
        use crate::catalogue::Catalogue;
        use crate::classify::Facts;
        use crate::low_income::low_income_workers;
        let c = Catalogue::national();
        let facts = |income: i64| Facts {
            area: Area::Rural,
            income_per_person: Decimal::from(income),
            deprivations: 0,
        };
        let counted = describe_low_income(&low_income_workers(c.get("nd07-2021").unwrap(), &facts(2_000_000)));
        assert_eq!(
            counted.vi,
            "Thu nhập bình quân 2.000.000 đồng trên chuẩn nghèo nhưng không vượt 2.250.000 đồng (khu vực nông thôn), hộ không nghèo, không cận nghèo: người lao động trong hộ thuộc diện người lao động có thu nhập thấp, được hỗ trợ đào tạo nghề."
        );
        assert!(counted.en.contains("eligible for vocational training support"));
        let listed = describe_low_income(&low_income_workers(c.get("nd07-2021").unwrap(), &facts(1_500_000)));
        assert!(listed.vi.starts_with("Hộ là hộ cận nghèo"), "{}", listed.vi);
        let unknown = describe_low_income(&low_income_workers(c.get("nd351-2027").unwrap(), &facts(2_000_000)));
        assert!(unknown.vi.starts_with("Chưa biết"));
    }

    #[test]
    fn only_unverified_and_secondary_rules_are_labelled() {
        assert!(status_label(Status::Verified).is_none());
        assert_eq!(
            status_label(Status::Unverified).unwrap().vi,
            "Chưa đối chiếu văn bản gốc"
        );
        assert!(status_label(Status::Secondary).is_some());
    }
}
