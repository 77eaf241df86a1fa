//! The columns of the target annex and the header spellings accepted for
//! each. Headers match whatever their case, diacritics, spaces and
//! punctuation, a unit suffix such as `(%)` or `(hộ)`, and a leading
//! `Trong đó:` left by a merged heading.

use std::borrow::Cow;

use csv_text::fold_key;

use crate::checks::Column;
use crate::describe::column_name;

/// A column of the annex, in the order the annex prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnexField {
    /// Số thứ tự: row numbers, ignored on reading.
    Number,
    /// The sub-unit's name (thôn, xã, …).
    Name,
    Households,
    EthnicMinority,
    Poor,
    PoorRate,
    NearPoor,
    NearPoorRate,
    EthnicMinorityPoor,
    SocialProtectionPoor,
    PoorAbleToEscape,
    Reduction,
    /// Computed by the page: ignored on reading, written on export.
    YearEndPoor,
    /// Computed by the page: ignored on reading, written on export.
    YearEndRate,
}

impl AnnexField {
    pub const ALL: [AnnexField; 14] = [
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

    /// The headers accepted for this column; the first is the one
    /// [`write_annex`](crate::write_annex) writes.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            AnnexField::Number => &["STT", "TT", "Số TT", "Số thứ tự"],
            AnnexField::Name => &[
                "Đơn vị",
                "Tên đơn vị",
                "Thôn",
                "Tên thôn",
                "Thôn, bản",
                "Thôn, xóm",
                "Thôn, tổ dân phố",
                "Bản",
                "Xóm",
                "Tổ dân phố",
                "Xã",
                "Tên xã",
                "Xã, phường",
                "Xã, phường, thị trấn",
                "Địa bàn",
            ],
            AnnexField::Households => &[
                "Số hộ dân cư",
                "Tổng số hộ",
                "Tổng số hộ dân cư",
                "Số hộ",
                "Hộ dân cư",
                "Tổng số hộ dân",
            ],
            AnnexField::EthnicMinority => &["Hộ DTTS", "Số hộ DTTS", "Hộ dân tộc thiểu số", "Số hộ dân tộc thiểu số"],
            AnnexField::Poor => &["Hộ nghèo", "Số hộ nghèo", "Tổng số hộ nghèo"],
            AnnexField::PoorRate => &["Tỷ lệ hộ nghèo (%)", "Tỷ lệ hộ nghèo", "Tỉ lệ hộ nghèo", "Tỷ lệ nghèo"],
            AnnexField::NearPoor => &["Hộ cận nghèo", "Số hộ cận nghèo"],
            AnnexField::NearPoorRate => &[
                "Tỷ lệ hộ cận nghèo (%)",
                "Tỷ lệ hộ cận nghèo",
                "Tỉ lệ hộ cận nghèo",
                "Tỷ lệ cận nghèo",
            ],
            AnnexField::EthnicMinorityPoor => &[
                "Hộ nghèo DTTS",
                "Số hộ nghèo DTTS",
                "Hộ nghèo dân tộc thiểu số",
                "Số hộ nghèo dân tộc thiểu số",
            ],
            AnnexField::SocialProtectionPoor => &[
                "Hộ nghèo BTXH",
                "Hộ nghèo thuộc diện BTXH",
                "Hộ nghèo thuộc diện bảo trợ xã hội",
                "Hộ nghèo bảo trợ xã hội",
                "Hộ BTXH",
                "Hộ nghèo không có khả năng thoát nghèo",
            ],
            AnnexField::PoorAbleToEscape => &[
                "Hộ nghèo có khả năng thoát nghèo",
                "Số hộ nghèo có khả năng thoát nghèo",
                "Hộ có khả năng thoát nghèo",
            ],
            AnnexField::Reduction => &[
                "Chỉ tiêu giảm hộ nghèo",
                "Số hộ thoát nghèo",
                "Giảm hộ nghèo",
                "Số hộ nghèo giảm",
                "Chỉ tiêu giảm nghèo",
                "Chỉ tiêu thoát nghèo",
                "Số hộ giảm",
            ],
            AnnexField::YearEndPoor => &[
                "Hộ nghèo cuối năm",
                "Số hộ nghèo cuối năm",
                "Hộ nghèo còn lại",
                "Số hộ nghèo còn lại",
            ],
            AnnexField::YearEndRate => &[
                "Tỷ lệ hộ nghèo cuối năm (%)",
                "Tỷ lệ hộ nghèo cuối năm",
                "Tỉ lệ hộ nghèo cuối năm",
                "Tỷ lệ hộ nghèo còn lại",
            ],
        }
    }

    /// The table's column this one fills, if it fills one.
    pub fn column(self) -> Option<Column> {
        match self {
            AnnexField::Households => Some(Column::Households),
            AnnexField::EthnicMinority => Some(Column::EthnicMinority),
            AnnexField::Poor => Some(Column::Poor),
            AnnexField::PoorRate => Some(Column::PoorRate),
            AnnexField::NearPoor => Some(Column::NearPoor),
            AnnexField::NearPoorRate => Some(Column::NearPoorRate),
            AnnexField::EthnicMinorityPoor => Some(Column::EthnicMinorityPoor),
            AnnexField::SocialProtectionPoor => Some(Column::SocialProtectionPoor),
            AnnexField::PoorAbleToEscape => Some(Column::PoorAbleToEscape),
            AnnexField::Reduction => Some(Column::Reduction),
            AnnexField::Number | AnnexField::Name | AnnexField::YearEndPoor | AnnexField::YearEndRate => None,
        }
    }

    /// Without these a file is not an annex.
    pub fn is_required(self) -> bool {
        matches!(self, AnnexField::Name | AnnexField::Households | AnnexField::Poor)
    }

    /// Read into the table: the name and the figures typed, not the row
    /// numbers and the year-end columns the page computes.
    pub(crate) fn is_read(self) -> bool {
        self == AnnexField::Name || self.column().is_some()
    }

    /// What the column holds, `(vi, en)`.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            AnnexField::Number => ("số thứ tự", "row number"),
            AnnexField::Name => ("tên đơn vị", "sub-unit name"),
            AnnexField::YearEndPoor => ("hộ nghèo cuối năm", "poor households at year end"),
            AnnexField::YearEndRate => ("tỷ lệ hộ nghèo cuối năm", "poor rate at year end"),
            data => data.column().map_or(("", ""), column_name),
        }
    }
}

/// The key two spellings of one header share.
pub(crate) fn header_key(header: &str) -> String {
    let mut key: String = fold_key(header)
        .chars()
        .filter(|c| !matches!(c, ',' | ':' | ';'))
        .collect();
    if let Some(rest) = key.strip_prefix("trongdo") {
        key = rest.to_owned();
    }
    for unit in ["(%)", "%", "(ho)"] {
        if let Some(rest) = key.strip_suffix(unit) {
            key.truncate(rest.len());
        }
    }
    key
}

fn field_of(key: &str) -> Option<AnnexField> {
    AnnexField::ALL
        .into_iter()
        .find(|f| f.headers().iter().any(|h| header_key(h) == key))
}

/// A header line: each column's text as written and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) headers: Vec<String>,
    pub(crate) fields: Vec<Option<AnnexField>>,
}

impl Header {
    pub(crate) fn read(cells: &[Cow<'_, str>]) -> Header {
        let headers: Vec<String> = cells
            .iter()
            .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let fields = headers
            .iter()
            .map(|h| Some(header_key(h)).filter(|k| !k.is_empty()).and_then(|k| field_of(&k)))
            .collect();
        Header { headers, fields }
    }

    /// The first column holding `field`.
    pub(crate) fn position(&self, field: AnnexField) -> Option<usize> {
        self.fields.iter().position(|f| *f == Some(field))
    }

    pub(crate) fn recognised(&self) -> usize {
        self.fields.iter().filter(|f| f.is_some()).count()
    }

    pub(crate) fn missing(&self) -> Vec<AnnexField> {
        AnnexField::ALL
            .into_iter()
            .filter(|f| f.is_required() && self.position(*f).is_none())
            .collect()
    }

    /// The first field read from two columns, with both columns. Columns
    /// that are ignored may come twice.
    pub(crate) fn duplicate(&self) -> Option<(AnnexField, usize, usize)> {
        self.fields.iter().enumerate().find_map(|(second, f)| {
            let field = (*f).filter(|f| f.is_read())?;
            let first = self.position(field)?;
            (first < second).then_some((field, first, second))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table_form::{CELLS, RATE_CELLS};

    fn header(cells: &[&str]) -> Header {
        Header::read(&cells.iter().map(|c| Cow::Borrowed(*c)).collect::<Vec<_>>())
    }

    fn field(text: &str) -> Option<AnnexField> {
        header(&[text]).fields[0]
    }

    #[test]
    fn each_spelling_names_one_column_only() {
        for a in AnnexField::ALL {
            for h in a.headers() {
                assert_eq!(field(h), Some(a), "{h}");
            }
        }
    }

    #[test]
    fn forgives_case_diacritics_units_and_merged_headings() {
        assert_eq!(field("TỶ LỆ HỘ NGHÈO (%)"), Some(AnnexField::PoorRate));
        assert_eq!(field("ty_le_ho_ngheo"), Some(AnnexField::PoorRate));
        assert_eq!(field("Tỉ lệ hộ nghèo %"), Some(AnnexField::PoorRate));
        assert_eq!(field("Số hộ nghèo (hộ)"), Some(AnnexField::Poor));
        assert_eq!(field("Trong đó: Hộ nghèo DTTS"), Some(AnnexField::EthnicMinorityPoor));
        assert_eq!(field("Thôn/bản"), Some(AnnexField::Name));
        assert_eq!(field(" so  ho  dan  cu "), Some(AnnexField::Households));
        assert_eq!(field("Ghi chú"), None);
        assert_eq!(field(""), None);
        assert_eq!(field("Trong đó"), None);
    }

    #[test]
    fn data_columns_are_the_tables_columns() {
        let columns: Vec<Column> = AnnexField::ALL.into_iter().filter_map(AnnexField::column).collect();
        for c in CELLS.into_iter().chain(RATE_CELLS) {
            assert!(columns.contains(&c), "{c:?}");
        }
        assert_eq!(columns.len(), CELLS.len() + RATE_CELLS.len());
        assert!(AnnexField::ALL.into_iter().all(|f| !f.label().0.is_empty()));
    }

    #[test]
    fn finds_what_is_missing_and_what_is_twice() {
        let h = header(&["STT", "Thôn", "Ghi chú", "Hộ nghèo", "Số hộ nghèo"]);
        assert_eq!(h.missing(), [AnnexField::Households]);
        assert_eq!(h.duplicate(), Some((AnnexField::Poor, 3, 4)));
        assert_eq!(h.recognised(), 4);
        assert_eq!(header(&["Thôn", "Số hộ", "Hộ nghèo"]).duplicate(), None);
        let ignored_twice = header(&[
            "STT",
            "Thôn",
            "Số hộ",
            "Hộ nghèo",
            "Hộ nghèo cuối năm",
            "Hộ nghèo còn lại",
        ]);
        assert_eq!(ignored_twice.duplicate(), None);
    }

    #[test]
    fn the_documentation_lists_every_accepted_header() {
        let doc = include_str!("../../../../docs/target-annex.md");
        for f in AnnexField::ALL {
            for h in f.headers() {
                assert!(
                    doc.contains(&format!("`{h}`")),
                    "docs/target-annex.md does not list `{h}`"
                );
            }
        }
    }
}
