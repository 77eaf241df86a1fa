//! The training bundle (`/tap-huan/`): case studies, exercises, the
//! presenter and the handouts.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::training);
}
