//! The project catalogue bundle (`/kinh-phi/danh-muc/`).

use giamngheo::pages::FundingCataloguePage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <FundingCataloguePage /> }.into_any());
}
