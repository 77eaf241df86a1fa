//! The funding bundle (`/kinh-phi/`).

use giamngheo::pages::FundingPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <FundingPage /> }.into_any());
}
