//! The forma command line: `synth`, `list`, and the deployer (`apply`, `destroy`, `diff`,
//! `status`, `bootstrap`).
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
pub mod console;
pub mod deploy;
pub mod exit;
mod report;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use forma_dsl::App;
use forma_synth::write::WriteErrorKind;

pub use console::{Captured, Console};
pub use deploy::Hooks;
pub use report::Style;

/// Where assemblies go unless `--out` says otherwise.
pub const DEFAULT_OUT_DIR: &str = "forma.out";

/// The command line's name and version come from the binary that runs it ([`program`]).
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
    /// Deploy stacks (and what they depend on) through CloudFormation change sets.
    #[command(after_help = exit::HELP)]
    Apply(ApplyArgs),
    /// Delete stacks (and what depends on them), emptying the buckets that asked for it.
    #[command(after_help = exit::HELP)]
    Destroy(DestroyArgs),
    /// Compare the assembly with what is deployed.
    #[command(after_help = exit::HELP)]
    Diff(DiffArgs),
    /// Show each stack's deployed status, last update and outputs.
    #[command(after_help = exit::HELP)]
    Status(StatusArgs),
    /// Create the staging bucket for assets and large templates (apply does it when needed).
    #[command(after_help = exit::HELP)]
    Bootstrap(BootstrapArgs),
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

/// The form of the templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TargetArg {
    /// Plain CloudFormation.
    Cfn,
    /// AWS SAM: functions with their events and simple tables in serverless forms, the
    /// rest plain CloudFormation (`Transform: AWS::Serverless-2016-10-31`).
    Sam,
}

impl From<TargetArg> for forma_synth::Target {
    fn from(t: TargetArg) -> Self {
        match t {
            TargetArg::Cfn => forma_synth::Target::CloudFormation,
            TargetArg::Sam => forma_synth::Target::Sam,
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
    /// The form of the templates.
    #[arg(long, short, value_enum, default_value_t = TargetArg::Cfn)]
    target: TargetArg,
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

/// Where the assembly comes from, and how to reach AWS.
#[derive(Debug, Args)]
struct DeployArgs {
    /// Deploy this assembly, synthesized earlier, instead of synthesizing now.
    #[arg(long, value_name = "DIR")]
    assembly: Option<PathBuf>,
    /// The assembly directory written by synthesis (and where outputs.json goes).
    #[arg(long, short, default_value = DEFAULT_OUT_DIR)]
    out: PathBuf,
    /// The form of the templates synthesized (without --assembly).
    #[arg(long, short, value_enum, default_value_t = TargetArg::Cfn, conflicts_with = "assembly")]
    target: TargetArg,
    /// The AWS profile (default: the standard chain, AWS_PROFILE).
    #[arg(long)]
    profile: Option<String>,
    /// The AWS region (default: AWS_REGION or the profile's region). Stacks pinned to a
    /// region with `.region(..)` are deployed there whatever this says.
    #[arg(long)]
    region: Option<String>,
    #[command(flatten)]
    limits: Limits,
}

/// How long forma waits for AWS before giving up on a call.
#[derive(Debug, Args)]
struct Limits {
    /// Seconds to establish a connection to an endpoint.
    #[arg(long, value_name = "SECS", env = "FORMA_CONNECT_TIMEOUT", default_value_t = 5.0, value_parser = seconds)]
    connect_timeout: f64,
    /// Seconds one attempt of an AWS call may take; with its retries a call gets three times as long.
    #[arg(long, value_name = "SECS", env = "FORMA_CALL_TIMEOUT", default_value_t = 30.0, value_parser = seconds)]
    call_timeout: f64,
}

/// A positive number of seconds, at most a day.
fn seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x > 0.0 && x <= 86_400.0 => Ok(x),
        _ => Err(format!("{s:?} is not a number of seconds greater than 0 (at most 86400)")),
    }
}

impl Limits {
    fn connection(&self, profile: Option<String>, region: Option<String>) -> deploy::aws::Connection {
        deploy::aws::Connection {
            profile,
            region,
            connect_timeout: std::time::Duration::from_secs_f64(self.connect_timeout),
            call_timeout: std::time::Duration::from_secs_f64(self.call_timeout),
            down: Default::default(),
        }
    }
}

#[derive(Debug, Args)]
struct ApplyArgs {
    /// Stacks to apply (names or `*` patterns); the stacks they depend on come too.
    stacks: Vec<String>,
    /// Apply every stack.
    #[arg(long, conflicts_with = "stacks")]
    all: bool,
    /// A parameter value, `Stack:Name=Value`; repeatable.
    #[arg(long = "parameter", short = 'p', value_name = "STACK:NAME=VALUE")]
    parameters: Vec<String>,
    /// How many independent stacks deploy at once.
    #[arg(long, default_value_t = 4, value_parser = concurrency)]
    concurrency: usize,
    /// Apply changes that replace or remove stateful resources or change IAM without asking.
    #[arg(long, short)]
    yes: bool,
    /// Take over existing stacks of the same names that another tool deployed.
    #[arg(long)]
    adopt: bool,
    /// CloudFormation's Express mode: each stack completes once its resources are
    /// configured, not once they are ready (they finish in the background; a failed
    /// operation is not rolled back unless the stack asks for it).
    #[arg(long)]
    express: bool,
    /// Take back into its stack a resource this app's stack retained on an earlier destroy
    /// (a bucket kept by its DeletionPolicy), instead of stopping because its name is taken:
    /// CloudFormation imports it (static name, DeletionPolicy Retain) rather than creating it.
    #[arg(long)]
    import_existing_resources: bool,
    #[command(flatten)]
    deploy: DeployArgs,
}

#[derive(Debug, Args)]
struct DestroyArgs {
    /// Stacks to destroy (names or `*` patterns); the stacks that depend on them go first.
    stacks: Vec<String>,
    /// Destroy every stack.
    #[arg(long, conflicts_with = "stacks")]
    all: bool,
    /// When resources fail to delete, delete the stack again leaving them in place.
    #[arg(long)]
    retain_failed: bool,
    /// When resources fail to delete, force-delete the stack (CloudFormation's
    /// FORCE_DELETE_STACK): the stack goes, those resources stay and are listed.
    #[arg(long, conflicts_with = "retain_failed")]
    force: bool,
    /// Also delete stacks of the same names that another tool deployed.
    #[arg(long)]
    adopt: bool,
    /// CloudFormation's Express mode: each stack is gone once its resources' deletion is
    /// under way, not once it is done.
    #[arg(long)]
    express: bool,
    /// How many independent stacks are deleted at once.
    #[arg(long, default_value_t = 4, value_parser = concurrency)]
    concurrency: usize,
    /// Do not ask for confirmation.
    #[arg(long, short)]
    yes: bool,
    #[command(flatten)]
    deploy: DeployArgs,
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// Stacks to compare (names or `*` patterns). Default: all.
    stacks: Vec<String>,
    /// Also create (and delete) a change set to show which resources would be replaced.
    #[arg(long)]
    changeset: bool,
    /// A parameter value to compare with the deployed one, `Stack:Name=Value`; repeatable.
    #[arg(long = "parameter", short = 'p', value_name = "STACK:NAME=VALUE")]
    parameters: Vec<String>,
    #[command(flatten)]
    deploy: DeployArgs,
}

#[derive(Debug, Args)]
struct StatusArgs {
    /// Stacks to show (names or `*` patterns). Default: all.
    stacks: Vec<String>,
    /// Detect drift: resources changed outside CloudFormation (takes a while).
    #[arg(long)]
    drift: bool,
    #[command(flatten)]
    deploy: DeployArgs,
}

#[derive(Debug, Args)]
struct BootstrapArgs {
    /// The AWS profile.
    #[arg(long)]
    profile: Option<String>,
    /// The AWS region.
    #[arg(long)]
    region: Option<String>,
    #[command(flatten)]
    limits: Limits,
}

/// `--concurrency`: a count of stacks, at least one.
fn concurrency(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1 (how many stacks run at once)".to_owned()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// The name the command line calls itself by (usage lines, `-V`): the running binary's
/// file name, without `.exe`, so that a user's own `my-infra` says `my-infra`; `forma`
/// when there is none. Only `.exe` is taken off: `infra-v1.2` keeps its dots.
fn program(argv0: Option<&OsString>) -> String {
    let name = argv0.and_then(|a| Path::new(a).file_name()).and_then(|n| n.to_str()).unwrap_or_default();
    let name = match name.rsplit_once('.') {
        Some((stem, ext)) if ext.eq_ignore_ascii_case("exe") => stem,
        _ => name,
    };
    if name.is_empty() {
        "forma".to_owned()
    } else {
        name.to_owned()
    }
}

/// `-V`: forma's own version, and, for a binary of another name, that it is forma.
fn version(program: &str) -> String {
    let forma = env!("CARGO_PKG_VERSION");
    if program == "forma" {
        forma.to_owned()
    } else {
        format!("(forma {forma})")
    }
}

/// Runs the forma command line over `app`, reading the process's arguments: a user's
/// infrastructure crate's whole `main`.
pub fn main(app: App) -> ExitCode {
    let code = run(&app, std::env::args_os(), &Console::stdio(), &Hooks::default());
    // The process ends here: the operating system takes the app's memory back at once,
    // where freeing it node by node would cost a large app milliseconds.
    std::mem::forget(app);
    ExitCode::from(code)
}

/// Runs one command with the given arguments (the first is the program name) and returns
/// the exit code ([`exit`]). The testable core of [`main`].
pub fn run(
    app: &App,
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    console: &Console,
    hooks: &Hooks,
) -> u8 {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let name = program(args.first());
    let command = Cli::command().name(name.clone()).bin_name(name.clone()).version(version(&name));
    let cli = match command.try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => {
            let text = if console.style.color { e.render().ansi().to_string() } else { e.render().to_string() };
            return if e.use_stderr() {
                console.err(text);
                exit::USAGE
            } else {
                console.out(text);
                exit::SUCCESS
            };
        }
    };
    let result = dispatch(app, cli.command, console, hooks);
    match result {
        Ok(code) => code,
        Err(e) => {
            print_error(console, &e);
            exit::FAILURE
        }
    }
}

/// Runs the parsed command; `Err` for what fails before it starts (an unreadable assembly, a
/// runtime that does not start). `diff` prints its own errors, with its own exit code.
fn dispatch(app: &App, command: Command, console: &Console, hooks: &Hooks) -> Result<u8, CliError> {
    match command {
        Command::Synth(a) => {
            let settings = commands::Synthesis { format: a.format.into(), target: a.target.into() };
            commands::synth::run(app, &a.stacks, &a.out, settings, a.quiet, console)
        }
        Command::List(a) => commands::list::run(app, &a.stacks, a.json, console),
        Command::Apply(a) => {
            let mut opts = options(&a.deploy, a.concurrency, a.yes);
            opts.adopt = a.adopt;
            opts.express = a.express;
            deploy_command(app, &a.deploy, console, |loaded| async move {
                let request = deploy::ApplyRequest {
                    stacks: a.stacks,
                    all: a.all,
                    parameters: a.parameters,
                    import_existing: a.import_existing_resources,
                };
                deploy::apply(&loaded, &request, &opts, console, hooks).await
            })
        }
        Command::Destroy(a) => {
            let mut opts = options(&a.deploy, a.concurrency, a.yes);
            opts.adopt = a.adopt;
            opts.express = a.express;
            deploy_command(app, &a.deploy, console, |loaded| async move {
                let on_failure = match (a.retain_failed, a.force) {
                    (true, _) => deploy::destroy::OnDeleteFailure::RetainFailed,
                    (_, true) => deploy::destroy::OnDeleteFailure::Force,
                    _ => deploy::destroy::OnDeleteFailure::Report,
                };
                let request = deploy::DestroyRequest { stacks: a.stacks, all: a.all, on_failure };
                deploy::destroy(&loaded, &request, &opts, console, hooks).await
            })
        }
        Command::Diff(a) => {
            let opts = options(&a.deploy, 4, false);
            match deploy_command(app, &a.deploy, console, |loaded| async move {
                let request =
                    deploy::DiffRequest { stacks: a.stacks, parameters: a.parameters, changeset: a.changeset };
                deploy::diff(&loaded, &request, &opts, console).await
            }) {
                Ok(code) => Ok(code),
                Err(e) => {
                    print_error(console, &e);
                    Ok(exit::DIFF_ERROR)
                }
            }
        }
        Command::Status(a) => {
            let opts = options(&a.deploy, 4, false);
            deploy_command(app, &a.deploy, console, |loaded| async move {
                let request = deploy::StatusRequest { stacks: a.stacks, drift: a.drift };
                deploy::status(&loaded, &request, &opts, console).await
            })
        }
        Command::Bootstrap(a) => {
            let opts = deploy::Options {
                connection: a.limits.connection(a.profile, a.region),
                concurrency: 1,
                yes: true,
                adopt: false,
                express: false,
                out_dir: PathBuf::from(DEFAULT_OUT_DIR),
            };
            runtime().map(|rt| {
                let code = rt.block_on(deploy::bootstrap(&opts, console));
                rt.shutdown_background();
                code
            })
        }
    }
}

fn print_error(console: &Console, e: &CliError) {
    console.err(console.style.error_line(&e.to_string()));
    if let Some(hint) = e.hint() {
        console.err(format!("  hint: {hint}"));
    }
}

fn options(d: &DeployArgs, concurrency: usize, yes: bool) -> deploy::Options {
    deploy::Options {
        connection: d.limits.connection(d.profile.clone(), d.region.clone()),
        concurrency,
        yes,
        adopt: false,
        express: false,
        out_dir: d.out.clone(),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().map_err(CliError::Output)
}

/// Reads the assembly (`--assembly`, or a fresh synthesis written to `--out`) and runs a
/// deploy command on it.
fn deploy_command<F, Fut>(app: &App, d: &DeployArgs, console: &Console, f: F) -> Result<u8, CliError>
where
    F: FnOnce(deploy::assembly::Loaded) -> Fut,
    Fut: std::future::Future<Output = u8>,
{
    let dir: &Path = match &d.assembly {
        Some(dir) => dir,
        None => {
            let settings = commands::Synthesis { format: forma_synth::Format::Json, target: d.target.into() };
            let assembly = commands::synthesize(app, settings, console)?;
            for diag in &assembly.diagnostics {
                console.err(format!("{}\n\n", console.style.diagnostic(diag)));
            }
            assembly.write(&d.out)?;
            &d.out
        }
    };
    let loaded = deploy::assembly::Loaded::read(dir).map_err(CliError::Deploy)?;
    let rt = runtime()?;
    let code = rt.block_on(f(loaded));
    // Not waiting for a prompt still reading the terminal after Ctrl-C.
    rt.shutdown_background();
    Ok(code)
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
    #[error(transparent)]
    Deploy(deploy::error::DeployError),
    #[error("cannot start: {0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
    fn hint(&self) -> Option<&str> {
        match self {
            CliError::Synth(_) => Some("fix the errors above; each names the construct path and where it was created"),
            CliError::UnknownStack(_) => Some("`forma list` shows the stacks"),
            CliError::Write(e) => Some(match &e.kind {
                WriteErrorKind::Io(_) => "check that the directory is writable, or pick another with --out",
                WriteErrorKind::PathOutside(_) => {
                    "the manifest there was edited by hand: remove it, or choose an empty or new directory with --out"
                }
                WriteErrorKind::NotAnAssembly { .. } | WriteErrorKind::ForeignManifest { .. } => {
                    "forma writes only into an empty or new directory, or over its own assembly: choose one with --out"
                }
            }),
            CliError::Deploy(e) => e.hint.as_deref(),
            CliError::Output(_) => None,
        }
    }
}

/// The README's examples compile.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
