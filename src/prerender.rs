//! Pages drawn at build time, natively, by the same components the bundles
//! mount (`prerender/`, which `xtask build-site` runs): a page's HTML then
//! holds its text, readable before the bundle has loaded and with scripts
//! off. The bundle replaces it when it starts
//! (`shell::start_over_prerendered`); the runner marks it so, and disables
//! its form controls meanwhile.
//!
//! Only pages that are the same for every visitor until the bundle runs
//! are drawn: they read neither storage nor the address while drawing (a
//! browser call made natively panics, so such a page fails the build).
//! They are drawn in Vietnamese, the site's first language.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::base::{SiteBase, router_base};
use crate::bundles;
use crate::i18n::{Lang, Locale};
use crate::section::Section;
use crate::shell::frame;

/// The path of a page drawn at build time, which its skip link names:
/// there is no window to read it from.
#[derive(Clone)]
pub struct PagePath(pub String);

/// Where a page drawn at build time puts its title: there is no document.
#[derive(Clone, Copy)]
pub struct DocumentTitle(pub RwSignal<String>);

/// A page drawn at build time.
pub struct Prerendered {
    /// The document's title, as the page sets it.
    pub title: String,
    /// The page as the shell draws it, in HTML.
    pub html: String,
}

/// The bundle content of a page that is drawn at build time.
fn content_of(section: Section) -> Option<fn(Option<Section>) -> AnyView> {
    match section {
        Section::Home => Some(bundles::home),
        Section::Criteria | Section::UnverifiedRules => Some(bundles::criteria),
        _ => None,
    }
}

/// `section`'s page drawn for a site served under `base_path` (`/`, or
/// `/giamngheo/`); `None` for a page that is not drawn at build time.
pub fn page(section: Section, base_path: &str) -> Option<Prerendered> {
    let content = content_of(section)?;
    let owner = Owner::new();
    owner.with(|| {
        let site = SiteBase(router_base(base_path));
        provide_context(PagePath(site.href(section)));
        provide_context(Locale(RwSignal::new(Lang::Vi)));
        provide_context(Lang::Vi);
        provide_context(site);
        let title = RwSignal::new(String::new());
        provide_context(DocumentTitle(title));
        let html = frame(Some(section), content(Some(section))).to_html();
        Some(Prerendered {
            title: title.get_untracked(),
            html,
        })
    })
}
