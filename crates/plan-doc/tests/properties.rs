//! Any plan, any text: the storage text reads back exactly, any text reads
//! without panicking, and any plan gives a .docx that reads back valid.

mod common;

use plan_doc::{
    DimensionRow, FiguresText, Header, Lang, LastYearText, Lines, OrgRow, Organisation, OutlinePart, Output, PlanForm,
    ProjectOffice, ProjectPlan, Section, SectionId, Signature, TargetText, TargetsText, UnitLevel,
};
use plan_doc::{build_document, from_text, to_docx, to_text};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ a-zA-ZàảạđêếệôơưỹỦ<>&\"';|=%\n\r\t\u{0}-\u{1f}]{0,40}"
    ]
}

fn section() -> impl Strategy<Value = Section> {
    (any::<bool>(), text()).prop_map(|(included, text)| Section { included, text })
}

fn lines() -> impl Strategy<Value = Lines> {
    (any::<bool>(), prop::collection::vec(text(), 0..4)).prop_map(|(included, lines)| Lines { included, lines })
}

fn form() -> impl Strategy<Value = PlanForm> {
    let header = prop::collection::vec(text(), 6).prop_map(|f| Header {
        superior_body: f[0].clone(),
        issuing_body: f[1].clone(),
        number: f[2].clone(),
        place: f[3].clone(),
        date: f[4].clone(),
        subject: f[5].clone(),
    });
    let organisation = (
        any::<bool>(),
        prop::collection::vec(
            (text(), text()).prop_map(|(office, tasks)| OrgRow { office, tasks }),
            0..4,
        ),
    )
        .prop_map(|(included, rows)| Organisation { included, rows });
    let signature =
        (any::<bool>(), text(), text(), text(), text()).prop_map(|(included, authority, delegated, title, name)| {
            Signature {
                included,
                authority,
                delegated,
                title,
                name,
            }
        });
    let part = prop_oneof![
        (prop::sample::select(SectionId::BODY.to_vec()), text())
            .prop_map(|(id, title)| OutlinePart::Standard { id, title }),
        (any::<bool>(), text(), text()).prop_map(|(included, title, text)| OutlinePart::Custom {
            included,
            title,
            text
        }),
    ];
    let outline = prop::collection::vec(part, 0..4);
    let office = (text(), any::<bool>()).prop_map(|(office, lead)| ProjectOffice { office, lead });
    let output = (text(), text(), text()).prop_map(|(quantity, unit, what)| Output { quantity, unit, what });
    let project = (
        text(),
        text(),
        prop::collection::vec(office, 0..3),
        prop::collection::vec(output, 0..3),
    )
        .prop_map(|(code, activities, offices, outputs)| ProjectPlan {
            code,
            activities,
            offices,
            outputs,
        });
    let dimension =
        (text(), text(), text(), text(), text()).prop_map(|(indicator_id, indicator, unit, baseline, target)| {
            DimensionRow {
                indicator_id,
                indicator,
                unit,
                baseline,
                target,
            }
        });
    let projects = (
        prop::collection::vec(project, 0..3),
        prop::collection::vec(dimension, 0..3),
    );
    let target = || (text(), any::<bool>()).prop_map(|(value, in_points)| TargetText { value, in_points });
    let targets = || {
        (target(), target(), target(), text(), target()).prop_map(|(poor, near_poor, both, goal, em)| TargetsText {
            poor,
            near_poor,
            poor_and_near_poor: both,
            poor_rate_goal: goal,
            ethnic_minority_poor: em,
        })
    };
    let figures = || prop::collection::vec(text(), 7).prop_map(|v| -> FiguresText { v.try_into().unwrap() });
    let last_year = prop_oneof![
        Just(LastYearText::default()),
        (text(), figures(), figures(), targets(), text(), text(), figures()).prop_map(
            |(year, start, end, targets, old_standard, new_standard, end_new)| LastYearText {
                year,
                start,
                end,
                targets,
                old_standard,
                new_standard,
                end_new,
            }
        ),
    ];
    (
        header,
        lines(),
        prop::collection::vec(section(), 11),
        organisation,
        signature,
        lines(),
        outline,
        projects,
        targets(),
        last_year,
        prop::option::of(prop::sample::select(UnitLevel::ALL.to_vec())),
    )
        .prop_map(
            |(
                header,
                legal_grounds,
                s,
                organisation,
                signature,
                recipients,
                outline,
                (projects, dimension_rows),
                targets,
                last_year,
                level,
            )| {
                PlanForm {
                    level,
                    projects,
                    targets,
                    last_year,
                    header,
                    legal_grounds,
                    enacting: s[9].clone(),
                    outline,
                    closing: s[10].clone(),
                    situation: s[0].clone(),
                    purpose: s[1].clone(),
                    objectives: s[2].clone(),
                    dimension_targets: s[3].clone(),
                    dimension_rows,
                    content: s[4].clone(),
                    funding_summary: s[5].clone(),
                    solutions: s[6].clone(),
                    organisation,
                    signature,
                    recipients,
                    target_annex: s[7].clone(),
                    funding_annex: s[8].clone(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_storage_text_reads_back_exactly(form in form()) {
        let (read, troubles) = from_text(&to_text(&form));
        prop_assert!(troubles.is_empty(), "{troubles:?}");
        prop_assert_eq!(read, form);
    }

    #[test]
    fn any_text_reads_without_panicking(text in text(), lines in prop::collection::vec("[a-z.-]{0,12}=[0-9a-zA-Z%|]{0,12}", 0..8)) {
        let _ = from_text(&text);
        let (_, troubles) = from_text(&lines.join("\n"));
        for t in troubles {
            prop_assert!(!t.message(Lang::Vi).is_empty() && !t.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn any_plan_gives_a_valid_docx(form in form(), english in any::<bool>(), keep in prop::collection::vec(any::<bool>(), 13)) {
        let lang = if english { Lang::En } else { Lang::Vi };
        let chosen: Vec<SectionId> = SectionId::ALL.iter().zip(&keep).filter(|(_, k)| **k).map(|(id, _)| *id).collect();
        let document = build_document(&form, &common::numbers(), lang, &chosen);
        for (name, xml) in common::read_package(&to_docx(&document)) {
            common::check_well_formed(&name, &xml);
        }
    }
}
