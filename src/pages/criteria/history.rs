//! How each rule changed across the standards (the income line 700.000 →
//! 1.500.000 → 2.200.000; "means of information" gone in 2027…), each value
//! with its citation and, where not verified, its status.

use leptos::prelude::*;
use poverty_rules::{Catalogue, RuleValue, Status, rule_histories};

use crate::components::{Citation, StatusBadge, TableScroll};
use crate::i18n::{criteria_texts, pick, use_lang};

/// A value and every basis it cites.
fn cell(value: &RuleValue, lang: crate::i18n::Lang) -> impl IntoView + use<> {
    let bases = value
        .bases()
        .into_iter()
        .map(|b| {
            let badge = (b.status != Status::Verified).then(|| view! { " " <StatusBadge status=b.status /> });
            view! { <br /> <Citation text=b.citation() /> {badge} }
        })
        .collect_view();
    view! { {pick(lang, &value.label())} {bases} }
}

#[component]
pub fn RuleHistoryTable(catalogue: Catalogue) -> impl IntoView {
    let t = criteria_texts();
    let lang = use_lang();
    let standards = catalogue.all();
    let histories = rule_histories(standards);
    let heads = standards
        .iter()
        .map(|s| view! { <th scope="col">{s.period.clone()}</th> })
        .collect_view();
    let rows = histories
        .iter()
        .map(|h| {
            let cells = h
                .entries
                .iter()
                .map(|e| view! { <td>{cell(&e.value, lang)}</td> })
                .collect_view();
            view! { <tr id=format!("lich-su-{}", h.id.replace('.', "-"))><th scope="row">{pick(lang, &h.name)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="lich-su">
            <h2 id="lich-su">{t.history_heading}</h2>
            <p>{t.history_intro}</p>
            <TableScroll>
                <table class="history">
                    <caption>{t.history_caption}</caption>
                    <thead>
                        <tr><th scope="col">{t.history_rule}</th>{heads}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
        </section>
    }
}
