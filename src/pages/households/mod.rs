//! Danh sách hộ: a household list read from a CSV file, every household
//! classified under the chosen standard in the browser, counted by village,
//! with the deprivation profile and the Alkire–Foster measures. The list
//! never leaves the device, and is stored only if the user keeps it in the
//! draft (`keep.rs`).

mod counts;
mod keep;
mod profile;
mod run;

use household_list::{HouseholdField, Meaning, Options, field_label, is_workbook, size_for_reader, text_for_reader};
use leptos::prelude::*;
use leptos::task::spawn_local;
use vn_format::{Decimal, format_decimal, format_integer};
use web_sys::{File, HtmlInputElement};

use crate::base::SiteBase;
use crate::clock::{since_start_ms, today};
use crate::components::{Page, StatusBadge, column_choices, radio_for, remember, sheet_choice};
use crate::files::{chosen_file, read_bytes};
use crate::i18n::{Lang, file_texts, households_texts, page_name, pick, use_lang};
use crate::kept::kept;
use crate::section::Section;
use crate::standards::{Standards, use_standards};
use crate::storage::Saved;
use crate::workers::reader::{Sheets, sheet_as_csv};
use crate::workers::writer::{Format, Job, download_button};
use counts::{LowIncomeCounts, VillageCounts, table_query};
use keep::KeepInDraft;
use profile::{AlkireFosterTable, DeprivationProfile, Group};
pub(crate) use run::{Phase, run};

#[component]
pub fn HouseholdsPage() -> impl IntoView {
    let h = households_texts();
    let lang = use_lang();
    provide_context(Standards::load());
    let standards = use_standards();
    let site = expect_context::<SiteBase>();
    let initial = standards.catalogue.with_untracked(|c| {
        c.in_force_on(today())
            .or_else(|| c.all().first())
            .map(|s| s.id.clone())
            .unwrap_or_default()
    });
    // Kept over a change of language (`kept.rs`): a list read from a file
    // cannot be read again without the user.
    let standard_id = kept("standard", || initial);
    let standard = Memo::new(move |_| standard_id.with(|id| standards.catalogue.with(|c| c.get(id).cloned())));
    let phase = kept("phase", || Phase::Idle);
    let generation = kept("generation", || 0u32);
    // Kept in memory so a change of standard can classify the list again.
    let text = kept("text", || None::<String>);
    let file_name = kept("file-name", String::new);
    // A workbook's worksheets and the one read, offered while the file is
    // at hand (a file cannot be kept over a change of language).
    let sheets = RwSignal::new(Sheets::default());
    let workbook = StoredValue::new_local(None::<File>);
    let group = kept("group", || Group::PoorAndNearPoor);
    // What each column of the file was read as, or the header that came
    // closest when the list was refused: the user may correct it.
    let columns = move || match phase.get() {
        Phase::Done(loaded) => Some(loaded.read.mapping),
        Phase::Failed(_, _, closest) => closest,
        _ => None,
    };

    // `started` is when the user asked: the time shown includes reading the file.
    let start = move |started: f64| {
        let (Some(text), Some(standard)) = (text.get_untracked(), standard.get_untracked()) else {
            return;
        };
        let mine = generation.get_untracked().wrapping_add(1);
        generation.set(mine);
        phase.set(Phase::starting(text.len() as u64));
        spawn_local(run(text, standard.id, phase, generation, mine, started));
    };
    // Reads `file` (in a workbook, the worksheet `sheet`, else the first
    // with data) and imports it.
    let read_file = move |file: File, sheet: Option<String>| {
        // A newer choice wins over a run still under way.
        generation.update(|g| *g = g.wrapping_add(1));
        let started = since_start_ms();
        let options = Options::default();
        if let Err((vi, en)) = size_for_reader(file.size() as u64, &options) {
            text.set(None);
            return phase.set(Phase::Failed(vi, en, None));
        }
        // Reading, with the cancel button, from the choice on: a workbook
        // takes the worker a moment before the import starts.
        phase.set(Phase::starting(file.size() as u64));
        let chosen = generation.get_untracked();
        spawn_local(async move {
            let loaded = match read_bytes(&file).await {
                Err(e) => Err((e.clone(), e)),
                // Read in the reader worker as CSV text, which is then
                // imported, and kept, as a CSV file's would be.
                Ok(bytes) if is_workbook(&bytes) => {
                    drop(bytes);
                    let read = sheet_as_csv(&file, sheet).await;
                    workbook.set_value(Some(file));
                    read
                }
                Ok(bytes) => text_for_reader(bytes, &options).map(|text| (text, Sheets::default())),
            };
            // Another file was chosen, a kept list opened, or the reading
            // cancelled, meanwhile.
            if generation.get_untracked() != chosen {
                return;
            }
            match loaded {
                Ok((decoded, in_book)) => {
                    sheets.set(in_book);
                    text.set(Some(decoded));
                    start(started);
                }
                Err((vi, en)) => {
                    text.set(None);
                    phase.set(Phase::Failed(vi, en, None));
                }
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = chosen_file(&input) else { return };
        file_name.set(file.name());
        sheets.set(Sheets::default());
        workbook.set_value(None);
        // The same file can be chosen again: after fixing it, or once the
        // reader can be loaded.
        input.set_value("");
        read_file(file, None);
    };
    let on_sheet = move |ev: leptos::ev::Event| {
        if let Some(file) = workbook.get_value() {
            read_file(file, Some(event_target_value(&ev)));
        }
    };
    // The list as read, once a reading has finished, for keeping in the draft.
    let shown = Signal::derive(move || {
        matches!(phase.get(), Phase::Done(_))
            .then(|| text.get_untracked())
            .flatten()
    });
    let open_kept = move |kept: String| {
        generation.update(|g| *g = g.wrapping_add(1));
        sheets.set(Sheets::default());
        workbook.set_value(None);
        file_name.set(h.keep_source.to_owned());
        text.set(Some(kept));
        start(since_start_ms());
    };
    let cancel = move |_| {
        generation.update(|g| *g = g.wrapping_add(1));
        phase.set(Phase::Cancelled);
    };

    let options = standards.catalogue.with_untracked(|c| {
        c.all()
            .iter()
            .map(|s| {
                let id = s.id.clone();
                let selected = id == standard_id.get_untracked();
                view! { <option value=id selected=selected>{pick(lang, &s.name)}</option> }
            })
            .collect_view()
    });
    let about = move || {
        standard.with(|s| {
            s.as_ref()
                .map(|s| view! { <p class="hint">{s.period.clone()} " " <StatusBadge status=s.weakest_status() /></p> })
        })
    };
    let reading = move || matches!(phase.get(), Phase::Reading(_));

    // A column corrected: remembered for lists with the same headers, and
    // the list read again at once.
    let correct = move |(column, value): (usize, String)| {
        let Some(mut corrected) = untrack(columns) else {
            return;
        };
        corrected.set(column, Meaning::from_key(&value).unwrap_or(Meaning::Unknown));
        remember(Saved::HouseholdColumns, &corrected);
        start(since_start_ms());
    };
    let column_step = move || {
        let mapping = columns()?;
        let indicators = standard.with(|s| s.as_ref().map_or(0, |s| s.indicators().count()));
        let fields = [
            HouseholdField::Village,
            HouseholdField::Area,
            HouseholdField::Income,
            HouseholdField::ScoreA,
            HouseholdField::ScoreB,
            HouseholdField::EthnicMinority,
            HouseholdField::SocialProtection,
        ]
        .into_iter()
        .chain((0..indicators).map(HouseholdField::Indicator))
        .collect();
        let name = move |field, lang: Lang| {
            standard.with_untracked(|s| {
                let (vi, en) = s.as_ref().map(|s| field_label(field, s)).unwrap_or_default();
                lang.pick(vi, en)
            })
        };
        Some(column_choices(lang, mapping, fields, name, correct))
    };

    let status = move || match phase.get() {
        Phase::Idle => String::new(),
        Phase::Reading(_) => h.reading.to_owned(),
        Phase::Done(l) => {
            let seconds = Decimal::from(l.elapsed_ms) / Decimal::from(1000);
            format!(
                "{} {} {} {} {}.",
                h.done,
                format_integer(l.summary.total.annex.households.into()),
                h.households_in,
                format_decimal(seconds, 2),
                h.seconds
            )
        }
        Phase::Failed(vi, en, _) => lang.pick(vi, en),
        Phase::Cancelled => h.cancelled.to_owned(),
    };
    // Only the figures change while reading: the bar and the cancel button
    // stay the same elements, so a click on "cancel" always lands.
    let progress = move || match phase.get() {
        Phase::Reading(p) => Some(p),
        _ => None,
    };
    let progress_line = view! {
        <Show when=reading>
            <progress
                id="tien-do"
                max=move || progress().map(|p| p.bytes_total.to_string())
                value=move || progress().map(|p| p.bytes_done.to_string())
                aria-label=h.progress_label
            ></progress>
            <span class="hint">
                {move || progress().map(|p| format!("{} / ~{} {}", format_integer(p.rows_done.into()), format_integer(p.rows_total_estimate.into()), h.rows_word))}
            </span>
            <button type="button" id="huy-doc" class="secondary" on:click=cancel>{h.cancel}</button>
        </Show>
    };

    let results = move || {
        let Phase::Done(loaded) = phase.get() else { return None };
        let standard = standard.get()?;
        let loaded = *loaded;
        let elapsed = loaded.elapsed_ms.to_string();
        let rejected = (loaded.read.rejected_rows > 0).then(|| {
            let more = (loaded.read.errors_not_shown > 0).then(|| {
                view! { <li>{format!("{} {}", format_integer(loaded.read.errors_not_shown.into()), h.more_errors)}</li> }
            });
            view! {
                <section aria-labelledby="dong-loi">
                    <h2 id="dong-loi">{format!("{} ({})", h.rejected_heading, format_integer(loaded.read.rejected_rows.into()))}</h2>
                    <ul class="problems" id="loi-dong">
                        {loaded.read.errors.iter().map(|(vi, en)| view! { <li>{lang.pick(vi.clone(), en.clone())}</li> }).collect_view()}
                        {more}
                    </ul>
                </section>
            }
        });
        let notices = (!loaded.read.notices.is_empty()).then(|| {
            view! {
                <ul class="notices" id="luu-y">
                    {loaded.read.notices.iter().map(|(vi, en)| view! { <li>{lang.pick(vi.clone(), en.clone())}</li> }).collect_view()}
                </ul>
            }
        });
        let method = if loaded.read.classified_by_scores {
            h.by_scores
        } else {
            h.by_income
        };
        let low_income_known = loaded.read.low_income_workers_known;
        let summary = loaded.summary;
        let profile = {
            let (summary, standard) = (summary.clone(), standard.clone());
            move || view! { <DeprivationProfile summary=summary.clone() standard=standard.clone() group=group.get() /> }
        };
        let to_targets = format!(
            "{}?{}",
            site.href(Section::Targets),
            table_query(&summary, today().year + 1)
        );
        // Both files written in the writer worker from the reader's answer,
        // by the one CSV writer, so they carry the same figures.
        let answer = StoredValue::new(loaded.answer);
        let standard_name = StoredValue::new(standard.name.vi.clone());
        let counts_file = move || h.counts_file_name.to_owned();
        let job = move || Job::Households {
            reading: answer.get_value(),
            standard: standard_name.get_value(),
        };
        Some(view! {
            <p class="hint" id="thoi-gian" data-ms=elapsed>{method}</p>
            {notices}
            {rejected}
            <section aria-labelledby="theo-thon">
                <h2 id="theo-thon">{h.counts_heading}</h2>
                <VillageCounts summary=summary.clone() />
                <p class="actions no-print">
                    {download_button("tai-csv-thon", h.counts_csv, Format::Csv, counts_file, job)}
                    {download_button("tai-xlsx-thon", file_texts(lang).xlsx, Format::Xlsx, counts_file, job)}
                </p>
                <p><a id="sang-chi-tieu" href=to_targets>{h.to_targets}</a></p>
            </section>
            <section aria-labelledby="thu-nhap-thap">
                <h2 id="thu-nhap-thap">{h.low_income_heading}</h2>
                <LowIncomeCounts summary=summary.clone() standard=standard.clone() known=low_income_known />
            </section>
            <section aria-labelledby="thieu-hut">
                <h2 id="thieu-hut">{h.profile_heading}</h2>
                <fieldset class="choices no-print">
                    <legend>{h.group_legend}</legend>
                    {radio_for("nhom", "nhom-ca-hai", h.group_both, Group::PoorAndNearPoor, group)}
                    {radio_for("nhom", "nhom-ngheo", h.group_poor, Group::Poor, group)}
                </fieldset>
                {profile}
            </section>
            <section aria-labelledby="af-tieu-de">
                <h2 id="af-tieu-de">{h.af_heading}</h2>
                <p>{h.af_intro}</p>
                <AlkireFosterTable summary=summary standard=standard />
            </section>
        })
    };

    view! {
        <Page title=page_name(Section::Households)>
            <p class="lead">{h.intro}</p>
            <p class="notice">{h.privacy}</p>
            <div class="field">
                <label for="chuan">{h.standard_label}</label>
                <select
                    id="chuan"
                    prop:disabled=reading
                    on:change=move |ev| {
                        standard_id.set(event_target_value(&ev));
                        start(since_start_ms());
                    }
                >
                    {options}
                </select>
                {about}
            </div>
            <div class="field">
                <label for="tep">{h.file_label}</label>
                <input
                    id="tep"
                    type="file"
                    accept=".csv,text/csv,text/plain,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    on:change=on_file
                />
                <p class="hint">{h.file_hint}</p>
            </div>
            <div class="progress-line">{progress_line}</div>
            <p role="status" id="trang-thai" aria-live="polite">
                {move || (!file_name.get().is_empty()).then(|| format!("{}: ", file_name.get()))}
                {status}
            </p>
            {move || sheet_choice(sheets.get(), on_sheet)}
            {results}
            {column_step}
            <KeepInDraft list=shown open=open_kept />
        </Page>
    }
}
