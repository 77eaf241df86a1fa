//! A commune's annex as real annexes are printed (tests/data, a copy of
//! shared/examples/annex-as-printed.csv): a title and a "Kèm theo" line, a
//! header on two rows with merged group cells, abbreviations, rates with a
//! decimal dot as Excel set to English writes them, and a total row.

use lang::Lang;
use planning::{
    AnnexField, AnnexImport, BreakdownBase, Column, FieldKey, Issue, Meaning, OtherBase, Place, RateBase, Remembered,
    TypedRow, check, closest_annex_header, describe, overrides_from_text, overrides_to_text, parse_table, read_annex,
    read_annex_bytes, read_annex_with,
};
use rust_decimal::Decimal;

const FILE: &str = include_str!("data/annex-as-printed.csv");

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn read(text: &str) -> AnnexImport {
    read_annex(text).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

fn issues(import: &AnnexImport) -> Vec<Issue> {
    let parsed = parse_table(&import.rows);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let total: Option<TypedRow> = import
        .total
        .as_ref()
        .map(|t| parse_table(std::slice::from_ref(t)).rows.remove(0));
    check(&parsed.rows, total.as_ref(), RateBase::Row)
}

/// The file with one cell of one row changed: `row` from 1 as the
/// spreadsheet numbers it, `column` from 0.
fn planted(row: usize, column: usize, text: &str) -> String {
    let mut lines: Vec<String> = FILE.lines().map(str::to_owned).collect();
    let mut cells: Vec<&str> = lines[row - 1].split(';').collect();
    cells[column] = text;
    lines[row - 1] = cells.join(";");
    lines.join("\n")
}

#[test]
fn every_row_and_figure_is_read_as_printed() {
    let import = read_annex_bytes(FILE.as_bytes().to_vec()).unwrap();
    assert_eq!(import.year, Some(2027));
    assert_eq!(import.unit.as_deref(), Some("xã Minh Tân"));
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let names: Vec<&str> = import.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Thôn Nà Pản",
            "Thôn Khuổi Luông",
            "Thôn Bản Giang",
            "Thôn Pác Nặm",
            "Tổ dân phố 1",
            "Tổ dân phố 2",
            "Thôn Cốc Lải",
            "Thôn Nặm Thuổm",
            "Thôn Phiêng Pảng",
        ]
    );
    // Every figure of every row, the total's too, as printed: counts in the
    // order of CELLS, the poor rate, then the breakdown rates, the points
    // (not printed here) and the year-end columns. Dots became commas.
    let figures = |r: &planning::RowText| {
        let mut all: Vec<&str> = r.cells.iter().map(String::as_str).collect();
        all.extend(r.rates.iter().map(String::as_str));
        all.extend(r.printed.iter().map(String::as_str));
        all.join(" ")
    };
    let expected = [
        "212 198 31  29 6 25 6 14,62  13,68 2,83 11,79  25 11,79",
        "187 187 44  44 8 36 9 23,53  23,53 4,28 19,25  35 18,72",
        "305 120 18  7 3 15 4 5,90  2,30 0,98 4,92  14 4,59",
        "158 158 39  39 7 32 8 24,68  24,68 4,43 20,25  31 19,62",
        "420 35 4  0 1 3 1 0,95  0,00 0,24 0,71  3 0,71",
        "388 22 3  0 1 2 0 0,77  0,00 0,26 0,52  3 0,77",
        "176 170 36  35 7 29 7 20,45  19,89 3,98 16,48  29 16,48",
        "143 143 41  41 8 33 8 28,67  28,67 5,59 23,08  33 23,08",
        "231 201 27  23 5 22 6 11,69  9,96 2,16 9,52  21 9,09",
    ];
    for (row, want) in import.rows.iter().zip(expected) {
        assert_eq!(figures(row), want, "{}", row.name);
    }
    let total = import.total.as_ref().expect("the total row");
    assert_eq!(total.name, "Tổng cộng");
    assert_eq!(
        figures(total),
        "2220 1234 243  218 46 197 49 10,95  9,82 2,07 8,87  194 8,74"
    );

    // Read as numbers: the dot rates are decimals, the counts whole.
    let parsed = parse_table(&import.rows);
    assert_eq!(parsed.rows[0].poor_rate, Some(d("14.62")));
    assert_eq!(parsed.rows[0].ethnic_minority_poor_rate, Some(d("13.68")));
    assert_eq!(parsed.rows[0].year_end_poor, Some(25));
    assert_eq!(parsed.rows[2].social_protection_poor_rate, Some(d("0.98")));
    // The figures agree: nothing to flag.
    assert_eq!(issues(&import), vec![]);

    // One notice says the file uses a dot; one that the title was skipped,
    // and what it says.
    let vi: Vec<&str> = import.notices.iter().map(|(vi, _)| vi.as_str()).collect();
    assert_eq!(
        vi.iter().filter(|n| n.contains("dấu chấm thập phân")).count(),
        1,
        "{vi:?}"
    );
    assert!(vi.iter().any(|n| n.contains("50 ô tỷ lệ")), "{vi:?}");
    assert!(
        vi.iter()
            .any(|n| n.starts_with("Bỏ qua 2 dòng phía trên dòng tiêu đề (dòng 4–5)") && n.contains("«BIỂU CHỈ TIÊU")),
        "{vi:?}"
    );
    assert!(vi.contains(&"Biểu năm 2027 của xã Minh Tân."), "{vi:?}");
    assert!(
        import
            .notices
            .iter()
            .all(|(vi, en)| !vi.is_empty() && !en.is_empty() && vi != en)
    );
}

#[test]
fn each_column_is_understood_as_group_and_column_and_says_why() {
    let import = read(FILE);
    let m = &import.mapping;
    assert_eq!(m.columns.len(), 14);
    let fields: Vec<Option<AnnexField>> = m.columns.iter().map(|c| c.meaning.field()).collect();
    assert_eq!(
        fields,
        [
            AnnexField::Name,
            AnnexField::Households,
            AnnexField::EthnicMinority,
            AnnexField::Poor,
            AnnexField::PoorRate,
            AnnexField::EthnicMinorityPoor,
            AnnexField::EthnicMinorityPoorRate,
            AnnexField::SocialProtectionPoor,
            AnnexField::SocialProtectionPoorRate,
            AnnexField::PoorAbleToEscape,
            AnnexField::PoorAbleToEscapeRate,
            AnnexField::Reduction,
            AnnexField::YearEndPoor,
            AnnexField::YearEndRate,
        ]
        .map(Some)
    );
    // "Số hộ" under the reduction group is the reduction, never households.
    let target = &m.columns[11];
    assert_eq!(target.label.text(), "Chỉ tiêu giảm hộ nghèo năm 2027 / Số hộ");
    assert!(
        target.why.0.contains("«Chỉ tiêu giảm hộ nghèo năm 2027»"),
        "{:?}",
        target.why
    );
    assert!(m.columns[6].why.1.contains("“HN DTTS”"), "{:?}", m.columns[6].why);
    assert_eq!(m.unknown().count(), 0);
    assert_eq!(
        m.signature,
        read(&FILE.replace("Hộ nghèo;", "HỘ NGHÈO;")).mapping.signature
    );
}

#[test]
fn a_wrong_year_end_rate_is_flagged_with_the_right_value() {
    // Thôn Nà Pản: 31 poor − 6 = 25 of 212 households is 11,79%, not 12,79%.
    let import = read(&planted(6, 13, "12.79"));
    let found = issues(&import);
    let wrong = Issue::RateMismatch {
        place: Place::Row(0),
        column: Column::YearEndRate,
        typed: d("12.79"),
        computed: d("11.79"),
    };
    assert_eq!(found, vec![wrong.clone()]);
    let names: Vec<String> = import.rows.iter().map(|r| r.name.clone()).collect();
    let (vi, en) = (describe(&wrong, &names, Lang::Vi), describe(&wrong, &names, Lang::En));
    assert_eq!(
        vi,
        "Dòng Thôn Nà Pản: tỷ lệ hộ nghèo cuối năm ghi 12,79% nhưng tính ra 11,79%."
    );
    assert_eq!(
        en,
        "Row Thôn Nà Pản: the poor rate at year end reads 12,79% but works out to 11,79%."
    );
    // A year-end count that is not poor − reduction.
    let count = issues(&read(&planted(6, 12, "26")));
    assert!(count.contains(&Issue::YearEndMismatch {
        place: Place::Row(0),
        typed: 26,
        computed: 25
    }));
}

#[test]
fn a_breakdown_rate_on_another_base_is_flagged() {
    // Thôn Bản Giang: 7 ethnic-minority poor of 18 poor households printed
    // as 38,89, where the rest of the table is over all households.
    let found = issues(&read(&planted(8, 6, "38.89")));
    assert_eq!(
        found,
        vec![Issue::BreakdownBases {
            base: BreakdownBase::Households,
            // 10 rows × 3 rates, less the one planted and the two 0,00
            // that fit either base.
            on_base: 27,
            others: vec![OtherBase {
                place: Place::Row(2),
                column: Column::EthnicMinorityPoorRate,
                typed: d("38.89"),
                on_table_base: d("2.30"),
            }],
        }]
    );
    let names: Vec<String> = read(FILE).rows.iter().map(|r| r.name.clone()).collect();
    let (vi, en) = (
        describe(&found[0], &names, Lang::Vi),
        describe(&found[0], &names, Lang::En),
    );
    assert_eq!(
        vi,
        "Tỷ lệ của các nhóm hộ nghèo tính trên hai mẫu số: 27 ô trên số hộ dân cư, còn các ô sau trên số hộ nghèo: \
         Dòng Thôn Bản Giang (tỷ lệ hộ nghèo dân tộc thiểu số) ghi 38,89%, trên số hộ dân cư là 2,30%."
    );
    assert!(
        en.contains("Row Thôn Bản Giang (ethnic-minority poor rate) reads 38,89%, on all households 2,30%"),
        "{en}"
    );

    // A rate on neither base is flagged with its value on the table's base.
    let neither = issues(&read(&planted(8, 6, "5.00")));
    assert_eq!(
        neither,
        vec![Issue::RateMismatch {
            place: Place::Row(2),
            column: Column::EthnicMinorityPoorRate,
            typed: d("5.00"),
            computed: d("2.30"),
        }]
    );
}

#[test]
fn the_total_rows_figures_are_each_checked() {
    // Sums and rates of the total row.
    let found = issues(&read(&planted(15, 7, "47").replace(";2.07;", ";2.12;")));
    assert!(found.contains(&Issue::TotalMismatch {
        column: Column::SocialProtectionPoor,
        typed: 47,
        sum: 46
    }));
    assert!(found.contains(&Issue::RateMismatch {
        place: Place::Total,
        column: Column::SocialProtectionPoorRate,
        typed: d("2.12"),
        computed: d("2.07"),
    }));
    let year_end = issues(&read(&planted(15, 12, "195")));
    assert_eq!(
        year_end,
        vec![Issue::YearEndMismatch {
            place: Place::Total,
            typed: 195,
            computed: 194
        }]
    );
}

#[test]
fn a_mapping_corrected_by_hand_applies_to_files_with_the_same_headers() {
    let first = read(FILE);
    let mut mapping = first.mapping.clone();
    // The user says column C ("Hộ DTTS") is not to be read, and that
    // column N is the poor rate at year end (as it already was).
    assert!(mapping.set(2, Meaning::Ignored));
    assert!(mapping.set(13, Meaning::Field(AnnexField::YearEndRate)));
    let remembered = mapping.remember();
    assert_eq!(overrides_to_text(&remembered.overrides), "3=-");
    // Kept as text in local storage, and read back.
    let stored = Remembered {
        signature: remembered.signature.clone(),
        overrides: overrides_from_text::<AnnexField>(&overrides_to_text(&remembered.overrides)),
    };
    let again = read_annex_with(FILE, &[stored]).unwrap();
    assert_eq!(again.mapping.columns[2].meaning, Meaning::Ignored);
    assert!(again.mapping.columns[2].overridden());
    assert!(
        again.rows.iter().all(|r| r.cells[1].is_empty()),
        "ethnic-minority households not read"
    );
    assert!(
        again
            .notices
            .iter()
            .any(|(vi, _)| vi.contains("không dùng đến") && vi.contains("«Hộ DTTS»")),
        "{:?}",
        again.notices
    );
    // Another file's headers have another signature: nothing applies.
    let other = read_annex_with(&FILE.replace("Hộ DTTS", "Số hộ DTTS"), &[remembered]).unwrap();
    assert_eq!(
        other.mapping.columns[2].meaning,
        Meaning::Field(AnnexField::EthnicMinority)
    );
    assert_eq!(AnnexField::from_key("ty-le-cuoi-nam"), Some(AnnexField::YearEndRate));
}

#[test]
fn a_file_whose_header_is_not_understood_can_be_read_once_corrected() {
    // "Khu dân cư" names the villages here: not a heading the annex knows.
    let text = "Biểu chỉ tiêu\nKhu dân cư;Số hộ;HN\nKhu A;100;10\nKhu B;50;5\n";
    assert!(read_annex(text).is_err());
    let mut mapping = closest_annex_header(text).expect("the closest header");
    assert_eq!(mapping.unknown().count(), 1);
    assert!(mapping.set(0, Meaning::Field(AnnexField::Name)));
    let import = read_annex_with(text, &[mapping.remember()]).unwrap();
    let names: Vec<&str> = import.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Khu A", "Khu B"]);
}

#[test]
fn a_reduction_in_points_beside_its_households_is_checked() {
    let text = "Thôn;Số hộ;Hộ nghèo;Chỉ tiêu giảm hộ nghèo;\n;;;Số hộ;Tỷ lệ %\nThôn 1;200;20;4;2.50\n";
    let import = read(text);
    assert_eq!(
        import.mapping.columns[4].meaning,
        Meaning::Field(AnnexField::ReductionPoints)
    );
    assert_eq!(
        issues(&import),
        vec![Issue::PointsDisagree {
            place: Place::Row(0),
            typed: d("2.50"),
            computed: d("2.00")
        }]
    );
}

#[test]
fn a_village_without_figures_under_the_header_is_a_row_not_a_header_row() {
    let mut lines: Vec<&str> = FILE.lines().collect();
    lines.insert(5, "Thôn Mới;;;;;;;;;;;;;");
    let import = read(&lines.join("\n"));
    assert_eq!(import.rows[0].name, "Thôn Mới");
    assert_eq!(import.rows.len(), 10);
    assert_eq!(import.mapping.columns[0].label.text(), "Thôn, tổ dân phố");
}
