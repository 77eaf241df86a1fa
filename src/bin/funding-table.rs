//! The funding table bundle (`/kinh-phi/bang/`): print and CSV.

use giamngheo::pages::FundingTablePage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <FundingTablePage /> }.into_any());
}
