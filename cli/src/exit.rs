//! Exit codes.

/// The command did what was asked.
pub const SUCCESS: u8 = 0;
/// The command failed (synthesis errors, an unknown stack, ...).
pub const FAILURE: u8 = 1;
/// The command line was not understood.
pub const USAGE: u8 = 2;

/// The exit codes, for `--help`.
pub const HELP: &str = "Exit codes: 0 success, 1 failure (errors are printed), 2 bad command line.";
