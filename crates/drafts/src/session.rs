//! A page's autosave: which draft it saves its part into, from which
//! revision, and where its content came from. A page opened from a shared
//! link never writes over the current draft: its first save starts a new
//! draft, so nothing already kept is lost.

use crate::keys::{meta_key, part_key};
use crate::{
    DraftError, DraftId, Meta, Part, SaveError, Saved, Store, create, load, rename, save_part, save_part_force,
};
use lang::Lang;

/// The current draft's id lives under this key, as plain text.
pub const CURRENT_KEY: &str = "giamngheo.current-draft";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub part: Part,
    /// The draft saved into; `None` until the first save makes one.
    pub draft: Option<Meta>,
    /// The revision this page's content is based on.
    pub base_revision: u64,
    /// The page made the draft and named it: the name follows what the page
    /// suggests (the unit typed after the first keystroke) until someone
    /// renames the draft.
    pub named_here: bool,
}

/// What a page starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub session: Session,
    /// The part as the current draft holds it, if it holds it.
    pub text: Option<String>,
    /// The current draft could not be read: the page starts empty, and
    /// its first save makes a new draft rather than touching it.
    pub problem: Option<DraftError>,
}

impl Session {
    /// The current draft's `part` for a page with no content of its own.
    pub fn open(store: &impl Store, part: Part) -> Opened {
        let fresh = Session::from_link(part);
        let Some(id) = current(store) else {
            return Opened {
                session: fresh,
                text: None,
                problem: None,
            };
        };
        match load(store, &id) {
            Ok(draft) => Opened {
                text: draft.parts.get(&part).cloned(),
                session: Session {
                    part,
                    base_revision: draft.meta.revision,
                    draft: Some(draft.meta),
                    named_here: false,
                },
                problem: None,
            },
            // A current id left behind by a deletion is no problem.
            Err(DraftError::NotFound(_)) => Opened {
                session: fresh,
                text: None,
                problem: None,
            },
            Err(problem) => Opened {
                session: fresh,
                text: None,
                problem: Some(problem),
            },
        }
    }

    /// A page whose content came from a link: saving starts a new draft.
    pub fn from_link(part: Part) -> Session {
        Session {
            part,
            draft: None,
            base_revision: 0,
            named_here: false,
        }
    }

    /// Saves `text`, first making a draft named `name` (with `new_id`) and
    /// the current one when there is none. A conflict writes nothing.
    pub fn save(
        &mut self,
        store: &mut impl Store,
        text: &str,
        new_id: impl FnOnce() -> DraftId,
        name: &str,
        now_ms: i64,
    ) -> Result<Saved, SaveError> {
        let meta = match &self.draft {
            Some(meta) => meta.clone(),
            None => {
                let meta = create(store, &new_id(), name, now_ms).map_err(save_error)?;
                // A current draft that was never stored is harmless: the
                // next page falls back to empty.
                let _ = store.set(CURRENT_KEY, meta.id.as_str());
                self.base_revision = meta.revision;
                self.draft = Some(meta.clone());
                self.named_here = true;
                meta
            }
        };
        if self.named_here && meta.name != name {
            self.follow_name(store, &meta, name);
        }
        let saved = save_part(store, &meta.id, self.part, text, self.base_revision, now_ms)?;
        self.saved(saved);
        Ok(saved)
    }

    /// Renames the draft this page named, unless it was renamed meanwhile
    /// (then it keeps that name for good). A name that cannot be stored
    /// leaves the old one: the save matters more than the name.
    fn follow_name(&mut self, store: &mut impl Store, meta: &Meta, name: &str) {
        let untouched = load(store, &meta.id).is_ok_and(|stored| stored.meta.name == meta.name);
        if !untouched {
            self.named_here = false;
            return;
        }
        if let Ok(renamed) = rename(store, &meta.id, name)
            && let Some(draft) = &mut self.draft
        {
            draft.name = renamed.name;
        }
    }

    /// "Keep mine" after a conflict: writes over the other tab's save.
    pub fn save_over(&mut self, store: &mut impl Store, text: &str, now_ms: i64) -> Result<Saved, SaveError> {
        let id = self.draft.as_ref().map(|m| m.id.clone()).ok_or(SaveError::NotFound)?;
        let saved = save_part_force(store, &id, self.part, text, now_ms)?;
        self.saved(saved);
        Ok(saved)
    }

    /// "Save mine as a new draft" after a conflict: the next save makes one.
    pub fn detach(&mut self) {
        self.draft = None;
        self.base_revision = 0;
        self.named_here = false;
    }

    fn saved(&mut self, saved: Saved) {
        self.base_revision = saved.revision;
        if let Some(meta) = &mut self.draft {
            meta.revision = saved.revision;
            meta.saved_at_ms = saved.saved_at_ms;
        }
    }

    /// Whether a change to storage `key` (a `storage` event from another
    /// tab) concerns this page's draft: its meta, or its part.
    pub fn concerns(&self, key: &str) -> bool {
        self.draft
            .as_ref()
            .is_some_and(|m| key == meta_key(&m.id) || key == part_key(&m.id, self.part))
    }
}

/// The current draft's id, if one is set and reads as an id.
pub fn current(store: &impl Store) -> Option<DraftId> {
    store.get(CURRENT_KEY).and_then(|text| DraftId::parse(text.trim()))
}

/// Makes `id` the draft the pages open; `false` if storage refused.
pub fn set_current(store: &mut impl Store, id: &DraftId) -> bool {
    store.set(CURRENT_KEY, id.as_str()).is_ok()
}

fn save_error(error: DraftError) -> SaveError {
    match error {
        DraftError::Store(crate::StoreError::QuotaExceeded) => SaveError::Quota,
        other => SaveError::Store(other.message(Lang::En)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemoryStore;

    fn id(n: u64) -> impl FnOnce() -> DraftId {
        move || DraftId::from_number(n)
    }

    #[test]
    fn the_first_save_makes_a_draft_and_makes_it_current() {
        let mut store = MemoryStore::new();
        let opened = Session::open(&store, Part::Targets);
        assert_eq!(opened.text, None);
        let mut session = opened.session;
        session.save(&mut store, "nam=2027", id(7), "Xã A 2027", 1_000).unwrap();
        assert_eq!(current(&store), Some(DraftId::from_number(7)));
        let again = Session::open(&store, Part::Targets);
        assert_eq!(again.text.as_deref(), Some("nam=2027"));
        assert_eq!(again.session.base_revision, session.base_revision);
    }

    #[test]
    fn a_draft_the_page_named_follows_its_name_until_renamed() {
        let mut store = MemoryStore::new();
        let mut session = Session::open(&store, Part::Targets).session;
        session.save(&mut store, "a", id(4), "Kế hoạch X 2027", 1).unwrap();
        session
            .save(&mut store, "b", id(5), "Kế hoạch Xã Minh Tân 2027", 2)
            .unwrap();
        let stored = load(&store, &DraftId::from_number(4)).unwrap();
        assert_eq!(stored.meta.name, "Kế hoạch Xã Minh Tân 2027");
        // Renamed on the drafts page: the page's suggestion no longer applies.
        rename(&mut store, &DraftId::from_number(4), "Của tôi").unwrap();
        session
            .save(&mut store, "c", id(6), "Kế hoạch Xã Khác 2027", 3)
            .unwrap();
        assert_eq!(load(&store, &DraftId::from_number(4)).unwrap().meta.name, "Của tôi");
        // A draft opened from storage keeps its name whatever the page suggests.
        let mut reopened = Session::open(&store, Part::Targets).session;
        reopened.save(&mut store, "d", id(7), "Kế hoạch Y", 4).unwrap();
        assert_eq!(load(&store, &DraftId::from_number(4)).unwrap().meta.name, "Của tôi");
    }

    #[test]
    fn a_page_from_a_link_never_writes_over_the_current_draft() {
        let mut store = MemoryStore::new();
        let mut first = Session::open(&store, Part::Targets).session;
        first.save(&mut store, "mine", id(1), "A", 1).unwrap();
        let mut linked = Session::from_link(Part::Targets);
        linked.save(&mut store, "from a link", id(2), "B", 2).unwrap();
        assert_eq!(
            load(&store, &DraftId::from_number(1)).unwrap().parts[&Part::Targets],
            "mine"
        );
        assert_eq!(current(&store), Some(DraftId::from_number(2)));
    }

    #[test]
    fn two_tabs_on_one_draft_conflict_and_nothing_is_overwritten_silently() {
        let mut store = MemoryStore::new();
        Session::open(&store, Part::Plan)
            .session
            .save(&mut store, "start", id(3), "A", 1)
            .unwrap();
        let mut tab1 = Session::open(&store, Part::Plan).session;
        let mut tab2 = Session::open(&store, Part::Plan).session;
        tab1.save(&mut store, "tab 1", id(9), "x", 2).unwrap();
        assert!(tab2.concerns(&meta_key(&DraftId::from_number(3))));
        let conflict = tab2.save(&mut store, "tab 2", id(9), "x", 3);
        assert!(matches!(conflict, Err(SaveError::Conflict { .. })));
        assert_eq!(
            load(&store, &DraftId::from_number(3)).unwrap().parts[&Part::Plan],
            "tab 1"
        );
        // The user chose to keep theirs over it.
        tab2.save_over(&mut store, "tab 2", 4).unwrap();
        assert_eq!(
            load(&store, &DraftId::from_number(3)).unwrap().parts[&Part::Plan],
            "tab 2"
        );
        // Or, in the other tab, to save as a new draft.
        tab1.detach();
        tab1.save(&mut store, "tab 1 again", id(10), "A (bản sao)", 5).unwrap();
        assert_eq!(
            load(&store, &DraftId::from_number(3)).unwrap().parts[&Part::Plan],
            "tab 2"
        );
        assert_eq!(
            load(&store, &DraftId::from_number(10)).unwrap().parts[&Part::Plan],
            "tab 1 again"
        );
    }

    #[test]
    fn a_full_store_keeps_what_was_stored_and_the_page_keeps_its_session() {
        let mut store = MemoryStore::with_quota(400);
        let mut session = Session::open(&store, Part::Targets).session;
        session.save(&mut store, "small", id(5), "A", 1).unwrap();
        let before = session.clone();
        let big = "x".repeat(500);
        assert_eq!(session.save(&mut store, &big, id(6), "A", 2), Err(SaveError::Quota));
        assert_eq!(session, before);
        assert_eq!(
            load(&store, &DraftId::from_number(5)).unwrap().parts[&Part::Targets],
            "small"
        );
    }

    #[test]
    fn a_current_id_that_does_not_read_or_is_gone_opens_empty() {
        let mut store = MemoryStore::new();
        store.set(CURRENT_KEY, "không phải id").unwrap();
        assert_eq!(Session::open(&store, Part::Targets).text, None);
        store.set(CURRENT_KEY, "zz").unwrap();
        let opened = Session::open(&store, Part::Targets);
        assert_eq!((opened.text, opened.problem), (None, None));
    }
}
