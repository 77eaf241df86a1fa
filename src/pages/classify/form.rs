//! The inputs: which standard, which area, and the income or scores.

use leptos::prelude::*;
use poverty_rules::{Area, Field, IncomeMethod};
use vn_format::Date;

use super::CaseState;
use crate::components::{StatusBadge, TextField};
use crate::i18n::{Lang, pick, use_locale, use_texts};
use crate::standards::use_standards;

#[component]
pub fn StandardField(today: Date) -> impl IntoView {
    let t = use_texts();
    let lang = use_locale().0;
    let standards = use_standards();
    let CaseState { form, standard, .. } = expect_context();
    let date_text = RwSignal::new(String::new());
    let date_message = RwSignal::new(None::<String>);

    let options = move || {
        standards.catalogue.with(|c| {
            c.all()
                .iter()
                .map(|s| {
                    let id = s.id.clone();
                    let local = if s.is_local() { format!(" — {}", t.get().classify_page.local_label) } else { String::new() };
                    let label = format!("{}{local}", pick(lang.get(), &s.name));
                    let selected = form.with(|f| f.standard.as_deref() == Some(id.as_str()));
                    view! { <option value=id selected=selected>{label}</option> }
                })
                .collect_view()
        })
    };
    let today_label = move || {
        let name = standard.with(|s| s.as_ref().map(|s| s.period.clone()).unwrap_or_default());
        format!("{} ({}, {name})", t.get().classify_page.standard_today, today.format_vi())
    };
    let find_by_date = move |text: String| {
        date_text.set(text.clone());
        if text.trim().is_empty() {
            date_message.set(None);
            return;
        }
        match Date::parse_vi(&text) {
            Ok(date) => match standards.catalogue.with(|c| c.in_force_on(date).map(|s| s.id.clone())) {
                Some(id) => {
                    date_message.set(None);
                    form.update(|f| f.standard = Some(id));
                }
                None => date_message.set(Some(t.get().classify_page.date_none.to_owned())),
            },
            Err(e) => date_message.set(Some(if lang.get() == Lang::En { e.message_en() } else { e.message_vi() })),
        }
    };
    let note = move || standard.with(|s| s.as_ref().and_then(|s| s.note.as_ref()).map(|n| pick(lang.get(), n)));
    let weakest = Signal::derive(move || standard.with(|s| s.as_ref().map(|s| s.weakest_status()).unwrap_or(poverty_rules::Status::Unverified)));

    view! {
        <fieldset>
            <legend>{move || t.get().classify_page.standard_legend}</legend>
            <div class="field">
                <label for="chuan">{move || t.get().classify_page.standard_label}</label>
                <select
                    id="chuan"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        form.update(|f| f.standard = (!value.is_empty()).then_some(value));
                    }
                >
                    <option value="" selected=move || form.with(|f| f.standard.is_none())>{today_label}</option>
                    {options}
                </select>
                <p class="hint">{note} " " <StatusBadge status=weakest /></p>
                <p class="hint">{move || t.get().classify_page.review_hint}</p>
            </div>
            <TextField
                id="ngay"
                label=Signal::derive(move || t.get().classify_page.date_label)
                hint=Signal::derive(|| "")
                value=date_text
                on_input=find_by_date
                error=date_message
            />
        </fieldset>
    }
}

#[component]
pub fn AreaField() -> impl IntoView {
    let t = use_texts();
    let CaseState { form, .. } = expect_context();
    let option = move |area: Area, id: &'static str| {
        let label = move || match area {
            Area::Rural => t.get().classify_page.rural,
            Area::Urban => t.get().classify_page.urban,
        };
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="kv"
                    id=id
                    prop:checked=move || form.with(|f| f.area == area)
                    on:change=move |_| form.update(|f| f.area = area)
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <fieldset class="choices">
            <legend>{move || t.get().classify_page.area_legend}</legend>
            {option(Area::Rural, "kv-nong-thon")}
            {option(Area::Urban, "kv-thanh-thi")}
        </fieldset>
    }
}

#[component]
pub fn IncomeFields() -> impl IntoView {
    let t = use_texts();
    let lang = use_locale().0;
    let CaseState { form, verdict, .. } = expect_context();
    let method = move || form.with(|f| f.method);
    let error = move |field: Field| Signal::derive(move || verdict.with(|v| v.error_for(field, lang.get() == Lang::En)));
    let option = move |m: IncomeMethod, id: &'static str| {
        let label = move || match m {
            IncomeMethod::PerPerson => t.get().classify_page.method_per_person,
            IncomeMethod::Household => t.get().classify_page.method_household,
            IncomeMethod::Scores => t.get().classify_page.method_scores,
        };
        view! {
            <div class="choice">
                <input type="radio" name="cach" id=id prop:checked=move || method() == m on:change=move |_| form.update(|f| f.method = m) />
                <label for=id>{label}</label>
            </div>
        }
    };
    let number_hint = Signal::derive(move || t.get().classify_page.number_hint);
    let ticks_hint = move || {
        let ticks = form.with(|f| f.deprived.len());
        format!("{}{}", t.get().classify_page.score_b_from_ticks, ticks * 10)
    };
    view! {
        <fieldset>
            <legend>{move || t.get().classify_page.income_legend}</legend>
            <div class="choices">
                {option(IncomeMethod::PerPerson, "cach-binh-quan")}
                {option(IncomeMethod::Household, "cach-ca-ho")}
                {option(IncomeMethod::Scores, "cach-diem")}
            </div>
            <Show when=move || method() == IncomeMethod::PerPerson>
                <TextField
                    id="tn"
                    label=Signal::derive(move || t.get().classify_page.income_per_person_label)
                    hint=number_hint
                    value=Signal::derive(move || form.with(|f| f.income_per_person.clone()))
                    on_input=move |v| form.update(|f| f.income_per_person = v)
                    error=error(Field::IncomePerPerson)
                />
            </Show>
            <Show when=move || method() == IncomeMethod::Household>
                <TextField
                    id="tnh"
                    label=Signal::derive(move || t.get().classify_page.household_income_label)
                    hint=number_hint
                    value=Signal::derive(move || form.with(|f| f.household_income.clone()))
                    on_input=move |v| form.update(|f| f.household_income = v)
                    error=error(Field::HouseholdIncome)
                />
                <TextField
                    id="tv"
                    label=Signal::derive(move || t.get().classify_page.members_label)
                    hint=Signal::derive(|| "")
                    value=Signal::derive(move || form.with(|f| f.members.clone()))
                    on_input=move |v| form.update(|f| f.members = v)
                    error=error(Field::Members)
                />
            </Show>
            <Show when=move || method() == IncomeMethod::Scores>
                <p class="hint">{move || t.get().classify_page.score_hint}</p>
                <TextField
                    id="da"
                    label=Signal::derive(move || t.get().classify_page.score_a_label)
                    hint=Signal::derive(|| "")
                    value=Signal::derive(move || form.with(|f| f.score_a.clone()))
                    on_input=move |v| form.update(|f| f.score_a = v)
                    error=error(Field::ScoreA)
                />
                <TextField
                    id="db"
                    label=Signal::derive(move || t.get().classify_page.score_b_label)
                    hint=Signal::derive(|| "")
                    value=Signal::derive(move || form.with(|f| f.score_b.clone()))
                    on_input=move |v| form.update(|f| f.score_b = v)
                    error=error(Field::ScoreB)
                />
                <p class="hint">{ticks_hint}</p>
            </Show>
        </fieldset>
    }
}
