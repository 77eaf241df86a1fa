//! The projects money is planned for (dự án, tiểu dự án): the 2021–2025
//! programme's as a preset generated from `data/catalogue/` (see `build.rs`),
//! or the planner's own, since the 2026–2035 programme's are not known here.
//! Ids are stable and never reused, so a funding line keeps its project.

use lang::{Lang, msg};
use lang::{LegalBasis, Status, Text};

include!(concat!(env!("OUT_DIR"), "/preset.rs"));

/// Ids below this belong to presets; the user's projects get ids from it up.
pub const FIRST_USER_ID: u32 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProjectId(pub u32);

/// A project, or a sub-project when it has a parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: ProjectId,
    pub parent: Option<ProjectId>,
    /// Short and unique, as official tables abbreviate: `DA1`, `DA3.TDA1`.
    pub code: String,
    pub name: Text,
    pub basis: LegalBasis,
}

/// The national target programme a catalogue belongs to; a plan cites it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Programme {
    /// Giảm nghèo bền vững 2021–2025 (Quyết định 90/QĐ-TTg).
    #[default]
    Sustainable2021To2025,
    /// The merged programme 2026–2035 (Nghị quyết 257/2025/QH15).
    Merged2026To2035,
}

impl Programme {
    pub const ALL: [Programme; 2] = [Programme::Sustainable2021To2025, Programme::Merged2026To2035];

    fn preset(self) -> (&'static PresetProgramme, &'static [PresetProject]) {
        match self {
            Programme::Sustainable2021To2025 => (&PROGRAMME_2021_2025, PRESET_2021_2025),
            Programme::Merged2026To2035 => (&PROGRAMME_2026_2035, PRESET_2026_2035),
        }
    }

    /// The programme's name, as a plan cites it.
    pub fn name(self) -> Text {
        let (vi, en) = self.preset().0.name;
        Text::new(vi, en)
    }

    /// The documents that set the programme up, with their status.
    pub fn basis(self) -> LegalBasis {
        preset_basis(self.preset().0.basis)
    }

    /// Its key in a funding text (`chuong-trinh`).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Programme::Sustainable2021To2025 => "2021",
            Programme::Merged2026To2035 => "2026",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// Parents before their children; this order is the printed order.
    pub projects: Vec<Project>,
    /// The lowest id the next added project may take; it only grows.
    pub next_id: u32,
    /// The programme whose preset it started from.
    pub programme: Programme,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    EmptyCode,
    EmptyName,
    DuplicateCode {
        code: String,
    },
    UnknownProject {
        id: ProjectId,
    },
    /// No id is left (only reachable with a hand-made catalogue).
    NoIdLeft,
}

impl CatalogueError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CatalogueError::EmptyCode => msg!(
                lang,
                "Chưa nhập mã dự án, ví dụ DA8 hoặc DA8.TDA1.",
                "Enter a project code, e.g. DA8 or DA8.TDA1."
            ),
            CatalogueError::EmptyName => msg!(lang, "Chưa nhập tên dự án.", "Enter the project's name."),
            CatalogueError::DuplicateCode { code } => msg!(
                lang,
                "Mã «{code}» đã có trong danh mục.",
                "The code “{code}” is already in the catalogue."
            ),
            CatalogueError::UnknownProject { .. } => msg!(
                lang,
                "Dự án này không có trong danh mục.",
                "This project is not in the catalogue."
            ),
            CatalogueError::NoIdLeft => msg!(
                lang,
                "Danh mục không thêm được dự án nào nữa.",
                "No more projects can be added to the catalogue."
            ),
        }
    }
}

/// `(vi, en)`.
type PresetText = (&'static str, &'static str);

/// A project of the preset as the generated table holds it: data rather
/// than a constructor call per project, about 2 KB less wasm.
struct PresetProject {
    id: u32,
    parent: Option<u32>,
    code: &'static str,
    name: PresetText,
    /// Document, article, status and note.
    basis: PresetBasis,
}

type PresetBasis = (&'static str, Option<&'static str>, Status, Option<PresetText>);

/// A programme as its data file names it.
struct PresetProgramme {
    name: PresetText,
    basis: PresetBasis,
}

/// The programmes' documents are not in poverty-rules' table of legal
/// documents, so they are cited by text alone.
fn preset_basis((document, article, status, note): PresetBasis) -> LegalBasis {
    LegalBasis {
        document_id: None,
        document: document.to_owned(),
        article: article.map(str::to_owned),
        status,
        note: note.map(|(vi, en)| Text::new(vi, en)),
    }
}

impl PresetProject {
    fn project(&self) -> Project {
        Project {
            id: ProjectId(self.id),
            parent: self.parent.map(ProjectId),
            code: self.code.to_owned(),
            name: Text::new(self.name.0, self.name.1),
            basis: preset_basis(self.basis),
        }
    }
}

/// The basis of a project the user added: no document, unverified.
pub(crate) fn user_basis() -> LegalBasis {
    LegalBasis {
        document_id: None,
        document: "Do người dùng thêm".into(),
        article: None,
        status: Status::Unverified,
        note: Some(Text::new(
            "Dự án do người dùng thêm vào danh mục; chưa đối chiếu văn bản.",
            "Added to the catalogue by the user; not checked against any document.",
        )),
    }
}

/// A preset project whose code or name the user changed keeps its
/// document, but is no longer as the data had it.
pub(crate) fn mark_renamed(basis: &mut LegalBasis) {
    basis.status = Status::Unverified;
    basis.note = Some(Text::new(
        "Mã hoặc tên do người dùng sửa; chưa đối chiếu văn bản.",
        "Code or name changed by the user; not checked against the document.",
    ));
}

/// A name as typed: trimmed, and the Vietnamese reused when no English is given.
fn clean_name(name: &Text) -> Result<Text, CatalogueError> {
    let vi = name.vi.trim();
    if vi.is_empty() {
        return Err(CatalogueError::EmptyName);
    }
    let en = match name.en.trim() {
        "" => vi,
        en => en,
    };
    Ok(Text::new(vi, en))
}

impl Catalogue {
    /// The seven projects of the 2021–2025 programme (Quyết định 90/QĐ-TTg)
    /// and their sub-projects, each with its basis and status.
    pub fn preset_2021_2025() -> Catalogue {
        Catalogue::preset(Programme::Sustainable2021To2025)
    }

    /// What is known of the merged 2026–2035 programme: its three
    /// components, each unverified, for the planner to change and add to.
    pub fn preset_2026_2035() -> Catalogue {
        Catalogue::preset(Programme::Merged2026To2035)
    }

    pub fn preset(programme: Programme) -> Catalogue {
        Catalogue {
            projects: programme.preset().1.iter().map(PresetProject::project).collect(),
            next_id: FIRST_USER_ID,
            programme,
        }
    }

    pub fn get(&self, id: ProjectId) -> Option<&Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    pub fn by_code(&self, code: &str) -> Option<&Project> {
        let code = code.trim();
        self.projects.iter().find(|p| p.code == code)
    }

    fn check_code(&self, code: &str, except: Option<ProjectId>) -> Result<String, CatalogueError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(CatalogueError::EmptyCode);
        }
        match self.by_code(code) {
            Some(other) if Some(other.id) != except => Err(CatalogueError::DuplicateCode { code: code.to_owned() }),
            _ => Ok(code.to_owned()),
        }
    }

    /// Adds a project, or a sub-project under `parent`, placed after the
    /// parent's last descendant so the printed order stays a tree.
    pub fn add(&mut self, parent: Option<ProjectId>, code: &str, name: &Text) -> Result<ProjectId, CatalogueError> {
        if let Some(parent) = parent
            && self.get(parent).is_none()
        {
            return Err(CatalogueError::UnknownProject { id: parent });
        }
        let code = self.check_code(code, None)?;
        let name = clean_name(name)?;
        // Above every id in use too, should the catalogue have been made by hand.
        let id = self
            .projects
            .iter()
            .map(|p| p.id.0.saturating_add(1))
            .chain([self.next_id, FIRST_USER_ID])
            .max()
            .unwrap_or(FIRST_USER_ID);
        if self.get(ProjectId(id)).is_some() {
            return Err(CatalogueError::NoIdLeft);
        }
        let id = ProjectId(id);
        let at = match parent {
            None => self.projects.len(),
            Some(parent) => {
                let family = self.subtree(parent);
                self.projects
                    .iter()
                    .rposition(|p| family.contains(&p.id))
                    .map_or(self.projects.len(), |i| i + 1)
            }
        };
        self.projects.insert(
            at,
            Project {
                id,
                parent,
                code,
                name,
                basis: user_basis(),
            },
        );
        self.next_id = id.0.saturating_add(1);
        Ok(id)
    }

    /// Changes a project's code and name. A preset project keeps its
    /// document but is no longer as the data had it, so it becomes
    /// unverified; a project the user added keeps its basis.
    pub fn rename(&mut self, id: ProjectId, code: &str, name: &Text) -> Result<(), CatalogueError> {
        let code = self.check_code(code, Some(id))?;
        let name = clean_name(name)?;
        let project = self
            .projects
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(CatalogueError::UnknownProject { id })?;
        if project.code == code && project.name == name {
            return Ok(());
        }
        project.code = code;
        project.name = name;
        // A project the user added says so already; its note stays.
        if project.basis != user_basis() {
            mark_renamed(&mut project.basis);
        }
        Ok(())
    }

    /// Removes a project with its sub-projects; returns the ids removed, so
    /// the caller can deal with their lines (left alone, they are flagged).
    pub fn remove(&mut self, id: ProjectId) -> Vec<ProjectId> {
        if self.get(id).is_none() {
            return Vec::new();
        }
        let removed = self.subtree(id);
        self.projects.retain(|p| !removed.contains(&p.id));
        removed
    }

    /// The project and everything under it, at any depth.
    fn subtree(&self, id: ProjectId) -> Vec<ProjectId> {
        let mut family = vec![id];
        // Each pass adds the next generation; a cycle cannot grow it forever.
        loop {
            let before = family.len();
            for p in &self.projects {
                if let Some(parent) = p.parent
                    && family.contains(&parent)
                    && !family.contains(&p.id)
                {
                    family.push(p.id);
                }
            }
            if family.len() == before {
                return family;
            }
        }
    }

    /// The project and its ancestors, nearest first. Stops at a missing
    /// parent or a cycle, which only a hand-made catalogue can have.
    pub fn lineage(&self, id: ProjectId) -> Vec<ProjectId> {
        let mut chain = Vec::new();
        let mut next = Some(id);
        while let Some(id) = next {
            let Some(project) = self.get(id) else { break };
            if chain.contains(&id) {
                break;
            }
            chain.push(id);
            next = project.parent;
        }
        chain
    }

    /// How deep a project sits: 0 for a project, 1 for a sub-project, …
    pub fn depth(&self, id: ProjectId) -> usize {
        self.lineage(id).len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_2026_2035_preset_is_what_is_known_each_part_unverified() {
        let merged = Catalogue::preset_2026_2035();
        assert_eq!(merged.programme, Programme::Merged2026To2035);
        let codes: Vec<&str> = merged.projects.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(codes, ["TP1", "TP2", "TP3"]);
        for p in &merged.projects {
            assert_eq!(p.basis.status, Status::Unverified, "{}", p.code);
            assert!(p.basis.document.contains("257/2025/QH15"));
            assert!(
                Catalogue::preset_2021_2025().get(p.id).is_none(),
                "ids unique across the presets"
            );
        }
        let basis = Programme::Merged2026To2035.basis();
        assert!(basis.document.contains("417/QĐ-BNNMT") && basis.status < Status::Verified);
        let qd90 = Programme::Sustainable2021To2025.basis();
        assert!(qd90.document.contains("90/QĐ-TTg") && qd90.status == Status::Verified);
        for programme in Programme::ALL {
            let name = programme.name();
            assert!(!name.vi.is_empty() && !name.en.is_empty());
        }
    }

    fn name(vi: &str) -> Text {
        Text::new(vi, "")
    }

    #[test]
    fn preset_has_the_seven_projects_and_their_sub_projects() {
        let c = Catalogue::preset_2021_2025();
        let top: Vec<&str> = c
            .projects
            .iter()
            .filter(|p| p.parent.is_none())
            .map(|p| p.code.as_str())
            .collect();
        assert_eq!(top, ["DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7"]);
        let subs = |code: &str| {
            let id = c.by_code(code).unwrap().id;
            c.projects.iter().filter(|p| p.parent == Some(id)).count()
        };
        let counts: Vec<usize> = top.iter().map(|code| subs(code)).collect();
        assert_eq!(counts, [2, 0, 2, 3, 0, 2, 2]);
        assert_eq!(c.by_code("DA3.TDA2").unwrap().name.vi, "Cải thiện dinh dưỡng");
    }

    #[test]
    fn every_preset_item_cites_decision_90_and_none_claims_verified() {
        for p in &Catalogue::preset_2021_2025().projects {
            assert!(p.basis.document.contains("90/QĐ-TTg"), "{}", p.code);
            // Nothing here was read in the decision itself.
            assert!(p.basis.status < Status::Verified, "{}", p.code);
            assert!(p.basis.note.is_some(), "{} says where its name comes from", p.code);
        }
    }

    #[test]
    fn preset_lists_parents_before_their_children() {
        let c = Catalogue::preset_2021_2025();
        for (i, p) in c.projects.iter().enumerate() {
            if let Some(parent) = p.parent {
                assert!(c.projects[..i].iter().any(|q| q.id == parent), "{}", p.code);
            }
        }
    }

    #[test]
    fn added_projects_are_user_defined_and_unverified() {
        let mut c = Catalogue::preset_2021_2025();
        let id = c.add(None, " DA8 ", &Text::new("Hợp phần mới", "")).unwrap();
        let p = c.get(id).unwrap();
        assert_eq!(p.id, ProjectId(FIRST_USER_ID));
        assert_eq!((p.code.as_str(), p.name.en.as_str()), ("DA8", "Hợp phần mới"));
        assert_eq!(p.basis.status, Status::Unverified);
    }

    #[test]
    fn a_sub_project_is_placed_after_its_parents_family() {
        let mut c = Catalogue::preset_2021_2025();
        let da3 = c.by_code("DA3").unwrap().id;
        let id = c.add(Some(da3), "DA3.TDA3", &name("Tiểu dự án thêm")).unwrap();
        let codes: Vec<&str> = c.projects.iter().map(|p| p.code.as_str()).collect();
        let at = codes.iter().position(|c| *c == "DA3.TDA3").unwrap();
        assert_eq!(&codes[at - 2..=at + 1], ["DA3.TDA1", "DA3.TDA2", "DA3.TDA3", "DA4"]);
        assert_eq!(c.depth(id), 1);
    }

    #[test]
    fn codes_are_unique_and_names_required() {
        let mut c = Catalogue::preset_2021_2025();
        assert_eq!(
            c.add(None, "DA1", &name("x")),
            Err(CatalogueError::DuplicateCode { code: "DA1".into() })
        );
        assert_eq!(c.add(None, "  ", &name("x")), Err(CatalogueError::EmptyCode));
        assert_eq!(c.add(None, "DA9", &name(" ")), Err(CatalogueError::EmptyName));
        assert_eq!(
            c.add(Some(ProjectId(999)), "DA9", &name("x")),
            Err(CatalogueError::UnknownProject { id: ProjectId(999) })
        );
        let da2 = c.by_code("DA2").unwrap().id;
        assert_eq!(
            c.rename(da2, "DA1", &name("x")),
            Err(CatalogueError::DuplicateCode { code: "DA1".into() })
        );
    }

    #[test]
    fn ids_are_never_reused_after_a_removal() {
        let mut c = Catalogue::default();
        let a = c.add(None, "A", &name("a")).unwrap();
        assert_eq!(c.remove(a), vec![a]);
        let b = c.add(None, "A", &name("a")).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn removing_a_project_removes_its_sub_projects() {
        let mut c = Catalogue::preset_2021_2025();
        let da4 = c.by_code("DA4").unwrap().id;
        let removed = c.remove(da4);
        assert_eq!(removed.len(), 4);
        assert!(c.by_code("DA4.TDA3").is_none());
        assert_eq!(c.projects.len(), 14);
        assert!(c.remove(da4).is_empty());
    }

    #[test]
    fn renaming_a_preset_project_marks_it_unverified() {
        let mut c = Catalogue::preset_2021_2025();
        let da2 = c.by_code("DA2").unwrap().id;
        let before = c.get(da2).unwrap().clone();
        c.rename(da2, "DA2", &before.name).unwrap();
        assert_eq!(c.get(da2).unwrap(), &before, "no change, no mark");
        c.rename(da2, "DA2", &name("Đa dạng hóa sinh kế")).unwrap();
        let after = c.get(da2).unwrap();
        assert_eq!(after.basis.status, Status::Unverified);
        assert_eq!(after.basis.document, before.basis.document);
    }

    #[test]
    fn renaming_a_users_project_keeps_its_basis() {
        let mut c = Catalogue::default();
        let a = c.add(None, "A", &name("a")).unwrap();
        c.rename(a, "B", &name("b")).unwrap();
        assert_eq!(c.get(a).unwrap().basis, user_basis());
    }

    #[test]
    fn a_hand_made_cycle_does_not_hang() {
        let mut c = Catalogue::default();
        let a = c.add(None, "A", &name("a")).unwrap();
        let b = c.add(Some(a), "B", &name("b")).unwrap();
        c.projects[0].parent = Some(b);
        assert_eq!(c.lineage(b), vec![b, a]);
        assert_eq!(c.remove(a).len(), 2);
    }
}
