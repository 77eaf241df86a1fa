//! The plan's projects bundle (`/ke-hoach/du-an/`): each project's section
//! and who does what, apart from the plan's other pages.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_projects);
}
