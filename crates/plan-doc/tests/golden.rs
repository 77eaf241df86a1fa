//! A small commune's plan, built and checked sentence by sentence.

mod common;

use common::{form, numbers};
use plan_doc::{
    Amount, Block, DimensionRow, Lang, LastYear, OutlinePart, ParagraphStyle, SectionId, Targets, UnitLevel, UsualPart,
    build_document, funding_summary, situation, targets, usual_part,
};

#[test]
fn situation_states_counts_and_rates() {
    assert_eq!(
        situation(&numbers(), Lang::Vi),
        [
            "Toàn xã có 2.000 hộ, trong đó 72 hộ nghèo (tỷ lệ 3,60%) và 42 hộ cận nghèo (tỷ lệ 2,10%).",
            "Trong số hộ nghèo có 18 hộ dân tộc thiểu số (0,90%), 10 hộ thuộc diện bảo trợ xã hội (0,50%) và 62 hộ có khả năng thoát nghèo (3,10%).",
        ]
    );
    assert_eq!(
        situation(&numbers(), Lang::En)[0],
        "The commune has 2.000 households, of which 72 poor (rate 3,60%) and 42 near-poor (rate 2,10%)."
    );
}

#[test]
fn targets_agree_in_households_and_points() {
    assert_eq!(
        targets(&numbers(), Lang::Vi),
        [
            "Giảm 20 hộ nghèo, tương đương 1,00 điểm phần trăm, tỷ lệ hộ nghèo cuối năm còn 2,60% (52 hộ).",
            "Giảm 10 hộ cận nghèo, tương đương 0,50 điểm phần trăm, tỷ lệ hộ cận nghèo cuối năm còn 1,60% (32 hộ).",
        ]
    );
    assert_eq!(
        targets(&numbers(), Lang::En)[0],
        "Reduce poor households by 20, i.e. 1,00 percentage points, bringing the poor rate at year end to 2,60% (52 households)."
    );
}

#[test]
fn funding_summary_by_kind_source_and_project() {
    let n = numbers();
    assert_eq!(
        funding_summary(&n.funding, n.year, Lang::Vi),
        [
            "Tổng kinh phí thực hiện Kế hoạch năm 2027 là 1.760 triệu đồng (vốn đầu tư phát triển 1.100 triệu đồng, vốn sự nghiệp 660 triệu đồng).",
            "Theo nguồn vốn: ngân sách trung ương 1.600 triệu đồng; ngân sách địa phương đối ứng 160 triệu đồng.",
            "DA1 - Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo: 1.100 triệu đồng.",
            "DA3 - Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng: 550 triệu đồng.",
            "DA6 - Truyền thông và giảm nghèo về thông tin: 110 triệu đồng.",
        ]
    );
    assert_eq!(
        funding_summary(&n.funding, n.year, Lang::En)[1],
        "By source: central budget 1.600 million đồng; local counterpart 160 million đồng."
    );
}

#[test]
fn the_document_follows_the_order_of_real_plans() {
    let document = build_document(&form(), &numbers(), Lang::Vi, &SectionId::ALL);
    let outline: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::NationalHeader(h) => Some(format!("header {} | {}", h.number, h.place_date)),
            Block::Title(t) => Some(format!("title {t}")),
            Block::Heading { level, number, text } => Some(format!("h{level} {number} {text}")),
            Block::Signature(s) => Some(format!("signature {} / {} / {}", s.authority, s.title, s.name)),
            Block::Recipients { lines, .. } => Some(format!("recipients {}", lines.len())),
            Block::AnnexStart {
                label,
                title,
                landscape,
            } => Some(format!("{label} {title} {landscape}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        outline,
        [
            "header Số: 12/KH-UBND | Hà Quảng, ngày 05 tháng 01 năm 2027",
            "title KẾ HOẠCH",
            "h1 I. TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO",
            "h1 II. MỤC ĐÍCH, YÊU CẦU",
            "h1 III. MỤC TIÊU",
            "h2 1. Mục tiêu chung",
            "h2 2. Chỉ tiêu giảm nghèo",
            "h2 3. Chỉ tiêu về các chiều thiếu hụt dịch vụ xã hội cơ bản",
            "h1 IV. NỘI DUNG THỰC HIỆN",
            "h2 1. Thực hiện các chính sách giảm nghèo",
            "h2 2. DA1 - Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
            "h3 a) DA1.TDA1 - Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
            "h2 3. DA3 - Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng",
            "h3 a) DA3.TDA1 - Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp",
            "h2 4. DA6 - Truyền thông và giảm nghèo về thông tin",
            "h3 a) DA6.TDA2 - Truyền thông về giảm nghèo đa chiều",
            "h1 V. KINH PHÍ THỰC HIỆN",
            "h1 VI. GIẢI PHÁP",
            "h1 VII. TỔ CHỨC THỰC HIỆN",
            "signature TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nông Văn A",
            "recipients 5",
            "Phụ lục I CHỈ TIÊU GIẢM NGHÈO NĂM 2027 true",
            "Phụ lục II KINH PHÍ THỰC HIỆN NĂM 2027 true",
        ]
    );
}

#[test]
fn legal_grounds_and_recipients_are_punctuated_as_decree_30_asks() {
    let mut plan = form();
    plan.legal_grounds.lines = vec!["Căn cứ A;".into(), "  ".into(), "Căn cứ B.".into(), "Căn cứ C".into()];
    plan.recipients.lines = vec!["Như trên".into(), "Lưu: VT, VHXH;".into()];
    let document = build_document(
        &plan,
        &numbers(),
        Lang::Vi,
        &[SectionId::LegalGrounds, SectionId::Recipients],
    );
    assert_eq!(
        document.blocks,
        [
            Block::Paragraph {
                text: "Căn cứ A;".into(),
                style: ParagraphStyle::Italic
            },
            Block::Paragraph {
                text: "Căn cứ B;".into(),
                style: ParagraphStyle::Italic
            },
            Block::Paragraph {
                text: "Căn cứ C.".into(),
                style: ParagraphStyle::Italic
            },
            Block::Recipients {
                heading: "Nơi nhận:".into(),
                lines: vec!["- Như trên;".into(), "- Lưu: VT, VHXH.".into()]
            },
        ]
    );
}

#[test]
fn annex_tables_total_their_rows() {
    let document = build_document(
        &form(),
        &numbers(),
        Lang::Vi,
        &[SectionId::TargetAnnex, SectionId::FundingAnnex],
    );
    let tables: Vec<_> = document
        .blocks
        .iter()
        .filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None })
        .collect();
    assert_eq!(
        tables[0].total.as_deref().unwrap(),
        [
            "",
            "Tổng cộng",
            "2.000",
            "72",
            "3,60%",
            "42",
            "2,10%",
            "18",
            "10",
            "62",
            "20",
            "52",
            "2,60%"
        ]
    );
    assert_eq!(tables[0].rows[1][..5], ["2", "Thôn Cốc Phường", "800", "32", "4,00%"]);
    assert_eq!(
        tables[1].total.as_deref().unwrap(),
        ["", "Tổng cộng", "1.760", "1.100", "660", "1.600", "160", "0", "0", "0"]
    );
    assert_eq!(tables[1].rows.len(), 6, "three projects and their funded sub-projects");
}

#[test]
fn an_unentered_unit_says_so_instead_of_dividing_by_zero() {
    let mut n = numbers();
    n.rows.clear();
    assert_eq!(
        situation(&n, Lang::Vi),
        ["Chưa có số hộ dân cư của xã nên chưa tính được tỷ lệ."]
    );
    // No poor target is invented ("Giảm 0 hộ nghèo"); the near-poor target
    // is stated as set, with nothing to compute its rate from.
    assert_eq!(targets(&n, Lang::Vi), ["Giảm 10 hộ cận nghèo."]);
    assert_eq!(targets(&n, Lang::En), ["Reduce near-poor households by 10."]);
}

#[test]
fn an_annex_with_no_figure_given_says_so_instead_of_printing_zeros() {
    let mut n = numbers();
    n.rows.clear();
    n.funding = funding::FundingTable::default();
    let annexes = [SectionId::TargetAnnex, SectionId::FundingAnnex];
    let document = build_document(&form(), &n, Lang::Vi, &annexes);
    assert!(!document.blocks.iter().any(|b| matches!(b, Block::Table(_))));
    assert_eq!(
        texts(&document),
        [
            "Bản nháp chưa có bảng chỉ tiêu: nhập ở trang Chỉ tiêu.",
            "Bản nháp chưa có dòng kinh phí nào: nhập ở trang Kinh phí.",
        ]
    );
    let english = build_document(&form(), &n, Lang::En, &annexes);
    assert_eq!(
        texts(&english),
        [
            "The draft has no target table yet: enter it on the Targets page.",
            "The draft has no funding line yet: enter them on the Funding page.",
        ]
    );
    // With figures, each annex is its table.
    let full = build_document(&form(), &numbers(), Lang::Vi, &annexes);
    assert_eq!(full.blocks.iter().filter(|b| matches!(b, Block::Table(_))).count(), 2);
}

#[test]
fn a_sub_part_without_text_is_left_out_with_its_number() {
    let mut plan = form();
    plan.objectives.text = " \n ".into();
    plan.content.text.clear();
    let document = build_document(
        &plan,
        &numbers(),
        Lang::Vi,
        &[SectionId::Objectives, SectionId::Content],
    );
    let headings: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|b| {
            if let Block::Heading { number, text, .. } = b {
                Some(format!("{number} {text}"))
            } else {
                None
            }
        })
        .take(5)
        .collect();
    assert_eq!(
        headings,
        [
            "I. MỤC TIÊU",
            "1. Chỉ tiêu giảm nghèo",
            "2. Chỉ tiêu về các chiều thiếu hụt dịch vụ xã hội cơ bản",
            "II. NỘI DUNG THỰC HIỆN",
            "1. DA1 - Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
        ]
    );
}

#[test]
fn the_targets_per_dimension_print_as_a_table_under_their_heading_even_without_text() {
    let mut plan = form();
    plan.dimension_targets.text.clear();
    plan.dimension_rows = vec![
        DimensionRow::default(),
        DimensionRow {
            indicator_id: "bao-hiem-y-te".into(),
            indicator: "Tỷ lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số bảo hiểm y tế".into(),
            unit: "%".into(),
            baseline: "12,50".into(),
            target: "8".into(),
        },
    ];
    let document = build_document(&plan, &numbers(), Lang::Vi, &[SectionId::Objectives]);
    assert!(texts(&document).contains(&"3. Chỉ tiêu về các chiều thiếu hụt dịch vụ xã hội cơ bản".to_owned()));
    let rows: Vec<&Vec<String>> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) if t.header[0][1] == "Chỉ tiêu" => Some(&t.rows),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(
        rows,
        [&vec![
            "1".to_owned(),
            "Tỷ lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số bảo hiểm y tế".into(),
            "%".into(),
            "12,50".into(),
            "8".into()
        ]],
        "the blank row is left out, the figures printed as typed"
    );
    // Left out with its part.
    plan.dimension_targets.included = false;
    let document = build_document(&plan, &numbers(), Lang::Vi, &[SectionId::Objectives]);
    assert!(!document.blocks.iter().any(|b| matches!(b, Block::Table(_))));
}

/// The text of every heading and body paragraph, in order.
fn texts(document: &plan_doc::Document) -> Vec<String> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { number, text, .. } => Some(format!("{number} {text}")),
            Block::Paragraph {
                text,
                style: ParagraphStyle::Body,
            } => Some(text.clone()),
            Block::Signature(s) => Some(format!("{} / {} / {} / {}", s.authority, s.delegated, s.title, s.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn the_plan_opens_with_its_enacting_clause_and_closes_with_its_end_mark() {
    let mut plan = form();
    plan.signature.authority = "TM. ỦY BAN NHÂN DÂN".into();
    plan.signature.delegated = "KT. CHỦ TỊCH".into();
    plan.signature.title = "PHÓ CHỦ TỊCH".into();
    let document = build_document(&plan, &numbers(), Lang::Vi, &SectionId::ALL);
    let all = texts(&document);
    assert_eq!(
        all[0],
        "Ủy ban nhân dân xã Hà Quảng ban hành Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2027 như sau:"
    );
    assert_eq!(all[1], "I. TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO");
    let n = all.len();
    assert_eq!(
        all[n - 2..],
        [
            "Trên đây là Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2027 của Ủy ban nhân dân xã Hà Quảng./.",
            "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nông Văn A",
        ]
    );
    let english = texts(&build_document(&plan, &numbers(), Lang::En, &SectionId::ALL));
    assert_eq!(
        english[0],
        "The People's Committee of Hà Quảng commune issues the plan “Thực hiện Chương trình giảm nghèo bền vững năm 2027” as follows:"
    );
    // Typed by the officer: printed as typed, the end mark once.
    plan.enacting.text = "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:".into();
    plan.closing.text = "Trên đây là Kế hoạch năm 2027.".into();
    let typed = texts(&build_document(&plan, &numbers(), Lang::Vi, &SectionId::ALL));
    assert_eq!(typed[0], "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:");
    assert_eq!(typed[typed.len() - 2], "Trên đây là Kế hoạch năm 2027./.");
    // A ward's plan never says "xã".
    plan.header.issuing_body = "UBND PHƯỜNG HÀ GIANG 1".into();
    plan.enacting.text.clear();
    let mut ward = numbers();
    ward.level = UnitLevel::Ward;
    let ward_texts = texts(&build_document(&plan, &ward, Lang::Vi, &SectionId::ALL));
    assert!(ward_texts[0].starts_with("Ủy ban nhân dân phường Hà Giang 1 ban hành"));
    assert!(ward_texts.iter().any(|t| t.starts_with("Toàn phường có 2.000 hộ")));
    assert!(!ward_texts.iter().any(|t| t.contains("Toàn xã")));
}

#[test]
fn the_officer_reorders_renames_and_adds_parts_and_sub_headings() {
    let mut plan = form();
    plan.solutions.text = "# Tuyên truyền\n\nTăng cường tuyên truyền.\n\n## Ở thôn\n\nHọp thôn.\n\n# Lồng ghép".into();
    plan.outline = vec![
        usual_part(UsualPart::Results, Lang::Vi),
        OutlinePart::Standard {
            id: SectionId::Solutions,
            title: "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU".into(),
        },
        OutlinePart::Custom {
            included: false,
            title: "BỎ".into(),
            text: "Không in.".into(),
        },
    ];
    let document = build_document(&plan, &numbers(), Lang::Vi, &SectionId::ALL);
    let headings: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { number, text, .. } => Some(format!("{number} {text}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings[..10],
        [
            "I. KẾT QUẢ THỰC HIỆN NĂM TRƯỚC VÀ ĐÁNH GIÁ",
            "1. Kết quả đạt được",
            "2. Tồn tại, hạn chế và nguyên nhân",
            "3. Bài học kinh nghiệm",
            "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
            "1. Tuyên truyền",
            "a) Ở thôn",
            "2. Lồng ghép",
            "III. TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO",
            "IV. MỤC ĐÍCH, YÊU CẦU",
        ]
    );
    assert!(!headings.iter().any(|h| h.contains("BỎ") || h.contains("GIẢI PHÁP\n")));
    assert_eq!(
        headings.iter().filter(|h| h.contains("GIẢI PHÁP")).count(),
        1,
        "the solutions once, under their new title"
    );
    // The officer's parts print with the plan, not with an annex alone.
    let annex = build_document(&plan, &numbers(), Lang::Vi, &[SectionId::TargetAnnex]);
    assert!(!annex.blocks.iter().any(|b| matches!(b, Block::Heading { .. })));
    for part in UsualPart::ALL {
        for lang in [Lang::Vi, Lang::En] {
            assert!(
                matches!(usual_part(part, lang), OutlinePart::Custom { title, text, .. } if !title.is_empty() && !text.is_empty())
            );
        }
    }
}

#[test]
fn last_years_results_open_the_situation_with_their_tables() {
    let mut n = numbers();
    let start = n.figures();
    n.last_year = Some(LastYear {
        year: 2026,
        start,
        end: start,
        targets: Targets {
            poor: Some(Amount::Households(10)),
            ..Targets::default()
        },
        standard_change: None,
    });
    let document = build_document(&form(), &n, Lang::Vi, &[SectionId::Situation]);
    let headings: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { number, text, .. } => Some(format!("{number} {text}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "I. TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO",
            "1. Kết quả thực hiện năm 2026",
            "2. Tình hình đầu năm 2027",
        ]
    );
    let tables = document.blocks.iter().filter(|b| matches!(b, Block::Table(_))).count();
    assert_eq!(tables, 2, "the reviews side by side, the targets against results");
    assert!(document.blocks.iter().any(|b| matches!(b, Block::Paragraph { text, .. }
        if text == "Chỉ tiêu giảm 10 hộ nghèo: thực hiện giảm 0 hộ, 0,00 điểm phần trăm (tỷ lệ 3,60% → 3,60%), đạt 0,00% kế hoạch.")));
}
