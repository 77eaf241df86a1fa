//! The content of every bundle, whose pages are also drawn at build time
//! (`src/prerender.rs`): one function per bundle, which its binary mounts
//! (with `shell::start_over_prerendered`) and the pre-render draws, so
//! that both draw the same page.

use leptos::prelude::*;

use crate::pages::*;
use crate::section::Section;

/// The home bundle: the home page and the not-found page.
pub fn home(section: Option<Section>) -> AnyView {
    match section {
        Some(Section::Home) => view! { <Home /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// The criteria bundle: the plain-language criteria and the rules not yet
/// verified.
pub fn criteria(section: Option<Section>) -> AnyView {
    match section {
        Some(Section::UnverifiedRules) => view! { <UnverifiedRulesPage /> }.into_any(),
        _ => view! { <CriteriaPage /> }.into_any(),
    }
}

/// The bundles of one page each.
macro_rules! single {
    ($($bundle:ident: $page:ident;)*) => {$(
        #[doc = concat!("The `", stringify!($bundle), "` bundle.")]
        pub fn $bundle(_: Option<Section>) -> AnyView {
            view! { <$page /> }.into_any()
        }
    )*};
}

single! {
    annex: AnnexPage;
    classify: ClassifyPage;
    drafts: DraftsPage;
    funding_catalogue: FundingCataloguePage;
    funding_table: FundingTablePage;
    funding: FundingPage;
    households: HouseholdsPage;
    local: LocalStandardsPage;
    path: PathPage;
    plan_dimensions: PlanDimensionsPage;
    plan_outline: PlanOutlinePage;
    plan_print: PlanPrintPage;
    plan_projects: PlanProjectsPage;
    plan_results: PlanResultsPage;
    plan_targets: PlanTargetsPage;
    plan_word: PlanWordPage;
    plan_work: PlanWorkPage;
    plan: PlanPage;
    questionnaire: QuestionnairePage;
    targets: TargetsPage;
    training: TrainingPage;
}
