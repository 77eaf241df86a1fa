//! A funding table as plans print it (tests/data/funding-as-printed.csv): a
//! title, a header on two rows with the kinds of money merged over their
//! sources, a project printed with its sub-projects, and a total row.

use funding::{
    Catalogue, FundingField, FundingRowProblem, Issue, Kind, Meaning, Remembered, Source, check, parse,
    read_funding_bytes, read_funding_table,
};
use lang::Lang;
use rust_decimal::Decimal;

const FILE: &str = include_str!("data/funding-as-printed.csv");

fn catalogue() -> Catalogue {
    Catalogue::preset_2021_2025()
}

fn code(c: &Catalogue, id: funding::ProjectId) -> String {
    c.get(id).map(|p| p.code.clone()).unwrap_or_default()
}

#[test]
fn a_printed_table_becomes_lines_and_typed_totals_that_agree() {
    let c = catalogue();
    let import = read_funding_bytes(FILE.as_bytes().to_vec(), &c, &[]).unwrap();
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let lines: Vec<(String, Kind, Vec<&str>, &str)> = import
        .form
        .lines
        .iter()
        .map(|l| {
            (
                code(&c, l.project),
                l.kind,
                l.amounts.iter().map(String::as_str).collect(),
                l.disbursement.as_str(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("DA2".into(), Kind::Recurrent, vec!["500", "50", "", "", ""], "90"),
            (
                "DA3.TDA1".into(),
                Kind::Recurrent,
                vec!["1.000", "100", "", "20", ""],
                "85"
            ),
            ("DA3.TDA2".into(), Kind::Recurrent, vec!["200", "20", "", "", ""], "100"),
            ("DA4".into(), Kind::Investment, vec!["2.000", "200", "", "", ""], "80"),
        ]
    );
    // DA3's row sums its sub-projects: every figure of it is a typed total,
    // and so is every figure of the total row.
    let da3 = c.by_code("DA3").unwrap().id;
    let of_da3: Vec<(Option<Kind>, Option<Source>, &str)> = import
        .form
        .totals
        .iter()
        .filter(|t| t.project == Some(da3))
        .map(|t| (t.kind, t.source, t.text.as_str()))
        .collect();
    assert_eq!(
        of_da3,
        [
            (None, None, "1.340"),
            (Some(Kind::Recurrent), None, "1.340"),
            (Some(Kind::Recurrent), Some(Source::Central), "1.200"),
            (Some(Kind::Recurrent), Some(Source::LocalCounterpart), "120"),
            (Some(Kind::Recurrent), Some(Source::People), "20"),
        ]
    );
    assert_eq!(import.form.totals.iter().filter(|t| t.project.is_none()).count(), 8);
    let parsed = parse(&import.form);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(check(&c, &parsed), vec![]);
    // The mapping says why "NSTW" under "Vốn sự nghiệp" is recurrent money.
    let m = &import.mapping;
    assert_eq!(
        m.columns[7].meaning,
        Meaning::Field(FundingField::Amount(Some(Kind::Recurrent), Source::Central))
    );
    assert!(m.columns[7].why.0.contains("«Vốn sự nghiệp»"), "{:?}", m.columns[7].why);
    // Nothing printed goes unsaid: the total row's disbursement rate is
    // not read, and a notice says so.
    let text = FILE.replace(";1.700;170;20;", ";1.700;170;20;86");
    let with_rate = read_funding_table(&text, &c, &[]).unwrap();
    assert!(
        with_rate
            .notices
            .iter()
            .any(|(vi, _)| vi.starts_with("Dòng 11: tỷ lệ giải ngân của một dòng tổng")),
        "{:?}",
        with_rate.notices
    );
    assert!(
        import
            .notices
            .iter()
            .any(|(vi, _)| vi.starts_with("Bỏ qua 2 dòng phía trên dòng tiêu đề (dòng 4–5)")),
        "{:?}",
        import.notices
    );
}

#[test]
fn a_wrong_printed_total_is_caught_against_the_lines() {
    let c = catalogue();
    let text = FILE.replace(";1.340;;;;1.340;1.200;", ";1.340;;;;1.340;1.210;");
    let import = read_funding_table(&text, &c, &[]).unwrap();
    let issues = check(&c, &parse(&import.form));
    assert_eq!(issues.len(), 1, "{issues:?}");
    let Issue::TotalMismatch { typed, sum, .. } = &issues[0] else {
        panic!("{issues:?}")
    };
    assert_eq!((*typed, *sum), (Decimal::from(1_210), Decimal::from(1_200)));
}

#[test]
fn villages_under_a_project_and_their_own_totals() {
    let c = catalogue();
    let text = "Dự án;Xã, thôn;Tổng cộng;Vốn sự nghiệp;NSTW;NSĐP\n\
                DA2;Thôn Nà Pản;110;110;100;10\n\
                ;Thôn Pác Nặm;60;60;50;5\n\
                Dự án 9;;10;10;10;\n";
    let import = read_funding_table(text, &c, &[]).unwrap();
    let subs: Vec<Option<&str>> = import.form.lines.iter().map(|l| l.sub_unit.as_deref()).collect();
    assert_eq!(subs, [Some("Thôn Nà Pản"), Some("Thôn Pác Nặm")]);
    let problems: Vec<(u64, &FundingRowProblem)> = import.errors.iter().map(|e| (e.row, &e.problem)).collect();
    // Its total and its recurrent total both read 60, not 50 + 5.
    assert!(
        matches!(problems[0], (3, FundingRowProblem::RowTotal { .. })),
        "{problems:?}"
    );
    assert!(
        matches!(problems[1], (3, FundingRowProblem::RowTotal { .. })),
        "{problems:?}"
    );
    assert!(
        matches!(problems[2], (4, FundingRowProblem::UnknownProject { .. })),
        "{problems:?}"
    );
    assert!(
        import.errors[0]
            .message(Lang::Vi)
            .starts_with("Dòng 3, cột C «Tổng cộng»: tổng của dòng ghi 60")
    );
    assert!(import.errors[2].rejects_row());
    assert!(import.errors[2].message(Lang::En).contains("“Dự án 9”"));
}

#[test]
fn decimals_written_with_a_dot_are_read_with_a_notice_and_1_234_is_refused() {
    let c = catalogue();
    let text = "Mã;Vốn sự nghiệp;;Tỷ lệ giải ngân (%)\n;NSTW;NSĐP;\nDA2;12.5;1.250;85.5\nDA6;1250;125;\n";
    let import = read_funding_table(text, &c, &[]).unwrap();
    assert_eq!(import.form.lines[0].amounts[0], "12,5");
    assert_eq!(import.form.lines[1].amounts[0], "1250");
    assert_eq!(import.form.lines[0].disbursement, "85,5");
    assert!(matches!(
        import.errors[0].problem,
        FundingRowProblem::AmbiguousAmount { .. }
    ));
    assert!(
        import.errors[0].message(Lang::Vi).contains("Hãy ghi 1,250"),
        "{}",
        import.errors[0].message(Lang::Vi)
    );
    assert_eq!(
        import.notices.iter().filter(|(vi, _)| vi.contains("dấu chấm")).count(),
        1,
        "{:?}",
        import.notices
    );
    // Without decimals written with a dot, 1.250 is a thousand and more.
    let vietnamese = read_funding_table("Mã;NSTW\nDA2;1.250\n", &c, &[]).unwrap();
    assert!(vietnamese.errors.is_empty());
}

#[test]
fn a_column_read_by_hand_applies_to_files_with_the_same_headers() {
    let c = catalogue();
    let text = "Mã;Vốn sự nghiệp;\n;NSTW;Xã hội hóa\nDA2;100;30\n";
    let first = read_funding_table(text, &c, &[]).unwrap();
    assert_eq!(first.mapping.unknown().count(), 1);
    assert!(
        first
            .notices
            .iter()
            .any(|(vi, _)| vi.contains("«Vốn sự nghiệp / Xã hội hóa»"))
    );
    let mut mapping = first.mapping.clone();
    assert!(mapping.set(
        2,
        Meaning::Field(FundingField::Amount(Some(Kind::Recurrent), Source::Other))
    ));
    let again = read_funding_table(text, &c, &[mapping.remember()]).unwrap();
    assert_eq!(again.form.lines[0].amounts, ["100", "", "", "", "30"].map(String::from));
    let other: Remembered<FundingField> = Remembered {
        signature: funding::HeaderSignature("0".into()),
        overrides: mapping.overrides(),
    };
    let untouched = read_funding_table(text, &c, &[other]).unwrap();
    assert_eq!(untouched.form.lines[0].amounts[4], "");
}

/// The table the site writes (its CSV, and so its workbook) reads back as
/// lines and typed totals with the same funding table.
#[test]
fn the_table_the_site_writes_reads_back_with_the_same_totals() {
    use funding::{FundingForm, FundingLine, Separator, funding_table, write_funding_annex};
    let c = catalogue();
    let line = |code: &str, kind: Kind, amounts: [&str; 5], disbursement: &str| FundingLine {
        project: c.by_code(code).unwrap().id,
        sub_unit: None,
        kind,
        amounts: amounts.map(String::from),
        disbursement: disbursement.into(),
    };
    let typed = FundingForm {
        lines: vec![
            line("DA2", Kind::Recurrent, ["500", "50", "", "", ""], "90"),
            line("DA3.TDA1", Kind::Recurrent, ["1.000", "100", "", "20", ""], "85"),
            line("DA3.TDA2", Kind::Recurrent, ["200,5", "20", "", "", ""], "100"),
            line("DA4", Kind::Investment, ["2.000", "200", "", "", "12"], "80"),
        ],
        ..FundingForm::default()
    };
    let table = funding_table(&c, &parse(&typed).lines);
    let csv = write_funding_annex(&table, Separator::Semicolon);
    let import = read_funding_table(&csv, &c, &[]).unwrap();
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let parsed = parse(&import.form);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(check(&c, &parsed), vec![]);
    assert_eq!(funding_table(&c, &parsed.lines), table);
}

/// A cell longer than the form keeps is said and left empty (its row left
/// out when it names the village), so the reading crosses to the page and
/// into the draft whole.
#[test]
fn a_cell_longer_than_a_form_keeps_is_said_not_kept() {
    let c = catalogue();
    let long = "1".repeat(funding::MAX_CELL + 1);
    let village = "T".repeat(funding::MAX_CELL + 1);
    let text = format!("Mã;Xã, thôn;Vốn sự nghiệp;\n;;NSTW;NSĐP\nDA2;Thôn 1;100;{long}\nDA2;{village};5;\n");
    let import = read_funding_table(&text, &c, &[]).unwrap();
    assert_eq!(import.form.lines.len(), 1);
    assert_eq!(import.form.lines[0].amounts[1], "");
    let said: Vec<(u64, bool)> = import.errors.iter().map(|e| (e.row, e.rejects_row())).collect();
    assert_eq!(said, [(3, false), (4, true)]);
    assert!(
        import.errors[0]
            .message(Lang::Vi)
            .starts_with("Dòng 3, cột D «Vốn sự nghiệp / NSĐP»: ô có 301 ký tự"),
        "{}",
        import.errors[0].message(Lang::Vi)
    );
    let (again, _, trouble) = funding::form_from_text(&funding::form_to_text(&import.form, &c));
    assert!(trouble.is_empty());
    assert_eq!(again.lines, import.form.lines);
}
