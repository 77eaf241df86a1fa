use std::collections::BTreeMap;

/// Key–value storage as localStorage offers it; the app implements it over
/// `window.localStorage`, tests use [`MemoryStore`].
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    QuotaExceeded,
    Other(String),
}

/// Bytes a browser counts for a text: two per UTF-16 code unit.
pub fn utf16_bytes(text: &str) -> u64 {
    2 * text.encode_utf16().count() as u64
}

/// A store in memory, with an optional quota counted as browsers count it
/// (UTF-16 bytes of every key and value).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota_bytes: Option<u64>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    pub fn with_quota(quota_bytes: u64) -> MemoryStore {
        MemoryStore {
            entries: BTreeMap::new(),
            quota_bytes: Some(quota_bytes),
        }
    }

    pub fn used_bytes(&self) -> u64 {
        self.entries
            .iter()
            .map(|(key, value)| utf16_bytes(key) + utf16_bytes(value))
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota_bytes {
            let freed = self
                .entries
                .get(key)
                .map_or(0, |old| utf16_bytes(key) + utf16_bytes(old));
            if self.used_bytes() - freed + utf16_bytes(key) + utf16_bytes(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_counts_utf16_bytes_of_key_and_value() {
        assert_eq!(utf16_bytes("ạ"), 2);
        assert_eq!(utf16_bytes("😀"), 4);
        let mut store = MemoryStore::with_quota(8);
        assert_eq!(store.set("ab", "ạ"), Ok(()));
        assert_eq!(store.used_bytes(), 6);
        assert_eq!(store.set("c", "d"), Err(StoreError::QuotaExceeded));
        assert_eq!(store.set("ab", "ạb"), Ok(()), "replacing frees the old value first");
        assert_eq!(store.get("c"), None);
    }
}
