//! The plan's print preview bundle (`/ke-hoach/in/`): the A4 document, apart
//! from the editor so that neither carries the other.

use giamngheo::pages::PlanPrintPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanPrintPage /> }.into_any());
}
