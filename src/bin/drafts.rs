//! The drafts bundle (`/ban-nhap/`): the only page that reads draft files.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::drafts);
}
