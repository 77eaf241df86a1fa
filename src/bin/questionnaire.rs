//! The guided questionnaire bundle (`/phan-loai-ho/cau-hoi/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::questionnaire);
}
