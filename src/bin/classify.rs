//! The household classification bundle (`/phan-loai-ho/`).

use giamngheo::pages::ClassifyPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <ClassifyPage /> }.into_any());
}
