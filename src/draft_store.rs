//! Drafts in this browser: the drafts crate's `Store` over local storage,
//! and fresh ids.

use drafts::{DraftId, Store, StoreError};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::clock::wall_ms;

/// Local storage, or nothing where the browser blocks it (then every save
/// says so and the page keeps working from memory).
pub struct LocalStore(Option<Storage>);

impl LocalStore {
    pub fn open() -> LocalStore {
        LocalStore(crate::storage::local())
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let storage = self
            .0
            .as_ref()
            .ok_or_else(|| StoreError::Other("local storage is blocked".to_owned()))?;
        storage.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                StoreError::QuotaExceeded
            } else {
                StoreError::Other(e.as_string().unwrap_or_else(|| "local storage refused".to_owned()))
            }
        })
    }

    fn remove(&mut self, key: &str) {
        if let Some(storage) = &self.0 {
            let _ = storage.remove_item(key);
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = &self.0 else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
    }
}

/// Browsers name it differently (Firefox's old code 1014): name or code 22.
fn is_quota(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22)
}

/// The time and a random tail: two tabs making a draft in the same
/// millisecond still get different ids.
pub fn new_id() -> DraftId {
    let tail = (js_sys::Math::random() * 1000.0) as u64;
    DraftId::from_number((wall_ms().max(0) as u64) * 1000 + tail)
}
