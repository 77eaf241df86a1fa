//! The guided questionnaire: each rule at its boundaries, its sentences, its
//! errors, and that it agrees with the 2022–2025 standard's data.

use lang::Lang;
use poverty_rules::{
    Catalogue, Derivation, Home, Knob, Latrine, LocalError, LocalSpec, MAX_MEMBERS, Member, Questionnaire,
    QuestionnaireError, Schooling, Sex, Standard, Status, WaterSource, Work, deprived_ids,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use vn_format::Date;

fn nd07() -> Standard {
    Catalogue::national().get("nd07-2021").cloned().unwrap()
}

/// The end-2025 review: men retire at 61 years 3 months, women at 56 years
/// 8 months.
fn review() -> Date {
    Date::new(2025, 11, 20).unwrap()
}

fn derive(q: &Questionnaire) -> Result<Vec<Derivation>, QuestionnaireError> {
    poverty_rules::derive(&nd07(), q, review())
}

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

/// A man working with a labour contract, with nothing missing.
fn adult(age: u32) -> Member {
    Member {
        age,
        studying: false,
        school_level_right_for_age: false,
        finished: Schooling::UpperSecondary,
        health_insurance: true,
        work: Work::WageWithContract,
        sex: Some(Sex::Male),
        monthly_social_allowance: false,
        on_the_job_training: false,
        malnourished: false,
    }
}

/// A child at school at the right level, insured.
fn child(age: u32) -> Member {
    Member {
        age,
        studying: age >= 3,
        school_level_right_for_age: age >= 3,
        finished: Schooling::None,
        health_insurance: true,
        work: Work::NotWorking,
        ..Member::default()
    }
}

/// A durable home with everything, of the given floor area.
fn home(area: Decimal) -> Home {
    Home {
        has_home: true,
        durable_walls: true,
        durable_columns: true,
        durable_roof: true,
        floor_area_m2: area,
        water: WaterSource::Piped,
        latrine: Latrine::Septic,
        internet_user: true,
        information_device: true,
        hears_loudspeaker: true,
        waste_handled: true,
        internet_access: true,
        digital_services_user: true,
    }
}

/// Members in a home big enough for all of them.
fn household(members: Vec<Member>) -> Questionnaire {
    Questionnaire {
        members,
        home: home(d(100)),
    }
}

fn one(member: Member) -> Questionnaire {
    household(vec![member])
}

fn get(q: &Questionnaire, id: &str) -> Derivation {
    derive(q)
        .unwrap()
        .into_iter()
        .find(|x| x.indicator_id == id)
        .unwrap_or_else(|| panic!("no derivation for {id}"))
}

fn deprived(q: &Questionnaire, id: &str) -> bool {
    get(q, id).deprived()
}

// ---- the whole result ----

#[test]
fn derives_the_twelve_indicators_of_nd07_2021_in_their_order() {
    let catalogue = Catalogue::national();
    let standard = catalogue.get("nd07-2021").unwrap();
    let expected: Vec<&str> = standard.indicators().map(|i| i.id.as_str()).collect();
    let got: Vec<&str> = derive(&one(adult(40)))
        .unwrap()
        .iter()
        .map(|x| x.indicator_id)
        .collect();
    assert_eq!(got, expected);
    assert_eq!(got, poverty_rules::ND07_INDICATOR_IDS);
}

#[test]
fn statuses_are_no_surer_than_the_data_file() {
    let catalogue = Catalogue::national();
    let standard = catalogue.get("nd07-2021").unwrap();
    for x in derive(&one(adult(40))).unwrap() {
        let data = standard.indicator(x.indicator_id).unwrap().basis.status;
        assert!(x.status <= data, "{}", x.indicator_id);
    }
}

#[test]
fn a_household_lacking_nothing_is_deprived_in_nothing_and_says_why() {
    let q = household(vec![adult(40), adult(38), child(10), child(4)]);
    let all = derive(&q).unwrap();
    assert!(deprived_ids(&all).is_empty(), "{:?}", deprived_ids(&all));
    for x in &all {
        assert!(!x.reason.vi.is_empty() && !x.reason.en.is_empty());
        assert_ne!(x.reason.vi, x.reason.en);
        assert!(
            x.reason.vi.ends_with('.') && x.reason.en.ends_with('.'),
            "{:?}",
            x.reason
        );
    }
}

#[test]
fn deprived_ids_lists_the_deprived_indicators_in_order() {
    let mut q = one(Member {
        health_insurance: false,
        ..adult(40)
    });
    q.home.latrine = Latrine::Other;
    q.home.internet_user = false;
    let all = derive(&q).unwrap();
    assert_eq!(deprived_ids(&all), ["bao-hiem-y-te", "nha-tieu", "vien-thong"]);
    assert!(deprived_ids(&[]).is_empty());
}

// ---- 1 viec-lam ----

fn on(year: i32) -> Date {
    Date::new(year, 11, 20).unwrap()
}

fn employment_in(year: i32, member: Member) -> Derivation {
    let all = poverty_rules::derive(&nd07(), &one(member), on(year)).unwrap();
    all.into_iter().find(|x| x.indicator_id == "viec-lam").unwrap()
}

fn unemployed(sex: Option<Sex>, age: u32) -> Member {
    Member {
        sex,
        work: Work::Unemployed,
        ..adult(age)
    }
}

#[test]
fn work_age_15_without_a_contract_is_deprived() {
    let q = one(Member {
        work: Work::WageWithoutContract,
        ..adult(15)
    });
    assert!(deprived(&q, "viec-lam"));
}

#[test]
fn work_age_14_without_a_contract_is_not_of_working_age() {
    let q = one(Member {
        work: Work::WageWithoutContract,
        ..adult(14)
    });
    let x = get(&q, "viec-lam");
    assert!(!x.deprived());
    assert!(x.reason.vi.contains("không có thành viên nào trong độ tuổi lao động"));
}

#[test]
fn work_unemployed_of_working_age_is_deprived() {
    let x = get(&one(unemployed(Some(Sex::Male), 59)), "viec-lam");
    assert!(x.deprived());
    assert_eq!(
        x.reason.vi,
        "Thành viên thứ 1 (59 tuổi) có khả năng lao động và có nhu cầu làm việc nhưng không có việc làm."
    );
    assert_eq!(
        x.reason.en,
        "Member 1 (aged 59) is able and willing to work but has no job."
    );
    assert!(x.assumption.is_none());
}

#[test]
fn work_a_wage_without_a_labour_contract_is_deprived_with_one_it_is_not() {
    let without = Member {
        work: Work::WageWithoutContract,
        ..adult(34)
    };
    let x = get(&one(without), "viec-lam");
    assert!(x.deprived());
    assert_eq!(
        x.reason.en,
        "Member 1 (aged 34) works for a wage without a labour contract."
    );
    assert!(!deprived(&one(adult(34)), "viec-lam"));
    let own = Member {
        work: Work::OwnAccount,
        ..adult(34)
    };
    assert!(!deprived(&one(own), "viec-lam"), "farming one's own land is work");
}

#[test]
fn work_the_retirement_age_depends_on_sex_and_year() {
    // 2026: men 61 years 6 months, women 57 years.
    assert!(employment_in(2026, unemployed(Some(Sex::Male), 61)).deprived());
    assert!(!employment_in(2026, unemployed(Some(Sex::Male), 62)).deprived());
    assert!(employment_in(2026, unemployed(Some(Sex::Female), 56)).deprived());
    assert!(!employment_in(2026, unemployed(Some(Sex::Female), 57)).deprived());
    assert!(!employment_in(2026, unemployed(Some(Sex::Female), 58)).deprived());
    // 2021: men 60 years 3 months, women 55 years 4 months.
    assert!(employment_in(2021, unemployed(Some(Sex::Male), 60)).deprived());
    assert!(!employment_in(2021, unemployed(Some(Sex::Male), 61)).deprived());
    assert!(employment_in(2021, unemployed(Some(Sex::Female), 55)).deprived());
    assert!(!employment_in(2021, unemployed(Some(Sex::Female), 56)).deprived());
    // The rise stops: men at 62 from 2028, women at 60 from 2035.
    assert!(employment_in(2040, unemployed(Some(Sex::Male), 61)).deprived());
    assert!(!employment_in(2040, unemployed(Some(Sex::Male), 62)).deprived());
    assert!(employment_in(2040, unemployed(Some(Sex::Female), 59)).deprived());
    assert!(!employment_in(2040, unemployed(Some(Sex::Female), 60)).deprived());
}

#[test]
fn work_an_unknown_sex_takes_the_womens_age_and_says_so() {
    let x = employment_in(2026, unemployed(None, 58));
    assert!(!x.deprived(), "judged with the women's 57 years");
    let assumption = x.assumption.expect("the assumption is reported");
    assert!(
        assumption.vi.contains("tuổi nghỉ hưu của nữ (57 tuổi)"),
        "{}",
        assumption.vi
    );
    assert!(assumption.en.contains("member 1"));
    let x = employment_in(2026, unemployed(None, 40));
    assert!(x.deprived());
    assert!(x.assumption.is_some());
    assert!(
        employment_in(2026, unemployed(None, 10)).assumption.is_none(),
        "a child's sex does not matter"
    );
}

#[test]
fn work_no_retirement_age_before_the_schedule() {
    let q = one(adult(40));
    assert_eq!(
        poverty_rules::derive(&nd07(), &q, on(2020)),
        Err(QuestionnaireError::NoRetirementAge { year: 2020 })
    );
}

#[test]
fn work_with_a_contract_or_not_able_or_willing_is_not_deprived() {
    let q = household(vec![
        adult(30),
        Member {
            work: Work::NotWorking,
            ..adult(25)
        },
    ]);
    let x = get(&q, "viec-lam");
    assert!(!x.deprived());
    assert!(
        x.reason.en.starts_with(
            "Every member of working age (from 15 up to the retirement age of 2025: 61 years 3 months for men, 56 years 8 months for women)"
        ),
        "{}",
        x.reason.en
    );
}

#[test]
fn work_reason_names_the_member_and_counts_the_others() {
    let q = household(vec![
        adult(40),
        Member {
            work: Work::WageWithoutContract,
            ..adult(34)
        },
        Member {
            work: Work::Unemployed,
            ..adult(20)
        },
    ]);
    let x = get(&q, "viec-lam");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Unverified, "the retirement ages are recalled");
    assert_eq!(
        x.reason.vi,
        "Thành viên thứ 2 (34 tuổi) làm công ăn lương mà không có hợp đồng lao động. Còn 1 thành viên khác cũng vậy."
    );
}

// ---- 2 nguoi-phu-thuoc ----

#[test]
fn dependants_exactly_half_is_not_deprived() {
    let q = household(vec![adult(40), adult(38), child(10), child(4)]);
    let x = get(&q, "nguoi-phu-thuoc");
    assert!(!x.deprived());
    assert!(x.reason.vi.starts_with("2 trong 4 thành viên là người phụ thuộc"));
    assert!(x.reason.vi.ends_with("không quá một nửa."));
}

#[test]
fn dependants_more_than_half_is_deprived() {
    let q = household(vec![adult(40), child(10), child(4)]);
    let x = get(&q, "nguoi-phu-thuoc");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Secondary);
    assert!(x.reason.en.starts_with("2 of 3 members are dependants"));
    assert!(x.reason.en.ends_with(": more than half."));
}

#[test]
fn dependants_are_children_under_16_or_members_with_a_monthly_allowance() {
    // One member alone: deprived exactly when that member is a dependant.
    assert!(deprived(&one(adult(15)), "nguoi-phu-thuoc"));
    assert!(!deprived(&one(adult(16)), "nguoi-phu-thuoc"));
    assert!(!deprived(&one(adult(60)), "nguoi-phu-thuoc"));
    assert!(
        !deprived(&one(adult(70)), "nguoi-phu-thuoc"),
        "age alone does not make a dependant"
    );
    let allowance = |age| Member {
        monthly_social_allowance: true,
        ..adult(age)
    };
    assert!(deprived(&one(allowance(70)), "nguoi-phu-thuoc"));
    assert!(
        deprived(&one(allowance(40)), "nguoi-phu-thuoc"),
        "a disabled member with the allowance"
    );
}

// ---- 3 dinh-duong ----

#[test]
fn nutrition_malnourished_child_of_15_is_deprived() {
    let q = household(vec![
        adult(40),
        Member {
            malnourished: true,
            ..child(15)
        },
    ]);
    let x = get(&q, "dinh-duong");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Secondary);
    assert_eq!(
        x.reason.vi,
        "Thành viên thứ 2 (15 tuổi) bị suy dinh dưỡng (thấp còi hoặc nhẹ cân)."
    );
}

#[test]
fn nutrition_member_of_16_is_not_a_child() {
    let q = household(vec![
        adult(40),
        Member {
            malnourished: true,
            ..adult(16)
        },
    ]);
    assert!(!deprived(&q, "dinh-duong"));
}

#[test]
fn nutrition_well_fed_children_are_not_deprived() {
    let x = get(&household(vec![adult(40), child(2)]), "dinh-duong");
    assert!(!x.deprived());
    assert_eq!(x.reason.vi, "Không có trẻ em dưới 16 tuổi nào bị suy dinh dưỡng.");
    assert_eq!(
        get(&one(adult(40)), "dinh-duong").reason.vi,
        "Hộ không có trẻ em dưới 16 tuổi."
    );
}

// ---- 4 bao-hiem-y-te ----

#[test]
fn insurance_child_of_5_without_it_is_not_counted() {
    let q = household(vec![
        adult(40),
        Member {
            health_insurance: false,
            ..child(5)
        },
    ]);
    assert!(!deprived(&q, "bao-hiem-y-te"));
}

#[test]
fn insurance_child_of_6_without_it_is_deprived() {
    let q = household(vec![
        adult(40),
        Member {
            health_insurance: false,
            ..child(6)
        },
    ]);
    let x = get(&q, "bao-hiem-y-te");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Unverified);
    assert_eq!(x.reason.vi, "Thành viên thứ 2 (6 tuổi) không có bảo hiểm y tế.");
    assert_eq!(x.reason.en, "Member 2 (aged 6) has no health insurance.");
}

#[test]
fn insurance_reason_counts_the_other_uninsured_members() {
    let no = |m: Member| Member {
        health_insurance: false,
        ..m
    };
    let q = household(vec![no(adult(40)), no(adult(38)), no(child(7))]);
    let x = get(&q, "bao-hiem-y-te");
    assert!(x.reason.vi.ends_with("Còn 2 thành viên khác cũng vậy."));
    assert!(x.reason.en.ends_with("The same goes for 2 other members."));
}

// ---- 5 giao-duc-nguoi-lon ----

fn adult_education(age: u32, finished: Schooling, studying: bool) -> bool {
    let q = household(vec![
        adult(40),
        Member {
            finished,
            studying,
            ..adult(age)
        },
    ]);
    deprived(&q, "giao-duc-nguoi-lon")
}

#[test]
fn adult_education_age_16_needs_lower_secondary() {
    for s in Schooling::ALL {
        let expected = matches!(s, Schooling::None | Schooling::Primary);
        assert_eq!(adult_education(16, s, false), expected, "{s:?}");
    }
}

#[test]
fn adult_education_age_17_needs_lower_secondary() {
    for s in Schooling::ALL {
        let expected = matches!(s, Schooling::None | Schooling::Primary);
        assert_eq!(adult_education(17, s, false), expected, "{s:?}");
    }
}

#[test]
fn adult_education_age_18_needs_upper_secondary_or_vocational() {
    for s in Schooling::ALL {
        let expected = matches!(s, Schooling::None | Schooling::Primary | Schooling::LowerSecondary);
        assert_eq!(adult_education(18, s, false), expected, "{s:?}");
    }
}

#[test]
fn adult_education_age_30_needs_upper_secondary_or_vocational() {
    for s in Schooling::ALL {
        let expected = matches!(s, Schooling::None | Schooling::Primary | Schooling::LowerSecondary);
        assert_eq!(adult_education(30, s, false), expected, "{s:?}");
    }
}

#[test]
fn adult_education_age_31_is_not_counted() {
    for s in Schooling::ALL {
        assert!(!adult_education(31, s, false), "{s:?}");
    }
}

#[test]
fn adult_education_age_15_is_not_counted() {
    for s in Schooling::ALL {
        assert!(!adult_education(15, s, false), "{s:?}");
    }
}

#[test]
fn adult_education_a_member_still_studying_is_not_deprived() {
    for age in [16, 17, 18, 30] {
        for s in Schooling::ALL {
            assert!(!adult_education(age, s, true), "{age} {s:?}");
        }
    }
}

#[test]
fn adult_education_on_the_job_training_spares_a_member_and_says_so() {
    let trained = Member {
        finished: Schooling::LowerSecondary,
        on_the_job_training: true,
        ..adult(20)
    };
    let x = get(&household(vec![adult(40), trained.clone()]), "giao-duc-nguoi-lon");
    assert!(!x.deprived());
    assert_eq!(x.status, Status::Unverified, "the exception is not checked");
    assert!(x.reason.en.contains("certified on-the-job vocational training"));
    let untrained = Member {
        on_the_job_training: false,
        ..trained
    };
    let x = get(&household(vec![adult(40), untrained]), "giao-duc-nguoi-lon");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Secondary);
}

#[test]
fn a_standard_without_questionnaire_rules_is_refused() {
    let catalogue = Catalogue::national();
    assert_eq!(
        poverty_rules::derive(catalogue.get("qd59-2015").unwrap(), &one(adult(40)), review()),
        Err(QuestionnaireError::NoQuestionnaire),
    );
    let s2026 = catalogue.get("nd351-2026").unwrap();
    let all = poverty_rules::derive(s2026, &one(adult(40)), Date::new(2026, 6, 1).unwrap()).unwrap();
    assert_eq!(all.len(), 12, "2026 keeps the 2022–2025 questionnaire");
    assert!(all.iter().all(|x| x.status <= Status::Secondary));
}

#[test]
fn every_threshold_comes_from_the_data_with_its_basis() {
    let rules = nd07().questionnaire_rules().unwrap();
    assert_eq!(rules.working_age_from.value, 15);
    assert_eq!(rules.dependant_under.value, Some(d(16)));
    assert_eq!(rules.insurance_from.value, Some(d(6)));
    assert_eq!(
        (rules.adult_education_from.value, rules.adult_education_to.value),
        (Some(d(16)), Some(d(30)))
    );
    assert_eq!(rules.upper_secondary_from.value, Some(d(18)));
    assert_eq!(
        (rules.school_from.value, rules.school_under.value),
        (Some(d(3)), Some(d(16)))
    );
    assert_eq!(rules.min_floor_area_per_person_m2.value, Some(d(8)));
    assert_eq!(rules.retirement.basis.document_id.as_deref(), Some("blld-2019"));
    assert_eq!(rules.retirement.basis.article.as_deref(), Some("Điều 169"));
    assert_eq!(
        rules.retirement.schedule_basis.document_id.as_deref(),
        Some("nd135-2020")
    );
    assert_eq!(rules.retirement.basis.status, Status::Unverified);
    assert_eq!(rules.on_the_job_training.status, Status::Unverified);
    for basis in rules.bases() {
        assert!(basis.document_id.is_some());
        assert!(basis.status == Status::Verified || basis.note.is_some());
    }
}

#[test]
fn adult_education_reason_names_the_missing_qualification() {
    let q = household(vec![
        adult(40),
        Member {
            finished: Schooling::Primary,
            ..adult(17)
        },
    ]);
    let x = get(&q, "giao-duc-nguoi-lon");
    assert_eq!(x.status, Status::Secondary);
    assert_eq!(
        x.reason.vi,
        "Thành viên thứ 2 (17 tuổi) không đi học và chưa tốt nghiệp trung học cơ sở."
    );
    let q = one(Member {
        finished: Schooling::LowerSecondary,
        ..adult(25)
    });
    let x = get(&q, "giao-duc-nguoi-lon");
    assert_eq!(
        x.reason.vi,
        "Thành viên thứ 1 (25 tuổi) không đi học và chưa tốt nghiệp trung học phổ thông hay giáo dục nghề nghiệp."
    );
    assert_eq!(
        x.reason.en,
        "Member 1 (aged 25) is not studying and has finished neither upper secondary school nor vocational training."
    );
}

// ---- 6 di-hoc-tre-em ----

fn out_of_school(age: u32) -> Member {
    Member {
        studying: false,
        school_level_right_for_age: false,
        ..child(age)
    }
}

#[test]
fn schooling_child_of_2_out_of_school_is_not_counted() {
    let x = get(&household(vec![adult(40), out_of_school(2)]), "di-hoc-tre-em");
    assert!(!x.deprived());
    assert_eq!(x.reason.vi, "Hộ không có trẻ em từ 3 đến dưới 16 tuổi.");
}

#[test]
fn schooling_child_of_3_out_of_school_is_deprived() {
    let x = get(&household(vec![adult(40), out_of_school(3)]), "di-hoc-tre-em");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Secondary);
    assert_eq!(x.reason.vi, "Thành viên thứ 2 (3 tuổi) không đi học.");
    assert_eq!(x.reason.en, "Member 2 (aged 3) is not in school.");
}

#[test]
fn schooling_child_of_15_out_of_school_is_deprived() {
    assert!(deprived(
        &household(vec![adult(40), out_of_school(15)]),
        "di-hoc-tre-em"
    ));
}

#[test]
fn schooling_member_of_16_out_of_school_is_not_a_child() {
    assert!(!deprived(
        &household(vec![adult(40), out_of_school(16)]),
        "di-hoc-tre-em"
    ));
}

#[test]
fn schooling_child_at_the_wrong_level_is_deprived() {
    let behind = Member {
        school_level_right_for_age: false,
        ..child(9)
    };
    let x = get(&household(vec![adult(40), behind]), "di-hoc-tre-em");
    assert!(x.deprived());
    assert_eq!(
        x.reason.vi,
        "Thành viên thứ 2 (9 tuổi) đi học nhưng không đúng bậc, cấp học phù hợp với độ tuổi."
    );
}

#[test]
fn schooling_child_at_the_right_level_is_not_deprived() {
    for age in [3, 15] {
        assert!(
            !deprived(&household(vec![adult(40), child(age)]), "di-hoc-tre-em"),
            "{age}"
        );
    }
}

// ---- 7 chat-luong-nha-o ----

fn with_parts(walls: bool, columns: bool, roof: bool) -> Questionnaire {
    let mut q = one(adult(40));
    q.home.durable_walls = walls;
    q.home.durable_columns = columns;
    q.home.durable_roof = roof;
    q
}

#[test]
fn housing_one_non_durable_part_is_not_deprived() {
    for (w, c, r) in [(false, true, true), (true, false, true), (true, true, false)] {
        assert!(!deprived(&with_parts(w, c, r), "chat-luong-nha-o"), "{w} {c} {r}");
    }
    let x = get(&with_parts(true, true, false), "chat-luong-nha-o");
    assert_eq!(
        x.reason.vi,
        "Chỉ 1 trong 3 kết cấu chính không bền chắc (mái); phải từ 2 trở lên mới là thiếu hụt."
    );
}

#[test]
fn housing_two_non_durable_parts_are_deprived() {
    for (w, c, r) in [(false, false, true), (false, true, false), (true, false, false)] {
        assert!(deprived(&with_parts(w, c, r), "chat-luong-nha-o"), "{w} {c} {r}");
    }
    let x = get(&with_parts(false, true, false), "chat-luong-nha-o");
    assert_eq!(x.status, Status::Secondary);
    assert_eq!(
        x.reason.vi,
        "Nhà có 2 trong 3 kết cấu chính không bền chắc: tường, mái."
    );
    assert_eq!(
        x.reason.en,
        "2 of the home's 3 main parts are not durable: walls, roof."
    );
}

#[test]
fn housing_three_non_durable_parts_are_deprived() {
    assert!(deprived(&with_parts(false, false, false), "chat-luong-nha-o"));
}

#[test]
fn housing_no_home_is_deprived_in_quality_and_area() {
    let mut q = one(adult(40));
    q.home.has_home = false;
    let quality = get(&q, "chat-luong-nha-o");
    assert!(quality.deprived());
    assert_eq!(quality.reason.vi, "Hộ không có nhà ở.");
    assert!(deprived(&q, "dien-tich-nha-o"));
}

// ---- 8 dien-tich-nha-o ----

fn area_for(area: Decimal, people: usize) -> Questionnaire {
    Questionnaire {
        members: vec![adult(40); people],
        home: home(area),
    }
}

#[test]
fn floor_area_exactly_8_per_person_is_not_deprived() {
    let x = get(&area_for(d(24), 3), "dien-tich-nha-o");
    assert!(!x.deprived());
    assert_eq!(
        x.reason.vi,
        "Diện tích nhà ở 24 m² cho 3 người: bình quân 8 m²/người, không dưới 8 m²."
    );
    assert_eq!(
        x.reason.en,
        "24 m² of floor area for 3 people: 8 m² per person, not under 8 m²."
    );
}

#[test]
fn floor_area_just_under_8_per_person_is_deprived() {
    // 23,99 m² for 3 people is 7,9966… m² each: printed cut, never as 8,00.
    let x = get(&area_for(Decimal::new(2399, 2), 3), "dien-tich-nha-o");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Secondary);
    assert_eq!(
        x.reason.vi,
        "Diện tích nhà ở 23,99 m² cho 3 người: bình quân 7,99 m²/người, dưới 8 m²."
    );
    let x = get(&area_for(Decimal::new(7_999_999, 6), 1), "dien-tich-nha-o");
    assert!(x.deprived());
    assert_eq!(
        x.reason.en,
        "7,99 m² of floor area for 1 person: 7,99 m² per person, under 8 m²."
    );
}

#[test]
fn floor_area_prints_decimals_the_vietnamese_way() {
    let x = get(&area_for(d(17), 2), "dien-tich-nha-o");
    assert!(!x.deprived());
    assert!(x.reason.vi.contains("bình quân 8,50 m²/người"), "{}", x.reason.vi);
}

#[test]
fn floor_area_zero_with_a_home_is_deprived() {
    assert!(deprived(&area_for(d(0), 1), "dien-tich-nha-o"));
}

#[test]
fn floor_area_no_home_counts_as_deprived() {
    let mut q = area_for(d(100), 2);
    q.home.has_home = false;
    let x = get(&q, "dien-tich-nha-o");
    assert!(x.deprived());
    assert_eq!(
        x.reason.vi,
        "Hộ không có nhà ở, nên được tính là thiếu hụt diện tích nhà ở."
    );
}

// ---- 9 nguon-nuoc ----

#[test]
fn water_each_source() {
    let cases = [
        (WaterSource::Piped, false, "nước máy"),
        (WaterSource::DrilledWell, false, "giếng khoan"),
        (
            WaterSource::ProtectedWellOrSpring,
            false,
            "giếng đào hoặc khe, mó được bảo vệ",
        ),
        (WaterSource::Rainwater, false, "nước mưa"),
        (WaterSource::Bottled, false, "nước đóng chai"),
        (WaterSource::Unprotected, true, "nguồn không được bảo vệ"),
    ];
    for (source, expected, words) in cases {
        let mut q = one(adult(40));
        q.home.water = source;
        let x = get(&q, "nguon-nuoc");
        assert_eq!(x.deprived(), expected, "{source:?}");
        assert_eq!(x.status, Status::Secondary);
        assert!(x.reason.vi.contains(words), "{source:?}: {}", x.reason.vi);
    }
}

// ---- 10 nha-tieu ----

#[test]
fn latrine_each_kind() {
    let cases = [
        (Latrine::Septic, false, "nhà tiêu tự hoại"),
        (Latrine::SemiSeptic, false, "nhà tiêu bán tự hoại"),
        (Latrine::PourFlush, false, "nhà tiêu dội nước"),
        (Latrine::Other, true, "không dùng nhà tiêu hợp vệ sinh"),
    ];
    for (kind, expected, words) in cases {
        let mut q = one(adult(40));
        q.home.latrine = kind;
        let x = get(&q, "nha-tieu");
        assert_eq!(x.deprived(), expected, "{kind:?}");
        assert_eq!(x.status, Status::Secondary);
        assert!(x.reason.vi.contains(words), "{kind:?}: {}", x.reason.vi);
    }
}

// ---- 11 vien-thong ----

#[test]
fn telecom_no_internet_user_is_deprived() {
    let mut q = one(adult(40));
    q.home.internet_user = false;
    let x = get(&q, "vien-thong");
    assert!(x.deprived());
    assert_eq!(x.status, Status::Unverified);
    assert_eq!(x.reason.en, "No member uses internet services.");
}

#[test]
fn telecom_an_internet_user_is_not_deprived() {
    assert!(!deprived(&one(adult(40)), "vien-thong"));
}

// ---- 12 tiep-can-thong-tin ----

#[test]
fn information_device_and_loudspeaker_combinations() {
    for (device, loudspeaker, expected) in [
        (true, true, false),
        (true, false, false),
        (false, true, false),
        (false, false, true),
    ] {
        let mut q = one(adult(40));
        q.home.information_device = device;
        q.home.hears_loudspeaker = loudspeaker;
        let x = get(&q, "tiep-can-thong-tin");
        assert_eq!(x.deprived(), expected, "device {device}, loudspeaker {loudspeaker}");
        assert_eq!(x.status, Status::Unverified);
    }
    let mut q = one(adult(40));
    q.home.information_device = false;
    q.home.hears_loudspeaker = false;
    assert_eq!(
        get(&q, "tiep-can-thong-tin").reason.vi,
        "Hộ không có tivi, radio, máy tính hay điện thoại, và không nghe được loa truyền thanh của thôn, xã."
    );
}

// ---- errors ----

#[test]
fn error_no_members() {
    assert_eq!(derive(&household(vec![])), Err(QuestionnaireError::NoMembers));
}

#[test]
fn error_too_many_members() {
    let max = MAX_MEMBERS as usize;
    assert!(derive(&area_for(d(10_000), max)).is_ok());
    assert_eq!(
        derive(&area_for(d(10_000), max + 1)),
        Err(QuestionnaireError::TooManyMembers)
    );
}

#[test]
fn error_age_too_high_names_the_member_from_1() {
    assert!(derive(&household(vec![adult(40), adult(120)])).is_ok());
    let q = household(vec![adult(40), adult(38), adult(121), adult(130)]);
    assert_eq!(derive(&q), Err(QuestionnaireError::AgeTooHigh { member: 3 }));
    assert!(
        QuestionnaireError::AgeTooHigh { member: 3 }
            .message(Lang::Vi)
            .contains("thành viên thứ 3")
    );
}

#[test]
fn error_negative_area() {
    assert_eq!(
        derive(&area_for(Decimal::new(-1, 2), 1)),
        Err(QuestionnaireError::NegativeArea)
    );
    // A negative zero is zero.
    let mut zero = Decimal::ZERO;
    zero.set_sign_negative(true);
    assert!(derive(&area_for(zero, 1)).is_ok());
}

#[test]
fn error_negative_area_even_without_a_home() {
    let mut q = area_for(d(-5), 1);
    q.home.has_home = false;
    assert_eq!(derive(&q), Err(QuestionnaireError::NegativeArea));
}

#[test]
fn error_area_too_large() {
    assert!(derive(&area_for(d(10_000), 1)).is_ok());
    assert_eq!(
        derive(&area_for(Decimal::new(1_000_001, 2), 1)),
        Err(QuestionnaireError::AreaTooLarge)
    );
    assert!(QuestionnaireError::AreaTooLarge.message(Lang::Vi).contains("10.000 m²"));
}

#[test]
fn error_messages_exist_in_both_languages() {
    let errors = [
        QuestionnaireError::NoQuestionnaire,
        QuestionnaireError::NoRetirementAge { year: 2020 },
        QuestionnaireError::NoMembers,
        QuestionnaireError::TooManyMembers,
        QuestionnaireError::AgeTooHigh { member: 2 },
        QuestionnaireError::NegativeArea,
        QuestionnaireError::AreaTooLarge,
    ];
    for e in errors {
        assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
        assert_ne!(e.message(Lang::Vi), e.message(Lang::En));
        assert_eq!(e.to_string(), e.message(Lang::Vi));
    }
}

// ---- any input ----

fn work() -> impl Strategy<Value = Work> {
    proptest::sample::select(Work::ALL.to_vec())
}

fn sex() -> impl Strategy<Value = Option<Sex>> {
    proptest::sample::select(vec![None, Some(Sex::Male), Some(Sex::Female)])
}

fn schooling() -> impl Strategy<Value = Schooling> {
    proptest::sample::select(Schooling::ALL.to_vec())
}

fn member() -> impl Strategy<Value = Member> {
    (0u32..200, any::<[bool; 6]>(), schooling(), work(), sex()).prop_map(|(age, flags, finished, work, sex)| Member {
        age,
        sex,
        studying: flags[0],
        school_level_right_for_age: flags[1],
        finished,
        health_insurance: flags[2],
        work,
        monthly_social_allowance: flags[3],
        malnourished: flags[4],
        on_the_job_training: flags[5],
    })
}

/// Any decimal at all, and many near the interesting range.
fn area() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
            .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(lo, mid, hi, negative, scale)),
        (-1_000_000i64..2_000_000, 0u32..4).prop_map(|(n, scale)| Decimal::new(n, scale)),
    ]
}

fn home_answers() -> impl Strategy<Value = Home> {
    (
        any::<[bool; 10]>(),
        area(),
        proptest::sample::select(WaterSource::ALL.to_vec()),
        proptest::sample::select(Latrine::ALL.to_vec()),
    )
        .prop_map(|(flags, floor_area_m2, water, latrine)| Home {
            has_home: flags[0],
            durable_walls: flags[1],
            durable_columns: flags[2],
            durable_roof: flags[3],
            floor_area_m2,
            water,
            latrine,
            internet_user: flags[4],
            information_device: flags[5],
            hears_loudspeaker: flags[6],
            waste_handled: flags[7],
            internet_access: flags[8],
            digital_services_user: flags[9],
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn derive_never_panics_and_gives_twelve_or_an_error(
        members in proptest::collection::vec(member(), 0..=105),
        home in home_answers(),
    ) {
        let q = Questionnaire { members, home };
        match derive(&q) {
            Ok(all) => {
                prop_assert_eq!(all.len(), 12);
                let ids: Vec<&str> = all.iter().map(|x| x.indicator_id).collect();
                prop_assert_eq!(ids, poverty_rules::ND07_INDICATOR_IDS.to_vec());
                for x in &all {
                    prop_assert!(!x.reason.vi.is_empty() && !x.reason.en.is_empty());
                }
                let ids = deprived_ids(&all);
                prop_assert_eq!(ids.len(), all.iter().filter(|x| x.deprived()).count());
            }
            Err(e) => {
                prop_assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
            }
        }
    }

    #[test]
    fn derive_refuses_exactly_the_impossible_answers(
        members in proptest::collection::vec(member(), 0..=105),
        home in home_answers(),
    ) {
        let area = home.floor_area_m2;
        let impossible = members.is_empty()
            || members.len() > MAX_MEMBERS as usize
            || members.iter().any(|m| m.age > 120)
            || (area.is_sign_negative() && !area.is_zero())
            || area > Decimal::from(10_000);
        let q = Questionnaire { members, home };
        prop_assert_eq!(derive(&q).is_err(), impossible);
    }
}

// ---- 2027–2030: known thresholds asked, unknown ones left open ----

fn nd351_2027() -> Standard {
    Catalogue::national().get("nd351-2027").unwrap().clone()
}

/// The review at the end of 2026, which makes the 2027 lists.
fn review_2026() -> Date {
    Date::new(2026, 11, 20).unwrap()
}

#[test]
fn the_2027_questionnaire_derives_its_13_indicators_in_the_standards_order() {
    let standard = nd351_2027();
    let all = poverty_rules::derive(&standard, &one(adult(40)), review_2026()).unwrap();
    let got: Vec<&str> = all.iter().map(|x| x.indicator_id).collect();
    let mut expected: Vec<&str> = standard.indicators().map(|i| i.id.as_str()).collect();
    // The questions run members first, then the home, as for 2022–2025.
    expected.sort_by_key(|id| poverty_rules::QUESTIONNAIRE_INDICATOR_IDS.iter().position(|q| q == id));
    assert_eq!(got, expected);
    assert_eq!(got.len(), 13);
    assert!(!got.contains(&"tiep-can-thong-tin") && !got.contains(&"vien-thong"));
}

#[test]
fn a_2027_threshold_not_known_leaves_its_indicator_open_and_names_it() {
    let all = poverty_rules::derive(&nd351_2027(), &one(adult(40)), review_2026()).unwrap();
    let open: Vec<(&str, Vec<Knob>)> = all
        .iter()
        .filter(|x| x.verdict.is_none())
        .map(|x| (x.indicator_id, x.missing.clone()))
        .collect();
    assert_eq!(
        open,
        [
            ("bao-hiem-y-te", vec![Knob::InsuranceFrom]),
            (
                "giao-duc-nguoi-lon",
                vec![
                    Knob::AdultEducationFrom,
                    Knob::AdultEducationTo,
                    Knob::UpperSecondaryFrom
                ]
            ),
            ("di-hoc-tre-em", vec![Knob::SchoolFrom, Knob::SchoolUnder]),
            ("chat-luong-nha-o", vec![Knob::NonDurableParts]),
            ("dien-tich-nha-o", vec![Knob::MinFloorArea]),
        ]
    );
    let floor = all.iter().find(|x| x.indicator_id == "dien-tich-nha-o").unwrap();
    assert!(!floor.deprived());
    assert!(floor.reason.vi.contains("«Diện tích nhà ở tối thiểu mỗi người (m²)»"));
    assert!(floor.reason.vi.contains("chuẩn địa phương"));
    assert_eq!(floor.status, Status::Unverified);
    // An open indicator is not ticked by the answers; a tick made by hand
    // on it stays, and one on a settled indicator goes.
    assert!(!deprived_ids(&all).contains(&"dien-tich-nha-o".to_owned()));
    let before = ["dien-tich-nha-o".to_owned(), "nguon-nuoc".to_owned()];
    assert_eq!(poverty_rules::ticks_after(&all, &before), ["dien-tich-nha-o"]);
}

#[test]
fn the_2027_home_questions_settle_waste_internet_and_digital_services() {
    let mut q = one(adult(40));
    q.home.waste_handled = false;
    q.home.internet_access = false;
    q.home.digital_services_user = true;
    let all = poverty_rules::derive(&nd351_2027(), &q, review_2026()).unwrap();
    let ids = deprived_ids(&all);
    assert!(ids.contains(&"rac-thai".to_owned()) && ids.contains(&"internet".to_owned()));
    assert!(!ids.contains(&"dich-vu-so".to_owned()));
    for id in ["rac-thai", "internet", "dich-vu-so"] {
        let x = all.iter().find(|x| x.indicator_id == id).unwrap();
        assert_eq!(x.status, Status::Unverified, "{id}");
        assert!(x.assumption.is_some(), "{id}: says the criteria are its wording");
    }
    // Not asked under 2022–2025, whose indicators they are not.
    assert!(derive(&q).unwrap().iter().all(|x| x.indicator_id != "rac-thai"));
}

#[test]
fn a_local_standard_sets_a_2027_threshold_and_the_indicator_is_settled_with_the_users_basis() {
    let catalogue = Catalogue::national();
    let mut spec = LocalSpec::from_national(catalogue.get("nd351-2027").unwrap(), "Tỉnh thử 2027");
    spec.thresholds = vec![(Knob::MinFloorArea, d(8))];
    let local = spec.build(&catalogue).unwrap();
    let q = |area: i64| Questionnaire {
        members: vec![adult(40), adult(38)],
        home: home(d(area)),
    };
    let floor = |area| {
        poverty_rules::derive(&local, &q(area), review_2026())
            .unwrap()
            .into_iter()
            .find(|x| x.indicator_id == "dien-tich-nha-o")
            .unwrap()
    };
    assert_eq!(floor(15).verdict, Some(true), "7,5 m² a person, under 8");
    assert_eq!(floor(16).verdict, Some(false), "8 m² a person is not under 8");
    assert_eq!(floor(16).status, Status::Unverified);
    let rules = local.questionnaire_rules().unwrap();
    assert!(
        rules
            .min_floor_area_per_person_m2
            .basis
            .document
            .contains("Tỉnh thử 2027")
    );
    // The others stay open.
    assert_eq!(rules.insurance_from.value, None);
}

#[test]
fn a_local_threshold_out_of_range_or_order_is_refused_when_the_questions_are_asked() {
    let catalogue = Catalogue::national();
    let base = catalogue.get("nd351-2027").unwrap();
    let nd07 = catalogue.get("nd07-2021").unwrap();
    // Checked where the rules are built (the questionnaire, the local
    // standards page), against the base's other end of an age range.
    let refused = |base: &Standard, thresholds: Vec<(Knob, Decimal)>| {
        let mut spec = LocalSpec::from_national(base, "Thử");
        spec.thresholds = thresholds;
        let local = spec.build(&catalogue).unwrap();
        poverty_rules::derive(&local, &one(adult(40)), review_2026()).err()
    };
    let range = |knob| Some(QuestionnaireError::Threshold(LocalError::ThresholdOutOfRange { knob }));
    assert_eq!(
        refused(base, vec![(Knob::NonDurableParts, d(4))]),
        range(Knob::NonDurableParts)
    );
    assert_eq!(
        refused(base, vec![(Knob::InsuranceFrom, Decimal::new(65, 1))]),
        range(Knob::InsuranceFrom),
        "an age is a whole number"
    );
    assert_eq!(
        refused(base, vec![(Knob::MinFloorArea, Decimal::ZERO)]),
        range(Knob::MinFloorArea)
    );
    let order = QuestionnaireError::Threshold(LocalError::ThresholdsOutOfOrder {
        from: Knob::SchoolFrom,
        to: Knob::SchoolUnder,
    });
    assert_eq!(
        refused(base, vec![(Knob::SchoolFrom, d(16)), (Knob::SchoolUnder, d(16))]),
        Some(order.clone())
    );
    assert_eq!(
        refused(nd07, vec![(Knob::SchoolFrom, d(16))]),
        Some(order.clone()),
        "against the base's 16"
    );
    assert_eq!(refused(base, vec![(Knob::MinFloorArea, Decimal::new(75, 1))]), None);
    let said = order.message(Lang::Vi);
    assert!(said.contains("«Đi học của trẻ em: từ tuổi» phải nhỏ hơn"), "{said}");
    // A base that asks no questions has no thresholds to set.
    let mut old = LocalSpec::from_national(catalogue.get("qd59-2015").unwrap(), "Cũ");
    old.thresholds = vec![(Knob::MinFloorArea, d(8))];
    assert_eq!(old.build(&catalogue).unwrap_err(), [LocalError::NoQuestionnaire]);
    for e in [
        LocalError::NoQuestionnaire,
        LocalError::ThresholdOutOfRange {
            knob: Knob::MinFloorArea,
        },
    ] {
        assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
    }
}

#[test]
fn every_national_questionnaire_has_usable_thresholds() {
    for s in Catalogue::national().all() {
        if let Some(rules) = s.questionnaire_rules() {
            assert_eq!(rules.problems(), [], "{}", s.id);
        }
    }
}

#[test]
fn a_local_standards_thresholds_cross_in_its_link() {
    let catalogue = Catalogue::national();
    let mut spec = LocalSpec::from_national(catalogue.get("nd351-2027").unwrap(), "Tỉnh thử 2027");
    spec.thresholds = vec![(Knob::InsuranceFrom, d(6)), (Knob::MinFloorArea, Decimal::new(85, 1))];
    let text = poverty_rules::local_to_query(&spec);
    assert!(text.contains("dp-nguong="), "{text}");
    assert_eq!(poverty_rules::local_from_query(&text), Some(spec));
    // A damaged part is said, not guessed.
    let (form, problems) = poverty_rules::from_query(
        "dp-goc=nd351-2027&dp-ten=X&dp-nt=2200000&dp-tt=2800000&dp-min=3&dp-nguong=khong-co:5",
    );
    assert_eq!(form.local.unwrap().thresholds, []);
    assert_eq!(problems.len(), 1);
}
