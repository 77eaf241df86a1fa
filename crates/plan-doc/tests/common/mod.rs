//! A small commune's plan, and reading a .docx back with `zip` and
//! `quick-xml` (test-only dependencies).

#![allow(dead_code)] // each test file uses its own part of this module

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use funding::{Amounts, Catalogue, Kind, Line, Programme, ProjectId, funding_table};
use plan_doc::{Amount, Figures, Lang, PlanForm, PlanNumbers, TargetRow, Targets, UnitLevel, starter};
use planning::Counts;
use quick_xml::Reader;
use quick_xml::events::Event;
use rust_decimal::Decimal;

pub fn form() -> PlanForm {
    let mut form = starter(UnitLevel::Commune, Lang::Vi);
    form.header.superior_body = "UBND TỈNH CAO BẰNG".into();
    form.header.issuing_body = "UBND XÃ HÀ QUẢNG".into();
    form.header.number = "12/KH-UBND".into();
    form.header.place = "Hà Quảng".into();
    form.header.date = "5/1/2027".into();
    form.header.subject = "Thực hiện Chương trình giảm nghèo bền vững năm 2027".into();
    form.signature.name = "Nông Văn A".into();
    form
}

fn line(project: u32, kind: Kind, central: i64, local: i64) -> Line {
    Line {
        project: ProjectId(project),
        sub_unit: None,
        kind,
        amounts: Amounts {
            central: Decimal::from(central),
            local_counterpart: Decimal::from(local),
            ..Amounts::default()
        },
        disbursement: None,
    }
}

/// Two villages: 2.000 households, 72 poor, 42 near-poor; reduce 20 poor
/// and 10 near-poor; 1.760 million đồng over three sub-projects.
pub fn numbers() -> PlanNumbers {
    let lines = [
        line(11, Kind::Investment, 1_000, 100),
        line(31, Kind::Recurrent, 500, 50),
        line(62, Kind::Recurrent, 100, 10),
    ];
    PlanNumbers {
        level: UnitLevel::Commune,
        year: 2027,
        rows: vec![
            TargetRow {
                name: "Thôn Nà Mạ".into(),
                figures: Figures::known(Counts {
                    households: 1_200,
                    ethnic_minority: 1_100,
                    poor: 40,
                    near_poor: 25,
                    ethnic_minority_poor: 10,
                    social_protection_poor: 6,
                    poor_able_to_escape: 34,
                }),
                poor_reduction: Some(12),
            },
            TargetRow {
                name: "Thôn Cốc Phường".into(),
                figures: Figures::known(Counts {
                    households: 800,
                    ethnic_minority: 790,
                    poor: 32,
                    near_poor: 17,
                    ethnic_minority_poor: 8,
                    social_protection_poor: 4,
                    poor_able_to_escape: 28,
                }),
                poor_reduction: Some(8),
            },
        ],
        targets: Targets {
            near_poor: Some(Amount::Households(10)),
            ..Targets::default()
        },
        funding: funding_table(&Catalogue::preset_2021_2025(), &lines),
        programme: Programme::Sustainable2021To2025,
        last_year: None,
    }
}

/// Every entry of the package by name; panics on a bad archive or CRC.
pub fn read_package(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("an entry");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8 text with a matching CRC");
        parts.insert(file.name().to_owned(), text);
    }
    parts
}

/// Well-formed: tags nest and close, attributes and text unescape, and no
/// character XML 1.0 forbids appears.
pub fn check_well_formed(name: &str, xml: &str) {
    assert!(
        xml.chars()
            .all(|c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)),
        "{name}: a character XML forbids"
    );
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let mut roots = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                roots += usize::from(depth == 0);
                depth += 1;
                for a in e.attributes() {
                    a.expect("an attribute").unescape_value().expect("an attribute value");
                }
            }
            Ok(Event::Empty(e)) => {
                roots += usize::from(depth == 0);
                for a in e.attributes() {
                    a.expect("an attribute").unescape_value().expect("an attribute value");
                }
            }
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Text(t)) => {
                let text = t.unescape().expect("text");
                assert!(depth > 0 || text.trim().is_empty(), "{name}: text outside the root");
            }
            Ok(_) => {}
            Err(e) => panic!("{name}: {e}"),
        }
    }
    assert_eq!((depth, roots), (0, 1), "{name}: one root, all closed");
}

/// The paragraphs of `document.xml`: (style, text), line breaks as `\n`.
pub fn paragraphs(xml: &str) -> Vec<(String, String)> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().expect("well-formed") {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == b"w:p" => current = Some((String::new(), String::new())),
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => out.extend(current.take()),
            Event::Empty(e) if e.name().as_ref() == b"w:pStyle" => {
                if let (Some(p), Some(a)) = (
                    current.as_mut(),
                    e.attributes().flatten().find(|a| a.key.as_ref() == b"w:val"),
                ) {
                    p.0 = a.unescape_value().unwrap().into_owned();
                }
            }
            Event::Empty(e) if e.name().as_ref() == b"w:br" => {
                if let Some(p) = current.as_mut() {
                    p.1.push('\n');
                }
            }
            Event::Text(t) if in_text => {
                if let Some(p) = current.as_mut() {
                    p.1.push_str(&t.unescape().unwrap());
                }
            }
            _ => {}
        }
    }
    out
}
