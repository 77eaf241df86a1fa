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
    pub classify_page: ClassifyTexts,
    pub criteria_page: CriteriaTexts,
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

/// The household classification page.
pub struct ClassifyTexts {
    pub intro: &'static str,
    pub standard_legend: &'static str,
    pub standard_label: &'static str,
    pub standard_today: &'static str,
    pub review_hint: &'static str,
    pub date_label: &'static str,
    pub date_none: &'static str,
    pub area_legend: &'static str,
    pub rural: &'static str,
    pub urban: &'static str,
    pub income_legend: &'static str,
    pub method_per_person: &'static str,
    pub method_household: &'static str,
    pub method_scores: &'static str,
    pub income_per_person_label: &'static str,
    pub household_income_label: &'static str,
    pub members_label: &'static str,
    pub number_hint: &'static str,
    pub score_a_label: &'static str,
    pub score_b_label: &'static str,
    pub score_hint: &'static str,
    pub score_b_from_ticks: &'static str,
    pub deprivations_legend: &'static str,
    pub deprivations_hint: &'static str,
    pub result_heading: &'static str,
    pub result_incomplete: &'static str,
    pub result_invalid: &'static str,
    pub income_per_person_result: &'static str,
    pub deprivation_count: &'static str,
    pub steps_heading: &'static str,
    pub changes_heading: &'static str,
    pub no_changes: &'static str,
    pub deprivations_heading: &'static str,
    pub none_deprived: &'static str,
    pub not_counted: &'static str,
    pub reference_notice: &'static str,
    pub weakest_notice: &'static str,
    pub local_label: &'static str,
    pub share_label: &'static str,
    pub copy_link: &'static str,
    pub print: &'static str,
    pub compare_heading: &'static str,
    pub compare_caption: &'static str,
    pub col_standard: &'static str,
    pub col_line: &'static str,
    pub col_counted: &'static str,
    pub col_result: &'static str,
    pub col_note: &'static str,
    pub compare_differs: &'static str,
    pub compare_scores: &'static str,
    pub link_problems_heading: &'static str,
    pub summary_prefix: &'static str,
}

/// The public criteria pages.
pub struct CriteriaTexts {
    pub intro: &'static str,
    pub contents: &'static str,
    pub legend_heading: &'static str,
    pub legend_body: &'static str,
    pub legend_secondary: &'static str,
    pub legend_unverified: &'static str,
    pub compare_heading: &'static str,
    pub compare_caption: &'static str,
    pub row_applies: &'static str,
    pub row_rural: &'static str,
    pub row_urban: &'static str,
    pub row_near: &'static str,
    pub row_band: &'static str,
    pub row_min: &'static str,
    pub row_indicators: &'static str,
    pub row_basis: &'static str,
    pub none: &'static str,
    pub unknown: &'static str,
    pub low_income_note: &'static str,
    pub applies: &'static str,
    pub until: &'static str,
    pub basis: &'static str,
    pub who_heading: &'static str,
    pub dimensions_heading: &'static str,
    pub col_indicator: &'static str,
    pub col_threshold: &'static str,
    pub col_basis: &'static str,
    pub indicators_of: &'static str,
    pub print: &'static str,
    pub try_it: &'static str,
}
