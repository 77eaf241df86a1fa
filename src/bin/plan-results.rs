//! The plan's last-year bundle (`/ke-hoach/ket-qua/`): last year's reviews
//! and targets and what the plan writes of them, apart from the plan's
//! other parts so that no page carries every generator.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_results);
}
