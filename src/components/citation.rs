use leptos::prelude::*;

/// A legal citation. A law is cited by its Vietnamese name in either
/// language; `lang="vi"` has a screen reader read it as Vietnamese.
#[component]
pub fn Citation(#[prop(into)] text: String) -> impl IntoView {
    view! { <cite lang="vi">{text}</cite> }
}
