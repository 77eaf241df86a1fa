//! Every rule of reading a file, through the public import.

use lang::Lang;
mod common;

use common::{INDICATORS_2022, header_2022, nd07, row_2022, standard};
use household_list::{
    ColumnRef, EvidenceChoice, FileError, Import, Importer, MissingColumn, Notice, Options, RowError, RowProblem,
    decode, import,
};
use poverty_rules::{Area, Category, InputError};
use rust_decimal::Decimal;
use vn_format::NumberErrorKind;

fn ok(text: &str) -> Import {
    import(text.to_owned(), nd07(), Options::default()).unwrap()
}

fn err(text: &str) -> FileError {
    import(text.to_owned(), nd07(), Options::default()).unwrap_err()
}

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

/// A file in `sep` with these data rows after the 2022–2025 header.
fn file(sep: &str, rows: &[String], line_end: &str) -> String {
    let mut lines = vec![header_2022(sep)];
    lines.extend(rows.iter().cloned());
    lines.join(line_end)
}

fn one_row(row: &str) -> Import {
    ok(&format!("{}\n{}\n", header_2022(","), row))
}

/// The errors of a file with one data row (row 2), as (column header, problem).
fn row_errors(row: &str) -> Vec<(Option<String>, RowProblem)> {
    let list = one_row(row);
    assert!(list.households.is_empty(), "row was kept: {row}");
    assert_eq!(list.rejected_rows, 1);
    list.errors
        .into_iter()
        .map(|e| {
            assert_eq!(e.row, 2);
            (e.column.map(|c| c.header), e.problem)
        })
        .collect()
}

fn plain_row(income: &str) -> String {
    row_2022(",", "Thôn 1", "NT", income, "0", "0", &[])
}

#[test]
fn reads_a_plain_comma_file() {
    let text = file(
        ",",
        &[row_2022(",", "Thôn 1", "nong-thon", "1200000", "1", "0", &[0, 3, 9])],
        "\n",
    );
    let list = ok(&text);
    assert_eq!(list.households.len(), 1);
    let h = &list.households[0];
    assert_eq!(h.row, 2);
    assert_eq!(h.area, Area::Rural);
    assert!(h.ethnic_minority && !h.social_protection);
    assert_eq!(h.deprivation_count(), 3);
    assert!(h.is_deprived_in(0) && h.is_deprived_in(3) && h.is_deprived_in(9) && !h.is_deprived_in(1));
    assert_eq!(h.category, Category::Poor);
    assert_eq!(list.villages, ["Thôn 1"]);
    assert_eq!(list.indicator_ids, INDICATORS_2022);
    assert!(list.errors.is_empty());
    assert!(!list.classified_by_scores);
}

#[test]
fn utf8_with_or_without_bom_crlf_or_lf_comma_or_semicolon_all_read_the_same() {
    let rows = |sep: &str| {
        vec![
            row_2022(sep, "Thôn 1", "NT", "1.200.000", "x", "", &[0, 1, 2]),
            row_2022(sep, "Thôn 2", "TT", "2.500.000", "", "", &[]),
        ]
    };
    let reference = ok(&file(",", &rows(","), "\n"));
    assert_eq!(reference.households.len(), 2);
    for sep in [",", ";", "\t"] {
        for line_end in ["\n", "\r\n", "\r"] {
            for bom in ["", "\u{feff}"] {
                let text = format!("{bom}{}{line_end}", file(sep, &rows(sep), line_end));
                let list = ok(&text);
                assert_eq!(
                    list.households, reference.households,
                    "sep {sep:?} end {line_end:?} bom {bom:?}"
                );
                assert_eq!(list.villages, reference.villages);
            }
        }
    }
}

#[test]
fn decimal_commas_in_a_semicolon_file() {
    let text = file(";", &[row_2022(";", "Thôn 1", "NT", "1.499.999,5", "", "", &[])], "\n");
    let list = ok(&text);
    assert_eq!(
        list.households[0].evidence,
        household_list::Evidence::Income(Decimal::new(14_999_995, 1))
    );
    assert_eq!(list.households[0].category, Category::NearPoor);
}

#[test]
fn quoted_cells_with_commas_quotes_and_line_breaks() {
    let header = format!("ghi_chu,{}", header_2022(","));
    let row1 = format!(
        "\"Hộ \"\"ông A\"\", xóm trên\",{}",
        row_2022(",", "\"Thôn 1, xã B\"", "NT", "\"1.500.000\"", "1", "", &[])
    );
    let row2 = format!(
        "\"dòng một\r\ndòng hai\",{}",
        row_2022(",", "Thôn 2", "TT", "900000", "", "", &[])
    );
    let row3 = format!(",{}", row_2022(",", "Thôn 2", "TT", "\"1,5\"", "", "", &[]));
    let text = [header, row1, row2, row3].join("\r\n");
    let list = ok(&text);
    assert_eq!(list.villages, ["Thôn 1, xã B", "Thôn 2"]);
    assert_eq!(list.errors, []);
    assert_eq!(list.households.len(), 3);
    assert_eq!(
        list.households[0].evidence,
        household_list::Evidence::Income(d(1_500_000))
    );
    // The line break inside quotes does not add a row.
    assert_eq!(list.households[1].row, 3);
    assert_eq!(list.households[2].row, 4);
    // "1,5" đồng in quotes is a (tiny) income with a decimal comma.
    assert_eq!(
        list.households[2].evidence,
        household_list::Evidence::Income(Decimal::new(15, 1))
    );
    assert_eq!(
        list.notices[0],
        Notice::UnknownColumns(vec![ColumnRef {
            number: 1,
            header: "ghi_chu".into()
        }])
    );
}

#[test]
fn headers_forgive_case_diacritics_spaces_and_names() {
    let mut header = vec!["Thôn", "Khu vực", "Thu nhập", "DTTS", "Bảo trợ xã hội"];
    // Indicators by id in capitals, or by their Vietnamese name.
    header.extend([
        "VIEC_LAM",
        "Người phụ thuộc trong hộ gia đình",
        "Dinh dưỡng",
        "Bảo hiểm y tế",
        "giao duc nguoi lon",
        "di-hoc-tre-em",
        "Chất lượng nhà ở",
        "dien-tich-nha-o",
        "Nguồn nước sinh hoạt",
        "nha-tieu",
        "vien-thong",
        "tiep-can-thong-tin",
    ]);
    let text = format!(
        "{}\n{}",
        header.join(";"),
        row_2022(";", "Bản Mới", "Thành thị", "1.900.000", "có", "không", &[1, 4, 8])
    );
    let list = ok(&text);
    assert_eq!(list.households.len(), 1, "{:?}", list.errors);
    let h = &list.households[0];
    assert_eq!(h.area, Area::Urban);
    assert!(h.ethnic_minority && !h.social_protection);
    assert_eq!(h.deprived, (1 << 1) | (1 << 4) | (1 << 8));
    assert_eq!(h.category, Category::Poor);
    assert!(list.has_ethnic_minority_column && list.has_social_protection_column);
}

#[test]
fn every_boolean_form() {
    for (text, expected) in [
        ("1", true),
        ("x", true),
        ("X", true),
        ("có", true),
        ("Có", true),
        ("0", false),
        ("", false),
        ("không", false),
        ("Không", false),
        (" x ", true),
    ] {
        let list = one_row(&row_2022(",", "T", "NT", "3000000", text, text, &[]));
        let h = &list.households[0];
        assert_eq!(
            (h.ethnic_minority, h.social_protection),
            (expected, expected),
            "{text:?}"
        );
    }
}

#[test]
fn every_area_form() {
    for (text, area) in [
        ("nong-thon", Area::Rural),
        ("nông thôn", Area::Rural),
        ("Nông thôn", Area::Rural),
        ("NT", Area::Rural),
        ("thanh-thi", Area::Urban),
        ("thành thị", Area::Urban),
        ("TT", Area::Urban),
        ("đô thị", Area::Urban),
    ] {
        assert_eq!(
            one_row(&row_2022(",", "T", text, "1", "", "", &[])).households[0].area,
            area,
            "{text}"
        );
    }
}

#[test]
fn numbers_the_vietnamese_way_or_plain() {
    for (text, value) in [
        ("1500000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("\"1 500 000\"", 1_500_000),
        ("1.500.000 đồng", 1_500_000),
        ("1.500.000đ", 1_500_000),
        ("0", 0),
    ] {
        let list = one_row(&plain_row(text));
        assert_eq!(
            list.households[0].evidence,
            household_list::Evidence::Income(d(value)),
            "{text}"
        );
    }
}

#[test]
fn number_errors_name_row_column_and_problem() {
    let kind = |income: &str| match &row_errors(&plain_row(income))[..] {
        [(Some(col), RowProblem::Number(e))] => {
            assert_eq!(col, "thu_nhap");
            e.kind
        }
        other => panic!("{income}: {other:?}"),
    };
    // Written the English way.
    assert_eq!(kind("\"1,500,000\""), NumberErrorKind::MultipleCommas);
    assert_eq!(kind("\"1,234.5\""), NumberErrorKind::EnglishStyle);
    assert_eq!(kind("1.5"), NumberErrorKind::DotAsDecimal);
    assert_eq!(kind("1500000.00"), NumberErrorKind::DotAsDecimal);
    assert_eq!(kind("1.23.456"), NumberErrorKind::BadGroup);
    assert_eq!(kind("-5"), NumberErrorKind::Negative);
    assert!(matches!(kind("một triệu"), NumberErrorKind::InvalidCharacter { .. }));
    assert!(matches!(
        kind("5 USD"),
        NumberErrorKind::InvalidCharacter { ch: 'U', .. }
    ));

    let list = one_row(&plain_row("1.5"));
    let e = &list.errors[0];
    assert!(
        e.message(Lang::Vi).starts_with("Dòng 2, cột C «thu_nhap»: «1.5»"),
        "{}",
        e.message(Lang::Vi)
    );
    assert!(
        e.message(Lang::En).starts_with("Row 2, column C “thu_nhap”: “1.5”"),
        "{}",
        e.message(Lang::En)
    );
}

#[test]
fn an_english_number_in_a_comma_file_splits_the_row_and_says_why() {
    // 1,500,000 unquoted in a comma file becomes three cells: the row says
    // so, then names the cells that no longer read.
    let errors = row_errors(&plain_row("1,500,000"));
    assert_eq!(
        errors,
        [
            (
                None,
                RowProblem::TooManyCells {
                    cells: 19,
                    headers: 17,
                    comma_separated: true
                }
            ),
            (Some("dtts".into()), RowProblem::UnknownYesNo("500".into())),
            (Some("btxh".into()), RowProblem::UnknownYesNo("000".into())),
        ]
    );
    // With the last indicator ticked, the shifted tick lands past the header.
    let mut ticked = plain_row("1,500,000");
    ticked.push('x');
    assert_eq!(
        row_errors(&ticked),
        [(
            None,
            RowProblem::TooManyCells {
                cells: 19,
                headers: 17,
                comma_separated: true
            }
        )]
    );
    let list = one_row(&plain_row("1,500,000"));
    assert!(list.errors[0].message(Lang::Vi).contains("1.500.000"));
    assert!(list.errors[0].message(Lang::En).contains("1.500.000"));
    // Empty cells past the header (a spreadsheet's trailing columns) are fine.
    assert_eq!(one_row(&format!("{},,,", plain_row("1"))).households.len(), 1);
    // Fewer cells than headers: the missing ones are empty.
    assert_eq!(one_row("Thôn 1,NT,1000000").households.len(), 1);
}

#[test]
fn income_over_the_limit_is_a_typing_mistake() {
    assert_eq!(
        row_errors(&plain_row("1.000.000.001")),
        [(Some("thu_nhap".into()), RowProblem::Input(InputError::IncomeTooLarge))]
    );
    assert_eq!(one_row(&plain_row("1.000.000.000")).households.len(), 1);
}

#[test]
fn missing_values_unknown_areas_and_unknown_yes_no() {
    assert_eq!(
        row_errors(&row_2022(",", "", "", "", "có thể", "2", &[])),
        [
            (Some("thon".into()), RowProblem::Missing),
            (Some("khu_vuc".into()), RowProblem::Missing),
            (Some("dtts".into()), RowProblem::UnknownYesNo("có thể".into())),
            (Some("btxh".into()), RowProblem::UnknownYesNo("2".into())),
            (Some("thu_nhap".into()), RowProblem::Missing),
        ]
    );
    assert_eq!(
        row_errors(&row_2022(",", "T", "miền núi", "1", "", "", &[])),
        [(Some("khu_vuc".into()), RowProblem::UnknownArea("miền núi".into()))]
    );
    let mut row = row_2022(",", "T", "NT", "1", "", "", &[]);
    row.push('?'); // the last indicator, tiep-can-thong-tin
    assert_eq!(
        row_errors(&row),
        [(Some("tiep-can-thong-tin".into()), RowProblem::UnknownYesNo("?".into()))]
    );
    let list = one_row(&row);
    assert_eq!(list.errors[0].column.as_ref().unwrap().number, 17);
    assert!(
        list.errors[0]
            .message(Lang::Vi)
            .starts_with("Dòng 2, cột Q «tiep-can-thong-tin»")
    );
}

#[test]
fn every_bad_row_is_reported_and_the_good_ones_kept() {
    let rows = vec![
        plain_row("1000000"),                       // row 2
        plain_row("1.5"),                           // row 3: rejected
        plain_row("2000000"),                       // row 4
        String::new(),                              // row 5: blank, skipped
        ",,,,,,,,,,,,,,,,".into(),                  // row 6: blank too
        row_2022(",", "T", "??", "1", "", "", &[]), // row 7: rejected
    ];
    let list = ok(&file(",", &rows, "\n"));
    assert_eq!(list.households.iter().map(|h| h.row).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(list.rejected_rows, 2);
    assert_eq!(list.errors.iter().map(|e| e.row).collect::<Vec<_>>(), [3, 7]);
    assert!(list.notices.contains(&Notice::EmptyRowsSkipped(2)));
}

#[test]
fn an_unclosed_quote_rejects_its_row() {
    let text = format!(
        "{}\n{}\n\"Thôn 2,NT,1\n{}\n",
        header_2022(","),
        plain_row("1"),
        plain_row("2")
    );
    let list = ok(&text);
    assert_eq!(list.households.len(), 1);
    assert_eq!(
        list.errors,
        [RowError {
            row: 3,
            column: None,
            problem: RowProblem::UnclosedQuote
        }]
    );
    assert!(list.errors[0].message(Lang::Vi).starts_with("Dòng 3:"));
}

#[test]
fn only_so_many_messages_are_kept() {
    let rows: Vec<String> = (0..10).map(|_| plain_row("x")).collect();
    let options = Options {
        max_errors: 3,
        ..Options::default()
    };
    let list = import(file(",", &rows, "\n"), nd07(), options).unwrap();
    assert_eq!(list.rejected_rows, 10);
    assert_eq!(list.errors.len(), 3);
    assert_eq!(list.errors_not_shown, 7);
    assert!(list.notices.contains(&Notice::MoreErrors { not_shown: 7 }));
}

fn score_file(rows: &[&str]) -> String {
    let mut lines = vec![format!(
        "thon;khu_vuc;diem_a;diem_b;dtts;btxh;{}",
        INDICATORS_2022.join(";")
    )];
    lines.extend(rows.iter().map(|r| r.to_string()));
    lines.join("\n")
}

/// `village;area;a;b;;;` then ticks for the indicators given.
fn score_row(a: &str, b: &str, ticked: &[usize]) -> String {
    let ticks: Vec<&str> = (0..12).map(|i| if ticked.contains(&i) { "x" } else { "" }).collect();
    format!("Thôn 1;NT;{a};{b};;;{}", ticks.join(";"))
}

#[test]
fn classifies_by_review_scores() {
    let text = score_file(&[
        &score_row("120", "30", &[0, 1, 2]),    // poor
        &score_row("140", "20", &[0, 1]),       // near-poor: A at the threshold
        &score_row("141", "40", &[0, 1, 2, 3]), // above the threshold: other
        &score_row("130,5", "0", &[]),          // near-poor
    ]);
    let list = ok(&text);
    assert!(list.classified_by_scores);
    assert_eq!(list.errors, []);
    let categories: Vec<Category> = list.households.iter().map(|h| h.category).collect();
    assert_eq!(
        categories,
        [Category::Poor, Category::NearPoor, Category::Other, Category::NearPoor]
    );
}

#[test]
fn score_errors() {
    let problems = |a: &str, b: &str, ticked: &[usize]| -> Vec<(String, RowProblem)> {
        let list = ok(&score_file(&[&score_row(a, b, ticked)]));
        assert_eq!(list.rejected_rows, 1);
        list.errors
            .into_iter()
            .map(|e| (e.column.unwrap().header, e.problem))
            .collect()
    };
    let b = |p: RowProblem| vec![("diem_b".to_owned(), p)];
    assert_eq!(
        problems("100", "25", &[]),
        b(RowProblem::Input(InputError::ScoreBNotMultiple { step: d(10) }))
    );
    assert_eq!(
        problems("100", "130", &[]),
        b(RowProblem::Input(InputError::ScoreBTooLarge { max: d(120) }))
    );
    assert_eq!(
        problems("100", "-10", &[]),
        b(RowProblem::Input(InputError::NegativeScore))
    );
    assert_eq!(
        problems("100", "40", &[0, 1, 2]),
        b(RowProblem::ScoreBMismatch {
            score_b: d(40),
            ticked: 3,
            points: d(30)
        })
    );
    assert_eq!(
        problems("", "", &[]),
        [
            ("diem_a".to_owned(), RowProblem::Missing),
            ("diem_b".to_owned(), RowProblem::Missing)
        ]
    );
    assert!(matches!(&problems("1.5", "0", &[])[..], [(h, RowProblem::Number(_))] if h == "diem_a"));
    let list = ok(&score_file(&[&score_row("100", "25", &[])]));
    assert!(
        list.errors[0].message(Lang::Vi).contains("bội số của 10"),
        "{}",
        list.errors[0].message(Lang::Vi)
    );
    assert!(list.errors[0].message(Lang::En).contains("multiple of 10"));
}

#[test]
fn income_or_scores_which_is_used() {
    let header = format!("thon,khu_vuc,thu_nhap,diem_a,diem_b,{}", INDICATORS_2022.join(","));
    let row = format!("T,NT,3000000,100,0{}", ",".repeat(12));
    let text = format!("{header}\n{row}");
    // Both: scores by default (the review's own form): near-poor.
    let by_scores = ok(&text);
    assert!(by_scores.classified_by_scores);
    assert!(by_scores.notices.contains(&Notice::ScoresUsedIncomeIgnored));
    assert_eq!(by_scores.households[0].category, Category::NearPoor);
    // Asked for income: average living.
    let options = Options {
        evidence: EvidenceChoice::Income,
        ..Options::default()
    };
    let by_income = import(text.clone(), nd07(), options).unwrap();
    assert!(by_income.notices.contains(&Notice::IncomeUsedScoresIgnored));
    assert_eq!(by_income.households[0].category, Category::Other);
    // 2027–2030 has no scoring form: income is used.
    let header_2027 = "thon,khu_vuc,thu_nhap,diem_a,diem_b,viec-lam,nguoi-phu-thuoc,dinh-duong,bao-hiem-y-te,giao-duc-nguoi-lon,di-hoc-tre-em,chat-luong-nha-o,dien-tich-nha-o,nguon-nuoc,nha-tieu,rac-thai,internet,dich-vu-so";
    let list = import(
        format!("{header_2027}\nT,NT,100,1,0{}", ",".repeat(13)),
        standard("nd351-2027"),
        Options::default(),
    )
    .unwrap();
    assert!(!list.classified_by_scores);
    assert_eq!(list.households[0].category, Category::NearPoor);
    // Scores only, under 2027–2030: a file error.
    let scores_only = header_2027.replace("thu_nhap,", "");
    assert!(matches!(
        import(format!("{scores_only}\n"), standard("nd351-2027"), Options::default()),
        Err(FileError::NoScoreForm { .. })
    ));
    // Scores asked for, under 2027–2030.
    let options = Options {
        evidence: EvidenceChoice::Scores,
        ..Options::default()
    };
    assert!(matches!(
        import(format!("{header_2027}\n"), standard("nd351-2027"), options),
        Err(FileError::NoScoreForm { .. })
    ));
}

#[test]
fn missing_columns_are_listed_together() {
    let e = err("thon,dtts,viec-lam\nT,1,x");
    let FileError::MissingColumns(missing) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(missing[0], MissingColumn::Area);
    assert_eq!(missing[1], MissingColumn::IncomeOrScores);
    assert_eq!(missing.len(), 2 + 11);
    assert!(matches!(&missing[2], MissingColumn::Indicator { id, .. } if id == "nguoi-phu-thuoc"));
    assert!(e.message(Lang::Vi).contains("khu_vuc") && e.message(Lang::Vi).contains("nguoi-phu-thuoc"));
    assert!(e.message(Lang::En).contains("Missing columns"));

    // Only one score column.
    let header = format!("thon,khu_vuc,diem_a,{}", INDICATORS_2022.join(","));
    assert_eq!(err(&header), FileError::MissingColumns(vec![MissingColumn::ScoreB]));
    let header = format!("thon,khu_vuc,{}", INDICATORS_2022.join(","));
    assert_eq!(
        err(&header),
        FileError::MissingColumns(vec![MissingColumn::IncomeOrScores])
    );
    // An indicator of another standard does not stand in for one of this one.
    let header_2016 = header_2022(",").replace("viec-lam", "tiep-can-y-te");
    assert!(matches!(err(&header_2016), FileError::MissingColumns(m) if m.len() == 1));
}

#[test]
fn dtts_and_btxh_columns_are_optional_with_a_notice() {
    let header = format!("thon,khu_vuc,thu_nhap,{}", INDICATORS_2022.join(","));
    let list = ok(&format!("{header}\nT,NT,1000000,x,x,x{}", ",".repeat(9)));
    assert!(!list.has_ethnic_minority_column && !list.has_social_protection_column);
    assert!(list.notices.contains(&Notice::NoEthnicMinorityColumn));
    assert!(list.notices.contains(&Notice::NoSocialProtectionColumn));
    assert_eq!(list.households[0].category, Category::Poor);
}

#[test]
fn unknown_columns_are_one_notice() {
    let text = format!(
        "stt,ho_ten,{},ghi chú\n1,Nguyễn Văn A,{},",
        header_2022(","),
        plain_row("1")
    );
    let list = ok(&text);
    assert_eq!(list.households.len(), 1);
    let Notice::UnknownColumns(columns) = &list.notices[0] else {
        panic!("{:?}", list.notices)
    };
    let names: Vec<&str> = columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(names, ["stt", "ho_ten", "ghi chú"]);
    assert!(list.notices[0].message(Lang::Vi).contains("cột A «stt»"));
    assert_eq!(
        list.notices
            .iter()
            .filter(|n| matches!(n, Notice::UnknownColumns(_)))
            .count(),
        1
    );
}

#[test]
fn duplicate_columns_are_a_file_error() {
    let text = format!("{},Thôn\n", header_2022(","));
    let e = err(&text);
    assert_eq!(
        e,
        FileError::DuplicateColumn {
            first: ColumnRef {
                number: 1,
                header: "thon".into()
            },
            second: ColumnRef {
                number: 18,
                header: "Thôn".into()
            }
        }
    );
    assert!(e.message(Lang::Vi).contains("cột R «Thôn»"));
}

#[test]
fn empty_files_and_encodings() {
    assert_eq!(err(""), FileError::Empty);
    assert_eq!(err("\u{feff}"), FileError::Empty);
    assert_eq!(err("  \r\n"), FileError::Empty);
    let options = Options::default();
    assert_eq!(decode(b"\xef\xbb\xbfthon".to_vec(), &options).unwrap(), "\u{feff}thon");
    assert_eq!(decode(b"\xff\xfet\0h\0".to_vec(), &options), Err(FileError::Utf16));
    // "Thôn" in Windows-1258: ô is 0xF4.
    assert_eq!(decode(b"Th\xf4n".to_vec(), &options), Err(FileError::NotUtf8 { at: 2 }));
    for e in [FileError::Utf16, FileError::NotUtf8 { at: 2 }, FileError::Empty] {
        assert!(e.message(Lang::Vi).len() > 20 && e.message(Lang::En).len() > 20);
        assert_ne!(e.message(Lang::Vi), e.message(Lang::En));
    }
}

#[test]
fn size_and_row_limits() {
    let text = file(",", &[plain_row("1"), plain_row("2"), plain_row("3")], "\n");
    let options = |max_bytes, max_rows| Options {
        max_bytes,
        max_rows,
        ..Options::default()
    };
    let len = text.len() as u64;
    assert_eq!(
        import(text.clone(), nd07(), options(len - 1, 10)).unwrap_err(),
        FileError::TooLarge {
            bytes: len,
            max: len - 1
        }
    );
    assert!(import(text.clone(), nd07(), options(len, 10)).is_ok());
    assert_eq!(
        import(text.clone(), nd07(), options(len, 3)).unwrap().households.len(),
        3
    );
    assert_eq!(
        import(text.clone(), nd07(), options(len, 2)).unwrap_err(),
        FileError::TooManyRows { max: 2 }
    );
    // Blank rows do not count; rejected ones do.
    let text = file(",", &[plain_row("1"), String::new(), plain_row("x")], "\n");
    assert!(import(text.clone(), nd07(), options(u64::MAX, 2)).is_ok());
    assert!(import(text, nd07(), options(u64::MAX, 1)).is_err());
    assert_eq!(Options::default().max_bytes, 100 * 1024 * 1024);
    assert_eq!(Options::default().max_rows, 1_000_000);
    assert!(household_list::check_size(100 * 1024 * 1024, &Options::default()).is_ok());
    assert!(household_list::check_size(100 * 1024 * 1024 + 1, &Options::default()).is_err());
}

#[test]
fn step_by_step_gives_the_same_as_all_at_once() {
    let rows: Vec<String> = (0..25)
        .map(|i| {
            if i % 7 == 3 {
                plain_row("bad")
            } else {
                row_2022(
                    ",",
                    &format!("Thôn {}", i % 3),
                    "NT",
                    &format!("{}", 1_000_000 + i * 50_000),
                    "",
                    "",
                    &[0, 1, (i % 12) as usize],
                )
            }
        })
        .collect();
    let text = file(",", &rows, "\r\n") + "\r\n";
    let all = ok(&text);
    let mut importer = Importer::new(text.clone(), nd07(), Options::default()).unwrap();
    let first = importer.progress();
    assert_eq!(
        (first.rows_done, first.rows_total_estimate, first.finished),
        (0, 25, false)
    );
    let mut last = first;
    let mut steps = 0;
    while !last.finished {
        let p = importer.step(4);
        assert!(p.rows_done >= last.rows_done && p.bytes_done >= last.bytes_done);
        assert!(p.rows_done <= p.rows_total_estimate);
        assert!(p.rows_done - last.rows_done <= 4);
        last = p;
        steps += 1;
    }
    assert_eq!(steps, 7); // 25 rows in fours, the last step finding the end
    assert_eq!((last.rows_done, last.rows_total_estimate), (25, 25));
    assert_eq!(last.bytes_done, last.bytes_total);
    assert_eq!(importer.finish().unwrap(), all);
    // Dropping an importer half way is how the user cancels.
    let mut importer = Importer::new(text, nd07(), Options::default()).unwrap();
    importer.step(0); // at least one row
    assert_eq!(importer.progress().rows_done, 1);
    drop(importer);
}

#[test]
fn villages_keep_their_first_spelling_and_order() {
    let rows = vec![
        row_2022(",", "Thôn 2", "NT", "1", "", "", &[]),
        row_2022(",", " Thôn  1 ", "NT", "1", "", "", &[]),
        row_2022(",", "Thôn 2", "NT", "1", "", "", &[]),
        row_2022(",", "Thôn 1", "NT", "1", "", "", &[]),
    ];
    let list = ok(&file(",", &rows, "\n"));
    assert_eq!(list.villages, ["Thôn 2", "Thôn 1"]);
    assert_eq!(
        list.households.iter().map(|h| h.village).collect::<Vec<_>>(),
        [0, 1, 0, 1]
    );
}

#[test]
fn the_2016_standard_has_its_own_columns() {
    let s = standard("qd59-2015");
    let ids: Vec<&str> = s.indicators().map(|i| i.id.as_str()).collect();
    let header = format!("thon,khu_vuc,thu_nhap,viec-lam,{}", ids.join(","));
    let text = format!("{header}\nT,NT,600000,x{}", ",".repeat(ids.len()));
    let list = import(text, s, Options::default()).unwrap();
    // Poor at or below the 2016 poverty line whatever the deprivations;
    // viec-lam is not a 2016 indicator and is reported unused.
    assert_eq!(list.households[0].category, Category::Poor);
    assert_eq!(list.households[0].deprived, 0);
    assert!(matches!(&list.notices[0], Notice::UnknownColumns(c) if c[0].header == "viec-lam"));
}
