//! The funding table as CSV (biểu kinh phí), for officers who finish the
//! plan's annexes in a spreadsheet: one row per project or sub-project with
//! money, the unassigned lines, the grand total, then, when lines name
//! communes or villages, the same columns by sub-unit. Headers and names are
//! Vietnamese, as the annex is printed; amounts are Vietnamese numbers in
//! million đồng, as on screen.

use csv_text::{Separator, Writer};

use crate::amount::{format_amount, format_rate};
use crate::money::{Kind, Source};
use crate::table::{FundingTable, KindSplit};

/// The table's title, as printed and in a workbook.
pub const FUNDING_TABLE_TITLE: &str = "BIỂU KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG";
/// Under the title of a workbook: what the amounts count.
pub const AMOUNT_UNIT_LINE: &str = "Đơn vị tính: triệu đồng";

/// The money columns, in the printed table's order.
fn money_headers() -> impl Iterator<Item = String> {
    ["Tổng cộng".to_owned()]
        .into_iter()
        .chain(Kind::ALL.map(|k| k.name().0.to_owned()))
        .chain(Source::ALL.map(|s| s.name().0.to_owned()))
        .chain(["Giải ngân dự kiến".to_owned(), "Tỷ lệ giải ngân (%)".to_owned()])
}

fn money_cells(money: &KindSplit) -> impl Iterator<Item = String> {
    let all = money.all();
    [format_amount(all.total())]
        .into_iter()
        .chain(Kind::ALL.map(|k| format_amount(money.get(k).total())))
        .chain(Source::ALL.map(|s| format_amount(all.amounts.get(s))))
        .chain([
            format_amount(all.expected_disbursement),
            all.disbursement_percent().map(format_rate).unwrap_or_default(),
        ])
}

/// `;` suits Excel set to Vietnamese (where `,` is the decimal comma).
pub fn write_funding_annex(table: &FundingTable, separator: Separator) -> String {
    let mut writer = Writer::new(separator, true);
    writer.record(
        ["Mã".to_owned(), "Dự án, tiểu dự án".to_owned()]
            .into_iter()
            .chain(money_headers()),
    );
    for row in table.rows.iter().filter(|r| r.has_lines) {
        writer.record(
            [row.code.clone(), row.name.vi.clone()]
                .into_iter()
                .chain(money_cells(&row.money)),
        );
    }
    if !table.unassigned.all().total().is_zero() {
        let name = "Dự án không còn trong danh mục".to_owned();
        writer.record(["?".to_owned(), name].into_iter().chain(money_cells(&table.unassigned)));
    }
    writer.record(
        [String::new(), "Tổng cộng".to_owned()]
            .into_iter()
            .chain(money_cells(&table.total)),
    );
    if !table.by_sub_unit.is_empty() {
        writer.record([""]);
        writer.record(["Xã, thôn".to_owned()].into_iter().chain(money_headers()));
        for sub in &table.by_sub_unit {
            writer.record([sub.name.clone()].into_iter().chain(money_cells(&sub.money)));
        }
        let rest = table.not_by_sub_unit();
        if !rest.all().total().is_zero() {
            writer.record(["Toàn đơn vị".to_owned()].into_iter().chain(money_cells(&rest)));
        }
    }
    writer.finish()
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::catalogue::{Catalogue, ProjectId};
    use crate::form::Line;
    use crate::money::Amounts;
    use crate::table::funding_table;

    fn line(project: u32, kind: Kind, central: i64, people: i64, sub_unit: Option<&str>) -> Line {
        Line {
            project: ProjectId(project),
            sub_unit: sub_unit.map(str::to_owned),
            kind,
            amounts: Amounts {
                central: Decimal::from(central),
                people: Decimal::from(people),
                ..Amounts::default()
            },
            disbursement: Some(Decimal::from(80)),
        }
    }

    fn lines_of(csv: &str) -> Vec<&str> {
        csv.trim_start_matches('\u{feff}').split("\r\n").collect()
    }

    #[test]
    fn projects_with_lines_then_the_grand_total_in_vietnamese_numbers() {
        let c = Catalogue::preset_2021_2025();
        let table = funding_table(
            &c,
            &[
                line(61, Kind::Recurrent, 1234, 0, None),
                line(62, Kind::Investment, 87, 13, None),
            ],
        );
        let csv = write_funding_annex(&table, Separator::Semicolon);
        assert!(csv.starts_with('\u{feff}'), "a BOM so that Excel reads UTF-8");
        let lines = lines_of(&csv);
        assert_eq!(
            lines[0],
            "Mã;Dự án, tiểu dự án;Tổng cộng;Vốn đầu tư phát triển;Vốn sự nghiệp;Ngân sách trung ương;\
             Ngân sách địa phương đối ứng;Vốn tín dụng chính sách;Người dân đóng góp;Nguồn khác;\
             Giải ngân dự kiến;Tỷ lệ giải ngân (%)"
        );
        let da6 = c.get(ProjectId(60)).unwrap();
        assert_eq!(
            lines[1],
            format!(
                "{};{};1.334;100;1.234;1.321;0;0;13;0;1.067,2;80%",
                da6.code, da6.name.vi
            )
        );
        assert_eq!(lines.iter().filter(|l| l.starts_with(";Tổng cộng;")).count(), 1);
        assert!(
            lines.contains(&";Tổng cộng;1.334;100;1.234;1.321;0;0;13;0;1.067,2;80%"),
            "{lines:?}"
        );
        assert!(!csv.contains("Xã, thôn"), "no sub-unit table when no line names one");
    }

    #[test]
    fn sub_units_follow_with_what_no_sub_unit_names() {
        let c = Catalogue::preset_2021_2025();
        let table = funding_table(
            &c,
            &[
                line(61, Kind::Recurrent, 100, 0, Some("Thôn 1")),
                line(61, Kind::Recurrent, 50, 0, None),
                line(999, Kind::Investment, 5, 0, None),
            ],
        );
        let csv = write_funding_annex(&table, Separator::Comma);
        let lines = lines_of(&csv);
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("?,Dự án không còn trong danh mục,5,")),
            "{lines:?}"
        );
        assert!(lines.contains(&"Thôn 1,100,0,100,100,0,0,0,0,80,80%"), "{lines:?}");
        assert!(lines.contains(&"Toàn đơn vị,55,5,50,55,0,0,0,0,44,80%"), "{lines:?}");
    }
}
