//! What poor and near-poor households lack: the share deprived in each
//! indicator, by village, and the Alkire–Foster measures of the whole list.

use std::sync::Arc;

use household_list::{GroupProfile, Summary};
use leptos::prelude::*;
use poverty_rules::Standard;
use vn_format::{Decimal, format_decimal, format_integer, format_percent};

use crate::components::TableScroll;
use crate::i18n::{count_texts, households_texts, pick, use_lang};

fn pct(rate: Option<Decimal>) -> String {
    rate.map(|r| format_percent(r, 2)).unwrap_or_default()
}

/// A fraction (0–1) as a number with three decimals, as AF tables print.
fn fraction(value: Option<Decimal>) -> String {
    value.map(|v| format_decimal(v, 3)).unwrap_or_default()
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Group {
    PoorAndNearPoor,
    Poor,
}

fn group_of(profile: &household_list::Profile, group: Group) -> &GroupProfile {
    match group {
        Group::PoorAndNearPoor => &profile.poor_and_near_poor,
        Group::Poor => &profile.poor,
    }
}

fn indicator_name(standard: &Standard, id: &str) -> String {
    let lang = use_lang();
    standard
        .indicator(id)
        .map(|i| pick(lang, &i.name))
        .unwrap_or_else(|| id.to_owned())
}

#[component]
pub fn DeprivationProfile(summary: Arc<Summary>, standard: Standard, group: Group) -> impl IntoView {
    let h = households_texts();
    let t = count_texts();
    let headers = summary
        .indicator_ids
        .iter()
        .map(|id| view! { <th scope="col">{indicator_name(&standard, id)}</th> })
        .collect_view();
    let row = |name: String, g: &GroupProfile| {
        let shares = g
            .indicators
            .iter()
            .map(|s| view! { <td class="num">{pct(s.percent)}</td> })
            .collect_view();
        view! { <th scope="row">{name}</th><td class="num">{format_integer(g.households.into())}</td>{shares} }
    };
    let rows = summary
        .villages
        .iter()
        .map(|v| view! { <tr>{row(v.name.clone(), group_of(&v.profile, group))}</tr> })
        .collect_view();
    let caption = match group {
        Group::PoorAndNearPoor => h.profile_caption_both,
        Group::Poor => h.profile_caption_poor,
    };
    view! {
        <TableScroll>
            <table id="ho-so-thieu-hut" class="profile">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_name}</th>
                        <th scope="col">{h.col_group_households}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="total">{row(t.total.to_owned(), group_of(&summary.total_profile, group))}</tr>
                </tfoot>
            </table>
        </TableScroll>
    }
}

#[component]
pub fn AlkireFosterTable(summary: Arc<Summary>, standard: Standard) -> impl IntoView {
    let h = households_texts();
    let af = &summary.alkire_foster;
    let rows = af
        .by_indicator
        .iter()
        .map(|i| {
            view! {
                <tr>
                    <th scope="row">{indicator_name(&standard, &i.indicator_id)}</th>
                    <td class="num">{format_integer(i.censored_count.into())}</td>
                    <td class="num">{fraction(i.censored_headcount)}</td>
                    <td class="num">{pct(i.contribution_percent)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <dl class="measures" id="af">
            <div><dt>{h.af_households}</dt><dd>{format_integer(af.households.into())}</dd></div>
            <div><dt>{h.af_cutoff}</dt><dd>{af.cutoff}" / "{af.indicators}</dd></div>
            <div><dt>{h.af_identified}</dt><dd>{format_integer(af.identified.into())}</dd></div>
            <div><dt>{h.af_headcount}</dt><dd id="af-h">{fraction(af.headcount)}</dd></div>
            <div><dt>{h.af_intensity}</dt><dd id="af-a">{fraction(af.intensity)}</dd></div>
            <div><dt>{h.af_m0}</dt><dd id="af-m0">{fraction(af.adjusted_headcount)}</dd></div>
        </dl>
        <TableScroll>
            <table id="af-chi-so">
                <caption>{h.af_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{h.af_col_indicator}</th>
                        <th scope="col">{h.af_col_count}</th>
                        <th scope="col">{h.af_col_censored}</th>
                        <th scope="col">{h.af_col_contribution}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}
