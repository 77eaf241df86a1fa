use leptos::prelude::*;

/// What a page's checks found, one item each, or the sentence saying they
/// found nothing.
pub fn findings(lines: Vec<String>, none: &'static str) -> AnyView {
    if lines.is_empty() {
        view! { <p>{none}</p> }.into_any()
    } else {
        view! { <ul class="problems">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
            .into_any()
    }
}
