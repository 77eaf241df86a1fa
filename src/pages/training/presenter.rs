//! The presenter for a projector: large type, one slide at a time, moved
//! by the arrow keys or the buttons, each step announced.

use leptos::ev;
use leptos::prelude::*;
use training::Slide;

use crate::i18n::training_texts;

#[component]
pub fn Presenter(slides: Vec<Slide>, render: Box<dyn Fn(Slide) -> AnyView + Send + Sync>) -> impl IntoView {
    let t = training_texts();
    let last = slides.len().saturating_sub(1);
    let current = RwSignal::new(0usize);
    let next = move || current.update(|c| *c = (*c + 1).min(last));
    let previous = move || current.update(|c| *c = c.saturating_sub(1));
    let listener = window_event_listener(ev::keydown, move |e| match e.key().as_str() {
        "ArrowRight" | "PageDown" => {
            e.prevent_default();
            next();
        }
        "ArrowLeft" | "PageUp" => {
            e.prevent_default();
            previous();
        }
        _ => {}
    });
    on_cleanup(move || listener.remove());
    let total = slides.len();
    let shown = move || slides.get(current.get()).map(|slide| render(*slide));

    view! {
        <div class="presenter">
            <p class="step-count" id="buoc">{t.step} " " {move || current.get() + 1} "/" {total}</p>
            <div class="slide" id="trang-chieu" aria-live="polite">{shown}</div>
            <div class="actions no-print">
                <button type="button" id="truoc" prop:disabled=move || current.get() == 0 on:click=move |_| previous()>{t.previous}</button>
                <button type="button" id="tiep" prop:disabled=move || current.get() == last on:click=move |_| next()>{t.next}</button>
            </div>
            <p class="hint no-print">{t.keys_hint}</p>
        </div>
    }
}
