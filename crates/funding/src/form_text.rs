//! A funding form (and the catalogue it points into) as compact text, for
//! local storage and share links: pages are separate bundles with no JSON
//! parser. The form is a query string, versioned:
//!
//! ```text
//! v=1&doi-ung=10&lam-tron=xuong~tram-nghin&danh-muc=1001&du-an=10&…
//!    &dong=20~Thon%201~sn~4.855~485~~~~100%25&tong=10~~~73.359
//! ```
//!
//! Each `dong` is one line: project id, sub-unit, kind, the five amounts in
//! `Source::ALL` order and the disbursement, joined by `~` (which the
//! encoder always escapes inside a value). Each `tong` is a typed total:
//! project, kind, source (each empty for "any") and the text. Cells are kept
//! exactly as typed, so a wrong figure travels as faithfully as a right one
//! and the page checks it. The catalogue comes only when it is not the
//! preset (see `catalogue_text.rs`). Unknown keys are ignored; what cannot
//! be read is counted in a [`Trouble`], never guessed.

use link_text::{decode, encode, raw_pairs};

use crate::catalogue::{Catalogue, ProjectId};
use crate::catalogue_text::{CatalogueReader, MAX_PROJECTS, catalogue_pairs, read_programme};
use crate::counterpart::{Rounding, RoundingMode, RoundingStep};
use crate::form::{FundingForm, FundingLine, TotalText};
use crate::money::{Kind, Source};
use lang::{Lang, msg};

/// The version this code writes and reads.
pub const FORM_TEXT_VERSION: &str = "1";
/// Lines read from a text; more are left out and reported.
pub const MAX_LINES: usize = 2_000;
/// Typed totals read from a text; more are left out and reported.
pub const MAX_TOTALS: usize = 500;
/// Characters in one cell (a project's name is the longest).
pub const MAX_CELL: usize = 300;

/// What a funding text held that could not be used, counted for one message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Trouble {
    /// Values that were broken escapes, too long, or not one of the words
    /// a field takes; the cell is left empty or the setting at its default.
    pub unreadable: usize,
    /// Lines whose project id or kind could not be read.
    pub lines_skipped: usize,
    /// Typed totals whose project, kind or source could not be read.
    pub totals_skipped: usize,
    /// Projects that could not join the catalogue: no id, an id or code
    /// already used, a parent not listed before them, no code or name.
    pub projects_skipped: usize,
    /// Lines, totals or projects past [`MAX_LINES`], [`MAX_TOTALS`] or [`MAX_PROJECTS`].
    pub left_out: usize,
    /// The text says it is of another version: nothing was read.
    pub unknown_version: bool,
}

impl Trouble {
    pub fn is_empty(&self) -> bool {
        *self == Trouble::default()
    }

    pub fn message(&self, lang: Lang) -> String {
        msg!(lang, vi: { if self.unknown_version {
            return "Dữ liệu kinh phí được ghi theo một phiên bản khác của trang nên chưa đọc được.".into();
        }
        let mut parts = Vec::new();
        if self.unreadable > 0 {
            parts.push(format!("{} giá trị không đọc được nên bị bỏ qua", self.unreadable));
        }
        if self.lines_skipped > 0 {
            parts.push(format!(
                "{} dòng kinh phí không rõ dự án hoặc loại vốn nên bị bỏ qua",
                self.lines_skipped
            ));
        }
        if self.totals_skipped > 0 {
            parts.push(format!(
                "{} tổng ghi tay không rõ dự án, loại vốn hoặc nguồn vốn nên bị bỏ qua",
                self.totals_skipped
            ));
        }
        if self.projects_skipped > 0 {
            parts.push(format!(
                "{} dự án không đưa được vào danh mục (thiếu mã hoặc tên, trùng mã, hoặc không có dự án cha) nên bị bỏ qua",
                self.projects_skipped
            ));
        }
        if self.left_out > 0 {
            parts.push(format!(
                "chỉ đọc tối đa {MAX_LINES} dòng, {MAX_TOTALS} tổng và {MAX_PROJECTS} dự án, bỏ qua {} mục",
                self.left_out
            ));
        }
        format!("Dữ liệu kinh phí có vấn đề: {}.", parts.join("; ")) }, en: { if self.unknown_version {
            return "The funding data was written by another version of the page and could not be read.".into();
        }
        let mut parts = Vec::new();
        if self.unreadable > 0 {
            parts.push(format!(
                "{} value(s) could not be read and were skipped",
                self.unreadable
            ));
        }
        if self.lines_skipped > 0 {
            parts.push(format!(
                "{} funding line(s) had no readable project or kind and were skipped",
                self.lines_skipped
            ));
        }
        if self.totals_skipped > 0 {
            parts.push(format!(
                "{} typed total(s) had no readable project, kind or source and were skipped",
                self.totals_skipped
            ));
        }
        if self.projects_skipped > 0 {
            parts.push(format!(
                "{} project(s) could not join the catalogue (no code or name, a code used twice, or no parent) and were skipped",
                self.projects_skipped
            ));
        }
        if self.left_out > 0 {
            parts.push(format!(
                "at most {MAX_LINES} lines, {MAX_TOTALS} totals and {MAX_PROJECTS} projects are read, {} left out",
                self.left_out
            ));
        }
        format!("The funding data has problems: {}.", parts.join("; ")) })
    }
}

/// A cell's value, or empty and counted when it cannot be read.
pub(crate) fn cell(raw: &str, trouble: &mut Trouble) -> String {
    match decode(raw).filter(|v| v.chars().count() <= MAX_CELL) {
        Some(value) => value,
        None => {
            trouble.unreadable += 1;
            String::new()
        }
    }
}

/// Encoded fields joined by `~`, empty ones at the end left off.
pub(crate) fn fields_text<I: IntoIterator<Item = String>>(fields: I) -> String {
    let mut fields: Vec<String> = fields.into_iter().collect();
    while fields.len() > 1 && fields.last().is_some_and(String::is_empty) {
        fields.pop();
    }
    fields.join("~")
}

fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Investment => "dtpt",
        Kind::Recurrent => "sn",
    }
}

fn kind_of(word: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| kind_word(*k) == word)
}

fn source_word(source: Source) -> &'static str {
    match source {
        Source::Central => "nstw",
        Source::LocalCounterpart => "nsdp",
        Source::Credit => "tdcs",
        Source::People => "dan",
        Source::Other => "khac",
    }
}

fn source_of(word: &str) -> Option<Source> {
    Source::ALL.into_iter().find(|s| source_word(*s) == word)
}

fn mode_word(mode: RoundingMode) -> &'static str {
    match mode {
        RoundingMode::HalfUp => "nua-len",
        RoundingMode::Down => "xuong",
        RoundingMode::Up => "len",
    }
}

fn step_word(step: RoundingStep) -> &'static str {
    match step {
        RoundingStep::Million => "trieu",
        RoundingStep::Tenth => "tram-nghin",
        RoundingStep::Thousandth => "nghin",
    }
}

/// `None` for the whole unit is an empty field; a sub-unit typed empty is
/// `*`, which the encoder never writes for a value.
fn sub_unit_field(sub_unit: &Option<String>) -> String {
    match sub_unit.as_deref() {
        None => String::new(),
        Some("") => "*".into(),
        Some(name) => encode(name),
    }
}

fn optional_id(id: Option<ProjectId>) -> String {
    id.map(|id| id.0.to_string()).unwrap_or_default()
}

/// The form and, when it is not the preset, the catalogue, as text.
pub fn form_to_text(form: &FundingForm, catalogue: &Catalogue) -> String {
    let mut pairs = vec![format!("v={FORM_TEXT_VERSION}")];
    if !form.counterpart_percent.is_empty() {
        pairs.push(format!("doi-ung={}", encode(&form.counterpart_percent)));
    }
    if form.rounding != Rounding::default() {
        pairs.push(format!(
            "lam-tron={}~{}",
            mode_word(form.rounding.mode),
            step_word(form.rounding.step)
        ));
    }
    pairs.extend(catalogue_pairs(catalogue));
    for line in &form.lines {
        let fields = [
            line.project.0.to_string(),
            sub_unit_field(&line.sub_unit),
            kind_word(line.kind).to_owned(),
        ]
        .into_iter()
        .chain(line.amounts.iter().map(|a| encode(a)))
        .chain([encode(&line.disbursement)]);
        pairs.push(format!("dong={}", fields_text(fields)));
    }
    for total in &form.totals {
        let fields = [
            optional_id(total.project),
            total.kind.map(kind_word).unwrap_or_default().to_owned(),
            total.source.map(source_word).unwrap_or_default().to_owned(),
            encode(&total.text),
        ];
        pairs.push(format!("tong={}", fields.join("~")));
    }
    pairs.join("&")
}

fn read_line(raw: &str, trouble: &mut Trouble) -> Option<FundingLine> {
    let mut fields = raw.split('~');
    let project = ProjectId(fields.next()?.parse().ok()?);
    let sub_unit = match fields.next()? {
        "" => None,
        "*" => Some(String::new()),
        name => Some(cell(name, trouble)),
    };
    let kind = kind_of(fields.next()?)?;
    let mut line = FundingLine {
        project,
        sub_unit,
        kind,
        amounts: Default::default(),
        disbursement: String::new(),
    };
    for slot in line.amounts.iter_mut().chain([&mut line.disbursement]) {
        *slot = cell(fields.next().unwrap_or_default(), trouble);
    }
    trouble.unreadable += fields.count();
    Some(line)
}

fn read_total(raw: &str, trouble: &mut Trouble) -> Option<TotalText> {
    let mut fields = raw.split('~');
    let project = match fields.next()? {
        "" => None,
        id => Some(ProjectId(id.parse().ok()?)),
    };
    let kind = match fields.next().unwrap_or_default() {
        "" => None,
        word => Some(kind_of(word)?),
    };
    let source = match fields.next().unwrap_or_default() {
        "" => None,
        word => Some(source_of(word)?),
    };
    let text = cell(fields.next().unwrap_or_default(), trouble);
    trouble.unreadable += fields.count();
    Some(TotalText {
        project,
        kind,
        source,
        text,
    })
}

fn read_rounding(raw: &str, trouble: &mut Trouble) -> Rounding {
    let mut fields = raw.split('~');
    let mut rounding = Rounding::default();
    match fields.next().unwrap_or_default() {
        "" => {}
        word => match RoundingMode::ALL.into_iter().find(|m| mode_word(*m) == word) {
            Some(mode) => rounding.mode = mode,
            None => trouble.unreadable += 1,
        },
    }
    match fields.next().unwrap_or_default() {
        "" => {}
        word => match RoundingStep::ALL.into_iter().find(|s| step_word(*s) == word) {
            Some(step) => rounding.step = step,
            None => trouble.unreadable += 1,
        },
    }
    trouble.unreadable += fields.count();
    rounding
}

/// The form and catalogue in a text. An empty text, or one without any
/// funding key, is an empty form on the preset catalogue. Never panics.
pub fn form_from_text(text: &str) -> (FundingForm, Catalogue, Trouble) {
    let mut trouble = Trouble::default();
    let mut form = FundingForm::default();
    if raw_pairs(text).any(|(key, value)| key == "v" && value != FORM_TEXT_VERSION) {
        trouble.unknown_version = true;
        return (form, Catalogue::preset_2021_2025(), trouble);
    }
    // The programme first: the projects' ids refer to its preset.
    let programme = read_programme(
        raw_pairs(text)
            .find(|(key, _)| *key == "chuong-trinh")
            .map(|(_, raw)| raw),
        &mut trouble,
    );
    let mut catalogue = CatalogueReader::new(programme);
    for (key, raw) in raw_pairs(text) {
        match key {
            "doi-ung" => form.counterpart_percent = cell(raw, &mut trouble),
            "lam-tron" => form.rounding = read_rounding(raw, &mut trouble),
            "danh-muc" => catalogue.next_id(raw, &mut trouble),
            "du-an" => catalogue.project(raw, &mut trouble),
            "dong" if form.lines.len() >= MAX_LINES => trouble.left_out += 1,
            "dong" => match read_line(raw, &mut trouble) {
                Some(line) => form.lines.push(line),
                None => trouble.lines_skipped += 1,
            },
            "tong" if form.totals.len() >= MAX_TOTALS => trouble.left_out += 1,
            "tong" => match read_total(raw, &mut trouble) {
                Some(total) => form.totals.push(total),
                None => trouble.totals_skipped += 1,
            },
            _ => {}
        }
    }
    (form, catalogue.finish(), trouble)
}

#[cfg(test)]
mod tests {
    use lang::{Status, Text};

    use super::*;
    use crate::catalogue::Programme;

    fn line(project: u32, sub_unit: Option<&str>, kind: Kind, amounts: [&str; 5], disbursement: &str) -> FundingLine {
        FundingLine {
            project: ProjectId(project),
            sub_unit: sub_unit.map(str::to_owned),
            kind,
            amounts: amounts.map(str::to_owned),
            disbursement: disbursement.into(),
        }
    }

    fn sample() -> FundingForm {
        FundingForm {
            lines: vec![
                line(10, None, Kind::Investment, ["71.283", "", "", "", ""], "95%"),
                // A counterpart typed wrong (486 expected) and a slip of the unit.
                line(
                    20,
                    Some("Xã Cải Viên"),
                    Kind::Recurrent,
                    ["4.855", "485", "", "", "500đ"],
                    "100",
                ),
                line(31, Some(""), Kind::Recurrent, ["", "", "", "", ""], ""),
                line(
                    999,
                    Some("Thôn 1 ~ Bản & Mới = 2"),
                    Kind::Recurrent,
                    ["1,5 tr", "", "", "", ""],
                    "",
                ),
            ],
            totals: vec![
                TotalText {
                    project: None,
                    kind: None,
                    source: None,
                    text: "84.249 triệu đồng".into(),
                },
                TotalText {
                    project: Some(ProjectId(10)),
                    kind: Some(Kind::Investment),
                    source: Some(Source::Central),
                    text: "73.395".into(),
                },
            ],
            counterpart_percent: "10%".into(),
            rounding: Rounding {
                mode: RoundingMode::Down,
                step: RoundingStep::Tenth,
            },
        }
    }

    #[test]
    fn a_form_reads_back_as_it_was_typed_wrong_figures_included() {
        let preset = Catalogue::preset_2021_2025();
        let text = form_to_text(&sample(), &preset);
        assert!(
            text.starts_with("v=1&doi-ung=10%25&lam-tron=xuong~tram-nghin&dong=10~~dtpt~71.283~~~~~95%25&"),
            "{text}"
        );
        assert!(
            text.contains("&dong=31~*~sn&"),
            "a sub-unit typed empty, then empty cells left off: {text}"
        );
        assert!(!text.contains("du-an"), "the preset is not written: {text}");
        assert!(text.ends_with("&tong=~~~84.249%20tri%E1%BB%87u%20%C4%91%E1%BB%93ng&tong=10~dtpt~nstw~73.395"));
        let (form, catalogue, trouble) = form_from_text(&text);
        assert!(trouble.is_empty(), "{trouble:?}");
        assert_eq!(form, sample());
        assert_eq!(catalogue, preset);
    }

    #[test]
    fn the_2026_2035_catalogue_travels_by_its_programme() {
        let merged = Catalogue::preset_2026_2035();
        let text = form_to_text(&FundingForm::default(), &merged);
        assert_eq!(text, "v=1&chuong-trinh=2026", "the preset itself is not written");
        assert_eq!(form_from_text(&text).1, merged);
        // Edited: its own projects by id, with the data file's basis.
        let mut edited = merged.clone();
        let tp2 = edited.by_code("TP2").unwrap().id;
        edited
            .add(Some(tp2), "TP2.DA1", &Text::new("Hỗ trợ sản xuất", ""))
            .unwrap();
        let text = form_to_text(&FundingForm::default(), &edited);
        assert!(text.contains("&chuong-trinh=2026&danh-muc=1001&du-an=200&"), "{text}");
        let (_, read, trouble) = form_from_text(&text);
        assert!(trouble.is_empty(), "{trouble:?}");
        assert_eq!(read, edited);
        assert_eq!(read.programme, Programme::Merged2026To2035);
        // A programme this version does not know: the 2021–2025 one, said.
        let (_, read, trouble) = form_from_text("v=1&chuong-trinh=2036");
        assert_eq!((read.programme, trouble.unreadable), (Programme::default(), 1));
    }

    #[test]
    fn an_empty_form_is_the_version_alone_and_nothing_reads_as_empty() {
        let preset = Catalogue::preset_2021_2025();
        assert_eq!(form_to_text(&FundingForm::default(), &preset), "v=1");
        for text in ["", "v=1", "?chuan=nd07-2021&x=1"] {
            assert_eq!(
                form_from_text(text),
                (FundingForm::default(), preset.clone(), Trouble::default())
            );
        }
    }

    #[test]
    fn an_edited_catalogue_travels_with_stable_ids_and_derived_bases() {
        let mut catalogue = Catalogue::preset_2021_2025();
        let da2 = catalogue.by_code("DA2").unwrap().id;
        catalogue
            .rename(da2, "DA2", &Text::new("Đa dạng hóa sinh kế", "Livelihoods"))
            .unwrap();
        let da5 = catalogue.by_code("DA5").unwrap().id;
        catalogue.remove(da5);
        let da3 = catalogue.by_code("DA3").unwrap().id;
        let added = catalogue
            .add(Some(da3), "DA3.TDA3", &Text::new("Tiểu dự án ~ thêm", ""))
            .unwrap();
        let gone = catalogue.add(None, "X", &Text::new("x", "")).unwrap();
        catalogue.remove(gone);
        let text = form_to_text(&FundingForm::default(), &catalogue);
        assert!(text.contains("&danh-muc=1002&du-an=10&du-an=11&"), "{text}");
        assert!(text.contains("&du-an=20~~DA2~"), "{text}");
        assert!(text.contains("&du-an=1000~30~DA3.TDA3~Ti"), "{text}");
        assert!(!text.contains("du-an=50"), "{text}");
        let (_, back, trouble) = form_from_text(&text);
        assert!(trouble.is_empty(), "{trouble:?}");
        assert_eq!(back, catalogue);
        assert_eq!(back.get(da2).unwrap().basis.status, Status::Unverified);
        assert_eq!(back.get(added).unwrap().basis.document, "Do người dùng thêm");
        assert_eq!(back.get(added).unwrap().name.en, "Tiểu dự án ~ thêm");
        assert_eq!(back.next_id, 1002, "the removed project's id is not given again");
    }

    #[test]
    fn a_link_cannot_make_a_project_look_verified() {
        // A preset project written out in full is taken as changed by the user.
        let (_, catalogue, trouble) = form_from_text("v=1&du-an=20~~DA2~T%C3%AAn");
        assert!(trouble.is_empty());
        let p = catalogue.get(ProjectId(20)).unwrap();
        assert_eq!(p.basis.status, Status::Unverified);
        assert!(p.basis.document.contains("90/QĐ-TTg"));
        assert_eq!(catalogue.next_id, 1000);
    }

    #[test]
    fn a_hand_edited_broken_link_reports_its_trouble() {
        let long = "9".repeat(MAX_CELL + 1);
        let text = [
            "v=1",
            "doi-ung=10%",                   // a broken escape: left empty
            "lam-tron=nua-len~tram",         // an unknown step: the default kept
            "dong=20~~sn~4.855~%C3~~~~90~7", // a lone lead byte and a field too many
            "dong=abc~~sn~1",                // no project id
            "dong=20~~von~1",                // no such kind
            &format!("dong=30~~dtpt~{long}"),
            "tong=10~~ns~5", // no such source
            "danh-muc=nhieu",
            "du-an=10",
            "du-an=11~99~X~x",            // its parent is not listed before it
            "du-an=10",                   // the same id twice
            "du-an=1000~~DA1~Tr%C3%B9ng", // a code used twice
            "du-an=1001~~~T%C3%AAn",      // no code
            "du-an=55",                   // not a preset id
            "khoa-la=1",
        ]
        .join("&");
        let (form, catalogue, trouble) = form_from_text(&text);
        assert_eq!(
            trouble,
            Trouble {
                unreadable: 6,
                lines_skipped: 2,
                totals_skipped: 1,
                projects_skipped: 5,
                left_out: 0,
                unknown_version: false,
            }
        );
        assert_eq!(form.counterpart_percent, "");
        assert_eq!(form.rounding, Rounding::default());
        assert_eq!(form.lines.len(), 2);
        assert_eq!(form.lines[0].amounts[0], "4.855");
        assert_eq!(form.lines[0].amounts[1], "");
        assert_eq!(form.lines[0].disbursement, "90");
        assert_eq!(form.lines[1].amounts[0], "");
        assert!(form.totals.is_empty());
        assert_eq!(catalogue.projects.len(), 1);
        assert_eq!(catalogue.next_id, 1000, "no readable next id: above every id");
        assert_eq!(
            trouble.message(Lang::Vi),
            "Dữ liệu kinh phí có vấn đề: 6 giá trị không đọc được nên bị bỏ qua; \
             2 dòng kinh phí không rõ dự án hoặc loại vốn nên bị bỏ qua; \
             1 tổng ghi tay không rõ dự án, loại vốn hoặc nguồn vốn nên bị bỏ qua; \
             5 dự án không đưa được vào danh mục (thiếu mã hoặc tên, trùng mã, hoặc không có dự án cha) nên bị bỏ qua."
        );
        assert!(
            trouble
                .message(Lang::En)
                .starts_with("The funding data has problems: 6 value(s)")
        );
    }

    #[test]
    fn another_version_is_reported_and_not_read() {
        let (form, catalogue, trouble) = form_from_text("v=2&dong=10~~sn~5");
        assert!(trouble.unknown_version);
        assert_eq!(form, FundingForm::default());
        assert_eq!(catalogue, Catalogue::preset_2021_2025());
        assert!(trouble.message(Lang::Vi).contains("phiên bản khác"));
        assert!(trouble.message(Lang::En).contains("another version"));
    }

    #[test]
    fn entries_past_the_caps_are_left_out_and_reported() {
        let mut pairs = vec!["v=1".to_owned()];
        pairs.extend((0..MAX_LINES + 3).map(|_| "dong=10~~sn~1".to_owned()));
        pairs.extend((0..MAX_TOTALS + 2).map(|_| "tong=~~~1".to_owned()));
        pairs.extend((0..MAX_PROJECTS + 1).map(|i| format!("du-an={}~~C{i}~n", 1000 + i)));
        let (form, catalogue, trouble) = form_from_text(&pairs.join("&"));
        assert_eq!(form.lines.len(), MAX_LINES);
        assert_eq!(form.totals.len(), MAX_TOTALS);
        assert_eq!(catalogue.projects.len(), MAX_PROJECTS);
        assert_eq!(trouble.left_out, 6);
        assert!(trouble.message(Lang::Vi).contains("bỏ qua 6 mục"));
    }
}
