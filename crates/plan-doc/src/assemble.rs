//! The plan as typed plus its numbers, turned into the document model, in
//! the order of real plans (see `docs/plan.md`). Only the chosen sections
//! that the plan includes are printed; numbering follows what is printed.

use crate::clauses::{closing_line, enacting_clause, end_mark};
use crate::dimensions::dimensions_table;
use crate::document::{Block, Document, NationalHeader, ParagraphStyle, SignatureBlock};
use crate::form::{OutlinePart, PlanForm, Section, SectionId};
use crate::numbering::{Numbering, roman};
use crate::numbers::PlanNumbers;
use crate::place_date::place_date;
use crate::projects::{
    money_sentences, offices_sentence, outputs_sentence, planned, programme_citation, projects_table,
};
use crate::results::{results, results_table, review_table};
use crate::sentences::{funding_summary, situation, targets};
use crate::tables::{funding_annex_table, organisation_table, target_table};
use lang::Lang;

/// The officer's paragraphs: split at blank lines, trimmed, empty ones
/// dropped. Single line breaks stay inside a paragraph.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n").trim().to_owned());
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    out
}

/// Lists as NĐ 30 punctuates them: each line ends ";", the last ".".
/// Ending punctuation typed by the officer is replaced, not doubled.
fn punctuate(lines: &[String], prefix: &str) -> Vec<String> {
    let kept: Vec<&str> = lines
        .iter()
        .map(|l| l.trim().trim_end_matches([';', '.', ',']).trim_end())
        .filter(|l| !l.is_empty())
        .collect();
    let last = kept.len().saturating_sub(1);
    kept.iter()
        .enumerate()
        .map(|(i, l)| format!("{prefix}{l}{}", if i == last { "." } else { ";" }))
        .collect()
}

struct Builder {
    blocks: Vec<Block>,
    numbering: Numbering,
}

impl Builder {
    fn heading(&mut self, level: u8, title: &str) {
        let number = self.numbering.next(level);
        self.blocks.push(Block::Heading {
            level,
            number,
            text: title.to_owned(),
        });
    }

    fn body(&mut self, texts: impl IntoIterator<Item = String>) {
        for text in texts {
            self.blocks.push(Block::Paragraph {
                text,
                style: ParagraphStyle::Body,
            });
        }
    }

    /// The officer's paragraphs; one starting "# " is a sub-heading one
    /// level below `level`, "## " two levels below, numbered as the rest.
    fn user(&mut self, level: u8, text: &str) {
        for paragraph in paragraphs(text) {
            if let Some(title) = paragraph.strip_prefix("## ") {
                self.heading(level + 2, title.trim());
            } else if let Some(title) = paragraph.strip_prefix("# ") {
                self.heading(level + 1, title.trim());
            } else {
                self.body([paragraph]);
            }
        }
    }

    /// A sub-part with the officer's text; left out, number and all, when
    /// the text is empty.
    fn titled(&mut self, level: u8, title: &str, section: &Section) {
        if !paragraphs(&section.text).is_empty() {
            self.heading(level, title);
            self.user(level, &section.text);
        }
    }
}

/// The usual title of a part of the body.
pub fn standard_title(id: SectionId, lang: Lang) -> &'static str {
    match id {
        SectionId::Situation => lang.pick("TÌNH HÌNH HỘ NGHÈO, HỘ CẬN NGHÈO", "POOR AND NEAR-POOR HOUSEHOLDS"),
        SectionId::Purpose => lang.pick("MỤC ĐÍCH, YÊU CẦU", "PURPOSE AND REQUIREMENTS"),
        SectionId::Objectives => lang.pick("MỤC TIÊU", "OBJECTIVES"),
        SectionId::Content => lang.pick("NỘI DUNG THỰC HIỆN", "CONTENT"),
        SectionId::FundingSummary => lang.pick("KINH PHÍ THỰC HIỆN", "FUNDING"),
        SectionId::Solutions => lang.pick("GIẢI PHÁP", "SOLUTIONS"),
        SectionId::Organisation => lang.pick("TỔ CHỨC THỰC HIỆN", "ORGANISATION"),
        SectionId::Header => lang.pick("KẾ HOẠCH", "PLAN"),
        SectionId::LegalGrounds => lang.pick("CĂN CỨ", "LEGAL GROUNDS"),
        SectionId::Signature => lang.pick("CHỮ KÝ", "SIGNATURE"),
        SectionId::Recipients => lang.pick("NƠI NHẬN", "RECIPIENTS"),
        SectionId::TargetAnnex => lang.pick("PHỤ LỤC CHỈ TIÊU", "TARGET ANNEX"),
        SectionId::FundingAnnex => lang.pick("PHỤ LỤC KINH PHÍ", "FUNDING ANNEX"),
    }
}

/// The plan in the order of real plans, its body in the officer's outline.
/// The enacting clause prints with the header, the closing line with the
/// signature, and the officer's own parts with the header (whenever the
/// plan itself is printed, not an annex alone).
pub fn build_document(form: &PlanForm, numbers: &PlanNumbers, lang: Lang, chosen: &[SectionId]) -> Document {
    let mut b = Builder {
        blocks: Vec::new(),
        numbering: Numbering::default(),
    };
    let shows = |id: SectionId| chosen.contains(&id) && form.included(id);
    let h = &form.header;
    if shows(SectionId::Header) {
        header(&mut b, form, lang);
    }
    if shows(SectionId::LegalGrounds) {
        for text in punctuate(&form.legal_grounds.lines, "") {
            b.blocks.push(Block::Paragraph {
                text,
                style: ParagraphStyle::Italic,
            });
        }
    }
    if shows(SectionId::Header) && form.enacting.included {
        match paragraphs(&form.enacting.text) {
            typed if typed.is_empty() => b.body([enacting_clause(numbers.level, &h.issuing_body, &h.subject, lang)]),
            typed => b.body(typed),
        }
    }
    for part in form.body_order() {
        match part {
            OutlinePart::Standard { id, title } => {
                if shows(id) {
                    let title = if title.trim().is_empty() {
                        standard_title(id, lang).to_owned()
                    } else {
                        title.trim().to_owned()
                    };
                    body_part(&mut b, form, numbers, lang, id, &title);
                }
            }
            OutlinePart::Custom { included, title, text } => {
                if included && chosen.contains(&SectionId::Header) {
                    b.heading(1, title.trim());
                    b.user(1, &text);
                }
            }
        }
    }
    if shows(SectionId::Signature) && form.closing.included {
        let typed = form.closing.text.trim();
        b.body([if typed.is_empty() {
            closing_line(numbers.level, &h.issuing_body, &h.subject, lang)
        } else {
            end_mark(typed, lang)
        }]);
    }
    if shows(SectionId::Signature) {
        let s = &form.signature;
        b.blocks.push(Block::Signature(SignatureBlock {
            authority: s.authority.trim().to_owned(),
            delegated: s.delegated.trim().to_owned(),
            title: s.title.trim().to_owned(),
            name: s.name.trim().to_owned(),
        }));
    }
    if shows(SectionId::Recipients) {
        b.blocks.push(Block::Recipients {
            heading: lang.pick("Nơi nhận:", "Recipients:").to_owned(),
            lines: punctuate(&form.recipients.lines, "- "),
        });
    }
    let mut annexes = 0;
    for id in [SectionId::TargetAnnex, SectionId::FundingAnnex] {
        if !shows(id) {
            continue;
        }
        annexes += 1;
        // An annex with no figure given says so rather than print zeros.
        let (title, table, note) = if id == SectionId::TargetAnnex {
            let title = match lang {
                Lang::Vi => format!("CHỈ TIÊU GIẢM NGHÈO NĂM {}", numbers.year),
                Lang::En => format!("POVERTY-REDUCTION TARGETS FOR {}", numbers.year),
            };
            let table = (!numbers.rows.is_empty())
                .then(|| target_table(numbers, lang))
                .ok_or(lang.pick(
                    "Bản nháp chưa có bảng chỉ tiêu: nhập ở trang Chỉ tiêu.",
                    "The draft has no target table yet: enter it on the Targets page.",
                ));
            (title, table, &form.target_annex)
        } else {
            let title = match lang {
                Lang::Vi => format!("KINH PHÍ THỰC HIỆN NĂM {}", numbers.year),
                Lang::En => format!("FUNDING FOR {}", numbers.year),
            };
            let funding = &numbers.funding;
            let given = funding.rows.iter().any(|r| r.has_lines) || !funding.unassigned.all().total().is_zero();
            let table = given.then(|| funding_annex_table(funding, lang)).ok_or(lang.pick(
                "Bản nháp chưa có dòng kinh phí nào: nhập ở trang Kinh phí.",
                "The draft has no funding line yet: enter them on the Funding page.",
            ));
            (title, table, &form.funding_annex)
        };
        b.blocks.push(Block::AnnexStart {
            label: format!("{} {}", lang.pick("Phụ lục", "Annex"), roman(annexes)),
            title,
            landscape: true,
        });
        match table {
            Ok(table) => b.blocks.push(Block::Table(table)),
            Err(missing) => b.body([missing.to_owned()]),
        }
        b.body(paragraphs(&note.text));
    }
    Document { lang, blocks: b.blocks }
}

/// A standard part of the body under `title`.
fn body_part(b: &mut Builder, form: &PlanForm, numbers: &PlanNumbers, lang: Lang, id: SectionId, title: &str) {
    match id {
        SectionId::Situation => {
            b.heading(1, title);
            if let Some(last) = &numbers.last_year {
                let y = last.year;
                b.heading(
                    2,
                    &match lang {
                        Lang::Vi => format!("Kết quả thực hiện năm {y}"),
                        Lang::En => format!("Results of {y}"),
                    },
                );
                b.body(results(last, numbers.level, lang));
                b.blocks.push(Block::Table(review_table(last, lang)));
                b.blocks.push(Block::Table(results_table(last, lang)));
                b.heading(
                    2,
                    &match lang {
                        Lang::Vi => format!("Tình hình đầu năm {}", numbers.year),
                        Lang::En => format!("The situation at the start of {}", numbers.year),
                    },
                );
            }
            b.body(situation(numbers, lang));
            b.user(1, &form.situation.text);
        }
        SectionId::Purpose => {
            b.heading(1, title);
            b.user(1, &form.purpose.text);
        }
        SectionId::Objectives => objectives(b, form, numbers, lang, title),
        SectionId::Content => content(b, form, numbers, lang, title),
        SectionId::FundingSummary => {
            b.heading(1, title);
            b.body(funding_summary(&numbers.funding, numbers.year, lang));
            b.user(1, &form.funding_summary.text);
        }
        SectionId::Solutions => {
            b.heading(1, title);
            b.user(1, &form.solutions.text);
        }
        SectionId::Organisation => {
            b.heading(1, title);
            b.blocks
                .push(Block::Table(organisation_table(&form.organisation.rows, lang)));
            if planned(&form.projects, &numbers.funding).next().is_some() {
                b.body([lang
                    .pick("Phân công thực hiện các dự án:", "Who carries out each project:")
                    .to_owned()]);
                b.blocks
                    .push(Block::Table(projects_table(&form.projects, &numbers.funding, lang)));
            }
        }
        // Not parts of the body: `body_order` never gives them.
        SectionId::Header
        | SectionId::LegalGrounds
        | SectionId::Signature
        | SectionId::Recipients
        | SectionId::TargetAnnex
        | SectionId::FundingAnnex => {}
    }
}

fn header(b: &mut Builder, form: &PlanForm, lang: Lang) {
    let h = &form.header;
    b.blocks.push(Block::NationalHeader(NationalHeader {
        superior_body: h.superior_body.trim().to_owned(),
        issuing_body: h.issuing_body.trim().to_owned(),
        country: lang
            .pick("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
            .to_owned(),
        motto: lang
            .pick("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
            .to_owned(),
        number: format!("{} {}", lang.pick("Số:", "No."), h.number.trim_end()),
        place_date: place_date(&h.place, &h.date, lang),
    }));
    b.blocks.push(Block::Title(lang.pick("KẾ HOẠCH", "PLAN").to_owned()));
    b.blocks.push(Block::Subject(h.subject.trim().to_owned()));
}

fn objectives(b: &mut Builder, form: &PlanForm, numbers: &PlanNumbers, lang: Lang, title: &str) {
    b.heading(1, title);
    if form.objectives.included {
        b.titled(2, lang.pick("Mục tiêu chung", "General objective"), &form.objectives);
        let stated = targets(numbers, lang);
        if !stated.is_empty() {
            b.heading(2, lang.pick("Chỉ tiêu giảm nghèo", "Poverty-reduction targets"));
            b.body(stated);
        }
    }
    if form.dimension_targets.included {
        let title = lang.pick(
            "Chỉ tiêu về các chiều thiếu hụt dịch vụ xã hội cơ bản",
            "Targets per dimension of deprivation",
        );
        // The table's rows stand without a text, under the same heading.
        match dimensions_table(&form.dimension_rows, numbers.year, lang) {
            Some(table) => {
                b.heading(2, title);
                b.user(2, &form.dimension_targets.text);
                b.blocks.push(Block::Table(table));
            }
            None => b.titled(2, title, &form.dimension_targets),
        }
    }
}

fn content(b: &mut Builder, form: &PlanForm, numbers: &PlanNumbers, lang: Lang, title: &str) {
    b.heading(1, title);
    b.titled(
        2,
        lang.pick("Thực hiện các chính sách giảm nghèo", "Poverty-reduction policies"),
        &form.content,
    );
    if planned(&form.projects, &numbers.funding).next().is_some() {
        b.body([programme_citation(numbers.programme, lang)]);
    }
    for (row, plan) in planned(&form.projects, &numbers.funding) {
        let name = lang.pick(&row.name.vi, &row.name.en);
        let level = if row.depth == 0 { 2 } else { 3 };
        b.heading(level, &format!("{} - {name}", row.code));
        if let Some(plan) = plan {
            b.user(level, &plan.activities);
            b.body(offices_sentence(plan, lang));
        }
        if row.has_lines {
            b.body(money_sentences(row, lang));
        }
        b.body(plan.and_then(|p| outputs_sentence(p, lang)));
    }
}
