use super::texts::{NavTexts, SectionTexts, Texts};

pub const TEXTS: Texts = Texts {
    site_name: "Sustainable poverty reduction",
    site_tagline: "A poverty-reduction planning tool for communes, villages and citizens",
    skip_to_content: "Skip to main content",
    nav: NavTexts {
        label: "Parts of the site",
        home: "Home",
    },
    language_label: "Language",
    home_title: "Sustainable poverty-reduction planning tool",
    home_intro: "For commune officers, trainers and citizens: classify a household under the multidimensional poverty standard, try target scenarios, and draft and print the yearly poverty-reduction plan.",
    home_sections_heading: "What would you like to do?",
    privacy_heading: "Your data stays on your device",
    privacy_body: "The site runs entirely in your browser. There is no account and no server receiving data: what you enter is stored only on this device, and only when you save it.",
    building_notice: "This part is being built. The site calculates nothing here yet: a tool is put up only once it is fully tested.",
    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. The link may be old or mistyped.",
    not_found_link: "Back to the home page",
    footer_privacy: "What you enter never leaves this device.",
    footer_reference: "Results on this site are for reference and do not replace the official household review.",
    classify: SectionTexts {
        title: "Household classification",
        summary: "Find whether a household is poor (hộ nghèo), near-poor (hộ cận nghèo) or of average living standard under each period's multidimensional standard, with the legal basis and what would change the result.",
    },
    criteria: SectionTexts {
        title: "Poverty criteria",
        summary: "The multidimensional poverty standards (chuẩn nghèo) of each period in plain language: income lines, dimensions and deprivation indicators, legal basis.",
    },
    targets: SectionTexts {
        title: "Targets",
        summary: "Try target scenarios for a commune and its villages: rates, reductions, sharing targets out (giao chỉ tiêu), multi-year paths and arithmetic checks.",
    },
    funding: SectionTexts {
        title: "Funding",
        summary: "Funding (kinh phí) by project, sub-project and source, with totals and checks.",
    },
    plan: SectionTexts {
        title: "Plan",
        summary: "Draft the yearly poverty-reduction plan (kế hoạch) and print it on A4 in the administrative format of Decree 30/2020/NĐ-CP.",
    },
    drafts: SectionTexts {
        title: "Drafts",
        summary: "Keep drafts in the browser, export them to a file, import them back, and share a scenario by link.",
    },
    training: SectionTexts {
        title: "Training",
        summary: "Case studies and exercises for officer training workshops.",
    },
};
