//! Local standards (chuẩn địa phương): a province may adopt higher income
//! lines or another indicator list. An officer starts from a national
//! standard and changes what differs; the change is kept as a small spec
//! (base + overrides) that is saved on the device and carried in links.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vn_format::format_money;

use crate::catalogue::Catalogue;
use crate::household::MAX_INCOME_PER_PERSON;
use crate::questionnaire_rules::Knob;
use crate::standard::{Origin, Rule, Standard};
use lang::Text;
use lang::{Lang, msg};
use lang::{LegalBasis, Status};

pub const MAX_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalSpec {
    /// `dia-phuong-…`, made from the name; never a national id.
    pub id: String,
    pub name: String,
    /// The national standard it starts from.
    pub based_on: String,
    pub rural_line: Decimal,
    pub urban_line: Decimal,
    pub min_deprivations: u32,
    /// Indicators of the base standard left out.
    pub removed: Vec<String>,
    /// Top of the average-living band, where the officer sets one.
    pub rural_band: Option<Decimal>,
    pub urban_band: Option<Decimal>,
    /// Questionnaire thresholds set by the officer, in [`Knob::ALL`]'s
    /// order: one the national text leaves unknown (2027–2030), or the
    /// province's own.
    pub thresholds: Vec<(Knob, Decimal)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalError {
    EmptyName,
    NameTooLong,
    UnknownBase {
        id: String,
    },
    LineNotPositive,
    LineTooLarge,
    /// 2016–2020: the poverty line must stay below the near-poverty line.
    LineNotBelowNearLine,
    BandNotAboveLine,
    MinOutOfRange {
        max: u32,
    },
    NoIndicatorsLeft,
    UnknownIndicator {
        id: String,
    },
    /// The base standard asks no questions, so has no thresholds to set.
    NoQuestionnaire,
    ThresholdOutOfRange {
        knob: Knob,
    },
    /// A lower age not below the upper one (`from` must come first).
    ThresholdsOutOfOrder {
        from: Knob,
        to: Knob,
    },
}

impl LocalError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LocalError::EmptyName => msg!(
                lang,
                "Hãy đặt tên cho chuẩn địa phương.",
                "Give the local standard a name."
            ),
            LocalError::NameTooLong => msg!(
                lang,
                "Tên dài quá {MAX_NAME_CHARS} ký tự.",
                "The name is longer than {MAX_NAME_CHARS} characters."
            ),
            LocalError::UnknownBase { id } => msg!(
                lang,
                "Không có chuẩn quốc gia «{id}» để làm gốc.",
                "There is no national standard “{id}” to start from."
            ),
            LocalError::LineNotPositive => msg!(
                lang,
                "Chuẩn thu nhập phải lớn hơn 0.",
                "An income line must be above 0."
            ),
            LocalError::LineTooLarge => msg!(
                lang,
                "Chuẩn thu nhập không quá {}.",
                "An income line is at most {}.",
                format_money(MAX_INCOME_PER_PERSON)
            ),
            LocalError::LineNotBelowNearLine => msg!(
                lang,
                "Chuẩn nghèo phải thấp hơn chuẩn cận nghèo của chuẩn gốc.",
                "The poverty line must stay below the base standard's near-poverty line."
            ),
            LocalError::BandNotAboveLine => msg!(
                lang,
                "Mức trên của hộ có mức sống trung bình phải cao hơn chuẩn thu nhập.",
                "The top of the average band must be above the income line."
            ),
            LocalError::MinOutOfRange { max } => msg!(
                lang,
                "Số chỉ số thiếu hụt để là hộ nghèo phải từ 1 đến {max}.",
                "The deprivations that make a household poor must be 1 to {max}."
            ),
            LocalError::NoIndicatorsLeft => msg!(
                lang,
                "Phải giữ lại ít nhất một chỉ số thiếu hụt.",
                "Keep at least one deprivation indicator."
            ),
            LocalError::UnknownIndicator { id } => msg!(
                lang,
                "Chuẩn gốc không có chỉ số «{id}».",
                "The base standard has no indicator “{id}”."
            ),
            LocalError::NoQuestionnaire => msg!(
                lang,
                "Chuẩn gốc không có bảng hỏi nên không có ngưỡng để đặt.",
                "The base standard has no questionnaire, so no thresholds to set."
            ),
            LocalError::ThresholdOutOfRange { knob } => msg!(lang, vi: format!(
                "«{}» phải lớn hơn 0, không quá {}{}.",
                knob.name().vi,
                vn_format::format_integer(knob.max()),
                if knob.whole() { " và là số nguyên" } else { "" }
            ), en: format!(
                "“{}” must be above 0 and at most {}{}.",
                knob.name().en,
                vn_format::format_integer(knob.max()),
                if knob.whole() { ", a whole number" } else { "" }
            )),
            LocalError::ThresholdsOutOfOrder { from, to } => {
                msg!(lang, vi: format!("«{}» phải nhỏ hơn «{}».", from.name().vi, to.name().vi), en: format!("“{}” must be below “{}”.", from.name().en, to.name().en))
            }
        }
    }
}

/// `Hà Nội 2026` → `dia-phuong-ha-noi-2026`.
pub fn local_id(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(fold_vietnamese) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(30).collect();
    format!(
        "dia-phuong-{}",
        if slug.is_empty() {
            "moi"
        } else {
            slug.trim_end_matches('-')
        }
    )
}

/// Vietnamese letters without their marks, for ids.
fn fold_vietnamese(c: char) -> Option<char> {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
        ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
        ("ìíỉĩịÌÍỈĨỊ", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
        ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
        ("ỳýỷỹỵỲÝỶỸỴ", 'y'),
        ("đĐ", 'd'),
    ];
    if c.is_ascii() {
        return Some(c);
    }
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map(|(_, plain)| *plain)
        .or(Some('-'))
}

impl LocalSpec {
    /// A spec that changes nothing yet: the base standard's own values.
    pub fn from_national(base: &Standard, name: &str) -> LocalSpec {
        LocalSpec {
            id: local_id(name),
            name: name.to_owned(),
            based_on: base.id.clone(),
            rural_line: base.income_line.rural,
            urban_line: base.income_line.urban,
            min_deprivations: base.rule.min_deprivations(),
            removed: Vec::new(),
            rural_band: base.average_band.as_ref().map(|b| b.rural),
            urban_band: base.average_band.as_ref().map(|b| b.urban),
            thresholds: Vec::new(),
        }
    }

    /// The standard this spec makes from its base, or every reason it cannot.
    pub fn build(&self, catalogue: &Catalogue) -> Result<Standard, Vec<LocalError>> {
        let Some(base) = catalogue.national_standards().find(|s| s.id == self.based_on) else {
            return Err(vec![LocalError::UnknownBase {
                id: self.based_on.clone(),
            }]);
        };
        let errors = self.check(base);
        if !errors.is_empty() {
            return Err(errors);
        }
        let user = LegalBasis {
            document_id: None,
            document: format!("Chuẩn địa phương «{}» do người dùng nhập", self.name.trim()),
            article: None,
            status: Status::Unverified,
            note: Some(Text::new(
                "Do người dùng đặt, không phải chuẩn quốc gia.",
                "Set by the user; not a national standard.",
            )),
        };
        let mut standard = base.clone();
        standard.id = self.id.clone();
        standard.name = Text::new(&self.name, &self.name);
        standard.origin = Origin::Local {
            based_on: base.id.clone(),
        };
        standard.note = Some(Text {
            vi: format!("Chuẩn địa phương do người dùng tạo từ {}.", base.name.vi),
            en: format!("A local, user-defined standard made from {}.", base.name.en),
        });
        standard.basis = user.clone();
        if (self.rural_line, self.urban_line) != (base.income_line.rural, base.income_line.urban) {
            standard.income_line.rural = self.rural_line;
            standard.income_line.urban = self.urban_line;
            standard.income_line.basis = user.clone();
        }
        if self.min_deprivations != base.rule.min_deprivations() || !self.removed.is_empty() {
            match &mut standard.rule {
                Rule::SingleLine {
                    min_deprivations,
                    basis,
                }
                | Rule::TwoTier {
                    min_deprivations,
                    basis,
                    ..
                } => {
                    *min_deprivations = self.min_deprivations;
                    *basis = user.clone();
                }
            }
        }
        match (self.rural_band, self.urban_band, &mut standard.average_band) {
            (Some(rural), Some(urban), Some(band)) if (rural, urban) != (band.rural, band.urban) => {
                band.rural = rural;
                band.urban = urban;
                band.basis = user.clone();
            }
            (Some(rural), Some(urban), band @ None) => {
                *band = Some(crate::standard::IncomeLine {
                    rural,
                    urban,
                    basis: user.clone(),
                });
            }
            (None, _, band) | (_, None, band) => *band = None,
            _ => {}
        }
        for dimension in &mut standard.dimensions {
            dimension.indicators.retain(|i| !self.removed.contains(&i.id));
        }
        standard.dimensions.retain(|d| !d.indicators.is_empty());
        if let Some(source) = &mut standard.questionnaire {
            source.local = self.thresholds.clone();
            source.local_basis = Some(user.clone());
        }
        // The review's points form belongs to the national standard only.
        standard.review_scores = None;
        Ok(standard)
    }

    fn check(&self, base: &Standard) -> Vec<LocalError> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(LocalError::EmptyName);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            errors.push(LocalError::NameTooLong);
        }
        for line in [self.rural_line, self.urban_line] {
            if line <= Decimal::ZERO {
                errors.push(LocalError::LineNotPositive);
            } else if line > MAX_INCOME_PER_PERSON {
                errors.push(LocalError::LineTooLarge);
            }
        }
        if let Rule::TwoTier { near_poverty_line, .. } = &base.rule
            && (self.rural_line >= near_poverty_line.rural || self.urban_line >= near_poverty_line.urban)
        {
            errors.push(LocalError::LineNotBelowNearLine);
        }
        let top_of_lists = |line: Decimal, near: Option<Decimal>| near.unwrap_or(line).max(line);
        let near = |rural: bool| match &base.rule {
            Rule::TwoTier { near_poverty_line, .. } => Some(if rural {
                near_poverty_line.rural
            } else {
                near_poverty_line.urban
            }),
            Rule::SingleLine { .. } => None,
        };
        let band_ok = |band: Option<Decimal>, line, rural| band.is_none_or(|b| b > top_of_lists(line, near(rural)));
        if !band_ok(self.rural_band, self.rural_line, true) || !band_ok(self.urban_band, self.urban_line, false) {
            errors.push(LocalError::BandNotAboveLine);
        }
        for id in &self.removed {
            if base.indicator(id).is_none() {
                errors.push(LocalError::UnknownIndicator { id: id.clone() });
            }
        }
        let kept = base.indicators().filter(|i| !self.removed.contains(&i.id)).count() as u32;
        if kept == 0 {
            errors.push(LocalError::NoIndicatorsLeft);
        } else if self.min_deprivations == 0 || self.min_deprivations > kept {
            errors.push(LocalError::MinOutOfRange { max: kept });
        }
        self.check_thresholds(base, &mut errors);
        errors.dedup();
        errors
    }

    /// Thresholds need a questionnaire to set. Their values are checked
    /// where the rules are built (`QuestionnaireRules::problems`: the
    /// questionnaire and the local standards page), so that a page which
    /// never asks the questions carries none of that.
    fn check_thresholds(&self, base: &Standard, errors: &mut Vec<LocalError>) {
        if !self.thresholds.is_empty() && base.questionnaire.is_none() {
            errors.push(LocalError::NoQuestionnaire);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{Category, Facts, classify};
    use crate::standard::Area;

    fn national() -> Catalogue {
        Catalogue::national()
    }

    fn spec(name: &str) -> LocalSpec {
        LocalSpec::from_national(national().get("nd07-2021").unwrap(), name)
    }

    #[test]
    fn ids_come_from_the_name_without_marks() {
        assert_eq!(local_id("Hà Nội 2026"), "dia-phuong-ha-noi-2026");
        assert_eq!(
            local_id("  Thành phố Hồ Chí Minh!! "),
            "dia-phuong-thanh-pho-ho-chi-minh"
        );
        assert_eq!(local_id("???"), "dia-phuong-moi");
    }

    #[test]
    fn a_higher_local_line_changes_the_result_and_is_marked_unverified() {
        let mut s = spec("Hà Nội");
        s.rural_line = Decimal::from(2_000_000);
        s.rural_band = Some(Decimal::from(3_000_000));
        let local = s.build(&national()).unwrap();
        assert!(local.is_local());
        assert_eq!(local.income_line.basis.status, Status::Unverified);
        assert!(local.income_line.basis.document.contains("Hà Nội"));
        let facts = Facts {
            area: Area::Rural,
            income_per_person: Decimal::from(1_800_000),
            deprivations: 3,
        };
        assert_eq!(classify(&local, &facts).category, Category::Poor);
        assert_eq!(
            classify(national().get("nd07-2021").unwrap(), &facts).category,
            Category::AverageLiving
        );
        // Unchanged items keep their national basis.
        assert_eq!(local.indicator("dinh-duong").unwrap().basis.status, Status::Secondary);
        assert!(local.review_scores.is_none());
    }

    #[test]
    fn removing_indicators_and_changing_the_count() {
        let mut s = spec("Thử");
        s.removed = vec!["vien-thong".into(), "tiep-can-thong-tin".into()];
        s.min_deprivations = 2;
        let local = s.build(&national()).unwrap();
        assert_eq!(local.indicator_count(), 10);
        assert!(
            local.dimensions.iter().all(|d| d.id != "thong-tin"),
            "an emptied dimension goes"
        );
        assert_eq!(local.rule.min_deprivations(), 2);
    }

    #[test]
    fn refuses_what_cannot_be_a_standard() {
        let c = national();
        let mut s = spec(" ");
        s.rural_line = Decimal::ZERO;
        s.urban_band = Some(Decimal::from(1_000_000));
        s.min_deprivations = 13;
        s.removed = vec!["khong-co".into()];
        let errors = s.build(&c).unwrap_err();
        assert_eq!(
            errors,
            vec![
                LocalError::EmptyName,
                LocalError::LineNotPositive,
                LocalError::BandNotAboveLine,
                LocalError::UnknownIndicator { id: "khong-co".into() },
                LocalError::MinOutOfRange { max: 12 },
            ]
        );
        let mut all_gone = spec("x");
        all_gone.removed = national()
            .get("nd07-2021")
            .unwrap()
            .indicators()
            .map(|i| i.id.clone())
            .collect();
        assert_eq!(all_gone.build(&c).unwrap_err(), vec![LocalError::NoIndicatorsLeft]);
        let mut unknown = spec("x");
        unknown.based_on = "dia-phuong-khac".into();
        assert!(matches!(
            unknown.build(&c).unwrap_err()[0],
            LocalError::UnknownBase { .. }
        ));
        for e in errors {
            assert_ne!(e.message(Lang::Vi), e.message(Lang::En));
        }
    }

    #[test]
    fn the_two_tier_base_keeps_its_order() {
        let c = national();
        let mut s = LocalSpec::from_national(c.get("qd59-2015").unwrap(), "2016 địa phương");
        s.rural_line = Decimal::from(1_000_000);
        assert!(s.build(&c).unwrap_err().contains(&LocalError::LineNotBelowNearLine));
        s.rural_line = Decimal::from(800_000);
        assert!(s.build(&c).is_ok());
    }
}
