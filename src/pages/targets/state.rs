//! The target table's state: rows as typed, each in its own signal and
//! parsed on its own so that typing in one cell re-reads that row alone, and
//! what is derived from them (the parsed table, totals, checks, the cells
//! to mark).

use leptos::prelude::*;
use planning::{
    CELLS, CellError, Column, Counts, Issue, ParsedTable, Place, RATE_CELLS, RateBase, RowText, TableLink, TypedRow,
    check, parse_row, parse_table, query_of_rows, row_fields,
};

/// A village row: a key that survives reordering, its typed text, the text
/// read (its cell errors name row 0: the table renumbers them), its fields
/// in the table's link, and its cells to mark.
#[derive(Clone, Copy)]
pub struct Row {
    pub key: u32,
    pub text: RwSignal<RowText>,
    pub parsed: Memo<(TypedRow, Vec<CellError>)>,
    fields: Memo<String>,
    /// One bit per [`Column`] that is unreadable or flagged by a check. A
    /// signal set only when it changes, not a memo of the table's checks:
    /// every cell following those would wake at each keystroke (5.000 cells
    /// in a 500-village table).
    pub flags: RwSignal<u32>,
}

impl Row {
    fn new(key: u32, text: RowText) -> Row {
        let text = RwSignal::new(text);
        Row {
            key,
            text,
            parsed: Memo::new(move |_| text.with(|t| parse_row(0, t))),
            fields: Memo::new(move |_| text.with(row_fields)),
            flags: RwSignal::new(0),
        }
    }

    pub fn is_flagged(&self, column: Column) -> bool {
        self.flags.with(|f| f & bit(column) != 0)
    }
}

fn bit(column: Column) -> u32 {
    1 << column as u32
}

/// Which typed text of a row a cell edits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// A count, by its index in [`CELLS`].
    Count(usize),
    /// A printed rate, by its index in [`RATE_CELLS`].
    Rate(usize),
}

impl Slot {
    pub fn column(self) -> Column {
        match self {
            Slot::Count(i) => CELLS[i],
            Slot::Rate(i) => RATE_CELLS[i],
        }
    }

    pub fn text(self, row: &RowText) -> String {
        match self {
            Slot::Count(i) => row.cells[i].clone(),
            Slot::Rate(i) => row.rates[i].clone(),
        }
    }

    pub fn set(self, row: &mut RowText, text: String) {
        match self {
            Slot::Count(i) => row.cells[i] = text,
            Slot::Rate(i) => row.rates[i] = text,
        }
    }
}

/// Each row's cells to mark: unreadable, or concerned by an issue.
fn row_flags(rows: usize, errors: &[CellError], issues: &[Issue]) -> Vec<u32> {
    let mut flags = vec![0; rows];
    let cells = errors
        .iter()
        .map(|e| (e.row, e.column))
        .chain(issues.iter().flat_map(marked));
    for (row, column) in cells {
        if let Some(f) = flags.get_mut(row) {
            *f |= bit(column);
        }
    }
    flags
}

/// The cells an issue is about, to mark them.
fn marked(issue: &Issue) -> Vec<(usize, Column)> {
    match issue {
        Issue::ExceedsGroup {
            place: Place::Row(r),
            part,
            ..
        } => vec![(*r, *part)],
        Issue::PartsDontAddUp {
            place: Place::Row(r), ..
        } => vec![(*r, Column::SocialProtectionPoor), (*r, Column::PoorAbleToEscape)],
        Issue::ReductionBeyondAble {
            place: Place::Row(r), ..
        }
        | Issue::NegativeEnd {
            place: Place::Row(r), ..
        } => vec![(*r, Column::Reduction)],
        Issue::RateMismatch {
            place: Place::Row(r),
            column,
            ..
        } => vec![(*r, *column)],
        _ => Vec::new(),
    }
}

#[derive(Clone, Copy)]
pub struct TableState {
    pub rows: RwSignal<Vec<Row>>,
    next_key: StoredValue<u32>,
    pub unit_name: RwSignal<String>,
    pub year: RwSignal<String>,
    pub base: RwSignal<RateBase>,
    /// The total row of an imported annex, kept to check against the rows.
    pub typed_total: RwSignal<Option<RowText>>,
    pub parsed: Memo<ParsedTable>,
    pub totals: Memo<Counts>,
    pub issues: Memo<Vec<Issue>>,
}

impl TableState {
    pub fn new(rows: Vec<RowText>) -> TableState {
        let count = rows.len() as u32;
        let rows = RwSignal::new(
            rows.into_iter()
                .zip(1..)
                .map(|(text, key)| Row::new(key, text))
                .collect::<Vec<_>>(),
        );
        let base = RwSignal::new(RateBase::Row);
        let typed_total = RwSignal::new(None::<RowText>);
        let parsed = Memo::new(move |_| {
            rows.with(|v| {
                let mut table = ParsedTable::default();
                for (i, row) in v.iter().enumerate() {
                    row.parsed.with(|(typed, errors)| {
                        table.rows.push(typed.clone());
                        table
                            .errors
                            .extend(errors.iter().map(|e| CellError { row: i, ..e.clone() }));
                    });
                }
                table
            })
        });
        let totals = Memo::new(move |_| parsed.with(counts_of));
        let issues = Memo::new(move |_| {
            let total: Option<TypedRow> =
                typed_total.with(|t| t.as_ref().and_then(|t| parse_table(std::slice::from_ref(t)).rows.pop()));
            parsed.with(|p| check(&p.rows, total.as_ref(), base.get()))
        });
        Effect::new(move |_| {
            let flags = parsed.with(|p| issues.with(|all| row_flags(p.rows.len(), &p.errors, all)));
            rows.with_untracked(|v| {
                for (row, f) in v.iter().zip(flags) {
                    if row.flags.get_untracked() != f {
                        row.flags.set(f);
                    }
                }
            });
        });
        TableState {
            rows,
            next_key: StoredValue::new(count + 1),
            unit_name: RwSignal::new(String::new()),
            year: RwSignal::new(String::from("2027")),
            base,
            typed_total,
            parsed,
            totals,
            issues,
        }
    }

    /// A table as a link or the draft holds it.
    pub fn from_link(link: TableLink) -> TableState {
        let state = TableState::new(link.rows);
        state.unit_name.set(link.unit);
        state.year.set(link.year);
        state.base.set(link.base);
        state.typed_total.set(link.total);
        state
    }

    /// The table as its link's query, as the address and the draft hold it,
    /// from each row's fields (tracked: a memo of it follows every edit and
    /// encodes only the row edited).
    pub fn query(&self) -> String {
        let rows: Vec<String> = self.rows.with(|v| v.iter().map(|r| r.fields.get()).collect());
        query_of_rows(
            &self.unit_name.get(),
            &self.year.get(),
            self.base.get(),
            &rows,
            self.typed_total.get().as_ref(),
        )
    }

    /// The table as a link or the draft holds it.
    pub fn link(&self) -> TableLink {
        TableLink {
            unit: self.unit_name.get(),
            year: self.year.get(),
            base: self.base.get(),
            rows: self.rows.with(|v| v.iter().map(|r| r.text.get()).collect()),
            total: self.typed_total.get(),
        }
    }

    pub fn push(&self, text: RowText) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.rows.update(|v| v.push(Row::new(key, text)));
    }

    /// Replaces every row, as an import does.
    pub fn replace(&self, rows: Vec<RowText>, total: Option<RowText>) {
        self.rows.set(Vec::new());
        for row in rows {
            self.push(row);
        }
        self.typed_total.set(total);
    }

    pub fn remove(&self, key: u32) {
        self.rows.update(|v| v.retain(|r| r.key != key));
    }

    pub fn names(&self) -> Vec<String> {
        self.rows
            .with(|v| v.iter().map(|r| r.text.with(|t| t.name.clone())).collect())
    }

    /// The base of a row's rates under the chosen base.
    pub fn base_of(&self, households: u64) -> u64 {
        match self.base.get() {
            RateBase::Row => households,
            RateBase::Unit => self.totals.with(|c| c.households),
        }
    }

    pub fn total_reduction(&self) -> u64 {
        self.parsed.with(reduction_of)
    }
}

/// The sum of the rows' counts.
pub fn counts_of(table: &ParsedTable) -> Counts {
    table.rows.iter().fold(Counts::default(), |a, r| a + r.counts)
}

/// The sum of the rows' reductions.
pub fn reduction_of(table: &ParsedTable) -> u64 {
    table.rows.iter().map(|r| r.reduction.unwrap_or(0)).sum()
}
