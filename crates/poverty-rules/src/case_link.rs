//! The classification case in a URL query, so a link reproduces it. Keys
//! and values are short Vietnamese words; nothing names a person. The format
//! is documented in `docs/share-links.md`.

use link_text::{decode, encode, raw_pairs};
use rust_decimal::Decimal;
use vn_format::parse_number;

use crate::case_form::{CaseForm, IncomeMethod};
use crate::local::{LocalSpec, local_id};
use crate::questionnaire_rules::Knob;
use crate::standard::Area;
use lang::{Lang, msg};

/// Longest value kept from a link; longer ones are hand-made or broken.
const MAX_VALUE_LEN: usize = 100;
const MAX_INDICATORS: usize = 30;

/// Something in a link that could not be used, and was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkProblem {
    pub key: String,
    pub value: String,
}

impl LinkProblem {
    pub fn message(&self, lang: Lang) -> String {
        msg!(
            lang,
            "Đường liên kết có giá trị không dùng được ở «{}»: «{}». Phần này đã được bỏ qua.",
            "The link has an unusable value for “{}”: “{}”. It was left out.",
            self.key,
            self.value
        )
    }
}

fn area_word(area: Area) -> &'static str {
    match area {
        Area::Rural => "nong-thon",
        Area::Urban => "thanh-thi",
    }
}

fn method_word(method: IncomeMethod) -> &'static str {
    match method {
        IncomeMethod::PerPerson => "binh-quan",
        IncomeMethod::Household => "ca-ho",
        IncomeMethod::Scores => "diem",
    }
}

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 40
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `chuan=nd07-2021&kv=nong-thon&tn=1.500.000&thieu=nguon-nuoc,nha-tieu`.
pub fn to_query(form: &CaseForm) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(id) = &form.standard {
        pairs.push(("chuan", id.clone()));
    }
    if let Some(local) = form
        .local
        .as_ref()
        .filter(|l| form.standard.as_deref() == Some(l.id.as_str()))
    {
        pairs.extend(local_pairs(local));
    }
    pairs.push(("kv", area_word(form.area).to_owned()));
    pairs.push(("cach", method_word(form.method).to_owned()));
    let fields: &[(&str, &String)] = match form.method {
        IncomeMethod::PerPerson => &[("tn", &form.income_per_person)],
        IncomeMethod::Household => &[("tnh", &form.household_income), ("tv", &form.members)],
        IncomeMethod::Scores => &[("da", &form.score_a), ("db", &form.score_b)],
    };
    for (key, value) in fields {
        if !value.trim().is_empty() {
            pairs.push((key, value.trim().to_owned()));
        }
    }
    if !form.deprived.is_empty() {
        pairs.push(("thieu", form.deprived.join(",")));
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Reads a query (with or without its `?`). Unknown keys are ignored;
/// unusable values are reported and left out, never guessed.
pub fn from_query(query: &str) -> (CaseForm, Vec<LinkProblem>) {
    let mut form = CaseForm::default();
    let mut problems = Vec::new();
    let mut local_keys: Vec<(String, String)> = Vec::new();
    for (key, raw) in raw_pairs(query) {
        let max_len = if key == "thieu" {
            MAX_INDICATORS * 41
        } else {
            MAX_VALUE_LEN
        };
        let Some(value) = decode(raw).filter(|v| v.chars().count() <= max_len) else {
            problems.push(LinkProblem {
                key: key.chars().take(20).collect(),
                value: raw.chars().take(20).collect::<String>() + "…",
            });
            continue;
        };
        let mut problem = || {
            problems.push(LinkProblem {
                key: key.to_owned(),
                value: value.clone(),
            })
        };
        match key {
            "chuan" if is_id(&value) => form.standard = Some(value.clone()),
            "kv" if value == "nong-thon" => form.area = Area::Rural,
            "kv" if value == "thanh-thi" => form.area = Area::Urban,
            "cach" if value == "binh-quan" => form.method = IncomeMethod::PerPerson,
            "cach" if value == "ca-ho" => form.method = IncomeMethod::Household,
            "cach" if value == "diem" => form.method = IncomeMethod::Scores,
            "tn" => form.income_per_person = value.clone(),
            "tnh" => form.household_income = value.clone(),
            "tv" => form.members = value.clone(),
            "da" => form.score_a = value.clone(),
            "db" => form.score_b = value.clone(),
            "thieu" => {
                for id in value.split(',').filter(|s| !s.is_empty()) {
                    if form.deprived.len() == MAX_INDICATORS {
                        problems.push(LinkProblem {
                            key: key.to_owned(),
                            value: format!("{id}…"),
                        });
                        break;
                    }
                    if is_id(id) {
                        if !form.is_deprived(id) {
                            form.deprived.push(id.to_owned());
                        }
                    } else {
                        problems.push(LinkProblem {
                            key: key.to_owned(),
                            value: id.chars().take(40).collect(),
                        });
                    }
                }
            }
            "chuan" | "kv" | "cach" => problem(),
            key if key.starts_with("dp-") => local_keys.push((key.to_owned(), value.clone())),
            _ => {}
        }
    }
    form.local = local_from(&local_keys, &mut problems);
    if let Some(local) = &form.local {
        form.standard.get_or_insert_with(|| local.id.clone());
    }
    (form, problems)
}

/// A local standard as `dp-…` keys: its base and what it changes.
fn local_pairs(local: &LocalSpec) -> Vec<(&'static str, String)> {
    let mut pairs = vec![
        ("dp-goc", local.based_on.clone()),
        ("dp-ten", local.name.clone()),
        ("dp-nt", plain_number(local.rural_line)),
        ("dp-tt", plain_number(local.urban_line)),
        ("dp-min", local.min_deprivations.to_string()),
    ];
    if !local.removed.is_empty() {
        pairs.push(("dp-bo", local.removed.join(",")));
    }
    if let (Some(rural), Some(urban)) = (local.rural_band, local.urban_band) {
        pairs.push(("dp-tb-nt", plain_number(rural)));
        pairs.push(("dp-tb-tt", plain_number(urban)));
    }
    if !local.thresholds.is_empty() {
        let set: Vec<String> = local
            .thresholds
            .iter()
            .map(|(knob, value)| format!("{}:{}", knob.key(), plain_number(*value)))
            .collect();
        pairs.push(("dp-nguong", set.join(";")));
    }
    pairs
}

/// `bhyt-tu:6;dien-tich:8,5` → the thresholds in [`Knob::ALL`]'s order;
/// `None` when a part does not read or names a threshold twice.
fn thresholds_from(text: &str) -> Option<Vec<(Knob, Decimal)>> {
    let mut read: Vec<(&str, Decimal)> = Vec::new();
    for part in text.split(';') {
        let (key, value) = part.split_once(':')?;
        Knob::from_key(key)?;
        if read.iter().any(|(k, _)| *k == key) {
            return None;
        }
        read.push((key, parse_number(value).ok()?));
    }
    // Put in order by walking the knobs, not by sorting: a sort would
    // bring its code into every page that reads a local standard.
    Some(
        Knob::ALL
            .into_iter()
            .filter_map(|knob| read.iter().find(|(k, _)| *k == knob.key()).map(|(_, v)| (knob, *v)))
            .collect(),
    )
}

/// Digits with a decimal comma (`1600000,5`), as `parse_number` reads
/// them back: `Decimal`'s own `1600000.5` would read as a thousands dot.
fn plain_number(value: Decimal) -> String {
    value.to_string().replace('.', ",")
}

/// Rebuilds the local spec from its keys; `None` when there is none.
fn local_from(keys: &[(String, String)], problems: &mut Vec<LinkProblem>) -> Option<LocalSpec> {
    let get = |key: &str| keys.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let (based_on, name) = (get("dp-goc")?, get("dp-ten")?);
    let mut number = |key: &str| -> Option<Decimal> {
        let text = get(key)?;
        parse_number(&text)
            .map_err(|_| {
                problems.push(LinkProblem {
                    key: key.to_owned(),
                    value: text.clone(),
                })
            })
            .ok()
    };
    let (rural_line, urban_line, min) = (number("dp-nt"), number("dp-tt"), number("dp-min"));
    let (rural_band, urban_band) = match (number("dp-tb-nt"), number("dp-tb-tt")) {
        (Some(rural), Some(urban)) => (Some(rural), Some(urban)),
        (None, None) => (None, None),
        // One band without the other is no band (`LocalSpec::build`), and
        // is never written: a damaged link, said so rather than kept.
        (rural, _) => {
            let key = if rural.is_some() { "dp-tb-nt" } else { "dp-tb-tt" };
            problems.push(LinkProblem {
                key: key.to_owned(),
                value: get(key).unwrap_or_default(),
            });
            (None, None)
        }
    };
    let thresholds = match get("dp-nguong") {
        None => Vec::new(),
        Some(text) => thresholds_from(&text).unwrap_or_else(|| {
            problems.push(LinkProblem {
                key: "dp-nguong".into(),
                value: text.clone(),
            });
            Vec::new()
        }),
    };
    let removed = get("dp-bo")
        .map(|v| v.split(',').filter(|id| is_id(id)).map(str::to_owned).collect())
        .unwrap_or_default();
    Some(LocalSpec {
        id: local_id(&name),
        name,
        based_on,
        rural_line: rural_line?,
        urban_line: urban_line?,
        min_deprivations: u32::try_from(min?.trunc().mantissa()).unwrap_or(0),
        removed,
        rural_band,
        urban_band,
        thresholds,
    })
}

/// A local standard alone, as stored on the device: the link's `dp-` keys.
pub fn local_to_query(local: &LocalSpec) -> String {
    local_pairs(local)
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Reads back what [`local_to_query`] wrote; `None` if it is not a local standard.
pub fn local_from_query(query: &str) -> Option<LocalSpec> {
    let (form, problems) = from_query(query);
    form.local.filter(|_| problems.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CaseForm {
        CaseForm {
            standard: Some("nd07-2021".into()),
            area: Area::Urban,
            method: IncomeMethod::PerPerson,
            income_per_person: "1.500.000 đ".into(),
            deprived: vec!["nguon-nuoc".into(), "nha-tieu".into()],
            ..CaseForm::default()
        }
    }

    #[test]
    fn reads_back_what_it_writes() {
        let query = to_query(&sample());
        assert_eq!(
            query,
            "chuan=nd07-2021&kv=thanh-thi&cach=binh-quan&tn=1.500.000%20%C4%91&thieu=nguon-nuoc,nha-tieu"
        );
        let (form, problems) = from_query(&format!("?{query}"));
        assert_eq!(form, sample());
        assert!(problems.is_empty());
    }

    #[test]
    fn keeps_only_the_fields_of_the_chosen_method() {
        let mut form = sample();
        form.method = IncomeMethod::Scores;
        form.score_a = "140".into();
        form.score_b = "30".into();
        let query = to_query(&form);
        assert!(query.contains("da=140&db=30") && !query.contains("tn="));
    }

    #[test]
    fn reports_nonsense_and_keeps_the_rest() {
        let (form, problems) =
            from_query("kv=mars&cach=x&tn=1500000&thieu=nguon-nuoc,<script>,nha-tieu&chuan=../x&utm=1&tv=%ZZ");
        assert_eq!(form.income_per_person, "1500000");
        assert_eq!(form.deprived, vec!["nguon-nuoc", "nha-tieu"]);
        assert_eq!(form.area, Area::Rural);
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["kv", "cach", "thieu", "chuan", "tv"]);
        assert!(
            problems[2].message(Lang::Vi).contains("<script>"),
            "shown as text, by the page"
        );
    }

    #[test]
    fn a_local_standard_travels_in_the_link() {
        let catalogue = crate::catalogue::Catalogue::national();
        let mut local = LocalSpec::from_national(catalogue.get("nd07-2021").unwrap(), "Hà Nội");
        local.rural_line = Decimal::from(2_000_000);
        local.removed = vec!["vien-thong".into()];
        let form = CaseForm {
            standard: Some(local.id.clone()),
            local: Some(local.clone()),
            ..sample()
        };
        let query = to_query(&form);
        let expected = "chuan=dia-phuong-ha-noi&dp-goc=nd07-2021&dp-ten=H%C3%A0%20N%E1%BB%99i&dp-nt=2000000";
        assert!(query.contains(expected), "{query}");
        let (back, problems) = from_query(&query);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back.local, Some(local));
        assert_eq!(back.standard, form.standard);
        let (back, problems) = from_query("dp-goc=nd07-2021&dp-ten=X&dp-nt=abc&dp-tt=1&dp-min=3");
        assert_eq!(problems[0].key, "dp-nt");
        assert_eq!(back.local, None);
    }

    #[test]
    fn a_local_standard_reads_back_alone() {
        let catalogue = crate::catalogue::Catalogue::national();
        let mut local = LocalSpec::from_national(catalogue.get("qd59-2015").unwrap(), "Thử & nghiệm");
        local.rural_band = None;
        local.urban_band = None;
        assert_eq!(local_from_query(&local_to_query(&local)), Some(local));
        assert_eq!(local_from_query("kv=nong-thon"), None);
        assert_eq!(local_from_query("dp-goc=x&dp-ten=y&dp-nt=1&dp-tt=z&dp-min=3"), None);
    }

    #[test]
    fn one_band_without_the_other_is_reported_not_kept() {
        // Found by the fuzz harness: the lone band was kept, then dropped
        // on writing, so the stored standard changed when saved again.
        let query = "dp-goc=nd07-2021&dp-ten=A&dp-nt=1.600.000&dp-tt=2.000.000&dp-min=3&dp-tb-tt=3.000.000";
        let (form, problems) = from_query(query);
        let local = form.local.unwrap();
        assert_eq!((local.rural_band, local.urban_band), (None, None));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].key, "dp-tb-tt");
        assert_eq!(local_from_query(query), None);
    }

    #[test]
    fn a_line_with_decimals_reads_back() {
        // Found by the fuzz harness: `dp-nt=1.600.000,5` was written back
        // as `1600000.5`, which does not read, so the saved standard was lost.
        let query = "dp-goc=nd07-2021&dp-ten=A&dp-nt=1.600.000,5&dp-tt=2000,25&dp-min=3";
        let local = local_from_query(query).unwrap();
        assert_eq!(local.rural_line, Decimal::new(16_000_005, 1));
        let written = local_to_query(&local);
        assert!(written.contains("dp-nt=1600000,5&dp-tt=2000,25"), "{written}");
        assert_eq!(local_from_query(&written), Some(local));
    }

    #[test]
    fn a_huge_link_is_cut_down_not_swallowed() {
        let ids: Vec<String> = (0..200).map(|i| format!("x{i}")).collect();
        let (form, problems) = from_query(&format!("thieu={}&tn={}", ids.join(","), "9".repeat(100_000)));
        assert_eq!(form.deprived.len(), MAX_INDICATORS);
        assert!(form.income_per_person.is_empty());
        assert!(!problems.is_empty());
    }
}
