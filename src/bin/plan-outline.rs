//! The plan's outline bundle (`/ke-hoach/bo-cuc/`): the body's parts
//! reordered and renamed, and parts of the officer's own.

use giamngheo::pages::PlanOutlinePage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanOutlinePage /> }.into_any());
}
