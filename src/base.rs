//! The site may be served from a sub-path (`/giamngheo/`). Trunk writes that
//! path into `<base href>`; every link is prefixed with it.

use crate::section::Section;

/// `"/"` → `""`, `"/giamngheo/"` → `"/giamngheo"`.
pub fn router_base(base_href_path: &str) -> String {
    base_href_path.trim_end_matches('/').to_owned()
}

/// The path part of the document's `<base href>`, or `/` when there is none.
pub fn document_base_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| {
            let after_scheme = uri.split_once("://").map(|(_, rest)| rest)?;
            let path = after_scheme.find('/').map(|i| &after_scheme[i..])?;
            Some(path.split(['?', '#']).next().unwrap_or("/").to_owned())
        })
        .unwrap_or_else(|| "/".to_owned())
}

/// Where the site lives, provided once at the top of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteBase(pub String);

impl SiteBase {
    pub fn href(&self, section: Section) -> String {
        format!("{}{}", self.0, section.path())
    }

    /// The section a page's path names, once the base is taken off.
    pub fn section_of(&self, pathname: &str) -> Option<Section> {
        let inside = pathname.strip_prefix(self.0.as_str())?;
        Section::from_path(if inside.is_empty() { "/" } else { inside })
    }
}
