//! The home bundle: the home page and the not-found page. Kept small: it
//! is what a first visit downloads.

fn main() {
    giamngheo::shell::start(giamngheo::bundles::home);
}
