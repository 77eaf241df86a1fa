//! Workbooks written with rust_xlsxwriter, read back: the annex as printed
//! reads from its .xlsx as from its CSV, cells come out as Excel shows
//! them, the sheet is chosen as the user expects, and a file that is not
//! a readable .xlsx says what to do.

use lang::Lang;
mod annex_workbook;

use std::io::{Cursor, Write};

use annex_workbook::{ANNEX_SHEET, CSV, NOTES_SHEET, Rates, annex_workbook};
use planning::{AnnexFileError, AnnexReading, RateBase, check, parse_table, read_annex, read_annex_grid};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use sheet_grid::{MAX_CELLS, MAX_MERGES, MAX_ROWS, SheetError, SheetGrid, is_workbook, xlsx_grid, xlsx_grid_of};
use table_grid::Merge;

fn read(bytes: &[u8]) -> SheetGrid {
    xlsx_grid(bytes).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

fn merge(row: usize, column: usize, rows: usize, columns: usize) -> Merge {
    Merge {
        row,
        column,
        rows,
        columns,
    }
}

#[test]
fn the_annex_as_printed_becomes_a_grid_of_what_the_officer_sees() {
    for rates in [Rates::Typed, Rates::Formulas] {
        let sheet = read(&annex_workbook(rates));
        assert_eq!(sheet.sheet, ANNEX_SHEET);
        assert_eq!(sheet.sheets, [ANNEX_SHEET, NOTES_SHEET]);
        let grid = &sheet.grid;
        assert_eq!(grid.rows.len(), 15, "{rates:?}");
        assert_eq!(grid.cell(0, 0), "BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2027");
        assert!(grid.cell(1, 0).starts_with("(Kèm theo Kế hoạch số"));
        assert!(grid.is_blank(2));
        assert_eq!(grid.cell(3, 5), "Cơ cấu hộ nghèo đầu năm 2027");
        assert_eq!(grid.shown(3, 10), "Cơ cấu hộ nghèo đầu năm 2027");
        assert_eq!(grid.shown(4, 0), "Thôn, tổ dân phố");
        assert_eq!(
            grid.rows[5],
            [
                "Thôn Nà Pản",
                "212",
                "198",
                "31",
                "14,62",
                "29",
                "13,68",
                "6",
                "2,83",
                "25",
                "11,79",
                "6",
                "25",
                "11,79"
            ],
            "{rates:?}"
        );
        assert_eq!(grid.cell(14, 0), "Tổng cộng");
        assert_eq!(grid.cell(14, 13), "8,74");
        let mut merges = grid.merges.clone();
        merges.sort_by_key(|m| (m.row, m.column));
        assert_eq!(
            merges,
            [
                merge(0, 0, 1, 14),
                merge(1, 0, 1, 14),
                merge(3, 0, 2, 1),
                merge(3, 1, 2, 1),
                merge(3, 2, 2, 1),
                merge(3, 3, 2, 1),
                merge(3, 4, 2, 1),
                merge(3, 5, 1, 6),
                merge(3, 11, 1, 3),
            ]
        );
        assert!(!grid.truncated && grid.unclosed_quotes.is_empty());
    }
}

#[test]
fn the_annex_as_printed_reads_from_its_workbook_as_from_its_csv() {
    let csv = read_annex(CSV).unwrap();
    for rates in [Rates::Typed, Rates::Formulas] {
        let sheet = read(&annex_workbook(rates));
        let xlsx = read_annex_grid(&sheet.grid, &[]).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
        assert!(xlsx.errors.is_empty(), "{:?}", xlsx.errors);
        assert_eq!(xlsx.rows.len(), 9);
        // Every name and figure, the total's too: the CSV's dots became
        // commas, the workbook's percentages a hundred times their value.
        assert_eq!(xlsx.rows, csv.rows, "{rates:?}");
        assert_eq!(xlsx.total, csv.total, "{rates:?}");
        assert_eq!(
            xlsx.mapping, csv.mapping,
            "every column read as the same field, for the same reason"
        );
        assert_eq!((xlsx.year, xlsx.unit.as_deref()), (Some(2027), Some("xã Minh Tân")));
        let parsed = parse_table(&xlsx.rows);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let total = parse_table(std::slice::from_ref(xlsx.total.as_ref().unwrap()))
            .rows
            .remove(0);
        assert_eq!(check(&parsed.rows, Some(&total), RateBase::Row), vec![]);
        // The figures were written with commas: nothing to say of dots.
        assert!(
            xlsx.notices.iter().all(|(vi, _)| !vi.contains("dấu chấm thập phân")),
            "{:?}",
            xlsx.notices
        );
        assert!(
            xlsx.notices
                .iter()
                .any(|(vi, _)| vi.starts_with("Bỏ qua 2 dòng phía trên dòng tiêu đề (dòng 4–5)")),
            "{:?}",
            xlsx.notices
        );
    }
}

#[test]
fn the_reading_the_worker_sends_says_which_sheet_was_read() {
    let sheet = read(&annex_workbook(Rates::Formulas));
    let notice = sheet.notice().expect("two sheets");
    assert_eq!(
        notice.0,
        "Sổ làm việc có 2 trang tính («Biểu chỉ tiêu», «Ghi chú»): đã đọc trang «Biểu chỉ tiêu». Các trang khác không được đọc."
    );
    assert_eq!(
        notice.1,
        "The workbook has 2 sheets (“Biểu chỉ tiêu”, “Ghi chú”): sheet “Biểu chỉ tiêu” was read. The others were not."
    );
    let reading = AnnexReading::of_grid(&sheet.grid, &[]).noting(notice.clone());
    let AnnexReading::Read(read) = &reading else {
        panic!("{reading:?}");
    };
    assert_eq!(read.notices[0], notice);
    assert_eq!(read.rows.len(), 9);
    assert_eq!(AnnexReading::from_text(&reading.to_text()), Some(reading.clone()));

    // The notes sheet alone has no annex: the failure names the sheet.
    let notes = xlsx_grid_of(&annex_workbook(Rates::Typed), NOTES_SHEET).unwrap();
    let failed = AnnexReading::of_grid(&notes.grid, &[]).noting(notes.notice().unwrap());
    let AnnexReading::Failed { message, .. } = &failed else {
        panic!("{failed:?}");
    };
    assert!(
        message
            .0
            .ends_with("đã đọc trang «Ghi chú». Các trang khác không được đọc."),
        "{message:?}"
    );
    assert!(message.1.contains("sheet “Ghi chú” was read"), "{message:?}");
}

#[test]
fn a_header_not_understood_in_a_workbook_can_be_corrected_like_a_csv_files() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, heading) in ["Khu dân cư", "Số hộ", "HN"].into_iter().enumerate() {
        sheet.write_string(0, c as u16, heading).unwrap();
    }
    sheet.write_string(1, 0, "Khu A").unwrap();
    sheet.write_number(1, 1, 100.0).unwrap();
    sheet.write_number(1, 2, 10.0).unwrap();
    let grid = read(&book.save_to_buffer().unwrap()).grid;
    let AnnexReading::Failed {
        closest: Some(mut closest),
        ..
    } = AnnexReading::of_grid(&grid, &[])
    else {
        panic!("the closest header, for the user to correct");
    };
    assert!(closest.set(0, planning::Meaning::Field(planning::AnnexField::Name)));
    let AnnexReading::Read(read) = AnnexReading::of_grid(&grid, &[closest.remember()]) else {
        panic!("read once corrected");
    };
    assert_eq!(read.rows[0].name, "Khu A");
    assert_eq!(read.rows[0].cells[0], "100");
}

#[test]
fn cells_come_out_as_excel_shows_them() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let formats = [
        ("0.00%", 0.0394),
        ("0.0%", 0.0394),
        ("0.00", 14.622641509433961),
        ("#,##0", 1250.0),
        ("dd/mm/yyyy", 0.0),
    ];
    for (c, (code, value)) in formats.iter().enumerate() {
        let format = Format::new().set_num_format(*code);
        if *code == "dd/mm/yyyy" {
            let date = ExcelDateTime::from_ymd(2027, 1, 15).unwrap();
            sheet.write_datetime_with_format(0, c as u16, &date, &format).unwrap();
        } else {
            sheet.write_number_with_format(0, c as u16, *value, &format).unwrap();
        }
    }
    sheet.write_number(1, 0, 1250.0).unwrap();
    sheet.write_number(1, 1, 0.1 + 0.2).unwrap();
    sheet.write_string(1, 2, "  Thôn 1  ").unwrap();
    sheet.write_string(1, 3, "12a").unwrap();
    sheet.write_boolean(1, 4, true).unwrap();
    sheet
        .write_formula(1, 5, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    sheet.write_string(1, 6, "   ").unwrap();
    // A blank cell with a format only: nothing.
    sheet.write_blank(3, 9, &Format::new().set_bold()).unwrap();
    let grid = read(&book.save_to_buffer().unwrap()).grid;
    assert_eq!(grid.rows[0], ["3,94", "3,9", "14,62", "1250", "15/01/2027"]);
    assert_eq!(grid.rows[1], ["1250", "0,3", "Thôn 1", "12a", "TRUE", "#DIV/0!"]);
    assert_eq!(grid.rows.len(), 2, "blank cells make no rows");
    assert!(grid.merges.is_empty());
}

#[test]
fn the_first_visible_sheet_with_data_is_read_and_any_sheet_on_request() {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Trống").unwrap();
    let hidden = book.add_worksheet();
    hidden.set_name("Ẩn").unwrap();
    hidden.write_string(0, 0, "Bảng ẩn").unwrap();
    hidden.set_hidden(true);
    book.add_worksheet()
        .set_name("Biểu")
        .unwrap()
        .write_string(1, 1, "Thôn")
        .unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let sheet = read(&bytes);
    assert_eq!(sheet.sheet, "Biểu");
    assert_eq!(sheet.sheets, ["Trống", "Biểu"], "hidden sheets are not offered");
    // The row numbers stay the spreadsheet's.
    assert_eq!(sheet.grid.rows, [vec![], vec![String::new(), "Thôn".into()]]);

    assert_eq!(xlsx_grid_of(&bytes, "Ẩn").unwrap().grid.cell(0, 0), "Bảng ẩn");
    assert_eq!(
        xlsx_grid_of(&bytes, "Trống"),
        Err(SheetError::Empty {
            sheet: Some("Trống".into())
        })
    );
    assert_eq!(
        xlsx_grid_of(&bytes, "Biểu 2"),
        Err(SheetError::NoSuchSheet {
            sheet: "Biểu 2".into()
        })
    );

    let mut empty = Workbook::new();
    empty.add_worksheet();
    assert_eq!(
        xlsx_grid(&empty.save_to_buffer().unwrap()),
        Err(SheetError::Empty { sheet: None })
    );
}

#[test]
fn a_sheet_over_the_limits_is_cut_short_or_refused() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Thôn").unwrap();
    sheet.write_string(MAX_ROWS as u32, 0, "Thôn xa").unwrap();
    let long = read(&book.save_to_buffer().unwrap()).grid;
    assert!(long.truncated);
    assert_eq!(long.rows.len(), 1);
    assert!(matches!(
        read_annex_grid(&long, &[]),
        Err(AnnexFileError::TooManyRows { .. })
    ));

    // Cells far to the right: the empty ones before them count.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Rộng").unwrap();
    let rows = MAX_CELLS / 16_000 + 1;
    for row in 0..rows as u32 {
        sheet.write_string(row, 15_999, "x").unwrap();
    }
    assert_eq!(
        xlsx_grid(&book.save_to_buffer().unwrap()),
        Err(SheetError::TooLarge {
            sheet: "Rộng".into(),
            max_cells: MAX_CELLS,
            max_merges: MAX_MERGES,
        })
    );

    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Gộp").unwrap();
    for row in 0..=MAX_MERGES as u32 {
        sheet.merge_range(row, 0, row, 1, "Nhóm", &Format::new()).unwrap();
    }
    assert!(matches!(
        xlsx_grid(&book.save_to_buffer().unwrap()),
        Err(SheetError::TooLarge { .. })
    ));
}

#[test]
fn files_that_are_not_a_readable_xlsx_say_what_to_do() {
    let valid = annex_workbook(Rates::Typed);
    assert!(is_workbook(&valid));
    assert!(!is_workbook(CSV.as_bytes()));

    assert_eq!(xlsx_grid(CSV.as_bytes()), Err(SheetError::NotXlsx));
    assert_eq!(xlsx_grid(&valid[..valid.len() / 2]), Err(SheetError::NotXlsx));

    // A zip that is no workbook: an OpenDocument spreadsheet, say.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    let ods = zip.finish().unwrap().into_inner();
    assert!(is_workbook(&ods));
    assert_eq!(xlsx_grid(&ods), Err(SheetError::NotXlsx));

    // An Excel 97–2003 workbook, and an .xlsx saved with a password: both
    // OLE compound files, the second holding the encrypted package.
    let compound = |stream: &str| {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        file.create_stream(stream).unwrap().write_all(&[0; 64]).unwrap();
        file.flush().unwrap();
        file.into_inner().into_inner()
    };
    let xls = compound("Workbook");
    assert!(is_workbook(&xls));
    assert_eq!(xlsx_grid(&xls), Err(SheetError::OldExcel));
    let encrypted = compound("EncryptedPackage");
    assert_eq!(xlsx_grid(&encrypted), Err(SheetError::Encrypted));
    assert!(SheetError::Encrypted.message(Lang::Vi).contains("mật khẩu"));
}

mod no_panics {
    use proptest::prelude::*;

    use super::*;

    fn survives(bytes: &[u8]) {
        if let Ok(sheet) = xlsx_grid(bytes) {
            let _ = AnnexReading::of_grid(&sheet.grid, &[]).to_text();
        }
        let _ = xlsx_grid_of(bytes, ANNEX_SHEET);
    }

    const PARTS: [&str; 5] = [
        "xl/worksheets/sheet1.xml",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
    ];

    /// The workbook's parts, each as `change` leaves it, stored.
    fn repacked(bytes: &[u8], mut change: impl FnMut(&str, &mut Vec<u8>)) -> Vec<u8> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap();
            let name = entry.name().unwrap().into_owned();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
            change(&name, &mut data);
            out.start_file(name, stored).unwrap();
            out.write_all(&data).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn a_workbook_packed_again_reads_the_same() {
        let bytes = annex_workbook(Rates::Typed);
        let stored = repacked(&bytes, |_, _| {});
        assert_eq!(xlsx_grid(&stored), xlsx_grid(&bytes));
        for part in PARTS {
            let mut found = false;
            repacked(&bytes, |name, _| found |= name == part);
            assert!(found, "{part} is a part of the workbook");
        }
    }

    /// calamine computes references unchecked (see the workspace's
    /// Cargo.toml): what a wrapped reference gives is dropped or refused.
    #[test]
    fn references_that_wrap_in_calamine_are_dropped_or_refused() {
        let bytes = annex_workbook(Rates::Typed);
        let planted = |from: &'static str, to: &'static str| {
            repacked(&bytes, |name, data| {
                if name == PARTS[0] {
                    let xml = String::from_utf8(data.clone()).unwrap();
                    assert!(xml.contains(from), "{from} in the sheet");
                    *data = xml.replace(from, to).into_bytes();
                }
            })
        };
        // A group merged backwards, and the sheet's size backwards.
        let backwards = planted("<mergeCell ref=\"F4:K4\"/>", "<mergeCell ref=\"K4:F4\"/>");
        let sheet = xlsx_grid(&planted("<dimension ref=\"A1:N15\"/>", "<dimension ref=\"N15:A1\"/>")).unwrap();
        assert_eq!(sheet.grid, read(&bytes).grid);
        let sheet = xlsx_grid(&backwards).unwrap();
        assert_eq!(sheet.grid.merges.len(), 8, "the backward range is dropped");
        assert_eq!(sheet.grid.rows, read(&bytes).grid.rows);
        // Past XFD1048576: the wrapped row or column is past the limits.
        for reference in ["r=\"A99999999999\"", "r=\"AAAAAAAAAAAA15\""] {
            let far = planted("r=\"A15\"", reference);
            match xlsx_grid(&far) {
                Ok(sheet) => assert!(sheet.grid.truncated, "{reference}"),
                Err(e) => assert_eq!(
                    e,
                    SheetError::Damaged {
                        sheet: ANNEX_SHEET.into()
                    },
                    "{reference}"
                ),
            }
        }
    }

    #[test]
    fn every_truncation_of_a_valid_workbook() {
        let valid = annex_workbook(Rates::Formulas);
        for end in 0..valid.len() {
            survives(&valid[..end]);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2_000), zip in any::<bool>()) {
            let mut bytes = bytes;
            if zip {
                bytes.splice(0..0, *b"PK\x03\x04");
            }
            survives(&bytes);
        }

        /// The XML of a part changed, packed again uncompressed: what
        /// calamine's parsers see of a damaged or hand-made workbook.
        #[test]
        fn a_valid_workbook_with_a_part_changed(
            part in prop::sample::select(&PARTS[..]),
            changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            cut in proptest::option::of(any::<prop::sample::Index>()),
        ) {
            let bytes = repacked(&annex_workbook(Rates::Formulas), |name, data| {
                if name != part || data.is_empty() {
                    return;
                }
                for (at, byte) in &changes {
                    let i = at.index(data.len());
                    data[i] = *byte;
                }
                if let Some(cut) = &cut {
                    data.truncate(cut.index(data.len()));
                }
            });
            survives(&bytes);
        }

        #[test]
        fn a_valid_workbook_with_bytes_changed(changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
            let mut bytes = annex_workbook(Rates::Typed);
            for (at, byte) in changes {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            survives(&bytes);
        }
    }
}
