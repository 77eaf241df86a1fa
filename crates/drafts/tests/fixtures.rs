//! Stored keys and files of every schema so far (only schema 1 exists)
//! load, and a newer schema is set aside or refused, never a crash.

use lang::Lang;
use std::collections::BTreeMap;

use drafts::{DraftId, FileError, MemoryStore, MetaProblem, Part, SCHEMA, Store, export_file, list, load, read_file};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn store_from_fixture(path: &str) -> MemoryStore {
    let entries: BTreeMap<String, String> = serde_json::from_str(&fixture(path)).unwrap();
    let mut store = MemoryStore::new();
    for (key, value) in entries {
        store.set(&key, &value).unwrap();
    }
    store
}

const NEWER: &str = "tệp/bản nháp từ phiên bản mới hơn của trang";

#[test]
fn v1_stored_keys_load() {
    let mut store = store_from_fixture("v1/storage.json");
    let listing = list(&mut store);
    assert!(listing.set_aside.is_empty(), "{:?}", listing.set_aside);
    let ids: Vec<&str> = listing.drafts.iter().map(|meta| meta.id.as_str()).collect();
    assert_eq!(ids, ["k3x", "a1"], "newest saved first");
    let draft = load(&store, &DraftId::parse("k3x").unwrap()).unwrap();
    assert_eq!(draft.meta.name, "Kế hoạch giảm nghèo 2026 - xã Hà Quang");
    assert_eq!((draft.meta.revision, draft.meta.schema), (12, 1));
    assert_eq!(draft.parts[&Part::TargetInputs], "ho=5&diem=1,5&chia=ho-ngheo");
    assert_eq!(draft.parts.len(), 4);
    assert_eq!(
        store.get("giamngheo.lang").as_deref(),
        Some("vi"),
        "other keys are not touched"
    );
}

#[test]
fn v1_file_reads_and_matches_the_stored_fixture() {
    let file = read_file(fixture("v1/drafts-file.json").as_bytes()).unwrap();
    assert!(file.refused.is_empty(), "{:?}", file.refused);
    assert_eq!(file.schema, 1);
    let store = store_from_fixture("v1/storage.json");
    let stored: Vec<_> = ["a1", "k3x"]
        .map(|id| load(&store, &DraftId::parse(id).unwrap()).unwrap())
        .into();
    assert_eq!(file.drafts, stored);
    assert_eq!(
        export_file(&stored, file.exported_at_ms.unwrap()),
        fixture("v1/drafts-file.json").trim_end()
    );
}

#[test]
fn a_newer_stored_draft_is_set_aside_in_place_with_a_message() {
    let mut store = store_from_fixture("v1/storage.json");
    let newer = format!(
        "v{}\nname=T%C6%B0%C6%A1ng%20lai\nsaved=1\nrev=1\nmoi=1\nend",
        SCHEMA + 1
    );
    store.set("giamngheo.draft.z9.meta", &newer).unwrap();
    store.set("giamngheo.draft.z9.ke-hoach-moi", "x").unwrap();
    let listing = list(&mut store);
    assert_eq!(listing.drafts.len(), 2);
    let [aside] = listing.set_aside.as_slice() else {
        panic!("{:?}", listing.set_aside)
    };
    assert_eq!(aside.problem, MetaProblem::Newer { found: SCHEMA + 1 });
    assert_eq!(aside.name.as_deref(), Some("Tương lai"));
    assert!(aside.message(Lang::Vi).contains(NEWER), "{}", aside.message(Lang::Vi));
    assert!(aside.message(Lang::Vi).contains("«Tương lai» (z9)"));
    assert!(aside.message(Lang::En).contains("newer version"));
    // Left where the newer version can still read it.
    assert_eq!(store.get("giamngheo.draft.z9.meta"), Some(newer));
}

#[test]
fn a_newer_file_is_refused_with_a_message() {
    let text = fixture("v1/drafts-file.json").replace("\"schema\": 1", &format!("\"schema\": {}", SCHEMA + 1));
    let error = read_file(text.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        FileError::Newer {
            found: u64::from(SCHEMA) + 1
        }
    );
    assert!(error.message(Lang::Vi).contains(NEWER));
}
