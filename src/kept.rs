//! Page state that outlives a render of the page. The shell renders the
//! whole page anew when the language changes (`shell.rs`), which drops
//! every signal a page made; what cannot be read back from the address or
//! the draft (a list read from a file, the figures computed from it, the
//! questionnaire's answers) is kept here instead, owned by the shell.

use std::any::Any;
use std::collections::HashMap;

use leptos::prelude::*;

/// The shell's store of kept signals, by key.
#[derive(Clone, Copy)]
pub struct Kept {
    owner: StoredValue<Owner>,
    signals: StoredValue<HashMap<&'static str, Box<dyn Any>>, LocalStorage>,
}

impl Kept {
    /// Provided by the shell, outside what it renders anew.
    pub fn provide() {
        provide_context(Kept {
            owner: StoredValue::new(Owner::current().expect("the shell's owner")),
            signals: StoredValue::new_local(HashMap::new()),
        });
    }
}

/// The signal kept under `key`, made with `init` the first time a page asks
/// for it. A key names one value of one page; each page is its own bundle,
/// so keys need only differ within a page.
pub fn kept<T: Send + Sync + 'static>(key: &'static str, init: impl FnOnce() -> T) -> RwSignal<T> {
    let Some(kept) = use_context::<Kept>() else {
        // Outside the shell (a component test): nothing renders it anew.
        return RwSignal::new(init());
    };
    if let Some(signal) = kept
        .signals
        .with_value(|s| s.get(key).and_then(|s| s.downcast_ref::<RwSignal<T>>()).copied())
    {
        return signal;
    }
    let signal = kept.owner.with_value(|owner| owner.with(|| RwSignal::new(init())));
    kept.signals.update_value(|s| {
        s.insert(key, Box::new(signal));
    });
    signal
}
