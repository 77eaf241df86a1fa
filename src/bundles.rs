//! The content of the bundles whose pages are pre-rendered at build time
//! (`src/prerender.rs`): one function per bundle, which its binary mounts
//! (with `shell::start_over_prerendered`) and the pre-render draws, so
//! that both draw the same page.

use leptos::prelude::*;

use crate::pages::{CriteriaPage, Home, NotFound, UnverifiedRulesPage};
use crate::section::Section;

/// The home bundle: the home page and the not-found page.
pub fn home(section: Option<Section>) -> AnyView {
    match section {
        Some(Section::Home) => view! { <Home /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// The criteria bundle: the plain-language criteria and the rules not yet
/// verified.
pub fn criteria(section: Option<Section>) -> AnyView {
    match section {
        Some(Section::UnverifiedRules) => view! { <UnverifiedRulesPage /> }.into_any(),
        _ => view! { <CriteriaPage /> }.into_any(),
    }
}
