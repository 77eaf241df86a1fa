use leptos::prelude::*;
use poverty_rules::{Status, status_label};

use crate::i18n::{pick, use_lang};

/// Marks a rule that is not verified; says nothing for a verified one.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let class = match status {
        Status::Unverified => "status status-unverified",
        _ => "status status-secondary",
    };
    status_label(status).map(|label| view! { <span class=class>{pick(use_lang(), &label)}</span> })
}
