//! Creating, saving, conflicts, quota, set-aside, delete and restore.

use drafts::{
    CORRUPT_PREFIX, DraftError, DraftId, MemoryStore, MetaProblem, NameProblem, Part, SaveError, Store, create, delete,
    duplicate, list, load, rename, restore, save_part, save_part_force, usage, usage_bytes,
};
use lang::Lang;

const T0: i64 = 1_770_102_300_000;

fn id(n: u64) -> DraftId {
    DraftId::from_number(n)
}

fn store_with_draft() -> MemoryStore {
    let mut store = MemoryStore::new();
    create(&mut store, &id(1), "Kế hoạch 2026", T0).unwrap();
    store
}

#[test]
fn a_page_saves_its_part_and_gets_the_next_revision() {
    let mut store = store_with_draft();
    let saved = save_part(&mut store, &id(1), Part::Targets, "don-vi=X%C3%A3&nam=2026", 1, T0 + 5).unwrap();
    assert_eq!((saved.revision, saved.saved_at_ms), (2, T0 + 5));
    let saved = save_part(&mut store, &id(1), Part::Funding, "kp=1", saved.revision, T0 + 9).unwrap();
    let draft = load(&store, &id(1)).unwrap();
    assert_eq!(draft.meta.revision, saved.revision);
    assert_eq!(draft.parts[&Part::Targets], "don-vi=X%C3%A3&nam=2026");
    assert_eq!(draft.parts[&Part::Funding], "kp=1");
    assert_eq!(store.get("giamngheo.draft.1.kinh-phi").as_deref(), Some("kp=1"));
    assert!(
        store
            .get("giamngheo.draft.1.meta")
            .unwrap()
            .starts_with("v1\nname=K%E1%BA%BF")
    );
}

#[test]
fn a_save_from_a_stale_revision_is_a_conflict_and_writes_nothing() {
    let mut store = store_with_draft();
    save_part(&mut store, &id(1), Part::Plan, "theirs", 1, T0 + 1).unwrap();
    let before = store.clone();
    let error = save_part(&mut store, &id(1), Part::Plan, "mine", 1, T0 + 2).unwrap_err();
    let SaveError::Conflict { theirs } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(theirs.revision, 2);
    assert!(error.message(Lang::Vi).contains("thẻ khác"));
    assert_eq!(store, before);
    // "Keep mine"
    let saved = save_part_force(&mut store, &id(1), Part::Plan, "mine", T0 + 3).unwrap();
    assert_eq!(saved.revision, 3);
    assert_eq!(load(&store, &id(1)).unwrap().parts[&Part::Plan], "mine");
}

#[test]
fn a_save_that_does_not_fit_leaves_the_store_as_it_was() {
    let mut roomy = store_with_draft();
    save_part(&mut roomy, &id(1), Part::Plan, "old plan", 1, T0).unwrap();
    let mut store = MemoryStore::with_quota(roomy.used_bytes() + 10);
    for key in roomy.keys() {
        store.set(&key, &roomy.get(&key).unwrap()).unwrap();
    }
    let before = store.clone();
    let error = save_part(&mut store, &id(1), Part::Plan, &"x".repeat(100), 2, T0 + 1).unwrap_err();
    assert_eq!(error, SaveError::Quota);
    assert!(error.message(Lang::Vi).contains("đầy"));
    assert_eq!(store, before);
}

#[test]
fn saving_into_a_deleted_draft_is_refused() {
    let mut store = store_with_draft();
    delete(&mut store, &id(1)).unwrap();
    assert_eq!(
        save_part(&mut store, &id(1), Part::Plan, "x", 1, T0),
        Err(SaveError::NotFound)
    );
    assert!(store.keys().is_empty(), "no orphan part written");
}

#[test]
fn create_refuses_bad_names_and_taken_ids() {
    let mut store = store_with_draft();
    assert_eq!(
        create(&mut store, &id(2), "  ", T0),
        Err(DraftError::BadName(NameProblem::Empty))
    );
    assert_eq!(
        create(&mut store, &id(2), &"a".repeat(201), T0),
        Err(DraftError::BadName(NameProblem::TooLong))
    );
    assert_eq!(create(&mut store, &id(1), "Khác", T0), Err(DraftError::Exists(id(1))));
}

#[test]
fn rename_keeps_the_revision_so_open_pages_can_still_save() {
    let mut store = store_with_draft();
    let meta = rename(&mut store, &id(1), "Kế hoạch 2026 (sửa)").unwrap();
    assert_eq!((meta.revision, meta.name.as_str()), (1, "Kế hoạch 2026 (sửa)"));
    save_part(&mut store, &id(1), Part::Plan, "x", 1, T0).unwrap();
    assert_eq!(load(&store, &id(1)).unwrap().meta.name, "Kế hoạch 2026 (sửa)");
}

#[test]
fn duplicate_copies_the_parts_under_a_new_id() {
    let mut store = store_with_draft();
    save_part(&mut store, &id(1), Part::Households, "STT;Tên\r\n", 1, T0).unwrap();
    let copy = duplicate(&mut store, &id(1), &id(2), "Bản sao", T0 + 7).unwrap();
    assert_eq!((copy.revision, copy.saved_at_ms), (1, T0 + 7));
    assert_eq!(load(&store, &id(2)).unwrap().parts, load(&store, &id(1)).unwrap().parts);
    assert_eq!(
        duplicate(&mut store, &id(1), &id(2), "x", T0),
        Err(DraftError::Exists(id(2)))
    );
}

#[test]
fn delete_then_restore_gives_back_the_same_store() {
    let mut store = store_with_draft();
    save_part(&mut store, &id(1), Part::Plan, "kế hoạch", 1, T0).unwrap();
    store.set("giamngheo.draft.1.phan-la", "kept too").unwrap();
    let before = store.clone();
    let deleted = delete(&mut store, &id(1)).unwrap();
    assert_eq!(deleted.entries.len(), 3);
    assert!(list(&mut store).drafts.is_empty());
    restore(&mut store, &deleted).unwrap();
    assert_eq!(store, before);
    assert_eq!(delete(&mut store, &id(9)), Err(DraftError::NotFound(id(9))));
}

#[test]
fn restore_never_overwrites_a_draft_that_took_the_id() {
    let mut store = store_with_draft();
    let deleted = delete(&mut store, &id(1)).unwrap();
    create(&mut store, &id(1), "Mới", T0).unwrap();
    assert_eq!(restore(&mut store, &deleted), Err(DraftError::Exists(id(1))));
    assert_eq!(load(&store, &id(1)).unwrap().meta.name, "Mới");
}

#[test]
fn unreadable_drafts_are_moved_aside_and_named_while_others_load() {
    let mut store = store_with_draft();
    store
        .set("giamngheo.draft.bad.meta", "v1\nname=H%E1%BB%8Fng\nsaved=12")
        .unwrap();
    store.set("giamngheo.draft.bad.chi-tieu", "nam=2026").unwrap();
    store.set("giamngheo.draft.orphan.ke-hoach", "x").unwrap();
    store.set("giamngheo.draft.Bad Id.meta", "v1\nend").unwrap();
    let listing = list(&mut store);
    assert_eq!(listing.drafts.len(), 1);
    let problems: Vec<_> = listing
        .set_aside
        .iter()
        .map(|a| (a.id.as_str(), a.problem.clone()))
        .collect();
    assert_eq!(
        problems,
        [
            ("Bad Id", MetaProblem::BadId),
            ("bad", MetaProblem::Truncated),
            ("orphan", MetaProblem::NoMeta)
        ]
    );
    let bad = &listing.set_aside[1];
    assert_eq!(bad.kept_under, format!("{CORRUPT_PREFIX}bad."));
    assert!(
        bad.message(Lang::Vi).starts_with("Bản nháp «Hỏng» (bad) không mở được"),
        "{}",
        bad.message(Lang::Vi)
    );
    assert!(bad.message(Lang::En).contains("cut short"));
    assert_eq!(store.get("giamngheo.corrupt.bad.chi-tieu").as_deref(), Some("nam=2026"));
    assert_eq!(store.get("giamngheo.draft.bad.meta"), None);
    // Listing again finds nothing more to set aside.
    assert!(list(&mut store).set_aside.is_empty());
}

#[test]
fn a_second_draft_set_aside_under_the_same_id_does_not_overwrite_the_first() {
    let mut store = MemoryStore::new();
    store.set("giamngheo.draft.x.meta", "first").unwrap();
    list(&mut store);
    store.set("giamngheo.draft.x.meta", "second").unwrap();
    let listing = list(&mut store);
    assert_eq!(listing.set_aside[0].kept_under, "giamngheo.corrupt.x~2.");
    assert_eq!(store.get("giamngheo.corrupt.x.meta").as_deref(), Some("first"));
    assert_eq!(store.get("giamngheo.corrupt.x~2.meta").as_deref(), Some("second"));
}

#[test]
fn usage_counts_utf16_bytes_per_draft_and_set_aside() {
    let mut store = store_with_draft();
    store.set("giamngheo.lang", "vi").unwrap();
    store.set("giamngheo.corrupt.q.meta", "ab").unwrap();
    let usage = usage(&store);
    let meta_key = "giamngheo.draft.1.meta";
    let expected = 2 * (meta_key.len() + store.get(meta_key).unwrap().len()) as u64;
    assert_eq!(usage.drafts.len(), 1);
    assert_eq!((usage.drafts[0].id.as_str(), usage.drafts[0].bytes), ("1", expected));
    assert_eq!(usage.set_aside_bytes, 2 * ("giamngheo.corrupt.q.meta".len() + 2) as u64);
    assert_eq!(
        usage_bytes(&store),
        store.used_bytes() - 2 * ("giamngheo.lang".len() + 2) as u64
    );
}
