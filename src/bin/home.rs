//! The home bundle: the home page and the not-found page. Kept small: it
//! is what a first visit downloads.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::home);
}
