//! Work done when edits pause rather than at every keystroke: writing a
//! page's address or its draft costs milliseconds that typing in a large
//! table cannot spare. Done at once when the page is hidden or left, and
//! before the page renders anew in another language, so nothing typed is
//! lost.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::time::Duration;

use leptos::prelude::*;

/// How long typing must pause before the work is done.
pub const PAUSE: Duration = Duration::from_millis(300);

struct Inner {
    work: Box<dyn Fn()>,
    pending: Cell<Option<TimeoutHandle>>,
}

impl Inner {
    fn flush(&self) {
        if let Some(handle) = self.pending.take() {
            handle.clear();
            (self.work)();
        }
    }
}

thread_local! {
    /// Every live `Paused` of the page, for [`flush_all`].
    static LIVE: RefCell<Vec<Weak<Inner>>> = const { RefCell::new(Vec::new()) };
}

/// Does every waiting work now: before the page is torn down and drawn
/// again (a change of language), which would drop it.
pub fn flush_all() {
    let live: Vec<Rc<Inner>> = LIVE.with_borrow_mut(|live| {
        live.retain(|w| w.strong_count() > 0);
        live.iter().filter_map(Weak::upgrade).collect()
    });
    for paused in live {
        paused.flush();
    }
}

#[derive(Clone)]
pub struct Paused(Rc<Inner>);

impl Paused {
    /// `work`, to be asked for with [`Paused::schedule`]. Lives as long as
    /// the component that makes it.
    pub fn new(work: impl Fn() + 'static) -> Paused {
        // A timer runs outside the component: give the work its context back
        // (the language, the site's base).
        let owner = Owner::current();
        let paused = Paused(Rc::new(Inner {
            work: Box::new(move || match &owner {
                Some(owner) => owner.with(&work),
                None => work(),
            }),
            pending: Cell::new(None),
        }));
        LIVE.with_borrow_mut(|live| live.push(Rc::downgrade(&paused.0)));
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
        if let Some(handle) = self.0.pending.take() {
            handle.clear();
        }
        let paused = self.clone();
        self.0
            .pending
            .set(set_timeout_with_handle(move || paused.flush(), PAUSE).ok());
    }

    /// Does the work now if it is waiting.
    pub fn flush(&self) {
        self.0.flush();
    }
}
