//! The local standards bundle (`/chuan-ngheo/dia-phuong/`).

use giamngheo::pages::LocalStandardsPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <LocalStandardsPage /> }.into_any());
}
