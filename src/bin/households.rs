//! The household-list bundle (`/chi-tieu/danh-sach-ho/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::households);
}
