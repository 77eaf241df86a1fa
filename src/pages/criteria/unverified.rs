//! Every rule whose status is not verified, with its standard and the
//! citation to check: for a reader who has the texts and can check them.

use leptos::prelude::*;
use poverty_rules::{Catalogue, unverified_rules};

use crate::base::SiteBase;
use crate::components::{Citation, Page, StatusBadge, TableScroll};
use crate::i18n::{Lang, criteria_texts, page_name, pick, use_lang};
use crate::section::Section;

#[component]
pub fn UnverifiedRulesPage() -> impl IntoView {
    let t = criteria_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let catalogue = Catalogue::national();
    let standards = catalogue.all();
    let rules = unverified_rules(standards);
    let count = rules.len();
    let rows = rules
        .into_iter()
        .map(|r| {
            let period = standards
                .iter()
                .find(|s| s.id == r.standard_id)
                .map(|s| s.period.clone())
                .unwrap_or_default();
            // Notes cite Vietnamese texts in Vietnamese words: shown in
            // Vietnamese only, beside the citation every reader gets.
            let note = r
                .basis
                .note
                .as_ref()
                .filter(|_| lang == Lang::Vi)
                .map(|n| pick(lang, n));
            view! {
                <tr>
                    <td>{period}</td>
                    <th scope="row">{pick(lang, &r.name)}</th>
                    <td><Citation text=r.basis.citation() /> {note.map(|n| view! { <br /> {n} })}</td>
                    <td><StatusBadge status=r.basis.status /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Page title=page_name(Section::UnverifiedRules)>
            <p class="lead">{t.unverified_intro}</p>
            <p>{format!("{} {count}.", t.unverified_count)}</p>
            <TableScroll>
                <table id="quy-dinh-chua-doi-chieu">
                    <caption>{t.unverified_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.unverified_period}</th>
                            <th scope="col">{t.history_rule}</th>
                            <th scope="col">{t.col_basis}</th>
                            <th scope="col">{t.unverified_status}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            <p><a href=site.href(Section::Criteria)>{page_name(Section::Criteria)}</a></p>
        </Page>
    }
}
