//! The plan's outline bundle (`/ke-hoach/bo-cuc/`): the body's parts
//! reordered and renamed, and parts of the officer's own.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_outline);
}
