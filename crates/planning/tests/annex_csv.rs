//! Reading and writing the target annex as CSV.

use lang::Lang;
use planning::{
    ANNEX_MAX_ROWS, AnnexField, AnnexFileError, AnnexImport, AnnexRowProblem, Column, EncodingError, Issue, Place,
    RateBase, RowText, Separator, TypedRow, check, parse_table, read_annex, read_annex_bytes, write_annex,
};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn read(text: &str) -> AnnexImport {
    read_annex(text).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

fn names(import: &AnnexImport) -> Vec<&str> {
    import.rows.iter().map(|r| r.name.as_str()).collect()
}

fn typed_total(import: &AnnexImport) -> TypedRow {
    let total = import.total.clone().expect("a total row");
    parse_table(&[total]).rows.remove(0)
}

fn row(name: &str, cells: [&str; 8], rates: [&str; 2]) -> RowText {
    RowText {
        name: name.into(),
        cells: cells.map(str::to_owned),
        rates: rates.map(str::to_owned),
        ..RowText::default()
    }
}

const OFFICIAL: &str = "\u{feff}STT;Thôn;Số hộ dân cư;Hộ DTTS;Hộ nghèo;Tỷ lệ hộ nghèo (%);Hộ cận nghèo;Tỷ lệ hộ cận nghèo (%);Hộ nghèo DTTS;Hộ nghèo BTXH;Hộ nghèo có khả năng thoát nghèo;Chỉ tiêu giảm hộ nghèo\r\n\
1;Thôn Nà Vài;1.480;1.200;45;3,04;30;2,03;40;5;40;12\r\n\
2;Bản Giốc;620;610;31;5,00;20;3,23;31;1;30;8\r\n\
;Tổng cộng;2.100;1.810;76;3,62;50;2,38;71;6;70;20\r\n";

#[test]
fn reads_the_official_layout_with_a_bom_and_semicolons() {
    let import = read(OFFICIAL);
    assert_eq!(names(&import), ["Thôn Nà Vài", "Bản Giốc"]);
    assert_eq!(
        import.rows[0],
        row(
            "Thôn Nà Vài",
            ["1.480", "1.200", "45", "30", "40", "5", "40", "12"],
            ["3,04", "2,03"]
        )
    );
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    assert!(import.notices.is_empty(), "{:?}", import.notices);
    assert_eq!(import.total.as_ref().map(|t| t.name.as_str()), Some("Tổng cộng"));
    let parsed = parse_table(&import.rows);
    assert!(parsed.errors.is_empty());
    assert_eq!(check(&parsed.rows, Some(&typed_total(&import)), RateBase::Row), vec![]);
}

#[test]
fn reads_commas_without_a_bom_with_rates_in_quotes() {
    let text = "Thôn,Số hộ,Hộ nghèo,Tỷ lệ hộ nghèo\nThôn 1,1480,45,\"3,04\"\nThôn 2,620,31,\"5,00%\"\n";
    let import = read(text);
    assert_eq!(names(&import), ["Thôn 1", "Thôn 2"]);
    assert_eq!(import.rows[0].rates, ["3,04".to_owned(), String::new()]);
    assert_eq!(import.rows[1].rates[0], "5,00%");
    let parsed = parse_table(&import.rows);
    assert_eq!(parsed.rows[1].poor_rate, Some(d("5.00")));
    assert!(import.total.is_none());
}

#[test]
fn reads_tabs() {
    let import = read("Xã\tTổng số hộ\tSố hộ nghèo\nXã A\t100\t7\n");
    assert_eq!(import.rows[0].cells[0], "100");
    assert_eq!(import.rows[0].cells[2], "7");
}

#[test]
fn vietnamese_and_plain_numbers_read_alike() {
    let vietnamese = read("Thôn;Số hộ;Hộ nghèo\nA;14.905;1.453\n");
    let plain = read("Thôn;Số hộ;Hộ nghèo\nA;14905;1453\n");
    assert_eq!(parse_table(&vietnamese.rows), parse_table(&plain.rows));
    assert_eq!(parse_table(&plain.rows).rows[0].counts.households, 14_905);
}

#[test]
fn headers_match_in_any_case_without_diacritics_or_with_units() {
    let text =
        "so tt;TEN THON;tong_so_ho;SO HO NGHEO (hộ);ti le ho ngheo %;Trong đó: Hộ nghèo DTTS\n1;A;100;10;10,00;3\n";
    let import = read(text);
    assert!(
        import.notices.iter().all(|(vi, _)| !vi.contains("không dùng đến")),
        "{:?}",
        import.notices
    );
    assert_eq!(import.rows[0].cells[4], "3");
    assert_eq!(import.rows[0].rates[0], "10,00");
}

#[test]
fn a_typed_wrong_rate_is_kept_and_flagged_with_the_computed_value() {
    let import = read("Thôn;Số hộ dân cư;Hộ nghèo;Tỷ lệ hộ nghèo (%)\nThôn 1;1.480;45;3,40\n");
    assert_eq!(import.rows[0].rates[0], "3,40", "kept as typed");
    let parsed = parse_table(&import.rows);
    assert_eq!(parsed.rows[0].poor_rate, Some(d("3.40")));
    assert_eq!(
        check(&parsed.rows, None, RateBase::Row),
        vec![Issue::RateMismatch {
            place: Place::Row(0),
            column: Column::PoorRate,
            typed: d("3.40"),
            computed: d("3.04"),
        }]
    );
}

#[test]
fn a_total_that_is_not_the_sum_is_a_total_mismatch() {
    let text = "Thôn;Số hộ;Hộ nghèo;Chỉ tiêu giảm hộ nghèo\nA;100;10;3\nB;50;5;2\nTổng cộng;150;16;4\n";
    let import = read(text);
    assert_eq!(import.rows.len(), 2);
    let parsed = parse_table(&import.rows);
    let issues = check(&parsed.rows, Some(&typed_total(&import)), RateBase::Row);
    assert!(issues.contains(&Issue::TotalMismatch {
        column: Column::Poor,
        typed: 16,
        sum: 15
    }));
    assert!(issues.contains(&Issue::TotalMismatch {
        column: Column::Reduction,
        typed: 4,
        sum: 5
    }));
}

#[test]
fn a_total_can_come_first_or_be_labelled_in_the_row_number_column() {
    let first = read("STT;Thôn;Số hộ;Hộ nghèo\nTOÀN XÃ:;;150;15\n1;A;100;10\n2;B;50;5\n");
    assert_eq!(names(&first), ["A", "B"]);
    assert_eq!(first.total.as_ref().map(|t| t.name.as_str()), Some("TOÀN XÃ:"));
    assert_eq!(typed_total(&first).counts.households, 150);
    // A village called "Cộng" keeps its number and stays a village.
    let village = read("STT;Thôn;Số hộ;Hộ nghèo\n1;Cộng;100;10\n;Tong cong;100;10\n");
    assert_eq!(names(&village), ["Cộng"]);
    assert!(village.total.is_some());
}

#[test]
fn missing_required_columns_are_a_file_error_naming_them_and_their_headers() {
    let e = read_annex("Thôn;Hộ cận nghèo\nA;3\n").unwrap_err();
    assert_eq!(
        e,
        AnnexFileError::MissingColumns {
            row: 1,
            missing: vec![AnnexField::Households, AnnexField::Poor]
        }
    );
    let (vi, en) = (e.message(Lang::Vi), e.message(Lang::En));
    assert!(
        vi.contains("số hộ") && vi.contains("«Số hộ dân cư»") && vi.contains("«Hộ nghèo»"),
        "{vi}"
    );
    assert!(en.contains("poor households") && en.contains("«Tổng số hộ»"), "{en}");
    assert_eq!(
        read_annex("a;b\n1;2\n"),
        Err(AnnexFileError::MissingColumns {
            row: 1,
            missing: vec![AnnexField::Name, AnnexField::Households, AnnexField::Poor]
        })
    );
}

#[test]
fn a_duplicate_column_is_a_file_error() {
    let e = read_annex("Thôn;Số hộ;Hộ nghèo;Số hộ nghèo\nA;1;1;1\n").unwrap_err();
    let AnnexFileError::DuplicateColumn { field, first, second } = &e else {
        panic!("{e:?}");
    };
    assert_eq!(*field, AnnexField::Poor);
    assert_eq!((first.number, second.number), (3, 4));
    assert_eq!(second.header, "Số hộ nghèo");
    assert!(e.message(Lang::Vi).contains("cột C «Hộ nghèo»") && e.message(Lang::Vi).contains("cột D «Số hộ nghèo»"));
}

#[test]
fn unknown_columns_are_ignored_with_a_notice_and_year_end_columns_read_and_checked() {
    // The year-end columns were ignored before annexes were read as
    // printed: every printed figure is now kept and checked.
    let text =
        "Thôn;Số hộ;Hộ nghèo;Ghi chú;Hộ nghèo cuối năm;Tỷ lệ hộ nghèo cuối năm (%)\nA;100;10;mới sáp nhập;7;7,00\n";
    let import = read(text);
    assert_eq!(
        import.rows[0].cells,
        ["100", "", "10", "", "", "", "", ""].map(str::to_owned)
    );
    assert_eq!(import.rows[0].printed[4..], ["7".to_owned(), "7,00".to_owned()]);
    let parsed = parse_table(&import.rows);
    assert_eq!(
        check(&parsed.rows, None, RateBase::Row),
        vec![
            Issue::YearEndMismatch {
                place: Place::Row(0),
                typed: 7,
                computed: 10
            },
            Issue::RateMismatch {
                place: Place::Row(0),
                column: Column::YearEndRate,
                typed: d("7.00"),
                computed: d("10.00")
            }
        ]
    );
    let all: Vec<&str> = import.notices.iter().map(|(vi, _)| vi.as_str()).collect();
    assert!(
        all.iter()
            .any(|n| n.contains("không dùng đến") && n.contains("«Ghi chú»")),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|n| n.contains("không có cột") && n.contains("hộ cận nghèo")),
        "{all:?}"
    );
    assert!(
        import
            .notices
            .iter()
            .all(|(vi, en)| !vi.is_empty() && !en.is_empty() && vi != en)
    );
}

#[test]
fn a_quoted_name_may_hold_the_separator_and_line_breaks() {
    let import = read("Thôn;Số hộ;Hộ nghèo\n\"Thôn 1; xã A\";100;10\n\"Bản\r\n  Mới\";50;5\n");
    assert_eq!(names(&import), ["Thôn 1; xã A", "Bản Mới"]);
}

#[test]
fn a_bad_number_names_the_row_and_the_column_and_keeps_the_row() {
    // `3.040` could be 3.040 or 3,04: refused. (`3.04` reads, see below.)
    let import = read("Thôn;Số hộ dân cư;Hộ nghèo;Tỷ lệ hộ nghèo\nA;1,250;10;3.040\nB;100;-3;\n");
    assert_eq!(names(&import), ["A", "B"], "rows with bad cells are kept");
    assert_eq!(import.rows[0].cells[0], "1,250", "as typed");
    let places: Vec<(u64, &str)> = import
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_ref().map_or("", |c| c.header.as_str())))
        .collect();
    assert_eq!(places, [(2, "Số hộ dân cư"), (2, "Tỷ lệ hộ nghèo"), (3, "Hộ nghèo")]);
    assert!(import.errors.iter().all(|e| !e.rejects_row()));
    let first = &import.errors[0];
    assert!(matches!(first.problem, AnnexRowProblem::Number(_)));
    assert!(
        first
            .message(Lang::Vi)
            .starts_with("Dòng 2, cột B «Số hộ dân cư»: «1,250»"),
        "{}",
        first.message(Lang::Vi)
    );
    assert!(
        first
            .message(Lang::En)
            .starts_with("Row 2, column B “Số hộ dân cư”: “1,250”"),
        "{}",
        first.message(Lang::En)
    );
    assert!(matches!(
        import.errors[1].problem,
        AnnexRowProblem::AmbiguousRate { .. }
    ));
    assert!(
        import.errors[1]
            .message(Lang::Vi)
            .contains("dấu phẩy thập phân: hãy ghi 3,040"),
        "suggests the decimal comma: {}",
        import.errors[1].message(Lang::Vi)
    );
    assert!(
        import.errors[1]
            .message(Lang::En)
            .starts_with("Row 2, column D “Tỷ lệ hộ nghèo”: “3.040”")
    );
    // The page marks the same cells.
    let parsed = parse_table(&import.rows);
    let cells: Vec<(usize, Column)> = parsed.errors.iter().map(|e| (e.row, e.column)).collect();
    assert_eq!(
        cells,
        [(0, Column::Households), (0, Column::PoorRate), (1, Column::Poor)]
    );
}

#[test]
fn rows_that_cannot_be_sub_units_are_left_out_with_a_message() {
    let text = "Thôn,Số hộ,Hộ nghèo\n,100,10\nA,1,250,10\nTổng,1,1\nCộng,2,2\nB,50,\"5\n";
    let import = read(text);
    assert!(import.rows.is_empty(), "{:?}", import.rows);
    let problems: Vec<(u64, &AnnexRowProblem)> = import.errors.iter().map(|e| (e.row, &e.problem)).collect();
    assert_eq!(
        problems,
        [
            (2, &AnnexRowProblem::NoName),
            (
                3,
                &AnnexRowProblem::TooManyCells {
                    cells: 4,
                    headers: 3,
                    comma_separated: true
                }
            ),
            (5, &AnnexRowProblem::ExtraTotal { first_row: 4 }),
            (6, &AnnexRowProblem::UnclosedQuote),
        ]
    );
    assert!(import.errors.iter().all(|e| e.rejects_row()));
    assert_eq!(import.errors[0].column.as_ref().map(|c| c.number), Some(1));
    assert!(import.errors[1].message(Lang::Vi).contains("1.250"), "hints at the dot");
    for e in &import.errors {
        assert!(e.message(Lang::Vi).starts_with(&format!("Dòng {}", e.row)));
        assert!(e.message(Lang::En).starts_with(&format!("Row {}", e.row)));
    }
}

#[test]
fn blank_rows_and_rows_without_name_or_figures_are_skipped_with_a_count() {
    let import = read("Thôn;Số hộ;Hộ nghèo\n\nA;100;10\n;;\n7;;\nTổng cộng;;\n");
    assert_eq!(names(&import), ["A", "7"]);
    assert!(import.total.is_none(), "a total with no figures is skipped");
    assert!(
        import.notices.iter().any(|(vi, _)| vi.contains("Bỏ qua 3 dòng")),
        "{:?}",
        import.notices
    );
    let listed = read("Thôn;Số hộ;Hộ nghèo\nA;;\n");
    assert!(
        listed
            .notices
            .iter()
            .any(|(vi, _)| vi.contains("Các dòng 2 có tên nhưng không có số liệu"))
    );
}

#[test]
fn a_title_above_the_header_and_a_numbering_row_below_are_skipped() {
    let text = "BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2026;;;\n(Kèm theo Kế hoạch số 12/KH-UBND);;;\n;;;\nSTT;Thôn;Số hộ dân cư;Hộ nghèo\n(1);(2);(3);(4)\n1;Thôn 1;100;10\n";
    let import = read(text);
    assert_eq!(names(&import), ["Thôn 1"]);
    let all: Vec<&str> = import.notices.iter().map(|(vi, _)| vi.as_str()).collect();
    assert!(
        all.iter()
            .any(|n| n.contains("Bỏ qua 2 dòng phía trên dòng tiêu đề (dòng 4)")),
        "{all:?}"
    );
    assert!(all.iter().any(|n| n.contains("Dòng 5 là dòng đánh số cột")), "{all:?}");
    // A title without separators: the header's separator is found anyway.
    let bare = read("Biểu chỉ tiêu\nThôn;Số hộ;Hộ nghèo\nA;100;10\n");
    assert_eq!(names(&bare), ["A"]);
}

#[test]
fn encodings_other_than_utf8_are_refused_with_how_to_save_again() {
    let utf16 = read_annex_bytes(b"\xff\xfeT\0h\0".to_vec()).unwrap_err();
    assert_eq!(utf16, AnnexFileError::Encoding(EncodingError::Utf16));
    assert!(utf16.message(Lang::Vi).contains("CSV UTF-8"));
    let legacy = read_annex_bytes(b"Th\xf4n;S\xf4 h\xf4;H\xf4 ngh\xe8o\n".to_vec()).unwrap_err();
    assert_eq!(legacy, AnnexFileError::Encoding(EncodingError::NotUtf8 { at: 2 }));
    assert!(legacy.message(Lang::En).contains("CSV UTF-8"));
    let ok = read_annex_bytes(OFFICIAL.as_bytes().to_vec()).unwrap();
    assert_eq!(ok.rows.len(), 2);
}

#[test]
fn empty_files_and_limits_are_file_errors() {
    assert_eq!(read_annex(""), Err(AnnexFileError::Empty));
    assert_eq!(read_annex("\u{feff} \r\n"), Err(AnnexFileError::Empty));
    assert_eq!(read_annex(";;;\n;;"), Err(AnnexFileError::Empty));
    let big = vec![b' '; 5 * 1024 * 1024 + 1];
    let e = read_annex_bytes(big).unwrap_err();
    assert!(matches!(e, AnnexFileError::TooLarge { .. }));
    assert!(e.message(Lang::Vi).contains("5,0 MB"), "{}", e.message(Lang::Vi));
    let mut many = String::from("Thôn;Số hộ;Hộ nghèo\n");
    for i in 0..=ANNEX_MAX_ROWS {
        many.push_str(&format!("T{i};1;0\n"));
    }
    let e = read_annex(&many).unwrap_err();
    assert_eq!(e, AnnexFileError::TooManyRows { max: ANNEX_MAX_ROWS });
    assert!(e.message(Lang::Vi).contains("10.000"));
}

#[test]
fn writes_the_official_layout() {
    let rows = [
        row("Thôn 1", ["1480", "1.200", "45", "30", "40", "5", "40", "12"], ["", ""]),
        row("Bản Giốc", ["620", "", "31", "20", "", "", "", ""], ["", ""]),
    ];
    let text = write_annex(&rows, RateBase::Row, Separator::Semicolon);
    let expected = "\u{feff}STT;Đơn vị;Số hộ dân cư;Hộ DTTS;Hộ nghèo;Tỷ lệ hộ nghèo (%);Hộ cận nghèo;Tỷ lệ hộ cận nghèo (%);Hộ nghèo DTTS;Hộ nghèo BTXH;Hộ nghèo có khả năng thoát nghèo;Chỉ tiêu giảm hộ nghèo;Hộ nghèo cuối năm;Tỷ lệ hộ nghèo cuối năm (%)\r\n\
1;Thôn 1;1.480;1.200;45;3,04;30;2,03;40;5;40;12;33;2,23\r\n\
2;Bản Giốc;620;;31;5,00;20;3,23;;;;;31;5,00\r\n\
;Tổng cộng;2.100;1.200;76;3,62;50;2,38;40;5;40;12;64;3,05\r\n";
    assert_eq!(text, expected);
}

#[test]
fn typed_rates_are_written_as_typed_and_others_computed_on_the_base() {
    let rows = [
        row("A", ["100", "", "10", "", "", "", "", ""], ["3,4", ""]),
        row("B", ["300", "", "10", "", "", "", "", ""], ["", ""]),
    ];
    let line = |text: &str, n: usize| text.lines().nth(n).unwrap().to_owned();
    let by_row = write_annex(&rows, RateBase::Row, Separator::Semicolon);
    assert!(
        line(&by_row, 1).starts_with("1;A;100;;10;3,40;;0,00;"),
        "{}",
        line(&by_row, 1)
    );
    assert!(
        line(&by_row, 2).starts_with("2;B;300;;10;3,33;"),
        "{}",
        line(&by_row, 2)
    );
    let by_unit = write_annex(&rows, RateBase::Unit, Separator::Semicolon);
    assert!(line(&by_unit, 1).starts_with("1;A;100;;10;3,40;"), "typed stays");
    assert!(
        line(&by_unit, 2).starts_with("2;B;300;;10;2,50;"),
        "{}",
        line(&by_unit, 2)
    );
    // The total's rates are on the total households either way.
    assert!(
        line(&by_unit, 3).starts_with(";Tổng cộng;400;0;20;5,00;"),
        "{}",
        line(&by_unit, 3)
    );
}

#[test]
fn commas_quote_decimal_cells_and_unreadable_cells_are_written_as_typed() {
    let rows = [row(
        "Thôn 1, xã A",
        ["1,250", "", "10", "", "", "", "", ""],
        ["3.04", ""],
    )];
    let text = write_annex(&rows, RateBase::Row, Separator::Comma);
    let line = text.lines().nth(1).unwrap();
    assert_eq!(line, "1,\"Thôn 1, xã A\",\"1,250\",,10,3.04,,,,,,,10,");
    let total = text.lines().nth(2).unwrap();
    assert_eq!(total, ",Tổng cộng,,0,10,,0,,0,0,0,,10,");
}

#[test]
fn an_export_reads_back() {
    let rows = [
        row(
            "Thôn 1",
            ["1.480", "1.200", "45", "30", "40", "5", "40", "12"],
            ["3,40", ""],
        ),
        row("Cộng", ["620", "", "31", "20", "", "", "", ""], ["", "3,2258"]),
    ];
    let text = write_annex(&rows, RateBase::Row, Separator::Semicolon);
    let import = read(&text);
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    assert_eq!(names(&import), ["Thôn 1", "Cộng"]);
    assert_eq!(import.rows[0].cells, rows[0].cells);
    assert_eq!(import.rows[0].rates, ["3,40".to_owned(), "2,03".to_owned()]);
    assert_eq!(import.rows[1].rates, ["5,00".to_owned(), "3,2258".to_owned()]);
    // The year-end columns are read back (they were ignored with a notice
    // before printed annexes were read), and agree.
    assert!(import.notices.is_empty(), "{:?}", import.notices);
    assert_eq!(import.rows[0].printed[4..], ["33".to_owned(), "2,23".to_owned()]);
    let parsed = parse_table(&import.rows);
    let issues = check(&parsed.rows, Some(&typed_total(&import)), RateBase::Row);
    // Computed rates come back typed and agree; the typed wrong rate and the
    // rate typed with four decimals do not.
    let rates: Vec<(Place, Column)> = issues
        .iter()
        .filter_map(|i| match i {
            Issue::RateMismatch { place, column, .. } => Some((*place, *column)),
            _ => None,
        })
        .collect();
    assert_eq!(
        rates,
        [(Place::Row(0), Column::PoorRate), (Place::Row(1), Column::NearPoorRate)]
    );
}
