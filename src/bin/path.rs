//! The multi-year path bundle (`/chi-tieu/lo-trinh/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::path);
}
