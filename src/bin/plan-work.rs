//! The plan's content and implementation bundle (`/ke-hoach/thuc-hien/`):
//! the funding summary and who does what, apart from the plan's frame.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_work);
}
