//! The columns of a printed funding table (biểu kinh phí) and how their
//! headings are read: alone (`NSTW`, `Vốn sự nghiệp`), or as group +
//! column, a source under a kind of money (`Vốn đầu tư phát triển / NSTW`)
//! or a total under a kind (`Vốn sự nghiệp / Tổng số`).

use csv_text::fold_key;
use table_grid::{ColumnLabel, ColumnMapping, Confidence, FieldKey, MappedColumn, Meaning};

use crate::money::{Kind, Source};

/// What a column of a funding table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundingField {
    /// Số thứ tự: not read.
    Number,
    /// A project's code, `DA1`, `DA3.TDA1`.
    Code,
    /// A project's name, `Dự án 2: Đa dạng hóa sinh kế…`.
    Project,
    /// The commune or village the money goes to.
    SubUnit,
    /// All money of the row.
    Total,
    /// All money of one kind.
    KindTotal(Kind),
    /// One source: of one kind when under its heading, else of both.
    Amount(Option<Kind>, Source),
    /// Expected disbursement, in percent.
    Disbursement,
    /// Expected disbursement in money: computed by the page from the
    /// percentage, so listed in a notice and not read.
    DisbursedMoney,
}

const KINDS: [Option<Kind>; 3] = [None, Some(Kind::Investment), Some(Kind::Recurrent)];

impl FundingField {
    /// Every field, in the order a table prints them.
    pub fn all() -> Vec<FundingField> {
        let mut all = vec![
            FundingField::Number,
            FundingField::Code,
            FundingField::Project,
            FundingField::SubUnit,
            FundingField::Total,
        ];
        all.extend(Kind::ALL.map(FundingField::KindTotal));
        for kind in KINDS {
            all.extend(Source::ALL.map(|s| FundingField::Amount(kind, s)));
        }
        all.extend([FundingField::Disbursement, FundingField::DisbursedMoney]);
        all
    }

    /// The headings accepted for the field alone; a source of one kind is
    /// only read under its kind's heading.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            FundingField::Number => &["STT", "TT", "Số TT"],
            FundingField::Code => &["Mã", "Mã dự án", "Mã số"],
            FundingField::Project => &[
                "Dự án, tiểu dự án",
                "Dự án",
                "Tên dự án",
                "Nội dung",
                "Dự án, tiểu dự án, nội dung",
                "Chương trình, dự án",
            ],
            FundingField::SubUnit => &["Xã, thôn", "Địa bàn", "Đơn vị thực hiện", "Xã", "Thôn"],
            FundingField::Total => &["Tổng cộng", "Tổng số", "Tổng kinh phí", "Tổng", "Cộng"],
            FundingField::KindTotal(Kind::Investment) => {
                &["Vốn đầu tư phát triển", "Đầu tư phát triển", "Vốn ĐTPT", "ĐTPT"]
            }
            FundingField::KindTotal(Kind::Recurrent) => &["Vốn sự nghiệp", "Sự nghiệp", "Kinh phí sự nghiệp", "SN"],
            FundingField::Amount(None, Source::Central) => &["Ngân sách trung ương", "NSTW", "Trung ương", "Vốn NSTW"],
            FundingField::Amount(None, Source::LocalCounterpart) => &[
                "Ngân sách địa phương đối ứng",
                "Ngân sách địa phương",
                "NSĐP",
                "Địa phương",
                "Vốn đối ứng",
                "Đối ứng",
            ],
            FundingField::Amount(None, Source::Credit) => {
                &["Vốn tín dụng chính sách", "Tín dụng chính sách", "Tín dụng", "Vốn vay"]
            }
            FundingField::Amount(None, Source::People) => &[
                "Người dân đóng góp",
                "Dân đóng góp",
                "Nhân dân đóng góp",
                "Huy động người dân",
            ],
            FundingField::Amount(None, Source::Other) => &["Nguồn khác", "Khác", "Vốn khác", "Huy động khác"],
            FundingField::Amount(Some(_), _) => &[],
            FundingField::Disbursement => &[
                "Tỷ lệ giải ngân (%)",
                "Tỷ lệ giải ngân",
                "Tỷ lệ giải ngân dự kiến",
                "Tỷ lệ giải ngân dự kiến (%)",
                "Giải ngân dự kiến (%)",
            ],
            FundingField::DisbursedMoney => &["Giải ngân dự kiến", "Số vốn giải ngân dự kiến"],
        }
    }

    /// What the column holds, `(vi, en)`.
    pub fn label(self) -> (String, String) {
        let of_kind = |kind: Option<Kind>, (vi, en): (&str, &str)| match kind {
            Some(k) => (
                format!("{vi}, {}", vn_format::lowercase(k.name().0)),
                format!("{en}, {}", vn_format::lowercase(k.name().1)),
            ),
            None => (vi.to_owned(), en.to_owned()),
        };
        match self {
            FundingField::Number => ("số thứ tự".into(), "row number".into()),
            FundingField::Code => ("mã dự án".into(), "project code".into()),
            FundingField::Project => ("dự án, tiểu dự án".into(), "project or sub-project".into()),
            FundingField::SubUnit => ("xã, thôn".into(), "commune or village".into()),
            FundingField::Total => ("tổng cộng".into(), "total".into()),
            FundingField::KindTotal(k) => of_kind(Some(k), ("tổng", "total")),
            FundingField::Amount(kind, s) => {
                let (vi, en) = s.name();
                of_kind(kind, (&vn_format::lowercase(vi), &vn_format::lowercase(en)))
            }
            FundingField::Disbursement => ("tỷ lệ giải ngân dự kiến".into(), "expected disbursement rate".into()),
            FundingField::DisbursedMoney => (
                "số vốn giải ngân dự kiến".into(),
                "expected disbursement in money".into(),
            ),
        }
    }

    /// Money columns: amounts, read with the money rules.
    pub(crate) fn is_money(self) -> bool {
        matches!(
            self,
            FundingField::Total | FundingField::KindTotal(_) | FundingField::Amount(..)
        )
    }
}

/// Keys of the amounts, kind by kind (`KINDS`), source by source
/// (`Source::ALL`), with the funding text's words for them.
const AMOUNT_KEYS: [&str; 15] = [
    "nstw",
    "nsdp",
    "tdcs",
    "dan",
    "khac",
    "dtpt-nstw",
    "dtpt-nsdp",
    "dtpt-tdcs",
    "dtpt-dan",
    "dtpt-khac",
    "sn-nstw",
    "sn-nsdp",
    "sn-tdcs",
    "sn-dan",
    "sn-khac",
];

impl FieldKey for FundingField {
    fn key(self) -> String {
        let key = match self {
            FundingField::Number => "stt",
            FundingField::Code => "ma",
            FundingField::Project => "du-an",
            FundingField::SubUnit => "dia-ban",
            FundingField::Total => "tong",
            FundingField::KindTotal(Kind::Investment) => "tong-dtpt",
            FundingField::KindTotal(Kind::Recurrent) => "tong-sn",
            FundingField::Amount(kind, source) => {
                let k = KINDS.iter().position(|x| *x == kind).unwrap_or(0);
                let s = Source::ALL.iter().position(|x| *x == source).unwrap_or(0);
                AMOUNT_KEYS[k * 5 + s]
            }
            FundingField::Disbursement => "giai-ngan",
            FundingField::DisbursedMoney => "von-giai-ngan",
        };
        key.to_owned()
    }

    fn from_key(key: &str) -> Option<FundingField> {
        FundingField::all().into_iter().find(|f| f.key() == key)
    }
}

/// The key two spellings of one heading share: case, diacritics, spaces,
/// punctuation, a leading `Trong đó` and the unit `(triệu đồng)`
/// forgiven.
pub(crate) fn heading_key(text: &str) -> String {
    let mut key: String = fold_key(text)
        .chars()
        .filter(|c| !matches!(c, ',' | ':' | ';'))
        .collect();
    if let Some(rest) = key.strip_prefix("trongdo") {
        key = rest.to_owned();
    }
    // Not "(%)": it tells the disbursement rate from its money.
    for unit in ["(trieudong)", "(trd)"] {
        if let Some(rest) = key.strip_suffix(unit) {
            key.truncate(rest.len());
        }
    }
    key
}

fn field_of(key: &str) -> Option<FundingField> {
    FundingField::all()
        .into_iter()
        .find(|f| f.headers().iter().any(|h| heading_key(h) == key))
}

/// One column, read with its innermost group heading.
fn understand(label: &ColumnLabel) -> (Meaning<FundingField>, Confidence, (String, String)) {
    let header = label.header();
    if header.is_empty() {
        return (
            Meaning::Unknown,
            Confidence::Unknown,
            ("cột không có tiêu đề".into(), "the column has no heading".into()),
        );
    }
    let own = field_of(&heading_key(header));
    let group = label.groups().last();
    let group_kind = group.and_then(|g| match field_of(&heading_key(g)) {
        Some(FundingField::KindTotal(k)) => Some(k),
        _ => None,
    });
    let said = |field: FundingField, confidence: Confidence, (vi, en): (String, String)| {
        (Meaning::Field(field), confidence, (vi, en))
    };
    match (own, group_kind, group) {
        (Some(FundingField::Amount(None, source)), Some(kind), Some(g)) => {
            let field = FundingField::Amount(Some(kind), source);
            let (lv, le) = field.label();
            said(
                field,
                Confidence::FromContext,
                (
                    format!("«{header}» nằm trong nhóm «{g}» nên là {lv}"),
                    format!("“{header}” is under “{g}”, so it is the {le}"),
                ),
            )
        }
        (Some(FundingField::Total), Some(kind), Some(g)) => {
            let field = FundingField::KindTotal(kind);
            let (lv, le) = field.label();
            said(
                field,
                Confidence::FromContext,
                (
                    format!("«{header}» nằm trong nhóm «{g}» nên là {lv}"),
                    format!("“{header}” is under “{g}”, so it is the {le}"),
                ),
            )
        }
        (Some(field), _, _) => {
            let (lv, le) = field.label();
            said(
                field,
                Confidence::Sure,
                (
                    format!("tiêu đề «{header}» là một cách ghi của cột {lv}"),
                    format!("the heading “{header}” is a spelling of the {le} column"),
                ),
            )
        }
        (None, _, _) => (
            Meaning::Unknown,
            Confidence::Unknown,
            (
                format!("tiêu đề «{header}» không phải cột nào của biểu kinh phí"),
                format!("the heading “{header}” is not a column of the funding table"),
            ),
        ),
    }
}

pub(crate) fn funding_mapping(labels: &[ColumnLabel]) -> ColumnMapping<FundingField> {
    ColumnMapping::new(
        labels
            .iter()
            .map(|label| {
                let (meaning, confidence, why) = understand(label);
                MappedColumn::new(label.clone(), meaning, confidence, why)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(columns: &[&[&str]]) -> Vec<Option<FundingField>> {
        let labels: Vec<ColumnLabel> = columns
            .iter()
            .enumerate()
            .map(|(column, parts)| ColumnLabel {
                column,
                parts: parts.iter().map(|p| p.to_string()).collect(),
            })
            .collect();
        funding_mapping(&labels)
            .columns
            .iter()
            .map(|c| c.meaning.field())
            .collect()
    }

    #[test]
    fn each_spelling_names_one_field_only() {
        for f in FundingField::all() {
            for h in f.headers() {
                assert_eq!(fields(&[&[h]]), [Some(f)], "{h}");
            }
            assert_eq!(FundingField::from_key(&f.key()), Some(f));
        }
    }

    #[test]
    fn a_source_under_a_kind_is_of_that_kind() {
        use FundingField::*;
        let dtpt = "Vốn đầu tư phát triển";
        let sn = "Vốn sự nghiệp (triệu đồng)";
        assert_eq!(
            fields(&[
                &["Mã"],
                &["Dự án, tiểu dự án"],
                &["Tổng cộng"],
                &[dtpt, "Tổng số"],
                &[dtpt, "NSTW"],
                &[dtpt, "NSĐP"],
                &[sn, "Tổng số"],
                &[sn, "Ngân sách trung ương"],
                &["Chia theo nguồn", "Dân đóng góp"],
                &["Ghi chú"],
            ]),
            [
                Some(Code),
                Some(Project),
                Some(Total),
                Some(KindTotal(Kind::Investment)),
                Some(Amount(Some(Kind::Investment), Source::Central)),
                Some(Amount(Some(Kind::Investment), Source::LocalCounterpart)),
                Some(KindTotal(Kind::Recurrent)),
                Some(Amount(Some(Kind::Recurrent), Source::Central)),
                Some(Amount(None, Source::People)),
                None,
            ]
        );
    }

    #[test]
    fn the_documentation_lists_every_accepted_heading() {
        let doc = include_str!("../../../docs/funding.md");
        for f in FundingField::all() {
            for h in f.headers() {
                assert!(doc.contains(&format!("`{h}`")), "docs/funding.md does not list `{h}`");
            }
        }
    }
}
