//! The annex in and out: a CSV file imported into the table (typed rates
//! and the total row kept, to be checked), the table downloaded as CSV, and
//! the printed annex.

use leptos::prelude::*;
use leptos::task::spawn_local;
use planning::{ANNEX_MAX_BYTES, AnnexFileError, Separator, read_annex_bytes, write_annex};
use web_sys::HtmlInputElement;

use super::state::TableState;
use crate::files::{chosen_file, download, read_bytes};
use crate::i18n::{either, targets_texts, use_lang};

/// What the last import said, in both languages.
#[derive(Clone, Default)]
struct Report {
    headline: String,
    failed: bool,
    lines: Vec<(String, String)>,
}

/// `on_import` runs after a file's table has replaced the one shown.
#[component]
pub fn AnnexFiles(state: TableState, #[prop(into)] on_import: Callback<()>) -> impl IntoView {
    let t = targets_texts();
    let lang = use_lang();
    let report = RwSignal::new(None::<Report>);

    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = chosen_file(&input) else { return };
        // Refused by its size before reading, so a huge file costs nothing.
        let bytes = file.size() as u64;
        let too_large = (bytes > ANNEX_MAX_BYTES).then_some(AnnexFileError::TooLarge {
            bytes,
            max: ANNEX_MAX_BYTES,
        });
        spawn_local(async move {
            let result = match too_large {
                Some(e) => Err((e.message_vi(), e.message_en())),
                None => match read_bytes(&file).await {
                    Ok(bytes) => read_annex_bytes(bytes).map_err(|e| (e.message_vi(), e.message_en())),
                    Err(e) => Err((e.clone(), e)),
                },
            };
            let next = match result {
                Ok(import) => {
                    let mut lines = import.notices.clone();
                    lines.extend(import.errors.iter().map(|e| (e.message_vi(), e.message_en())));
                    if import.total.is_some() {
                        lines.push((t.total_kept.to_owned(), t.total_kept.to_owned()));
                    }
                    let headline = format!("{} {} {}.", t.imported, import.rows.len(), t.rows_word);
                    state.replace(import.rows, import.total);
                    on_import.run(());
                    Report {
                        headline,
                        failed: false,
                        lines,
                    }
                }
                Err(message) => Report {
                    headline: t.import_failed.to_owned(),
                    failed: true,
                    lines: vec![message],
                },
            };
            report.set(Some(next));
        });
        // The same file can be chosen again after fixing it.
        input.set_value("");
    };
    let export = move |_| {
        let rows: Vec<_> = state
            .rows
            .with_untracked(|v| v.iter().map(|r| r.text.get_untracked()).collect());
        let text = write_annex(&rows, state.base.get_untracked(), Separator::Semicolon);
        let name = format!("{}-{}.csv", t.file_name, state.year.get_untracked().trim());
        let _ = download(&name, &text, "text/csv;charset=utf-8");
    };
    let print = move |_| {
        let _ = window().print();
    };
    let shown = move || {
        report.get().map(|r| {
            let class = if r.failed { "problems" } else { "notices" };
            view! {
                <p>{r.headline}</p>
                <ul class=class id="bao-cao-nhap">
                    {r.lines.into_iter().map(|(vi, en)| view! { <li>{either(lang, vi, en)}</li> }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <section class="no-print" aria-labelledby="tep-bang">
            <h2 id="tep-bang">{t.file_heading}</h2>
            <div class="field">
                <label for="nhap-bang">{t.import_label}</label>
                <input id="nhap-bang" type="file" accept=".csv,text/csv,text/plain" on:change=on_file />
                <p class="hint">{t.import_hint}</p>
            </div>
            <div role="status" aria-live="polite">{shown}</div>
            <div class="actions">
                <button type="button" id="tai-bang" on:click=export>{t.export}</button>
                <button type="button" id="in-bieu" class="secondary" on:click=print>{t.print}</button>
            </div>
        </section>
    }
}
