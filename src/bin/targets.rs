//! The targets bundle (`/chi-tieu/`).

use giamngheo::pages::TargetsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <TargetsPage /> }.into_any());
}
