//! drafts: draft files (JSON) as the drafts page imports them, and what
//! local storage holds (meta text, parts, the current draft's id), which
//! any version of the site, or a hand, may have written.

use drafts::{
    Choice, DraftId, FileDrafts, MemoryStore, Part, Session, Store, create, export_file, list, load, plan_import,
    read_file, save_part_force, usage,
};
use lang::Lang;

use crate::target::{FIELD_SEPARATOR, Target, Verdict, said, split_fields};

const NOW_MS: i64 = 1_770_102_309_120;

/// A store holding one draft with every part, and the id of that draft.
fn filled_store() -> (MemoryStore, DraftId) {
    let mut store = MemoryStore::new();
    let id = DraftId::from_number(42);
    create(&mut store, &id, "Kế hoạch 2026 ~ xã A=B", NOW_MS).expect("an empty store takes a draft");
    for (part, text) in [
        (Part::Targets, "don-vi=X%C3%A3%20A&nam=2027&thon=A~100~~5"),
        (Part::Funding, "v=1&dong=10~~dtpt~71.283"),
        (Part::Plan, "plan=1\nname=K%E1%BA%BF"),
        (Part::LocalStandards, "dp-goc=nd07-2021&dp-ten=A&dp-nt=1.500.000"),
    ] {
        save_part_force(&mut store, &id, part, text, NOW_MS).expect("the store has room");
    }
    (store, id)
}

fn file_samples() -> Vec<Vec<u8>> {
    let (store, id) = filled_store();
    let draft = load(&store, &id).expect("the draft just saved loads");
    let mut other = draft.clone();
    other.meta.id = DraftId::from_number(7);
    other.meta.name = "Bản \"khác\"\n".into();
    vec![
        export_file(&[draft.clone(), other], NOW_MS).into_bytes(),
        format!("\u{feff}{}", export_file(&[draft], 0)).into_bytes(),
    ]
}

/// Whatever the file holds, import is planned and done against a store
/// that already has a draft; what was read exports and reads back the same
/// (in the export's order).
fn file(input: &[u8]) -> Verdict {
    let file = match read_file(input) {
        Ok(file) => file,
        Err(e) => {
            said(e.message(Lang::Vi));
            return Verdict::Refused;
        }
    };
    file.refused.iter().for_each(|r| said(r.message(Lang::Vi)));
    let exported = export_file(&file.drafts, file.exported_at_ms.unwrap_or(NOW_MS));
    let by_id = |file: FileDrafts| {
        let mut drafts = file.drafts;
        drafts.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        drafts
    };
    let again = read_file(exported.as_bytes()).expect("an exported file reads");
    assert_eq!(by_id(again), by_id(file.clone()), "exported as {exported}");
    let (mut store, _) = filled_store();
    let plan = plan_import(&store, &file);
    let choices: Vec<_> = plan
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let choice = match i % 3 {
                0 => Choice::Replace,
                1 => Choice::KeepBoth(DraftId::from_number(1_000 + i as u64)),
                _ => Choice::Skip,
            };
            (item, choice)
        })
        .collect();
    for result in drafts::apply_import(&mut store, &choices) {
        if let Err(e) = result {
            said(e.message(Lang::Vi));
        }
    }
    list(&mut store);
    Verdict::Accepted
}

/// The storage keys a stored input fills, in the order of its fields.
fn stored_keys(id: &DraftId) -> [String; 5] {
    let key = |suffix: &str| format!("{}{id}.{suffix}", drafts::DRAFT_PREFIX);
    [
        key("meta"),
        key(Part::Targets.storage_name()),
        key(Part::Funding.storage_name()),
        key(Part::Plan.storage_name()),
        drafts::CURRENT_KEY.to_owned(),
    ]
}

fn stored_samples() -> Vec<Vec<u8>> {
    let (store, id) = filled_store();
    let mut sample = Vec::new();
    for key in stored_keys(&id) {
        sample.extend(store.get(&key).unwrap_or_default().into_bytes());
        sample.push(FIELD_SEPARATOR);
    }
    sample.extend(b"giamngheo.draft.odd.key\x1fv1\nname=x\nend");
    vec![sample]
}

/// A store holding the input's texts under a draft's keys (and one key of
/// the input's choosing) is listed, loaded and opened by every page.
fn stored(input: &[u8]) -> Verdict {
    let fields: [String; 7] = split_fields(input);
    let id = DraftId::from_number(42);
    let mut store = MemoryStore::new();
    for (key, value) in stored_keys(&id).iter().zip(&fields) {
        store.set(key, value).expect("no quota");
    }
    store.set(&fields[5], &fields[6]).expect("no quota");
    let loaded = load(&store, &id);
    if let Err(e) = &loaded {
        said(e.message(Lang::Vi));
    }
    for part in Part::ALL {
        if let Some(problem) = Session::open(&store, part).problem {
            said(problem.message(Lang::Vi));
        }
    }
    usage(&store);
    let listing = list(&mut store);
    listing.set_aside.iter().for_each(|s| said(s.message(Lang::Vi)));
    // What was set aside stays aside: listing again changes nothing.
    let again = list(&mut store);
    assert_eq!(again.drafts, listing.drafts);
    assert!(
        again.set_aside.iter().all(|s| listing.set_aside.contains(s)),
        "{:?} then {:?}",
        listing.set_aside,
        again.set_aside
    );
    Verdict::from(&loaded)
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "draft file JSON",
            reads: "`read_file` (schema migration included), then `plan_import` and `apply_import` into a store with a draft",
            cost: 1,
            samples: file_samples,
            run: file,
        },
        Target {
            name: "stored draft",
            reads: "a draft's meta text, parts and the current id as local storage holds them: `load` (schema migration), `Session::open` for every part, `usage`, `list` (setting aside what does not read)",
            cost: 1,
            samples: stored_samples,
            run: stored,
        },
    ]
}
