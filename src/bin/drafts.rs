//! The drafts bundle (`/ban-nhap/`): the only page that reads draft files.

use giamngheo::pages::DraftsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <DraftsPage /> }.into_any());
}
