//! The household classification bundle (`/phan-loai-ho/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::classify);
}
