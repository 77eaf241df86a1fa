//! The plan bundle: the editor (`/ke-hoach/`) and the print preview
//! (`/ke-hoach/in/`), which share the plan's document model.

use giamngheo::pages::{PlanPage, PlanPrintPage};
use giamngheo::section::Section;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|section| match section {
        Some(Section::PlanPrint) => view! { <PlanPrintPage /> }.into_any(),
        _ => view! { <PlanPage /> }.into_any(),
    });
}
