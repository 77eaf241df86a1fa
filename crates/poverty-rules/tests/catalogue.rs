//! The national standards as loaded from the data files.

use poverty_rules::{Area, Catalogue, Rule, Standard, StandardIndicators, Status};
use rust_decimal::Decimal;
use vn_format::Date;

fn national() -> Catalogue {
    Catalogue::national()
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).unwrap()
}

fn get<'a>(c: &'a Catalogue, id: &str) -> &'a Standard {
    c.get(id).unwrap()
}

#[test]
fn four_national_standards_cover_2016_to_2030_without_gaps() {
    let c = national();
    let ids: Vec<&str> = c.all().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["qd59-2015", "nd07-2021", "nd351-2026", "nd351-2027"]);
    for pair in c.all().windows(2) {
        let next_day = Date::new(pair[0].valid_to.year + 1, 1, 1).unwrap();
        assert_eq!(
            pair[1].valid_from, next_day,
            "{} does not follow {}",
            pair[1].id, pair[0].id
        );
    }
    assert_eq!(c.all()[0].valid_from, date(2016, 1, 1));
    assert_eq!(c.all()[3].valid_to, date(2030, 12, 31));
}

#[test]
fn finds_the_standard_in_force_by_date() {
    let c = national();
    assert_eq!(c.in_force_on(date(2021, 6, 1)).unwrap().id, "qd59-2015");
    assert_eq!(c.in_force_on(date(2022, 1, 1)).unwrap().id, "nd07-2021");
    assert_eq!(c.in_force_on(date(2025, 12, 31)).unwrap().id, "nd07-2021");
    assert_eq!(c.in_force_on(date(2026, 11, 25)).unwrap().id, "nd351-2026");
    assert_eq!(c.in_force_on(date(2030, 12, 31)).unwrap().id, "nd351-2027");
    assert!(c.in_force_on(date(2015, 12, 31)).is_none());
    assert!(c.in_force_on(date(2031, 1, 1)).is_none());
}

#[test]
fn a_review_uses_the_standard_of_next_years_lists() {
    let c = national();
    assert_eq!(c.for_review_in(2021).unwrap().id, "nd07-2021");
    assert_eq!(c.for_review_in(2026).unwrap().id, "nd351-2027");
}

#[test]
fn a_case_without_a_known_standard_uses_the_one_in_force() {
    let c = national();
    let on = date(2026, 12, 6);
    assert_eq!(c.chosen_or_in_force(Some("nd351-2027"), on).unwrap().id, "nd351-2027");
    assert_eq!(c.chosen_or_in_force(None, on).unwrap().id, "nd351-2026");
    assert_eq!(c.chosen_or_in_force(Some("khong-co"), on).unwrap().id, "nd351-2026");
    assert!(c.chosen_or_in_force(None, date(2031, 1, 1)).is_none());
}

#[test]
fn income_lines_by_period() {
    let c = national();
    let line = |id: &str, area| get(&c, id).income_line.get(area);
    assert_eq!(line("qd59-2015", Area::Rural), Decimal::from(700_000));
    assert_eq!(line("qd59-2015", Area::Urban), Decimal::from(900_000));
    assert_eq!(line("nd07-2021", Area::Rural), Decimal::from(1_500_000));
    assert_eq!(line("nd07-2021", Area::Urban), Decimal::from(2_000_000));
    assert_eq!(line("nd351-2027", Area::Rural), Decimal::from(2_200_000));
    assert_eq!(line("nd351-2027", Area::Urban), Decimal::from(2_800_000));
    assert!(matches!(get(&c, "qd59-2015").rule, Rule::TwoTier { .. }));
    assert!(matches!(
        get(&c, "nd07-2021").rule,
        Rule::SingleLine {
            min_deprivations: 3,
            ..
        }
    ));
}

#[test]
fn indicator_sets_by_period() {
    let c = national();
    let shape = |id: &str| {
        let s = get(&c, id);
        (s.dimensions.len(), s.indicator_count())
    };
    assert_eq!(shape("qd59-2015"), (5, 10));
    assert_eq!(shape("nd07-2021"), (6, 12));
    assert_eq!(shape("nd351-2026"), (6, 12));
    let s2027 = get(&c, "nd351-2027");
    assert!(
        s2027.indicator("tiep-can-thong-tin").is_none(),
        "the information-means indicator goes in 2027"
    );
    for new in ["rac-thai", "internet", "dich-vu-so"] {
        assert!(s2027.indicator(new).is_some(), "{new} comes in 2027");
    }
    assert!(s2027.average_band.is_none(), "the 2027–2030 band is not known");
    for s in c.all() {
        let mut ids: Vec<&str> = s.indicators().map(|i| i.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{}: duplicate indicator ids", s.id);
    }
}

#[test]
fn statuses_follow_the_domain_notes() {
    let c = national();
    let s = get(&c, "nd07-2021");
    assert_eq!(s.income_line.basis.status, Status::Verified);
    assert_eq!(s.rule.basis().status, Status::Verified);
    assert_eq!(s.average_band.as_ref().unwrap().basis.status, Status::Secondary);
    let scores = s.review_scores.as_ref().unwrap();
    assert_eq!(scores.basis.status, Status::Secondary, "Thông tư 07/2021 not read");
    assert!(scores.basis.note.as_ref().unwrap().vi.contains("02/2022/TT-BLĐTBXH"));
    assert!(scores.procedure.document.contains("24/2021/QĐ-TTg"));
    assert_eq!(s.indicator("viec-lam").unwrap().basis.status, Status::Secondary);
    assert!(
        s.indicator("viec-lam")
            .unwrap()
            .threshold
            .en
            .contains("without a labour contract")
    );
    assert!(
        s.indicator("nguoi-phu-thuoc")
            .unwrap()
            .threshold
            .en
            .contains("monthly social allowance")
    );
    for i in s.indicators() {
        assert_eq!(i.name_basis.status, Status::Verified, "{}: names are confirmed", i.id);
    }
    // Quyết định 59/2015 Điều 1 names the indicators; their thresholds are elsewhere.
    for i in get(&c, "qd59-2015").indicators() {
        assert_eq!(i.name_basis.article.as_deref(), Some("Điều 1, khoản 2, điểm b"));
        assert_eq!(i.name_basis.status, Status::Verified);
        assert_eq!(i.basis.status, Status::Unverified);
        assert!(!i.basis.citation().contains("Điều 1"), "{}", i.id);
    }
    assert_eq!(s.indicator("dinh-duong").unwrap().basis.status, Status::Secondary);
    assert!(
        get(&c, "nd351-2027")
            .indicators()
            .all(|i| i.basis.status == Status::Unverified)
    );
    assert_eq!(get(&c, "qd59-2015").income_line.basis.status, Status::Verified);
    assert!(get(&c, "qd59-2015").review_scores.is_none());
}

#[test]
fn every_rule_cites_a_document() {
    for s in national().all() {
        for basis in s.all_bases() {
            assert!(!basis.document.trim().is_empty(), "{}: a rule without a document", s.id);
            if basis.status == Status::Unverified {
                assert!(
                    basis.note.is_some() || s.id == "nd351-2027",
                    "{}: unverified without a note",
                    s.id
                );
            }
        }
    }
}

#[test]
fn year_2026_keeps_2022_2025_rules_but_no_surer_than_its_source() {
    let c = national();
    let (a, b) = (get(&c, "nd07-2021"), get(&c, "nd351-2026"));
    assert_eq!(a.income_line.rural, b.income_line.rural);
    assert_eq!(a.income_line.urban, b.income_line.urban);
    assert_eq!(a.rule.min_deprivations(), b.rule.min_deprivations());
    let ids = |s: &Standard| s.indicators().map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(a), ids(b));
    assert_eq!(b.basis.document, "Nghị định 351/2025/NĐ-CP ngày 30/12/2025");
    assert!(b.all_bases().iter().all(|basis| basis.status <= Status::Secondary));
    assert!(b.income_line.basis.note.is_some(), "the capped status says why");
}

#[test]
fn a_local_spec_is_added_only_when_it_builds_and_never_over_a_national_standard() {
    let mut c = national();
    let mut spec = poverty_rules::LocalSpec::from_national(get(&c, "nd07-2021"), "Tỉnh thử");
    assert!(c.add_local(&spec));
    assert!(c.get(&spec.id).is_some_and(Standard::is_local));
    spec.rural_line = Decimal::from(1_600_000);
    assert!(c.add_local(&spec), "the same id again replaces it");
    assert_eq!(c.get(&spec.id).unwrap().income_line.rural, Decimal::from(1_600_000));
    assert_eq!((c.all().len(), c.national_standards().count()), (5, 4));

    let mut unknown_base = spec.clone();
    unknown_base.based_on = "khong-co".into();
    unknown_base.rural_line = Decimal::from(1_700_000);
    assert!(!c.add_local(&unknown_base), "an unknown base does not build");
    assert_eq!(
        c.get(&spec.id).unwrap().income_line.rural,
        Decimal::from(1_600_000),
        "the one added stays"
    );

    let mut national_id = spec.clone();
    national_id.id = "nd07-2021".into();
    assert!(!c.add_local(&national_id), "a national standard is never replaced");
    assert!(!get(&c, "nd07-2021").is_local());
    assert_eq!(get(&c, "nd07-2021").income_line.rural, Decimal::from(1_500_000));
}

#[test]
fn every_basis_cites_a_listed_document_by_id() {
    let documents = poverty_rules::legal_documents();
    for s in national().all() {
        for basis in s.all_bases() {
            let id = basis
                .document_id
                .as_deref()
                .expect("a national rule names its document");
            let document = poverty_rules::legal_document(id).unwrap_or_else(|| panic!("{}: {id} not listed", s.id));
            assert_eq!(basis.document, document.citation, "{}: {id}", s.id);
        }
    }
    let nd07 = documents.iter().find(|d| d.id == "nd07-2021").unwrap();
    assert_eq!(nd07.citation, "Nghị định 07/2021/NĐ-CP ngày 27/01/2021");
    assert_eq!(nd07.in_force_from, Some(date(2021, 3, 15)));
    assert_eq!(nd07.status, Status::Verified);
    // Not known here, so not given: no date, no invented address.
    let tt07 = documents.iter().find(|d| d.id == "tt07-2021").unwrap();
    assert_eq!(tt07.date, None);
    assert_eq!(tt07.citation, "Thông tư 07/2021/TT-BLĐTBXH");
    assert!(documents.iter().all(|d| d.url.is_none()));
    for d in &documents {
        if d.status == Status::Unverified {
            assert!(d.note.is_some(), "{}: unverified without a note", d.id);
        }
    }
}

/// The index of names is written from the same files as the catalogue: it
/// must say what the catalogue says, a continued standard's indicators
/// included.
#[test]
fn the_index_of_indicator_names_agrees_with_the_catalogue() {
    let c = national();
    let index = StandardIndicators::all();
    assert_eq!(index.len(), c.national_standards().count());
    for (entry, standard) in index.iter().zip(c.national_standards()) {
        assert_eq!(entry.id, standard.id);
        assert_eq!(
            (entry.name.0, entry.name.1),
            (standard.name.vi.as_str(), standard.name.en.as_str())
        );
        assert_eq!(
            (entry.valid_from, entry.valid_to),
            (standard.valid_from, standard.valid_to)
        );
        let names: Vec<(&str, &str, &str)> = standard
            .indicators()
            .map(|i| (i.id.as_str(), i.name.vi.as_str(), i.name.en.as_str()))
            .collect();
        assert_eq!(entry.indicators, names.as_slice(), "{}", entry.id);
        let weakest = standard
            .indicators()
            .flat_map(|i| [i.name_basis.status, i.basis.status])
            .chain([standard.basis.status])
            .min()
            .unwrap();
        assert_eq!(entry.status, weakest, "{}", entry.id);
        assert!(!entry.indicators.is_empty());
    }
    for day in [
        date(2021, 12, 31),
        date(2022, 1, 1),
        date(2026, 6, 1),
        date(2027, 1, 1),
        date(2031, 1, 1),
    ] {
        assert_eq!(
            StandardIndicators::in_force_on(day).map(|s| s.id),
            c.in_force_on(day).map(|s| s.id.as_str())
        );
    }
}
