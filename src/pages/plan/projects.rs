//! The projects' sections (dự án, tiểu dự án): each project the draft
//! funds, or the officer adds from the catalogue, with what it does, its
//! lead and partner offices and its outputs; its money comes from the
//! funding part. Who does what is checked as it is typed: a project without
//! exactly one lead office is named.

use funding::{FundingTable, Programme};
use leptos::prelude::*;
use plan_doc::{
    Lang, Output, PlanForm, ProjectFinding, ProjectOffice, ProjectPlan, check_projects, money_total, planned,
    programme_citation, project_plan, project_starter,
};

use super::editors::generated_view;
use crate::components::TableScroll;
use crate::i18n::{plan_projects_texts, use_lang};

/// The page's part of the form: the plan of the catalogue's row `row`.
#[derive(Clone, Copy)]
struct Project {
    form: RwSignal<PlanForm>,
    funding: StoredValue<FundingTable>,
    row: usize,
}

impl Project {
    fn code(self) -> String {
        self.funding.with_value(|t| t.rows[self.row].code.clone())
    }

    fn id(self, field: &str) -> String {
        field_id(&self.code(), field)
    }

    fn read<T: Default>(self, get: impl FnOnce(&ProjectPlan) -> T) -> T {
        let code = self.code();
        self.form
            .with(|f| f.projects.iter().find(|p| p.code.trim() == code).map(get))
            .unwrap_or_default()
    }

    /// Changes the project's plan, made at its first change.
    fn edit(self, change: impl FnOnce(&mut ProjectPlan)) {
        let code = self.code();
        self.form.update(|f| {
            let at = f
                .projects
                .iter()
                .position(|p| p.code.trim() == code)
                .unwrap_or_else(|| {
                    f.projects.push(ProjectPlan {
                        code: code.clone(),
                        ..ProjectPlan::default()
                    });
                    f.projects.len() - 1
                });
            change(&mut f.projects[at]);
        });
    }
}

/// "du-an-da3-tda1" and a field's ending: a project's code as an id.
fn field_id(code: &str, field: &str) -> String {
    let code: String = code
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("du-an-{code}{field}")
}

/// Takes a project's section out of the plan: one added without money, or
/// one whose project left the catalogue.
fn drop_plan(form: RwSignal<PlanForm>, code: &str) {
    form.update(|f| f.projects.retain(|p| p.code.trim() != code.trim()));
}

/// The projects' sections with the findings of who does what.
#[component]
pub fn ProjectsEditor(
    form: RwSignal<PlanForm>,
    funding: FundingTable,
    programme: Programme,
    doc_lang: Lang,
) -> impl IntoView {
    let t = plan_projects_texts();
    let lang = use_lang();
    let funding = StoredValue::new(funding);
    let shown = Memo::new(move |_| {
        form.with(|f| {
            funding.with_value(|table| {
                planned(&f.projects, table)
                    .filter_map(|(row, _)| table.rows.iter().position(|r| r.project == row.project))
                    .collect::<Vec<_>>()
            })
        })
    });
    let findings = Memo::new(move |_| form.with(|f| funding.with_value(|table| check_projects(&f.projects, table))));
    // The offices the plan's organisation names, offered as each project's.
    let offices: Vec<String> = form.with_untracked(|f| {
        let mut names: Vec<String> = Vec::new();
        for row in &f.organisation.rows {
            let name = row.office.trim();
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
        names
    });
    let addable = move || {
        shown.with(|shown| {
            funding.with_value(|table| {
                (0..table.rows.len())
                    .filter(|i| !shown.contains(i))
                    .map(|i| {
                        let row = &table.rows[i];
                        let name = lang.pick(row.name.vi.clone(), row.name.en.clone());
                        view! { <option value=row.code.clone()>{format!("{} {name}", row.code)}</option> }
                    })
                    .collect_view()
            })
        })
    };
    let chosen = NodeRef::<leptos::html::Select>::new();
    let add = move |_| {
        let Some(code) = chosen.get().map(|s| s.value()) else {
            return;
        };
        if !code.is_empty() {
            form.update(|f| f.projects.push(project_plan(&code, doc_lang)));
        }
    };
    view! {
        <section class="plan-part" aria-labelledby="du-an">
            <h2 id="du-an">{t.heading}</h2>
            <p class="hint">{t.hint}</p>
            {generated_view(Signal::stored(vec![programme_citation(programme, doc_lang)]))}
            <h3 id="phan-cong-du-an">{t.findings}</h3>
            // The live region holds the list: a list given the status role
            // would no longer be a list to its items.
            <div role="status" aria-labelledby="phan-cong-du-an">
                <ul class="problems" id="loi-du-an">
                    {move || findings.with(|all| all.iter().map(|x| {
                        // A section whose project left the catalogue is not
                        // printed: it can be taken out here, having no other place.
                        let orphan = match x {
                            ProjectFinding::NotInCatalogue { code } => Some(code.clone()),
                            _ => None,
                        };
                        view! {
                            <li>
                                {x.message(lang)}
                                {orphan.map(|code| view! {
                                    " "
                                    <button type="button" class="secondary" id=field_id(&code, "-bo") aria-label=format!("{}: {code}", t.drop_project) on:click=move |_| drop_plan(form, &code)>{t.drop_project}</button>
                                })}
                            </li>
                        }
                    }).collect_view())}
                </ul>
            </div>
            {move || shown.with(Vec::is_empty).then(|| view! { <p class="notice">{t.none}</p> })}
            // Drawn again only as a project is added or taken out.
            {move || shown.get().into_iter().map(|row| view! { <ProjectSection project=Project { form, funding, row } doc_lang /> }).collect_view()}
            <datalist id="co-quan-goi-y">{offices.into_iter().map(|o| view! { <option value=o></option> }).collect_view()}</datalist>
            <div class="field no-print">
                <label for="them-du-an">{t.add_project}</label>
                <select id="them-du-an" node_ref=chosen>{addable}</select>
                <button type="button" id="them-du-an-nut" on:click=add>{t.add}</button>
            </div>
        </section>
    }
}

/// One project's section: its money, what it does, its offices, its outputs.
#[component]
fn ProjectSection(project: Project, doc_lang: Lang) -> impl IntoView {
    let t = plan_projects_texts();
    let lang = use_lang();
    let code = project.code();
    let (name, money, funded) = project.funding.with_value(|table| {
        let row = &table.rows[project.row];
        (
            lang.pick(row.name.vi.clone(), row.name.en.clone()),
            row.has_lines
                .then(|| money_total(row, doc_lang))
                .into_iter()
                .collect::<Vec<_>>(),
            row.has_lines,
        )
    });
    let starter = project_starter(&code, doc_lang);
    let heading = project.id("");
    let activities_id = project.id("-noi-dung");
    let office_count = Memo::new(move |_| project.read(|p| p.offices.len()));
    let output_count = Memo::new(move |_| project.read(|p| p.outputs.len()));
    let office_row = move |i: usize| {
        let office = move || project.read(|p| p.offices.get(i).map(|o| o.office.clone()).unwrap_or_default());
        let lead = move || project.read(|p| p.offices.get(i).is_some_and(|o| o.lead));
        let label = move |what: &str| format!("{what} {}, {}", i + 1, project.code());
        view! {
            <tr>
                <td>
                    <input type="text" list="co-quan-goi-y" id=project.id(&format!("-co-quan-{}", i + 1)) aria-label=label(t.office) prop:value=office on:input=move |ev| {
                        let value = event_target_value(&ev);
                        project.edit(|p| if let Some(o) = p.offices.get_mut(i) { o.office = value });
                    } />
                </td>
                <td>
                    <select id=project.id(&format!("-vai-tro-{}", i + 1)) aria-label=label(t.role) on:change=move |ev| {
                        let is_lead = event_target_value(&ev) == "chu-tri";
                        project.edit(|p| if let Some(o) = p.offices.get_mut(i) { o.lead = is_lead });
                    }>
                        <option value="chu-tri" prop:selected=lead>{t.lead}</option>
                        <option value="phoi-hop" prop:selected=move || !lead()>{t.partner}</option>
                    </select>
                </td>
                <td>
                    <button type="button" class="secondary" aria-label=label(t.remove) on:click=move |_| project.edit(|p| {
                        if i < p.offices.len() {
                            p.offices.remove(i);
                        }
                    })>{t.remove}</button>
                </td>
            </tr>
        }
    };
    let output_field = move |i: usize,
                             what: &'static str,
                             key: &'static str,
                             get: fn(&Output) -> &String,
                             set: fn(&mut Output) -> &mut String| {
        view! {
            <td>
                <input type="text" id=project.id(&format!("-{key}-{}", i + 1)) aria-label=format!("{what} {}, {}", i + 1, project.code()) prop:value=move || project.read(|p| p.outputs.get(i).map(|o| get(o).clone()).unwrap_or_default()) on:input=move |ev| {
                    let value = event_target_value(&ev);
                    project.edit(|p| if let Some(o) = p.outputs.get_mut(i) { *set(o) = value });
                } />
            </td>
        }
    };
    let output_row = move |i: usize| {
        view! {
            <tr>
                {output_field(i, t.quantity, "so-luong", |o| &o.quantity, |o| &mut o.quantity)}
                {output_field(i, t.unit, "don-vi", |o| &o.unit, |o| &mut o.unit)}
                {output_field(i, t.what, "san-pham", |o| &o.what, |o| &mut o.what)}
                <td>
                    <button type="button" class="secondary" aria-label=format!("{} {}, {}", t.remove, i + 1, project.code()) on:click=move |_| project.edit(|p| {
                        if i < p.outputs.len() {
                            p.outputs.remove(i);
                        }
                    })>{t.remove}</button>
                </td>
            </tr>
        }
    };
    // No plan yet reads as `false`, the default: ask whether there is text.
    let empty = move || !project.read(|p| !p.activities.trim().is_empty());
    let title = format!("{code} - {name}");
    let labelled_by = heading.clone();
    let offices_caption = format!("{}: {code}", t.offices_caption);
    let outputs_caption = format!("{}: {code}", t.outputs_caption);
    view! {
        <section class="project" aria-labelledby=labelled_by>
            <h3 id=heading>{title}</h3>
            {generated_view(Signal::stored(money))}
            <div class="field">
                <label for=activities_id.clone()>{t.activities}</label>
                <textarea id=activities_id rows="4" prop:value=move || project.read(|p| p.activities.clone()) on:input=move |ev| {
                    let value = event_target_value(&ev);
                    project.edit(|p| p.activities = value);
                }></textarea>
                {starter.map(|text| view! {
                    <Show when=empty>
                        <button type="button" class="secondary" id=project.id("-goi-y") on:click=move |_| project.edit(|p| p.activities = text.to_owned())>{t.use_starter}</button>
                    </Show>
                })}
            </div>
            <TableScroll>
                <table class="project-offices">
                    <caption>{offices_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.office}</th>
                            <th scope="col">{t.role}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{move || (0..office_count.get()).map(office_row).collect_view()}</tbody>
                </table>
            </TableScroll>
            <button type="button" class="no-print" id=project.id("-them-co-quan") on:click=move |_| project.edit(|p| {
                // The first office leads; the others partner until chosen.
                let lead = !p.offices.iter().any(|o| o.lead);
                p.offices.push(ProjectOffice { office: String::new(), lead });
            })>{t.add_office}</button>
            <TableScroll>
                <table class="project-outputs">
                    <caption>{outputs_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.quantity}</th>
                            <th scope="col">{t.unit}</th>
                            <th scope="col">{t.what}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{move || (0..output_count.get()).map(output_row).collect_view()}</tbody>
                </table>
            </TableScroll>
            <div class="actions no-print">
                <button type="button" id=project.id("-them-san-pham") on:click=move |_| project.edit(|p| p.outputs.push(Output::default()))>{t.add_output}</button>
                {(!funded).then(|| view! {
                    <button type="button" class="secondary" id=project.id("-bo") on:click=move |_| drop_plan(project.form, &project.code())>{t.drop_project}</button>
                })}
            </div>
        </section>
    }
}
