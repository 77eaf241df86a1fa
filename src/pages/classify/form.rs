//! The inputs: which standard, which area, and the income or scores.

use leptos::prelude::*;
use poverty_rules::{Area, Field, IncomeMethod};
use vn_format::Date;

use super::CaseState;
use crate::components::{StatusBadge, TextField, radio};
use crate::i18n::{classify_texts, pick, use_lang};
use crate::standards::use_standards;

#[component]
pub fn StandardField(today: Date) -> impl IntoView {
    let t = classify_texts();
    let lang = use_lang();
    let standards = use_standards();
    let CaseState { form, standard, .. } = expect_context();
    let date_text = RwSignal::new(String::new());
    let date_message = RwSignal::new(None::<String>);

    let today_period = standards
        .catalogue
        .with_untracked(|c| c.in_force_on(today).map(|s| s.period.clone()).unwrap_or_default());
    let today_label = format!("{} ({}, {today_period})", t.standard_today, today.format_vi());
    let options = standards.catalogue.with_untracked(|c| {
        c.all()
            .iter()
            .map(|s| {
                let id = s.id.clone();
                let local = if s.is_local() {
                    format!(" — {}", t.local_label)
                } else {
                    String::new()
                };
                let label = format!("{}{local}", pick(lang, &s.name));
                let selected = form.with_untracked(|f| f.standard.as_deref() == Some(id.as_str()));
                view! { <option value=id selected=selected>{label}</option> }
            })
            .collect_view()
    });
    let find_by_date = move |text: String| {
        date_text.set(text.clone());
        let message = if text.trim().is_empty() {
            None
        } else {
            match Date::parse_vi(&text) {
                Ok(date) => match standards.catalogue.with(|c| c.in_force_on(date).map(|s| s.id.clone())) {
                    Some(id) => {
                        form.update(|f| f.standard = Some(id));
                        None
                    }
                    None => Some(t.date_none.to_owned()),
                },
                Err(e) => Some(e.message(lang)),
            }
        };
        date_message.set(message);
    };
    // From September the year's review is under way (1/9–14/12): it draws
    // up next year's lists, under next year's standard where it changes.
    let review = (today.month >= 9)
        .then(|| {
            standards.catalogue.with_untracked(|c| {
                let next = c.for_review_in(today.year)?;
                let now = c.in_force_on(today)?;
                (next.id != now.id).then(|| (next.id.clone(), pick(lang, &next.name), pick(lang, &now.name)))
            })
        })
        .flatten();
    let review_notice = review.map(|(next_id, next_name, now_name)| {
        let next_id = StoredValue::new(next_id);
        let using_next = move || form.with(|f| next_id.with_value(|n| f.standard.as_deref() == Some(n.as_str())));
        let says = move || {
            if using_next() {
                format!(
                    "{} {} {} {}: {next_name}.",
                    t.review_using,
                    today.year,
                    t.review_lists_for,
                    today.year + 1
                )
            } else {
                format!(
                    "{} {} {} {}, {} {next_name}; {} {now_name}.",
                    t.review_under_way,
                    today.year,
                    t.review_lists_for,
                    today.year + 1,
                    t.review_likely,
                    t.review_shown
                )
            }
        };
        let switch = move |_| {
            let id = (!using_next()).then(|| next_id.get_value());
            form.update(|f| {
                f.local = None;
                f.standard = id;
            });
        };
        let label = move || {
            if using_next() {
                t.review_use_today
            } else {
                t.review_use_next
            }
        };
        view! {
            <div class="notice" id="dot-ra-soat">
                <p>{says}</p>
                <button type="button" id="doi-chuan-ra-soat" class="secondary" on:click=switch>{label}</button>
            </div>
        }
    });
    let about = move || {
        standard.with(|s| {
            s.as_ref().map(|s| {
                let note = s.note.as_ref().map(|n| pick(lang, n));
                view! { <p class="hint">{note} " " <StatusBadge status=s.weakest_status() /></p> }
            })
        })
    };

    view! {
        <fieldset>
            <legend>{t.standard_legend}</legend>
            <div class="field">
                <label for="chuan">{t.standard_label}</label>
                <select
                    id="chuan"
                    prop:value=move || form.with(|f| f.standard.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let saved = standards.local.with(|specs| specs.iter().find(|l| l.id == value).cloned());
                        let linked = form.with_untracked(|f| f.local.clone().filter(|l| l.id == value));
                        let local = saved.or(linked);
                        form.update(|f| {
                            f.local = local;
                            f.standard = (!value.is_empty()).then_some(value);
                        });
                    }
                >
                    <option value="" selected=form.with_untracked(|f| f.standard.is_none())>{today_label}</option>
                    {options}
                </select>
                {about}
                {review_notice}
                <p class="hint">{t.review_hint}</p>
            </div>
            <TextField id="ngay" label=t.date_label value=date_text on_input=find_by_date error=date_message />
        </fieldset>
    }
}

#[component]
pub fn AreaField() -> impl IntoView {
    let t = classify_texts();
    let CaseState { form, .. } = expect_context();
    let option = move |area: Area, id: &'static str, label: &'static str| {
        radio(
            "kv",
            id,
            label,
            Signal::derive(move || form.with(|f| f.area == area)),
            move || form.update(|f| f.area = area),
        )
    };
    view! {
        <fieldset class="choices">
            <legend>{t.area_legend}</legend>
            {option(Area::Rural, "kv-nong-thon", t.rural)}
            {option(Area::Urban, "kv-thanh-thi", t.urban)}
        </fieldset>
    }
}

#[component]
pub fn IncomeFields() -> impl IntoView {
    let t = classify_texts();
    let lang = use_lang();
    let CaseState { form, verdict, .. } = expect_context();
    let method = move || form.with(|f| f.method);
    let error = move |field: Field| Signal::derive(move || verdict.with(|v| v.error_for(field, lang)));
    let option = move |m: IncomeMethod, id: &'static str, label: &'static str| {
        radio("cach", id, label, Signal::derive(move || method() == m), move || {
            form.update(|f| f.method = m)
        })
    };
    let field = move |id: &'static str, label: &'static str, hint: &'static str, which: Field| {
        let get = move |f: &poverty_rules::CaseForm| match which {
            Field::IncomePerPerson => f.income_per_person.clone(),
            Field::HouseholdIncome => f.household_income.clone(),
            Field::Members => f.members.clone(),
            Field::ScoreA => f.score_a.clone(),
            Field::ScoreB => f.score_b.clone(),
        };
        let set = move |value: String| {
            form.update(|f| match which {
                Field::IncomePerPerson => f.income_per_person = value,
                Field::HouseholdIncome => f.household_income = value,
                Field::Members => f.members = value,
                Field::ScoreA => f.score_a = value,
                Field::ScoreB => f.score_b = value,
            })
        };
        view! { <TextField id label hint value=Signal::derive(move || form.with(get)) on_input=set error=error(which) /> }
    };
    let ticks_hint = move || format!("{}{}", t.score_b_from_ticks, form.with(|f| f.deprived.len()) * 10);
    view! {
        <fieldset>
            <legend>{t.income_legend}</legend>
            <div class="choices">
                {option(IncomeMethod::PerPerson, "cach-binh-quan", t.method_per_person)}
                {option(IncomeMethod::Household, "cach-ca-ho", t.method_household)}
                {option(IncomeMethod::Scores, "cach-diem", t.method_scores)}
            </div>
            {move || match method() {
                IncomeMethod::PerPerson => field("tn", t.income_per_person_label, t.number_hint, Field::IncomePerPerson).into_any(),
                IncomeMethod::Household => view! {
                    {field("tnh", t.household_income_label, t.number_hint, Field::HouseholdIncome)}
                    {field("tv", t.members_label, "", Field::Members)}
                }.into_any(),
                IncomeMethod::Scores => view! {
                    <p class="hint">{t.score_hint}</p>
                    {field("da", t.score_a_label, "", Field::ScoreA)}
                    {field("db", t.score_b_label, "", Field::ScoreB)}
                    <p class="hint">{ticks_hint}</p>
                }.into_any(),
            }}
        </fieldset>
    }
}
