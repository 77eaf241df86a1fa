//! The Word export bundle (`/ke-hoach/word/`): the .docx writer, loaded
//! only by someone who asks for the file.

fn main() {
    giamngheo::shell::start_over_prerendered(giamngheo::bundles::plan_word);
}
