//! The frame every bundle shares: language, skip link, header, the page's
//! content, footer. Each section of the site is its own small bundle (see
//! ARCHITECTURE.md), so a bundle mounts the shell with its own content.

use leptos::prelude::*;

use crate::base::{SiteBase, document_base_path, router_base};
use crate::components::{CONTENT_ID, SiteFooter, SiteHeader, SkipLink};
use crate::i18n::{Lang, Locale};
use crate::kept::Kept;
use crate::prefs;
use crate::section::Section;
use site_map::PRERENDERED_ID;

/// Mounts the site with `content`, which gets the section the address
/// names (`None` for an address the site does not have).
pub fn start(content: fn(Option<Section>) -> AnyView) {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(move || view! { <Shell content /> });
    // Mounting is synchronous: from here the page answers input. The
    // benchmark reads this mark as the time to interactive.
    if let Some(performance) = window().performance() {
        let _ = performance.mark(INTERACTIVE_MARK);
    }
}

/// [`start`] for a bundle whose pages are drawn at build time
/// (`bundles.rs`): the page drawn goes in the same task as the bundle's
/// takes its place, so no frame shows neither, or both. Only those bundles
/// carry this.
pub fn start_over_prerendered(content: fn(Option<Section>) -> AnyView) {
    if let Some(prerendered) = document().get_element_by_id(PRERENDERED_ID) {
        prerendered.remove();
    }
    start(content);
}

/// The performance mark set once the page is mounted and answers input.
pub const INTERACTIVE_MARK: &str = "giamngheo-interactive";

#[component]
pub fn Shell(content: fn(Option<Section>) -> AnyView) -> impl IntoView {
    let lang = RwSignal::new(prefs::load_lang().unwrap_or_default());
    provide_context(Locale(lang));
    let site = SiteBase(router_base(&document_base_path()));
    let section = site.section_of(&window().location().pathname().unwrap_or_default());
    provide_context(site);
    Kept::provide();

    // Everything renders anew in the chosen language. Page state that must
    // survive lives in the URL, in storage, or is kept (`kept.rs`), not in
    // the render.
    move || {
        let current = lang.get();
        set_document_lang(current);
        provide_context(current);
        frame(section, content(section))
    }
}

/// What the shell draws around a page's content: the same when
/// pre-rendered (`src/prerender.rs`).
pub fn frame(section: Option<Section>, content: AnyView) -> impl IntoView {
    view! {
        <SkipLink />
        <SiteHeader current=section />
        <main id=CONTENT_ID tabindex="-1">{content}</main>
        <SiteFooter />
    }
}

/// Screen readers and hyphenation follow `<html lang>`.
fn set_document_lang(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}
