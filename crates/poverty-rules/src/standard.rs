use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vn_format::Date;

use crate::questionnaire_rules::QuestionnaireSource;
use lang::Text;
use lang::{LegalBasis, Status};

/// Khu vực: rural (nông thôn) or urban (thành thị, "đô thị" from 2027).
/// Rural is the default: most communes that plan are rural.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    #[default]
    Rural,
    Urban,
}

/// An amount for each area, in đồng per person per month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaAmounts {
    pub rural: Decimal,
    pub urban: Decimal,
}

impl AreaAmounts {
    pub fn get(&self, area: Area) -> Decimal {
        match area {
            Area::Rural => self.rural,
            Area::Urban => self.urban,
        }
    }
}

/// An income line (or the top of a band) by area, with its basis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeLine {
    pub rural: Decimal,
    pub urban: Decimal,
    pub basis: LegalBasis,
}

impl IncomeLine {
    pub fn get(&self, area: Area) -> Decimal {
        match area {
            Area::Rural => self.rural,
            Area::Urban => self.urban,
        }
    }
}

/// Who is poor and who is near-poor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// 2022 onwards: at or below the income line, poor with at least
    /// `min_deprivations` deprivations, near-poor with fewer.
    SingleLine { min_deprivations: u32, basis: LegalBasis },
    /// 2016–2020: at or below the poverty line, poor whatever the
    /// deprivations; above it up to the near-poverty line, poor with at
    /// least `min_deprivations`, near-poor with fewer.
    TwoTier {
        near_poverty_line: AreaAmounts,
        min_deprivations: u32,
        basis: LegalBasis,
    },
}

impl Rule {
    pub fn min_deprivations(&self) -> u32 {
        match self {
            Rule::SingleLine { min_deprivations, .. } | Rule::TwoTier { min_deprivations, .. } => *min_deprivations,
        }
    }

    pub fn basis(&self) -> &LegalBasis {
        match self {
            Rule::SingleLine { basis, .. } | Rule::TwoTier { basis, .. } => basis,
        }
    }
}

/// Người lao động có thu nhập thấp (Nghị định 30/2025/NĐ-CP): the workers
/// of a household neither poor nor near-poor with income per person up to
/// `top` count as low-income workers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LowIncomeWorkers {
    pub top: AreaAmounts,
    /// What it brings (hỗ trợ đào tạo nghề).
    pub support: Text,
    pub basis: LegalBasis,
}

/// The review's points form (Thông tư 07/2021/TT-BLĐTBXH): score A stands
/// in for income, score B counts deprivations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewScores {
    pub rural_threshold: Decimal,
    pub urban_threshold: Decimal,
    pub points_per_deprivation: Decimal,
    /// The scores and their thresholds.
    pub basis: LegalBasis,
    /// The review procedure the form belongs to (Quyết định 24/2021/QĐ-TTg).
    pub procedure: LegalBasis,
}

impl ReviewScores {
    pub fn threshold(&self, area: Area) -> Decimal {
        match area {
            Area::Rural => self.rural_threshold,
            Area::Urban => self.urban_threshold,
        }
    }
}

/// A deprivation indicator (chỉ số thiếu hụt) and what counts as deprived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
    /// Where the indicator is named: a text can list the names and leave
    /// the thresholds to guidance (Quyết định 59/2015/QĐ-TTg does).
    pub name_basis: LegalBasis,
    pub threshold: Text,
    /// Where the threshold comes from.
    pub basis: LegalBasis,
}

/// A dimension (chiều / dịch vụ xã hội cơ bản) and its indicators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    pub indicators: Vec<Indicator>,
}

/// A national standard, or one an officer made from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    National,
    Local {
        based_on: String,
    },
}

/// A national standard's name, dates and indicators (`(id, vi, en)`), as
/// the build writes them from its data file: what a page that only names
/// indicators carries, without the rest of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StandardIndicators {
    pub id: &'static str,
    pub name: (&'static str, &'static str),
    pub valid_from: Date,
    pub valid_to: Date,
    /// The weakest status of the standard's basis and of its indicators'
    /// names and thresholds: what a page naming them shows.
    pub status: Status,
    pub indicators: &'static [(&'static str, &'static str, &'static str)],
}

impl StandardIndicators {
    /// The standard in force on `date`, as `Catalogue::in_force_on` finds it.
    pub fn in_force_on(date: Date) -> Option<&'static StandardIndicators> {
        crate::catalogue::INDICATOR_INDEX
            .iter()
            .find(|s| s.valid_from <= date && date <= s.valid_to)
    }

    pub fn all() -> &'static [StandardIndicators] {
        crate::catalogue::INDICATOR_INDEX
    }
}

/// A poverty standard of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standard {
    pub id: String,
    pub name: Text,
    pub period: String,
    pub valid_from: Date,
    pub valid_to: Date,
    pub note: Option<Text>,
    pub basis: LegalBasis,
    pub origin: Origin,
    pub income_line: IncomeLine,
    pub rule: Rule,
    /// The top of the average-living-standard band; `None` where unknown.
    pub average_band: Option<IncomeLine>,
    /// `None` where not known for the period.
    pub low_income_workers: Option<LowIncomeWorkers>,
    pub review_scores: Option<ReviewScores>,
    /// Where the guided questionnaire's rules come from; `None` where the
    /// standard asks no questions. The rules themselves are built only when
    /// asked for ([`Standard::questionnaire_rules`]).
    pub questionnaire: Option<QuestionnaireSource>,
    pub dimensions: Vec<Dimension>,
}

impl Standard {
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.dimensions.iter().flat_map(|d| d.indicators.iter())
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators().find(|i| i.id == id)
    }

    pub fn indicator_count(&self) -> u32 {
        self.indicators().count() as u32
    }

    pub fn in_force_on(&self, date: Date) -> bool {
        self.valid_from <= date && date <= self.valid_to
    }

    pub fn is_local(&self) -> bool {
        matches!(self.origin, Origin::Local { .. })
    }

    /// The national standard it is, or a local one was made from.
    pub fn national_base(&self) -> String {
        match &self.origin {
            Origin::Local { based_on } => based_on.clone(),
            Origin::National => self.id.clone(),
        }
    }

    /// Every legal basis the standard rests on, but the questionnaire's
    /// (built only when asked for: [`Standard::all_bases`]).
    pub fn bases(&self) -> Vec<&LegalBasis> {
        let mut all = vec![&self.basis, &self.income_line.basis, self.rule.basis()];
        all.extend(self.average_band.iter().map(|b| &b.basis));
        all.extend(self.low_income_workers.iter().map(|l| &l.basis));
        all.extend(self.review_scores.iter().flat_map(|r| [&r.basis, &r.procedure]));
        all.extend(self.indicators().flat_map(|i| [&i.name_basis, &i.basis]));
        all
    }

    /// The least certain status of anything in the standard, its
    /// questionnaire's included.
    pub fn weakest_status(&self) -> Status {
        self.bases()
            .into_iter()
            .map(|b| b.status)
            .chain(self.questionnaire.as_ref().map(QuestionnaireSource::weakest))
            .min()
            .unwrap_or(Status::Unverified)
    }
}
