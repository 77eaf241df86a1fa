//! The editors of the plan's parts. Each reads and writes one field of the
//! form through a pair of accessors, so one editor serves every prose part.

use leptos::prelude::*;
use plan_doc::{
    FieldError, HeaderField, Lines, ORGANISATION_NOTE, OrgRow, PlanForm, Section, UnitLevel, organisation_preset,
};

use super::draft::doc_lang;
use crate::components::TableScroll;
use crate::i18n::{plan_common_texts, plan_frame_texts, plan_texts, use_lang};

type FieldRef<T> = fn(&PlanForm) -> &T;
type FieldMut<T> = fn(&mut PlanForm) -> &mut T;

/// "Include in the plan", for a part at `id`.
fn include_box(
    form: RwSignal<PlanForm>,
    id: &'static str,
    get: impl Fn(&PlanForm) -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(&mut PlanForm, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = plan_texts();
    let box_id = format!("{id}-co");
    view! {
        <div class="choice no-print">
            <input type="checkbox" id=box_id.clone() prop:checked=move || form.with(get) on:change=move |ev| {
                let on = event_target_checked(&ev);
                form.update(|f| set(f, on));
            } />
            <label for=box_id>{t.include}</label>
        </div>
    }
}

pub(super) fn generated_view(generated: Signal<Vec<String>>) -> impl IntoView {
    let t = plan_texts();
    view! {
        <div class="generated">
            <p class="hint">{t.generated}</p>
            {move || {
                let generated = generated.get();
                if generated.is_empty() {
                    view! { <p class="hint">{t.generated_none}</p> }.into_any()
                } else {
                    generated.into_iter().map(|p| view! { <p>{p}</p> }).collect_view().into_any()
                }
            }}
        </div>
    }
}

/// A prose part: included or not, generated text above the officer's own.
#[component]
pub fn ProseEditor(
    form: RwSignal<PlanForm>,
    id: &'static str,
    label: &'static str,
    /// Text generated from the numbers, shown above the officer's own.
    #[prop(optional, into)]
    generated: Option<Signal<Vec<String>>>,
    /// Under the officer's text: what typing there does.
    #[prop(optional)]
    hint: Option<&'static str>,
    get: FieldRef<Section>,
    set: FieldMut<Section>,
) -> impl IntoView {
    let t = plan_texts();
    let text_id = format!("{id}-van-ban");
    view! {
        <section class="plan-part" aria-labelledby=id>
            <h2 id=id>{label}</h2>
            {include_box(form, id, move |f| get(f).included, move |f, on| set(f).included = on)}
            {generated.map(generated_view)}
            <div class="field">
                <label for=text_id.clone()>{t.your_text}</label>
                <textarea id=text_id rows="5" prop:value=move || form.with(|f| get(f).text.clone()) on:input=move |ev| {
                    let value = event_target_value(&ev);
                    form.update(|f| set(f).text = value);
                }></textarea>
                {hint.map(|h| view! { <p class="hint">{h}</p> })}
            </div>
        </section>
    }
}

/// A part that is a list of lines: legal grounds, recipients.
#[component]
pub fn LinesEditor(
    form: RwSignal<PlanForm>,
    id: &'static str,
    label: &'static str,
    get: FieldRef<Lines>,
    set: FieldMut<Lines>,
) -> impl IntoView {
    let t = plan_texts();
    let text_id = format!("{id}-van-ban");
    view! {
        <section class="plan-part" aria-labelledby=id>
            <h2 id=id>{label}</h2>
            {include_box(form, id, move |f| get(f).included, move |f, on| set(f).included = on)}
            <div class="field">
                <label for=text_id.clone()>{format!("{label} ({})", t.one_per_line)}</label>
                <textarea id=text_id rows="4" prop:value=move || form.with(|f| get(f).lines.join("\n")) on:input=move |ev| {
                    let value = event_target_value(&ev);
                    form.update(|f| set(f).lines = value.split('\n').map(str::to_owned).collect());
                }></textarea>
            </div>
        </section>
    }
}

/// One text input of the form.
fn input(
    form: RwSignal<PlanForm>,
    id: &'static str,
    label: &'static str,
    get: fn(&PlanForm) -> &String,
    set: fn(&mut PlanForm) -> &mut String,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input type="text" id=id prop:value=move || form.with(|f| get(f).clone()) on:input=move |ev| {
                let value = event_target_value(&ev);
                form.update(|f| *set(f) = value);
            } />
        </div>
    }
}

#[component]
pub fn HeaderEditor(form: RwSignal<PlanForm>, errors: Memo<Vec<FieldError>>) -> impl IntoView {
    let ft = plan_frame_texts();
    let lang = use_lang();
    let error_of = move |field: HeaderField| {
        move || {
            errors.with(|all| {
                all.iter()
                    .find(|e| e.field == field)
                    .map(|e| lang.pick(e.vi.clone(), e.en.clone()))
            })
        }
    };
    view! {
        <section class="plan-part" aria-labelledby="the-thuc">
            <h2 id="the-thuc">{ft.header_heading}</h2>
            {input(form, "co-quan-chu-quan", ft.superior_body, |f| &f.header.superior_body, |f| &mut f.header.superior_body)}
            {input(form, "co-quan-ban-hanh", ft.issuing_body, |f| &f.header.issuing_body, |f| &mut f.header.issuing_body)}
            {input(form, "so-ky-hieu", ft.number, |f| &f.header.number, |f| &mut f.header.number)}
            {input(form, "dia-danh", ft.place, |f| &f.header.place, |f| &mut f.header.place)}
            {input(form, "ngay-ban-hanh", ft.date, |f| &f.header.date, |f| &mut f.header.date)}
            <p class="hint">{ft.date_hint}</p>
            <p class="field-error" role="alert">{error_of(HeaderField::Date)}</p>
            {input(form, "trich-yeu", ft.subject, |f| &f.header.subject, |f| &mut f.header.subject)}
        </section>
    }
}

#[component]
pub fn SignatureEditor(form: RwSignal<PlanForm>) -> impl IntoView {
    let ft = plan_frame_texts();
    let common = plan_common_texts();
    view! {
        <section class="plan-part" aria-labelledby="chu-ky">
            <h2 id="chu-ky">{common.sections[9]}</h2>
            {include_box(form, "chu-ky", |f| f.signature.included, |f, on| f.signature.included = on)}
            {input(form, "tham-quyen", ft.sig_authority, |f| &f.signature.authority, |f| &mut f.signature.authority)}
            {input(form, "ky-thay", ft.sig_delegated, |f| &f.signature.delegated, |f| &mut f.signature.delegated)}
            {input(form, "chuc-vu", ft.sig_title, |f| &f.signature.title, |f| &mut f.signature.title)}
            {input(form, "nguoi-ky", ft.sig_name, |f| &f.signature.name, |f| &mut f.signature.name)}
        </section>
    }
}

#[component]
pub fn OrganisationEditor(form: RwSignal<PlanForm>) -> impl IntoView {
    let ft = plan_frame_texts();
    let common = plan_common_texts();
    let lang = use_lang();
    let count = Memo::new(move |_| form.with(|f| f.organisation.rows.len()));
    let row = move |i: usize| {
        let office_label = move || format!("{} {}", ft.org_office, i + 1);
        let tasks_label = move || {
            let office = form.with(|f| f.organisation.rows.get(i).map(|r| r.office.clone()).unwrap_or_default());
            format!("{}: {office}", ft.org_tasks)
        };
        view! {
            <tr>
                <td>
                    <input type="text" class="org-office" aria-label=office_label prop:value=move || form.with(|f| f.organisation.rows.get(i).map(|r| r.office.clone()).unwrap_or_default()) on:input=move |ev| {
                        let value = event_target_value(&ev);
                        form.update(|f| if let Some(r) = f.organisation.rows.get_mut(i) { r.office = value });
                    } />
                </td>
                <td>
                    <textarea rows="3" class="org-tasks" aria-label=tasks_label prop:value=move || form.with(|f| f.organisation.rows.get(i).map(|r| r.tasks.clone()).unwrap_or_default()) on:input=move |ev| {
                        let value = event_target_value(&ev);
                        form.update(|f| if let Some(r) = f.organisation.rows.get_mut(i) { r.tasks = value });
                    }></textarea>
                </td>
                <td>
                    <button type="button" class="secondary" on:click=move |_| form.update(|f| {
                        if i < f.organisation.rows.len() {
                            f.organisation.rows.remove(i);
                        }
                    })>{ft.org_remove}</button>
                </td>
            </tr>
        }
    };
    let note = lang.pick(ORGANISATION_NOTE.0.to_owned(), ORGANISATION_NOTE.1.to_owned());
    view! {
        <section class="plan-part" aria-labelledby="to-chuc">
            <h2 id="to-chuc">{common.sections[8]}</h2>
            {include_box(form, "to-chuc", |f| f.organisation.included, |f, on| f.organisation.included = on)}
            <p class="hint">{note}</p>
            <TableScroll>
                <table class="org">
                    <caption>{ft.org_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ft.org_office}</th>
                            <th scope="col">{ft.org_tasks}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{move || (0..count.get()).map(row).collect_view()}</tbody>
                </table>
            </TableScroll>
            <div class="actions no-print">
                <button type="button" id="them-co-quan" on:click=move |_| form.update(|f| f.organisation.rows.push(OrgRow::default()))>{ft.org_add}</button>
                <button type="button" id="goi-y-phan-cong" class="secondary" on:click=move |_| form.update(|f| f.organisation.rows = organisation_preset(UnitLevel::from_name(&f.header.issuing_body).unwrap_or(UnitLevel::Commune), doc_lang(lang)))>{ft.org_preset}</button>
            </div>
        </section>
    }
}
