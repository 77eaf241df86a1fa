//! The page's side: a worker started for one job and ended with it.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, WorkerOptions, WorkerType};

use super::{PROGRESS, PROTOCOL, READY, Worker};
use crate::base::document_base_path;
use crate::i18n::{Lang, WorkerTexts};

/// Why a job got no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The worker could not be loaded: offline before the site was kept
    /// for offline use, or the file is missing.
    Unavailable,
    /// The worker stopped while reading.
    Stopped,
    /// The worker is of another release than the page.
    Outdated,
    /// The page no longer wants the answer (another file, cancel).
    Cancelled,
}

impl Failure {
    /// `(vi, en)` from the worker's `texts` (`i18n::reader_texts`,
    /// `i18n::writer_texts`): a page carries only those of the workers it
    /// starts.
    pub fn message(self, texts: fn(Lang) -> &'static WorkerTexts) -> (String, String) {
        let [vi, en] = [Lang::Vi, Lang::En].map(|lang| {
            let t = texts(lang);
            match self {
                Failure::Unavailable => t.unavailable,
                Failure::Stopped => t.stopped,
                Failure::Outdated => t.outdated,
                Failure::Cancelled => t.cancelled,
            }
            .to_owned()
        });
        (vi, en)
    }
}

/// Sends `job` to a new `worker` and returns its answer, calling
/// `on_progress` with each progress report it makes; when that returns
/// `false` the worker is stopped there and then. The worker ends with the
/// job.
pub async fn ask(worker: Worker, job: Array, on_progress: Box<dyn Fn(&str) -> bool>) -> Result<JsValue, Failure> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let url = format!("{}{}.js", document_base_path(), worker.name());
    let worker = web_sys::Worker::new_with_options(&url, &options).map_err(|_| Failure::Unavailable)?;
    let mut settle: Option<(Function, Function)> = None;
    let answered = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let Some((resolve, reject)) = settle else {
        return Err(Failure::Unavailable);
    };
    let ready = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_message = {
        let (worker, ready, reject) = (worker.clone(), ready.clone(), reject.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let text = data.as_string().unwrap_or_default();
            if let Some(progress) = text.strip_prefix(PROGRESS) {
                if !on_progress(progress) {
                    worker.terminate();
                    let _ = reject.call1(&JsValue::NULL, &"cancelled".into());
                }
                return;
            }
            match text.strip_prefix(READY) {
                Some(PROTOCOL) if !ready.get() => {
                    ready.set(true);
                    if worker.post_message(&job).is_err() {
                        let _ = reject.call1(&JsValue::NULL, &"stopped".into());
                    }
                }
                Some(_) if !ready.get() => {
                    let _ = reject.call1(&JsValue::NULL, &"outdated".into());
                }
                _ => {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            }
        })
    };
    let on_error = {
        let ready = ready.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            // Keeps the error from the console as "uncaught": it is told.
            if let Some(event) = event.dyn_ref::<web_sys::Event>() {
                event.prevent_default();
            }
            let why = if ready.get() { "stopped" } else { "unavailable" };
            let _ = reject.call1(&JsValue::NULL, &why.into());
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let answer = JsFuture::from(answered).await;
    worker.terminate();
    drop((on_message, on_error));
    answer.map_err(|why| match why.as_string().as_deref() {
        Some("outdated") => Failure::Outdated,
        Some("cancelled") => Failure::Cancelled,
        Some("unavailable") => Failure::Unavailable,
        _ => Failure::Stopped,
    })
}
