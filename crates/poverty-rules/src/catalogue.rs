//! The national standards, generated at build time from the data files
//! (see `build.rs`), plus any local standards the user made.

use rust_decimal::Decimal;
use vn_format::Date;

use crate::legal::LegalDocument;
use crate::local::LocalSpec;
use crate::questionnaire_rules::{
    QuestionnaireRules, QuestionnaireSource, RetirementAges, RetirementSchedule, Threshold,
};
use crate::standard::{
    AreaAmounts, Dimension, IncomeLine, Indicator, LowIncomeWorkers, Origin, ReviewScores, Rule, Standard,
    StandardIndicators,
};
use lang::Text;
use lang::{LegalBasis, Status};

include!(concat!(env!("OUT_DIR"), "/national_standards.rs"));

// Small constructors the generated code calls, to keep it short.
fn s(text: &str) -> String {
    text.to_owned()
}

fn t(vi: &str, en: &str) -> Text {
    Text::new(vi, en)
}

fn b(document_id: &str, document: &str, article: Option<&str>, status: Status, note: Option<Text>) -> LegalBasis {
    LegalBasis {
        document_id: Some(document_id.to_owned()),
        document: document.to_owned(),
        article: article.map(str::to_owned),
        status,
        note,
    }
}

fn d(year: i32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

fn m(amount: u32) -> Decimal {
    Decimal::from(amount)
}

/// The legal document of that id.
pub fn legal_document(id: &str) -> Option<LegalDocument> {
    legal_documents().into_iter().find(|d| d.id == id)
}

/// A standard that keeps an earlier one's rules for a new period (2026
/// keeps 2022–2025's). Its items are no surer than the continuation itself.
#[allow(clippy::too_many_arguments)]
fn continue_from(
    all: &[Standard],
    earlier: &str,
    id: String,
    name: Text,
    period: String,
    valid_from: Date,
    valid_to: Date,
    note: Option<Text>,
    basis: LegalBasis,
) -> Option<Standard> {
    let mut standard = all.iter().find(|s| s.id == earlier)?.clone();
    let cap = basis.status;
    let applied = Text::new(
        &format!("Áp dụng cho giai đoạn {period} theo {}.", basis.document),
        &format!("Applied to {period} by {}.", basis.document),
    );
    let cap_item = |item: &mut LegalBasis| item.cap(cap, &applied);
    cap_item(&mut standard.income_line.basis);
    match &mut standard.rule {
        Rule::SingleLine { basis, .. } | Rule::TwoTier { basis, .. } => cap_item(basis),
    }
    standard.average_band.iter_mut().for_each(|b| cap_item(&mut b.basis));
    standard
        .low_income_workers
        .iter_mut()
        .for_each(|l| cap_item(&mut l.basis));
    if let Some(scores) = &mut standard.review_scores {
        cap_item(&mut scores.basis);
        cap_item(&mut scores.procedure);
    }
    if let Some(source) = &mut standard.questionnaire {
        source.cap = Some((cap, applied.clone()));
    }
    for indicator in standard.dimensions.iter_mut().flat_map(|d| d.indicators.iter_mut()) {
        cap_item(&mut indicator.name_basis);
        cap_item(&mut indicator.basis);
    }
    standard.id = id;
    standard.name = name;
    standard.period = period;
    standard.valid_from = valid_from;
    standard.valid_to = valid_to;
    standard.note = note;
    standard.basis = basis;
    standard.origin = Origin::National;
    Some(standard)
}

/// The standards a user can pick from: national ones by period, then local.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    standards: Vec<Standard>,
}

impl Catalogue {
    pub fn national() -> Catalogue {
        Catalogue {
            standards: national_standards(),
        }
    }

    pub fn all(&self) -> &[Standard] {
        &self.standards
    }

    pub fn national_standards(&self) -> impl Iterator<Item = &Standard> {
        self.standards.iter().filter(|s| !s.is_local())
    }

    pub fn get(&self, id: &str) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    /// The national standard in force on a date.
    pub fn in_force_on(&self, date: Date) -> Option<&Standard> {
        self.national_standards().find(|s| s.in_force_on(date))
    }

    /// A case's standard: the one of that id, else (no id, or one this
    /// catalogue does not hold) the national one in force on `on`.
    pub fn chosen_or_in_force(&self, id: Option<&str>, on: Date) -> Option<&Standard> {
        id.and_then(|id| self.get(id)).or_else(|| self.in_force_on(on))
    }

    /// The review (rà soát) held in `year` draws up the lists for the next
    /// year, so it uses the standard in force on 1 January of `year + 1`.
    pub fn for_review_in(&self, year: i32) -> Option<&Standard> {
        Date::new(year + 1, 1, 1).and_then(|date| self.in_force_on(date))
    }

    /// Builds the standard `spec` describes and adds it, or replaces the
    /// local one of its id: what a page does with a saved or linked local
    /// standard. `false` when it does not build, or when its id is a
    /// national standard's, which is never replaced; the page says so.
    pub fn add_local(&mut self, spec: &LocalSpec) -> bool {
        let Ok(standard) = spec.build(self) else {
            return false;
        };
        match self.standards.iter_mut().find(|s| s.id == standard.id) {
            Some(existing) if !existing.is_local() => false,
            Some(existing) => {
                *existing = standard;
                true
            }
            None => {
                self.standards.push(standard);
                true
            }
        }
    }
}
