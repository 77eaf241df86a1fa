//! The target annex bundle (`/chi-tieu/bieu/`): print, CSV out and in.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::annex);
}
