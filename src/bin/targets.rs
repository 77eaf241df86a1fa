//! The targets bundle (`/chi-tieu/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::targets);
}
