use leptos::prelude::*;

/// A wide table's frame: on a narrow screen the table scrolls sideways
/// inside it, not the page. The frame takes the keyboard's focus, so a
/// keyboard user can scroll it with the arrow keys too.
#[component]
pub fn TableScroll(children: Children) -> impl IntoView {
    view! { <div class="table-scroll" tabindex="0">{children()}</div> }
}
