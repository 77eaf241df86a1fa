//! household-list: a CSV household list, imported and summarised as the
//! households page does, under each national standard.

use lang::Lang;
use std::sync::LazyLock;

use household_list::{Importer, ListRead, ListReading, Options, decode, import, sample::synthetic_list, summarize};
use poverty_rules::Catalogue;

use crate::target::{Target, Verdict, said};

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::national);

fn samples() -> Vec<Vec<u8>> {
    let mut samples: Vec<Vec<u8>> = (0..4).map(|seed| synthetic_list(8, seed).into_bytes()).collect();
    samples.extend(
        [
            "thon,khu_vuc,diem_a,diem_b,dtts\nThôn 1,nông thôn,120,30,có\n\"Bản \"\"Mới\"\"\",thành thị,\"150,5\",0,\n",
            "Thôn;Khu vực;Thu nhập;Nhà tiêu hợp vệ sinh\r\nA;nong thon;1.500.000 đ;x\r\n;;;\r\nB;2;-5;không\r\n",
            // A title, then a header on two rows with merged group cells.
            "DANH SÁCH HỘ NĂM 2026\n\nthon;khu_vuc;Điểm;;Hộ;\n;;A;B;DTTS;BTXH\nThôn 1;NT;120;30;x;\n",
        ]
        .map(|s| s.as_bytes().to_vec()),
    );
    samples
}

/// The page imports a few rows at a time: the result is the one-go
/// import's, and progress never says more than is true.
fn steps_as_in_one_go(text: &str, options: &Options) {
    let standard = &CATALOGUE.all()[0];
    let Ok(mut importer) = Importer::new(text.to_owned(), standard, options.clone()) else {
        return;
    };
    loop {
        let progress = importer.step(7);
        assert!(progress.rows_done <= progress.rows_total_estimate, "{progress:?}");
        assert!(progress.bytes_done <= progress.bytes_total, "{progress:?}");
        if progress.finished {
            break;
        }
    }
    assert_eq!(importer.finish(), import(text.to_owned(), standard, options.clone()));
}

fn households(input: &[u8]) -> Verdict {
    let options = Options::default();
    let text = match decode(input.to_vec(), &options) {
        Ok(text) => text,
        Err(e) => {
            said(e.message(Lang::Vi));
            return Verdict::Refused;
        }
    };
    steps_as_in_one_go(&text, &options);
    let mut verdict = Verdict::Refused;
    for standard in CATALOGUE.national_standards() {
        match import(text.clone(), standard, options.clone()) {
            Ok(list) => {
                verdict = Verdict::Accepted;
                let summary = summarize(&list);
                assert_eq!(summary.total.annex.households, list.households.len() as u64);
                // As the reader worker sends it and the page reads it back.
                let reading = ListReading::Read(Box::new(ListRead::of(&list)));
                match ListReading::from_text(&reading.to_text()) {
                    Some(ListReading::Read(back)) => assert_eq!(back.tallies.summary(), summary),
                    other => panic!("the worker's answer did not read back: {other:?}"),
                }
                list.errors.iter().for_each(|e| said(e.message(Lang::Vi)));
                list.notices.iter().for_each(|n| said(n.message(Lang::Vi)));
            }
            Err(e) => {
                said(e.message(Lang::Vi));
                // Refused as the reader worker tells the page: with the
                // header that came closest, read back whole.
                if let Err(refused) = Importer::open(text.clone(), standard, options.clone()) {
                    assert_eq!(refused.0, e);
                    let reading = ListReading::refused(refused);
                    assert_eq!(ListReading::from_text(&reading.to_text()), Some(reading));
                }
            }
        }
    }
    verdict
}

pub fn all() -> Vec<Target> {
    vec![Target {
        name: "household list CSV",
        reads: "`decode`, `Importer` a few rows at a time (as the page) against `import` in one go, under every national standard, then `summarize` (with Alkire–Foster), and the reader worker's answer read back to the same summary, or its refusal with the closest header read back whole",
        cost: 2,
        samples,
        run: households,
    }]
}
