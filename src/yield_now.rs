//! Hands control back to the browser between chunks of a long job, so the
//! page keeps painting and the cancel button keeps working.

use wasm_bindgen_futures::JsFuture;

/// Resolves on the next task. A `MessageChannel` message is not clamped to
/// 4 ms the way nested `setTimeout`s are, so many chunks cost little.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Ok(channel) = web_sys::MessageChannel::new() {
            let port = channel.port2();
            port.set_onmessage(Some(&resolve));
            let _ = channel.port1().post_message(&wasm_bindgen::JsValue::NULL);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds since the page started, for progress and timings.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}
