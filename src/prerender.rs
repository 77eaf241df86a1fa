//! Pages drawn at build time, natively, by the same components the bundles
//! mount (`prerender/`, which `xtask build-site` runs): a page's HTML then
//! holds its text, readable before the bundle has loaded and with scripts
//! off. The bundle replaces it when it starts
//! (`shell::start_over_prerendered`); the runner marks it so, and disables
//! its form controls meanwhile.
//!
//! Every page is drawn as a first visit sees it, in Vietnamese, the site's
//! first language: nothing stored, nothing in the address
//! (`browser::window` is `None` here), today's date in Việt Nam. A page
//! whose drawing depends on what the visitor has stored says that it is
//! still reading it (`browser::stored_or_reading`) rather than showing a
//! first visit's "nothing yet".

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::base::{SiteBase, router_base};
use crate::bundles;
use crate::i18n::{Lang, Locale};
use crate::section::Section;
use crate::shell::frame;
use site_map::NOT_FOUND_FILE;

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

/// The content a page's bundle mounts.
fn content_of(section: Section) -> fn(Option<Section>) -> AnyView {
    match section {
        Section::Home => bundles::home,
        Section::Criteria | Section::UnverifiedRules => bundles::criteria,
        Section::Classify => bundles::classify,
        Section::Questionnaire => bundles::questionnaire,
        Section::Targets => bundles::targets,
        Section::Households => bundles::households,
        Section::Path => bundles::path,
        Section::Annex => bundles::annex,
        Section::Funding => bundles::funding,
        Section::FundingTable => bundles::funding_table,
        Section::FundingCatalogue => bundles::funding_catalogue,
        Section::Plan => bundles::plan,
        Section::PlanResults => bundles::plan_results,
        Section::PlanTargets => bundles::plan_targets,
        Section::PlanDimensions => bundles::plan_dimensions,
        Section::PlanWork => bundles::plan_work,
        Section::PlanProjects => bundles::plan_projects,
        Section::PlanOutline => bundles::plan_outline,
        Section::PlanPrint => bundles::plan_print,
        Section::PlanWord => bundles::plan_word,
        Section::Drafts => bundles::drafts,
        Section::Training => bundles::training,
        Section::LocalStandards => bundles::local,
    }
}

/// `section`'s page, or the not-found page for `None`, drawn for a site
/// served under `base_path` (`/`, or `/giamngheo/`).
pub fn page(section: Option<Section>, base_path: &str) -> Prerendered {
    // The home bundle draws the not-found page.
    let content = match section {
        Some(section) => content_of(section),
        None => bundles::home,
    };
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        let site = SiteBase(router_base(base_path));
        // The not-found page answers any address; its skip link names the
        // file that holds it.
        provide_context(PagePath(match section {
            Some(section) => site.href(section),
            None => format!("{}/{NOT_FOUND_FILE}", site.0),
        }));
        provide_context(Locale(RwSignal::new(Lang::Vi)));
        provide_context(Lang::Vi);
        provide_context(site);
        let title = RwSignal::new(String::new());
        provide_context(DocumentTitle(title));
        let html = frame(section, content(section)).to_html();
        Prerendered {
            title: title.get_untracked(),
            html,
        }
    })
}
