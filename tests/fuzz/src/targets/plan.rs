//! plan-doc: the plan's stored text, and the plan built from a draft's
//! targets and funding texts, down to the printed document and the .docx.

use plan_doc::{
    Lang, SectionId, UnitLevel, build_document, check_header, from_text, funding_summary, numbers_from_parts,
    place_date, situation, starter, targets, to_docx, to_text,
};
use vn_format::parse_count;

use crate::target::{Target, Verdict, join_fields, said, split_fields, text};

/// The document is the costly part: each case builds it in one language,
/// half the cases in each.
fn lang_of(input: &[u8]) -> Lang {
    if input.len().is_multiple_of(2) {
        Lang::Vi
    } else {
        Lang::En
    }
}

fn form_samples() -> Vec<Vec<u8>> {
    let mut form = starter(UnitLevel::Commune, Lang::Vi);
    form.header.date = "05/01/2027".into();
    form.header.place = "Gia Lộc".into();
    form.situation.text = "Dòng 1\n\nDòng 2 | có ~ ký tự & lạ =".into();
    vec![
        to_text(&form).into_bytes(),
        to_text(&starter(UnitLevel::Ward, Lang::En)).into_bytes(),
    ]
}

/// A plan read, written and read again is the same plan; it checks,
/// builds and writes as a .docx.
fn form(input: &[u8]) -> Verdict {
    let (form, troubles) = from_text(&text(input));
    troubles.iter().for_each(|t| said(t.message(Lang::Vi)));
    assert_eq!(from_text(&to_text(&form)).0, form);
    check_header(&form.header).iter().for_each(|e| said(e.vi.clone()));
    let numbers = numbers_from_parts(None, None, Some(UnitLevel::Commune), 2027).numbers;
    for lang in [Lang::Vi, Lang::En] {
        place_date(&form.header.place, &form.header.date, lang);
    }
    to_docx(&build_document(&form, &numbers, lang_of(input), &SectionId::ALL));
    Verdict::accepted_if(troubles.is_empty())
}

fn parts_samples() -> Vec<Vec<u8>> {
    vec![
        join_fields(&[
            "don-vi=X%C3%A3%20A&nam=2028&thon=Th%C3%B4n%201~100~20~5~3~1~1~2~2&thon=B~50~~x",
            "v=1&doi-ung=10%25&dong=10~~dtpt~71.283~~~~~95%25&dong=20~B~sn~4.855~485",
            "2027",
        ]),
        join_fields(&[
            "nam=-2147483648&thon=~18446744073709551615",
            "v=1&dong=4294967295~~sn~1",
            "0",
        ]),
    ]
}

/// A draft's targets and funding texts, as the plan pages read them, into
/// the generated sentences and the whole document.
fn parts(input: &[u8]) -> Verdict {
    let [targets_text, funding_text, year] = split_fields(input);
    let year = parse_count(&year)
        .ok()
        .and_then(|y| i32::try_from(y).ok())
        .unwrap_or(2027);
    let drafted = numbers_from_parts(Some(&targets_text), Some(&funding_text), None, year);
    let numbers = &drafted.numbers;
    for lang in [Lang::Vi, Lang::En] {
        situation(numbers, lang);
        targets(numbers, lang);
        funding_summary(&numbers.funding, numbers.year, lang);
    }
    let lang = lang_of(input);
    to_docx(&build_document(
        &starter(numbers.level, lang),
        numbers,
        lang,
        &SectionId::ALL,
    ));
    Verdict::accepted_if(!numbers.rows.is_empty())
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "plan text",
            reads: "`PlanForm::from_text` (`plan_doc::from_text`), then `check_header`, `place_date`, `build_document`, `to_docx`",
            cost: 10,
            samples: form_samples,
            run: form,
        },
        Target {
            name: "plan from draft parts",
            reads: "`numbers_from_parts` on a draft's targets and funding texts, then the generated sentences, `build_document`, `to_docx`",
            cost: 10,
            samples: parts_samples,
            run: parts,
        },
    ]
}
