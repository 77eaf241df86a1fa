//! The plan's document model as HTML, for the A4 print preview: the same
//! blocks the Word file is made from, so the two cannot disagree. Text is
//! always rendered as text.

use leptos::prelude::*;
use plan_doc::{Align, Block, Document, NationalHeader, ParagraphStyle, SignatureBlock, Table};

use crate::components::TableScroll;

/// A cell's alignment as a class (`style/main.css`), so that no inline
/// style is set.
fn align(a: Align) -> &'static str {
    match a {
        Align::Left => "",
        Align::Center => "align-center",
        Align::Right => "align-right",
    }
}

fn national_header(h: NationalHeader) -> impl IntoView {
    let superior = (!h.superior_body.is_empty()).then(|| view! { <p class="superior">{h.superior_body}</p> });
    view! {
        <div class="doc-header">
            <div class="doc-body-name">
                {superior}
                <p class="issuing">{h.issuing_body}</p>
                <p class="number">{h.number}</p>
            </div>
            <div class="doc-motto">
                <p class="country">{h.country}</p>
                <p class="motto">{h.motto}</p>
                <p class="place-date">{h.place_date}</p>
            </div>
        </div>
    }
}

fn table(t: Table) -> impl IntoView {
    let columns = t.columns.clone();
    let cell_align = move |i: usize| columns.get(i).map(|c| align(c.align)).unwrap_or_default();
    let caption = (!t.caption.is_empty()).then(|| view! { <caption>{t.caption.clone()}</caption> });
    let head = t
        .header
        .into_iter()
        .map(|row| view! { <tr>{row.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr> })
        .collect_view();
    let cells = move |row: Vec<String>| {
        row.into_iter()
            .enumerate()
            .map(|(i, c)| view! { <td class=cell_align(i)>{c}</td> })
            .collect_view()
    };
    // The total goes in the footer with the last row, a group that print
    // keeps on one page and prints once (style/main.css): the total never
    // stands alone at the top of a page, nor repeats at the foot of each
    // page, where a partial sum would read as the total.
    let mut rows = t.rows;
    let last = t.total.as_ref().and_then(|_| rows.pop());
    let body = rows.into_iter().map(|r| view! { <tr>{cells(r)}</tr> }).collect_view();
    let total = t.total.map(|total| {
        view! {
            <tfoot>
                {last.map(|r| view! { <tr>{cells(r)}</tr> })}
                <tr class="total">{cells(total)}</tr>
            </tfoot>
        }
    });
    view! {
        <TableScroll>
            <table class="doc-table">
                {caption}
                <thead>{head}</thead>
                <tbody>{body}</tbody>
                {total}
            </table>
        </TableScroll>
    }
}

fn signature(s: SignatureBlock) -> impl IntoView {
    view! {
        <div class="doc-signature">
            <p class="authority">{s.authority}</p>
            {(!s.delegated.is_empty()).then(|| view! { <p class="authority">{s.delegated}</p> })}
            <p class="title">{s.title}</p>
            <p class="name">{s.name}</p>
        </div>
    }
}

/// Lines kept as the model breaks them (`\n` inside a paragraph).
fn lines(text: String) -> impl IntoView {
    let mut parts = text.split('\n').map(str::to_owned).collect::<Vec<_>>().into_iter();
    let first = parts.next().unwrap_or_default();
    view! { {first} {parts.map(|l| view! { <br /> {l} }).collect_view()} }
}

fn block(b: Block) -> AnyView {
    match b {
        Block::NationalHeader(h) => national_header(h).into_any(),
        Block::Title(t) => view! { <p class="doc-title">{t}</p> }.into_any(),
        Block::Subject(t) => view! { <p class="doc-subject">{t}</p> }.into_any(),
        Block::Heading { level: 1, number, text } => view! { <h2 class="doc-h1">{number} " " {text}</h2> }.into_any(),
        Block::Heading { level: 2, number, text } => view! { <h3 class="doc-h2">{number} " " {text}</h3> }.into_any(),
        Block::Heading { number, text, .. } => view! { <h4 class="doc-h3">{number} " " {text}</h4> }.into_any(),
        Block::Paragraph { text, style } => {
            let class = match style {
                ParagraphStyle::Body => "doc-p",
                ParagraphStyle::Italic => "doc-p doc-ground",
            };
            view! { <p class=class>{lines(text)}</p> }.into_any()
        }
        Block::Table(t) => table(t).into_any(),
        Block::Signature(s) => signature(s).into_any(),
        Block::Recipients { heading, lines } => view! {
            <div class="doc-recipients">
                <p class="heading">{heading}</p>
                {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        Block::AnnexStart {
            label,
            title,
            landscape,
        } => {
            let class = if landscape { "doc-annex landscape" } else { "doc-annex" };
            view! {
                <div class=class>
                    <p class="annex-label">{label}</p>
                    <p class="annex-title">{title}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// The document as an A4 sheet on screen and on paper. Blocks after an
/// annex start go on that annex's (landscape) pages.
#[component]
pub fn DocumentView(document: Document) -> impl IntoView {
    let mut parts: Vec<(Option<bool>, Vec<Block>)> = vec![(None, Vec::new())];
    for b in document.blocks {
        if let Block::AnnexStart { landscape, .. } = &b {
            parts.push((Some(*landscape), Vec::new()));
        }
        if let Some((_, blocks)) = parts.last_mut() {
            blocks.push(b);
        }
    }
    parts
        .into_iter()
        .filter(|(_, blocks)| !blocks.is_empty())
        .map(|(annex, blocks)| {
            let class = match annex {
                None => "doc-sheet",
                Some(true) => "doc-sheet annex-sheet landscape",
                Some(false) => "doc-sheet annex-sheet",
            };
            view! { <div class=class>{blocks.into_iter().map(block).collect_view()}</div> }
        })
        .collect_view()
}
