//! household-list: a CSV household list, imported and summarised as the
//! households page does, under each national standard.

use std::sync::LazyLock;

use household_list::{Options, decode, import, sample::synthetic_list, summarize};
use poverty_rules::Catalogue;

use crate::target::{Target, Verdict, said};

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::national);

fn samples() -> Vec<Vec<u8>> {
    let mut samples: Vec<Vec<u8>> = (0..4).map(|seed| synthetic_list(8, seed).into_bytes()).collect();
    samples.extend(
        [
            "thon,khu_vuc,diem_a,diem_b,dtts\nThôn 1,nông thôn,120,30,có\n\"Bản \"\"Mới\"\"\",thành thị,\"150,5\",0,\n",
            "Thôn;Khu vực;Thu nhập;Nhà tiêu hợp vệ sinh\r\nA;nong thon;1.500.000 đ;x\r\n;;;\r\nB;2;-5;không\r\n",
        ]
        .map(|s| s.as_bytes().to_vec()),
    );
    samples
}

fn households(input: &[u8]) -> Verdict {
    let options = Options::default();
    let text = match decode(input.to_vec(), &options) {
        Ok(text) => text,
        Err(e) => {
            said(e.message_vi());
            return Verdict::Refused;
        }
    };
    let mut verdict = Verdict::Refused;
    for standard in CATALOGUE.national_standards() {
        match import(text.clone(), standard, options.clone()) {
            Ok(list) => {
                verdict = Verdict::Accepted;
                let summary = summarize(&list);
                assert_eq!(summary.total.households, list.households.len() as u64);
                list.errors.iter().for_each(|e| said(e.message_vi()));
                list.notices.iter().for_each(|n| said(n.message_vi()));
            }
            Err(e) => said(e.message_vi()),
        }
    }
    verdict
}

pub fn all() -> Vec<Target> {
    vec![Target {
        name: "household list CSV",
        reads: "`decode` and `import` under every national standard, then `summarize` (with Alkire–Foster)",
        cost: 2,
        samples,
        run: households,
    }]
}
