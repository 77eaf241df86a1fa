//! The plan editor bundle (`/ke-hoach/`): the plan's frame, from its header
//! to its signature; the body's parts are pages of their own.

use giamngheo::pages::PlanPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanPage /> }.into_any());
}
