//! Work done in web workers, each its own bundle (`crates/site-map`'s
//! `WORKERS`, `src/bin/<name>.rs`, `<name>.js` at the site's root), so
//! that no page's first load carries it and a long job runs off the
//! page's thread:
//!
//! - [`reader`]: tables read from the files users give a page (CSV, and
//!   .xlsx through calamine);
//! - [`writer`]: tables written as .xlsx workbooks (rust_xlsxwriter).
//!
//! A page starts a worker per job ([`client::ask`]); the worker says it
//! is ready with its protocol version, the page sends the job (an array:
//! its kind, then the job's own values); the worker may report its
//! progress, then answers once. A worker of another release (a stale
//! cache) is refused by its version.

use std::future::Future;

use js_sys::Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

pub mod client;
pub mod reader;
pub mod writer;

/// A page and a worker agree on this, or the page asks for a reload.
const PROTOCOL: &str = "3";
/// The worker's first message: `ready:<PROTOCOL>`.
const READY: &str = "ready:";
/// Before a progress report (`Progress::to_text`).
const PROGRESS: &str = "progress:";

/// The workers a page may start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Worker {
    Reader,
    Writer,
}

impl Worker {
    /// Its bundle's name in `site_map::WORKERS`, and so its script,
    /// `<name>.js` at the site's root (`xtask`'s `workers.rs` writes it).
    fn name(self) -> &'static str {
        match self {
            Worker::Reader => "reader",
            Worker::Writer => "writer",
        }
    }
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// The worker's side: answers each job with `answer`, then tells the page
/// it is ready. It has no window and no storage: the page sends whatever
/// the job needs from them.
fn serve<F, A>(answer: F)
where
    F: Fn(Array) -> A + 'static,
    A: Future<Output = JsValue> + 'static,
{
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = answer(event.data().unchecked_into());
        spawn_local(async move {
            let _ = scope().post_message(&reply.await);
        });
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page wants it.
    on_message.forget();
    let _ = scope().post_message(&format!("{READY}{PROTOCOL}").into());
}

/// Tells the page how far the job has got.
fn report_progress(progress: &str) {
    let _ = scope().post_message(&format!("{PROGRESS}{progress}").into());
}
