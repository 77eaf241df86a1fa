//! Properties over any input: nothing panics, files round-trip, failed
//! saves write nothing.

use std::collections::BTreeMap;

use drafts::{
    Choice, Draft, DraftId, MAX_TIME_MS, MemoryStore, Meta, Part, SCHEMA, SaveError, Store, apply_import, export_draft,
    export_file, list, load, plan_import, read_file, save_part, usage_bytes,
};
use proptest::prelude::*;

fn part() -> impl Strategy<Value = Part> {
    prop::sample::select(Part::ALL.to_vec())
}

fn draft() -> impl Strategy<Value = Draft> {
    (
        "[0-9a-z-]{1,12}",
        "\\PC{0,10}[a-zA-ZÀ-ỹ]\\PC{0,20}",
        0..=MAX_TIME_MS,
        any::<u64>(),
        prop::collection::btree_map(part(), any::<String>(), 0..4),
    )
        .prop_map(|(id, name, saved_at_ms, revision, parts)| Draft {
            meta: Meta {
                id: DraftId::parse(&id).unwrap(),
                name,
                saved_at_ms,
                revision,
                schema: SCHEMA,
            },
            parts,
        })
}

fn drafts() -> impl Strategy<Value = Vec<Draft>> {
    prop::collection::vec(draft(), 0..5).prop_map(|drafts| {
        let by_id: BTreeMap<DraftId, Draft> = drafts.into_iter().map(|d| (d.meta.id.clone(), d)).collect();
        by_id.into_values().collect()
    })
}

fn store_of(drafts: &[Draft], quota: Option<u64>) -> MemoryStore {
    let mut roomy = MemoryStore::new();
    let plan = plan_import(&roomy, &read_file(export_file(drafts, 0).as_bytes()).unwrap());
    let choices: Vec<_> = plan.into_iter().map(|item| (item, Choice::Replace)).collect();
    assert!(apply_import(&mut roomy, &choices).iter().all(Result::is_ok));
    let Some(quota) = quota else { return roomy };
    let mut store = MemoryStore::with_quota(roomy.used_bytes() + quota);
    for key in roomy.keys() {
        store.set(&key, &roomy.get(&key).unwrap()).unwrap();
    }
    store
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_bytes_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_file(&bytes);
    }

    #[test]
    fn any_cut_or_edited_file_reads_without_panic(drafts in drafts(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = export_file(&drafts, 0).into_bytes();
        let at = cut.index(bytes.len());
        let _ = read_file(&bytes[..at]);
        bytes[at] = byte;
        let _ = read_file(&bytes);
    }

    #[test]
    fn any_stored_text_never_panics(
        key in prop::sample::select(vec!["meta", "chi-tieu", "", "x.y", "meta.meta"]),
        id in "[0-9a-zA-Z~. -]{0,6}",
        value in "(v1\n(name=[^\n]{0,8}\n|saved=[0-9-]{0,20}\n|rev=[0-9]{0,21}\n|[^\n]{0,8}\n){0,5}(end)?)|\\PC{0,40}",
    ) {
        let mut store = MemoryStore::new();
        store.set(&format!("giamngheo.draft.{id}.{key}"), &value).unwrap();
        store.set(&format!("giamngheo.draft.{id}"), &value).unwrap();
        let keys = store.keys().len();
        let listed = list(&mut store);
        prop_assert!(listed.drafts.len() + listed.set_aside.len() >= 1);
        prop_assert_eq!(store.keys().len(), keys, "set aside is moved, never deleted");
        let _ = usage_bytes(&store);
        if let Some(id) = DraftId::parse(&id) {
            let _ = load(&store, &id);
            let _ = save_part(&mut store, &id, Part::Plan, "x", 0, 0);
        }
    }

    #[test]
    fn export_read_import_export_is_identical(drafts in drafts(), at in 0..=MAX_TIME_MS) {
        let first = export_file(&drafts, at);
        let store = store_of(&drafts, None);
        let loaded: Vec<Draft> = drafts.iter().map(|d| load(&store, &d.meta.id).unwrap()).collect();
        prop_assert_eq!(&loaded, &drafts);
        prop_assert_eq!(export_file(&loaded, at), first);
        for draft in &drafts {
            prop_assert_eq!(export_draft(draft, at), export_file(std::slice::from_ref(draft), at));
        }
    }

    #[test]
    fn a_stale_revision_never_writes(drafts in drafts(), text in any::<String>(), part in part(), off in 1u64..5) {
        let Some(target) = drafts.first() else { return Ok(()) };
        let mut store = store_of(&drafts, None);
        let before = store.clone();
        let base = target.meta.revision.wrapping_add(off);
        let result = save_part(&mut store, &target.meta.id, part, &text, base, 1);
        prop_assert!(matches!(result, Err(SaveError::Conflict { .. })), "{:?}", result);
        prop_assert_eq!(store, before);
    }

    #[test]
    fn a_save_that_does_not_fit_damages_nothing(
        drafts in drafts(),
        room in 0u64..200,
        text in "\\PC{0,150}",
        part in part(),
    ) {
        let Some(target) = drafts.first() else { return Ok(()) };
        let mut store = store_of(&drafts, Some(room));
        let before = store.clone();
        match save_part(&mut store, &target.meta.id, part, &text, target.meta.revision, 1) {
            Ok(saved) => {
                let after = load(&store, &target.meta.id).unwrap();
                prop_assert_eq!(after.meta.revision, saved.revision);
                prop_assert_eq!(&after.parts[&part], &text);
            }
            Err(error) => {
                prop_assert_eq!(error, SaveError::Quota);
                prop_assert_eq!(&store, &before);
                for draft in &drafts {
                    prop_assert_eq!(&load(&store, &draft.meta.id).unwrap(), draft);
                }
            }
        }
    }
}
