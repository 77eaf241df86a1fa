//! The plan editor bundle (`/ke-hoach/`).

use giamngheo::pages::PlanPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanPage /> }.into_any());
}
