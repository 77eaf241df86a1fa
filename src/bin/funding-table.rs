//! The funding table bundle (`/kinh-phi/bang/`): print and CSV.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::funding_table);
}
