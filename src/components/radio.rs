use leptos::prelude::*;

/// One radio button with its label, in a `.choices` fieldset.
pub fn radio(
    name: &'static str,
    id: &'static str,
    label: &'static str,
    checked: Signal<bool>,
    on_pick: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="radio" name=name id=id prop:checked=move || checked.get() on:change=move |_| on_pick() />
            <label for=id>{label}</label>
        </div>
    }
}

/// A radio button that sets `signal` to `value`.
pub fn radio_for<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    id: &'static str,
    label: &'static str,
    value: T,
    signal: RwSignal<T>,
) -> impl IntoView {
    radio(
        name,
        id,
        label,
        Signal::derive(move || signal.get() == value),
        move || signal.set(value),
    )
}
