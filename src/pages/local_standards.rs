//! Chuẩn địa phương: make, keep and delete local standards. Each starts
//! from a national standard; what the officer changes is checked by the
//! domain and marked as user-defined wherever the standard is used. They
//! are kept on the device for every page, and in the current draft so that
//! they move with the plan.

use drafts::{Part, Session};
use leptos::prelude::*;
use poverty_rules::{CaseForm, Knob, LocalSpec, Standard, local_id, to_query};
use vn_format::{Decimal, format_decimal, format_integer, parse_count, parse_money, parse_number};

use crate::address::current_query;
use crate::base::SiteBase;
use crate::browser::stored_or_reading;
use crate::components::{Autosave, Page, TextField};
use crate::draft_store::LocalStore;
use crate::i18n::{Lang, draft_texts, local_texts, page_name, pick, use_lang};
use crate::local_store;
use crate::section::Section;
use crate::standards::{Standards, use_standards};

/// The editor's fields as typed.
#[derive(Clone, Default)]
struct Draft {
    name: String,
    base: String,
    rural: String,
    urban: String,
    min: String,
    band_rural: String,
    band_urban: String,
    removed: Vec<String>,
    /// The base's questionnaire thresholds as typed; empty where unknown.
    thresholds: Vec<(Knob, String)>,
}

/// `8`, `7,5`: a threshold as the officer types it.
fn threshold_text(value: Decimal) -> String {
    if value.fract().is_zero() {
        format_integer(value)
    } else {
        format_decimal(value.normalize(), value.normalize().scale())
    }
}

impl Draft {
    fn from_base(base: &Standard, name: String) -> Draft {
        let spec = LocalSpec::from_national(base, &name);
        let amount = |d: Option<Decimal>| d.map(format_integer).unwrap_or_default();
        Draft {
            name,
            base: base.id.clone(),
            rural: format_integer(spec.rural_line),
            urban: format_integer(spec.urban_line),
            min: spec.min_deprivations.to_string(),
            band_rural: amount(spec.rural_band),
            band_urban: amount(spec.urban_band),
            removed: Vec::new(),
            thresholds: base.questionnaire_rules().map_or_else(Vec::new, |rules| {
                Knob::ALL
                    .map(|k| (k, k.of(&rules).value.map(threshold_text).unwrap_or_default()))
                    .to_vec()
            }),
        }
    }

    /// The spec, or the first message for each field that does not read.
    /// A threshold is kept only where it differs from `base`'s.
    fn spec(&self, base: Option<&Standard>, lang: Lang) -> Result<LocalSpec, Vec<String>> {
        let mut errors = Vec::new();
        let mut money = |text: &str| match parse_money(text) {
            Ok(v) => Some(v),
            Err(e) => {
                errors.push(e.message(lang));
                None
            }
        };
        let (rural, urban) = (money(&self.rural), money(&self.urban));
        let band = |text: &str, errors: &mut Vec<String>| -> Option<Decimal> {
            if text.trim().is_empty() {
                return None;
            }
            parse_money(text).map_err(|e| errors.push(e.message(lang))).ok()
        };
        let (band_rural, band_urban) = (band(&self.band_rural, &mut errors), band(&self.band_urban, &mut errors));
        let min = parse_count(&self.min).map_err(|e| errors.push(e.message(lang))).ok();
        let rules = base.and_then(Standard::questionnaire_rules);
        let mut thresholds = Vec::new();
        for (knob, text) in self.thresholds.iter().filter(|(_, t)| !t.trim().is_empty()) {
            match parse_number(text) {
                Ok(value) if rules.as_ref().is_none_or(|r| knob.of(r).value != Some(value)) => {
                    thresholds.push((*knob, value))
                }
                Ok(_) => {}
                Err(e) => errors.push(format!("{}: {}", pick(lang, &knob.name()), e.message(lang))),
            }
        }
        match (rural, urban, min) {
            (Some(rural_line), Some(urban_line), Some(min)) if errors.is_empty() => Ok(LocalSpec {
                id: local_id(&self.name),
                name: self.name.trim().to_owned(),
                based_on: self.base.clone(),
                rural_line,
                urban_line,
                min_deprivations: u32::try_from(min).unwrap_or(u32::MAX),
                removed: self.removed.clone(),
                rural_band: band_rural,
                urban_band: band_urban,
                thresholds,
            }),
            _ => Err(errors),
        }
    }
}

#[component]
pub fn LocalStandardsPage() -> impl IntoView {
    let page = local_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    // The current draft's standards join the device's before they are listed.
    let opened = Session::open(&LocalStore::open(), Part::LocalStandards);
    let took = opened.text.as_deref().is_none_or(local_store::take_from_draft);
    provide_context(Standards::load());
    let standards = use_standards();
    let text = Memo::new(move |_| standards.local.with(|specs| local_store::to_text(specs)));
    let name = Signal::derive(move || draft_texts().default_name.to_owned());
    let nationals: Vec<Standard> = standards
        .catalogue
        .with_untracked(|c| c.national_standards().cloned().collect());
    // The base a link asks for (`?goc=`: the questionnaire sends the
    // standard whose thresholds are missing), else 2026.
    let query = current_query();
    let asked = link_text::raw_pairs(&query).find_map(|(k, v)| (k == "goc").then(|| v.to_owned()));
    let first = nationals
        .iter()
        .find(|s| asked.as_deref() == Some(s.id.as_str()))
        .or_else(|| nationals.iter().rev().find(|s| s.id == "nd351-2026"))
        .or(nationals.first())
        .cloned();
    let draft = RwSignal::new(
        first
            .as_ref()
            .map(|s| Draft::from_base(s, String::new()))
            .unwrap_or_default(),
    );
    let message = RwSignal::new(None::<(bool, String)>);
    let nationals = StoredValue::new(nationals);

    let use_href = move |spec: &LocalSpec| {
        let form = CaseForm {
            standard: Some(spec.id.clone()),
            local: Some(spec.clone()),
            ..CaseForm::default()
        };
        format!("{}?{}", site.href(Section::Classify), to_query(&form))
    };
    let persist = move |specs: Vec<LocalSpec>, done: &'static str| {
        let ok = local_store::save(&specs);
        standards.local.set(specs);
        message.set(Some((
            ok,
            if ok {
                done.to_owned()
            } else {
                page.save_failed.to_owned()
            },
        )));
    };
    let save = move |_| {
        let result = draft
            .with(|d| nationals.with_value(|all| d.spec(all.iter().find(|s| s.id == d.base), lang)))
            .and_then(|spec| {
                standards
                    .catalogue
                    .with(|c| spec.build(c))
                    .and_then(|standard| {
                        // Thresholds against their ranges and their base's.
                        let problems = standard.questionnaire_rules().map(|r| r.problems()).unwrap_or_default();
                        if problems.is_empty() { Ok(spec) } else { Err(problems) }
                    })
                    .map_err(|errors| errors.iter().map(|e| e.message(lang)).collect())
            });
        match result {
            Ok(spec) => {
                let mut specs = standards.local.get_untracked();
                specs.retain(|s| s.id != spec.id);
                specs.push(spec);
                persist(specs, page.saved);
            }
            Err(errors) => message.set(Some((false, format!("{}{}", page.fix, errors.join(" "))))),
        }
    };

    let saved_list = move || {
        let specs = standards.local.get();
        if specs.is_empty() {
            return view! { <p>{stored_or_reading(page.none_saved)}</p> }.into_any();
        }
        let items = specs
            .into_iter()
            .map(|spec| {
                let href = use_href(&spec);
                let id = spec.id.clone();
                let summary = format!(
                    "{}{} — {} / {} đồng",
                    page.based_on,
                    spec.based_on,
                    format_integer(spec.rural_line),
                    format_integer(spec.urban_line)
                );
                let delete = move |_| {
                    let mut specs = standards.local.get_untracked();
                    specs.retain(|s| s.id != id);
                    persist(specs, page.deleted);
                };
                view! {
                    <li class="local-item">
                        <strong>{spec.name.clone()}</strong>
                        <span class="hint">" " {summary}</span>
                        <span class="actions">
                            <a href=href>{page.use_it}</a>
                            <button type="button" class="secondary" on:click=delete>{page.delete}</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="local-list">{items}</ul> }.into_any()
    };

    let text_field =
        move |id: &'static str, label: &'static str, get: fn(&Draft) -> String, set: fn(&mut Draft, String)| {
            view! {
                <TextField
                    id
                    label
                    value=Signal::derive(move || draft.with(get))
                    on_input=move |v| draft.update(|d| set(d, v))
                    error=Signal::derive(|| None::<String>)
                />
            }
        };
    let base_options = nationals.with_value(|all| {
        all.iter()
            .map(|s| {
                let selected = draft.with_untracked(|d| d.base == s.id);
                view! { <option value=s.id.clone() selected=selected>{pick(lang, &s.name)}</option> }
            })
            .collect_view()
    });
    let change_base = move |ev| {
        let id = event_target_value(&ev);
        if let Some(base) = nationals.with_value(|all| all.iter().find(|s| s.id == id).cloned()) {
            draft.update(|d| *d = Draft::from_base(&base, d.name.clone()));
        }
    };
    // Lists drawn again only when the base changes, not at each keystroke,
    // so that a field being typed in keeps its focus.
    let base_id = Memo::new(move |_| draft.with(|d| d.base.clone()));
    let indicators = move || {
        let base_id = base_id.get();
        nationals.with_value(|all| {
            all.iter().find(|s| s.id == base_id).map(|base| {
                base.indicators()
                    .map(|i| {
                        let (id, keep_id) = (i.id.clone(), i.id.clone());
                        let input_id = format!("giu-{}", i.id);
                        view! {
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id=input_id.clone()
                                    prop:checked=move || draft.with(|d| !d.removed.contains(&keep_id))
                                    on:change=move |ev| {
                                        let keep = event_target_checked(&ev);
                                        draft.update(|d| {
                                            d.removed.retain(|r| *r != id);
                                            if !keep {
                                                d.removed.push(id.clone());
                                            }
                                        });
                                    }
                                />
                                <label for=input_id>{pick(lang, &i.name)}</label>
                            </div>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let threshold_count = Memo::new(move |_| draft.with(|d| d.thresholds.len()));
    // The base's rules, built once per base rather than once per box.
    let base_rules = Memo::new(move |_| {
        let id = base_id.get();
        nationals.with_value(|all| all.iter().find(|s| s.id == id).and_then(Standard::questionnaire_rules))
    });
    // What an empty box means: the base's value, or "unknown".
    let base_value = move |knob: Knob| {
        base_rules
            .with(|rules| rules.as_ref().and_then(|r| knob.of(r).value).map(threshold_text))
            .unwrap_or_else(|| page.unknown.to_owned())
    };
    let thresholds = move || {
        let count = threshold_count.get();
        (count > 0).then(|| {
            let fields = (0..count)
                .map(|n| {
                    let knob = draft.with_untracked(|d| d.thresholds[n].0);
                    let id = format!("nguong-{}", knob.key());
                    view! {
                        <div class="field">
                            <label for=id.clone()>{pick(lang, &knob.name())}</label>
                            <input
                                id=id
                                type="text"
                                inputmode="decimal"
                                autocomplete="off"
                                placeholder=move || base_value(knob)
                                prop:value=move || draft.with(|d| d.thresholds.get(n).map(|(_, t)| t.clone()).unwrap_or_default())
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    draft.update(|d| {
                                        if let Some((_, t)) = d.thresholds.get_mut(n) {
                                            *t = text;
                                        }
                                    });
                                }
                            />
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset>
                    <legend>{page.thresholds}</legend>
                    <p class="hint">{page.thresholds_hint}</p>
                    {fields}
                </fieldset>
            }
        })
    };

    view! {
        <Page title=page_name(Section::LocalStandards)>
            <p class="lead">{page.intro}</p>
            <Autosave session=opened.session text=text.into() name from_link=false />
            {(!took).then(|| view! { <p class="problems" role="alert">{page.draft_not_taken}</p> })}
            <section aria-labelledby="da-luu">
                <h2 id="da-luu">{page.saved_heading}</h2>
                {saved_list}
            </section>
            <section aria-labelledby="tao-moi">
                <h2 id="tao-moi">{page.new_heading}</h2>
                <form class="local-form" on:submit=|ev| ev.prevent_default()>
                    {text_field("dp-ten", page.name, |d| d.name.clone(), |d, v| d.name = v)}
                    <div class="field">
                        <label for="dp-goc">{page.base}</label>
                        <select id="dp-goc" on:change=change_base>{base_options}</select>
                    </div>
                    {text_field("dp-nt", page.rural_line, |d| d.rural.clone(), |d, v| d.rural = v)}
                    {text_field("dp-tt", page.urban_line, |d| d.urban.clone(), |d, v| d.urban = v)}
                    {text_field("dp-min", page.min, |d| d.min.clone(), |d, v| d.min = v)}
                    {text_field("dp-tb-nt", page.band_rural, |d| d.band_rural.clone(), |d, v| d.band_rural = v)}
                    {text_field("dp-tb-tt", page.band_urban, |d| d.band_urban.clone(), |d, v| d.band_urban = v)}
                    <fieldset>
                        <legend>{page.indicators}</legend>
                        {indicators}
                    </fieldset>
                    {thresholds}
                    <button type="button" id="luu-chuan" on:click=save>{page.save}</button>
                    <p role="status" id="thong-bao-chuan" class=move || match message.get() { Some((false, _)) => "field-error", _ => "" }>
                        {move || message.get().map(|(_, text)| text)}
                    </p>
                </form>
            </section>
        </Page>
    }
}
