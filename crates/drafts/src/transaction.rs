//! Several writes that take effect together or not at all: localStorage
//! has no transactions, so each write remembers what it replaced and a
//! failure puts it all back, newest first. Every state rolled back to
//! existed before and so fits in the quota.

use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Write {
    Set(String, String),
    Remove(String),
}

pub(crate) fn write_all(store: &mut impl Store, writes: Vec<Write>) -> Result<(), StoreError> {
    let mut done: Vec<(String, Option<String>)> = Vec::new();
    for write in writes {
        match write {
            Write::Set(key, value) => {
                let old = store.get(&key);
                if let Err(error) = store.set(&key, &value) {
                    roll_back(store, done);
                    return Err(error);
                }
                done.push((key, old));
            }
            Write::Remove(key) => {
                let old = store.get(&key);
                store.remove(&key);
                done.push((key, old));
            }
        }
    }
    Ok(())
}

fn roll_back(store: &mut impl Store, done: Vec<(String, Option<String>)>) {
    for (key, old) in done.into_iter().rev() {
        match old {
            // Cannot fail: the store held exactly this before.
            Some(value) => drop(store.set(&key, &value)),
            None => store.remove(&key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemoryStore;

    #[test]
    fn a_failed_write_puts_everything_back() {
        let mut store = MemoryStore::with_quota(40);
        store.set("a", "1234").unwrap();
        store.set("b", "x").unwrap();
        let before = store.clone();
        let writes = vec![
            Write::Remove("b".into()),
            Write::Set("a".into(), "12".into()),
            Write::Set("c".into(), "y".repeat(30)),
        ];
        assert_eq!(write_all(&mut store, writes), Err(StoreError::QuotaExceeded));
        assert_eq!(store, before);
    }
}
