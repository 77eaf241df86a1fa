//! The plan's projects bundle (`/ke-hoach/du-an/`): each project's section
//! and who does what, apart from the plan's other pages.

use giamngheo::pages::PlanProjectsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanProjectsPage /> }.into_any());
}
