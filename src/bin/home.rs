//! The home bundle: the home page and the not-found page. Kept small: it
//! is what a first visit downloads.

use giamngheo::pages::{Home, NotFound};
use giamngheo::section::Section;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|section| match section {
        Some(Section::Home) => view! { <Home /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    });
}
