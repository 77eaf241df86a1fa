//! The poverty criteria bundle (`/chuan-ngheo/`), and the list of rules
//! not yet checked against the texts (`/chuan-ngheo/chua-doi-chieu/`).

use giamngheo::pages::{CriteriaPage, UnverifiedRulesPage};
use giamngheo::section::Section;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|section| match section {
        Some(Section::UnverifiedRules) => view! { <UnverifiedRulesPage /> }.into_any(),
        _ => view! { <CriteriaPage /> }.into_any(),
    });
}
