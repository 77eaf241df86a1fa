//! The household-list bundle (`/chi-tieu/danh-sach-ho/`).

use giamngheo::pages::HouseholdsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <HouseholdsPage /> }.into_any());
}
