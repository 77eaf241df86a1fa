/// The parts of the site, in navigation order. Paths are Vietnamese without
/// diacritics so that links stay readable when pasted into a message, and
/// end in `/` because each section is a directory with its own index.html.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Home,
    Classify,
    Criteria,
    Targets,
    Funding,
    Plan,
    Drafts,
    Training,
    /// The guided questionnaire, a page under household classification.
    Questionnaire,
    /// Making local standards, a page under the criteria.
    LocalStandards,
    /// Reading a household list, a page under the targets.
    Households,
    /// Multi-year paths, a page under the targets.
    Path,
    /// The plan's print preview, a page under the plan.
    PlanPrint,
    /// The plan as a Word file, a page under the plan.
    PlanWord,
    /// The target annex to print, import and export, a page under the targets.
    Annex,
    /// The funding table to print and download, a page under the funding.
    FundingTable,
    /// The project catalogue, a page under the funding.
    FundingCatalogue,
}

impl Section {
    /// The sections in the navigation bar.
    pub const NAV: [Section; 8] = [
        Section::Home,
        Section::Classify,
        Section::Criteria,
        Section::Targets,
        Section::Funding,
        Section::Plan,
        Section::Drafts,
        Section::Training,
    ];

    /// Pages under a navigation entry rather than in the bar.
    pub const SUB_PAGES: [Section; 9] = [
        Section::Questionnaire,
        Section::LocalStandards,
        Section::Households,
        Section::Path,
        Section::PlanPrint,
        Section::PlanWord,
        Section::Annex,
        Section::FundingTable,
        Section::FundingCatalogue,
    ];

    /// The navigation entry a page belongs under.
    pub fn nav_entry(self) -> Section {
        match self {
            Section::Questionnaire => Section::Classify,
            Section::LocalStandards => Section::Criteria,
            Section::Households | Section::Path | Section::Annex => Section::Targets,
            Section::PlanPrint | Section::PlanWord => Section::Plan,
            Section::FundingTable | Section::FundingCatalogue => Section::Funding,
            other => other,
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            Section::Home => "/",
            Section::Classify => "/phan-loai-ho/",
            Section::Criteria => "/chuan-ngheo/",
            Section::Targets => "/chi-tieu/",
            Section::Funding => "/kinh-phi/",
            Section::Plan => "/ke-hoach/",
            Section::Drafts => "/ban-nhap/",
            Section::Training => "/tap-huan/",
            Section::Questionnaire => "/phan-loai-ho/cau-hoi/",
            Section::LocalStandards => "/chuan-ngheo/dia-phuong/",
            Section::Households => "/chi-tieu/danh-sach-ho/",
            Section::Path => "/chi-tieu/lo-trinh/",
            Section::PlanPrint => "/ke-hoach/in/",
            Section::PlanWord => "/ke-hoach/word/",
            Section::Annex => "/chi-tieu/bieu/",
            Section::FundingTable => "/kinh-phi/bang/",
            Section::FundingCatalogue => "/kinh-phi/danh-muc/",
        }
    }

    /// The section at a path inside the site (`/chi-tieu` or `/chi-tieu/`).
    pub fn from_path(path: &str) -> Option<Section> {
        let trimmed = path.trim_end_matches("index.html").trim_end_matches('/');
        Section::NAV
            .into_iter()
            .chain(Section::SUB_PAGES)
            .find(|s| s.path().trim_end_matches('/') == trimmed)
    }
}
