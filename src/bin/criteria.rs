//! The poverty criteria bundle (`/chuan-ngheo/`).

use giamngheo::pages::CriteriaPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <CriteriaPage /> }.into_any());
}
