//! The same household under every standard, side by side.

use leptos::prelude::*;
use poverty_rules::{Parsed, Rule, Standard, assess, category_name};
use vn_format::format_integer;

use super::CaseState;
use crate::components::TableScroll;
use crate::i18n::{classify_texts, pick, use_lang};
use crate::standards::use_standards;

fn line_text(standard: &Standard, area: poverty_rules::Area) -> String {
    let line = format_integer(standard.income_line.get(area));
    match &standard.rule {
        Rule::TwoTier { near_poverty_line, .. } => format!("{line} / {}", format_integer(near_poverty_line.get(area))),
        Rule::SingleLine { .. } => line,
    }
}

#[component]
pub fn CompareTable() -> impl IntoView {
    let texts = classify_texts();
    let lang = use_lang();
    let standards = use_standards();
    let CaseState { form, standard, .. } = expect_context();

    let table = move || {
        let household = match form.with(|f| f.parse()) {
            Parsed::Household(h) => h,
            Parsed::Scores(_) => {
                return view! { <p class="hint">{texts.compare_scores}</p> }.into_any();
            }
            _ => return view! { <p class="hint">{texts.result_incomplete}</p> }.into_any(),
        };
        let chosen = standard.get();
        let chosen_category = chosen
            .as_ref()
            .and_then(|s| assess(s, &household).ok())
            .map(|a| a.outcome.category);
        let rows = standards.catalogue.with(|c| {
            c.all()
                .iter()
                .map(|s| {
                    let is_chosen = chosen.as_ref().is_some_and(|c| c.id == s.id);
                    let assessed = assess(s, &household).ok();
                    let category = assessed.as_ref().map(|a| a.outcome.category);
                    let differs = !is_chosen && category.is_some() && category != chosen_category;
                    let mut notes = Vec::new();
                    if differs {
                        notes.push(texts.compare_differs.to_owned());
                    }
                    if let Some(a) = assessed.as_ref().filter(|a| !a.not_in_standard.is_empty()) {
                        notes.push(format!("{}{}", texts.not_counted, a.not_in_standard.join(", ")));
                    }
                    if s.is_local() {
                        notes.push(texts.local_label.to_owned());
                    }
                    let class = match (is_chosen, differs) {
                        (true, _) => "chosen",
                        (_, true) => "differs",
                        _ => "",
                    };
                    view! {
                        <tr class=class>
                            <th scope="row">{pick(lang, &s.name)}</th>
                            <td class="num">{line_text(s, household.area)}</td>
                            <td class="num">{assessed.as_ref().map(|a| a.deprivation_count())}</td>
                            <td>{category.map(|c| pick(lang, &category_name(c)))}</td>
                            <td>{notes.join(" ")}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <TableScroll>
                <table class="compare">
                    <caption>{texts.compare_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts.col_standard}</th>
                            <th scope="col">{texts.col_line}</th>
                            <th scope="col">{texts.col_counted}</th>
                            <th scope="col">{texts.col_result}</th>
                            <th scope="col">{texts.col_note}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
        }
        .into_any()
    };

    view! {
        <section class="compare-section" aria-labelledby="so-sanh">
            <h2 id="so-sanh">{texts.compare_heading}</h2>
            {table}
        </section>
    }
}
