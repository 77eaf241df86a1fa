//! `word/document.xml`: the blocks as paragraphs and tables, split into
//! sections at each annex (A4 portrait for the plan, each annex in its own
//! orientation), with NĐ 30/2020 margins and page numbers from page 2.

use std::fmt::Write;

use super::xml::escape;
use crate::document::{Align, Block, NationalHeader, ParagraphStyle, SignatureBlock, Table};

/// A4 in twentieths of a point.
const A4_SHORT: u32 = 11_906;
const A4_LONG: u32 = 16_838;
/// Margins: top and bottom 20 mm, left 30 mm, right 15 mm.
const TOP: u32 = 1_134;
const BOTTOM: u32 = 1_134;
const LEFT: u32 = 1_701;
const RIGHT: u32 = 850;
/// The page number sits 10 mm from the top edge.
const HEADER_FROM_TOP: u32 = 567;

fn text_width(landscape: bool) -> u32 {
    (if landscape { A4_LONG } else { A4_SHORT }) - LEFT - RIGHT
}

/// A run: `\n` becomes a line break, other text is escaped.
fn run(text: &str, rpr: &str) -> String {
    let mut out = String::new();
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:r><w:br/></w:r>");
        }
        if !line.is_empty() {
            out.push_str("<w:r>");
            if !rpr.is_empty() {
                let _ = write!(out, "<w:rPr>{rpr}</w:rPr>");
            }
            let _ = write!(out, r#"<w:t xml:space="preserve">{}</w:t></w:r>"#, escape(line));
        }
    }
    out
}

fn para(style: &str, ppr: &str, runs: &str) -> String {
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{runs}</w:p>"#)
}

fn jc(align: Align) -> &'static str {
    match align {
        Align::Left => r#"<w:jc w:val="left"/>"#,
        Align::Center => r#"<w:jc w:val="center"/>"#,
        Align::Right => r#"<w:jc w:val="right"/>"#,
    }
}

const BOLD: &str = "<w:b/><w:bCs/>";

/// A short rule: an empty paragraph with a bottom border, narrowed by its
/// indents to about a third of `width`.
fn rule(width: u32) -> String {
    let side = width / 3;
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Compact"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:after="120" w:line="120" w:lineRule="exact"/><w:ind w:left="{side}" w:right="{side}" w:firstLine="0"/></w:pPr></w:p>"#
    )
}

fn cell(width: u32, content: &str) -> String {
    // A cell must hold at least one paragraph.
    let content = if content.is_empty() {
        r#"<w:p><w:pPr><w:pStyle w:val="Compact"/></w:pPr></w:p>"#
    } else {
        content
    };
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>"#)
}

/// A table without borders, for laying things out side by side.
fn layout(widths: &[u32], rows: &[Vec<String>]) -> String {
    let mut out = String::from(
        r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#,
    );
    for w in widths {
        let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
    }
    out.push_str("</w:tblGrid>");
    for row in rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (w, content) in widths.iter().zip(row) {
            out.push_str(&cell(*w, content));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

fn national_header(h: &NationalHeader, width: u32) -> String {
    let left = width * 2 / 5;
    let right = width - left;
    let small = r#"<w:sz w:val="26"/><w:szCs w:val="26"/>"#;
    let mut bodies = String::new();
    if !h.superior_body.is_empty() {
        bodies.push_str(&para("Compact", "", &run(&h.superior_body, small)));
    }
    bodies.push_str(&para("Compact", "", &run(&h.issuing_body, &format!("{BOLD}{small}"))));
    bodies.push_str(&rule(left));
    let mut motto = para("Compact", "", &run(&h.country, &format!("{BOLD}{small}")));
    motto.push_str(&para(
        "Compact",
        r#"<w:spacing w:after="120"/>"#,
        &run(&h.motto, &format!(r#"{BOLD}<w:u w:val="single"/>"#)),
    ));
    let number = para("Compact", "", &run(&h.number, small));
    let date = para("Compact", "", &run(&h.place_date, "<w:i/><w:iCs/>"));
    layout(&[left, right], &[vec![bodies, motto], vec![number, date]])
}

fn signature(s: &SignatureBlock, recipients: Option<(&str, &[String])>, width: u32) -> String {
    let left = width * 2 / 5;
    let right = width - left;
    let mut sign = String::new();
    for line in [&s.authority, &s.delegated, &s.title] {
        if !line.is_empty() {
            sign.push_str(&para("Compact", "", &run(line, BOLD)));
        }
    }
    // Room for the signature and the seal.
    for _ in 0..4 {
        sign.push_str(&para("Compact", "", ""));
    }
    sign.push_str(&para("Compact", "", &run(&s.name, BOLD)));
    let list = recipients
        .map(|(heading, lines)| recipient_list(heading, lines))
        .unwrap_or_default();
    layout(&[left, right], &[vec![list, sign]])
}

fn recipient_list(heading: &str, lines: &[String]) -> String {
    let mut out = para("RecipientsHeading", "", &run(heading, ""));
    for line in lines {
        out.push_str(&para("Recipient", "", &run(line, "")));
    }
    out
}

fn table(t: &Table, width: u32) -> String {
    let mut columns = t.columns.clone();
    if columns.is_empty() {
        let cells = t
            .header
            .iter()
            .chain(&t.rows)
            .chain(&t.total)
            .map(Vec::len)
            .max()
            .unwrap_or(0);
        columns = vec![
            crate::document::Column {
                weight: 1,
                align: Align::Left,
            };
            cells
        ];
    }
    if columns.is_empty() || (t.header.is_empty() && t.rows.is_empty() && t.total.is_none()) {
        return String::new();
    }
    let weights: u32 = columns.iter().map(|c| u32::from(c.weight.max(1))).sum();
    let widths: Vec<u32> = columns
        .iter()
        .map(|c| width * u32::from(c.weight.max(1)) / weights)
        .collect();
    let mut out = String::new();
    if !t.caption.is_empty() {
        out.push_str(&para("TableCaption", "", &run(&t.caption, "")));
    }
    out.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#);
    for w in &widths {
        let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
    }
    out.push_str("</w:tblGrid>");
    let mut row = |cells: &[String], header: bool, bold: bool| {
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (i, (column, w)) in columns.iter().zip(&widths).enumerate() {
            let text = cells.get(i).map_or("", String::as_str);
            let align = if header { Align::Center } else { column.align };
            let rpr = if bold { BOLD } else { "" };
            out.push_str(&cell(*w, &para("TableText", jc(align), &run(text, rpr))));
        }
        out.push_str("</w:tr>");
    };
    for cells in &t.header {
        row(cells, true, true);
    }
    for cells in &t.rows {
        row(cells, false, false);
    }
    if let Some(cells) = &t.total {
        row(cells, false, true);
    }
    // Word joins two tables with nothing between them into one.
    out.push_str(r#"</w:tbl><w:p><w:pPr><w:pStyle w:val="Compact"/></w:pPr></w:p>"#);
    out
}

/// `first` numbers no page 1; later sections continue the numbering.
fn section_properties(landscape: bool, first: bool) -> String {
    let (w, h, orient) = if landscape {
        (A4_LONG, A4_SHORT, r#" w:orient="landscape""#)
    } else {
        (A4_SHORT, A4_LONG, "")
    };
    let (first_ref, title_page) = if first {
        (r#"<w:headerReference w:type="first" r:id="rIdFirst"/>"#, "<w:titlePg/>")
    } else {
        ("", "")
    };
    format!(
        r#"<w:sectPr><w:headerReference w:type="default" r:id="rIdPage"/>{first_ref}<w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="{TOP}" w:right="{RIGHT}" w:bottom="{BOTTOM}" w:left="{LEFT}" w:header="{HEADER_FROM_TOP}" w:footer="{HEADER_FROM_TOP}" w:gutter="0"/>{title_page}</w:sectPr>"#
    )
}

/// The blocks split at each annex: (landscape, blocks).
fn sections(blocks: &[Block]) -> Vec<(bool, &[Block])> {
    let mut out: Vec<(bool, &[Block])> = Vec::new();
    let mut start = 0;
    let mut landscape = false;
    for (i, block) in blocks.iter().enumerate() {
        if let Block::AnnexStart { landscape: l, .. } = block {
            out.push((landscape, &blocks[start..i]));
            start = i;
            landscape = *l;
        }
    }
    out.push((landscape, &blocks[start..]));
    // A document of annexes alone has no portrait part before them.
    if out.len() > 1 && out[0].1.is_empty() {
        out.remove(0);
    }
    out
}

fn blocks_xml(blocks: &[Block], width: u32) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < blocks.len() {
        match &blocks[i] {
            Block::NationalHeader(h) => out.push_str(&national_header(h, width)),
            Block::Title(text) => out.push_str(&para("DocumentTitle", "", &run(text, ""))),
            Block::Subject(text) => {
                out.push_str(&para("Subject", "", &run(text, "")));
                out.push_str(&rule(width));
            }
            // The number comes from the style's list (numbering.xml).
            Block::Heading { level, text, .. } => {
                let level = (*level).clamp(1, 3);
                out.push_str(&para(&format!("Heading{level}"), "", &run(text, "")));
            }
            Block::Paragraph { text, style } => {
                let style = match style {
                    ParagraphStyle::Body => "Normal",
                    ParagraphStyle::Italic => "LegalGround",
                };
                out.push_str(&para(style, "", &run(text, "")));
            }
            Block::Table(t) => out.push_str(&table(t, width)),
            Block::Signature(s) => {
                // Recipients sit left of the signature, on the same level.
                let recipients = match blocks.get(i + 1) {
                    Some(Block::Recipients { heading, lines }) => {
                        i += 1;
                        Some((heading.as_str(), lines.as_slice()))
                    }
                    _ => None,
                };
                out.push_str(&signature(s, recipients, width));
            }
            Block::Recipients { heading, lines } => out.push_str(&recipient_list(heading, lines)),
            Block::AnnexStart { label, title, .. } => {
                out.push_str(&para("AnnexTitle", "", &run(label, "")));
                out.push_str(&para("AnnexTitle", r#"<w:spacing w:after="240"/>"#, &run(title, "")));
            }
        }
        i += 1;
    }
    out
}

pub fn document_xml(blocks: &[Block]) -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#,
    );
    let sections = sections(blocks);
    let last = sections.len() - 1;
    for (i, (landscape, blocks)) in sections.iter().enumerate() {
        out.push_str(&blocks_xml(blocks, text_width(*landscape)));
        let properties = section_properties(*landscape, i == 0);
        if i == last {
            out.push_str(&properties);
        } else {
            // A section ends with the paragraph that carries its properties.
            let _ = write!(out, "<w:p><w:pPr>{properties}</w:pPr></w:p>");
        }
    }
    out.push_str("</w:body></w:document>");
    out
}
