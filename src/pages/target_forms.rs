//! Quy đổi chỉ tiêu: a target stated in any of the forms plans use (the
//! poor rate, the near-poor rate or both together down by X points, the
//! ethnic-minority poor rate down by X points over ethnic-minority
//! households, the poor rate brought down to Y%), in households and points
//! both ways, with the rate it leaves at year end.

use leptos::prelude::*;
use planning::{Converted, Counts, TargetForm, from_households, from_points, to_reach_poor_rate};
use vn_format::{format_decimal, format_integer, format_percent, parse_count, parse_number};

use crate::components::TableScroll;
use crate::i18n::{TargetsTexts, count_texts, path_texts, targets_texts};

fn sentence(t: &'static TargetsTexts, c: Converted) -> String {
    format!(
        "{}{}{} = {}{}{}{}",
        t.equals_households,
        format_integer(c.households.into()),
        t.households_word,
        format_decimal(c.points, 2),
        t.points_word,
        path_texts().end_rate_word,
        format_percent(c.end_rate, 2)
    )
}

/// The unit's counts, as typed on this page or carried from the table.
#[derive(Clone, Copy)]
pub struct UnitCounts {
    pub households: RwSignal<String>,
    pub ethnic_minority: RwSignal<String>,
    pub poor: RwSignal<String>,
    pub near_poor: RwSignal<String>,
    pub ethnic_minority_poor: RwSignal<String>,
}

impl UnitCounts {
    fn counts(&self) -> Counts {
        let n = |s: RwSignal<String>| parse_count(&s.get()).unwrap_or(0);
        Counts {
            households: n(self.households),
            ethnic_minority: n(self.ethnic_minority),
            poor: n(self.poor),
            near_poor: n(self.near_poor),
            ethnic_minority_poor: n(self.ethnic_minority_poor),
            ..Counts::default()
        }
    }
}

#[component]
pub fn TargetForms(unit: UnitCounts) -> impl IntoView {
    let t = targets_texts();
    let counts = count_texts();
    let p = path_texts();
    let field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="decimal" autocomplete="off" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    let rows = TargetForm::ALL
        .into_iter()
        .zip(p.form_labels)
        .enumerate()
        .map(|(i, (form, label))| {
            let points = RwSignal::new(String::new());
            let households = RwSignal::new(String::new());
            let result = move || {
                let c = unit.counts();
                let converted = match parse_number(&points.get()) {
                    Ok(p) => from_points(form, p, &c),
                    Err(_) => from_households(form, parse_count(&households.get()).ok()?, &c),
                };
                Some(converted.map_or_else(|| p.cannot_convert.to_owned(), |c| sentence(t, c)))
            };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td><input type="text" inputmode="decimal" id=format!("quy-doi-diem-{i}") aria-label=format!("{label}: {}", p.col_points_input) prop:value=move || points.get() on:input=move |ev| points.set(event_target_value(&ev)) /></td>
                    <td><input type="text" inputmode="numeric" id=format!("quy-doi-ho-{i}") aria-label=format!("{label}: {}", p.col_households_input) prop:value=move || households.get() on:input=move |ev| households.set(event_target_value(&ev)) /></td>
                    <td id=format!("quy-doi-{i}")>{result}</td>
                </tr>
            }
        })
        .collect_view();
    let reach = RwSignal::new(String::new());
    let reach_result = move || {
        let rate = parse_number(&reach.get()).ok()?;
        Some(to_reach_poor_rate(rate, &unit.counts()).map_or_else(|| p.cannot_convert.to_owned(), |c| sentence(t, c)))
    };
    view! {
        <section class="no-print" aria-labelledby="quy-doi">
            <h2 id="quy-doi">{p.convert_heading}</h2>
            <p>{p.convert_intro}</p>
            <div class="unit-fields">
                {field("don-vi-ho", counts.col_households, unit.households)}
                {field("don-vi-ho-dtts", counts.col_em, unit.ethnic_minority)}
                {field("don-vi-ngheo", counts.col_poor, unit.poor)}
                {field("don-vi-can-ngheo", counts.col_near, unit.near_poor)}
                {field("don-vi-ngheo-dtts", counts.col_em_poor, unit.ethnic_minority_poor)}
            </div>
            <TableScroll>
                <table class="convert">
                    <caption>{p.convert_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{p.col_form}</th>
                            <th scope="col">{p.col_points_input}</th>
                            <th scope="col">{p.col_households_input}</th>
                            <th scope="col">{t.col_result}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            {field("den-ty-le", p.reach_label, reach)}
            <p id="quy-doi-den" role="status">{reach_result}</p>
        </section>
    }
}
