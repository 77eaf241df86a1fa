//! The funding bundle (`/kinh-phi/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::funding);
}
