//! One standard in full: dates, basis, who is poor, and every indicator.

use leptos::prelude::*;
use poverty_rules::{Standard, average_rule, near_poor_rule, poor_rule, scores_rule};

use crate::base::SiteBase;
use crate::components::{Citation, StatusBadge, TableScroll};
use crate::i18n::{criteria_texts, pick, use_lang};
use crate::section::Section;

#[component]
pub fn StandardSection(standard: Standard) -> impl IntoView {
    let page = criteria_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let heading_id = format!("{}-tieu-de", standard.id);
    let rule_items = [
        Some(poor_rule(&standard)),
        Some(near_poor_rule(&standard)),
        Some(average_rule(&standard)),
        scores_rule(&standard),
    ]
    .into_iter()
    .flatten()
    .map(|text| view! { <li>{pick(lang, &text)}</li> })
    .collect_view();
    let rows = standard
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter().map(move |i| (d, i)))
        .map(|(d, i)| {
            view! {
                <tr>
                    <th scope="row">
                        {pick(lang, &i.name)}
                        <span class="hint">" (" {pick(lang, &d.name)} ")"</span>
                    </th>
                    <td>{pick(lang, &i.threshold)}</td>
                    <td><Citation text=i.basis.citation() /> " " <StatusBadge status=i.basis.status /></td>
                </tr>
            }
        })
        .collect_view();
    let notes = standard.note.as_ref().map(|n| view! { <p>{pick(lang, n)}</p> });
    view! {
        <section class="standard" id=standard.id.clone() aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{pick(lang, &standard.name)}</h2>
            <p>
                {page.applies} {standard.valid_from.format_vi()} {page.until} {standard.valid_to.format_vi()}". "
                {page.basis} <Citation text=standard.basis.citation() /> " " <StatusBadge status=standard.basis.status />
            </p>
            {notes}
            <h3>{page.who_heading}</h3>
            <ul>{rule_items}</ul>
            <p class="hint">
                <Citation text=standard.income_line.basis.citation() /> " " <StatusBadge status=standard.income_line.basis.status /> "; "
                <Citation text=standard.rule.basis().citation() /> " " <StatusBadge status=standard.rule.basis().status />
            </p>
            <h3>{page.dimensions_heading}</h3>
            <TableScroll>
                <table class="indicators">
                    <caption>{page.indicators_of} {pick(lang, &standard.name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{page.col_indicator}</th>
                            <th scope="col">{page.col_threshold}</th>
                            <th scope="col">{page.col_basis}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            <p class="no-print">
                <a href=format!("{}?chuan={}", site.href(Section::Classify), standard.id)>{page.try_it}</a>
            </p>
        </section>
    }
}
