//! The giamngheo web app: gathers input, calls the domain crates, renders.

pub mod address;
pub mod base;
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
pub mod section;
pub mod shell;
pub mod standards;
pub mod storage;
pub mod workers;
