use leptos::prelude::*;

use crate::components::Page;
use crate::i18n::{SectionTexts, Texts, use_texts};

/// A section whose tool is not built yet: it says what it will do and that
/// it calculates nothing for now.
#[component]
pub fn Building(section: fn(&'static Texts) -> &'static SectionTexts) -> impl IntoView {
    let t = use_texts();
    view! {
        <Page title=Signal::derive(move || section(t.get()).title)>
            <p class="lead">{move || section(t.get()).summary}</p>
            <p class="notice" role="note">{move || t.get().building_notice}</p>
        </Page>
    }
}
