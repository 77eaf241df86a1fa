//! How much of the browser's storage the drafts take.

use std::collections::BTreeMap;

use crate::keys::{CORRUPT_PREFIX, split_draft_key};
use crate::{Store, utf16_bytes};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    /// By draft id (as in its keys), in id order.
    pub drafts: Vec<DraftUsage>,
    /// Drafts set aside under `giamngheo.corrupt.`.
    pub set_aside_bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftUsage {
    pub id: String,
    /// UTF-16 bytes of its keys and values, as browsers count the quota.
    pub bytes: u64,
}

impl Usage {
    pub fn total_bytes(&self) -> u64 {
        self.drafts.iter().map(|draft| draft.bytes).sum::<u64>() + self.set_aside_bytes
    }
}

pub fn usage(store: &impl Store) -> Usage {
    let mut drafts: BTreeMap<String, u64> = BTreeMap::new();
    let mut set_aside_bytes = 0;
    for key in store.keys() {
        let bytes = || utf16_bytes(&key) + store.get(&key).map_or(0, |value| utf16_bytes(&value));
        if let Some((id, _)) = split_draft_key(&key) {
            *drafts.entry(id.to_owned()).or_default() += bytes();
        } else if key.starts_with(CORRUPT_PREFIX) {
            set_aside_bytes += bytes();
        }
    }
    let drafts = drafts.into_iter().map(|(id, bytes)| DraftUsage { id, bytes }).collect();
    Usage {
        drafts,
        set_aside_bytes,
    }
}

/// All keys of drafts, set aside ones included.
pub fn usage_bytes(store: &impl Store) -> u64 {
    usage(store).total_bytes()
}
