//! sheet-grid: an .xlsx workbook's sheet as a grid, read as an annex as
//! the reader worker reads it.

use lang::Lang;
use std::io::{Cursor, Read, Write};

use funding::{Catalogue, FundingForm, FundingReading};
use planning::AnnexReading;
use sheet_grid::{xlsx_grid, xlsx_grid_of};

use crate::target::{Target, Verdict, said};

#[path = "../../../../crates/sheet-grid/tests/annex_workbook/mod.rs"]
// The sheet-grid tests use the rest of it.
#[allow(dead_code)]
mod annex_workbook;

/// The workbook's parts packed again uncompressed, so that a mutation
/// changes the XML calamine parses rather than the compressed stream.
fn stored(bytes: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a workbook");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("a part");
        let name = entry.name().expect("a part's name").into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).expect("a part's bytes");
        out.start_file(name, options).expect("a part written");
        out.write_all(&data).expect("a part written");
    }
    out.finish().expect("a workbook written").into_inner()
}

fn samples() -> Vec<Vec<u8>> {
    use annex_workbook::{Rates, annex_workbook};
    let formulas = annex_workbook(Rates::Formulas);
    vec![stored(&annex_workbook(Rates::Typed)), stored(&formulas), formulas]
}

fn read(input: &[u8]) -> Verdict {
    let _ = xlsx_grid_of(input, annex_workbook::NOTES_SHEET);
    match xlsx_grid(input) {
        Ok(sheet) => {
            assert!(sheet.sheets.contains(&sheet.sheet), "the sheet read is one offered");
            assert!(!sheet.grid.rows.is_empty(), "a sheet with data");
            sheet.notice().into_iter().for_each(|(vi, en)| {
                said(vi);
                said(en);
            });
            let reading = AnnexReading::of_grid(&sheet.grid, &[]);
            assert_eq!(AnnexReading::from_text(&reading.to_text()), Some(reading));
            // The same sheet as a funding table, as the reader worker answers.
            let catalogue = Catalogue::preset_2021_2025();
            let funding =
                FundingReading::of_grid(&sheet.grid, &catalogue, &[]).checked(&FundingForm::default(), &catalogue);
            assert_eq!(FundingReading::from_text(&funding.to_text(&catalogue)), Some(funding));
            Verdict::Accepted
        }
        Err(e) => {
            said(e.message(Lang::Vi));
            said(e.message(Lang::En));
            Verdict::Refused
        }
    }
}

pub fn all() -> Vec<Target> {
    vec![Target {
        name: "target annex .xlsx",
        reads: "`xlsx_grid` (samples: the annex as printed as a workbook, its parts stored uncompressed so that mutations reach the XML), `xlsx_grid_of`, then `AnnexReading::of_grid` and `FundingReading::of_grid` as the reader worker answers, read back",
        cost: 20,
        samples,
        run: read,
    }]
}
