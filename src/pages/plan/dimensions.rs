//! The targets per dimension of deprivation as a table's rows: the
//! standard's indicators added in one step, rows of the officer's own,
//! baselines filled from the household list the draft keeps (read in the
//! reader worker, as on the household list's page), every figure kept as
//! typed and checked as it is typed.

use drafts::{Part, peek_current};
use household_list::GroupProfile;
use leptos::prelude::*;
use leptos::task::spawn_local;
use plan_doc::{
    DimensionFinding, DimensionRow, Lang, PlanForm, check_dimensions, fill_baselines, listed_baseline,
    missing_indicator_rows,
};
use poverty_rules::StandardIndicators;
use vn_format::{Date, format_integer};

use crate::base::SiteBase;
use crate::clock::since_start_ms;
use crate::components::{StatusBadge, TableScroll};
use crate::draft_store::LocalStore;
use crate::i18n::{plan_dimensions_texts, use_lang};
use crate::kept::kept;
use crate::pages::households::{Phase, run};
use crate::section::Section;

type Field = fn(&mut DimensionRow) -> &mut String;

fn edit_row(form: RwSignal<PlanForm>, i: usize, change: impl FnOnce(&mut DimensionRow)) {
    form.update(|f| {
        if let Some(row) = f.dimension_rows.get_mut(i) {
            change(row);
        }
    });
}

/// The rows, their checks, and the household list's baselines.
#[component]
pub fn DimensionsEditor(form: RwSignal<PlanForm>, year: i32, doc_lang: Lang) -> impl IntoView {
    let t = plan_dimensions_texts();
    let lang = use_lang();
    // The review that makes the year's lists uses the standard in force on
    // its first day. Only national standards are offered: a local one has
    // its national standard's indicators.
    let initial = Date::new(year, 1, 1)
        .and_then(StandardIndicators::in_force_on)
        .or_else(|| StandardIndicators::all().first())
        .map(|s| s.id.to_owned())
        .unwrap_or_default();
    let standard_id = kept("standard", || initial);
    let phase = kept("phase", || Phase::Idle);
    let generation = kept("generation", || 0u32);
    let filled = kept("filled", || None::<usize>);
    // The list's poor and near-poor, under the standard it was read with.
    let profile: Memo<Option<GroupProfile>> = Memo::new(move |_| {
        phase.with(|p| match p {
            Phase::Done(loaded) => Some(loaded.summary.total_profile.poor_and_near_poor.clone()),
            _ => None,
        })
    });
    let findings = Memo::new(move |_| form.with(|f| profile.with(|p| check_dimensions(&f.dimension_rows, p.as_ref()))));
    let count = Memo::new(move |_| form.with(|f| f.dimension_rows.len()));

    let options = StandardIndicators::all()
        .iter()
        .map(|s| {
            let chosen = move || standard_id.with(|c| c == s.id);
            view! { <option value=s.id prop:selected=chosen>{lang.pick(s.name.0.to_owned(), s.name.1.to_owned())}</option> }
        })
        .collect_view();
    let add_indicators = move |_| {
        let id = standard_id.get_untracked();
        if let Some(standard) = StandardIndicators::all().iter().find(|s| s.id == id) {
            form.update(|f| {
                let added = missing_indicator_rows(&f.dimension_rows, standard, doc_lang);
                f.dimension_rows.extend(added);
            });
        }
    };

    let kept_list = peek_current(&LocalStore::open(), Part::Households).filter(|p| !p.text.is_empty());
    let list_part = match kept_list {
        Some(list) => {
            let text = StoredValue::new(list.text);
            let fill = move |_| {
                let mine = generation.get_untracked().wrapping_add(1);
                generation.set(mine);
                filled.set(None);
                let started = since_start_ms();
                spawn_local(async move {
                    run(
                        text.get_value(),
                        standard_id.get_untracked(),
                        phase,
                        generation,
                        mine,
                        started,
                    )
                    .await;
                    if generation.get_untracked() != mine {
                        return;
                    }
                    if let Some(profile) = profile.get_untracked() {
                        let mut n = 0;
                        form.update(|f| n = fill_baselines(&mut f.dimension_rows, &profile));
                        filled.set(Some(n));
                    }
                });
            };
            // Read in place: a finished phase holds the whole summary.
            let status = move || {
                let filled = filled.get();
                phase.with(|phase| match (phase, filled) {
                    (Phase::Reading(_), _) => t.reading.to_owned(),
                    (Phase::Failed(vi, en, _), _) => lang.pick(vi.clone(), en.clone()),
                    (Phase::Done(loaded), Some(n)) => format!(
                        "{} {n} {} {}.",
                        t.filled,
                        t.filled_of,
                        format_integer(loaded.summary.total_profile.poor_and_near_poor.households.into())
                    ),
                    _ => String::new(),
                })
            };
            view! {
                <p>{format!("{} «{}».", t.list_kept, list.draft_name)}</p>
                <p>
                    <button type="button" id="dien-hien-trang" prop:disabled=move || phase.with(|p| matches!(p, Phase::Reading(_))) on:click=fill>
                        {t.fill}
                    </button>
                </p>
                <p role="status" id="thong-bao-hien-trang">{status}</p>
            }
            .into_any()
        }
        None => {
            let site = expect_context::<SiteBase>();
            view! {
                <p class="notice" id="chua-co-danh-sach">
                    {t.no_list} " " <a href=site.href(Section::Households)>{t.no_list_link}</a> "."
                </p>
            }
            .into_any()
        }
    };

    let cell = move |i: usize, key: &'static str, label: &'static str, field: Field| {
        view! {
            <td>
                <input type="text" id=format!("chieu-{}-{key}", i + 1) aria-label=format!("{label} {}", i + 1) prop:value=move || form.with(|f| {
                    let mut row = f.dimension_rows.get(i).cloned().unwrap_or_default();
                    field(&mut row).clone()
                }) on:input=move |ev| {
                    let value = event_target_value(&ev);
                    edit_row(form, i, |row| *field(row) = value);
                } />
            </td>
        }
    };
    let row = move |i: usize| {
        view! {
            <tr>
                <th scope="row">{i + 1}</th>
                {cell(i, "chi-tieu", t.indicator, |r| &mut r.indicator)}
                {cell(i, "don-vi", t.unit, |r| &mut r.unit)}
                {cell(i, "hien-trang", t.baseline, |r| &mut r.baseline)}
                {cell(i, "muc-tieu", t.target, |r| &mut r.target)}
                <td>
                    <button type="button" class="secondary" id=format!("chieu-{}-xoa", i + 1) aria-label=format!("{} {}", t.remove, i + 1) on:click=move |_| form.update(|f| {
                        if i < f.dimension_rows.len() {
                            f.dimension_rows.remove(i);
                        }
                    })>{t.remove}</button>
                </td>
            </tr>
        }
    };
    // A baseline other than the list's offers the list's figure: never put
    // in without the officer asking.
    let finding = move |x: &DimensionFinding| {
        let replace = match x {
            DimensionFinding::NotTheList { row, .. } => Some(*row),
            _ => None,
        };
        view! {
            <li>
                {x.message(super::draft::doc_lang(lang))}
                {replace.map(|n| view! {
                    " "
                    <button type="button" class="secondary" id=format!("chieu-{n}-dung-danh-sach") on:click=move |_| {
                        if let Some(profile) = profile.get_untracked() {
                            edit_row(form, n - 1, |row| {
                                if let Some(value) = listed_baseline(row, &profile) {
                                    row.baseline = value;
                                }
                            });
                        }
                    }>{t.use_listed}</button>
                })}
            </li>
        }
    };
    view! {
        <section class="plan-part" aria-labelledby="bang-chieu-tieu-de">
            <h2 id="bang-chieu-tieu-de">{t.heading}</h2>
            <p class="hint">{t.hint}</p>
            <div class="field no-print">
                <label for="chuan-chieu">{t.standard}</label>
                <select id="chuan-chieu" on:change=move |ev| {
                    standard_id.set(event_target_value(&ev));
                    // A list read under another standard no longer answers.
                    generation.update(|g| *g = g.wrapping_add(1));
                    phase.set(Phase::Idle);
                }>{options}</select>
                // The indicators' names and thresholds as far as they are checked.
                <span id="chuan-chieu-trang-thai">
                    {move || standard_id.with(|id| StandardIndicators::all().iter().find(|s| s.id == id).map(|s| view! { <StatusBadge status=s.status /> }))}
                </span>
                <button type="button" id="them-chi-so" on:click=add_indicators>{t.add_indicators}</button>
            </div>
            <h3 id="hien-trang-danh-sach">{t.list_heading}</h3>
            {list_part}
            <h3 id="kiem-tra-chieu">{t.findings}</h3>
            // The live region holds the list: a list given the status role
            // would no longer be a list to its items.
            <div role="status" aria-labelledby="kiem-tra-chieu">
                <ul class="problems" id="loi-chieu">
                    {move || findings.with(|all| {
                        if all.is_empty() {
                            view! { <li>{t.none}</li> }.into_any()
                        } else {
                            all.iter().map(finding).collect_view().into_any()
                        }
                    })}
                </ul>
            </div>
            <TableScroll>
                <table id="bang-chieu">
                    <caption>{t.caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.number}</th>
                            <th scope="col">{t.indicator}</th>
                            <th scope="col">{t.unit}</th>
                            <th scope="col">{t.baseline}</th>
                            <th scope="col">{format!("{} {year}", t.target_year)}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{move || (0..count.get()).map(row).collect_view()}</tbody>
                </table>
            </TableScroll>
            <p class="actions no-print">
                <button type="button" id="them-dong-chieu" on:click=move |_| form.update(|f| f.dimension_rows.push(DimensionRow::default()))>
                    {t.add_row}
                </button>
            </p>
        </section>
    }
}
