use crate::section::Section;

/// All UI text of one language.
pub struct Texts {
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav: NavTexts,
    pub language_label: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_sections_heading: &'static str,
    pub privacy_heading: &'static str,
    pub privacy_body: &'static str,
    pub building_notice: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_link: &'static str,
    pub footer_privacy: &'static str,
    pub footer_reference: &'static str,
    pub classify: SectionTexts,
    pub criteria: SectionTexts,
    pub targets: SectionTexts,
    pub funding: SectionTexts,
    pub plan: SectionTexts,
    pub drafts: SectionTexts,
    pub training: SectionTexts,
}

pub struct NavTexts {
    pub label: &'static str,
    pub home: &'static str,
}

/// What a section is called and what it does, for its page and its card.
pub struct SectionTexts {
    pub title: &'static str,
    pub summary: &'static str,
}

impl Texts {
    /// The name of a section in the navigation bar.
    pub fn nav_label(&self, section: Section) -> &'static str {
        match self.section(section) {
            Some(texts) => texts.title,
            None => self.nav.home,
        }
    }

    /// The title and summary of a section; the home page has none.
    pub fn section(&self, section: Section) -> Option<&SectionTexts> {
        match section {
            Section::Home => None,
            Section::Classify => Some(&self.classify),
            Section::Criteria => Some(&self.criteria),
            Section::Targets => Some(&self.targets),
            Section::Funding => Some(&self.funding),
            Section::Plan => Some(&self.plan),
            Section::Drafts => Some(&self.drafts),
            Section::Training => Some(&self.training),
        }
    }
}
