//! The .docx read back as Word would: a valid ZIP, well-formed parts, every
//! part typed, headings as Heading styles, user text as text.

mod common;

use common::{check_well_formed, form, numbers, paragraphs, read_package};
use plan_doc::{Lang, ProjectOffice, ProjectPlan, SectionId, UsualPart, build_document, to_docx, usual_part};

fn package() -> std::collections::BTreeMap<String, String> {
    let document = build_document(&form(), &numbers(), Lang::Vi, &SectionId::ALL);
    read_package(&to_docx(&document))
}

#[test]
fn every_part_is_well_formed_xml() {
    let parts = package();
    assert_eq!(parts.len(), 11);
    for (name, xml) in &parts {
        check_well_formed(name, xml);
    }
}

#[test]
fn content_types_cover_every_part() {
    let parts = package();
    let types = &parts["[Content_Types].xml"];
    for name in parts.keys().filter(|n| *n != "[Content_Types].xml") {
        let covered = types.contains(&format!(r#"PartName="/{name}""#))
            || name
                .rsplit_once('.')
                .is_some_and(|(_, ext)| types.contains(&format!(r#"Extension="{ext}""#)));
        assert!(covered, "{name} has no content type");
    }
    // Every override names a part that exists.
    for piece in types.split(r#"PartName="/"#).skip(1) {
        let name = &piece[..piece.find('"').unwrap()];
        assert!(parts.contains_key(name), "{name} is typed but missing");
    }
}

#[test]
fn relationships_point_at_parts_that_exist() {
    let parts = package();
    for (rels, dir) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
        for piece in parts[rels].split(r#"Target=""#).skip(1) {
            let target = &piece[..piece.find('"').unwrap()];
            assert!(parts.contains_key(&format!("{dir}{target}")), "{rels} → {target}");
        }
    }
}

#[test]
fn the_plans_headings_are_heading_styled_paragraphs() {
    let parts = package();
    let document = &parts["word/document.xml"];
    let headings: Vec<(String, String)> = paragraphs(document)
        .into_iter()
        .filter(|(style, _)| style.starts_with("Heading"))
        .collect();
    let level1: Vec<&str> = headings
        .iter()
        .filter(|(s, _)| s == "Heading1")
        .map(|(_, t)| t.as_str())
        .collect();
    // Word numbers them (I., 1., a)) from the styles' list: the text is
    // the title alone, so a heading added in Word is numbered alike.
    assert_eq!(
        level1,
        [
            "TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO",
            "MỤC ĐÍCH, YÊU CẦU",
            "MỤC TIÊU",
            "NỘI DUNG THỰC HIỆN",
            "KINH PHÍ THỰC HIỆN",
            "GIẢI PHÁP",
            "TỔ CHỨC THỰC HIỆN",
        ]
    );
    assert!(headings.contains(&("Heading2".into(), "Mục tiêu chung".into())));
    assert!(headings.contains(&(
        "Heading3".into(),
        "DA3.TDA1 - Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp".into()
    )));
    let styles = &parts["word/styles.xml"];
    for level in 1..=3 {
        assert!(styles.contains(&format!(
            r#"w:styleId="Heading{level}"><w:name w:val="heading {level}"/>"#
        )));
        assert!(styles.contains(&format!(
            r#"<w:numPr><w:ilvl w:val="{0}"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="{0}"/>"#,
            level - 1
        )));
    }
}

#[test]
fn the_headings_list_numbers_as_plans_do() {
    let parts = package();
    let numbering = &parts["word/numbering.xml"];
    check_well_formed("word/numbering.xml", numbering);
    for (ilvl, format, text) in [
        (0, "upperRoman", "%1."),
        (1, "decimal", "%2."),
        (2, "lowerLetter", "%3)"),
    ] {
        assert!(
            numbering.contains(&format!(
                r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:pStyle w:val="Heading{}"/><w:suff w:val="space"/><w:lvlText w:val="{text}"/>"#,
                ilvl + 1
            )),
            "{numbering}"
        );
    }
    assert!(numbering.contains(r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#));
    assert!(parts["word/_rels/document.xml.rels"].contains(r#"Target="numbering.xml""#));
    assert!(parts["[Content_Types].xml"].contains(r#"PartName="/word/numbering.xml""#));
}

#[test]
fn the_page_follows_decree_30() {
    let parts = package();
    let document = &parts["word/document.xml"];
    let styles = &parts["word/styles.xml"];
    // A4 portrait, then the annexes landscape; margins 20/15/20/30 mm.
    assert!(document.contains(
        r#"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#
    ));
    assert_eq!(
        document
            .matches(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#)
            .count(),
        2
    );
    // No number on page 1, a centred PAGE field on the others.
    assert_eq!(document.matches("<w:titlePg/>").count(), 1);
    assert!(parts["word/header1.xml"].contains(" PAGE "));
    assert!(!parts["word/header2.xml"].contains("PAGE"));
    // Times New Roman 14 pt, justified, first line 1 cm, 6 pt after.
    assert!(styles.contains(r#"w:ascii="Times New Roman""#));
    assert!(styles.contains(r#"<w:sz w:val="28"/>"#));
    assert!(styles.contains(r#"<w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>"#));
    // Header rows repeat; rows never split across pages.
    assert!(document.contains("<w:tblHeader/>"));
    assert_eq!(
        document.matches("<w:tr>").count(),
        document.matches("<w:cantSplit/>").count()
    );
}

#[test]
fn the_national_header_and_closing_read_as_plans_print_them() {
    let parts = package();
    let texts: Vec<String> = paragraphs(&parts["word/document.xml"])
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    for expected in [
        "UBND TỈNH CAO BẰNG",
        "UBND XÃ HÀ QUẢNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-UBND",
        "Hà Quảng, ngày 05 tháng 01 năm 2027",
        "KẾ HOẠCH",
        "Nơi nhận:",
        "- Lưu: VT, VHXH.",
        "TM. ỦY BAN NHÂN DÂN",
        "Nông Văn A",
        "Phụ lục I",
        "CHỈ TIÊU GIẢM NGHÈO NĂM 2027",
    ] {
        assert!(texts.iter().any(|t| t == expected), "missing {expected}");
    }
    let core = &parts["docProps/core.xml"];
    assert!(core.contains("<dc:title>KẾ HOẠCH Thực hiện Chương trình giảm nghèo bền vững năm 2027</dc:title>"));
}

#[test]
fn user_text_stays_text() {
    let mut plan = form();
    let nasty = "<script>alert(1)</script> & \"quoted\" 'single' ]]> <w:p>";
    plan.header.subject = nasty.into();
    plan.purpose.text = format!("{nasty}\nline two\u{0}\u{1b}");
    plan.organisation.rows[0].office = nasty.into();
    let parts = read_package(&to_docx(&build_document(&plan, &numbers(), Lang::Vi, &SectionId::ALL)));
    for (name, xml) in &parts {
        check_well_formed(name, xml);
    }
    let texts: Vec<String> = paragraphs(&parts["word/document.xml"])
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(texts.iter().filter(|t| *t == nasty).count() >= 2, "subject and office");
    assert!(
        texts.contains(&format!("{nasty}\nline two")),
        "control characters dropped"
    );
    assert!(!parts["word/document.xml"].contains("<script>"));
}

#[test]
fn a_corrupted_entry_fails_its_crc() {
    let mut bytes = to_docx(&build_document(&form(), &numbers(), Lang::Vi, &SectionId::ALL));
    let at = bytes
        .windows(9)
        .position(|w| w == "KẾ HOẠCH".as_bytes().get(..9).unwrap())
        .expect("the title is stored uncompressed");
    bytes[at + 1] ^= 0x01;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = archive.by_name("word/document.xml").unwrap();
    let mut sink = Vec::new();
    assert!(std::io::Read::read_to_end(&mut file, &mut sink).is_err());
}

#[test]
fn chosen_sections_alone_are_printed() {
    let plan = form();
    let only_annexes = build_document(&plan, &numbers(), Lang::Vi, &[SectionId::TargetAnnex]);
    let parts = read_package(&to_docx(&only_annexes));
    let document = &parts["word/document.xml"];
    check_well_formed("document.xml", document);
    // One landscape section, with page 1 unnumbered.
    assert_eq!(document.matches("<w:sectPr>").count(), 1);
    assert!(document.contains(r#"w:orient="landscape""#) && document.contains("<w:titlePg/>"));
    assert!(!document.contains("KẾ HOẠCH"));
}

#[test]
fn every_style_used_is_defined() {
    let parts = package();
    let styles = &parts["word/styles.xml"];
    for name in ["word/document.xml", "word/header1.xml", "word/header2.xml"] {
        for piece in parts[name].split(r#"<w:pStyle w:val=""#).skip(1) {
            let id = &piece[..piece.find('"').unwrap()];
            assert!(styles.contains(&format!(r#"w:styleId="{id}""#)), "{name} uses {id}");
        }
    }
    assert!(parts["word/document.xml"].contains(r#"<w:tblStyle w:val="TableGrid"/>"#));
    assert!(styles.contains(r#"w:styleId="TableGrid""#));
}

#[test]
fn the_new_parts_reach_word_as_headings_paragraphs_and_a_table() {
    let mut plan = form();
    plan.outline = vec![usual_part(UsualPart::Results, Lang::Vi)];
    plan.signature.delegated = "KT. CHỦ TỊCH".into();
    plan.projects = vec![ProjectPlan {
        code: "DA3.TDA1".into(),
        activities: "Hỗ trợ bò giống.".into(),
        offices: vec![ProjectOffice {
            office: "Phòng Kinh tế".into(),
            lead: true,
        }],
        outputs: Vec::new(),
    }];
    let parts = read_package(&to_docx(&build_document(&plan, &numbers(), Lang::Vi, &SectionId::ALL)));
    let xml = &parts["word/document.xml"];
    let paragraphs = paragraphs(xml);
    let has = |style: &str, text: &str| paragraphs.iter().any(|(s, t)| s == style && t == text);
    let level1: Vec<&str> = paragraphs
        .iter()
        .filter(|(s, _)| s == "Heading1")
        .map(|(_, t)| t.as_str())
        .take(2)
        .collect();
    assert_eq!(
        level1,
        [
            "KẾT QUẢ THỰC HIỆN NĂM TRƯỚC VÀ ĐÁNH GIÁ",
            "TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO"
        ],
        "the officer's part first, numbered I. by Word"
    );
    assert!(has("Heading2", "Kết quả đạt được"));
    assert!(
        paragraphs
            .iter()
            .any(|(_, t)| t.starts_with("Ủy ban nhân dân xã Hà Quảng ban hành Kế hoạch"))
    );
    assert!(
        paragraphs
            .iter()
            .any(|(_, t)| t.ends_with("của Ủy ban nhân dân xã Hà Quảng./."))
    );
    assert!(paragraphs.iter().any(|(_, t)| t == "Cơ quan chủ trì: Phòng Kinh tế."));
    assert!(paragraphs.iter().any(|(_, t)| t == "KT. CHỦ TỊCH"));
    // The projects' table: a Word table whose header names the lead office.
    let table = xml
        .split("<w:tbl>")
        .find(|t| t.contains("Cơ quan chủ trì") && t.contains("Dự kiến giải ngân"))
        .expect("the projects' table");
    assert!(table.contains(r#"<w:tblStyle w:val="TableGrid"/>"#));
    assert!(table.contains("DA3.TDA1 - "));
}
