//! Properties of the funding arithmetic, whatever is typed.

use funding::{
    Catalogue, CounterpartRule, FundingForm, FundingLine, Kind, ProjectId, Rounding, RoundingMode, RoundingStep,
    Source, TotalText, check, describe, funding_table, parse,
};
use lang::Lang;
use lang::Text;
use proptest::prelude::*;
use rust_decimal::Decimal;
use vn_format::format_decimal;

/// Preset projects, plus one that is not in the catalogue.
const PROJECTS: [u32; 19] = [
    10, 11, 12, 20, 30, 31, 32, 40, 41, 42, 43, 50, 60, 61, 62, 70, 71, 72, 999,
];

/// An amount typed the Vietnamese way (`1.234,567`), or left empty.
fn amount_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        6 => (0i64..=10_000_000_000).prop_map(|n| format_decimal(Decimal::new(n, 3), 3)),
    ]
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Kind::Investment), Just(Kind::Recurrent)]
}

fn typed_line() -> impl Strategy<Value = FundingLine> {
    (
        proptest::sample::select(&PROJECTS[..]),
        proptest::option::of(proptest::sample::select(&["Thôn 1", "Thôn 2", " Thôn 2 ", "Xã A"][..])),
        kind(),
        proptest::array::uniform5(amount_text()),
        prop_oneof![
            Just(String::new()),
            (0i64..=10_000).prop_map(|n| format_decimal(Decimal::new(n, 2), 2))
        ],
    )
        .prop_map(|(project, sub_unit, kind, amounts, disbursement)| FundingLine {
            project: ProjectId(project),
            sub_unit: sub_unit.map(str::to_owned),
            kind,
            amounts,
            disbursement,
        })
}

fn rounding() -> impl Strategy<Value = Rounding> {
    (
        proptest::sample::select(&RoundingMode::ALL[..]),
        proptest::sample::select(&RoundingStep::ALL[..]),
    )
        .prop_map(|(mode, step)| Rounding { mode, step })
}

/// Any text, and text made of what numbers are made of, to reach deeper.
fn any_cell() -> impl Strategy<Value = String> {
    prop_oneof![".*", "[0-9.,% \\-+]{0,14}", "[0-9.,]{0,10}( ?(triệu|tr|đ|%))?"]
}

fn sum<I: IntoIterator<Item = Decimal>>(values: I) -> Decimal {
    values.into_iter().fold(Decimal::ZERO, |a, b| a + b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn totals_by_source_by_kind_by_project_and_by_sub_unit_all_equal_the_grand_total(
        lines in proptest::collection::vec(typed_line(), 0..40),
    ) {
        let catalogue = Catalogue::preset_2021_2025();
        let parsed = parse(&FundingForm { lines, ..FundingForm::default() });
        prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let table = funding_table(&catalogue, &parsed.lines);
        let grand = table.total.all().total();
        prop_assert_eq!(grand, sum(parsed.lines.iter().map(|l| l.amounts.total())));

        let by_source = sum(Source::ALL.iter().map(|s| table.total.all().amounts.get(*s)));
        prop_assert_eq!(by_source, grand);
        let by_kind = sum(Kind::ALL.iter().map(|k| table.total.get(*k).total()));
        prop_assert_eq!(by_kind, grand);

        let top = sum(table.rows.iter().filter(|r| r.depth == 0).map(|r| r.money.all().total()));
        prop_assert_eq!(top + table.unassigned.all().total(), grand);
        // Each project: its own lines plus its sub-projects' rows.
        for row in &table.rows {
            let own = sum(parsed.lines.iter().filter(|l| l.project == row.project).map(|l| l.amounts.total()));
            let children = sum(
                catalogue.projects.iter()
                    .filter(|p| p.parent == Some(row.project))
                    .map(|p| table.row(p.id).unwrap().money.all().total()),
            );
            prop_assert_eq!(row.money.all().total(), own + children, "{}", row.code);
        }

        let unnamed = sum(parsed.lines.iter().filter(|l| l.sub_unit.is_none()).map(|l| l.amounts.total()));
        prop_assert_eq!(sum(table.by_sub_unit.iter().map(|s| s.money.all().total())) + unnamed, grand);

        let all = table.total.all();
        prop_assert!(all.expected_disbursement <= grand);
        if let Some(percent) = all.disbursement_percent() {
            prop_assert!(percent >= Decimal::ZERO && percent <= Decimal::ONE_HUNDRED);
        }
    }

    #[test]
    fn totals_typed_as_the_computed_sums_raise_no_issue(
        lines in proptest::collection::vec(typed_line(), 0..20),
    ) {
        let catalogue = Catalogue::preset_2021_2025();
        let lines: Vec<FundingLine> = lines.into_iter().filter(|l| l.project != ProjectId(999)).collect();
        let table = funding_table(&catalogue, &parse(&FundingForm { lines: lines.clone(), ..FundingForm::default() }).lines);
        let mut totals = vec![TotalText {
            project: None, kind: None, source: None, text: format_decimal(table.total.all().total(), 3),
        }];
        for row in &table.rows {
            for kind in Kind::ALL {
                totals.push(TotalText {
                    project: Some(row.project), kind: Some(kind), source: None,
                    text: format_decimal(row.money.get(kind).total(), 3),
                });
            }
        }
        let form = FundingForm { lines, totals, ..FundingForm::default() };
        prop_assert_eq!(check(&catalogue, &parse(&form)), vec![]);
    }

    #[test]
    fn counterpart_rounding_stays_within_one_step_of_the_exact_value(
        central in 0i64..=1_000_000_000_000, percent in 0i64..=100_000, rounding in rounding(),
    ) {
        let rule = CounterpartRule { percent: Decimal::new(percent, 2), rounding };
        let central = Decimal::new(central, 3);
        let (exact, expected) = (rule.exact(central), rule.expected(central));
        let step = rounding.step.size();
        prop_assert!((expected % step).is_zero(), "{expected} is a whole number of steps");
        prop_assert!(expected >= Decimal::ZERO);
        match rounding.mode {
            RoundingMode::HalfUp => prop_assert!((expected - exact).abs() * Decimal::TWO <= step),
            RoundingMode::Down => prop_assert!(expected <= exact && exact - expected < step),
            RoundingMode::Up => prop_assert!(expected >= exact && expected - exact < step),
        }
    }

    #[test]
    fn counterpart_at_0_and_100_percent(central in 0i64..=1_000_000_000_000, rounding in rounding()) {
        let central = Decimal::new(central, 3);
        let at = |percent: Decimal| CounterpartRule { percent, rounding }.expected(central);
        prop_assert_eq!(at(Decimal::ZERO), Decimal::ZERO);
        prop_assert_eq!(at(Decimal::ONE_HUNDRED), rounding.apply(central));
        if rounding.step == RoundingStep::Thousandth {
            prop_assert_eq!(at(Decimal::ONE_HUNDRED), central, "amounts already have at most 3 decimals");
        }
    }

    #[test]
    fn nothing_typed_makes_parsing_checking_or_describing_panic(
        cells in proptest::collection::vec(
            (proptest::sample::select(&PROJECTS[..]), kind(), proptest::array::uniform5(any_cell()), any_cell(),
             proptest::option::of(any_cell())),
            0..8,
        ),
        totals in proptest::collection::vec(
            (proptest::option::of(proptest::sample::select(&PROJECTS[..])), any_cell()), 0..5),
        percent in any_cell(),
        rounding in rounding(),
    ) {
        let form = FundingForm {
            lines: cells.into_iter().map(|(project, kind, amounts, disbursement, sub_unit)| FundingLine {
                project: ProjectId(project), sub_unit, kind, amounts, disbursement,
            }).collect(),
            totals: totals.into_iter().map(|(project, text)| TotalText {
                project: project.map(ProjectId), kind: None, source: None, text,
            }).collect(),
            counterpart_percent: percent,
            rounding,
        };
        let catalogue = Catalogue::preset_2021_2025();
        let parsed = parse(&form);
        prop_assert_eq!(parsed.lines.len(), form.lines.len());
        prop_assert!(parsed.errors.len() <= form.lines.len() * 6 + form.totals.len() + 1);
        for e in &parsed.errors {
            prop_assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
        }
        for line in &parsed.lines {
            prop_assert!(line.amounts.total() >= Decimal::ZERO);
        }
        let _ = funding_table(&catalogue, &parsed.lines);
        for issue in check(&catalogue, &parsed) {
            let (vi, en) = (describe(&issue, &catalogue, &parsed.lines, Lang::Vi), describe(&issue, &catalogue, &parsed.lines, Lang::En));
            prop_assert!(!vi.is_empty() && !en.is_empty());
        }
    }

    #[test]
    fn catalogue_edits_keep_ids_and_codes_unique_and_parents_first(
        ops in proptest::collection::vec((0u8..3, 0usize..30, "[A-Z]{1,2}[0-9]?", "[a-zđ ]{0,6}"), 0..40),
    ) {
        let mut catalogue = Catalogue::preset_2021_2025();
        let mut ever = Vec::new();
        for (op, pick, code, name) in ops {
            let target = catalogue.projects.get(pick % catalogue.projects.len().max(1)).map(|p| p.id);
            let name = Text::new(&name, "");
            match op {
                0 => {
                    if let Ok(id) = catalogue.add(target.filter(|_| pick % 2 == 0), &code, &name) {
                        prop_assert!(!ever.contains(&id), "id {:?} reused", id);
                        ever.push(id);
                    }
                }
                1 => if let Some(id) = target { let _ = catalogue.rename(id, &code, &name); },
                _ => if let Some(id) = target { catalogue.remove(id); },
            }
            let ps = &catalogue.projects;
            for (i, p) in ps.iter().enumerate() {
                prop_assert!(ps[i + 1..].iter().all(|q| q.id != p.id && q.code != p.code));
                if let Some(parent) = p.parent {
                    prop_assert!(ps[..i].iter().any(|q| q.id == parent), "{} before its parent", p.code);
                }
            }
        }
    }
}
