//! The outline of the plan's body: its parts reordered and renamed, and
//! parts of the officer's own added (with starter text for the usual ones:
//! results and assessment, context, viewpoint). Every change writes the
//! whole order back (`PlanForm::body_order`), so the stored outline is the
//! one printed.

use leptos::prelude::*;
use plan_doc::{Lang, OutlinePart, PlanForm, SectionId, UsualPart, standard_title, usual_part};

use crate::i18n::{plan_common_texts, plan_outline_texts};

/// Applies `change` to the body's parts as printed and stores them.
fn reshape(form: RwSignal<PlanForm>, change: impl FnOnce(&mut Vec<OutlinePart>)) {
    form.update(|f| {
        let mut parts = f.body_order();
        change(&mut parts);
        f.outline = parts;
    });
}

/// The parts' kinds in order: a row is drawn again only when they change
/// (a move, an addition, a removal), not as a title is typed.
fn shape(form: &PlanForm) -> Vec<Option<SectionId>> {
    form.body_order()
        .iter()
        .map(|p| match p {
            OutlinePart::Standard { id, .. } => Some(*id),
            OutlinePart::Custom { .. } => None,
        })
        .collect()
}

fn title_of(part: &OutlinePart) -> &str {
    match part {
        OutlinePart::Standard { title, .. } | OutlinePart::Custom { title, .. } => title,
    }
}

/// Moves the button's focus with its part, once the rows are drawn again.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

#[component]
pub fn OutlineEditor(form: RwSignal<PlanForm>, doc_lang: Lang) -> impl IntoView {
    let t = plan_outline_texts();
    let common = plan_common_texts();
    let shape = Memo::new(move |_| form.with(shape));
    let row = move |i: usize, kind: Option<SectionId>, count: usize| {
        let title = move || {
            form.with(|f| {
                f.body_order()
                    .get(i)
                    .map(|p| title_of(p).to_owned())
                    .unwrap_or_default()
            })
        };
        let set_title = move |ev| {
            let value = event_target_value(&ev);
            reshape(form, |parts| match parts.get_mut(i) {
                Some(OutlinePart::Standard { title, .. } | OutlinePart::Custom { title, .. }) => *title = value,
                None => {}
            });
        };
        let name = move || {
            let typed = title();
            match kind {
                Some(id) if typed.trim().is_empty() => standard_title(id, doc_lang).to_owned(),
                _ => typed,
            }
        };
        let step = move |by: isize| {
            move |_: leptos::ev::MouseEvent| {
                let to = i.checked_add_signed(by).filter(|to| *to < count);
                if let Some(to) = to {
                    reshape(form, |parts| parts.swap(i, to));
                    // The same button, unless the part reached the end it
                    // moved to, where that one is disabled.
                    let up = match to {
                        0 => false,
                        last if last + 1 == count => true,
                        _ => by < 0,
                    };
                    focus_later(format!("bo-cuc-{}-{}", to + 1, if up { "len" } else { "xuong" }));
                }
            }
        };
        let fields = match kind {
            Some(id) => {
                let which = SectionId::ALL
                    .iter()
                    .position(|s| *s == id)
                    .map_or("", |at| common.sections[at]);
                let title_id = format!("bo-cuc-{}-ten", i + 1);
                view! {
                    <div class="field">
                        <label for=title_id.clone()>{format!("{} ({which})", t.title)}</label>
                        <input type="text" id=title_id placeholder=standard_title(id, doc_lang) prop:value=title on:input=set_title />
                    </div>
                }
                .into_any()
            }
            None => {
                let (title_id, text_id, box_id) = (
                    format!("bo-cuc-{}-ten", i + 1),
                    format!("bo-cuc-{}-van-ban", i + 1),
                    format!("bo-cuc-{}-co", i + 1),
                );
                let custom = move |get: fn(&OutlinePart) -> Option<String>| {
                    move || form.with(|f| f.body_order().get(i).and_then(get).unwrap_or_default())
                };
                let included = move || {
                    form.with(|f| matches!(f.body_order().get(i), Some(OutlinePart::Custom { included: true, .. })))
                };
                view! {
                    <div class="choice">
                        <input type="checkbox" id=box_id.clone() prop:checked=included on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            reshape(form, |parts| if let Some(OutlinePart::Custom { included, .. }) = parts.get_mut(i) { *included = on });
                        } />
                        <label for=box_id>{t.include}</label>
                    </div>
                    <div class="field">
                        <label for=title_id.clone()>{t.own_title}</label>
                        <input type="text" id=title_id prop:value=title on:input=set_title />
                    </div>
                    <div class="field">
                        <label for=text_id.clone()>{t.own_text}</label>
                        <textarea id=text_id rows="5" prop:value=custom(|p| match p {
                            OutlinePart::Custom { text, .. } => Some(text.clone()),
                            OutlinePart::Standard { .. } => None,
                        }) on:input=move |ev| {
                            let value = event_target_value(&ev);
                            reshape(form, |parts| if let Some(OutlinePart::Custom { text, .. }) = parts.get_mut(i) { *text = value });
                        }></textarea>
                        <p class="hint">{t.sub_heading_hint}</p>
                    </div>
                    <button type="button" class="secondary" id=format!("bo-cuc-{}-xoa", i + 1) on:click=move |_| reshape(form, |parts| {
                        if i < parts.len() {
                            parts.remove(i);
                        }
                    })>{t.remove}</button>
                }
                .into_any()
            }
        };
        view! {
            <li class="outline-part">
                {fields}
                <div class="actions">
                    <button type="button" class="secondary" id=format!("bo-cuc-{}-len", i + 1) aria-label=move || format!("{}: {}", t.up, name()) disabled=i == 0 on:click=step(-1)>{t.up}</button>
                    <button type="button" class="secondary" id=format!("bo-cuc-{}-xuong", i + 1) aria-label=move || format!("{}: {}", t.down, name()) disabled=i + 1 == count on:click=step(1)>{t.down}</button>
                </div>
            </li>
        }
    };
    let usual = UsualPart::ALL
        .iter()
        .enumerate()
        .map(|(at, part)| {
            let title = match usual_part(*part, doc_lang) {
                OutlinePart::Custom { title, .. } => title,
                OutlinePart::Standard { .. } => String::new(),
            };
            view! { <option value=at.to_string()>{title}</option> }
        })
        .collect_view();
    let chosen = NodeRef::<leptos::html::Select>::new();
    let add = move |_| {
        let part = chosen
            .get()
            .and_then(|s| s.value().parse::<usize>().ok())
            .and_then(|at| UsualPart::ALL.get(at).copied())
            .map_or_else(
                || OutlinePart::Custom {
                    included: true,
                    title: String::new(),
                    text: String::new(),
                },
                |part| usual_part(part, doc_lang),
            );
        reshape(form, |parts| parts.push(part));
    };
    view! {
        <section class="plan-part no-print" aria-labelledby="bo-cuc">
            <h2 id="bo-cuc">{t.heading}</h2>
            <p class="hint">{t.hint}</p>
            <ol id="bo-cuc-danh-sach">
                {move || {
                    let shape = shape.get();
                    let count = shape.len();
                    shape.into_iter().enumerate().map(|(i, kind)| row(i, kind, count)).collect_view()
                }}
            </ol>
            <div class="field">
                <label for="bo-cuc-them">{t.add_label}</label>
                <select id="bo-cuc-them" node_ref=chosen>
                    {usual}
                    <option value="">{t.blank}</option>
                </select>
                <button type="button" id="bo-cuc-them-nut" on:click=add>{t.add}</button>
            </div>
        </section>
    }
}
