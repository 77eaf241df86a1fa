//! The planner's catalogue inside a funding text (`danh-muc=…&du-an=…`),
//! written only when it is not the 2021–2025 preset.
//!
//! `danh-muc` holds `next_id`, so an id never comes back after a removal.
//! Each `du-an` is one project, in the catalogue's order: its id alone for
//! a preset project as the data file has it, or
//! `<id>~<parent>~<code>~<name vi>~<name en>` for a project the user added
//! or changed (an empty English name is the Vietnamese one).
//!
//! The legal basis never travels: a preset project is given the data
//! file's, a changed preset project the same document marked unverified,
//! any other project "Do người dùng thêm", unverified. So no link can make
//! a project look verified.

use lang::Text;
use link_text::encode;

use crate::catalogue::{Catalogue, FIRST_USER_ID, Programme, Project, ProjectId, mark_renamed, user_basis};
use crate::form_text::{Trouble, cell, fields_text};

/// Projects read from a text; more are left out and reported.
pub const MAX_PROJECTS: usize = 500;

/// The catalogue's pairs: none when it is the 2021–2025 preset, so texts
/// written before the second preset read the same; `chuong-trinh` first
/// for another programme, whose preset the ids then refer to.
pub(crate) fn catalogue_pairs(catalogue: &Catalogue) -> Vec<String> {
    let preset = Catalogue::preset(catalogue.programme);
    let mut pairs = Vec::new();
    if catalogue.programme != Programme::default() {
        pairs.push(format!("chuong-trinh={}", catalogue.programme.key()));
    }
    if *catalogue == preset {
        return pairs;
    }
    pairs.push(format!("danh-muc={}", catalogue.next_id));
    for project in &catalogue.projects {
        if preset.get(project.id) == Some(project) {
            pairs.push(format!("du-an={}", project.id.0));
            continue;
        }
        let en = if project.name.en == project.name.vi {
            ""
        } else {
            &project.name.en
        };
        let fields = [
            project.id.0.to_string(),
            project.parent.map(|p| p.0.to_string()).unwrap_or_default(),
            encode(&project.code),
            encode(&project.name.vi),
            encode(en),
        ];
        pairs.push(format!("du-an={}", fields_text(fields)));
    }
    pairs
}

/// Gathers `danh-muc` and `du-an` values as they come.
pub(crate) struct CatalogueReader {
    preset: Catalogue,
    given: bool,
    next_id: Option<u32>,
    projects: Vec<Project>,
}

/// The programme a text's `chuong-trinh` names; the 2021–2025 one when it
/// names none or one this version does not know (counted unreadable).
pub(crate) fn read_programme(raw: Option<&str>, trouble: &mut Trouble) -> Programme {
    match raw {
        None => Programme::default(),
        Some(raw) => Programme::ALL.into_iter().find(|p| p.key() == raw).unwrap_or_else(|| {
            trouble.unreadable += 1;
            Programme::default()
        }),
    }
}

impl CatalogueReader {
    pub(crate) fn new(programme: Programme) -> CatalogueReader {
        CatalogueReader {
            preset: Catalogue::preset(programme),
            given: false,
            next_id: None,
            projects: Vec::new(),
        }
    }

    pub(crate) fn next_id(&mut self, raw: &str, trouble: &mut Trouble) {
        self.given = true;
        match raw.parse() {
            Ok(next) => self.next_id = Some(next),
            Err(_) => trouble.unreadable += 1,
        }
    }

    pub(crate) fn project(&mut self, raw: &str, trouble: &mut Trouble) {
        self.given = true;
        if self.projects.len() >= MAX_PROJECTS {
            trouble.left_out += 1;
            return;
        }
        match self.read_project(raw, trouble) {
            Some(project) => self.projects.push(project),
            None => trouble.projects_skipped += 1,
        }
    }

    /// `None` when the project cannot join the catalogue as it stands: no
    /// id, an id or code already used, a parent not listed before it.
    fn read_project(&self, raw: &str, trouble: &mut Trouble) -> Option<Project> {
        let mut fields = raw.split('~');
        let id = ProjectId(fields.next()?.parse().ok()?);
        if self.projects.iter().any(|p| p.id == id) {
            return None;
        }
        let project = match fields.next() {
            // The id alone: the preset's project, untouched.
            None => self.preset.get(id)?.clone(),
            Some(parent) => {
                let parent = match parent {
                    "" => None,
                    parent => Some(ProjectId(parent.parse().ok()?)),
                };
                let code = cell(fields.next().unwrap_or_default(), trouble);
                let vi = cell(fields.next().unwrap_or_default(), trouble);
                let en = cell(fields.next().unwrap_or_default(), trouble);
                trouble.unreadable += fields.count();
                let en = if en.is_empty() { vi.clone() } else { en };
                let basis = match self.preset.get(id) {
                    Some(preset) => {
                        let mut basis = preset.basis.clone();
                        mark_renamed(&mut basis);
                        basis
                    }
                    None => user_basis(),
                };
                Project {
                    id,
                    parent,
                    code,
                    name: Text { vi, en },
                    basis,
                }
            }
        };
        let fits = !project.code.trim().is_empty()
            && !project.name.vi.trim().is_empty()
            && !self.projects.iter().any(|p| p.code.trim() == project.code.trim())
            && project
                .parent
                .is_none_or(|parent| self.projects.iter().any(|p| p.id == parent));
        fits.then_some(project)
    }

    /// The catalogue read, or the preset when the text held none.
    pub(crate) fn finish(self) -> Catalogue {
        if !self.given {
            return self.preset;
        }
        let next_id = self.next_id.unwrap_or_else(|| {
            self.projects
                .iter()
                .map(|p| p.id.0.saturating_add(1))
                .chain([FIRST_USER_ID])
                .max()
                .unwrap_or(FIRST_USER_ID)
        });
        Catalogue {
            projects: self.projects,
            next_id,
            programme: self.preset.programme,
        }
    }
}
