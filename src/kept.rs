//! Page state that outlives a render of the page. The shell renders the
//! whole page anew when the language changes (`shell.rs`), which drops
//! every signal a page made; what cannot be read back from the address or
//! the draft (a list read from a file, the figures computed from it, the
//! choices beside it) is kept here instead, owned by the shell.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;

/// The shell's store of kept signals, by key.
#[derive(Clone)]
pub struct Kept {
    owner: Owner,
    signals: Rc<RefCell<HashMap<&'static str, Box<dyn Any>>>>,
}

impl Kept {
    /// Provided by the shell, outside what it renders anew.
    pub fn provide() {
        provide_context(Kept {
            owner: Owner::current().expect("the shell's owner"),
            signals: Rc::default(),
        });
    }
}

/// The signal kept under `key`, made with `init` the first time a page asks
/// for it. A key names one value of one page; each page is its own bundle,
/// so keys need only differ within a page.
pub fn kept<T: Send + Sync + 'static>(key: &'static str, init: impl FnOnce() -> T) -> RwSignal<T> {
    let Some(kept) = use_context::<Kept>() else {
        // Outside the shell (a component test): nothing re-renders it.
        return RwSignal::new(init());
    };
    let mut signals = kept.signals.borrow_mut();
    if let Some(signal) = signals.get(key).and_then(|s| s.downcast_ref::<RwSignal<T>>()) {
        return *signal;
    }
    let signal = kept.owner.with(|| RwSignal::new(init()));
    signals.insert(key, Box::new(signal));
    signal
}
