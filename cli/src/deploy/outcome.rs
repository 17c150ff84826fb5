//! How a deploy command ends: its errors printed with their hints, and its exit code,
//! decided here for every command.

use super::error::{DeployError, ErrorKind};
use crate::console::Console;
use crate::exit;

/// Prints an error with its hint.
pub(crate) fn report(console: &Console, e: &DeployError) {
    console.err(console.style.error_line(&e.to_string()));
    if let Some(h) = &e.hint {
        console.err(format!("  hint: {h}"));
    }
}

/// The exit code for a set of per-stack results.
pub(crate) fn exit_code<T>(results: &[(String, Result<T, DeployError>)]) -> u8 {
    if results.iter().any(|(_, r)| r.as_ref().is_err_and(|e| e.kind == ErrorKind::Interrupted)) {
        exit::INTERRUPTED
    } else if results.iter().any(|(_, r)| r.is_err()) {
        exit::FAILURE
    } else {
        exit::SUCCESS
    }
}

/// The exit code of a command body: its own, or `on_error` after printing the error.
pub(crate) fn finish(console: &Console, result: Result<u8, DeployError>, on_error: u8) -> u8 {
    result.unwrap_or_else(|e| {
        report(console, &e);
        on_error
    })
}
