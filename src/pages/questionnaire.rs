//! The guided questionnaire (`/phan-loai-ho/cau-hoi/`): plain questions
//! about the members and the home, from which the domain derives each
//! deprivation of the case's standard (2022–2025, 2026, 2027–2030 or a
//! local one) with the rule it applied, or says which unknown threshold
//! leaves it open. The case comes in by the address and goes back to the
//! classification the same way, with the derived indicators ticked; the
//! answers themselves are not kept.

use leptos::prelude::*;
use poverty_rules::{
    Derivation, Home, Latrine, Member, Questionnaire, Schooling, Sex, Standard, WaterSource, Work, derive, from_query,
    ticks_after, to_query,
};
use vn_format::{Decimal, parse_count, parse_number};

use crate::address::{current_query, replace_query};
use crate::base::SiteBase;
use crate::clock::today;
use crate::components::{Page, StatusBadge};
use crate::i18n::{Lang, QuestionnaireTexts, page_name, pick, questionnaire_texts, use_lang};
use crate::kept::kept;
use crate::section::Section;
use crate::standards::{Standards, use_standards};

/// A member as the form holds it: the age as typed, keyed for the list.
#[derive(Clone, Default)]
struct MemberRow {
    key: u32,
    age: String,
    member: Member,
}

fn default_home() -> Home {
    Home {
        has_home: true,
        durable_walls: true,
        durable_columns: true,
        durable_roof: true,
        floor_area_m2: Decimal::ZERO,
        water: WaterSource::Piped,
        latrine: Latrine::Septic,
        internet_user: true,
        information_device: true,
        hears_loudspeaker: true,
        waste_handled: true,
        internet_access: true,
        digital_services_user: true,
    }
}

fn check(id: String, label: &'static str, checked: Signal<bool>, on: impl Fn(bool) + 'static) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="checkbox" id=id.clone() prop:checked=move || checked.get() on:change=move |ev| on(event_target_checked(&ev)) />
            <label for=id>{label}</label>
        </div>
    }
}

fn pick_one<T: Copy + PartialEq + Send + Sync + 'static>(
    id: String,
    label: &'static str,
    options: Vec<(T, &'static str)>,
    current: Signal<T>,
    on: impl Fn(T) + 'static,
) -> impl IntoView {
    let values: Vec<T> = options.iter().map(|(v, _)| *v).collect();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, name))| view! { <option value=i.to_string() selected=move || current.get() == value>{name}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                if let Some(value) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i)) {
                    on(*value);
                }
            }>{items}</select>
        </div>
    }
}

/// Reads the typed ages and area; the first problem is reported.
fn gather(
    rows: &[MemberRow],
    home: &Home,
    area: &str,
    t: &'static QuestionnaireTexts,
    lang: Lang,
) -> Result<Questionnaire, String> {
    let mut members = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if row.age.trim().is_empty() {
            return Err(format!("{}{}: {}", t.member, i + 1, t.age_missing));
        }
        let age = parse_count(&row.age).map_err(|e| format!("{}{}: {}", t.member, i + 1, e.message(lang)))?;
        members.push(Member {
            age: u32::try_from(age).unwrap_or(u32::MAX),
            ..row.member.clone()
        });
    }
    if area.trim().is_empty() && home.has_home {
        return Err(t.area_missing.to_owned());
    }
    let floor_area_m2 = if area.trim().is_empty() {
        Decimal::ZERO
    } else {
        parse_number(area).map_err(|e| e.message(lang))?
    };
    Ok(Questionnaire {
        members,
        home: Home {
            floor_area_m2,
            ..home.clone()
        },
    })
}

#[component]
pub fn QuestionnairePage() -> impl IntoView {
    let t = questionnaire_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    // The case it came from; problems in that link are the classification's to report.
    let form = RwSignal::new(from_query(&current_query()).0);
    provide_context(Standards::load());
    let standards = use_standards();
    if let Some(spec) = form.with_untracked(|f| f.local.clone()) {
        // A link's local standard that does not build is the classification's to report.
        standards.catalogue.update_untracked(|c| {
            c.add_local(&spec);
        });
    }
    // The case's standard, or the one in force today: its questionnaire
    // rules, its indicators, and (by today's year) the retirement age.
    let date = today();
    let standard = Memo::new(move |_| {
        let chosen = form.with(|f| f.standard.clone());
        standards
            .catalogue
            .with(|c| c.chosen_or_in_force(chosen.as_deref(), date).cloned())
    });
    let asks = move |id: &str| standard.with(|s| s.as_ref().is_some_and(|s| s.indicator(id).is_some()));
    Effect::new(move |_| replace_query(&form.with(to_query)));
    // The answers are neither stored nor in the link: kept over a change of
    // language (`kept.rs`), so that switching loses none of them.
    let next_key = kept("next-key", || 2u32);
    let rows = kept("rows", || {
        vec![MemberRow {
            key: 1,
            ..MemberRow::default()
        }]
    });
    let home = kept("home", default_home);
    let area = kept("area", String::new);
    let outcome = kept("outcome", || None::<Result<Vec<Derivation>, String>>);

    let member_field = move |key: u32, read: fn(&Member) -> bool, write: fn(&mut Member, bool)| {
        let checked =
            Signal::derive(move || rows.with(|v| v.iter().find(|r| r.key == key).is_some_and(|r| read(&r.member))));
        let on = move |value| {
            rows.update(|v| {
                v.iter_mut()
                    .filter(|r| r.key == key)
                    .for_each(|r| write(&mut r.member, value))
            })
        };
        (checked, on)
    };
    let member_view = move |row: MemberRow| {
        let key = row.key;
        let number = move || rows.with(|v| v.iter().position(|r| r.key == key).map_or(0, |i| i + 1));
        let id = move |name: &str| format!("tv{key}-{name}");
        let boxes = [
            (
                "hoc",
                t.studying,
                (|m: &Member| m.studying) as fn(&Member) -> bool,
                (|m: &mut Member, v| m.studying = v) as fn(&mut Member, bool),
            ),
            (
                "dung-cap",
                t.right_level,
                |m| m.school_level_right_for_age,
                |m, v| m.school_level_right_for_age = v,
            ),
            (
                "bhyt",
                t.insurance,
                |m| m.health_insurance,
                |m, v| m.health_insurance = v,
            ),
            (
                "tro-cap",
                t.allowance,
                |m| m.monthly_social_allowance,
                |m, v| m.monthly_social_allowance = v,
            ),
            (
                "dao-tao",
                t.on_the_job_training,
                |m| m.on_the_job_training,
                |m, v| m.on_the_job_training = v,
            ),
            ("suy-dd", t.malnourished, |m| m.malnourished, |m, v| m.malnourished = v),
        ]
        .into_iter()
        .map(|(name, label, read, write)| {
            let (checked, on) = member_field(key, read, write);
            check(id(name), label, checked, on)
        })
        .collect_view();
        let schooling = pick_one(
            id("bang-cap"),
            t.finished,
            vec![
                (Schooling::None, t.s_none),
                (Schooling::Primary, t.s_primary),
                (Schooling::LowerSecondary, t.s_lower),
                (Schooling::UpperSecondary, t.s_upper),
                (Schooling::Vocational, t.s_vocational),
                (Schooling::Higher, t.s_higher),
            ],
            Signal::derive(move || {
                rows.with(|v| {
                    v.iter()
                        .find(|r| r.key == key)
                        .map_or(Schooling::None, |r| r.member.finished)
                })
            }),
            move |s| {
                rows.update(|v| {
                    v.iter_mut()
                        .filter(|r| r.key == key)
                        .for_each(|r| r.member.finished = s)
                })
            },
        );
        let work = pick_one(
            id("viec-lam"),
            t.work,
            vec![
                (Work::WageWithContract, t.w_contract),
                (Work::WageWithoutContract, t.w_no_contract),
                (Work::OwnAccount, t.w_own),
                (Work::Unemployed, t.w_unemployed),
                (Work::NotWorking, t.w_not),
            ],
            Signal::derive(move || {
                rows.with(|v| {
                    v.iter()
                        .find(|r| r.key == key)
                        .map_or(Work::default(), |r| r.member.work)
                })
            }),
            move |w| rows.update(|v| v.iter_mut().filter(|r| r.key == key).for_each(|r| r.member.work = w)),
        );
        let sex = pick_one(
            id("gioi-tinh"),
            t.sex,
            vec![
                (None, t.sex_unknown),
                (Some(Sex::Male), t.sex_male),
                (Some(Sex::Female), t.sex_female),
            ],
            Signal::derive(move || rows.with(|v| v.iter().find(|r| r.key == key).and_then(|r| r.member.sex))),
            move |s| rows.update(|v| v.iter_mut().filter(|r| r.key == key).for_each(|r| r.member.sex = s)),
        );
        let age_id = id("tuoi");
        view! {
            <fieldset class="member">
                <legend>{t.member} {number}</legend>
                <div class="field">
                    <label for=age_id.clone()>{t.age}</label>
                    <input
                        id=age_id
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=row.age
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            rows.update(|v| v.iter_mut().filter(|r| r.key == key).for_each(|r| r.age = text.clone()));
                        }
                    />
                </div>
                {sex}
                {boxes}
                {schooling}
                {work}
                <button type="button" class="secondary" on:click=move |_| rows.update(|v| v.retain(|r| r.key != key))>
                    {t.remove_member}
                </button>
            </fieldset>
        }
    };

    let home_box =
        move |name: &'static str, label: &'static str, read: fn(&Home) -> bool, write: fn(&mut Home, bool)| {
            check(
                format!("nha-{name}"),
                label,
                Signal::derive(move || home.with(read)),
                move |v| home.update(|h| write(h, v)),
            )
        };
    // A question on the home is asked only where the standard has its indicator.
    let asked_box = move |indicator: &'static str,
                          name: &'static str,
                          label: &'static str,
                          read: fn(&Home) -> bool,
                          write: fn(&mut Home, bool)| {
        move || asks(indicator).then(|| home_box(name, label, read, write))
    };
    let choices = move || {
        let current = standard.with(|s| s.as_ref().map(|s| s.id.clone()));
        standards.catalogue.with(|c| {
            c.all()
                .iter()
                .filter(|s| s.questionnaire.is_some())
                .map(|s| {
                    let selected = current.as_deref() == Some(s.id.as_str());
                    view! { <option value=s.id.clone() selected=selected>{pick(lang, &s.name)}</option> }
                })
                .collect_view()
        })
    };
    let choose = move |ev| {
        let id = event_target_value(&ev);
        let local = standards
            .local
            .with_untracked(|l| l.iter().find(|s| s.id == id).cloned())
            .or_else(|| form.with_untracked(|f| f.local.clone().filter(|s| s.id == id)));
        form.update(|f| {
            f.standard = Some(id);
            f.local = local;
        });
        outcome.set(None);
    };
    let water = pick_one(
        "nha-nuoc".into(),
        t.water,
        vec![
            (WaterSource::Piped, t.wa_piped),
            (WaterSource::DrilledWell, t.wa_drilled),
            (WaterSource::ProtectedWellOrSpring, t.wa_protected),
            (WaterSource::Rainwater, t.wa_rain),
            (WaterSource::Bottled, t.wa_bottled),
            (WaterSource::Unprotected, t.wa_unprotected),
        ],
        Signal::derive(move || home.with(|h| h.water)),
        move |w| home.update(|h| h.water = w),
    );
    let latrine = pick_one(
        "nha-nha-tieu".into(),
        t.latrine,
        vec![
            (Latrine::Septic, t.la_septic),
            (Latrine::SemiSeptic, t.la_semi),
            (Latrine::PourFlush, t.la_flush),
            (Latrine::Other, t.la_other),
        ],
        Signal::derive(move || home.with(|h| h.latrine)),
        move |l| home.update(|h| h.latrine = l),
    );

    let apply = move |_| {
        let gathered = rows.with(|r| home.with(|h| area.with(|a| gather(r, h, a, t, lang))));
        let result = gathered.and_then(|q| {
            standard.with_untracked(|s| match s {
                Some(s) => derive(s, &q, date).map_err(|e| e.message(lang)),
                None => Err(t.no_standard.to_owned()),
            })
        });
        if let Ok(derivations) = &result {
            form.update(|f| f.deprived = ticks_after(derivations, &f.deprived));
        }
        outcome.set(Some(result));
    };
    let results = move || {
        outcome.get().map(|result| match result {
            Err(message) => view! { <p class="field-error" role="alert">{message}</p> }.into_any(),
            Ok(derivations) => {
                let items = derivations
                    .iter()
                    .map(|d| {
                        let name = standard.with(|s| s.as_ref().and_then(|s| s.indicator(d.indicator_id)).map(|i| pick(lang, &i.name)));
                        let (verdict, class) = match d.verdict {
                            Some(true) => (t.deprived, "deprived"),
                            Some(false) => (t.not_deprived, ""),
                            None => (t.undetermined, "undetermined"),
                        };
                        let assumption = d.assumption.as_ref().map(|a| format!(" {}{}", t.assumed, pick(lang, a)));
                        view! {
                            <li class=class>
                                <strong>{name}</strong> ": " {verdict} ". " {pick(lang, &d.reason)} {assumption} " " <StatusBadge status=d.status />
                            </li>
                        }
                    })
                    .collect_view();
                // Where a threshold is not known, the way to set it: a local
                // standard made from this one's national base.
                let set_threshold = derivations.iter().any(|d| !d.missing.is_empty()).then(|| {
                    let base = standard.with(|s| s.as_ref().map(Standard::national_base).unwrap_or_default());
                    let href = format!("{}?goc={base}", site.href(Section::LocalStandards));
                    view! { <p><a id="dat-nguong" href=href>{t.set_threshold}</a></p> }
                });
                let back = format!("{}?{}", site.href(Section::Classify), form.with(to_query));
                view! {
                    <h2>{t.results}</h2>
                    <p role="status">{t.applied}</p>
                    <ul class="derivations">{items}</ul>
                    {set_threshold}
                    <p><a id="xem-ket-qua" class="button" href=back>{t.see_result}</a></p>
                }
                .into_any()
            }
        })
    };

    view! {
        <Page title=page_name(Section::Questionnaire)>
            <p class="lead">{t.intro}</p>
            <div class="field">
                <label for="chuan-bang-hoi">{t.standard}</label>
                <select id="chuan-bang-hoi" on:change=choose>{choices}</select>
                <p class="hint">{t.standard_hint}</p>
            </div>
            <For each=move || rows.get() key=|row| row.key children=member_view />
            <button type="button" id="them-thanh-vien" class="secondary" on:click=move |_| {
                let key = next_key.get_untracked();
                next_key.set(key + 1);
                rows.update(|v| v.push(MemberRow { key, ..MemberRow::default() }));
            }>{t.add_member}</button>
            <fieldset>
                <legend>{t.home}</legend>
                {home_box("co-nha", t.has_home, |h| h.has_home, |h, v| h.has_home = v)}
                {home_box("tuong", t.walls, |h| h.durable_walls, |h, v| h.durable_walls = v)}
                {home_box("cot", t.columns, |h| h.durable_columns, |h, v| h.durable_columns = v)}
                {home_box("mai", t.roof, |h| h.durable_roof, |h, v| h.durable_roof = v)}
                <div class="field">
                    <label for="nha-dien-tich">{t.area}</label>
                    <input id="nha-dien-tich" type="text" inputmode="decimal" autocomplete="off" prop:value=move || area.get() on:input=move |ev| area.set(event_target_value(&ev)) />
                </div>
                {water}
                {latrine}
                {asked_box("rac-thai", "rac-thai", t.waste, |h| h.waste_handled, |h, v| h.waste_handled = v)}
                {asked_box("vien-thong", "internet", t.internet, |h| h.internet_user, |h, v| h.internet_user = v)}
                {asked_box("internet", "tiep-can-internet", t.internet_access, |h| h.internet_access, |h, v| h.internet_access = v)}
                {asked_box("dich-vu-so", "dich-vu-so", t.digital, |h| h.digital_services_user, |h, v| h.digital_services_user = v)}
                {asked_box("tiep-can-thong-tin", "thiet-bi", t.device, |h| h.information_device, |h, v| h.information_device = v)}
                {asked_box("tiep-can-thong-tin", "loa", t.loudspeaker, |h| h.hears_loudspeaker, |h, v| h.hears_loudspeaker = v)}
            </fieldset>
            <button type="button" id="ap-dung-cau-tra-loi" on:click=apply>{t.apply}</button>
            {results}
        </Page>
    }
}
