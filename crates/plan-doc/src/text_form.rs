//! The plan's storage text (see `docs/plan.md`): one `key=value` a line,
//! every value percent-encoded by `link_text`, so a value never holds a
//! line break or the `|` that splits a value's fields. A page stores a plan
//! with no JSON parser, and reading never panics: what cannot be read is
//! reported by line and left at its default.

use link_text::{decode, encode};

use crate::dimensions::DimensionRow;
use crate::form::{Lines, OrgRow, OutlinePart, Output, PlanForm, ProjectOffice, ProjectPlan, Section, SectionId};
use crate::stated::{FiguresText, LastYearText, TargetText, TargetsText};
use crate::unit_level::UnitLevel;
use lang::{Lang, msg};

/// The version this crate writes. Version 2 added the enacting clause, the
/// closing line, the signature's middle line, the outline, the projects'
/// sections, the stated targets and last year; version 3 the targets per
/// dimension as rows. An older text reads as it always did (what it lacks
/// stays empty).
pub const VERSION: &str = "3";

/// The versions this crate reads without a trouble.
const KNOWN: [&str; 3] = ["1", "2", "3"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TroubleKind {
    /// The text does not start with `plan=…`.
    NoVersion,
    /// A version this crate does not know; the lines are read anyway.
    UnknownVersion(String),
    /// A key this version does not have.
    UnknownKey(String),
    /// A bad escape, a flag other than 0 or 1, or too few fields.
    Unreadable,
}

/// What could not be read, with its line number (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextTrouble {
    pub line: usize,
    pub kind: TroubleKind,
}

impl TextTrouble {
    pub fn message(&self, lang: Lang) -> String {
        msg!(lang, vi: { let what = match &self.kind {
            TroubleKind::NoVersion => "không phải kế hoạch đã lưu (thiếu dòng phiên bản)".to_owned(),
            TroubleKind::UnknownVersion(v) => format!("phiên bản «{v}» chưa biết, vẫn đọc thử"),
            TroubleKind::UnknownKey(k) => format!("mục «{k}» không biết nên bị bỏ qua"),
            TroubleKind::Unreadable => "không đọc được nên bị bỏ qua".to_owned(),
        };
        format!("Dòng {}: {what}.", self.line) }, en: { let what = match &self.kind {
            TroubleKind::NoVersion => "not a saved plan (the version line is missing)".to_owned(),
            TroubleKind::UnknownVersion(v) => format!("unknown version “{v}”, read anyway"),
            TroubleKind::UnknownKey(k) => format!("unknown key “{k}”, skipped"),
            TroubleKind::Unreadable => "unreadable, skipped".to_owned(),
        };
        format!("Line {}: {what}.", self.line) })
    }
}

/// The prose sections and their keys, in the order they are written.
fn prose(form: &PlanForm) -> [(&'static str, &Section); 11] {
    [
        ("enacting", &form.enacting),
        ("situation", &form.situation),
        ("purpose", &form.purpose),
        ("objectives", &form.objectives),
        ("dimensions", &form.dimension_targets),
        ("content", &form.content),
        ("funding", &form.funding_summary),
        ("solutions", &form.solutions),
        ("annex-targets", &form.target_annex),
        ("annex-funding", &form.funding_annex),
        ("closing", &form.closing),
    ]
}

/// The outline's key of a body part.
fn body_key(id: SectionId) -> &'static str {
    match id {
        SectionId::Situation => "situation",
        SectionId::Purpose => "purpose",
        SectionId::Objectives => "objectives",
        SectionId::Content => "content",
        SectionId::FundingSummary => "funding",
        SectionId::Solutions => "solutions",
        SectionId::Organisation => "organisation",
        _ => "",
    }
}

fn prose_mut<'a>(form: &'a mut PlanForm, key: &str) -> Option<&'a mut Section> {
    Some(match key {
        "situation" => &mut form.situation,
        "purpose" => &mut form.purpose,
        "objectives" => &mut form.objectives,
        "dimensions" => &mut form.dimension_targets,
        "content" => &mut form.content,
        "funding" => &mut form.funding_summary,
        "solutions" => &mut form.solutions,
        "annex-targets" => &mut form.target_annex,
        "annex-funding" => &mut form.funding_annex,
        "enacting" => &mut form.enacting,
        "closing" => &mut form.closing,
        _ => return None,
    })
}

fn flag(on: bool) -> &'static str {
    if on { "1" } else { "0" }
}

fn join(fields: &[&str]) -> String {
    fields.iter().map(|f| encode(f)).collect::<Vec<_>>().join("|")
}

pub fn to_text(form: &PlanForm) -> String {
    let mut out = format!("plan={VERSION}\n");
    let mut put = |key: &str, value: String| {
        out.push_str(key);
        out.push('=');
        out.push_str(&value);
        out.push('\n');
    };
    let h = &form.header;
    for (key, value) in [
        ("superior", &h.superior_body),
        ("body", &h.issuing_body),
        ("number", &h.number),
        ("place", &h.place),
        ("date", &h.date),
        ("subject", &h.subject),
    ] {
        put(key, encode(value));
    }
    if let Some(level) = form.level {
        put("level", level.key().to_owned());
    }
    put_lines(&mut put, "legal", "ground", &form.legal_grounds);
    for (key, section) in prose(form) {
        put(key, format!("{}|{}", flag(section.included), encode(&section.text)));
    }
    put("organisation", flag(form.organisation.included).to_owned());
    for row in &form.organisation.rows {
        put("org", join(&[&row.office, &row.tasks]));
    }
    let s = &form.signature;
    put(
        "signature",
        format!(
            "{}|{}",
            flag(s.included),
            join(&[&s.authority, &s.delegated, &s.title, &s.name])
        ),
    );
    for project in &form.projects {
        put("project", join(&[&project.code, &project.activities]));
        for o in &project.offices {
            put("project-office", format!("{}|{}", flag(o.lead), encode(&o.office)));
        }
        for o in &project.outputs {
            put("project-output", join(&[&o.quantity, &o.unit, &o.what]));
        }
    }
    for row in &form.dimension_rows {
        put(
            "dimension",
            join(&[&row.indicator_id, &row.indicator, &row.unit, &row.baseline, &row.target]),
        );
    }
    put_targets(&mut put, "target", "goal", &form.targets);
    let last = &form.last_year;
    if *last != LastYearText::default() {
        put("last-year", encode(&last.year));
        put("last-start", join_all(&last.start));
        put("last-end", join_all(&last.end));
        put("last-end-new", join_all(&last.end_new));
        put("last-standards", join(&[&last.old_standard, &last.new_standard]));
        put_targets(&mut put, "last-target", "last-goal", &last.targets);
    }
    for part in &form.outline {
        put(
            "part",
            match part {
                OutlinePart::Standard { id, title } => format!("std|{}|{}", body_key(*id), encode(title)),
                OutlinePart::Custom { included, title, text } => {
                    format!("own|{}|{}", flag(*included), join(&[title, text]))
                }
            },
        );
    }
    put_lines(&mut put, "recipients", "recipient", &form.recipients);
    out
}

fn join_all(fields: &[String]) -> String {
    fields.iter().map(|f| encode(f)).collect::<Vec<_>>().join("|")
}

/// The forms of a target and their keys in the text.
fn target_forms(t: &TargetsText) -> [(&'static str, &TargetText); 4] {
    [
        ("poor", &t.poor),
        ("near-poor", &t.near_poor),
        ("both", &t.poor_and_near_poor),
        ("em", &t.ethnic_minority_poor),
    ]
}

fn target_mut<'a>(t: &'a mut TargetsText, key: &str) -> Option<&'a mut TargetText> {
    Some(match key {
        "poor" => &mut t.poor,
        "near-poor" => &mut t.near_poor,
        "both" => &mut t.poor_and_near_poor,
        "em" => &mut t.ethnic_minority_poor,
        _ => return None,
    })
}

/// Only the forms typed (or set to points), so a plan without them keeps
/// its text as before.
fn put_targets(put: &mut impl FnMut(&str, String), key: &str, goal: &str, t: &TargetsText) {
    for (form, target) in target_forms(t) {
        if *target != TargetText::default() {
            let unit = if target.in_points { "pt" } else { "hh" };
            put(key, format!("{form}|{unit}|{}", encode(&target.value)));
        }
    }
    if !t.poor_rate_goal.is_empty() {
        put(goal, encode(&t.poor_rate_goal));
    }
}

fn read_target(t: &mut TargetsText, value: &str) -> Result<(), TroubleKind> {
    let mut parts = value.splitn(3, '|');
    let (Some(form), Some(unit), Some(text)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(TroubleKind::Unreadable);
    };
    let in_points = match unit {
        "pt" => true,
        "hh" => false,
        _ => return Err(TroubleKind::Unreadable),
    };
    let value = decode(text).ok_or(TroubleKind::Unreadable)?;
    *target_mut(t, form).ok_or(TroubleKind::Unreadable)? = TargetText { value, in_points };
    Ok(())
}

fn read_figures(value: &str) -> Result<FiguresText, TroubleKind> {
    fields(value, 7)?.try_into().map_err(|_| TroubleKind::Unreadable)
}

fn put_lines(put: &mut impl FnMut(&str, String), key: &str, item: &str, lines: &Lines) {
    put(key, flag(lines.included).to_owned());
    for line in &lines.lines {
        put(item, encode(line));
    }
}

/// The plan and what could not be read of it.
pub fn from_text(text: &str) -> (PlanForm, Vec<TextTrouble>) {
    let mut form = PlanForm::default();
    let mut troubles = Vec::new();
    let mut versioned = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let number = index + 1;
        let (key, value) = line.split_once('=').unwrap_or((line, ""));
        if !versioned {
            versioned = true;
            if key == "plan" {
                if !KNOWN.contains(&value) {
                    troubles.push(TextTrouble {
                        line: number,
                        kind: TroubleKind::UnknownVersion(value.chars().take(20).collect()),
                    });
                }
                continue;
            }
            troubles.push(TextTrouble {
                line: number,
                kind: TroubleKind::NoVersion,
            });
        }
        if let Err(kind) = read_line(&mut form, key, value) {
            troubles.push(TextTrouble { line: number, kind });
        }
    }
    (form, troubles)
}

fn fields(value: &str, count: usize) -> Result<Vec<String>, TroubleKind> {
    let parts: Vec<&str> = value.split('|').collect();
    if parts.len() != count {
        return Err(TroubleKind::Unreadable);
    }
    parts.iter().map(|p| decode(p).ok_or(TroubleKind::Unreadable)).collect()
}

fn read_flag(value: &str) -> Result<bool, TroubleKind> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(TroubleKind::Unreadable),
    }
}

fn read_part(value: &str) -> Result<OutlinePart, TroubleKind> {
    let (kind, rest) = value.split_once('|').ok_or(TroubleKind::Unreadable)?;
    match kind {
        "std" => {
            let (key, title) = rest.split_once('|').ok_or(TroubleKind::Unreadable)?;
            let id = SectionId::BODY
                .into_iter()
                .find(|id| body_key(*id) == key)
                .ok_or(TroubleKind::Unreadable)?;
            let title = decode(title).ok_or(TroubleKind::Unreadable)?;
            Ok(OutlinePart::Standard { id, title })
        }
        "own" => {
            let (on, rest) = rest.split_once('|').ok_or(TroubleKind::Unreadable)?;
            let included = read_flag(on)?;
            let [title, text]: [String; 2] = fields(rest, 2)?.try_into().map_err(|_| TroubleKind::Unreadable)?;
            Ok(OutlinePart::Custom { included, title, text })
        }
        _ => Err(TroubleKind::Unreadable),
    }
}

fn read_line(form: &mut PlanForm, key: &str, value: &str) -> Result<(), TroubleKind> {
    let one = || decode(value).ok_or(TroubleKind::Unreadable);
    let h = &mut form.header;
    match key {
        "superior" => h.superior_body = one()?,
        "body" => h.issuing_body = one()?,
        "number" => h.number = one()?,
        "place" => h.place = one()?,
        "date" => h.date = one()?,
        "subject" => h.subject = one()?,
        "level" => form.level = Some(UnitLevel::from_key(value).ok_or(TroubleKind::Unreadable)?),
        "legal" => form.legal_grounds.included = read_flag(value)?,
        "ground" => form.legal_grounds.lines.push(one()?),
        "organisation" => form.organisation.included = read_flag(value)?,
        "org" => {
            let [office, tasks]: [String; 2] = fields(value, 2)?.try_into().map_err(|_| TroubleKind::Unreadable)?;
            form.organisation.rows.push(OrgRow { office, tasks });
        }
        "signature" => {
            let (on, rest) = value.split_once('|').ok_or(TroubleKind::Unreadable)?;
            let on = read_flag(on)?;
            // Version 1 had no middle line.
            let parts = fields(rest, 4).or_else(|_| fields(rest, 3))?;
            let (authority, delegated, title, name) = match parts.as_slice() {
                [a, d, t, n] => (a, d.clone(), t, n),
                [a, t, n] => (a, String::new(), t, n),
                _ => return Err(TroubleKind::Unreadable),
            };
            form.signature = crate::form::Signature {
                included: on,
                authority: authority.clone(),
                delegated,
                title: title.clone(),
                name: name.clone(),
            };
        }
        "part" => form.outline.push(read_part(value)?),
        "dimension" => {
            let [indicator_id, indicator, unit, baseline, target]: [String; 5] =
                fields(value, 5)?.try_into().map_err(|_| TroubleKind::Unreadable)?;
            form.dimension_rows.push(DimensionRow {
                indicator_id,
                indicator,
                unit,
                baseline,
                target,
            });
        }
        "target" => read_target(&mut form.targets, value)?,
        "goal" => form.targets.poor_rate_goal = one()?,
        "last-year" => form.last_year.year = one()?,
        "last-start" => form.last_year.start = read_figures(value)?,
        "last-end" => form.last_year.end = read_figures(value)?,
        "last-end-new" => form.last_year.end_new = read_figures(value)?,
        "last-standards" => {
            let [old, new]: [String; 2] = fields(value, 2)?.try_into().map_err(|_| TroubleKind::Unreadable)?;
            form.last_year.old_standard = old;
            form.last_year.new_standard = new;
        }
        "last-target" => read_target(&mut form.last_year.targets, value)?,
        "last-goal" => form.last_year.targets.poor_rate_goal = one()?,
        "project" => {
            let [code, activities]: [String; 2] = fields(value, 2)?.try_into().map_err(|_| TroubleKind::Unreadable)?;
            form.projects.push(ProjectPlan {
                code,
                activities,
                ..ProjectPlan::default()
            });
        }
        // An office or output belongs to the project read last.
        "project-office" => {
            let (lead, office) = value.split_once('|').ok_or(TroubleKind::Unreadable)?;
            let office = ProjectOffice {
                lead: read_flag(lead)?,
                office: decode(office).ok_or(TroubleKind::Unreadable)?,
            };
            form.projects
                .last_mut()
                .ok_or(TroubleKind::Unreadable)?
                .offices
                .push(office);
        }
        "project-output" => {
            let [quantity, unit, what]: [String; 3] =
                fields(value, 3)?.try_into().map_err(|_| TroubleKind::Unreadable)?;
            let output = Output { quantity, unit, what };
            form.projects
                .last_mut()
                .ok_or(TroubleKind::Unreadable)?
                .outputs
                .push(output);
        }
        "recipients" => form.recipients.included = read_flag(value)?,
        "recipient" => form.recipients.lines.push(one()?),
        _ => {
            let section =
                prose_mut(form, key).ok_or_else(|| TroubleKind::UnknownKey(key.chars().take(40).collect()))?;
            let (on, text) = value.split_once('|').ok_or(TroubleKind::Unreadable)?;
            let on = read_flag(on)?;
            section.text = decode(text).ok_or(TroubleKind::Unreadable)?;
            section.included = on;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::starter::starter;
    use crate::unit_level::UnitLevel;
    use lang::Lang;

    #[test]
    fn a_line_per_value_percent_encoded() {
        let mut form = PlanForm::default();
        form.header.issuing_body = "UBND XÃ A".into();
        form.purpose = Section {
            included: true,
            text: "Một\n\nHai | ba".into(),
        };
        form.organisation.rows.push(OrgRow {
            office: "Phòng Kinh tế".into(),
            tasks: "a|b".into(),
        });
        let text = to_text(&form);
        assert!(
            text.starts_with("plan=3\nsuperior=\nbody=UBND%20X%C3%83%20A\n"),
            "{text}"
        );
        assert!(text.contains("\npurpose=1|M%E1%BB%99t%0A%0AHai%20%7C%20ba\n"), "{text}");
        assert!(text.contains("\norg=Ph%C3%B2ng%20Kinh%20t%E1%BA%BF|a%7Cb\n"), "{text}");
        assert_eq!(from_text(&text), (form, vec![]));
    }

    #[test]
    fn a_chosen_level_is_kept_and_an_unknown_one_is_reported() {
        for level in UnitLevel::ALL {
            let form = PlanForm {
                level: Some(level),
                ..PlanForm::default()
            };
            let text = to_text(&form);
            assert!(text.contains(&format!("\nlevel={}\n", level.key())), "{text}");
            assert_eq!(from_text(&text), (form, vec![]));
        }
        // No line when the level is read from the unit's name.
        assert!(!to_text(&PlanForm::default()).contains("level="));
        let (form, troubles) = from_text("plan=2\nlevel=thon\n");
        assert_eq!((form.level, troubles.len()), (None, 1));
    }

    #[test]
    fn the_starter_reads_back() {
        for level in UnitLevel::ALL {
            for lang in [Lang::Vi, Lang::En] {
                let form = starter(level, lang);
                assert_eq!(from_text(&to_text(&form)), (form, vec![]));
            }
        }
    }

    #[test]
    fn what_cannot_be_read_is_reported_by_line() {
        let text = "plan=7\r\nbody=A\n\npurpose=2|x\nfoo=1\nplace=%ZZ\norg=only-one\nsignature=1|a|b\nsubject=S";
        let (form, troubles) = from_text(text);
        assert_eq!(form.header.issuing_body, "A");
        assert_eq!(form.header.subject, "S");
        assert!(!form.purpose.included);
        let found: Vec<(usize, TroubleKind)> = troubles.into_iter().map(|t| (t.line, t.kind)).collect();
        assert_eq!(
            found,
            [
                (1, TroubleKind::UnknownVersion("7".into())),
                (4, TroubleKind::Unreadable),
                (5, TroubleKind::UnknownKey("foo".into())),
                (6, TroubleKind::Unreadable),
                (7, TroubleKind::Unreadable),
                (8, TroubleKind::Unreadable),
            ]
        );
    }

    #[test]
    fn a_version_1_draft_still_reads() {
        // As drafts stored it before the outline (docs/plan.md, version 1).
        let old = "plan=1\nbody=UBND%20X%C3%83%20H%C3%80%20QU%E1%BA%A2NG\nnumber=12%2FKH-UBND\n\
                   date=05%2F01%2F2027\nlegal=1\nground=C%C4%83n%20c%E1%BB%A9%20A\n\
                   purpose=1|Tri%E1%BB%83n%20khai\norganisation=1\n\
                   org=Ph%C3%B2ng%20Kinh%20t%E1%BA%BF|Tham%20m%C6%B0u\n\
                   signature=1|TM.%20%E1%BB%A6Y%20BAN%20NH%C3%82N%20D%C3%82N|CH%E1%BB%A6%20T%E1%BB%8ACH|\n\
                   recipients=1\nrecipient=L%C6%B0u%3A%20VT\n";
        let (form, troubles) = from_text(old);
        assert_eq!(troubles, []);
        assert_eq!(form.header.issuing_body, "UBND XÃ HÀ QUẢNG");
        assert_eq!(form.purpose.text, "Triển khai");
        assert_eq!(form.organisation.rows[0].office, "Phòng Kinh tế");
        assert_eq!(
            (
                form.signature.authority.as_str(),
                form.signature.delegated.as_str(),
                form.signature.title.as_str()
            ),
            ("TM. ỦY BAN NHÂN DÂN", "", "CHỦ TỊCH")
        );
        assert!(form.outline.is_empty() && !form.enacting.included && !form.closing.included);
        // Written again, it is a version 3 text that reads back the same.
        assert!(to_text(&form).starts_with("plan=3\n"));
        assert_eq!(from_text(&to_text(&form)), (form, vec![]));
    }

    #[test]
    fn the_targets_per_dimension_read_back_as_typed() {
        let form = PlanForm {
            dimension_rows: vec![
                DimensionRow {
                    indicator_id: "bao-hiem-y-te".into(),
                    indicator: "Tỷ lệ hộ thiếu hụt | BHYT".into(),
                    unit: "%".into(),
                    baseline: "12,50".into(),
                    target: "abc".into(),
                },
                DimensionRow::default(),
            ],
            ..PlanForm::default()
        };
        let text = to_text(&form);
        assert!(
            text.contains("\ndimension=bao-hiem-y-te|T%E1%BB%B7%20l%E1%BB%87"),
            "{text}"
        );
        assert!(text.contains("\ndimension=||||\n"), "a blank row is kept: {text}");
        assert_eq!(from_text(&text), (form, vec![]));
        let (form, troubles) = from_text("plan=3\ndimension=a|b|c\n");
        assert_eq!((form.dimension_rows.len(), troubles.len()), (0, 1));
    }

    #[test]
    fn the_outline_and_the_new_parts_read_back() {
        let mut form = PlanForm {
            enacting: Section {
                included: true,
                text: String::new(),
            },
            closing: Section {
                included: true,
                text: "Trên đây là …".into(),
            },
            ..PlanForm::default()
        };
        form.signature.delegated = "KT. CHỦ TỊCH".into();
        form.outline = vec![
            OutlinePart::Custom {
                included: true,
                title: "BỐI CẢNH | 2027".into(),
                text: "Một\n\nHai".into(),
            },
            OutlinePart::Standard {
                id: SectionId::Solutions,
                title: "NHIỆM VỤ, GIẢI PHÁP".into(),
            },
        ];
        form.projects = vec![ProjectPlan {
            code: "DA3.TDA1".into(),
            activities: "Hỗ trợ | bò".into(),
            offices: vec![
                ProjectOffice {
                    office: "Phòng Kinh tế".into(),
                    lead: true,
                },
                ProjectOffice {
                    office: "Hội Nông dân".into(),
                    lead: false,
                },
            ],
            outputs: vec![Output {
                quantity: "20".into(),
                unit: "hộ".into(),
                what: "được hỗ trợ bò giống".into(),
            }],
        }];
        form.targets.near_poor = TargetText {
            value: "0,5".into(),
            in_points: true,
        };
        form.targets.poor_rate_goal = "2,5%".into();
        form.last_year.year = "2026".into();
        form.last_year.end[2] = "54".into();
        form.last_year.new_standard = "chuẩn 2027 - 2030".into();
        form.last_year.targets.poor.value = "20".into();
        let text = to_text(&form);
        assert!(text.contains("\npart=std|solutions|NHI%E1%BB%86M"), "{text}");
        assert!(text.contains("\ntarget=near-poor|pt|0,5\ngoal=2,5%25\n"), "{text}");
        assert!(text.contains("\nlast-end=||54||||\n"), "{text}");
        assert!(text.contains("\nlast-target=poor|hh|20\n"), "{text}");
        assert!(
            text.contains("\nproject=DA3.TDA1|H%E1%BB%97%20tr%E1%BB%A3%20%7C%20b%C3%B2\nproject-office=1|"),
            "{text}"
        );
        assert_eq!(from_text(&text), (form, vec![]));
        let (_, troubles) = from_text("plan=2\npart=std|header|X\npart=own|2|a|b\npart=x\nproject-office=1|A");
        assert_eq!(
            troubles.len(),
            4,
            "not a body part, a bad flag, a bad kind, no project yet"
        );
    }

    #[test]
    fn text_without_a_version_is_flagged_and_still_read() {
        let (form, troubles) = from_text("body=A");
        assert_eq!(form.header.issuing_body, "A");
        assert_eq!(troubles[0].kind, TroubleKind::NoVersion);
        assert_eq!(
            troubles[0].message(Lang::Vi),
            "Dòng 1: không phải kế hoạch đã lưu (thiếu dòng phiên bản)."
        );
        assert_eq!(from_text(""), (PlanForm::default(), vec![]));
    }
}
