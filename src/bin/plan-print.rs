//! The plan's print preview bundle (`/ke-hoach/in/`): the A4 document, apart
//! from the editor so that neither carries the other.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_print);
}
