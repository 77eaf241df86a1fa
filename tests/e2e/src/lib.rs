//! The end-to-end harness: the built `dist/` served on 127.0.0.1 and a
//! headless Chromium driven through chromedriver's WebDriver endpoint.

mod axe;
mod browser;
pub mod downloads;
pub mod keyboard;
mod network;
mod pages;
pub mod pdf;
pub mod phone;
mod site;
mod vietnamese;
pub mod workbooks;

pub use browser::{Browser, peak_resident_memory};
pub use network::{NetworkEvent, NetworkLog};
pub use pages::{SHARED_CASE, every_page, every_view, golden_list, target_cell, targets_link};
pub use site::Site;
