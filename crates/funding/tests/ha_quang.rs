//! Golden case: the funding of Hà Quảng district's 2022 plan
//! (`shared/examples/ha-quang-2022-plan.txt`, part B.III and B.IV), as typed
//! from the plan, with the totals the plan prints.

use funding::{
    Catalogue, FundingForm, FundingLine, Issue, Kind, Source, TotalText, check, describe, form_from_text, form_to_text,
    funding_table, parse,
};
use lang::Lang;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Central budget only, as the plan gives it.
fn line(catalogue: &Catalogue, code: &str, kind: Kind, central: &str, disbursement: &str) -> FundingLine {
    FundingLine {
        project: catalogue.by_code(code).unwrap().id,
        sub_unit: None,
        kind,
        amounts: [central, "", "", "", ""].map(str::to_owned),
        disbursement: disbursement.into(),
    }
}

fn total(catalogue: &Catalogue, code: Option<&str>, kind: Option<Kind>, text: &str) -> TotalText {
    TotalText {
        project: code.map(|c| catalogue.by_code(c).unwrap().id),
        kind,
        source: None,
        text: text.into(),
    }
}

fn plan(catalogue: &Catalogue) -> FundingForm {
    use Kind::{Investment, Recurrent};
    let c = catalogue;
    FundingForm {
        lines: vec![
            // Dự án 1 is not split by sub-project in the plan.
            line(c, "DA1", Investment, "71.283", "95%"),
            line(c, "DA1", Recurrent, "2.076", "95%"),
            line(c, "DA2", Recurrent, "4.855", "100%"),
            line(c, "DA3.TDA1", Recurrent, "2.100", "100%"),
            line(c, "DA4.TDA1", Recurrent, "1.607", "90%"),
            line(c, "DA4.TDA2", Recurrent, "329", "100%"),
            line(c, "DA4.TDA3", Recurrent, "303", "100%"),
            line(c, "DA6.TDA1", Recurrent, "941", "100%"),
            line(c, "DA6.TDA2", Recurrent, "87", "100%"),
            line(c, "DA7.TDA1", Recurrent, "605", "100%"),
            line(c, "DA7.TDA2", Recurrent, "63", "100%"),
        ],
        totals: vec![
            total(c, None, None, "84.249 triệu đồng"),
            total(c, None, Some(Investment), "71.283"),
            total(c, None, Some(Recurrent), "12.966"),
            total(c, Some("DA1"), None, "73.359"),
            total(c, Some("DA6"), None, "1.028"),
            total(c, Some("DA7"), None, "668"),
        ],
        ..FundingForm::default()
    }
}

#[test]
fn the_plans_totals_are_the_sums_of_its_lines() {
    let catalogue = Catalogue::preset_2021_2025();
    let parsed = parse(&plan(&catalogue));
    assert_eq!(parsed.errors, vec![]);
    assert_eq!(check(&catalogue, &parsed), vec![]);
    let table = funding_table(&catalogue, &parsed.lines);
    assert_eq!(table.total.all().total(), d("84249"));
    assert_eq!(table.total.all().amounts.get(Source::Central), d("84249"));
    assert_eq!(table.total.investment.total(), d("71283"));
    assert_eq!(table.total.recurrent.total(), d("12966"));
    let row = |code: &str| table.row(catalogue.by_code(code).unwrap().id).unwrap();
    assert_eq!(row("DA4").money.all().total(), d("2239"));
    assert!(!row("DA5").has_lines, "the plan funds no Dự án 5");
}

#[test]
fn expected_disbursement_follows_each_projects_percentage() {
    let catalogue = Catalogue::preset_2021_2025();
    let parsed = parse(&plan(&catalogue));
    let table = funding_table(&catalogue, &parsed.lines);
    // 73.359 × 95% + 1.607 × 90% + everything else at 100%.
    assert_eq!(table.total.all().expected_disbursement, d("80420.35"));
    let da1 = table.row(catalogue.by_code("DA1").unwrap().id).unwrap();
    assert_eq!(da1.money.all().disbursement_percent(), Some(d("95")));
}

#[test]
fn a_slip_in_a_printed_total_is_caught_and_explained() {
    let catalogue = Catalogue::preset_2021_2025();
    let mut form = plan(&catalogue);
    form.totals[3].text = "73.395".into();
    let parsed = parse(&form);
    let issues = check(&catalogue, &parsed);
    assert_eq!(issues.len(), 1);
    assert!(matches!(issues[0], Issue::TotalMismatch { row: 3, .. }));
    let (vi, en) = (
        describe(&issues[0], &catalogue, &parsed.lines, Lang::Vi),
        describe(&issues[0], &catalogue, &parsed.lines, Lang::En),
    );
    assert_eq!(
        vi,
        "Tổng của DA1 ghi 73.395 triệu đồng nhưng cộng các dòng được 73.359 triệu đồng."
    );
    assert_eq!(
        en,
        "The total of DA1 reads 73.395 million đồng but its lines add up to 73.359 million đồng."
    );
}

#[test]
fn the_plan_survives_its_text_with_its_slip() {
    let catalogue = Catalogue::preset_2021_2025();
    let mut form = plan(&catalogue);
    form.totals[3].text = "73.395".into();
    let text = form_to_text(&form, &catalogue);
    assert!(text.len() < 1_000, "short enough for a link: {} bytes", text.len());
    let (back, back_catalogue, trouble) = form_from_text(&text);
    assert!(trouble.is_empty(), "{trouble:?}");
    assert_eq!(back, form);
    assert_eq!(back_catalogue, catalogue);
    // The slip travels too, and is caught on the other side.
    let issues = check(&back_catalogue, &parse(&back));
    assert!(
        matches!(issues[..], [Issue::TotalMismatch { row: 3, .. }]),
        "{issues:?}"
    );
}
