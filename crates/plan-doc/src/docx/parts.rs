//! The fixed parts of the package: content types, relationships, styles
//! (NĐ 30/2020: Times New Roman, body 14 pt justified with a 1 cm first
//! line and 6 pt after; Heading1–3 so Word's navigation pane lists them),
//! settings, the page-number header and the properties.

use super::xml::escape;

pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

pub const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

/// `rIdPage` numbers the pages, `rIdFirst` is page 1's empty header.
pub const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdPage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>"#;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A centred PAGE field.
pub fn page_header() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="PageNumber"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#
    )
}

/// No number on page 1.
pub fn first_header() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="PageNumber"/></w:pPr></w:p></w:hdr>"#
    )
}

pub fn settings() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#
    )
}

/// Our own names, so none clashes with a style Word has built in.
fn style(id: &str, name: &str, ppr: &str, rpr: &str) -> String {
    format!(
        r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
    )
}

fn heading(level: u8, rpr: &str) -> String {
    let lvl = level - 1;
    format!(
        r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="{lvl}"/></w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
    )
}

/// The headings' list, as plans number them: I. for Heading 1, 1. for
/// Heading 2, a) for Heading 3, each level starting again under the one
/// above (Word's default), the number followed by a space and the first
/// line indented as the body's.
pub fn numbering() -> String {
    let level = |ilvl: u8, format: &str, text: &str| {
        format!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:pStyle w:val="Heading{}"/><w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>"#,
            ilvl + 1
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#,
        level(0, "upperRoman", "%1."),
        level(1, "decimal", "%2."),
        level(2, "lowerLetter", "%3)"),
    )
}

const FLUSH: &str = r#"<w:spacing w:after="0"/><w:ind w:firstLine="0"/>"#;

pub fn styles(lang: &str) -> String {
    let centred = format!(r#"{FLUSH}<w:jc w:val="center"/>"#);
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>"#
    );
    out.push_str(&heading(1, "<w:b/><w:bCs/>"));
    out.push_str(&heading(2, "<w:b/><w:bCs/>"));
    out.push_str(&heading(3, "<w:b/><w:bCs/><w:i/><w:iCs/>"));
    out.push_str(&style(
        "DocumentTitle",
        "Document Title",
        r#"<w:spacing w:before="240" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>"#,
        "<w:b/><w:bCs/>",
    ));
    out.push_str(&style("Subject", "Subject", &centred, "<w:b/><w:bCs/>"));
    out.push_str(&style("LegalGround", "Legal Ground", "", "<w:i/><w:iCs/>"));
    out.push_str(&style("Compact", "Compact", &centred, ""));
    out.push_str(&style(
        "TableText",
        "Table Text",
        r#"<w:spacing w:before="40" w:after="40"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>"#,
        r#"<w:sz w:val="24"/><w:szCs w:val="24"/>"#,
    ));
    out.push_str(&style(
        "TableCaption",
        "Table Caption",
        &format!(r#"{FLUSH}<w:jc w:val="right"/>"#),
        "<w:i/><w:iCs/>",
    ));
    out.push_str(&style("AnnexTitle", "Annex Title", &centred, "<w:b/><w:bCs/>"));
    out.push_str(&style(
        "RecipientsHeading",
        "Recipients Heading",
        &format!(r#"{FLUSH}<w:jc w:val="left"/>"#),
        r#"<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>"#,
    ));
    out.push_str(&style(
        "Recipient",
        "Recipient",
        &format!(r#"{FLUSH}<w:jc w:val="left"/>"#),
        r#"<w:sz w:val="22"/><w:szCs w:val="22"/>"#,
    ));
    out.push_str(&style("PageNumber", "Page Number", &centred, ""));
    out.push_str("</w:styles>");
    out
}

/// Title from the title and subject, author from the issuing body.
pub fn core(title: &str, creator: &str, lang: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{lang}</dc:language></cp:coreProperties>"#,
        escape(title),
        escape(creator)
    )
}

pub const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>giamngheo</Application></Properties>"#;
