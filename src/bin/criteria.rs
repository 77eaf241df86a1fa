//! The poverty criteria bundle (`/chuan-ngheo/`), and the list of rules
//! not yet checked against the texts (`/chuan-ngheo/chua-doi-chieu/`).

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::criteria);
}
