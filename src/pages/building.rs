use leptos::prelude::*;

use crate::components::Page;
use crate::i18n::{SectionTexts, Texts, use_texts};

/// A section whose tool is not built yet: it says what it will do and that
/// it calculates nothing for now.
#[component]
pub fn Building(section: fn(&'static Texts) -> &'static SectionTexts) -> impl IntoView {
    let t = use_texts();
    let texts = section(t);
    view! {
        <Page title=texts.title>
            <p class="lead">{texts.summary}</p>
            <p class="notice" role="note">{t.building_notice}</p>
        </Page>
    }
}
