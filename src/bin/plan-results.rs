//! The plan's last-year bundle (`/ke-hoach/ket-qua/`): last year's reviews
//! and targets and what the plan writes of them, apart from the plan's
//! other parts so that no page carries every generator.

use giamngheo::pages::PlanResultsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanResultsPage /> }.into_any());
}
