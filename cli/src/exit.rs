//! Exit codes.

/// The command did what was asked.
pub const SUCCESS: u8 = 0;
/// The command failed (synthesis errors, an unknown stack, a failed deployment, ...).
pub const FAILURE: u8 = 1;
/// The command line was not understood.
pub const USAGE: u8 = 2;
/// `diff`: the assembly differs from what is deployed.
pub const DIFF_FOUND: u8 = 1;
/// `diff`: the comparison itself failed.
pub const DIFF_ERROR: u8 = 2;
/// Ctrl-C: forma stopped waiting; CloudFormation carries on.
pub const INTERRUPTED: u8 = 130;

/// The exit codes, for `--help`.
pub const HELP: &str = "Exit codes: 0 success, 1 failure (errors are printed), 2 bad command line, \
130 interrupted (CloudFormation carries on; run the command again to attach).
diff: 0 no difference, 1 differences, 2 error.";
