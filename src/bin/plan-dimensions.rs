//! The plan's targets per dimension bundle (`/ke-hoach/thieu-hut/`): the
//! table of indicators, baselines and targets, checked as typed.

use giamngheo::pages::PlanDimensionsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanDimensionsPage /> }.into_any());
}
