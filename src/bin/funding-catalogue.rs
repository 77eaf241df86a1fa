//! The project catalogue bundle (`/kinh-phi/danh-muc/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::funding_catalogue);
}
