//! The funding page's state: the catalogue, each line and each typed total
//! in its own signal (typing in one cell re-renders that row alone), the
//! counterpart rule, and what is derived from them: the form as the draft
//! stores it, the parsed lines, the checks and the funding table.

use funding::{
    Catalogue, CellError, Column, FundingForm, FundingLine, FundingTable, Issue, Kind, ParsedFunding, ProjectId,
    Rounding, RoundingMode, RoundingStep, TotalText, check, form_to_text, funding_table, parse,
};
use leptos::prelude::*;

/// A line or a typed total: a key that survives removals, and its text.
pub struct Keyed<T: Send + Sync + 'static> {
    pub key: u32,
    pub text: RwSignal<T>,
}

// By hand: a signal is `Copy` whatever it holds.
impl<T: Send + Sync + 'static> Clone for Keyed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Keyed<T> {}

/// Items with the next keys.
fn keyed<T: Send + Sync + 'static>(next_key: StoredValue<u32>, items: Vec<T>) -> Vec<Keyed<T>> {
    items
        .into_iter()
        .map(|text| {
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            Keyed {
                key,
                text: RwSignal::new(text),
            }
        })
        .collect()
}

#[derive(Clone, Copy)]
pub struct FundingState {
    pub catalogue: RwSignal<Catalogue>,
    pub lines: RwSignal<Vec<Keyed<FundingLine>>>,
    pub totals: RwSignal<Vec<Keyed<TotalText>>>,
    pub counterpart: RwSignal<String>,
    pub mode: RwSignal<RoundingMode>,
    pub step: RwSignal<RoundingStep>,
    /// Lines and totals are keyed apart: `dong-1-…`, `tong-1-…`.
    next_line_key: StoredValue<u32>,
    next_total_key: StoredValue<u32>,
    /// The whole form as typed, as the draft keeps it.
    pub form: Memo<FundingForm>,
    pub parsed: Memo<ParsedFunding>,
    pub issues: Memo<Vec<Issue>>,
    pub table: Memo<FundingTable>,
}

impl FundingState {
    pub fn new(form: FundingForm, catalogue: Catalogue) -> FundingState {
        let (next_line_key, next_total_key) = (StoredValue::new(1), StoredValue::new(1));
        let lines = RwSignal::new(keyed(next_line_key, form.lines));
        let totals = RwSignal::new(keyed(next_total_key, form.totals));
        let counterpart = RwSignal::new(form.counterpart_percent);
        let mode = RwSignal::new(form.rounding.mode);
        let step = RwSignal::new(form.rounding.step);
        let catalogue = RwSignal::new(catalogue);
        let form = Memo::new(move |_| FundingForm {
            lines: lines.with(|v| v.iter().map(|l| l.text.get()).collect()),
            totals: totals.with(|v| v.iter().map(|t| t.text.get()).collect()),
            counterpart_percent: counterpart.get(),
            rounding: Rounding {
                mode: mode.get(),
                step: step.get(),
            },
        });
        let parsed = Memo::new(move |_| form.with(parse));
        let issues = Memo::new(move |_| catalogue.with(|c| parsed.with(|p| check(c, p))));
        let table = Memo::new(move |_| catalogue.with(|c| parsed.with(|p| funding_table(c, &p.lines))));
        FundingState {
            catalogue,
            lines,
            totals,
            counterpart,
            mode,
            step,
            next_line_key,
            next_total_key,
            form,
            parsed,
            issues,
            table,
        }
    }

    fn take(next: StoredValue<u32>) -> u32 {
        let key = next.get_value();
        next.set_value(key + 1);
        key
    }

    /// A new line for the first project of the catalogue, or the last line's.
    pub fn add_line(&self) {
        let project = self
            .lines
            .with_untracked(|v| v.last().map(|l| l.text.with_untracked(|t| t.project)))
            .or_else(|| self.catalogue.with_untracked(|c| c.projects.first().map(|p| p.id)))
            .unwrap_or(ProjectId(0));
        let key = Self::take(self.next_line_key);
        let text = RwSignal::new(FundingLine {
            project,
            sub_unit: None,
            kind: Kind::Investment,
            amounts: Default::default(),
            disbursement: String::new(),
        });
        self.lines.update(|v| v.push(Keyed { key, text }));
    }

    /// The form and its catalogue as the draft stores them, now (not a
    /// reactive read).
    pub fn stored_text(&self) -> String {
        self.catalogue
            .with_untracked(|c| self.form.with_untracked(|f| form_to_text(f, c)))
    }

    /// The lines and typed totals of another form (a table read from a
    /// file, or those it replaced) in place of these.
    pub fn replace(&self, lines: Vec<FundingLine>, totals: Vec<TotalText>) {
        self.lines.set(keyed(self.next_line_key, lines));
        self.totals.set(keyed(self.next_total_key, totals));
    }

    pub fn remove_line(&self, key: u32) {
        self.lines.update(|v| v.retain(|l| l.key != key));
    }

    pub fn add_total(&self) {
        let key = Self::take(self.next_total_key);
        let text = RwSignal::new(TotalText {
            project: None,
            kind: None,
            source: None,
            text: String::new(),
        });
        self.totals.update(|v| v.push(Keyed { key, text }));
    }

    pub fn remove_total(&self, key: u32) {
        self.totals.update(|v| v.retain(|t| t.key != key));
    }

    /// The position of a line (or total) now, from its key.
    pub fn line_index(&self, key: u32) -> Memo<usize> {
        let lines = self.lines;
        Memo::new(move |_| lines.with(|v| v.iter().position(|l| l.key == key).unwrap_or(0)))
    }

    pub fn total_index(&self, key: u32) -> Memo<usize> {
        let totals = self.totals;
        Memo::new(move |_| totals.with(|v| v.iter().position(|t| t.key == key).unwrap_or(0)))
    }

    /// The message of a cell that does not read, if it does not.
    pub fn cell_error(&self, row: usize, column: Column) -> Option<CellError> {
        self.parsed
            .with(|p| p.errors.iter().find(|e| e.row == row && e.column == column).cloned())
    }

    /// A project's code, or `?` when it is not in the catalogue.
    pub fn code(&self, project: ProjectId) -> String {
        self.catalogue
            .with(|c| c.get(project).map(|p| p.code.clone()))
            .unwrap_or_else(|| "?".into())
    }
}
