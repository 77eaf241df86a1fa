use leptos::prelude::*;
use poverty_rules::{Status, status_label};

use crate::i18n::{pick, use_locale};

/// Marks a rule that is not verified; says nothing for a verified one.
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<Status>) -> impl IntoView {
    let lang = use_locale().0;
    move || {
        let status = status.get();
        status_label(status).map(|label| {
            let class = match status {
                Status::Unverified => "status status-unverified",
                _ => "status status-secondary",
            };
            view! { <span class=class>{pick(lang.get(), &label)}</span> }
        })
    }
}
