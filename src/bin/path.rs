//! The multi-year path bundle (`/chi-tieu/lo-trinh/`).

use giamngheo::pages::PathPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PathPage /> }.into_any());
}
