//! The export file: messages for each way a file can be wrong, one bad
//! draft refused alone, and import never overwriting without a choice.

use lang::Lang;
use std::collections::BTreeMap;

use drafts::{
    Choice, DraftId, DraftProblem, Field, FileError, ImportError, ImportOutcome, ImportStatus, MAX_FILE_BYTES,
    MAX_FILE_DRAFTS, MemoryStore, MetaProblem, Part, apply_import, create, export_file, list, load, plan_import,
    read_file, save_part,
};

const T0: i64 = 1_770_102_300_000;

fn id(text: &str) -> DraftId {
    DraftId::parse(text).unwrap()
}

fn file_with(drafts: &str) -> String {
    format!(
        r#"{{"format":"giamngheo-drafts","schema":1,"exported_at":"2026-02-03T08:00:00.000Z","drafts":[{drafts}]}}"#
    )
}

const GOOD: &str =
    r#"{"id":"a1","name":"Tốt","saved_at":"2026-02-03T07:05:00Z","revision":3,"parts":{"ke-hoach":"x"}}"#;

#[test]
fn a_bom_is_allowed_and_times_read() {
    let text = format!("\u{feff}{}", file_with(GOOD));
    assert_eq!(
        read_file(b"\xEF\xBB\xBF\xff"),
        Err(FileError::NotUtf8 { at: 3 }),
        "counted in the whole file"
    );
    let file = read_file(text.as_bytes()).unwrap();
    assert_eq!(file.exported_at_ms, Some(T0 + 55 * 60_000));
    assert_eq!(file.drafts[0].meta.saved_at_ms, T0);
    assert_eq!(file.drafts[0].parts, BTreeMap::from([(Part::Plan, "x".to_owned())]));
}

#[test]
fn whole_file_problems_have_their_own_messages() {
    let cases: [(&[u8], FileError, &str); 5] = [
        (b"{\"a\":\xff}", FileError::NotUtf8 { at: 5 }, "UTF-8"),
        (
            b"{\n  \"format\": \n}",
            FileError::NotJson { line: 3, column: 1 },
            "dòng 3, cột 1",
        ),
        (
            br#"{"format":"khac","schema":1,"drafts":[]}"#,
            FileError::NotOurFormat,
            "không phải tệp bản nháp",
        ),
        (
            br#"{"format":"giamngheo-drafts","schema":0,"drafts":[]}"#,
            FileError::NotOurFormat,
            "giamngheo",
        ),
        (
            br#"{"format":"giamngheo-drafts","schema":7,"drafts":[]}"#,
            FileError::Newer { found: 7 },
            "mới hơn",
        ),
    ];
    for (bytes, expected, words) in cases {
        let error = read_file(bytes).unwrap_err();
        assert_eq!(error, expected);
        assert!(error.message(Lang::Vi).contains(words), "{}", error.message(Lang::Vi));
        assert!(!error.message(Lang::En).is_empty());
    }
}

#[test]
fn size_and_count_limits() {
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        read_file(&huge),
        Err(FileError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        })
    );
    let many = vec!["{}"; MAX_FILE_DRAFTS + 1].join(",");
    let error = read_file(file_with(&many).as_bytes()).unwrap_err();
    assert_eq!(
        error,
        FileError::TooManyDrafts {
            count: MAX_FILE_DRAFTS + 1
        }
    );
    assert!(error.message(Lang::Vi).contains("tối đa 1000"));
}

#[test]
fn each_bad_draft_is_refused_alone_with_a_reason() {
    let drafts = [
        GOOD,
        r#"{"id":"b2","saved_at":"2026-02-03T07:05:00Z","revision":1,"parts":{}}"#,
        r#"{"id":"c3","name":"Lạ","saved_at":"2026-02-03T07:05:00Z","revision":1,"parts":{"bieu-moi":"x"}}"#,
        r#"{"id":"Sai Mã","name":"x"}"#,
        r#"{"id":"a1","name":"Trùng","saved_at":"2026-02-03T07:05:00Z","revision":1,"parts":{}}"#,
        r#"{"id":"d4","name":"Giờ","saved_at":"hôm qua","revision":1,"parts":{}}"#,
        r#"{"id":"e5","name":"Số","saved_at":"2026-02-03T07:05:00Z","revision":-1,"parts":{}}"#,
        r#"{"id":"f6","name":"Phần","saved_at":"2026-02-03T07:05:00Z","revision":1,"parts":{"ke-hoach":1}}"#,
        "[]",
    ];
    let file = read_file(file_with(&drafts.join(",")).as_bytes()).unwrap();
    assert_eq!(file.drafts.len(), 1);
    let problems: Vec<_> = file.refused.iter().map(|r| (r.position, r.problem.clone())).collect();
    assert_eq!(
        problems,
        [
            (2, DraftProblem::Meta(MetaProblem::MissingField(Field::Name))),
            (3, DraftProblem::UnknownPart("bieu-moi".into())),
            (4, DraftProblem::BadId),
            (5, DraftProblem::DuplicateId),
            (6, DraftProblem::Meta(MetaProblem::BadField(Field::SavedAt))),
            (7, DraftProblem::Meta(MetaProblem::BadField(Field::Revision))),
            (8, DraftProblem::BadParts),
            (9, DraftProblem::NotAnObject),
        ]
    );
    assert_eq!(
        file.refused[0].message(Lang::Vi),
        "Bản nháp thứ 2 (b2) không nhập được: thiếu tên. Các bản nháp khác vẫn nhập bình thường."
    );
    assert!(file.refused[1].message(Lang::Vi).contains("«Lạ» (c3)"));
    assert!(file.refused[1].message(Lang::En).contains("“bieu-moi”"));
}

#[test]
fn import_plans_new_identical_and_clashing_drafts() {
    let mut source = MemoryStore::new();
    for (n, name) in [("a", "Một"), ("b", "Hai"), ("c", "Ba")] {
        create(&mut source, &id(n), name, T0).unwrap();
        save_part(&mut source, &id(n), Part::Plan, name, 1, T0).unwrap();
    }
    let all: Vec<_> = ["a", "b", "c"].map(|n| load(&source, &id(n)).unwrap()).into();
    let file = read_file(export_file(&all, T0).as_bytes()).unwrap();

    let mut store = MemoryStore::new();
    create(&mut store, &id("a"), "Một", T0).unwrap();
    save_part(&mut store, &id("a"), Part::Plan, "Một", 1, T0 + 1).unwrap();
    create(&mut store, &id("b"), "Hai, đã sửa", T0).unwrap();
    let plan = plan_import(&store, &file);
    let statuses: Vec<_> = plan.iter().map(|item| item.status.clone()).collect();
    let existing_b = load(&store, &id("b")).unwrap().meta;
    assert_eq!(
        statuses,
        [
            ImportStatus::Identical,
            ImportStatus::Clash {
                existing: existing_b.clone()
            },
            ImportStatus::New
        ]
    );

    let before_b = load(&store, &id("b")).unwrap();
    let choices: Vec<_> = plan
        .iter()
        .cloned()
        .zip([Choice::Replace, Choice::KeepBoth(id("b-2")), Choice::Replace])
        .collect();
    let outcomes = apply_import(&mut store, &choices);
    assert_eq!(outcomes[0], Ok(ImportOutcome::Unchanged));
    assert!(matches!(outcomes[1], Ok(ImportOutcome::Written(_))));
    assert_eq!(
        load(&store, &id("b")).unwrap(),
        before_b,
        "kept both: the stored one is untouched"
    );
    assert_eq!(load(&store, &id("b-2")).unwrap().parts, all[1].parts);
    assert_eq!(load(&store, &id("c")).unwrap(), all[2]);

    // Replacing the clash raises the revision above the stored one.
    let replace = vec![(plan[1].clone(), Choice::Replace)];
    let Ok(ImportOutcome::Written(meta)) = &apply_import(&mut store, &replace)[0] else {
        panic!()
    };
    assert!(meta.revision > existing_b.revision);
    assert_eq!(load(&store, &id("b")).unwrap().parts, all[1].parts);
    // The plan is stale now: applying it again is refused.
    assert_eq!(
        apply_import(&mut store, &replace)[0],
        Err(ImportError::ChangedSincePlanned(id("b")))
    );
    assert_eq!(list(&mut store).drafts.len(), 4);
}

#[test]
fn keep_both_refuses_a_taken_id() {
    let mut store = MemoryStore::new();
    create(&mut store, &id("a1"), "Có rồi", T0).unwrap();
    let file = read_file(file_with(GOOD).as_bytes()).unwrap();
    let item = plan_import(&store, &file).remove(0);
    let outcome = apply_import(&mut store, &[(item, Choice::KeepBoth(id("a1")))]).remove(0);
    assert_eq!(outcome, Err(ImportError::Taken(id("a1"))));
}
