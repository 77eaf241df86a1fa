use leptos::prelude::*;

use crate::components::Page;
use crate::i18n::use_texts;
use crate::section::Section;

/// A section whose tool is not built yet: it says what it will do and that
/// it calculates nothing for now.
#[component]
pub fn Building(section: Section) -> impl IntoView {
    let t = use_texts();
    t.section(section).map(|texts| {
        view! {
            <Page title=texts.title>
                <p class="lead">{texts.summary}</p>
                <p class="notice" role="note">{t.building_notice}</p>
            </Page>
        }
    })
}
