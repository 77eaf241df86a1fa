//! poverty-rules: the classification link (case and local standard), a
//! local standard as stored on the device, and the questionnaire's
//! answers, each used as the classify, local and questionnaire pages do.

use lang::Lang;
use std::sync::LazyLock;

use poverty_rules::{
    CaseForm, Catalogue, Home, Latrine, Member, Parsed, Questionnaire, Schooling, Sex, Standard, WaterSource, Work,
    assess, classify_by_scores, deprived_ids, derive, describe_change, describe_check, from_query, local_from_query,
    local_to_query, to_query,
};
use vn_format::{Date, Decimal, parse_count, parse_number};

use crate::rng::Rng;
use crate::target::{Target, Verdict, join_fields, said, split_fields, text};

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::national);

fn case_samples() -> Vec<Vec<u8>> {
    [
        "chuan=nd07-2021&kv=thanh-thi&cach=binh-quan&tn=1.500.000%20%C4%91&thieu=nguon-nuoc,nha-tieu",
        "?chuan=nd351-2026&kv=nong-thon&cach=diem&da=120&db=30",
        "cach=ca-ho&tnh=4.500.001&tv=3&thieu=viec-lam",
        "dp-goc=nd07-2021&dp-ten=T%E1%BB%89nh%20A&dp-nt=1.600.000&dp-tt=2.000.000&dp-min=3&dp-bo=nha-tieu\
         &dp-tb-nt=2.500.000&dp-tb-tt=3.000.000&kv=nong-thon&tn=1.550.000",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// The standard the form names, its local standard built as the classify
/// page builds it, or the first national one.
fn standard_for(form: &CaseForm) -> Standard {
    let mut catalogue = CATALOGUE.clone();
    // Refused, it says why as the local standards page would.
    if let Some(spec) = &form.local
        && !catalogue.add_local(spec)
        && let Err(errors) = spec.build(&catalogue)
    {
        errors.iter().for_each(|e| said(e.message(Lang::Vi)));
    }
    let named = form.standard.as_deref().and_then(|id| catalogue.get(id));
    named.unwrap_or(&catalogue.all()[0]).clone()
}

/// A link read and written again reads to the same link; the household it
/// describes is classified under the standard it names, and under every
/// national one as the compare table does.
fn case(input: &[u8]) -> Verdict {
    let (form, problems) = from_query(&text(input));
    problems.iter().for_each(|p| said(p.message(Lang::Vi)));
    let query = to_query(&form);
    assert_eq!(to_query(&from_query(&query).0), query);
    let standard = standard_for(&form);
    match form.parse() {
        Parsed::Household(household) => {
            for s in std::iter::once(&standard).chain(CATALOGUE.all()) {
                match assess(s, &household) {
                    Ok(assessment) => {
                        assessment
                            .outcome
                            .steps
                            .iter()
                            .for_each(|s| said(describe_check(&s.check).vi));
                        assessment.changes.iter().for_each(|c| said(describe_change(c).vi));
                    }
                    Err(e) => said(e.message(Lang::Vi)),
                }
            }
            Verdict::Accepted
        }
        Parsed::Scores(scores) => {
            match classify_by_scores(&standard, &scores) {
                Ok(outcome) => outcome.steps.iter().for_each(|s| said(describe_check(&s.check).vi)),
                Err(e) => said(e.message(Lang::Vi)),
            }
            Verdict::Accepted
        }
        Parsed::Invalid(errors) => {
            errors.iter().for_each(|e| said(e.vi.clone()));
            Verdict::Refused
        }
        Parsed::Incomplete => Verdict::Refused,
    }
}

fn local_samples() -> Vec<Vec<u8>> {
    let mut samples = case_samples().split_off(3);
    samples.push(b"dp-goc=nd351-2026&dp-ten=X%C3%A3%20B&dp-nt=2.000.000&dp-tt=2.500.000&dp-min=2".to_vec());
    samples.push(
        b"dp-goc=nd351-2027&dp-ten=T%E1%BB%89nh%20C&dp-nt=2.200.000&dp-tt=2.800.000&dp-min=3\
          &dp-nguong=bhyt-tu:6;di-hoc-tu:3;di-hoc-duoi:16;dien-tich:8,5"
            .to_vec(),
    );
    samples
}

/// A stored local standard (one line of the device's list) reads back as
/// written, and builds or is refused with reasons.
fn local(input: &[u8]) -> Verdict {
    let Some(spec) = local_from_query(&text(input)) else {
        return Verdict::Refused;
    };
    let written = local_to_query(&spec);
    assert_eq!(local_from_query(&written).as_ref(), Some(&spec), "written as {written}");
    match spec.build(&CATALOGUE) {
        Ok(_) => Verdict::Accepted,
        Err(errors) => {
            errors.iter().for_each(|e| said(e.message(Lang::Vi)));
            Verdict::Refused
        }
    }
}

fn questionnaire_samples() -> Vec<Vec<u8>> {
    vec![
        join_fields(&["35;8;70;2", "48,5", "\u{0}\u{1}\u{2}\u{3}"]),
        join_fields(&["", "", ""]),
        join_fields(&["4294967296;150", "-1", "\u{ff}"]),
    ]
}

/// The questionnaire's answers: ages and the floor area typed and parsed
/// as the page does (an age too large becomes `u32::MAX`), every other
/// answer drawn from the input's last field.
fn questionnaire(input: &[u8]) -> Verdict {
    let [ages, area, choices] = split_fields(input);
    let mut rng = Rng::new(choices.bytes().fold(0, |h, b| h.wrapping_mul(31) ^ u64::from(b)));
    let members = ages
        .split(';')
        .filter(|a| !a.trim().is_empty())
        .map(|age| Member {
            age: parse_count(age).map_or(u32::MAX, |a| u32::try_from(a).unwrap_or(u32::MAX)),
            studying: rng.one_in(2),
            school_level_right_for_age: rng.one_in(2),
            finished: *rng.pick(&Schooling::ALL),
            health_insurance: rng.one_in(2),
            work: *rng.pick(&Work::ALL),
            sex: *rng.pick(&[None, Some(Sex::Male), Some(Sex::Female)]),
            monthly_social_allowance: rng.one_in(2),
            on_the_job_training: rng.one_in(2),
            malnourished: rng.one_in(2),
        })
        .collect();
    let floor_area_m2 = if area.trim().is_empty() {
        Decimal::ZERO
    } else {
        match parse_number(&area) {
            Ok(area) => area,
            Err(e) => {
                said(e.message(Lang::Vi));
                return Verdict::Refused;
            }
        }
    };
    let q = Questionnaire {
        members,
        home: Home {
            has_home: rng.one_in(2),
            durable_walls: rng.one_in(2),
            durable_columns: rng.one_in(2),
            durable_roof: rng.one_in(2),
            floor_area_m2,
            water: *rng.pick(&WaterSource::ALL),
            latrine: *rng.pick(&Latrine::ALL),
            internet_user: rng.one_in(2),
            information_device: rng.one_in(2),
            hears_loudspeaker: rng.one_in(2),
            waste_handled: rng.one_in(2),
            internet_access: rng.one_in(2),
            digital_services_user: rng.one_in(2),
        },
    };
    // Any standard (most have no questionnaire) and any review year, even
    // one before the retirement schedule starts.
    let standard = rng.pick(CATALOGUE.all());
    let on = Date {
        year: *rng.pick(&[2015, 2021, 2026, 2035, 2100]),
        month: 11,
        day: 20,
    };
    match derive(standard, &q, on) {
        Ok(derivations) => {
            derivations.iter().for_each(|d| said(d.reason.vi.clone()));
            deprived_ids(&derivations);
            Verdict::Accepted
        }
        Err(e) => {
            said(e.message(Lang::Vi));
            Verdict::Refused
        }
    }
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "classification link",
            reads: "`from_query` (case link with its `dp-…` local standard), `CaseForm::parse`, `LocalSpec::build`, `assess` under every standard, `classify_by_scores`, the explanations",
            cost: 2,
            samples: case_samples,
            run: case,
        },
        Target {
            name: "local standard spec",
            reads: "`local_from_query` (a stored line of `dp-…` keys), `local_to_query`, `LocalSpec::build`",
            cost: 1,
            samples: local_samples,
            run: local,
        },
        Target {
            name: "questionnaire answers",
            reads: "ages and floor area parsed as the questionnaire page does, then `derive` under any standard and year, and `deprived_ids`",
            cost: 1,
            samples: questionnaire_samples,
            run: questionnaire,
        },
    ]
}
