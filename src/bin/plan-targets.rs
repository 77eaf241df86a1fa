//! The plan's targets bundle (`/ke-hoach/muc-tieu/`): its purpose,
//! objectives and targets in every form, apart from the plan's other parts
//! so that no page carries every generator.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_targets);
}
