//! The training bundle (`/tap-huan/`): case studies, exercises, the
//! presenter and the handouts.

use giamngheo::pages::TrainingPage;
use leptos::prelude::*;

fn main() {
    giamngheo::shell::start(|_| view! { <TrainingPage /> }.into_any());
}
