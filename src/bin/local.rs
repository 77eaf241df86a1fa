//! The local standards bundle (`/chuan-ngheo/dia-phuong/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::local);
}
