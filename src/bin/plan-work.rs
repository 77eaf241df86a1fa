//! The plan's content and implementation bundle (`/ke-hoach/thuc-hien/`):
//! the funding summary and who does what, apart from the plan's frame.

use giamngheo::pages::PlanWorkPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanWorkPage /> }.into_any());
}
