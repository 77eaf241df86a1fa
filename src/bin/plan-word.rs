//! The Word export bundle (`/ke-hoach/word/`): the .docx writer, loaded
//! only by someone who asks for the file.

use giamngheo::pages::PlanWordPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <PlanWordPage /> }.into_any());
}
