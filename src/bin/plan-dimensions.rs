//! The plan's targets per dimension bundle (`/ke-hoach/thieu-hut/`): the
//! table of indicators, baselines and targets, checked as typed.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_dimensions);
}
