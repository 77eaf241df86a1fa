//! Everything the site keeps in the browser, in one place: each value the
//! app stores is a [`Saved`] with its key, and is read and written only
//! here. Drafts are the `drafts` crate's own keys (`drafts::DRAFT_PREFIX`,
//! `drafts::CORRUPT_PREFIX`, `drafts::CURRENT_KEY`), written through its
//! `Store` over [`local`]. `docs/storage.md` lists every key and why.

use web_sys::Storage;

/// A value the app keeps in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The language chosen (`vi`, `en`), local: for every later visit.
    Lang,
    /// Local standards made on this device, one `dp-…` line each, local.
    LocalStandards,
    /// The training session's score, local: a workshop spans reloads.
    TrainingScore,
    /// A household list handed from its page to the drafts page to keep,
    /// session: only for the next page of this tab.
    ListHandoff,
    /// How the user corrected the columns of an annex file, by its
    /// headers' signature, local: the next file with the same headers is
    /// read the same way.
    AnnexColumns,
    /// The same for funding tables.
    FundingColumns,
    /// The same for household lists.
    HouseholdColumns,
}

impl Saved {
    pub fn key(self) -> &'static str {
        match self {
            Saved::Lang => "giamngheo.lang",
            Saved::LocalStandards => "giamngheo.local-standards",
            Saved::TrainingScore => "giamngheo.tap-huan.diem",
            Saved::ListHandoff => "giamngheo.handoff.danh-sach-ho",
            Saved::AnnexColumns => "giamngheo.cot-nhap.bieu-chi-tieu",
            Saved::FundingColumns => "giamngheo.cot-nhap.bieu-kinh-phi",
            Saved::HouseholdColumns => "giamngheo.cot-nhap.danh-sach-ho",
        }
    }

    fn storage(self) -> Option<Storage> {
        match self {
            Saved::ListHandoff => session(),
            _ => local(),
        }
    }

    /// The stored text, if any and if the browser lets the page read it.
    pub fn read(self) -> Option<String> {
        self.storage()?.get_item(self.key()).ok().flatten()
    }

    /// `false` when the browser refused (storage full or blocked).
    pub fn write(self, text: &str) -> bool {
        self.storage().is_some_and(|s| s.set_item(self.key(), text).is_ok())
    }

    pub fn remove(self) {
        if let Some(storage) = self.storage() {
            let _ = storage.remove_item(self.key());
        }
    }
}

/// Local storage, or nothing where the browser blocks it, or while the
/// page is drawn at build time: no visitor has stored anything yet.
pub fn local() -> Option<Storage> {
    crate::browser::window()?.local_storage().ok().flatten()
}

fn session() -> Option<Storage> {
    crate::browser::window()?.session_storage().ok().flatten()
}
