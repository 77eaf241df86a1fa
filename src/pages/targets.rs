//! Chỉ tiêu: the commune's table of villages, with totals, rates and
//! year-end counts worked out as the officer types, the unit's target in
//! points and households, sharing it out, and the checks real plans fail.

use leptos::prelude::*;
use planning::{
    CELLS, Column, Counts, Issue, Place, RateBase, RowText, ShareError, check, describe, households_for_points,
    parse_table, points_for_households, rate_percent, share_out_capped,
};
use vn_format::{format_decimal, format_integer, format_percent, parse_count, parse_number, round_half_up};

use crate::components::Page;
use crate::i18n::{TargetsTexts, either, use_lang, use_texts};
use crate::pages::targets_path::PathSection;

#[derive(Clone, Copy, PartialEq, Eq)]
enum ShareBy {
    Able,
    Poor,
    Households,
}

fn column_label(t: &'static TargetsTexts, column: Column) -> &'static str {
    match column {
        Column::Households => t.col_households,
        Column::EthnicMinority => t.col_em,
        Column::Poor => t.col_poor,
        Column::NearPoor => t.col_near,
        Column::EthnicMinorityPoor => t.col_em_poor,
        Column::SocialProtectionPoor => t.col_social,
        Column::PoorAbleToEscape => t.col_able,
        _ => t.col_reduction,
    }
}

/// The cells an issue is about, to mark them.
fn marked(issue: &Issue) -> Vec<(usize, Column)> {
    match issue {
        Issue::ExceedsGroup {
            place: Place::Row(r),
            part,
            ..
        } => vec![(*r, *part)],
        Issue::PartsDontAddUp {
            place: Place::Row(r), ..
        } => {
            vec![(*r, Column::SocialProtectionPoor), (*r, Column::PoorAbleToEscape)]
        }
        Issue::ReductionBeyondAble {
            place: Place::Row(r), ..
        }
        | Issue::NegativeEnd {
            place: Place::Row(r), ..
        } => {
            vec![(*r, Column::Reduction)]
        }
        _ => Vec::new(),
    }
}

fn rate_text(count: u64, base: u64) -> String {
    rate_percent(count, base)
        .map(|r| format_percent(r, 2))
        .unwrap_or_default()
}

#[component]
pub fn TargetsPage() -> impl IntoView {
    let texts = use_texts();
    let t = &texts.targets_page;
    let lang = use_lang();
    let next_key = StoredValue::new(3u32);
    let new_row = move |n: u32| RowText {
        name: format!("{}{n}", t.new_row),
        ..RowText::default()
    };
    let rows = RwSignal::new(vec![(1u32, new_row(1)), (2u32, new_row(2))]);
    let unit_name = RwSignal::new(String::new());
    let year = RwSignal::new(String::from("2027"));
    let base = RwSignal::new(RateBase::Row);
    let target = RwSignal::new(String::new());
    let points = RwSignal::new(String::new());
    let share_by = RwSignal::new(ShareBy::Able);
    let share_message = RwSignal::new(None::<&'static str>);

    let parsed =
        Memo::new(move |_| rows.with(|r| parse_table(&r.iter().map(|(_, row)| row.clone()).collect::<Vec<_>>())));
    let totals = Memo::new(move |_| parsed.with(|p| p.rows.iter().fold(Counts::default(), |a, r| a + r.counts)));
    let issues = Memo::new(move |_| parsed.with(|p| check(&p.rows, None, base.get())));
    let names = move || rows.with(|r| r.iter().map(|(_, row)| row.name.clone()).collect::<Vec<_>>());
    let base_of = move |households: u64| match base.get() {
        RateBase::Row => households,
        RateBase::Unit => totals.with(|c| c.households),
    };

    let cell = move |key: u32, index: usize, row_index: Signal<usize>| {
        let column = CELLS[index];
        let invalid = move || {
            let r = row_index.get();
            let bad_cell = parsed.with(|p| p.errors.iter().any(|e| e.row == r && e.column == column));
            let flagged = issues.with(|all| all.iter().flat_map(marked).any(|m| m == (r, column)));
            (bad_cell || flagged).then_some("true")
        };
        let label = move || {
            format!(
                "{}, {}",
                column_label(t, column),
                rows.with(|v| v
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, r)| r.name.clone())
                    .unwrap_or_default())
            )
        };
        view! {
            <td>
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    class="cell"
                    aria-label=label
                    aria-invalid=invalid
                    prop:value=move || rows.with(|v| v.iter().find(|(k, _)| *k == key).map(|(_, r)| r.cells[index].clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        rows.update(|v| v.iter_mut().filter(|(k, _)| *k == key).for_each(|(_, r)| r.cells[index] = text.clone()));
                    }
                />
            </td>
        }
    };

    let row_view = move |(key, row): (u32, RowText)| {
        let row_index = Signal::derive(move || rows.with(|v| v.iter().position(|(k, _)| *k == key).unwrap_or(0)));
        let counts = move || parsed.with(|p| p.rows.get(row_index.get()).cloned().unwrap_or_default());
        let cells_before = (0..3).map(|i| cell(key, i, row_index)).collect_view();
        let cells_after = (4..8).map(|i| cell(key, i, row_index)).collect_view();
        view! {
            <tr>
                <th scope="row">
                    <input
                        type="text"
                        class="name"
                        aria-label=t.col_name
                        prop:value=row.name
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            rows.update(|v| v.iter_mut().filter(|(k, _)| *k == key).for_each(|(_, r)| r.name = text.clone()));
                        }
                    />
                </th>
                {cells_before}
                <td class="num">{move || { let c = counts().counts; rate_text(c.poor, base_of(c.households)) }}</td>
                {cell(key, 3, row_index)}
                <td class="num">{move || { let c = counts().counts; rate_text(c.near_poor, base_of(c.households)) }}</td>
                {cells_after}
                <td class="num">{move || { let r = counts(); format_integer(r.counts.poor.saturating_sub(r.reduction.unwrap_or(0)).into()) }}</td>
                <td class="num">{move || { let r = counts(); rate_text(r.counts.poor.saturating_sub(r.reduction.unwrap_or(0)), base_of(r.counts.households)) }}</td>
                <td>
                    <button type="button" class="secondary" on:click=move |_| rows.update(|v| v.retain(|(k, _)| *k != key))>{t.remove_row}</button>
                </td>
            </tr>
        }
    };

    let total_reduction = move || parsed.with(|p| p.rows.iter().map(|r| r.reduction.unwrap_or(0)).sum::<u64>());
    let total_row = move || {
        let c = totals.get();
        let reduction = total_reduction();
        let n = |v: u64| format_integer(v.into());
        view! {
            <tr class="total">
                <th scope="row">{t.total}</th>
                <td class="num">{n(c.households)}</td>
                <td class="num">{n(c.ethnic_minority)}</td>
                <td class="num">{n(c.poor)}</td>
                <td class="num">{rate_text(c.poor, c.households)}</td>
                <td class="num">{n(c.near_poor)}</td>
                <td class="num">{rate_text(c.near_poor, c.households)}</td>
                <td class="num">{n(c.ethnic_minority_poor)}</td>
                <td class="num">{n(c.social_protection_poor)}</td>
                <td class="num">{n(c.poor_able_to_escape)}</td>
                <td class="num">{n(reduction)}</td>
                <td class="num">{n(c.poor.saturating_sub(reduction))}</td>
                <td class="num">{rate_text(c.poor.saturating_sub(reduction), c.households)}</td>
                <td></td>
            </tr>
        }
    };

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
                rows.update(|v| {
                    v.iter_mut()
                        .zip(shares)
                        .for_each(|((_, r), s)| r.cells[7] = format_integer(s.into()))
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

    let findings = move || {
        let names = names();
        let mut lines: Vec<String> = parsed.with(|p| {
            p.errors
                .iter()
                .map(|e| {
                    let row = names.get(e.row).cloned().unwrap_or_default();
                    format!(
                        "{row}, {}: {}",
                        column_label(t, e.column),
                        either(lang, e.vi.clone(), e.en.clone())
                    )
                })
                .collect()
        });
        lines.extend(issues.with(|all| {
            all.iter()
                .map(|i| {
                    let (vi, en) = describe(i, &names);
                    either(lang, vi, en)
                })
                .collect::<Vec<_>>()
        }));
        if lines.is_empty() {
            view! { <p>{t.no_issues}</p> }.into_any()
        } else {
            view! { <ul class="problems">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    let base_choice = move |value: RateBase, id: &'static str, label: &'static str| {
        view! {
            <div class="choice">
                <input type="radio" name="mau-so" id=id prop:checked=move || base.get() == value on:change=move |_| base.set(value) />
                <label for=id>{label}</label>
            </div>
        }
    };
    let share_choice = move |value: ShareBy, id: &'static str, label: &'static str| {
        view! {
            <div class="choice">
                <input type="radio" name="chia-theo" id=id prop:checked=move || share_by.get() == value on:change=move |_| share_by.set(value) />
                <label for=id>{label}</label>
            </div>
        }
    };
    let caption = move || {
        let unit = unit_name.get();
        let unit = if unit.trim().is_empty() {
            String::new()
        } else {
            format!(" — {unit}")
        };
        format!("{} {}{unit}", t.caption, year.get())
    };

    view! {
        <Page title=texts.targets.title>
            <p class="lead">{t.intro}</p>
            <p class="notice no-print">{t.not_saved}</p>
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
                    {base_choice(RateBase::Row, "mau-so-thon", t.base_row)}
                    {base_choice(RateBase::Unit, "mau-so-don-vi", t.base_unit)}
                </fieldset>
            </div>
            <div class="table-scroll">
                <table class="targets">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_name}</th>
                            <th scope="col">{t.col_households}</th>
                            <th scope="col">{t.col_em}</th>
                            <th scope="col">{t.col_poor}</th>
                            <th scope="col">{t.col_rate}</th>
                            <th scope="col">{t.col_near}</th>
                            <th scope="col">{t.col_rate}</th>
                            <th scope="col">{t.col_em_poor}</th>
                            <th scope="col">{t.col_social}</th>
                            <th scope="col">{t.col_able}</th>
                            <th scope="col">{t.col_reduction}</th>
                            <th scope="col">{t.col_end}</th>
                            <th scope="col">{t.col_end_rate}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|(k, _)| *k children=row_view />
                    </tbody>
                    <tfoot>{total_row}</tfoot>
                </table>
            </div>
            <p class="no-print">
                <button type="button" id="them-thon" on:click=move |_| {
                    let key = next_key.get_value();
                    next_key.set_value(key + 1);
                    rows.update(|v| v.push((key, new_row(key))));
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
                    {share_choice(ShareBy::Able, "chia-kha-nang", t.by_able)}
                    {share_choice(ShareBy::Poor, "chia-ho-ngheo", t.by_poor)}
                    {share_choice(ShareBy::Households, "chia-so-ho", t.by_households)}
                </fieldset>
                <button type="button" id="giao-chi-tieu" on:click=share>{t.share}</button>
                <p role="status">{move || share_message.get()}</p>
                {sum_note}
            </section>
            <PathSection start_rate=start_rate start_year=year />
            <section aria-labelledby="kiem-tra">
                <h2 id="kiem-tra">{t.checks_heading}</h2>
                <div role="status" class="findings">{findings}</div>
            </section>
        </Page>
    }
}
