//! The village table shown a page of rows at a time. A commune's few dozen
//! villages fit on one page; a province's hundreds of communes are paged, so
//! that typing in one cell lays out 50 rows rather than 500 (the browser
//! re-lays out a whole table when one cell changes). Totals and checks
//! always cover every row.

use leptos::prelude::*;
use vn_format::format_integer;

use super::state::TableState;
use crate::i18n::targets_texts;

/// Rows on one page of the table.
pub const PAGE_ROWS: usize = 50;

/// How many pages `rows` rows take (one, even when there are none).
pub fn page_count(rows: usize) -> usize {
    rows.div_ceil(PAGE_ROWS).max(1)
}

/// The rows of page `page` (from 0), as a range of row indices; a page
/// past the end shows the last one.
pub fn page_rows(page: usize, rows: usize) -> std::ops::Range<usize> {
    let start = page.min(page_count(rows) - 1) * PAGE_ROWS;
    start..(start + PAGE_ROWS).min(rows)
}

/// Previous and next buttons and the rows shown, when the table has more
/// than one page. `page` may point past the last page after rows are
/// removed: it is read through [`page_rows`], which keeps it in range.
#[component]
pub fn TablePager(state: TableState, page: RwSignal<usize>) -> impl IntoView {
    let t = targets_texts();
    let count = move || state.rows.with(Vec::len);
    let last = move || page_count(count()) - 1;
    let status = move || {
        let rows = count();
        let range = page_rows(page.get(), rows);
        format!(
            "{}{}–{}{}{}",
            t.page_rows_word,
            format_integer((range.start as u64 + 1).into()),
            format_integer((range.end as u64).into()),
            t.of_word,
            format_integer((rows as u64).into())
        )
    };
    move || {
        (last() > 0).then(|| {
            view! {
                <nav class="pager no-print" aria-label=t.pages_label>
                    <button type="button" id="trang-truoc" prop:disabled=move || page.get() == 0
                        on:click=move |_| page.update(|p| *p = (*p).min(last()).saturating_sub(1))>{t.page_prev}</button>
                    <span role="status" id="dong-dang-xem">{status}</span>
                    <button type="button" id="trang-sau" prop:disabled=move || { page.get() >= last() }
                        on:click=move |_| page.update(|p| *p = (*p + 1).min(last()))>{t.page_next}</button>
                </nav>
            }
        })
    }
}
