//! The forma command line.

use std::process::ExitCode;

/// Runs the forma command line over `app`: a user's infrastructure crate's whole `main`.
pub fn main(app: forma_dsl::App) -> ExitCode {
    let _ = app;
    ExitCode::SUCCESS
}
