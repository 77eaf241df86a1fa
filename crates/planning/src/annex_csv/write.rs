//! Writing the annex for a spreadsheet: the columns of the official annex
//! with Vietnamese headers, Vietnamese numbers, rates with two decimals
//! (computed where not typed; a typed rate is written as typed, to be
//! checked), the year-end columns, and a total row that is the sum of the
//! rows. A BOM leads so that Excel reads the file as UTF-8.

use csv_text::{Separator, Writer};
use rust_decimal::Decimal;
use vn_format::{format_decimal, format_integer};

use super::columns::AnnexField;
use crate::checks::{Column, RateBase};
use crate::rate::rate_percent;
use crate::table_form::{CELLS, RATE_CELLS, RowText, read_count, read_rate};

const TOTAL_LABEL: &str = "Tổng cộng";
/// The annex's title, before its year, as printed and as the page shows it.
pub const ANNEX_TITLE: &str = "BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM";

/// The columns written: the page's table and the year-end figures. The
/// breakdown rates and the reduction in points are only read, to check a
/// printed annex.
const WRITTEN: [AnnexField; 14] = [
    AnnexField::Number,
    AnnexField::Name,
    AnnexField::Households,
    AnnexField::EthnicMinority,
    AnnexField::Poor,
    AnnexField::PoorRate,
    AnnexField::NearPoor,
    AnnexField::NearPoorRate,
    AnnexField::EthnicMinorityPoor,
    AnnexField::SocialProtectionPoor,
    AnnexField::PoorAbleToEscape,
    AnnexField::Reduction,
    AnnexField::YearEndPoor,
    AnnexField::YearEndRate,
];

/// The group cells a printed annex puts over the written columns, each
/// `(label, first, last)` with columns from 0: a workbook's two-row
/// header, as in `../shared/examples/annex-as-printed.csv`.
pub fn annex_groups(year: &str) -> [(String, usize, usize); 2] {
    let at = |field| WRITTEN.iter().position(|w| *w == field).unwrap_or(0);
    [
        (
            "Cơ cấu hộ nghèo".to_owned(),
            at(AnnexField::EthnicMinorityPoor),
            at(AnnexField::PoorAbleToEscape),
        ),
        (
            format!("Chỉ tiêu giảm hộ nghèo năm {}", year.trim()),
            at(AnnexField::Reduction),
            at(AnnexField::YearEndRate),
        ),
    ]
}

/// A count as read: `Err` when the text does not read.
type Count = Result<Option<u64>, ()>;

fn slot(column: Column) -> usize {
    CELLS.iter().position(|c| *c == column).unwrap_or(0)
}

fn counts_of(row: &RowText) -> [Count; 8] {
    row.cells.each_ref().map(|t| read_count(t).map_err(drop))
}

/// Empty counts as 0; `None` when the text does not read.
fn value(count: Count) -> Option<u64> {
    count.ok().map(|v| v.unwrap_or(0))
}

fn integer(v: u64) -> String {
    format_integer(Decimal::from(v))
}

fn rate(count: Option<u64>, base: Option<u64>) -> String {
    count
        .zip(base)
        .and_then(|(c, b)| rate_percent(c, b))
        .map_or_else(String::new, |r| format_decimal(r, 2))
}

/// A count cell: Vietnamese when it reads, as typed when it does not.
fn count_cell(text: &str, count: Count) -> String {
    match count {
        Ok(Some(v)) => integer(v),
        Ok(None) => String::new(),
        Err(()) => text.trim().to_owned(),
    }
}

/// A typed rate keeps its value (never fewer than two decimals); an
/// unreadable one is written as typed; an empty one is computed.
fn rate_cell(text: &str, computed: impl FnOnce() -> String) -> String {
    match read_rate(text) {
        Ok(Some(r)) => format_decimal(r, r.scale().max(2)),
        Ok(None) => computed(),
        Err(_) => text.trim().to_owned(),
    }
}

/// The annex as CSV text: `;` suits Excel set to Vietnamese (where `,` is
/// the decimal comma), `,` other spreadsheets. Rates not typed are
/// computed on `base`; the total row's on the total households.
pub fn write_annex(rows: &[RowText], base: RateBase, separator: Separator) -> String {
    let counts: Vec<[Count; 8]> = rows.iter().map(counts_of).collect();
    let at = |c: &[Count; 8], column: Column| c[slot(column)];
    let sum = |column: Column| -> Option<u64> {
        counts
            .iter()
            .try_fold(0u64, |acc, c| value(at(c, column)).map(|v| acc.saturating_add(v)))
    };
    let unit_households = sum(Column::Households);

    let mut writer = Writer::new(separator, true);
    writer.record(WRITTEN.map(|f| f.headers()[0]));
    for (i, (row, c)) in rows.iter().zip(&counts).enumerate() {
        let base = match base {
            RateBase::Row => value(at(c, Column::Households)),
            RateBase::Unit => unit_households,
        };
        let poor = value(at(c, Column::Poor));
        let end = poor
            .zip(value(at(c, Column::Reduction)))
            .map(|(p, r)| p.saturating_sub(r));
        let typed = |column: Column| {
            let k = slot(column);
            count_cell(&row.cells[k], c[k])
        };
        let rate_of = |column: Column, count: Column| {
            let k = RATE_CELLS.iter().position(|r| *r == column).unwrap_or(0);
            rate_cell(&row.rates[k], || rate(value(at(c, count)), base))
        };
        writer.record([
            (i + 1).to_string(),
            row.name.clone(),
            typed(Column::Households),
            typed(Column::EthnicMinority),
            typed(Column::Poor),
            rate_of(Column::PoorRate, Column::Poor),
            typed(Column::NearPoor),
            rate_of(Column::NearPoorRate, Column::NearPoor),
            typed(Column::EthnicMinorityPoor),
            typed(Column::SocialProtectionPoor),
            typed(Column::PoorAbleToEscape),
            typed(Column::Reduction),
            end.map_or_else(String::new, integer),
            rate(end, base),
        ]);
    }

    let total = |column: Column| sum(column).map_or_else(String::new, integer);
    let any_reduction = counts
        .iter()
        .any(|c| matches!(at(c, Column::Reduction), Ok(Some(_)) | Err(())));
    let reduction = if any_reduction { sum(Column::Reduction) } else { Some(0) };
    let end = sum(Column::Poor).zip(reduction).map(|(p, r)| p.saturating_sub(r));
    writer.record([
        String::new(),
        TOTAL_LABEL.to_owned(),
        total(Column::Households),
        total(Column::EthnicMinority),
        total(Column::Poor),
        rate(sum(Column::Poor), unit_households),
        total(Column::NearPoor),
        rate(sum(Column::NearPoor), unit_households),
        total(Column::EthnicMinorityPoor),
        total(Column::SocialProtectionPoor),
        total(Column::PoorAbleToEscape),
        if any_reduction {
            total(Column::Reduction)
        } else {
            String::new()
        },
        end.map_or_else(String::new, integer),
        rate(end, unit_households),
    ]);
    writer.finish()
}
