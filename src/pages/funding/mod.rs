//! Kinh phí: the funding of next year's plan. The project catalogue (the
//! 2021–2025 preset, or the planner's own), the lines of money as typed, the
//! local counterpart at a chosen rate and rounding, and totals typed by hand
//! checked against the lines. The page's state is kept in the current draft
//! as the funding crate's text; the funding table to print and download is
//! its own page (`table_page.rs`).

mod catalogue;
mod catalogue_page;
mod counterpart;
mod draft;
mod import;
mod lines;
mod names;
mod state;
mod table;
mod table_page;
mod typed_totals;

use funding::describe;
use leptos::prelude::*;

use crate::base::SiteBase;
use crate::components::StatusBadge;
use crate::components::{Page, findings};
use crate::i18n::{funding_texts, page_name, use_lang};
use crate::section::Section;
use counterpart::CounterpartSection;
use lines::LinesSection;
use names::column_name;
use typed_totals::TypedTotalsSection;

pub use catalogue_page::FundingCataloguePage;
pub use table_page::FundingTablePage;

#[component]
pub fn FundingPage() -> impl IntoView {
    let t = funding_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = draft::open(lang);
    let state = opened.state;

    let catalogue_summary = move || {
        let count = state.catalogue.with(|c| c.projects.len());
        format!("{} {count}.", t.catalogue_count)
    };
    let findings = move || {
        let mut lines: Vec<String> = state.parsed.with(|p| {
            p.errors
                .iter()
                .map(|e| {
                    let place = match e.column {
                        funding::Column::CounterpartPercent => String::new(),
                        funding::Column::Total => format!("{} {}, ", t.total_word, e.row + 1),
                        _ => format!("{} {}, ", t.line_word, e.row + 1),
                    };
                    format!("{place}{}: {}", column_name(t, lang, e.column), e.message(lang))
                })
                .collect()
        });
        lines.extend(state.catalogue.with(|c| {
            state.parsed.with(|p| {
                state
                    .issues
                    .with(|all| all.iter().map(|i| describe(i, c, &p.lines, lang)).collect::<Vec<_>>())
            })
        }));
        findings(lines, t.no_issues)
    };

    view! {
        <Page title=page_name(Section::Funding)>
            <p class="lead no-print">{t.intro}</p>
            {draft::autosave(opened.session, state)}
            {opened.problem.map(|m| view! { <p class="problems no-print">{m}</p> })}
            {opened.trouble.map(|m| view! { <p class="problems no-print" role="alert" id="loi-du-lieu">{m}</p> })}
            <section class="no-print" aria-labelledby="danh-muc">
                <h2 id="danh-muc">{t.catalogue_heading}</h2>
                <p id="tom-tat-danh-muc">
                    {catalogue_summary}
                    " "
                    {move || state.catalogue.with(|c| c.projects.iter().map(|p| p.basis.status).min()).map(|status| view! { <StatusBadge status /> })}
                    " "
                    <a id="sang-danh-muc" href=site.href(Section::FundingCatalogue)>{t.to_catalogue}</a>
                </p>
            </section>
            <LinesSection state=state />
            <CounterpartSection state=state />
            <TypedTotalsSection state=state />
            <section class="no-print" aria-labelledby="kiem-tra">
                <h2 id="kiem-tra">{t.checks_heading}</h2>
                <div role="status" class="findings" id="ket-qua-kiem-tra">{findings}</div>
            </section>
            <p class="actions no-print">
                <a class="button" id="sang-bieu" href=site.href(Section::FundingTable)>{t.to_table}</a>
            </p>
        </Page>
    }
}
