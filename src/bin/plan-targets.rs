//! The plan's targets bundle (`/ke-hoach/muc-tieu/`): its purpose,
//! objectives and targets in every form, apart from the plan's other parts
//! so that no page carries every generator.

use giamngheo::pages::PlanTargetsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanTargetsPage /> }.into_any());
}
