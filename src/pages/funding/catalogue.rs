//! The project catalogue: the 2021–2025 preset with each project's basis
//! and status, which the planner renames, adds to and removes from; the
//! preset stays one click away.

use funding::{Catalogue, Programme, ProjectId};
use leptos::prelude::*;
use poverty_rules::Text;

use super::state::FundingState;
use crate::components::{Citation, StatusBadge, TableScroll};
use crate::i18n::{funding_catalogue_texts, pick, use_lang};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Editing {
    Add(Option<ProjectId>),
    Edit(ProjectId),
}

#[component]
pub fn CatalogueSection(state: FundingState) -> impl IntoView {
    let t = funding_catalogue_texts();
    let lang = use_lang();
    let catalogue = state.catalogue;
    let editing = RwSignal::new(Editing::Add(None));
    let code = RwSignal::new(String::new());
    let name_vi = RwSignal::new(String::new());
    let name_en = RwSignal::new(String::new());
    let message = RwSignal::new(None::<(String, bool)>);
    let clear = move || {
        editing.set(Editing::Add(None));
        code.set(String::new());
        name_vi.set(String::new());
        name_en.set(String::new());
    };
    let focus_form = || {
        if let Some(input) = document().get_element_by_id("ma-du-an")
            && let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(input)
        {
            let _ = input.focus();
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = Text::new(&name_vi.get_untracked(), &name_en.get_untracked());
        let code = code.get_untracked();
        let mut result = Ok(());
        let was = editing.get_untracked();
        catalogue.update(|c| {
            result = match was {
                Editing::Add(parent) => c.add(parent, &code, &name).map(|_| ()),
                Editing::Edit(id) => c.rename(id, &code, &name),
            }
        });
        match result {
            Ok(()) => {
                let done = if matches!(was, Editing::Add(_)) {
                    t.project_added
                } else {
                    t.project_saved
                };
                message.set(Some((done.to_owned(), false)));
                clear();
            }
            Err(e) => message.set(Some((e.message(lang), true))),
        }
    };
    let start_edit = move |id: ProjectId| {
        if let Some(p) = catalogue.with_untracked(|c| c.get(id).cloned()) {
            code.set(p.code);
            name_vi.set(p.name.vi);
            name_en.set(p.name.en);
            editing.set(Editing::Edit(id));
            focus_form();
        }
    };
    let start_sub = move |id: ProjectId| {
        code.set(catalogue.with_untracked(|c| c.get(id).map(|p| format!("{}.TDA", p.code)).unwrap_or_default()));
        name_vi.set(String::new());
        name_en.set(String::new());
        editing.set(Editing::Add(Some(id)));
        focus_form();
    };
    let remove = move |id: ProjectId| {
        catalogue.update(|c| {
            c.remove(id);
        });
        if matches!(editing.get_untracked(), Editing::Edit(e) | Editing::Add(Some(e)) if e == id) {
            clear();
        }
        message.set(Some((t.project_removed.to_owned(), false)));
    };
    let presets = Programme::ALL
        .iter()
        .zip(t.use_presets)
        .zip(t.presets_used)
        .map(|((&programme, label), used)| {
            let id = match programme {
                Programme::Sustainable2021To2025 => "dung-danh-muc",
                Programme::Merged2026To2035 => "dung-danh-muc-2026",
            };
            let choose = move |_| {
                catalogue.set(Catalogue::preset(programme));
                clear();
                message.set(Some((used.to_owned(), false)));
            };
            view! { <button type="button" id=id on:click=choose>{label}</button> }
        })
        .collect_view();
    let programme = move || {
        let programme = catalogue.with(|c| c.programme);
        let basis = programme.basis();
        view! {
            {t.programme} ": " {pick(lang, &programme.name())} " " <StatusBadge status=basis.status />
        }
    };
    let start_empty = move |_| {
        // Ids only grow, even from an empty catalogue, so a line never
        // silently moves to a new project.
        let (next_id, programme) = catalogue.with_untracked(|c| (c.next_id, c.programme));
        catalogue.set(Catalogue {
            projects: Vec::new(),
            next_id,
            programme,
        });
        clear();
    };

    let rows = move || {
        catalogue.with(|c| {
            if c.projects.is_empty() {
                return view! { <tr><td colspan="4">{t.catalogue_empty}</td></tr> }.into_any();
            }
            c.projects
                .iter()
                .map(|p| {
                    let id = p.id;
                    let basis = &p.basis;
                    let document = match &basis.article {
                        Some(article) => format!("{}, {article}", basis.document),
                        None => basis.document.clone(),
                    };
                    let note = basis.note.as_ref().map(|n| pick(lang, n));
                    let name = pick(lang, &p.name);
                    let add_sub = p.parent.is_none().then(|| {
                        view! {
                            <button type="button" class="secondary" id=format!("them-tda-{}", id.0) aria-label=format!("{}: {}", t.add_sub, p.code) on:click=move |_| start_sub(id)>{t.add_sub}</button>
                        }
                    });
                    view! {
                        <tr class:sub=p.parent.is_some()>
                            <th scope="row">{p.code.clone()}</th>
                            <td>{name}</td>
                            <td>
                                <Citation text=document /> " " <StatusBadge status=basis.status />
                                {note.map(|n| view! { <span class="basis-note">{n}</span> })}
                            </td>
                            <td class="actions">
                                <button type="button" class="secondary" id=format!("sua-du-an-{}", id.0) aria-label=format!("{}: {}", t.edit, p.code) on:click=move |_| start_edit(id)>{t.edit}</button>
                                {add_sub}
                                <button type="button" class="secondary" id=format!("xoa-du-an-{}", id.0) aria-label=format!("{}: {}", t.remove, p.code) on:click=move |_| remove(id)>{t.remove}</button>
                            </td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view()
                .into_any()
        })
    };
    let legend = move || match editing.get() {
        Editing::Add(None) => t.project_form_add.to_owned(),
        Editing::Add(Some(parent)) => format!("{}: {}", t.project_form_add_sub, state.code(parent)),
        Editing::Edit(id) => format!("{}: {}", t.project_form_edit, state.code(id)),
    };
    let parent_options = move || {
        let chosen = match editing.get() {
            Editing::Add(parent) => parent,
            Editing::Edit(_) => None,
        };
        let top: Vec<(ProjectId, String)> = catalogue.with(|c| {
            c.projects
                .iter()
                .filter(|p| p.parent.is_none())
                .map(|p| (p.id, p.code.clone()))
                .collect()
        });
        view! {
            <option value="" prop:selected=chosen.is_none()>{t.no_parent}</option>
            {top.into_iter().map(|(id, code)| view! { <option value=id.0.to_string() prop:selected=chosen == Some(id)>{code}</option> }).collect_view()}
        }
    };
    let is_edit = move || matches!(editing.get(), Editing::Edit(_));
    view! {
        <section class="no-print" aria-labelledby="danh-muc">
            <p class="hint">{t.catalogue_intro}</p>
            <p id="chuong-trinh">{programme}</p>
            <div class="actions">
                {presets}
                <button type="button" class="secondary" id="danh-muc-trong" on:click=start_empty>{t.empty_catalogue}</button>
            </div>
            <TableScroll>
                <table class="catalogue" id="bang-danh-muc">
                    <caption>{t.catalogue_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_code}</th>
                            <th scope="col">{t.col_project}</th>
                            <th scope="col">{t.col_basis}</th>
                            <th scope="col">{t.col_actions}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            <form class="project-form" on:submit=submit>
                <fieldset>
                    <legend>{legend}</legend>
                    <div class="field">
                        <label for="du-an-cha">{t.parent}</label>
                        <select id="du-an-cha" prop:disabled=is_edit on:change=move |ev| {
                            let parent = event_target_value(&ev).parse().ok().map(ProjectId);
                            if !is_edit() {
                                editing.set(Editing::Add(parent));
                            }
                        }>{parent_options}</select>
                    </div>
                    <div class="field">
                        <label for="ma-du-an">{t.code}</label>
                        <input id="ma-du-an" type="text" autocomplete="off" prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="ten-du-an">{t.name_vi}</label>
                        <input id="ten-du-an" type="text" autocomplete="off" prop:value=move || name_vi.get() on:input=move |ev| name_vi.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="ten-du-an-en">{t.name_en}</label>
                        <input id="ten-du-an-en" type="text" autocomplete="off" prop:value=move || name_en.get() on:input=move |ev| name_en.set(event_target_value(&ev)) />
                    </div>
                    <div class="actions">
                        <button type="submit" id="luu-du-an">{move || if is_edit() { t.save_project } else { t.add_project }}</button>
                        <button type="button" class="secondary" on:click=move |_| clear()>{t.cancel}</button>
                    </div>
                </fieldset>
            </form>
            <p role="status" id="thong-bao-danh-muc" class:field-error=move || message.with(|m| m.as_ref().is_some_and(|m| m.1))>
                {move || message.get().map(|m| m.0)}
            </p>
        </section>
    }
}
