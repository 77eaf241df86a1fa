//! Names of kinds, sources and columns in the current language, and the
//! slugs the page's control ids use.

use funding::{Column, Kind, Source};

use crate::i18n::{FundingTexts, Lang};

pub fn source_name(lang: Lang, source: Source) -> &'static str {
    let (vi, en) = source.name();
    if lang == Lang::Vi { vi } else { en }
}

pub fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    let (vi, en) = kind.name();
    if lang == Lang::Vi { vi } else { en }
}

/// A column's heading, as cell labels and findings name it.
pub fn column_name(t: &'static FundingTexts, lang: Lang, column: Column) -> &'static str {
    match column {
        Column::Amount(source) => source_name(lang, source),
        Column::Disbursement => t.col_disbursement,
        Column::Total => t.col_typed,
        Column::CounterpartPercent => t.counterpart_percent,
    }
}

/// In control ids: `dong-3-nstw`.
pub fn source_slug(source: Source) -> &'static str {
    match source {
        Source::Central => "nstw",
        Source::LocalCounterpart => "nsdp",
        Source::Credit => "tdcs",
        Source::People => "dan",
        Source::Other => "khac",
    }
}

pub fn kind_slug(kind: Kind) -> &'static str {
    match kind {
        Kind::Investment => "dtpt",
        Kind::Recurrent => "sn",
    }
}

pub fn kind_from_slug(slug: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| kind_slug(*k) == slug)
}

pub fn source_from_slug(slug: &str) -> Option<Source> {
    Source::ALL.into_iter().find(|s| source_slug(*s) == slug)
}
