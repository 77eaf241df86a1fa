//! The guided questionnaire bundle (`/phan-loai-ho/cau-hoi/`).

use giamngheo::pages::QuestionnairePage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <QuestionnairePage /> }.into_any());
}
