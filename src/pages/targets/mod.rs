//! Chỉ tiêu: the commune's table of villages, with totals, rates and
//! year-end counts worked out as the officer types, the unit's target in
//! points and households, sharing it out, and the checks real plans fail.

mod annex;
mod annex_page;
mod file;
mod pager;
mod state;
mod table;

pub use annex_page::AnnexPage;

use leptos::prelude::*;
use planning::{
    Counts, PathLink, RateBase, ShareError, describe, households_for_points, points_for_households, rate_percent,
    share_out_capped, table_from_query,
};
use vn_format::{format_decimal, format_integer, parse_count, parse_number, round_half_up};

use crate::address::{current_query, replace_query};
use crate::base::SiteBase;
use crate::components::{Autosave, Page, findings, radio_for};
use crate::draft_store::LocalStore;
use crate::i18n::{count_texts, draft_texts, households_texts, page_name, targets_texts, use_lang};
use crate::paused::Paused;
use crate::section::Section;
use drafts::{Part, Session};
use state::TableState;
use table::{TargetTable, blank_row, column_label};

#[derive(Clone, Copy, PartialEq, Eq)]
enum ShareBy {
    Able,
    Poor,
    Households,
}

/// The multi-year path page with the table's rate, year and counts, which
/// it also uses to convert the other forms of a target.
fn path_link(page: &str, rate: &str, year: &str, c: &Counts) -> String {
    let link = PathLink {
        rate: rate.to_owned(),
        year: year.to_owned(),
        households: c.households.to_string(),
        ethnic_minority: c.ethnic_minority.to_string(),
        poor: c.poor.to_string(),
        near_poor: c.near_poor.to_string(),
        ethnic_minority_poor: c.ethnic_minority_poor.to_string(),
        ..PathLink::default()
    };
    format!("{page}?{}", link.to_query())
}

/// What the table's checks found: bad cells, then every issue of the rows
/// and of a typed total row; shared by the table and the annex's import.
pub(super) fn table_findings(state: TableState) -> impl Fn() -> AnyView + Copy + 'static {
    let t = targets_texts();
    let lang = use_lang();
    move || {
        let names = state.names();
        let mut lines: Vec<String> = state.parsed.with(|p| {
            p.errors
                .iter()
                .map(|e| {
                    let row = names.get(e.row).cloned().unwrap_or_default();
                    format!(
                        "{row}, {}: {}",
                        column_label(t, count_texts(), e.column),
                        lang.pick(e.vi.clone(), e.en.clone())
                    )
                })
                .collect()
        });
        lines.extend(
            state
                .issues
                .with(|all| all.iter().map(|i| describe(i, &names, lang)).collect::<Vec<_>>()),
        );
        findings(lines, t.no_issues)
    }
}

#[component]
pub fn TargetsPage() -> impl IntoView {
    let t = targets_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let linked = table_from_query(&current_query());
    let link_trouble = linked
        .as_ref()
        .filter(|(_, trouble)| !trouble.is_empty())
        .map(|(_, trouble)| trouble.message(lang));
    // The address wins over the draft, but only a table that is not the
    // draft's own (as after a reload) is a link: its first save starts a new draft.
    let opened = Session::open(&LocalStore::open(), Part::Targets);
    let stored = opened.text.as_deref().and_then(table_from_query).map(|(link, _)| link);
    let (table, session, from_link) = match linked {
        Some((link, _)) if stored.as_ref() == Some(&link) => (Some(link), opened.session, false),
        Some((link, _)) => (Some(link), Session::from_link(Part::Targets), true),
        None => (stored, opened.session, false),
    };
    let draft_problem = opened
        .problem
        .filter(|_| !from_link)
        .map(|_| draft_texts().unreadable_current);
    let state = match table {
        Some(link) => TableState::from_link(link),
        None => TableState::new(vec![blank_row(t, 1), blank_row(t, 2)]),
    };
    // The address and the draft always hold the table: copying the address
    // shares the scenario, and nothing typed is lost. The address is written
    // when typing pauses (a 500-village table's is 25 KB), or as the page is left.
    let text = Memo::new(move |_| state.query());
    let address = Paused::new(move || replace_query(&text.get_untracked()));
    Effect::new(move |seen: Option<()>| {
        text.track();
        match seen {
            None => replace_query(&text.get_untracked()),
            Some(()) => address.schedule(),
        }
    });
    let draft_name = Signal::derive(move || {
        let unit = state.unit_name.get();
        let unit = unit.trim();
        let year = state.year.get();
        if unit.is_empty() {
            format!("{} {}", draft_texts().default_name, year.trim())
        } else {
            format!("{} {unit} {}", draft_texts().default_name, year.trim())
        }
    });
    let TableState {
        unit_name,
        year,
        base,
        parsed,
        totals,
        ..
    } = state;
    let target = RwSignal::new(String::new());
    let points = RwSignal::new(String::new());
    let share_by = RwSignal::new(ShareBy::Able);
    let share_message = RwSignal::new(None::<&'static str>);
    // The table's page shown (`pager.rs`).
    let page = RwSignal::new(0);
    let total_reduction = move || state.total_reduction();

    let unit_households = move || totals.with(|c| c.households);
    // The path starts from the table's current poor rate, two decimals.
    let start_rate = Signal::derive(move || {
        totals
            .with(|c| rate_percent(c.poor, c.households))
            .map(|r| format_decimal(r, 2))
            .unwrap_or_default()
    });
    let target_households = move || parse_count(&target.get()).ok();
    let target_note = move || {
        let households = unit_households();
        let from_households = target_households().and_then(|n| points_for_households(n, households));
        let from_points = parse_number(&points.get())
            .ok()
            .map(|p| round_half_up(households_for_points(p, households), 0));
        view! {
            <p class="hint" id="muc-tieu-diem">{from_households.map(|p| format!("{}{}{}", t.equals_points, format_decimal(p, 2), t.points_word))}</p>
            <p class="hint" id="muc-tieu-ho">{from_points.map(|h| format!("{}{}{}", t.equals_households, format_integer(h), t.households_word))}</p>
        }
    };
    let use_points = move |_| {
        if let Ok(p) = parse_number(&points.get_untracked()) {
            let households = round_half_up(households_for_points(p, unit_households()), 0);
            target.set(format_integer(households));
        }
    };
    let share = move |_| {
        let Some(total) = target_households() else { return };
        let counts: Vec<Counts> = parsed.with_untracked(|p| p.rows.iter().map(|r| r.counts).collect());
        let weights: Vec<u64> = counts
            .iter()
            .map(|c| match share_by.get_untracked() {
                ShareBy::Able => c.poor_able_to_escape,
                ShareBy::Poor => c.poor,
                ShareBy::Households => c.households,
            })
            .collect();
        // A village cannot lift more than its poor able to escape (or its poor, if that is not filled in).
        let caps: Vec<u64> = counts
            .iter()
            .map(|c| {
                if c.poor_able_to_escape > 0 {
                    c.poor_able_to_escape
                } else {
                    c.poor
                }
            })
            .collect();
        match share_out_capped(total, &weights, &caps) {
            Ok(shares) => {
                state.rows.with_untracked(|v| {
                    v.iter()
                        .zip(shares)
                        .for_each(|(r, s)| r.text.update(|r| r.cells[7] = format_integer(s.into())))
                });
                share_message.set(Some(t.shared));
            }
            Err(ShareError::NoBase) => share_message.set(Some(t.no_base)),
            Err(ShareError::OverCapacity { .. }) => share_message.set(Some(t.over_capacity)),
        }
    };
    let sum_note = move || {
        let (sum, goal) = (total_reduction(), target_households());
        goal.map(|goal| {
            let differs = (sum != goal).then_some(t.sum_differs);
            view! { <p class=if sum == goal { "hint" } else { "field-error" }>{t.sum_check} {format_integer(sum.into())} {differs}</p> }
        })
    };

    let findings = table_findings(state);
    let caption = Signal::derive(move || {
        let unit = unit_name.get();
        let unit = if unit.trim().is_empty() {
            String::new()
        } else {
            format!(" — {unit}")
        };
        format!("{} {}{unit}", t.caption, year.get())
    });

    let annex_href = site.href(Section::Annex);
    view! {
        <Page title=page_name(Section::Targets)>
            <p class="lead no-print">{t.intro}</p>
            <Autosave session text=text.into() name=draft_name from_link />
            {draft_problem.map(|m| view! { <p class="problems no-print">{m}</p> })}
            {link_trouble.map(|m| view! { <p class="problems no-print" role="alert">{m}</p> })}
            <p class="no-print"><a href=site.href(Section::Households)>{households_texts().link_from_targets}</a></p>
            <div class="unit-fields no-print">
                <div class="field">
                    <label for="don-vi">{t.unit_name}</label>
                    <input id="don-vi" type="text" prop:value=move || unit_name.get() on:input=move |ev| unit_name.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="nam">{t.year}</label>
                    <input id="nam" type="text" inputmode="numeric" prop:value=move || year.get() on:input=move |ev| year.set(event_target_value(&ev)) />
                </div>
                <fieldset class="choices">
                    <legend>{t.base_legend}</legend>
                    {radio_for("mau-so", "mau-so-thon", t.base_row, RateBase::Row, base)}
                    {radio_for("mau-so", "mau-so-don-vi", t.base_unit, RateBase::Unit, base)}
                </fieldset>
            </div>
            <TargetTable state=state caption=caption page=page />
            <p class="no-print">
                <a id="sang-bieu" href=move || format!("{annex_href}?{}", text.get())>{t.annex_link}</a>
            </p>
            <p class="no-print">
                <button type="button" id="them-thon" on:click=move |_| {
                    let n = state.rows.with_untracked(|v| v.len() as u32) + 1;
                    state.push(blank_row(t, n));
                    // The new row is on the last page: show it.
                    page.set(usize::MAX);
                }>{t.add_row}</button>
            </p>
            <section class="no-print" aria-labelledby="muc-tieu">
                <h2 id="muc-tieu">{t.target_heading}</h2>
                <div class="field">
                    <label for="giam-ho">{t.target_households}</label>
                    <input id="giam-ho" type="text" inputmode="numeric" prop:value=move || target.get() on:input=move |ev| target.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="giam-diem">{t.target_points}</label>
                    <input id="giam-diem" type="text" inputmode="decimal" prop:value=move || points.get() on:input=move |ev| points.set(event_target_value(&ev)) on:change=use_points />
                </div>
                {target_note}
                <fieldset class="choices">
                    <legend>{t.share_base}</legend>
                    {radio_for("chia-theo", "chia-kha-nang", t.by_able, ShareBy::Able, share_by)}
                    {radio_for("chia-theo", "chia-ho-ngheo", t.by_poor, ShareBy::Poor, share_by)}
                    {radio_for("chia-theo", "chia-so-ho", t.by_households, ShareBy::Households, share_by)}
                </fieldset>
                <button type="button" id="giao-chi-tieu" on:click=share>{t.share}</button>
                <p role="status">{move || share_message.get()}</p>
                {sum_note}
            </section>
            <p class="no-print">
                <a id="sang-lo-trinh" href=move || path_link(&site.href(Section::Path), &start_rate.get(), &year.get(), &totals.get())>
                    {t.to_path}
                </a>
            </p>
            <section class="no-print" aria-labelledby="kiem-tra">
                <h2 id="kiem-tra">{t.checks_heading}</h2>
                <div role="status" class="findings">{findings}</div>
            </section>
        </Page>
    }
}
