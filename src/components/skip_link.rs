use leptos::prelude::*;

use crate::i18n::use_texts;

/// The first stop for keyboard users: straight to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#noi-dung">{use_texts().skip_to_content}</a> }
}
