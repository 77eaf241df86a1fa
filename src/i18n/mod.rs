//! Vietnamese first, English second. Every piece of UI text is a field of
//! [`Texts`], so a language that misses one does not compile.

mod drafts;
mod en;
mod funding;
mod funding_catalogue;
mod funding_table;
mod home;
mod plan;
mod texts;
mod training;
mod vi;

use leptos::prelude::*;

use crate::section::Section;

pub use drafts::{DraftTexts, DraftsPageTexts, draft_texts, drafts_page_texts};
pub use funding::{FundingTexts, funding_texts};
pub use funding_catalogue::{FundingCatalogueTexts, funding_catalogue_texts};
pub use funding_table::{FundingTableTexts, funding_table_texts};
pub use home::{HomeTexts, home_texts};
pub use plan::{
    PlanCommonTexts, PlanDimensionsTexts, PlanDocTexts, PlanFrameTexts, PlanOutlineTexts, PlanProjectsTexts, PlanTexts,
    plan_common_texts, plan_dimensions_texts, plan_doc_texts, plan_frame_texts, plan_outline_texts,
    plan_projects_texts, plan_texts,
};
pub use texts::{
    ClassifyTexts, CountTexts, CriteriaTexts, FileTexts, HouseholdsTexts, ImportTexts, LocalTexts, MappingTexts,
    PathTexts, QuestionnaireTexts, TargetsTexts, Texts, WorkerTexts,
};
pub use training::{TrainingTexts, training_texts};

pub use lang::Lang;

/// The language choice, shared through context. The app renders anew when
/// it changes, so pages read the language once with [`use_lang`] rather
/// than subscribing to it string by string (which costs code size).
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// The language of the current render.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_else(|| use_locale().0.get_untracked())
}

/// Picks the current language's side of a bilingual text from the data.
pub fn pick(lang: Lang, text: &lang::Text) -> String {
    text.get(lang).to_owned()
}

/// The reader worker's failures in `lang` (`src/workers/reader.rs`),
/// which come outside any render.
pub fn reader_texts(lang: Lang) -> &'static WorkerTexts {
    match lang {
        Lang::Vi => &vi::READER,
        Lang::En => &en::READER,
    }
}

/// The writer worker's failures in `lang` (`src/workers/writer.rs`).
pub fn writer_texts(lang: Lang) -> &'static WorkerTexts {
    match lang {
        Lang::Vi => &vi::WRITER,
        Lang::En => &en::WRITER,
    }
}

/// The texts of a table's import from a file, in `lang`.
pub fn import_texts(lang: Lang) -> &'static ImportTexts {
    match lang {
        Lang::Vi => &vi::IMPORT,
        Lang::En => &en::IMPORT,
    }
}

/// The texts of the column-mapping step, in `lang`.
pub fn mapping_texts(lang: Lang) -> &'static MappingTexts {
    match lang {
        Lang::Vi => &vi::MAPPING,
        Lang::En => &en::MAPPING,
    }
}

/// The texts of the buttons the writer worker serves, in `lang`.
pub fn file_texts(lang: Lang) -> &'static FileTexts {
    match lang {
        Lang::Vi => &vi::FILE,
        Lang::En => &en::FILE,
    }
}

/// A page's name (its link, and the title of a page of the navigation bar)
/// in the current render's language, from the site's table of pages.
pub fn page_name(section: Section) -> &'static str {
    let name = section.name();
    use_lang().pick(name.vi, name.en)
}

/// The texts of the current render's language.
pub fn use_texts() -> &'static Texts {
    use_lang().pick(&vi::TEXTS, &en::TEXTS)
}

/// The classify page's texts in the current language. Kept apart from
/// [`Texts`] so that a bundle carries only the pages it renders.
pub fn classify_texts() -> &'static ClassifyTexts {
    match use_lang() {
        Lang::Vi => &vi::CLASSIFY,
        Lang::En => &en::CLASSIFY,
    }
}

/// The criteria page's texts in the current language. Kept apart from
/// [`Texts`] so that a bundle carries only the pages it renders.
pub fn criteria_texts() -> &'static CriteriaTexts {
    match use_lang() {
        Lang::Vi => &vi::CRITERIA,
        Lang::En => &en::CRITERIA,
    }
}

/// The questionnaire page's texts in the current language. Kept apart from
/// [`Texts`] so that a bundle carries only the pages it renders.
pub fn questionnaire_texts() -> &'static QuestionnaireTexts {
    match use_lang() {
        Lang::Vi => &vi::QUESTIONNAIRE,
        Lang::En => &en::QUESTIONNAIRE,
    }
}

/// The local page's texts in the current language. Kept apart from
/// [`Texts`] so that a bundle carries only the pages it renders.
pub fn local_texts() -> &'static LocalTexts {
    match use_lang() {
        Lang::Vi => &vi::LOCAL,
        Lang::En => &en::LOCAL,
    }
}

/// The targets page's texts in the current language. Kept apart from
/// [`Texts`] so that a bundle carries only the pages it renders.
pub fn targets_texts() -> &'static TargetsTexts {
    match use_lang() {
        Lang::Vi => &vi::TARGETS,
        Lang::En => &en::TARGETS,
    }
}

/// The count columns' headers in the current language.
pub fn count_texts() -> &'static CountTexts {
    match use_lang() {
        Lang::Vi => &vi::COUNTS,
        Lang::En => &en::COUNTS,
    }
}

/// The multi-year path's and target forms' texts in the current language.
pub fn path_texts() -> &'static PathTexts {
    match use_lang() {
        Lang::Vi => &vi::PATH,
        Lang::En => &en::PATH,
    }
}

/// The households page's texts in the current language. Kept apart from
/// [`Texts`] so that a bundle carries only the pages it renders.
pub fn households_texts() -> &'static HouseholdsTexts {
    match use_lang() {
        Lang::Vi => &vi::HOUSEHOLDS,
        Lang::En => &en::HOUSEHOLDS,
    }
}
