//! The columns of the target annex and the header spellings accepted for
//! each. Headers match whatever their case, diacritics, spaces and
//! punctuation, a unit suffix such as `(%)` or `(hộ)`, a year (`Hộ nghèo
//! cuối năm 2027`), the abbreviations annexes print (`HN`, `HCN`, `TL`), and
//! a leading `Trong đó:` left by a merged heading. Under a group heading,
//! a column is read as group + column: `Chỉ tiêu giảm hộ nghèo / Số hộ` is
//! the reduction, and a bare `Tỷ lệ %` is the rate of the column before it.

use csv_text::fold_key;
use table_grid::{ColumnLabel, ColumnMapping, Confidence, FieldKey, MappedColumn, Meaning};

use crate::checks::Column;
use crate::describe::column_name;
use crate::table_form::{PRINTED_CELLS, RATE_CELLS};

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
    /// Over households or over poor households: the check infers which.
    EthnicMinorityPoorRate,
    SocialProtectionPoor,
    SocialProtectionPoorRate,
    PoorAbleToEscape,
    PoorAbleToEscapeRate,
    Reduction,
    /// The reduction in percentage points, beside its households.
    ReductionPoints,
    /// Printed, read and checked; the export writes the computed value.
    YearEndPoor,
    /// Printed, read and checked; the export writes the computed value.
    YearEndRate,
}

impl AnnexField {
    pub const ALL: [AnnexField; 18] = [
        AnnexField::Number,
        AnnexField::Name,
        AnnexField::Households,
        AnnexField::EthnicMinority,
        AnnexField::Poor,
        AnnexField::PoorRate,
        AnnexField::NearPoor,
        AnnexField::NearPoorRate,
        AnnexField::EthnicMinorityPoor,
        AnnexField::EthnicMinorityPoorRate,
        AnnexField::SocialProtectionPoor,
        AnnexField::SocialProtectionPoorRate,
        AnnexField::PoorAbleToEscape,
        AnnexField::PoorAbleToEscapeRate,
        AnnexField::Reduction,
        AnnexField::ReductionPoints,
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
                "Dân cư",
            ],
            AnnexField::EthnicMinority => &["Hộ DTTS", "Số hộ DTTS", "Hộ dân tộc thiểu số", "Số hộ dân tộc thiểu số"],
            AnnexField::Poor => &[
                "Hộ nghèo",
                "Số hộ nghèo",
                "Tổng số hộ nghèo",
                "Hộ nghèo đầu năm",
                "Số hộ nghèo đầu năm",
            ],
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
            AnnexField::EthnicMinorityPoorRate => &[
                "Tỷ lệ hộ nghèo DTTS (%)",
                "Tỷ lệ hộ nghèo DTTS",
                "Tỷ lệ hộ nghèo dân tộc thiểu số",
            ],
            AnnexField::SocialProtectionPoorRate => &[
                "Tỷ lệ hộ nghèo BTXH (%)",
                "Tỷ lệ hộ nghèo BTXH",
                "Tỷ lệ hộ BTXH",
                "Tỷ lệ hộ nghèo bảo trợ xã hội",
            ],
            AnnexField::PoorAbleToEscapeRate => &[
                "Tỷ lệ hộ nghèo có khả năng thoát nghèo (%)",
                "Tỷ lệ hộ nghèo có khả năng thoát nghèo",
                "Tỷ lệ hộ có khả năng thoát nghèo",
            ],
            AnnexField::ReductionPoints => &[
                "Mức giảm tỷ lệ hộ nghèo (%)",
                "Mức giảm tỷ lệ hộ nghèo",
                "Giảm tỷ lệ hộ nghèo",
                "Tỷ lệ giảm hộ nghèo",
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
            AnnexField::EthnicMinorityPoorRate => Some(Column::EthnicMinorityPoorRate),
            AnnexField::SocialProtectionPoorRate => Some(Column::SocialProtectionPoorRate),
            AnnexField::PoorAbleToEscapeRate => Some(Column::PoorAbleToEscapeRate),
            AnnexField::ReductionPoints => Some(Column::ReductionPoints),
            AnnexField::YearEndPoor => Some(Column::YearEndPoor),
            AnnexField::YearEndRate => Some(Column::YearEndRate),
            AnnexField::Number | AnnexField::Name => None,
        }
    }

    /// What a bare `Tỷ lệ %` right after this column is.
    fn rate_of(self) -> Option<AnnexField> {
        match self {
            AnnexField::Poor => Some(AnnexField::PoorRate),
            AnnexField::NearPoor => Some(AnnexField::NearPoorRate),
            AnnexField::EthnicMinorityPoor => Some(AnnexField::EthnicMinorityPoorRate),
            AnnexField::SocialProtectionPoor => Some(AnnexField::SocialProtectionPoorRate),
            AnnexField::PoorAbleToEscape => Some(AnnexField::PoorAbleToEscapeRate),
            AnnexField::Reduction => Some(AnnexField::ReductionPoints),
            AnnexField::YearEndPoor => Some(AnnexField::YearEndRate),
            _ => None,
        }
    }

    /// Whether the cells are rates (percent), not counts.
    pub(crate) fn is_rate(self) -> bool {
        self.column()
            .is_some_and(|c| RATE_CELLS.contains(&c) || (PRINTED_CELLS.contains(&c) && c != Column::YearEndPoor))
    }

    /// Without these a file is not an annex.
    pub fn is_required(self) -> bool {
        matches!(self, AnnexField::Name | AnnexField::Households | AnnexField::Poor)
    }

    /// Read into the table: the name and every figure, not the row numbers.
    pub(crate) fn is_read(self) -> bool {
        self == AnnexField::Name || self.column().is_some()
    }

    /// What the column holds, `(vi, en)`.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            AnnexField::Number => ("số thứ tự", "row number"),
            AnnexField::Name => ("tên đơn vị", "sub-unit name"),
            data => data.column().map_or(("", ""), column_name),
        }
    }
}

impl FieldKey for AnnexField {
    fn key(self) -> String {
        match self {
            AnnexField::Number => "stt",
            AnnexField::Name => "ten",
            AnnexField::Households => "ho-dan-cu",
            AnnexField::EthnicMinority => "ho-dtts",
            AnnexField::Poor => "ho-ngheo",
            AnnexField::PoorRate => "ty-le-ngheo",
            AnnexField::NearPoor => "ho-can-ngheo",
            AnnexField::NearPoorRate => "ty-le-can-ngheo",
            AnnexField::EthnicMinorityPoor => "ngheo-dtts",
            AnnexField::EthnicMinorityPoorRate => "ty-le-ngheo-dtts",
            AnnexField::SocialProtectionPoor => "ngheo-btxh",
            AnnexField::SocialProtectionPoorRate => "ty-le-btxh",
            AnnexField::PoorAbleToEscape => "co-kha-nang",
            AnnexField::PoorAbleToEscapeRate => "ty-le-co-kha-nang",
            AnnexField::Reduction => "giam",
            AnnexField::ReductionPoints => "giam-diem",
            AnnexField::YearEndPoor => "ngheo-cuoi-nam",
            AnnexField::YearEndRate => "ty-le-cuoi-nam",
        }
        .to_owned()
    }

    fn from_key(key: &str) -> Option<AnnexField> {
        AnnexField::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// `2027`, `(2027)`: a year printed in a heading.
fn is_year(word: &str) -> bool {
    let digits = word.trim_matches(|c: char| !c.is_ascii_digit());
    digits.len() == 4 && word.len() <= 6 && digits.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The abbreviations annexes print, spelled out.
fn expand(word: &str) -> &str {
    match vn_format::uppercase(word).trim_end_matches([',', ':', ';']) {
        "HN" => "Hộ nghèo",
        "HCN" => "Hộ cận nghèo",
        "TL" => "Tỷ lệ",
        "SL" => "Số lượng",
        _ => word,
    }
}

/// The key two spellings of one header share.
pub(crate) fn header_key(header: &str) -> String {
    let words: Vec<&str> = header.split_whitespace().collect();
    let had_year = words.iter().any(|w| is_year(w));
    let spelled: Vec<&str> = words.into_iter().filter(|w| !is_year(w)).map(expand).collect();
    let mut key: String = fold_key(&spelled.join(" "))
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
    // "… năm 2027" without its year: the "năm" says nothing more, unless
    // it is "đầu năm" or "cuối năm".
    if had_year && key.ends_with("nam") && !key.ends_with("daunam") && !key.ends_with("cuoinam") {
        key.truncate(key.len() - 3);
    }
    key
}

fn field_of(key: &str) -> Option<AnnexField> {
    AnnexField::ALL
        .into_iter()
        .find(|f| f.headers().iter().any(|h| header_key(h) == key))
}

/// `Tỷ lệ %`, `Tỷ lệ (%)`, `TL`: a rate that says not of what.
fn is_bare_rate(key: &str) -> bool {
    matches!(key, "tyle" | "tile")
}

/// `Số hộ`, `Số lượng`: a count that says not of what.
fn is_bare_count(key: &str) -> bool {
    matches!(key, "soho" | "soluong" | "tongso" | "ho" | "so")
}

/// What a group heading makes of the columns under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// `Chỉ tiêu giảm hộ nghèo năm 2027`: its `Số hộ` is the reduction.
    Reduction,
    /// `Hộ nghèo cuối năm`, `Cuối năm 2027`.
    YearEnd,
    /// `Cơ cấu hộ nghèo`, or `Trong đó` after the poor: `DTTS`, `BTXH`
    /// under it are kinds of poor households.
    PoorStructure,
    /// A column's heading merged over `Số hộ | Tỷ lệ`: `Hộ cận nghèo`.
    Field(AnnexField),
    /// Not understood: the columns under it are read by their own headings.
    Other,
}

fn group_of(heading: &str, before: Option<AnnexField>) -> Group {
    let key = header_key(heading);
    if key.contains("cuoinam") || key.contains("conlai") {
        Group::YearEnd
    } else if key.contains("giam") || (key.contains("thoatngheo") && !key.contains("khanang")) {
        Group::Reduction
    } else if key.starts_with("cocau")
        || key.starts_with("phanloai")
        || (matches!(key.as_str(), "" | "chiara" | "baogom") && before == Some(AnnexField::Poor))
    {
        // `Trong đó` folds to "" once its prefix is taken off.
        Group::PoorStructure
    } else if let Some(field) = field_of(&key) {
        Group::Field(field)
    } else {
        Group::Other
    }
}

fn understood(field: AnnexField, confidence: Confidence, why: (String, String)) -> Understood {
    (Meaning::Field(field), confidence, why)
}

type Understood = (Meaning<AnnexField>, Confidence, (String, String));

/// One column, given its label, the column before it if under the same
/// groups, and the field just before its group starts.
fn understand(
    label: &ColumnLabel,
    previous: Option<(AnnexField, &str)>,
    before_group: Option<AnnexField>,
) -> Understood {
    let header = label.header();
    if header.is_empty() {
        return (
            Meaning::Unknown,
            Confidence::Unknown,
            ("cột không có tiêu đề".into(), "the column has no heading".into()),
        );
    }
    let key = header_key(header);
    let group_text = label.groups().last().map(String::as_str);
    let group = group_text.map(|g| (g, group_of(g, before_group)));
    let sure = |field: AnnexField| {
        let (lv, le) = field.label();
        let (mut vi, mut en) = (
            format!("tiêu đề «{header}» là một cách ghi của cột {lv}"),
            format!("the heading “{header}” is a spelling of the {le} column"),
        );
        if let Some(g) = group_text {
            vi.push_str(&format!(", trong nhóm «{g}»"));
            en.push_str(&format!(", under “{g}”"));
        }
        understood(field, Confidence::Sure, (vi, en))
    };
    let by_group = |field: AnnexField, g: &str| {
        let (lv, le) = field.label();
        understood(
            field,
            Confidence::FromContext,
            (
                format!("«{header}» nằm trong nhóm «{g}» nên là {lv}"),
                format!("“{header}” is under “{g}”, so it is the {le}"),
            ),
        )
    };
    if is_bare_rate(&key) {
        let from_previous = previous.and_then(|(f, h)| Some((f.rate_of()?, h)));
        if let Some((rate, before)) = from_previous {
            let (lv, le) = rate.label();
            return understood(
                rate,
                Confidence::FromContext,
                (
                    format!("«{header}» đứng ngay sau cột «{before}» nên là {lv}"),
                    format!("“{header}” comes right after “{before}”, so it is the {le}"),
                ),
            );
        }
        if let Some((g, Group::Field(field))) = group
            && let Some(rate) = field.rate_of()
        {
            return by_group(rate, g);
        }
        return (
            Meaning::Unknown,
            Confidence::Unknown,
            (
                format!("«{header}» không đứng sau một cột số hộ nên không rõ là tỷ lệ của nhóm nào"),
                format!("“{header}” does not follow a count column, so what it is the rate of is unclear"),
            ),
        );
    }
    let own = field_of(&key);
    match group {
        Some((g, kind)) if is_bare_count(&key) => match kind {
            Group::Reduction => by_group(AnnexField::Reduction, g),
            Group::YearEnd => by_group(AnnexField::YearEndPoor, g),
            Group::PoorStructure => by_group(AnnexField::Poor, g),
            Group::Field(field) => by_group(field, g),
            Group::Other => {
                let field = own.unwrap_or(AnnexField::Households);
                let (lv, le) = field.label();
                understood(
                    field,
                    Confidence::Ambiguous,
                    (
                        format!("«{header}» trong nhóm «{g}» không rõ nghĩa; được hiểu là {lv}"),
                        format!("“{header}” under “{g}” is unclear; read as the {le}"),
                    ),
                )
            }
        },
        Some((g, Group::Reduction)) if own == Some(AnnexField::Poor) => by_group(AnnexField::Reduction, g),
        Some((g, Group::YearEnd)) if own == Some(AnnexField::Poor) => by_group(AnnexField::YearEndPoor, g),
        Some((g, Group::PoorStructure)) => {
            let kind = match own {
                Some(AnnexField::EthnicMinority) => Some(AnnexField::EthnicMinorityPoor),
                Some(f) => Some(f),
                None => field_of(&format!("hongheo{key}")),
            };
            match kind {
                Some(f) if Some(f) == own => sure(f),
                Some(f) => by_group(f, g),
                None => unknown(header),
            }
        }
        _ => own.map_or_else(|| unknown(header), sure),
    }
}

fn unknown(header: &str) -> Understood {
    (
        Meaning::Unknown,
        Confidence::Unknown,
        (
            format!("tiêu đề «{header}» không phải cột nào của biểu chỉ tiêu"),
            format!("the heading “{header}” is not a column of the target annex"),
        ),
    )
}

/// Every column of a header, understood.
pub(crate) fn annex_mapping(labels: &[ColumnLabel]) -> ColumnMapping<AnnexField> {
    let mut columns: Vec<MappedColumn<AnnexField>> = Vec::with_capacity(labels.len());
    for (i, label) in labels.iter().enumerate() {
        let same_groups = |j: usize| labels[j].groups() == label.groups();
        let previous = i
            .checked_sub(1)
            .filter(|&j| same_groups(j))
            .and_then(|j| Some((columns[j].understood.field()?, labels[j].header())));
        let group_start = (0..i).rev().take_while(|&j| same_groups(j)).last().unwrap_or(i);
        let before_group = group_start.checked_sub(1).and_then(|j| columns[j].understood.field());
        let (meaning, confidence, why) = understand(label, previous, before_group);
        columns.push(MappedColumn::new(label.clone(), meaning, confidence, why));
    }
    ColumnMapping::new(columns)
}

/// Required fields no column is read as.
pub(crate) fn missing(mapping: &ColumnMapping<AnnexField>) -> Vec<AnnexField> {
    AnnexField::ALL
        .into_iter()
        .filter(|f| f.is_required() && mapping.position(*f).is_none())
        .collect()
}

pub(crate) fn recognised(mapping: &ColumnMapping<AnnexField>) -> usize {
    mapping.columns.iter().filter(|c| c.meaning.field().is_some()).count()
}

/// The first field read from two columns, with both columns. Columns that
/// are not read (row numbers) may come twice.
pub(crate) fn duplicate(mapping: &ColumnMapping<AnnexField>) -> Option<(AnnexField, usize, usize)> {
    mapping.columns.iter().enumerate().find_map(|(second, c)| {
        let field = c.meaning.field().filter(|f| f.is_read())?;
        let first = mapping.position(field)?;
        (first < second).then_some((field, first, second))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table_form::{CELLS, PRINTED_CELLS, RATE_CELLS};

    fn label(parts: &[&str]) -> ColumnLabel {
        ColumnLabel {
            column: 0,
            parts: parts.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn mapping(columns: &[&[&str]]) -> ColumnMapping<AnnexField> {
        let labels: Vec<ColumnLabel> = columns
            .iter()
            .enumerate()
            .map(|(i, parts)| ColumnLabel {
                column: i,
                ..label(parts)
            })
            .collect();
        annex_mapping(&labels)
    }

    fn field(text: &str) -> Option<AnnexField> {
        mapping(&[&[text]]).columns[0].meaning.field()
    }

    fn fields(columns: &[&[&str]]) -> Vec<Option<AnnexField>> {
        mapping(columns).columns.iter().map(|c| c.meaning.field()).collect()
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
    fn abbreviations_and_years_as_annexes_print_them() {
        assert_eq!(field("Dân cư (Hộ)"), Some(AnnexField::Households));
        assert_eq!(field("HN DTTS"), Some(AnnexField::EthnicMinorityPoor));
        assert_eq!(field("Số HCN"), Some(AnnexField::NearPoor));
        assert_eq!(field("TL HN (%)"), Some(AnnexField::PoorRate));
        assert_eq!(field("Hộ nghèo cuối năm 2027"), Some(AnnexField::YearEndPoor));
        assert_eq!(field("Số hộ nghèo đầu năm 2027"), Some(AnnexField::Poor));
        assert_eq!(field("Chỉ tiêu giảm hộ nghèo năm 2027"), Some(AnnexField::Reduction));
    }

    #[test]
    fn a_column_is_read_as_group_and_column() {
        let structure = "Cơ cấu hộ nghèo đầu năm 2027";
        let target = "Chỉ tiêu giảm hộ nghèo năm 2027";
        let m = mapping(&[
            &["Thôn, tổ dân phố"],
            &["Dân cư (Hộ)"],
            &["Hộ DTTS"],
            &["Hộ nghèo"],
            &["Tỷ lệ %"],
            &[structure, "HN DTTS"],
            &[structure, "Tỷ lệ %"],
            &[structure, "Hộ BTXH"],
            &[structure, "Tỷ lệ %"],
            &[structure, "Hộ có khả năng thoát nghèo"],
            &[structure, "Tỷ lệ %"],
            &[target, "Số hộ"],
            &[target, "Hộ nghèo cuối năm 2027"],
            &[target, "Tỷ lệ %"],
        ]);
        let read: Vec<AnnexField> = m.columns.iter().filter_map(|c| c.meaning.field()).collect();
        assert_eq!(
            read,
            AnnexField::ALL[1..]
                .iter()
                .copied()
                .filter(|f| !matches!(
                    f,
                    AnnexField::NearPoor | AnnexField::NearPoorRate | AnnexField::ReductionPoints
                ))
                .collect::<Vec<_>>()
        );
        assert_eq!(m.columns[11].confidence, Confidence::FromContext);
        assert!(m.columns[11].why.0.contains(target), "{:?}", m.columns[11].why);
        assert!(m.columns[4].why.1.contains("“Hộ nghèo”"), "{:?}", m.columns[4].why);
        assert_eq!(m.columns[1].confidence, Confidence::Sure);
    }

    #[test]
    fn a_bare_rate_takes_its_meaning_from_the_column_before_it_in_its_group() {
        assert_eq!(
            fields(&[&["Hộ cận nghèo", "Số hộ"], &["Hộ cận nghèo", "Tỷ lệ (%)"], &["Tỷ lệ %"]]),
            [Some(AnnexField::NearPoor), Some(AnnexField::NearPoorRate), None]
        );
        assert_eq!(
            fields(&[&["Chỉ tiêu giảm", "Số hộ"], &["Chỉ tiêu giảm", "TL"]]),
            [Some(AnnexField::Reduction), Some(AnnexField::ReductionPoints)]
        );
        assert_eq!(
            fields(&[&["Hộ nghèo"], &["Trong đó", "DTTS"], &["Trong đó", "BTXH"]]),
            [
                Some(AnnexField::Poor),
                Some(AnnexField::EthnicMinorityPoor),
                Some(AnnexField::SocialProtectionPoor)
            ]
        );
        // "Trong đó" after the households: its "Hộ DTTS" are households.
        assert_eq!(
            fields(&[&["Số hộ dân cư"], &["Trong đó", "Hộ DTTS"]]),
            [Some(AnnexField::Households), Some(AnnexField::EthnicMinority)]
        );
        let m = mapping(&[&["Năm 2026", "Số hộ"]]);
        assert_eq!(m.columns[0].confidence, Confidence::Ambiguous);
    }

    #[test]
    fn every_field_has_a_stable_key() {
        for f in AnnexField::ALL {
            assert_eq!(AnnexField::from_key(&f.key()), Some(f));
            assert!(f.key().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
    }

    #[test]
    fn data_columns_are_the_tables_columns() {
        let columns: Vec<Column> = AnnexField::ALL.into_iter().filter_map(AnnexField::column).collect();
        for c in CELLS.into_iter().chain(RATE_CELLS).chain(PRINTED_CELLS) {
            assert!(columns.contains(&c), "{c:?}");
        }
        assert_eq!(columns.len(), CELLS.len() + RATE_CELLS.len() + PRINTED_CELLS.len());
        assert!(AnnexField::ALL.into_iter().all(|f| !f.label().0.is_empty()));
    }

    #[test]
    fn finds_what_is_missing_and_what_is_twice() {
        let m = mapping(&[&["STT"], &["Thôn"], &["Ghi chú"], &["Hộ nghèo"], &["Số hộ nghèo"]]);
        assert_eq!(missing(&m), [AnnexField::Households]);
        assert_eq!(duplicate(&m), Some((AnnexField::Poor, 3, 4)));
        assert_eq!(recognised(&m), 4);
        assert_eq!(duplicate(&mapping(&[&["Thôn"], &["Số hộ"], &["Hộ nghèo"]])), None);
        let numbers_twice = mapping(&[&["STT"], &["Thôn"], &["Số hộ"], &["Hộ nghèo"], &["TT"]]);
        assert_eq!(duplicate(&numbers_twice), None);
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
