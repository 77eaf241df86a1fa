//! The periods side by side: the table that shows how the rules moved.

use leptos::prelude::*;
use poverty_rules::{Area, Catalogue, Rule, Standard};
use vn_format::{Decimal, format_integer};

use crate::components::{Citation, TableScroll};
use crate::i18n::{CriteriaTexts, criteria_texts, pick, use_lang};

/// One row of the table: a label and a cell per standard.
fn row(label: &'static str, cells: Vec<String>) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
        </tr>
    }
}

fn pair(a: Decimal, b: Decimal) -> String {
    format!("{} / {}", format_integer(a), format_integer(b))
}

fn near_line(s: &Standard, page: &CriteriaTexts) -> String {
    match &s.rule {
        Rule::TwoTier { near_poverty_line, .. } => pair(near_poverty_line.rural, near_poverty_line.urban),
        Rule::SingleLine { .. } => page.none.to_owned(),
    }
}

#[component]
pub fn PeriodsTable(catalogue: Catalogue) -> impl IntoView {
    let page = criteria_texts();
    let lang = use_lang();
    let all = catalogue.all();
    let cells = |f: &dyn Fn(&Standard) -> String| all.iter().map(f).collect::<Vec<_>>();
    let heads = all
        .iter()
        .map(|s| view! { <th scope="col">{s.period.clone()}</th> })
        .collect_view();
    let body = view! {
        <tbody>
            {row(page.row_applies, cells(&|s| format!("{}–{}", s.valid_from.format_vi(), s.valid_to.format_vi()))) }
            {row(page.row_rural, cells(&|s| format_integer(s.income_line.get(Area::Rural))))}
            {row(page.row_urban, cells(&|s| format_integer(s.income_line.get(Area::Urban))))}
            {row(page.row_near, cells(&|s| near_line(s, page)))}
            {row(page.row_band, cells(&|s| s.average_band.as_ref().map_or(page.unknown.to_owned(), |b| pair(b.rural, b.urban))))}
            {row(page.row_min, cells(&|s| s.rule.min_deprivations().to_string()))}
            {row(page.row_indicators, cells(&|s| format!("{} / {}", s.dimensions.len(), s.indicator_count())))}
            <tr>
                <th scope="row">{page.row_basis}</th>
                {all.iter().map(|s| view! { <td><Citation text=s.basis.document.clone() /></td> }).collect_view()}
            </tr>
        </tbody>
    };
    let notes = all
        .iter()
        .filter_map(|s| s.note.as_ref())
        .map(|n| pick(lang, n))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <section aria-labelledby="so-sanh">
            <h2 id="so-sanh">{page.compare_heading}</h2>
            <TableScroll>
                <table class="periods">
                    <caption>{page.compare_caption}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {heads}
                        </tr>
                    </thead>
                    {body}
                </table>
            </TableScroll>
            <p class="notice">{page.low_income_note}</p>
            <p class="hint">{notes}</p>
        </section>
    }
}
