//! The count columns of the target annex (households … poor able to
//! escape, with the two rates), shared by the targets table, the printed
//! annex and a household list's counts, so they always line up.

use leptos::prelude::*;
use vn_format::format_integer;

use crate::i18n::CountTexts;

/// One row's figures in the annex's order; rates already printed.
pub struct CountColumns {
    pub households: u64,
    pub ethnic_minority: u64,
    pub poor: u64,
    pub poor_rate: String,
    pub near_poor: u64,
    pub near_poor_rate: String,
    pub ethnic_minority_poor: u64,
    pub social_protection_poor: u64,
    pub poor_able_to_escape: u64,
}

/// The header cells of the count columns.
pub fn count_headers(t: &'static CountTexts) -> impl IntoView + use<> {
    view! {
        <th scope="col">{t.col_households}</th>
        <th scope="col">{t.col_em}</th>
        <th scope="col">{t.col_poor}</th>
        <th scope="col">{t.col_poor_rate}</th>
        <th scope="col">{t.col_near}</th>
        <th scope="col">{t.col_near_rate}</th>
        <th scope="col">{t.col_em_poor}</th>
        <th scope="col">{t.col_social}</th>
        <th scope="col">{t.col_able}</th>
    }
}

/// The cells of the count columns.
pub fn count_cells(c: CountColumns) -> impl IntoView + use<> {
    let n = |v: u64| format_integer(v.into());
    view! {
        <td class="num">{n(c.households)}</td>
        <td class="num">{n(c.ethnic_minority)}</td>
        <td class="num">{n(c.poor)}</td>
        <td class="num">{c.poor_rate}</td>
        <td class="num">{n(c.near_poor)}</td>
        <td class="num">{c.near_poor_rate}</td>
        <td class="num">{n(c.ethnic_minority_poor)}</td>
        <td class="num">{n(c.social_protection_poor)}</td>
        <td class="num">{n(c.poor_able_to_escape)}</td>
    }
}
