//! The yearly poverty-reduction plan (kế hoạch giảm nghèo): the plan as
//! typed and its storage text, sentences generated from the numbers, one
//! document model shared by the HTML preview and Word, and a hand-written
//! .docx writer following Nghị định 30/2020. See `docs/plan.md`.

mod assemble;
mod clauses;
mod dimensions;
mod document;
mod docx;
mod form;
mod from_parts;
mod header_check;
mod numbering;
mod numbers;
mod org_preset;
mod place_date;
mod projects;
mod results;
mod sentences;
mod starter;
mod stated;
mod tables;
mod text_form;
mod unit_level;

pub use assemble::{build_document, paragraphs, standard_title};
pub use clauses::{closing_line, enacting_clause};
pub use dimensions::{
    Cell, DimensionFinding, DimensionRow, check_dimensions, dimensions_table, fill_baselines, indicator_row,
    listed_baseline, missing_indicator_rows,
};
pub use document::{Align, Block, Column, Document, NationalHeader, ParagraphStyle, SignatureBlock, Table};
pub use docx::to_docx;
pub use form::{
    Header, Lines, OrgRow, Organisation, OutlinePart, Output, PlanForm, ProjectOffice, ProjectPlan, Section, SectionId,
    Signature,
};
pub use from_parts::{DraftNumbers, numbers_from_funding, numbers_from_parts, numbers_from_targets};
pub use header_check::{FieldError, HeaderField, check_header};
pub use lang::Lang;
pub use numbers::{Amount, Figures, PlanNumbers, TargetRow, Targets, UnitLevel};
pub use org_preset::{ORGANISATION_NOTE, organisation_preset};
pub use place_date::place_date;
pub use projects::{
    ProjectFinding, check_projects, money_sentences, money_total, offices_sentence, outputs_sentence, planned,
    programme_citation, project_plan, project_starter, projects_table,
};
pub use results::{LastYear, StandardChange, results, results_table, review_table};
pub use sentences::{TargetFinding, check_targets, funding_summary, situation, targets};
pub use starter::{UsualPart, starter, usual_part};
pub use stated::{FIGURE_KEYS, FiguresText, LastYearText, StatedError, TargetText, TargetsText, read_stated};
pub use text_form::{TextTrouble, TroubleKind, VERSION, from_text, to_text};
