//! Lộ trình nhiều năm: a path in both readings of "%/năm", the yearly step
//! that reaches a goal, the income growth that multiplies income, and an
//! SVG chart that prints. The targets page links here with its current
//! rate, year and counts, and the address keeps every input
//! (`planning::PathLink`, `docs/share-links.md`).

use leptos::prelude::*;
use planning::{PathLink, YearlyStep, growth_to_multiply, path, step_to_reach};
use vn_format::{Decimal, format_decimal, format_percent, parse_count, parse_number};

use crate::address::{current_query, replace_query};
use crate::components::{Page, TableScroll, radio_for};
use crate::i18n::{page_name, path_texts, targets_texts};
use crate::pages::target_forms::{TargetForms, UnitCounts};
use crate::section::Section;

const CHART_W: u32 = 600;
const CHART_H: u32 = 220;
const PAD: u32 = 36;

/// The chart's points for a path, scaled to its box.
fn polyline(values: &[(i32, Decimal)], top: Decimal) -> String {
    let n = values.len().max(2) - 1;
    let (w, h) = (Decimal::from(CHART_W - 2 * PAD), Decimal::from(CHART_H - 2 * PAD));
    values
        .iter()
        .enumerate()
        .map(|(i, (_, rate))| {
            let x = Decimal::from(PAD) + w * Decimal::from(i as u32) / Decimal::from(n as u32);
            let y = Decimal::from(PAD) + h - if top.is_zero() { Decimal::ZERO } else { h * *rate / top };
            format!("{},{}", x.round_dp(1), y.round_dp(1))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
pub fn PathPage() -> impl IntoView {
    let t = targets_texts();
    let p = path_texts();
    let linked = PathLink::from_query(&current_query());
    let fields = linked.fields().map(|value| RwSignal::new(value.clone()));
    let [
        start_rate,
        start_year,
        years,
        step,
        goal,
        goal_year,
        factor,
        income_years,
        households,
        ethnic_minority,
        poor,
        near_poor,
        ethnic_minority_poor,
    ] = fields;
    let relative = RwSignal::new(linked.relative);
    Effect::new(move |_| {
        let mut link = PathLink {
            relative: relative.get(),
            ..PathLink::default()
        };
        for (value, field) in link.fields_mut().into_iter().zip(fields) {
            *value = field.get();
        }
        replace_query(&link.to_query());
    });

    let inputs = move || {
        let rate = parse_number(&start_rate.get()).ok()?;
        let year = i32::try_from(parse_count(&start_year.get()).ok()?).ok()?;
        let n = u32::try_from(parse_count(&years.get()).ok()?)
            .ok()
            .filter(|n| *n <= 30)?;
        let step = parse_number(&step.get()).ok()?;
        Some((rate, year, n, step))
    };
    let paths = Memo::new(move |_| {
        inputs().map(|(rate, year, n, s)| {
            (
                path(year, rate, n, YearlyStep::Points(s)),
                path(year, rate, n, YearlyStep::PercentOfPrevious(s)),
            )
        })
    });
    let table = move || {
        paths.get().map(|(points, relative_path)| {
            let rows = points
                .iter()
                .zip(&relative_path)
                .map(|((year, a), (_, b))| {
                    view! {
                        <tr>
                            <th scope="row">{*year}</th>
                            <td class="num">{format_percent(*a, 2)}</td>
                            <td class="num">{format_percent(*b, 2)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <TableScroll>
                    <table class="path">
                        <caption>{p.path_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{p.col_year}</th>
                                <th scope="col">{p.col_points} " " {move || (!relative.get()).then_some(p.used)}</th>
                                <th scope="col">{p.col_relative} " " {move || relative.get().then_some(p.used)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableScroll>
            }
        })
    };
    let chart =
        move || {
            paths.get().map(|(points, relative_path)| {
            let chosen = if relative.get() { relative_path } else { points };
            let top = chosen.iter().map(|(_, r)| *r).max().unwrap_or(Decimal::ONE).max(Decimal::ONE);
            let labels = chosen
                .iter()
                .enumerate()
                .map(|(i, (year, _))| {
                    let n = (chosen.len().max(2) - 1) as u32;
                    let x = PAD + (CHART_W - 2 * PAD) * i as u32 / n;
                    view! { <text x=x y=CHART_H - 10 text-anchor="middle" font-size="11">{*year}</text> }
                })
                .collect_view();
            view! {
                <svg class="path-chart" viewBox=format!("0 0 {CHART_W} {CHART_H}") role="img" aria-label=p.chart_title>
                    <title>{p.chart_title}</title>
                    <line x1=PAD y1=CHART_H - PAD x2=CHART_W - PAD y2=CHART_H - PAD stroke="#444" />
                    <line x1=PAD y1=PAD x2=PAD y2=CHART_H - PAD stroke="#444" />
                    <text x="4" y=PAD font-size="11">{format_percent(top, 2)}</text>
                    <polyline points=polyline(&chosen, top) fill="none" stroke="#0b4f8a" stroke-width="2.5" />
                    {labels}
                </svg>
            }
        })
        };
    let goal_note = move || {
        let rate = parse_number(&start_rate.get()).ok()?;
        let from = parse_count(&start_year.get()).ok()?;
        let to = parse_count(&goal_year.get()).ok()?;
        let n = u32::try_from(to.checked_sub(from)?).ok()?;
        let (points, percent) = step_to_reach(rate, parse_number(&goal.get()).ok()?, n)?;
        Some(format!(
            "{}{}{}{}{}{}",
            p.goal_needs,
            format_decimal(points, 2),
            t.points_word,
            p.or_word,
            format_percent(percent, 2),
            p.of_previous
        ))
    };
    let income_note = move || {
        let f = parse_number(&factor.get()).ok()?;
        let n = u32::try_from(parse_count(&income_years.get()).ok()?).ok()?;
        growth_to_multiply(f, n).map(|g| format!("{}{}", p.income_needs, format_percent(g, 2)))
    };
    let field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="decimal" autocomplete="off" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    view! {
        <Page title=page_name(Section::Path)>
            <p class="lead no-print">{p.path_intro}</p>
            <p class="hint print-only">{p.path_start_year} ": " {start_year} " · " {p.path_start_rate} ": " {start_rate}</p>
            <div class="unit-fields no-print">
                {field("lo-trinh-nam", p.path_start_year, start_year)}
                {field("lo-trinh-ty-le", p.path_start_rate, start_rate)}
                {field("lo-trinh-so-nam", p.path_years, years)}
                {field("lo-trinh-muc-giam", p.path_step, step)}
            </div>
            <fieldset class="choices no-print">
                <legend>{p.path_reading}</legend>
                {radio_for("cach-hieu", "hieu-diem", p.reading_points, false, relative)}
                {radio_for("cach-hieu", "hieu-tuong-doi", p.reading_relative, true, relative)}
            </fieldset>
            {table}
            {chart}
            <div class="unit-fields no-print">
                {field("muc-tieu-ty-le", p.goal_rate, goal)}
                {field("muc-tieu-nam", p.goal_year, goal_year)}
            </div>
            <p id="can-giam" role="status">{goal_note}</p>
            <div class="unit-fields no-print">
                {field("thu-nhap-gap", p.income_factor, factor)}
                {field("thu-nhap-so-nam", p.income_years, income_years)}
            </div>
            <p id="tang-thu-nhap" role="status">{income_note}</p>
            <TargetForms unit=UnitCounts { households, ethnic_minority, poor, near_poor, ethnic_minority_poor } />
        </Page>
    }
}
