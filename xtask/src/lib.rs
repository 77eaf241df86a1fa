//! Helpers for building, serving and measuring the static site. Native only.

pub mod csp;
pub mod first_load;
pub mod glue;
pub mod icons;
pub mod offline;
pub mod precompress;
pub mod server;
pub mod site;
pub mod sizes;
pub mod workers;

use std::process::Command;

/// Runs `command` to its end; `what` names it in the error.
pub(crate) fn run(command: &mut Command, what: &str) -> Result<(), String> {
    match command.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{what} failed: {s}")),
        Err(e) => Err(format!("cannot run {what}: {e}")),
    }
}
