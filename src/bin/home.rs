//! The home bundle: the home page, the sections still being built, and the
//! not-found page. Kept small: it is what a first visit downloads.

use giamngheo::pages::{Building, Home, NotFound};
use giamngheo::section::Section;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|section| match section {
        Some(Section::Home) => view! { <Home /> }.into_any(),
        Some(section) => view! { <Building section /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    });
}
