use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_texts;

/// The id of the page's `<main>`, where the skip link leads.
pub const CONTENT_ID: &str = "noi-dung";

/// The first stop for keyboard users: straight to the page's content. The
/// page's `<base href>` would resolve a bare `#noi-dung` to the site's home,
/// so the link names its own page, and a click moves the focus itself
/// (Tab then goes on from the content, not from the top).
#[component]
pub fn SkipLink() -> impl IntoView {
    // Drawn at build time, the page's path is given: there is no window.
    #[cfg(feature = "prerender")]
    let path = expect_context::<crate::prerender::PagePath>().0;
    #[cfg(not(feature = "prerender"))]
    let path = window().location().pathname().unwrap_or_default();
    let href = format!("{path}#{CONTENT_ID}");
    let to_content = |ev: leptos::ev::MouseEvent| {
        let main = document().get_element_by_id(CONTENT_ID);
        if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            ev.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! { <a class="skip-link" href=href on:click=to_content>{use_texts().skip_to_content}</a> }
}
