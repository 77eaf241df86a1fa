//! Work done when edits pause rather than at every keystroke: writing a
//! page's address or its draft costs milliseconds that typing in a large
//! table cannot spare. Done at once when the page is hidden or left, so
//! nothing typed is lost.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

/// How long typing must pause before the work is done.
pub const PAUSE: Duration = Duration::from_millis(300);

#[derive(Clone)]
pub struct Paused {
    work: Rc<dyn Fn()>,
    pending: Rc<Cell<Option<TimeoutHandle>>>,
}

impl Paused {
    /// `work`, to be asked for with [`Paused::schedule`]. Lives as long as
    /// the component that makes it.
    pub fn new(work: impl Fn() + 'static) -> Paused {
        // A timer runs outside the component: give the work its context back
        // (the language, the site's base).
        let owner = Owner::current();
        let paused = Paused {
            work: Rc::new(move || match &owner {
                Some(owner) => owner.with(&work),
                None => work(),
            }),
            pending: Rc::new(Cell::new(None)),
        };
        // `pagehide` covers leaving and closing; a hidden tab may be killed
        // without one on phones, so `visibilitychange` too.
        let on_hide = window_event_listener_untyped("pagehide", {
            let paused = paused.clone();
            move |_| paused.flush()
        });
        let on_hidden = window_event_listener_untyped("visibilitychange", {
            let paused = paused.clone();
            move |_| {
                if document().visibility_state() == web_sys::VisibilityState::Hidden {
                    paused.flush();
                }
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_hidden.remove();
        });
        paused
    }

    /// Does the work once edits have paused for [`PAUSE`].
    pub fn schedule(&self) {
        if let Some(handle) = self.pending.take() {
            handle.clear();
        }
        let paused = self.clone();
        self.pending
            .set(set_timeout_with_handle(move || paused.flush(), PAUSE).ok());
    }

    /// Does the work now if it is waiting.
    pub fn flush(&self) {
        if let Some(handle) = self.pending.take() {
            handle.clear();
            (self.work)();
        }
    }
}
