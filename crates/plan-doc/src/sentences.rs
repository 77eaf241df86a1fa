//! Sentences generated from the numbers, in both languages. Numbers are
//! printed the Vietnamese way in both (`2.000`, `3,60%`), as on every page
//! of the site; rates are over all households of the unit.

use funding::{FundingTable, Kind, KindSplit, Source, format_amount};
use planning::rate_percent;
use rust_decimal::Decimal;
use vn_format::{format_integer, format_percent};

use crate::lang::Lang;
use crate::numbers::PlanNumbers;

pub(crate) fn count(n: u64) -> String {
    format_integer(Decimal::from(n))
}

/// `3,60%`, or `…` when there is no base.
pub(crate) fn rate(n: u64, base: u64) -> String {
    rate_percent(n, base).map_or_else(|| "…".to_owned(), |r| format_percent(r, 2))
}

/// "Toàn xã có 2.000 hộ, trong đó 72 hộ nghèo (tỷ lệ 3,60%) và 42 hộ cận
/// nghèo (tỷ lệ 2,10%)." and, when there are poor households, their make-up.
pub fn situation(numbers: &PlanNumbers, lang: Lang) -> Vec<String> {
    let c = numbers.counts();
    let unit = numbers.level.word(lang);
    let base = c.households;
    if base == 0 {
        return vec![match lang {
            Lang::Vi => format!("Chưa có số hộ dân cư của {unit} nên chưa tính được tỷ lệ."),
            Lang::En => format!("The {unit}'s number of households is not entered yet, so no rate is computed."),
        }];
    }
    let mut out = vec![match lang {
        Lang::Vi => format!(
            "Toàn {unit} có {} hộ, trong đó {} hộ nghèo (tỷ lệ {}) và {} hộ cận nghèo (tỷ lệ {}).",
            count(base),
            count(c.poor),
            rate(c.poor, base),
            count(c.near_poor),
            rate(c.near_poor, base)
        ),
        Lang::En => format!(
            "The {unit} has {} households, of which {} poor (rate {}) and {} near-poor (rate {}).",
            count(base),
            count(c.poor),
            rate(c.poor, base),
            count(c.near_poor),
            rate(c.near_poor, base)
        ),
    }];
    let groups = [
        (
            c.ethnic_minority_poor,
            lang.pick("hộ dân tộc thiểu số", "ethnic-minority"),
        ),
        (
            c.social_protection_poor,
            lang.pick("hộ thuộc diện bảo trợ xã hội", "under social protection"),
        ),
        (
            c.poor_able_to_escape,
            lang.pick("hộ có khả năng thoát nghèo", "able to escape poverty"),
        ),
    ];
    let parts: Vec<String> = groups
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{} {what} ({})", count(*n), rate(*n, base)))
        .collect();
    if c.poor > 0 && !parts.is_empty() {
        let list = join_last(&parts, lang.pick(" và ", " and "));
        out.push(match lang {
            Lang::Vi => format!("Trong số hộ nghèo có {list}."),
            Lang::En => format!("Of the poor households, {list}."),
        });
    }
    out
}

fn join_last(parts: &[String], last: &str) -> String {
    match parts.split_last() {
        Some((tail, [])) => tail.clone(),
        Some((tail, head)) => format!("{}{last}{tail}", head.join(", ")),
        None => String::new(),
    }
}

/// The computed targets, one sentence each: poor (always) and near-poor
/// (when set). A reduction above the count is printed as typed; the
/// year-end count stops at zero.
pub fn targets(numbers: &PlanNumbers, lang: Lang) -> Vec<String> {
    let c = numbers.counts();
    let mut out = vec![target(
        numbers.poor_reduction(),
        c.poor,
        c.households,
        lang.pick("hộ nghèo", "poor"),
        lang,
    )];
    if let Some(reduction) = numbers.near_poor_reduction {
        out.push(target(
            reduction,
            c.near_poor,
            c.households,
            lang.pick("hộ cận nghèo", "near-poor"),
            lang,
        ));
    }
    out
}

fn target(reduction: u64, start: u64, base: u64, group: &str, lang: Lang) -> String {
    let end = start.saturating_sub(reduction);
    match lang {
        Lang::Vi => format!(
            "Giảm {} {group}, tương đương {} điểm phần trăm, tỷ lệ {group} cuối năm còn {} ({} hộ).",
            count(reduction),
            points(reduction, base),
            rate(end, base),
            count(end)
        ),
        Lang::En => format!(
            "Reduce {group} households by {}, i.e. {} percentage points, bringing the {group} rate at year end to {} ({} households).",
            count(reduction),
            points(reduction, base),
            rate(end, base),
            count(end)
        ),
    }
}

fn points(n: u64, base: u64) -> String {
    rate_percent(n, base).map_or_else(|| "…".to_owned(), |r| vn_format::format_decimal(r, 2))
}

pub(crate) fn million(amount: Decimal, lang: Lang) -> String {
    format!("{} {}", format_amount(amount), lang.pick("triệu đồng", "million đồng"))
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

/// "… (vốn đầu tư phát triển 300 triệu đồng, vốn sự nghiệp 200 triệu đồng)":
/// the kinds with money, or nothing when there is only one.
pub(crate) fn by_kind(money: &KindSplit, lang: Lang) -> String {
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .filter(|k| !money.get(**k).total().is_zero())
        .map(|k| {
            let (vi, en) = k.name();
            format!(
                "{} {}",
                lower_first(lang.pick(vi, en)),
                million(money.get(*k).total(), lang)
            )
        })
        .collect();
    if kinds.len() < 2 {
        return String::new();
    }
    format!(" ({})", kinds.join(", "))
}

/// The funding summary: the total by kind, by source, then one line per
/// funded project (sub-projects are in the content section).
pub fn funding_summary(table: &FundingTable, year: i32, lang: Lang) -> Vec<String> {
    let total = table.total.all().total();
    if total.is_zero() {
        return vec![
            lang.pick("Chưa có kinh phí nào được lập.", "No funding has been entered.")
                .to_owned(),
        ];
    }
    let mut out = vec![match lang {
        Lang::Vi => format!(
            "Tổng kinh phí thực hiện Kế hoạch năm {year} là {}{}.",
            million(total, lang),
            by_kind(&table.total, lang)
        ),
        Lang::En => format!(
            "The plan's total funding for {year} is {}{}.",
            million(total, lang),
            by_kind(&table.total, lang)
        ),
    }];
    let sources: Vec<String> = Source::ALL
        .iter()
        .map(|s| (s, table.total.all().amounts.get(*s)))
        .filter(|(_, amount)| !amount.is_zero())
        .map(|(s, amount)| {
            let (vi, en) = s.name();
            format!("{} {}", lower_first(lang.pick(vi, en)), million(amount, lang))
        })
        .collect();
    out.push(format!(
        "{}{}.",
        lang.pick("Theo nguồn vốn: ", "By source: "),
        sources.join("; ")
    ));
    for row in table.rows.iter().filter(|r| r.depth == 0 && r.has_lines) {
        out.push(format!(
            "{} - {}: {}.",
            row.code,
            lang.pick(&row.name.vi, &row.name.en),
            million(row.money.all().total(), lang)
        ));
    }
    let unassigned = table.unassigned.all().total();
    if !unassigned.is_zero() {
        out.push(format!(
            "{}{}.",
            lang.pick(
                "Kinh phí của dự án không còn trong danh mục: ",
                "Funding of projects no longer in the catalogue: "
            ),
            million(unassigned, lang)
        ));
    }
    out
}
