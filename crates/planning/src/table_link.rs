//! A target table in a link (`/chi-tieu/?don-vi=…&nam=…&thon=…`), so a
//! scenario can be shared, and a household list can hand its counts to the
//! targets page. The link holds only what the table holds: names of
//! villages and their counts, never a household.
//!
//! Each `thon` value is one row: the name, the eight counts in the order of
//! [`CELLS`](crate::CELLS), then the two printed rates, joined by `~` (which
//! the encoder always escapes inside a value). Cells are kept as typed, so
//! a link carries a wrong figure as faithfully as a right one, and the page
//! checks it.

use link_text::{decode, encode, raw_pairs};

use crate::checks::RateBase;
use crate::table_form::RowText;
use lang::{Lang, msg};

/// Rows read from a link; more are left out and reported.
pub const MAX_ROWS: usize = 1_000;
/// Characters in one cell (a village name is the longest).
pub const MAX_CELL: usize = 100;

/// `Default`: an empty table, for a page opened with none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableLink {
    pub unit: String,
    pub year: String,
    pub base: RateBase,
    pub rows: Vec<RowText>,
    /// A total row as typed (from an imported annex), kept to be checked
    /// against the rows; its name is not kept.
    pub total: Option<RowText>,
}

/// What a link held that could not be used, counted for one message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkTrouble {
    /// Values that were not valid UTF-8 escapes or were too long.
    pub unreadable: usize,
    /// Rows past [`MAX_ROWS`].
    pub rows_left_out: usize,
}

impl LinkTrouble {
    pub fn is_empty(&self) -> bool {
        *self == LinkTrouble::default()
    }

    pub fn message(&self, lang: Lang) -> String {
        msg!(lang, vi: { let mut parts = Vec::new();
        if self.unreadable > 0 {
            parts.push(format!("{} giá trị không đọc được nên bị bỏ qua", self.unreadable));
        }
        if self.rows_left_out > 0 {
            parts.push(format!(
                "chỉ đọc {MAX_ROWS} thôn đầu tiên, bỏ qua {} thôn",
                self.rows_left_out
            ));
        }
        format!("Đường liên kết có vấn đề: {}.", parts.join("; ")) }, en: { let mut parts = Vec::new();
        if self.unreadable > 0 {
            parts.push(format!(
                "{} value(s) could not be read and were skipped",
                self.unreadable
            ));
        }
        if self.rows_left_out > 0 {
            parts.push(format!(
                "only the first {MAX_ROWS} villages were read, {} left out",
                self.rows_left_out
            ));
        }
        format!("The link has problems: {}.", parts.join("; ")) })
    }
}

/// The query string (without `?`) of a table.
pub fn table_to_query(link: &TableLink) -> String {
    let rows: Vec<String> = link.rows.iter().map(row_fields).collect();
    query_of_rows(&link.unit, &link.year, link.base, &rows, link.total.as_ref())
}

/// [`table_to_query`] from each row's [`row_fields`], so that a page that
/// keeps them per row writes the link of a large table without reading
/// every row again at each keystroke.
pub fn query_of_rows(unit: &str, year: &str, base: RateBase, rows: &[String], total: Option<&RowText>) -> String {
    let mut pairs = vec![format!("don-vi={}", encode(unit)), format!("nam={}", encode(year))];
    if base == RateBase::Unit {
        pairs.push("mau-so=don-vi".to_owned());
    }
    pairs.extend(rows.iter().map(|fields| format!("thon={fields}")));
    if let Some(total) = total {
        pairs.push(format!("tong={}", row_fields(total)));
    }
    pairs.join("&")
}

/// A row's name, counts and rates joined by `~`, empty cells at the end
/// left off.
pub fn row_fields(row: &RowText) -> String {
    let mut fields: Vec<String> = std::iter::once(&row.name)
        .chain(&row.cells)
        .chain(&row.rates)
        .map(|f| encode(f))
        .collect();
    while fields.len() > 1 && fields.last().is_some_and(String::is_empty) {
        fields.pop();
    }
    fields.join("~")
}

/// A row from its `~`-joined fields; one field too many counts as unreadable.
fn read_row(raw: &str, trouble: &mut LinkTrouble) -> RowText {
    let mut fields = raw.split('~').map(|f| cell(f, trouble));
    let mut row = RowText {
        name: fields.next().unwrap_or_default(),
        ..RowText::default()
    };
    for slot in row.cells.iter_mut().chain(row.rates.iter_mut()) {
        *slot = fields.next().unwrap_or_default();
    }
    trouble.unreadable += fields.count();
    row
}

fn cell(raw: &str, trouble: &mut LinkTrouble) -> String {
    match decode(raw).filter(|v| v.chars().count() <= MAX_CELL) {
        Some(value) => value,
        None => {
            trouble.unreadable += 1;
            String::new()
        }
    }
}

/// The table in a query; `None` when the query holds no table at all.
pub fn table_from_query(query: &str) -> Option<(TableLink, LinkTrouble)> {
    let mut trouble = LinkTrouble::default();
    let mut link = TableLink::default();
    let mut found = false;
    for (key, raw) in raw_pairs(query) {
        match key {
            "don-vi" => link.unit = cell(raw, &mut trouble),
            "nam" => link.year = cell(raw, &mut trouble),
            "mau-so" => link.base = if raw == "don-vi" { RateBase::Unit } else { RateBase::Row },
            "thon" if link.rows.len() >= MAX_ROWS => trouble.rows_left_out += 1,
            "thon" => link.rows.push(read_row(raw, &mut trouble)),
            "tong" => link.total = Some(read_row(raw, &mut trouble)),
            _ => continue,
        }
        found = true;
    }
    found.then_some((link, trouble))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> TableLink {
        TableLink {
            unit: "Xã Gia Lộc".into(),
            year: "2027".into(),
            base: RateBase::Unit,
            rows: vec![
                RowText {
                    name: "Thôn 1 ~ Bản Mới".into(),
                    cells: ["1.480", "300", "45", "60", "", "10", "35", "8"].map(String::from),
                    rates: ["3,40".into(), String::new()],
                    ..RowText::default()
                },
                RowText {
                    name: "Thôn 2".into(),
                    ..RowText::default()
                },
            ],
            total: None,
        }
    }

    #[test]
    fn a_typed_total_row_travels_with_the_table() {
        let mut link = sample();
        link.total = Some(RowText {
            name: String::new(),
            cells: ["2.000", "", "72", "", "", "", "", ""].map(String::from),
            rates: ["3,55".into(), String::new()],
            ..RowText::default()
        });
        let query = table_to_query(&link);
        assert!(query.ends_with("&tong=~2.000~~72~~~~~~3,55"), "{query}");
        assert_eq!(table_from_query(&query).unwrap().0, link);
    }

    #[test]
    fn a_table_reads_back_as_it_was_typed_wrong_rate_included() {
        let query = table_to_query(&sample());
        assert!(query.contains("thon=Th%C3%B4n%201%20%7E%20B"), "{query}");
        assert!(
            query.ends_with("&thon=Th%C3%B4n%202"),
            "empty cells at the end are left off: {query}"
        );
        let (link, trouble) = table_from_query(&query).unwrap();
        assert!(trouble.is_empty());
        assert_eq!(link, sample());
    }

    #[test]
    fn a_link_without_a_table_is_none() {
        assert_eq!(table_from_query(""), None);
        assert_eq!(table_from_query("chuan=nd07-2021"), None);
    }

    #[test]
    fn bad_values_are_counted_not_guessed() {
        let long = "x".repeat(MAX_CELL + 1);
        let (link, trouble) = table_from_query(&format!("thon=A~%ZZ~{long}~1~2~3~4~5~6~7~8~9")).unwrap();
        assert_eq!(link.rows[0].name, "A");
        assert_eq!(link.rows[0].cells[0], "");
        assert_eq!(
            trouble.unreadable, 3,
            "a broken escape, a long cell and one field too many"
        );
        assert!(trouble.message(Lang::Vi).contains("3 giá trị"));
    }

    #[test]
    fn rows_past_the_limit_are_left_out_and_reported() {
        let query: Vec<String> = (0..MAX_ROWS + 5).map(|i| format!("thon=T{i}")).collect();
        let (link, trouble) = table_from_query(&query.join("&")).unwrap();
        assert_eq!(link.rows.len(), MAX_ROWS);
        assert_eq!(trouble.rows_left_out, 5);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn any_query_reads_without_panicking(query in any::<String>()) {
            let _ = table_from_query(&query);
        }

        #[test]
        fn any_short_table_round_trips(
            name in ".{0,30}",
            cells in proptest::array::uniform8(".{0,12}"),
            rate in ".{0,8}",
        ) {
            let link = TableLink {
                unit: name.clone(),
                year: "2027".into(),
                base: RateBase::Row,
                rows: vec![RowText { name, cells: cells.clone(), rates: [rate, String::new()], ..RowText::default() }],
                total: Some(RowText { name: String::new(), cells, ..RowText::default() }),
            };
            let (back, trouble) = table_from_query(&table_to_query(&link)).unwrap();
            prop_assert!(trouble.is_empty());
            prop_assert_eq!(back, link);
        }
    }
}
