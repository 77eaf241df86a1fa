//! The giamngheo web app: gathers input, calls the domain crates, renders.

// Leptos's server-side rendering, used to pre-render pages, nests types
// deeper than the default limit allows.
#![cfg_attr(feature = "prerender", recursion_limit = "512")]

pub mod address;
pub mod base;
pub mod browser;
pub mod bundles;
pub mod clock;
pub mod components;
pub mod draft_store;
pub mod files;
pub mod i18n;
pub mod kept;
pub mod list_handoff;
pub mod local_store;
pub mod pages;
pub mod paused;
pub mod prefs;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod section;
pub mod shell;
pub mod standards;
pub mod storage;
pub mod workers;
