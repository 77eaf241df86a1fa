//! The document as a .docx: a minimal OOXML package written by hand (see
//! `docs/plan.md` for its parts), so the wasm carries no zip or XML crate.

mod body;
mod crc32;
mod parts;
mod xml;
mod zip;

use crate::document::{Block, Document};

pub fn to_docx(document: &Document) -> Vec<u8> {
    let lang = document.lang.pick("vi-VN", "en-GB");
    let mut title = Vec::new();
    let mut creator = "";
    for block in &document.blocks {
        match block {
            Block::Title(t) | Block::Subject(t) if !t.is_empty() => title.push(t.as_str()),
            Block::NationalHeader(h) => creator = &h.issuing_body,
            _ => {}
        }
    }
    let entries: [(&str, Vec<u8>); 11] = [
        ("[Content_Types].xml", parts::CONTENT_TYPES.into()),
        ("_rels/.rels", parts::PACKAGE_RELS.into()),
        ("word/document.xml", body::document_xml(&document.blocks).into()),
        ("word/_rels/document.xml.rels", parts::DOCUMENT_RELS.into()),
        ("word/styles.xml", parts::styles(lang).into()),
        ("word/settings.xml", parts::settings().into()),
        ("word/numbering.xml", parts::numbering().into()),
        ("word/header1.xml", parts::page_header().into()),
        ("word/header2.xml", parts::first_header().into()),
        ("docProps/core.xml", parts::core(&title.join(" "), creator, lang).into()),
        ("docProps/app.xml", parts::APP.into()),
    ];
    zip::zip(&entries)
}
