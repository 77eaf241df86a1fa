//! The funding form as text: whatever is read never panics, and whatever
//! form and catalogue the planner can make reads back the same.

use funding::{
    Catalogue, FundingForm, FundingLine, Kind, MAX_CELL, ProjectId, Rounding, RoundingMode, RoundingStep, Source,
    TotalText, form_from_text, form_to_text,
};
use lang::Lang;
use lang::Text;
use proptest::prelude::*;

/// Any short text, and text made of the format's own separators.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![".{0,12}", "[~&=%*+ 0-9a-f]{0,8}", Just(String::new())]
}

fn kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(&Kind::ALL[..])
}

fn line() -> impl Strategy<Value = FundingLine> {
    (
        any::<u32>(),
        proptest::option::of(cell()),
        kind(),
        proptest::array::uniform5(cell()),
        cell(),
    )
        .prop_map(|(project, sub_unit, kind, amounts, disbursement)| FundingLine {
            project: ProjectId(project),
            sub_unit,
            kind,
            amounts,
            disbursement,
        })
}

fn total() -> impl Strategy<Value = TotalText> {
    (
        proptest::option::of(any::<u32>()),
        proptest::option::of(kind()),
        proptest::option::of(proptest::sample::select(&Source::ALL[..])),
        cell(),
    )
        .prop_map(|(project, kind, source, text)| TotalText {
            project: project.map(ProjectId),
            kind,
            source,
            text,
        })
}

fn form() -> impl Strategy<Value = FundingForm> {
    (
        proptest::collection::vec(line(), 0..12),
        proptest::collection::vec(total(), 0..6),
        cell(),
        proptest::sample::select(&RoundingMode::ALL[..]),
        proptest::sample::select(&RoundingStep::ALL[..]),
    )
        .prop_map(|(lines, totals, counterpart_percent, mode, step)| FundingForm {
            lines,
            totals,
            counterpart_percent,
            rounding: Rounding { mode, step },
        })
}

/// A catalogue as the planner makes it: the preset or an empty one, then
/// projects added, renamed and removed.
fn catalogue() -> impl Strategy<Value = Catalogue> {
    (
        any::<bool>(),
        proptest::collection::vec((0u8..3, 0usize..30, ".{1,6}", ".{1,20}", ".{0,10}"), 0..12),
    )
        .prop_map(|(preset, ops)| {
            let mut catalogue = if preset {
                Catalogue::preset_2021_2025()
            } else {
                Catalogue::default()
            };
            for (op, pick, code, vi, en) in ops {
                let target = catalogue
                    .projects
                    .get(pick % catalogue.projects.len().max(1))
                    .map(|p| p.id);
                let name = Text::new(&vi, &en);
                match op {
                    0 => {
                        let _ = catalogue.add(target.filter(|_| pick % 2 == 0), &code, &name);
                    }
                    1 => {
                        if let Some(id) = target {
                            let _ = catalogue.rename(id, &code, &name);
                        }
                    }
                    _ => {
                        if let Some(id) = target {
                            catalogue.remove(id);
                        }
                    }
                }
            }
            catalogue
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_text_reads_without_panicking(text in any::<String>()) {
        let _ = form_from_text(&text);
    }

    #[test]
    fn any_text_in_the_formats_own_shape_reads_without_panicking(
        pairs in proptest::collection::vec(
            (
                proptest::sample::select(&["v", "dong", "tong", "doi-ung", "lam-tron", "danh-muc", "du-an", "x"][..]),
                "[0-9a-z~%*+,.-]{0,30}",
            ),
            0..20,
        ),
    ) {
        let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (form, catalogue, trouble) = form_from_text(&text.join("&"));
        prop_assert!(!trouble.message(Lang::Vi).is_empty() && !trouble.message(Lang::En).is_empty());
        // Whatever was read is a catalogue the planner could have made.
        let ps = &catalogue.projects;
        for (i, p) in ps.iter().enumerate() {
            prop_assert!(ps[i + 1..].iter().all(|q| q.id != p.id && q.code != p.code));
            if let Some(parent) = p.parent {
                prop_assert!(ps[..i].iter().any(|q| q.id == parent));
            }
        }
        for l in &form.lines {
            prop_assert!(l.amounts.iter().all(|a| a.chars().count() <= MAX_CELL));
        }
    }

    #[test]
    fn any_form_and_catalogue_round_trip(form in form(), catalogue in catalogue()) {
        let text = form_to_text(&form, &catalogue);
        let (back, back_catalogue, trouble) = form_from_text(&text);
        prop_assert!(trouble.is_empty(), "{:?} in {}", trouble, text);
        prop_assert_eq!(back, form);
        prop_assert_eq!(back_catalogue, catalogue);
    }
}
