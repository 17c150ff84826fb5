//! Running the command line in-process and capturing what it prints.

use forma_cli::{run, Console, Hooks};
use forma_dsl::App;

/// What one run printed, and its exit code.
pub struct Run {
    pub code: u8,
    pub out: String,
    pub err: String,
}

/// Runs `forma ARGS` over `app`.
pub fn forma(app: &App, args: &[&str]) -> Run {
    forma_with(app, args, &Hooks::default())
}

/// Runs `forma ARGS` over `app` with hooks.
pub fn forma_with(app: &App, args: &[&str], hooks: &Hooks) -> Run {
    let (console, out, err) = Console::capture();
    let mut argv = vec!["forma"];
    argv.extend_from_slice(args);
    let code = run(app, argv, &console, hooks);
    Run { code, out: out.text(), err: err.text() }
}
