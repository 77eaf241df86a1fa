//! The end-to-end harness: the built `dist/` served on 127.0.0.1 and a
//! headless Chromium driven through chromedriver's WebDriver endpoint.

mod browser;
pub mod downloads;
mod network;
mod pages;
pub mod pdf;
mod site;

pub use browser::Browser;
pub use network::{NetworkEvent, NetworkLog};
pub use pages::target_cell;
pub use site::Site;
