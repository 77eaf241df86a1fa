//! The plan editor bundle (`/ke-hoach/`): the plan's frame, from its header
//! to its signature; the body's parts are pages of their own.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan);
}
