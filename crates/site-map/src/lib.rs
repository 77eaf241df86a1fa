//! Every page of the site in one table. The app's [`Section`] enum, its
//! navigation bar, `xtask`'s list of bundles (and so the build, the layout
//! of `dist/` and the size report) and the end-to-end tests' list of pages
//! all come from the `pages!` invocation below: a page is added or removed
//! here alone. The app's build script checks that each bundle named here
//! has its `src/bin/<bundle>.rs` and its `[[bin]]` in `Cargo.toml`.
//!
//! Paths are Vietnamese without diacritics, so that links stay readable
//! when pasted into a message, and end in `/` because each page is a
//! directory with its own `index.html`.

/// A page's name in each language: its link in the navigation and
/// elsewhere, and the title of the pages in the navigation bar.
#[derive(Debug, PartialEq, Eq)]
pub struct Name {
    pub vi: &'static str,
    pub en: &'static str,
}

/// One page of the site.
#[derive(Debug)]
pub struct Page {
    pub section: Section,
    /// From the site's root: `/`, `/chi-tieu/bieu/`.
    pub path: &'static str,
    /// The `src/bin/<bundle>.rs` that renders it; a bundle may render
    /// several pages.
    pub bundle: &'static str,
    /// The navigation entry it belongs under; `None` for an entry of the
    /// navigation bar itself.
    pub under: Option<Section>,
    pub name: Name,
}

macro_rules! pages {
    ($(
        $(#[doc = $doc:literal])*
        $section:ident: $path:literal, bundle $bundle:literal, $(under $under:ident,)? ($vi:literal, $en:literal);
    )*) => {
        /// The pages of the site, in navigation order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Section {
            $($(#[doc = $doc])* $section,)*
        }

        /// Every page, in the order of [`Section`].
        pub const PAGES: &[Page] = &[$(
            Page {
                section: Section::$section,
                path: $path,
                bundle: $bundle,
                under: pages!(@under $($under)?),
                name: Name { vi: $vi, en: $en },
            },
        )*];
    };
    (@under) => { None };
    (@under $under:ident) => { Some(Section::$under) };
}

pages! {
    Home: "/", bundle "home", ("Trang chủ", "Home");
    Classify: "/phan-loai-ho/", bundle "classify", ("Phân loại hộ", "Household classification");
    Criteria: "/chuan-ngheo/", bundle "criteria", ("Chuẩn nghèo", "Poverty criteria");
    Targets: "/chi-tieu/", bundle "targets", ("Chỉ tiêu", "Targets");
    Funding: "/kinh-phi/", bundle "funding", ("Kinh phí", "Funding");
    Plan: "/ke-hoach/", bundle "plan", ("Kế hoạch", "Plan");
    Drafts: "/ban-nhap/", bundle "drafts", ("Bản nháp", "Drafts");
    Training: "/tap-huan/", bundle "training", ("Tập huấn", "Training");
    /// The guided questionnaire.
    Questionnaire: "/phan-loai-ho/cau-hoi/", bundle "questionnaire", under Classify,
        ("Câu hỏi về hộ gia đình", "Questions about the household");
    /// Making local standards.
    LocalStandards: "/chuan-ngheo/dia-phuong/", bundle "local", under Criteria,
        ("Chuẩn địa phương", "Local standards");
    /// Every rule whose status is not verified, for a reader with the texts.
    UnverifiedRules: "/chuan-ngheo/chua-doi-chieu/", bundle "criteria", under Criteria,
        ("Quy định chưa đối chiếu văn bản gốc", "Rules not yet checked against the original texts");
    /// Reading a household list.
    Households: "/chi-tieu/danh-sach-ho/", bundle "households", under Targets, ("Danh sách hộ", "Household list");
    /// Multi-year paths and target forms.
    Path: "/chi-tieu/lo-trinh/", bundle "path", under Targets, ("Lộ trình nhiều năm", "Multi-year path");
    /// The target annex to print, import and export.
    Annex: "/chi-tieu/bieu/", bundle "annex", under Targets, ("Biểu chỉ tiêu", "Target annex");
    /// Last year's results in the plan.
    PlanResults: "/ke-hoach/ket-qua/", bundle "plan-results", under Plan,
        ("Kết quả năm trước", "Last year's results");
    /// The plan's purpose, objectives and targets.
    PlanTargets: "/ke-hoach/muc-tieu/", bundle "plan-targets", under Plan,
        ("Mục đích, mục tiêu, chỉ tiêu", "Purpose, objectives and targets");
    /// The plan's targets per dimension of deprivation, as a table.
    PlanDimensions: "/ke-hoach/thieu-hut/", bundle "plan-dimensions", under Plan,
        ("Chỉ tiêu theo chiều thiếu hụt", "Targets per dimension");
    /// The plan's content, funding, solutions and who does what.
    PlanWork: "/ke-hoach/thuc-hien/", bundle "plan-work", under Plan,
        ("Nội dung và tổ chức thực hiện", "Content and implementation");
    /// Each project's section: what it does, its offices, its outputs.
    PlanProjects: "/ke-hoach/du-an/", bundle "plan-projects", under Plan, ("Các dự án", "Projects");
    /// The body's outline and the parts of the officer's own.
    PlanOutline: "/ke-hoach/bo-cuc/", bundle "plan-outline", under Plan,
        ("Bố cục và các mục riêng", "Outline and parts of your own");
    /// The plan's A4 print preview.
    PlanPrint: "/ke-hoach/in/", bundle "plan-print", under Plan, ("Bản in kế hoạch", "The plan, printed");
    /// The plan as a Word file, its writer loaded only when asked for.
    PlanWord: "/ke-hoach/word/", bundle "plan-word", under Plan, ("Tải kế hoạch dạng Word", "The plan as a Word file");
    /// The funding table to print and download.
    FundingTable: "/kinh-phi/bang/", bundle "funding-table", under Funding, ("Biểu kinh phí", "Funding table");
    /// The project catalogue.
    FundingCatalogue: "/kinh-phi/danh-muc/", bundle "funding-catalogue", under Funding,
        ("Danh mục dự án", "Project catalogue");
}

impl Section {
    pub fn page(self) -> &'static Page {
        // `PAGES` lists the sections in their declaration order.
        &PAGES[self as usize]
    }

    pub fn path(self) -> &'static str {
        self.page().path
    }

    pub fn name(self) -> &'static Name {
        &self.page().name
    }

    /// The navigation entry a page belongs under (itself for an entry).
    pub fn nav_entry(self) -> Section {
        self.page().under.unwrap_or(self)
    }

    /// The entries of the navigation bar, in order.
    pub fn nav() -> impl Iterator<Item = Section> {
        PAGES.iter().filter(|p| p.under.is_none()).map(|p| p.section)
    }

    /// The section at a path inside the site (`/chi-tieu` or `/chi-tieu/`).
    pub fn from_path(path: &str) -> Option<Section> {
        let trimmed = path.trim_end_matches("index.html").trim_end_matches('/');
        PAGES
            .iter()
            .find(|p| p.path.trim_end_matches('/') == trimmed)
            .map(|p| p.section)
    }

    /// The page's directory under the site's root: `""` for the home page,
    /// `chi-tieu/bieu` for the annex.
    pub fn dir(self) -> &'static str {
        self.path().trim_matches('/')
    }
}

/// Every bundle, once, in the order its first page comes.
pub fn bundles() -> Vec<&'static str> {
    let mut bundles: Vec<&'static str> = Vec::new();
    for page in PAGES {
        if !bundles.contains(&page.bundle) {
            bundles.push(page.bundle);
        }
    }
    bundles
}

/// Bundles that are web workers, not pages: no page's first load carries
/// them; a page starts one when the user gives it a table to read, or asks
/// for an .xlsx file (`src/workers/`). Each is `<name>.js` at the site's
/// root.
pub const WORKERS: &[&str] = &["reader", "writer"];

/// The page a server answers for an address the site does not have, at
/// the site's root; the home bundle draws it (not-found).
pub const NOT_FOUND_FILE: &str = "404.html";

/// The id of the element that holds a page's HTML drawn at build time,
/// which its bundle replaces when it starts (the app's `src/prerender.rs`).
pub const PRERENDERED_ID: &str = "prerendered";

/// The pages one bundle renders.
pub fn pages_of(bundle: &str) -> impl Iterator<Item = &'static Page> {
    PAGES.iter().filter(move |p| p.bundle == bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_section_finds_its_own_row() {
        for (i, page) in PAGES.iter().enumerate() {
            assert_eq!(page.section as usize, i);
            assert_eq!(page.section.page().path, page.path);
        }
    }

    #[test]
    fn paths_are_unique_directories_of_the_root() {
        for (i, page) in PAGES.iter().enumerate() {
            assert!(page.path.starts_with('/') && page.path.ends_with('/'), "{}", page.path);
            assert!(page.path.is_ascii() && !page.path.contains("//"), "{}", page.path);
            assert!(PAGES[..i].iter().all(|p| p.path != page.path), "{} twice", page.path);
            assert_eq!(Section::from_path(page.path), Some(page.section));
        }
        assert_eq!(Section::from_path("/chi-tieu"), Some(Section::Targets));
        assert_eq!(Section::from_path("/chi-tieu/index.html"), Some(Section::Targets));
        assert_eq!(Section::from_path("/khong-co/"), None);
        assert_eq!(Section::Home.dir(), "");
        assert_eq!(Section::Annex.dir(), "chi-tieu/bieu");
    }

    #[test]
    fn a_page_belongs_under_an_entry_of_the_bar() {
        for page in PAGES {
            if let Some(entry) = page.under {
                assert_eq!(
                    entry.page().under,
                    None,
                    "{:?} is under a page that is itself under another",
                    page.section
                );
            }
        }
        assert_eq!(Section::Annex.nav_entry(), Section::Targets);
        assert_eq!(Section::Plan.nav_entry(), Section::Plan);
        assert_eq!(Section::nav().next(), Some(Section::Home));
    }

    #[test]
    fn every_page_is_named_in_both_languages() {
        for page in PAGES {
            assert!(!page.name.vi.trim().is_empty() && !page.name.en.trim().is_empty());
        }
    }

    #[test]
    fn bundles_are_listed_once_and_the_home_bundle_renders_the_root() {
        let bundles = bundles();
        assert_eq!(bundles.len(), 23);
        assert_eq!(pages_of("criteria").count(), 2);
        assert_eq!(Section::Home.page().bundle, "home");
        for bundle in &bundles {
            assert!(pages_of(bundle).next().is_some());
        }
    }
}
