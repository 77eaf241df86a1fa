//! The target annex bundle (`/chi-tieu/bieu/`): print, CSV out and in.

use giamngheo::pages::AnnexPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <AnnexPage /> }.into_any());
}
