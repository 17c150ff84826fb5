//! The forma command line: `forma synth`, `forma list`.
//!
//! A user's infrastructure crate has a one-line `main`:
//!
//! ```no_run
//! fn main() -> std::process::ExitCode {
//!     forma_cli::main(my_app())
//! }
//! # fn my_app() -> forma_dsl::App { forma_dsl::App::new() }
//! ```

mod commands;
pub mod exit;
mod report;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use forma_dsl::App;

pub use report::Style;

/// Where assemblies go unless `--out` says otherwise.
pub const DEFAULT_OUT_DIR: &str = "forma.out";

#[derive(Debug, Parser)]
#[command(
    name = "forma",
    version,
    about = "Synthesize and deploy AWS infrastructure described in Rust",
    after_help = exit::HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write the CloudFormation templates of the app's stacks and a manifest.
    #[command(after_help = exit::HELP)]
    Synth(SynthArgs),
    /// List the stacks in deploy order, with resource counts and dependencies.
    #[command(after_help = exit::HELP)]
    List(ListArgs),
}

/// Template file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Json,
    Yaml,
}

impl From<FormatArg> for forma_synth::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Json => forma_synth::Format::Json,
            FormatArg::Yaml => forma_synth::Format::Yaml,
        }
    }
}

#[derive(Debug, Args)]
struct SynthArgs {
    /// Stacks to synthesize (names; `*` matches any run of characters). The stacks they
    /// depend on are included. Default: every stack.
    stacks: Vec<String>,
    /// The assembly directory.
    #[arg(long, short, default_value = DEFAULT_OUT_DIR)]
    out: PathBuf,
    /// Template format.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Json)]
    format: FormatArg,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Stacks to list (names or `*` patterns), with what they depend on. Default: all.
    stacks: Vec<String>,
    /// Print JSON (one object per stack) instead of a table.
    #[arg(long)]
    json: bool,
}

/// Runs the forma command line over `app`, reading the process's arguments: a user's
/// infrastructure crate's whole `main`.
pub fn main(app: App) -> ExitCode {
    let style = Style::detect();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    ExitCode::from(run(&app, std::env::args_os(), &mut out, &mut err, style))
}

/// Runs one command with the given arguments (the first is the program name), writing to
/// `out` and `err`, and returns the exit code ([`exit`]). The testable core of [`main`].
pub fn run(
    app: &App,
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    style: Style,
) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = if style.color { e.render().ansi().to_string() } else { e.render().to_string() };
            let nl = if text.ends_with('\n') { "" } else { "\n" };
            let _ = if e.use_stderr() { write!(err, "{text}{nl}") } else { write!(out, "{text}{nl}") };
            return if e.use_stderr() { exit::USAGE } else { exit::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Synth(a) => commands::synth::run(app, &a.stacks, &a.out, a.format.into(), a.quiet, out, err, style),
        Command::List(a) => commands::list::run(app, &a.stacks, a.json, out, err, style),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "{}", style.error_line(&e.to_string()));
            if let Some(hint) = e.hint() {
                let _ = writeln!(err, "  hint: {hint}");
            }
            exit::FAILURE
        }
    }
}

/// A command that could not do its work.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Synthesis reported errors (already printed).
    #[error("synthesis failed with {0} error{s}; nothing was written", s = if *.0 == 1 { "" } else { "s" })]
    Synth(usize),
    #[error(transparent)]
    UnknownStack(#[from] forma_synth::assembly::UnknownStack),
    #[error(transparent)]
    Write(#[from] forma_synth::assembly::WriteError),
    #[error("cannot write to the terminal: {0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
    fn hint(&self) -> Option<&'static str> {
        match self {
            CliError::Synth(_) => Some("fix the errors above; each names the construct path and where it was created"),
            CliError::UnknownStack(_) => Some("`forma list` shows the stacks"),
            CliError::Write(_) => Some("check that the directory is writable, or pick another with --out"),
            CliError::Output(_) => None,
        }
    }
}

/// The README's examples compile.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
