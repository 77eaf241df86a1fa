//! Who is poor, near-poor and of average living standard under a standard,
//! in plain words, for the public criteria pages.

use vn_format::{format_integer, format_money};

use crate::standard::{Area, Rule, Standard};
use lang::Text;

/// An amount for each area, printed.
fn both(amount: impl Fn(Area) -> rust_decimal::Decimal) -> (String, String) {
    (format_money(amount(Area::Rural)), format_money(amount(Area::Urban)))
}

pub fn poor_rule(standard: &Standard) -> Text {
    let (rural, urban) = both(|a| standard.income_line.get(a));
    let min = standard.rule.min_deprivations();
    match &standard.rule {
        Rule::SingleLine { .. } => Text {
            vi: format!(
                "Hộ nghèo: thu nhập bình quân đầu người/tháng từ {rural} trở xuống (nông thôn) hoặc {urban} trở xuống (thành thị), và thiếu hụt từ {min} chỉ số trở lên."
            ),
            en: format!(
                "Poor: income per person per month of {rural} or less (rural) or {urban} or less (urban), and deprived in {min} or more indicators."
            ),
        },
        Rule::TwoTier { near_poverty_line, .. } => {
            let (near_rural, near_urban) = both(|a| near_poverty_line.get(a));
            Text {
                vi: format!(
                    "Hộ nghèo: thu nhập bình quân đầu người/tháng từ {rural} trở xuống (nông thôn) hoặc {urban} trở xuống (thành thị), không xét thiếu hụt; hoặc thu nhập trên mức đó đến {near_rural} (nông thôn) hoặc {near_urban} (thành thị) và thiếu hụt từ {min} chỉ số trở lên."
                ),
                en: format!(
                    "Poor: income per person per month of {rural} or less (rural) or {urban} or less (urban), whatever the deprivations; or income above that up to {near_rural} (rural) or {near_urban} (urban) and deprived in {min} or more indicators."
                ),
            }
        }
    }
}

pub fn near_poor_rule(standard: &Standard) -> Text {
    let min = standard.rule.min_deprivations();
    match &standard.rule {
        Rule::SingleLine { .. } => {
            let (rural, urban) = both(|a| standard.income_line.get(a));
            Text {
                vi: format!(
                    "Hộ cận nghèo: thu nhập bình quân đầu người/tháng từ {rural} trở xuống (nông thôn) hoặc {urban} trở xuống (thành thị), và thiếu hụt dưới {min} chỉ số."
                ),
                en: format!(
                    "Near-poor: income per person per month of {rural} or less (rural) or {urban} or less (urban), and deprived in fewer than {min} indicators."
                ),
            }
        }
        Rule::TwoTier { near_poverty_line, .. } => {
            let (rural, urban) = both(|a| standard.income_line.get(a));
            let (near_rural, near_urban) = both(|a| near_poverty_line.get(a));
            Text {
                vi: format!(
                    "Hộ cận nghèo: thu nhập bình quân đầu người/tháng trên {rural} đến {near_rural} (nông thôn) hoặc trên {urban} đến {near_urban} (thành thị), và thiếu hụt dưới {min} chỉ số."
                ),
                en: format!(
                    "Near-poor: income per person per month above {rural} up to {near_rural} (rural) or above {urban} up to {near_urban} (urban), and deprived in fewer than {min} indicators."
                ),
            }
        }
    }
}

pub fn average_rule(standard: &Standard) -> Text {
    let Some(band) = &standard.average_band else {
        return Text::new(
            "Hộ có mức sống trung bình: chưa biết mức của giai đoạn này.",
            "Average living standard: the band for this period is not known.",
        );
    };
    let top = |a: Area| match &standard.rule {
        Rule::TwoTier { near_poverty_line, .. } => near_poverty_line.get(a),
        Rule::SingleLine { .. } => standard.income_line.get(a),
    };
    let (low_rural, low_urban) = both(top);
    let (high_rural, high_urban) = both(|a| band.get(a));
    Text {
        vi: format!(
            "Hộ có mức sống trung bình: thu nhập bình quân đầu người/tháng trên {low_rural} đến {high_rural} (nông thôn) hoặc trên {low_urban} đến {high_urban} (thành thị), không xét thiếu hụt."
        ),
        en: format!(
            "Average living standard: income per person per month above {low_rural} up to {high_rural} (rural) or above {low_urban} up to {high_urban} (urban), whatever the deprivations."
        ),
    }
}

/// Who counts as a low-income worker, or that it is not known.
pub fn low_income_rule(standard: &Standard) -> Text {
    let Some(rule) = &standard.low_income_workers else {
        return Text::new(
            "Người lao động có thu nhập thấp: chưa biết quy định của giai đoạn này.",
            "Low-income workers: the rule for this period is not known.",
        );
    };
    let (low_rural, low_urban) = both(|a| standard.income_line.get(a));
    let (high_rural, high_urban) = both(|a| rule.top.get(a));
    Text {
        vi: format!(
            "Người lao động có thu nhập thấp: người lao động trong hộ không nghèo, không cận nghèo, có thu nhập bình quân đầu người/tháng trên {low_rural} đến {high_rural} (nông thôn) hoặc trên {low_urban} đến {high_urban} (thành thị); được {}.",
            rule.support.vi
        ),
        en: format!(
            "Low-income workers: workers in a household neither poor nor near-poor with income per person per month above {low_rural} up to {high_rural} (rural) or above {low_urban} up to {high_urban} (urban); eligible for {}.",
            rule.support.en
        ),
    }
}

/// The review's points form, where the standard has one.
pub fn scores_rule(standard: &Standard) -> Option<Text> {
    let form = standard.review_scores.as_ref()?;
    let (rural, urban) = (
        format_integer(form.rural_threshold),
        format_integer(form.urban_threshold),
    );
    let step = format_integer(form.points_per_deprivation);
    let min =
        format_integer(form.points_per_deprivation * rust_decimal::Decimal::from(standard.rule.min_deprivations()));
    Some(Text {
        vi: format!(
            "Phiếu rà soát: điểm A (ước tính thu nhập) từ {rural} điểm trở xuống ở nông thôn, {urban} điểm trở xuống ở thành thị thì thuộc diện xét; điểm B tính {step} điểm cho mỗi chỉ số thiếu hụt, từ {min} điểm trở lên là hộ nghèo, dưới {min} điểm là hộ cận nghèo."
        ),
        en: format!(
            "Review form: score A (estimated income) of {rural} points or less in rural areas, {urban} or less in urban areas, puts the household in scope; score B gives {step} points per deprivation: {min} or more is poor, less than {min} near-poor."
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    #[test]
    fn states_the_2022_rule_with_vietnamese_amounts() {
        let c = Catalogue::national();
        let s = c.get("nd07-2021").unwrap();
        assert_eq!(
            poor_rule(s).vi,
            "Hộ nghèo: thu nhập bình quân đầu người/tháng từ 1.500.000 đồng trở xuống (nông thôn) hoặc 2.000.000 đồng trở xuống (thành thị), và thiếu hụt từ 3 chỉ số trở lên."
        );
        assert!(near_poor_rule(s).vi.contains("thiếu hụt dưới 3 chỉ số"));
        assert!(
            average_rule(s)
                .vi
                .contains("trên 1.500.000 đồng đến 2.250.000 đồng (nông thôn)")
        );
    }

    #[test]
    fn states_the_2016_two_tier_rule() {
        let c = Catalogue::national();
        let s = c.get("qd59-2015").unwrap();
        assert!(poor_rule(s).vi.contains("700.000 đồng trở xuống (nông thôn)"));
        assert!(poor_rule(s).vi.contains("không xét thiếu hụt"));
        assert!(
            near_poor_rule(s)
                .vi
                .contains("trên 700.000 đồng đến 1.000.000 đồng (nông thôn)")
        );
        assert!(average_rule(s).vi.contains("trên 1.000.000 đồng đến 1.500.000 đồng"));
    }

    #[test]
    fn states_the_review_form_where_there_is_one() {
        let c = Catalogue::national();
        let text = scores_rule(c.get("nd07-2021").unwrap()).unwrap();
        assert!(text.vi.contains("140 điểm") && text.vi.contains("175 điểm") && text.vi.contains("từ 30 điểm"));
        assert!(scores_rule(c.get("qd59-2015").unwrap()).is_none());
    }

    #[test]
    fn states_the_low_income_workers_where_known() {
        let c = Catalogue::national();
        for id in ["nd07-2021", "nd351-2026"] {
            let text = low_income_rule(c.get(id).unwrap());
            assert!(
                text.vi.contains("trên 1.500.000 đồng đến 2.250.000 đồng (nông thôn)"),
                "{id}"
            );
            assert!(text.en.contains("vocational training support"));
        }
        for id in ["qd59-2015", "nd351-2027"] {
            assert!(low_income_rule(c.get(id).unwrap()).vi.contains("chưa biết"), "{id}");
        }
    }

    #[test]
    fn says_when_the_band_is_unknown() {
        let c = Catalogue::national();
        assert!(average_rule(c.get("nd351-2027").unwrap()).vi.contains("chưa biết"));
    }
}
