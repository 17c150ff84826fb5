//! The deployer: `apply`, `destroy`, `diff`, `status` and `bootstrap`, driving
//! CloudFormation through the AWS SDK. It reads only the assembly.

pub mod apply;
pub mod assembly;
pub mod aws;
pub mod cfn;
pub mod destroy;
pub mod diff;
pub mod error;
pub mod schedule;
pub mod status;
pub mod toolkit;
pub mod ui;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value as Json;
use tokio::sync::watch;

use crate::console::Console;
use crate::exit;
use apply::{Applied, Job};
use assembly::{Closure, Loaded};
use aws::{Aws, Connection};
use error::{DeployError, ErrorKind};
use ui::Ui;

/// Called with a stack's name right after its change set (or deletion) was started.
pub type Observer = Arc<dyn Fn(&str) + Send + Sync>;

/// What one deploy command shares across the stacks of one region.
pub struct Ctx {
    pub aws: Aws,
    pub ui: Ui,
    /// Flips to `true` on Ctrl-C: the run ends at once; what CloudFormation was asked to do
    /// goes on, and nothing more is asked of it.
    pub cancel: watch::Receiver<bool>,
    /// Unique to this run: keeps change set names and request tokens unique.
    pub nonce: String,
    /// Risky changes and destroys go ahead without asking.
    pub yes: bool,
    /// This run may change stacks that forma did not deploy (`--adopt`).
    pub adopt: bool,
    /// How many stacks run at once.
    pub concurrency: usize,
    /// The staging bucket, once known.
    pub staging: tokio::sync::OnceCell<String>,
    pub after_execute: Option<Observer>,
}

/// What forma is about to do to a stack, for the ownership rule's refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// A change set (apply, diff --changeset).
    ChangeSet,
    /// Deleting the stack (destroy, or apply starting over after a failed create).
    Delete,
    /// `ContinueUpdateRollback`.
    ContinueRollback,
}

impl Ctx {
    /// Waits for the operation that `follower` follows on stack `id` to end, honouring
    /// Ctrl-C.
    pub(crate) async fn wait(
        &self,
        id: &str,
        follower: &mut cfn::EventFollower,
        progress: &ui::StackProgress,
    ) -> Result<cfn::StackInfo, DeployError> {
        let mut cancel = self.cancel.clone();
        cfn::wait(&self.aws.cfn, id, follower, progress, &mut cancel).await
    }

    /// Waits for the operation started with `token` (or, with `None`, whatever is running)
    /// on stack `id`; returns the final state and the operation's events.
    pub(crate) async fn follow(
        &self,
        name: &str,
        id: &str,
        token: Option<String>,
        progress: &ui::StackProgress,
    ) -> Result<(cfn::StackInfo, cfn::EventFollower), DeployError> {
        let mut follower = cfn::EventFollower::new(name, token);
        let info = self.wait(id, &mut follower, progress).await?;
        Ok((info, follower))
    }

    pub(crate) fn executed(&self, stack: &str) {
        if let Some(f) = &self.after_execute {
            f(stack)
        }
    }

    /// Whether Ctrl-C was pressed.
    pub fn is_cancelled(&self) -> bool {
        *self.cancel.borrow()
    }

    /// Resolves once Ctrl-C is pressed (at once if it was already); never, when no
    /// interrupt can come.
    pub async fn cancelled(&self) {
        let mut rx = self.cancel.clone();
        loop {
            if *rx.borrow_and_update() {
                return;
            }
            if rx.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    }

    /// Runs one stack's work, ending it at once on Ctrl-C wherever it is: an interrupted
    /// stack gets no further call, mutating or not. Time-outs are completed with the
    /// endpoint and the limit.
    pub async fn interruptible<T>(
        &self,
        stack: &str,
        work: impl std::future::Future<Output = Result<T, DeployError>>,
    ) -> Result<T, DeployError> {
        let result = tokio::select! {
            biased;
            () = self.cancelled() => Err(self.last_look(stack).await),
            r = work => r,
        };
        result.map_err(|e| self.aws.network.explain(e))
    }

    /// The error for an interrupted stack, with its status from one last, short look (a
    /// read: nothing is asked of CloudFormation after Ctrl-C).
    async fn last_look(&self, stack: &str) -> DeployError {
        let look = tokio::time::timeout(Duration::from_secs(3), cfn::describe(&self.aws.cfn, stack)).await;
        let status = match look {
            Ok(Ok(Some(info))) => info.status,
            _ => String::new(),
        };
        cfn::interrupted(stack, &status)
    }

    /// The last check before `call` changes something: none goes out after Ctrl-C.
    pub fn proceed(&self, stack: &str, call: &str) -> Result<(), DeployError> {
        if self.is_cancelled() {
            Err(DeployError::new(
                ErrorKind::Interrupted,
                format!("interrupted: {call} was not sent; nothing more is asked of CloudFormation"),
            )
            .stack(stack)
            .hint("run the same command again: it picks up from the stack's state"))
        } else {
            Ok(())
        }
    }

    /// The ownership rule, for every command and every recovery path: forma reads any
    /// stack, but changes only the stacks it deployed (they carry its fingerprint tag) or
    /// those this run was told to adopt.
    pub fn may_change(&self, info: &cfn::StackInfo, change: Mutation, command: &str) -> Result<(), DeployError> {
        if self.adopt || cfn::owned_by_forma(info) {
            return Ok(());
        }
        let what = match change {
            Mutation::ChangeSet => "not changed",
            Mutation::Delete => "not deleted",
            Mutation::ContinueRollback => "its rollback was not continued",
        };
        let hint = match command {
            "destroy" => "check the stack name; to delete it and its resources anyway, pass --adopt".to_owned(),
            "diff" => "the template diff above is still right; a change set is only made for stacks forma deployed".to_owned(),
            _ => format!(
                "rename the stack, or take it over with {command} --adopt (resources are matched by logical id; override_logical_id keeps existing ones)"
            ),
        };
        Err(DeployError::new(
            ErrorKind::State,
            format!("a stack of this name exists ({}), and forma did not deploy it: {what}", info.status),
        )
        .stack(&info.name)
        .hint(hint))
    }

    /// [`Ctx::may_change`] for a stack as it stands: one in `REVIEW_IN_PROGRESS` is forma's
    /// also when only forma's change sets are on it ([`cfn::review_is_formas`]).
    pub async fn may_change_stack(
        &self,
        info: &cfn::StackInfo,
        change: Mutation,
        command: &str,
    ) -> Result<(), DeployError> {
        if self.adopt || cfn::owned_by_forma(info) || cfn::review_is_formas(&self.aws.cfn, info).await? {
            return Ok(());
        }
        self.may_change(info, change, command)
    }

    /// Asks a yes/no question at the terminal; Ctrl-C while it waits ends the run.
    pub async fn confirm(&self, stack: &str, question: String) -> Result<bool, DeployError> {
        let console = self.ui.console.clone();
        let ask = tokio::task::spawn_blocking(move || console.confirm(&question));
        let answer = tokio::select! {
            biased;
            () = self.cancelled() => return Err(cfn::interrupted(stack, "")),
            a = ask => a.unwrap_or(false),
        };
        self.proceed(stack, "the change")?;
        Ok(answer)
    }
}

/// The contexts of one command, one per region its stacks are deployed in.
pub struct Contexts {
    /// The region of stacks that are not pinned to one.
    pub default_region: String,
    pub by_region: BTreeMap<String, Arc<Ctx>>,
}

impl Contexts {
    /// One context, for tests and single-region runs.
    pub fn single(ctx: Arc<Ctx>) -> Contexts {
        let region = ctx.aws.region.clone();
        Contexts { default_region: region.clone(), by_region: [(region, ctx)].into() }
    }

    /// The context for a stack: its pinned region's, else the default region's.
    pub fn for_stack(&self, m: &forma_synth::StackManifest) -> Option<Arc<Ctx>> {
        let region = m.region.as_deref().unwrap_or(&self.default_region);
        self.by_region.get(region).cloned()
    }

    /// The default region's context.
    pub fn default_ctx(&self) -> Option<Arc<Ctx>> {
        self.by_region.get(&self.default_region).cloned()
    }

    /// The Ctrl-C signal the contexts share.
    pub fn cancel(&self) -> Option<watch::Receiver<bool>> {
        self.by_region.values().next().map(|c| c.cancel.clone())
    }
}

/// Extension points for tests and embedders: an observer of started operations, and a
/// cancellation signal used instead of Ctrl-C.
#[derive(Clone, Default)]
pub struct Hooks {
    pub after_execute: Option<Observer>,
    pub cancel: Option<watch::Receiver<bool>>,
}

/// A template body (JSON or YAML) as JSON; `None` when it is neither.
pub fn parse_template(body: &str) -> Option<Json> {
    serde_json::from_str(body).ok().or_else(|| serde_yaml::from_str(body).ok())
}

/// A fresh value for tokens and change set names.
fn nonce() -> String {
    use sha2::Digest;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let seed = format!("{}-{}", now.as_nanos(), std::process::id());
    sha2::Sha256::digest(seed.as_bytes())[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// Settings common to the deploy commands.
#[derive(Debug, Clone)]
pub struct Options {
    pub connection: Connection,
    pub concurrency: usize,
    pub yes: bool,
    /// Take over existing stacks that forma did not deploy.
    pub adopt: bool,
    /// Where `outputs.json` goes (the assembly directory).
    pub out_dir: std::path::PathBuf,
}

/// The cancellation signal: the hook's, or Ctrl-C. The first Ctrl-C ends the run at once;
/// a second one quits the process.
fn cancel_signal(console: &Console, hooks: &Hooks) -> watch::Receiver<bool> {
    if let Some(rx) = &hooks.cancel {
        return rx.clone();
    }
    let (tx, rx) = watch::channel(false);
    let ui_console = console.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            ui_console.err("\ninterrupted: no further calls are made (CloudFormation carries on with what it was asked); Ctrl-C again to quit at once");
            let _ = tx.send(true);
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(i32::from(exit::INTERRUPTED));
            }
        }
    });
    rx
}

/// Connects to the default region and to every region a stack is pinned to, and checks
/// the account of stacks pinned to one (one `GetCallerIdentity` per run) before anything
/// changes.
async fn contexts(
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
    stacks: &[forma_synth::StackManifest],
    purpose: Purpose,
) -> Result<Contexts, DeployError> {
    let default = Aws::connect(&opts.connection).await?;
    if purpose == Purpose::Change {
        check_account(&default, stacks).await?;
    }
    let cancel = cancel_signal(console, hooks);
    let ui = Ui::new(console.clone());
    let nonce = nonce();
    let make = |aws: Aws| {
        Arc::new(Ctx {
            aws,
            ui: ui.clone(),
            cancel: cancel.clone(),
            nonce: nonce.clone(),
            yes: opts.yes,
            adopt: opts.adopt,
            concurrency: opts.concurrency,
            staging: tokio::sync::OnceCell::new(),
            after_execute: hooks.after_execute.clone(),
        })
    };
    let default_region = default.region.clone();
    let mut by_region = BTreeMap::new();
    for region in stacks.iter().filter_map(|s| s.region.as_deref()) {
        if region != default_region && !by_region.contains_key(region) {
            let aws = Aws::connect(&opts.connection.in_region(region)).await?;
            by_region.insert(region.to_owned(), make(aws));
        }
    }
    by_region.insert(default_region.clone(), make(default));
    Ok(Contexts { default_region, by_region })
}

/// What a command does to the stacks: only reading needs no account check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Read,
    Change,
}

/// One context in the configured region (bootstrap).
async fn context(opts: &Options, console: &Console, hooks: &Hooks) -> Result<Arc<Ctx>, DeployError> {
    let c = contexts(opts, console, hooks, &[], Purpose::Change).await?;
    c.default_ctx().ok_or_else(|| DeployError::new(ErrorKind::Connection, "no region to connect to"))
}

/// Stacks pinned to an account (`stack.account(..)`) are deployed only there: the
/// credentials' account is checked once, before anything changes.
async fn check_account(aws: &Aws, stacks: &[forma_synth::StackManifest]) -> Result<(), DeployError> {
    let pinned: Vec<&forma_synth::StackManifest> = stacks.iter().filter(|s| s.account.is_some()).collect();
    if pinned.is_empty() {
        return Ok(());
    }
    let account = aws.account().await?;
    for s in pinned {
        if let Some(want) = s.account.as_deref().filter(|a| *a != account) {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!("the stack belongs in account {want}, but the credentials are for account {account}"),
            )
            .stack(&s.name)
            .hint(format!(
                "use credentials for account {want} (--profile, AWS_PROFILE), or change the stack's .account(..)"
            )));
        }
    }
    Ok(())
}

/// Prints an error with its hint.
fn report(console: &Console, e: &DeployError) {
    console.err(console.style.error_line(&e.to_string()));
    if let Some(h) = &e.hint {
        console.err(format!("  hint: {h}"));
    }
}

/// The exit code for a set of per-stack results.
fn exit_code<T>(results: &[(String, Result<T, DeployError>)]) -> u8 {
    if results.iter().any(|(_, r)| r.as_ref().is_err_and(|e| e.kind == ErrorKind::Interrupted)) {
        exit::INTERRUPTED
    } else if results.iter().any(|(_, r)| r.is_err()) {
        exit::FAILURE
    } else {
        exit::SUCCESS
    }
}

/// `--parameter Stack:Name=Value`, checked against the selected stacks: the stack must be
/// among them, have the parameter, and the value must meet the parameter's constraints
/// (before anything is sent to AWS).
pub fn parse_parameters(
    given: &[String],
    stacks: &[forma_synth::StackManifest],
) -> Result<BTreeMap<String, BTreeMap<String, String>>, DeployError> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for p in given {
        let bad = || {
            DeployError::new(ErrorKind::Input, format!("--parameter {p:?} is not Stack:Name=Value"))
                .hint(format!("for example {}", parameter_example(stacks)))
        };
        let (target, value) = p.split_once('=').ok_or_else(bad)?;
        let (stack, name) = target.split_once(':').ok_or_else(bad)?;
        let Some(m) = stacks.iter().find(|s| s.name == stack) else {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!("--parameter {p:?}: stack {stack} is not being applied"),
            )
            .hint("name the stack on the command line too, or check its spelling"));
        };
        let Some(declared) = m.parameters.get(name) else {
            let known: Vec<&str> = m.parameters.keys().map(String::as_str).collect();
            return Err(DeployError::new(ErrorKind::Input, format!("stack {stack} has no parameter {name}")).hint(
                if known.is_empty() {
                    "it takes no parameters".to_owned()
                } else {
                    format!("its parameters: {}", known.join(", "))
                },
            ));
        };
        if let Err(why) = declared.check(value) {
            let hint = match declared.default {
                Some(_) => format!("pass a value that meets it, or leave out {stack}:{name} to use the default"),
                None => "pass a value that meets it".to_owned(),
            };
            return Err(DeployError::new(ErrorKind::Input, format!("parameter {name}: {why}")).stack(stack).hint(hint));
        }
        out.entry(stack.to_owned()).or_default().insert(name.to_owned(), value.to_owned());
    }
    Ok(out)
}

/// An example `--parameter` for hints, in the user's own names: the first parameter of the
/// first selected stack that has one, else placeholders.
fn parameter_example(stacks: &[forma_synth::StackManifest]) -> String {
    stacks
        .iter()
        .find_map(|s| s.parameters.keys().next().map(|p| format!("--parameter {}:{p}=VALUE", s.name)))
        .unwrap_or_else(|| "--parameter STACK:NAME=VALUE".to_owned())
}

/// The exit code of a command body: its own, or `on_error` after printing the error.
fn finish(console: &Console, result: Result<u8, DeployError>, on_error: u8) -> u8 {
    result.unwrap_or_else(|e| {
        report(console, &e);
        on_error
    })
}

/// `forma apply`.
pub async fn apply(
    loaded: &Loaded,
    patterns: &[String],
    all: bool,
    parameters: &[String],
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> u8 {
    finish(console, apply_command(loaded, patterns, all, parameters, opts, console, hooks).await, exit::FAILURE)
}

async fn apply_command(
    loaded: &Loaded,
    patterns: &[String],
    all: bool,
    parameters: &[String],
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> Result<u8, DeployError> {
    let stacks = loaded.select(patterns, all, Closure::Dependencies)?;
    let params = parse_parameters(parameters, &stacks)?;
    // outputs.json goes there afterwards: a directory that is not forma's is refused now.
    forma_synth::write::check_dir(&opts.out_dir).map_err(|e| {
        DeployError::new(ErrorKind::Input, format!("{e}: apply writes outputs.json there"))
            .hint("forma writes only into an empty or new directory, or over its own assembly: choose one with --out")
    })?;
    let jobs = stacks
        .iter()
        .map(|m| {
            Ok(Job {
                manifest: m.clone(),
                body: loaded.template(m)?,
                parameters: params.get(&m.name).cloned().unwrap_or_default(),
                stateful_types: stateful_types(&loaded.manifest),
            })
        })
        .collect::<Result<Vec<Job>, DeployError>>()?;
    let ctxs = contexts(opts, console, hooks, &stacks, Purpose::Change).await?;
    // Per region: the staging bucket where a stack needs it, and the assets its stacks use.
    for (region, ctx) in &ctxs.by_region {
        let here: Vec<&forma_synth::StackManifest> =
            stacks.iter().filter(|s| s.region.as_deref().unwrap_or(&ctxs.default_region) == region.as_str()).collect();
        let wanted: Vec<&String> = here.iter().flat_map(|s| &s.assets).collect();
        let assets: Vec<_> = loaded.manifest.assets.iter().filter(|a| wanted.contains(&&a.sha256)).cloned().collect();
        let staged = ctx
            .interruptible(toolkit::TOOLKIT_STACK, async {
                if here.iter().any(|s| s.needs_upload) {
                    toolkit::ensure(ctx).await?;
                }
                toolkit::upload_assets(ctx, loaded, &assets).await
            })
            .await?;
        match staged {
            (0, 0) => {}
            (up, there) => console.err(format!("assets: {up} uploaded, {there} already in the staging bucket")),
        }
    }
    let results = apply::apply_all(&ctxs, jobs).await;
    let style = console.style;
    let mut outputs: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    // Exports synthesis added for other stacks: in outputs.json, not on the screen.
    let mut hidden: std::collections::BTreeSet<(String, String)> = Default::default();
    for (name, r) in &results {
        match r {
            Ok(res) => {
                let what = match res.applied {
                    Applied::Unchanged => "unchanged (skipped)".to_owned(),
                    Applied::NoChanges => "no changes".to_owned(),
                    Applied::Created => format!("created in {:.1}s", res.seconds),
                    Applied::Updated => format!("updated in {:.1}s", res.seconds),
                };
                console.err(format!("{} {name}: {what}", style.green("✓")));
                outputs.insert(name.clone(), res.outputs.iter().map(|(k, v, _)| (k.clone(), v.clone())).collect());
                if let Some(m) = stacks.iter().find(|s| &s.name == name) {
                    hidden.extend(
                        m.outputs.iter().filter(|(_, o)| o.cross_stack).map(|(k, _)| (name.clone(), k.clone())),
                    );
                }
            }
            Err(e) => report(console, e),
        }
    }
    let shown: Vec<String> = outputs
        .iter()
        .flat_map(|(s, o)| o.iter().map(move |(k, v)| (s, k, v)))
        .filter(|(s, k, _)| !hidden.contains(&((*s).clone(), (*k).clone())))
        .map(|(s, k, v)| format!("{s}.{k} = {v}"))
        .collect();
    if !shown.is_empty() {
        console.out(format!("Outputs:\n  {}", shown.join("\n  ")));
    }
    if let Some(backup) = write_outputs(&opts.out_dir, &outputs)? {
        console.err(format!(
            "{} {} was not a JSON object: kept it as {} and wrote a new one",
            style.yellow("warning:"),
            opts.out_dir.join(forma_synth::write::OUTPUTS_FILE).display(),
            backup.display()
        ));
    }
    Ok(exit_code(&results))
}

/// The resource types whose replacement or removal needs confirmation: forma's own list,
/// and whatever more the manifest names (an edited manifest cannot shorten it).
fn stateful_types(manifest: &forma_synth::Manifest) -> Vec<String> {
    let mut types: Vec<String> = forma_dsl::removal::STATEFUL_TYPES.iter().map(|t| (*t).to_owned()).collect();
    for t in &manifest.stateful_types {
        if !types.contains(t) {
            types.push(t.clone());
        }
    }
    types
}

/// Merges the outputs into `dir/outputs.json`: stacks not applied this time keep theirs,
/// and so does anything else in the file. Written whole, under the directory's lock. An
/// existing file that is not a JSON object is kept aside (`outputs.json.bak`, or
/// `outputs.json.bak.N` when that is taken); its new name is returned.
fn write_outputs(
    dir: &Path,
    outputs: &BTreeMap<String, BTreeMap<String, String>>,
) -> Result<Option<std::path::PathBuf>, DeployError> {
    use forma_synth::write::{lock, write_atomic, OUTPUTS_FILE};
    let path = dir.join(OUTPUTS_FILE);
    let io = |what: &str, p: &Path, e: std::io::Error| {
        DeployError::new(ErrorKind::Input, format!("cannot {what} {}: {e}", p.display()))
            .hint("check that the directory is writable, or pick another with --out")
    };
    let written = |e: forma_synth::write::WriteError| {
        DeployError::new(ErrorKind::Input, e.to_string())
            .hint("check that the directory is writable, or pick another with --out")
    };
    std::fs::create_dir_all(dir).map_err(|e| io("create", dir, e))?;
    let _lock = lock(dir).map_err(written)?;
    let mut kept_aside = None;
    let mut all: BTreeMap<String, Json> = match std::fs::read(&path) {
        Ok(bytes) => match serde_json::from_slice::<BTreeMap<String, Json>>(&bytes) {
            Ok(all) => all,
            Err(_) => {
                let backup =
                    (1..100)
                        .map(|n| {
                            if n == 1 {
                                dir.join("outputs.json.bak")
                            } else {
                                dir.join(format!("outputs.json.bak.{n}"))
                            }
                        })
                        .find(|p| !p.exists())
                        .ok_or_else(|| {
                            DeployError::new(
                                ErrorKind::Input,
                                format!("{} is not valid JSON, and 99 earlier backups of it exist", path.display()),
                            )
                            .hint("remove the outputs.json.bak files you no longer need")
                        })?;
                std::fs::rename(&path, &backup).map_err(|e| io("move aside", &path, e))?;
                kept_aside = Some(backup);
                BTreeMap::new()
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
        Err(e) => return Err(io("read", &path, e)),
    };
    for (k, v) in outputs {
        all.insert(k.clone(), serde_json::to_value(v).unwrap_or_default());
    }
    let body = serde_json::to_string_pretty(&all).unwrap_or_default() + "\n";
    write_atomic(&path, body.as_bytes()).map_err(written)?;
    Ok(kept_aside)
}

/// `forma destroy`.
pub async fn destroy(
    loaded: &Loaded,
    patterns: &[String],
    all: bool,
    retain_failed: bool,
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> u8 {
    finish(console, destroy_command(loaded, patterns, all, retain_failed, opts, console, hooks).await, exit::FAILURE)
}

async fn destroy_command(
    loaded: &Loaded,
    patterns: &[String],
    all: bool,
    retain_failed: bool,
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> Result<u8, DeployError> {
    let stacks = loaded.select(patterns, all, Closure::Dependents)?;
    let names: Vec<&str> = stacks.iter().map(|s| s.name.as_str()).collect();
    if !opts.yes && !console.confirm(&format!("Destroy {}?", names.join(", "))) {
        return Err(DeployError::new(ErrorKind::NeedsConfirmation, format!("not destroyed: {}", names.join(", ")))
            .hint("destroy deletes the stacks and their resources; pass --yes to confirm"));
    }
    let ctxs = contexts(opts, console, hooks, &stacks, Purpose::Change).await?;
    let results = destroy::destroy_all(&ctxs, stacks, retain_failed).await;
    let style = console.style;
    let mut retained = Vec::new();
    // In the order they were destroyed: dependents first.
    for (name, r) in results.iter().rev() {
        match r {
            Ok(d) if d.absent => console.err(format!("{} {name}: not deployed (nothing to do)", style.green("✓"))),
            Ok(d) => {
                console.err(format!("{} {name}: destroyed in {:.1}s", style.green("✓"), d.seconds));
                for (what, n) in &d.emptied {
                    console.err(format!("    emptied {what}: {n} deleted"));
                }
                for (path, bucket) in &d.not_empty {
                    console.err(format!(
                        "    {} {path} ({bucket}) held objects and did not ask to be emptied (empty_on_destroy)",
                        style.yellow("warning:")
                    ));
                }
                retained.extend(d.retained.iter().map(|r| (name.clone(), r.clone())));
            }
            Err(e) => report(console, e),
        }
    }
    if !retained.is_empty() {
        let lines: Vec<String> = retained
            .iter()
            .map(|(s, r)| format!("  {s}: {} {} ({}) — {}", r.resource_type, r.path, r.physical_id, r.why))
            .collect();
        console.out(format!("Retained (these still exist and may cost money):\n{}", lines.join("\n")));
    }
    Ok(exit_code(&results))
}

/// `forma diff`: 0 when nothing differs, 1 when something does, 2 on errors.
/// `parameters`: `--parameter Stack:Name=Value`, compared with the deployed values.
pub async fn diff(
    loaded: &Loaded,
    patterns: &[String],
    parameters: &[String],
    changeset: bool,
    opts: &Options,
    console: &Console,
) -> u8 {
    let body = async {
        let stacks = loaded.select(patterns, patterns.is_empty(), Closure::Exact)?;
        let params = parse_parameters(parameters, &stacks)?;
        let ctxs = contexts(opts, console, &Hooks::default(), &stacks, Purpose::Read).await?;
        diff_stacks(&ctxs, loaded, &stacks, &params, changeset).await
    };
    finish(console, body.await, exit::DIFF_ERROR)
}

/// `forma diff` once connected: prints each stack's diff; [`exit::DIFF_FOUND`] when any
/// template or parameter value differs, else [`exit::SUCCESS`].
pub async fn diff_stacks(
    ctxs: &Contexts,
    loaded: &Loaded,
    stacks: &[forma_synth::StackManifest],
    parameters: &BTreeMap<String, BTreeMap<String, String>>,
    changeset: bool,
) -> Result<u8, DeployError> {
    let none = BTreeMap::new();
    let mut differs = false;
    for m in stacks {
        let given = parameters.get(&m.name).unwrap_or(&none);
        let Some(ctx) = ctxs.for_stack(m) else { continue };
        let (text, any) = ctx.interruptible(&m.name, status::diff_stack(&ctx, loaded, m, changeset, given)).await?;
        differs |= any;
        ctx.ui.console.out(text);
    }
    Ok(if differs { exit::DIFF_FOUND } else { exit::SUCCESS })
}

/// `forma status`.
pub async fn status(loaded: &Loaded, patterns: &[String], drift: bool, opts: &Options, console: &Console) -> u8 {
    let body = async {
        let stacks = loaded.select(patterns, patterns.is_empty(), Closure::Exact)?;
        let ctxs = contexts(opts, console, &Hooks::default(), &stacks, Purpose::Read).await?;
        status_stacks(&ctxs, &stacks, drift).await
    };
    finish(console, body.await, exit::FAILURE)
}

/// `forma status` once connected: prints the table; [`exit::FAILURE`] when the status of
/// any stack could not be read (its error is in the table).
pub async fn status_stacks(
    ctxs: &Contexts,
    stacks: &[forma_synth::StackManifest],
    drift: bool,
) -> Result<u8, DeployError> {
    let (table, failed) = status::status_table(ctxs, stacks, drift).await?;
    if let Some(ctx) = ctxs.default_ctx() {
        ctx.ui.console.out(table);
    }
    Ok(if failed > 0 { exit::FAILURE } else { exit::SUCCESS })
}

/// `forma bootstrap`: the staging bucket.
pub async fn bootstrap(opts: &Options, console: &Console) -> u8 {
    let body = async {
        let ctx = context(opts, console, &Hooks::default()).await?;
        console.out(format!("staging bucket: {}", toolkit::ensure(&ctx).await?));
        Ok(exit::SUCCESS)
    };
    finish(console, body.await, exit::FAILURE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("forma-outputs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn outputs(stack: &str, key: &str, value: &str) -> BTreeMap<String, BTreeMap<String, String>> {
        [(stack.to_owned(), [(key.to_owned(), value.to_owned())].into())].into()
    }

    fn read(path: &Path) -> Json {
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn outputs_are_merged_keeping_other_stacks_and_other_entries() {
        let dir = scratch("merge");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("outputs.json"), r#"{"Data": {"Table": "t-1"}, "Web": {"Url": "old"}, "note": [1]}"#)
            .unwrap();
        assert_eq!(write_outputs(&dir, &outputs("Web", "Url", "https://new")).unwrap(), None);
        assert_eq!(
            read(&dir.join("outputs.json")),
            serde_json::json!({"Data": {"Table": "t-1"}, "Web": {"Url": "https://new"}, "note": [1]})
        );
        let names: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn outputs_that_are_not_json_are_kept_aside_not_thrown_away() {
        let dir = scratch("broken");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("outputs.json"), "{\"Data\": {\"Table\": ").unwrap();
        let backup = write_outputs(&dir, &outputs("Web", "Url", "u")).unwrap();
        assert_eq!(backup, Some(dir.join("outputs.json.bak")));
        assert_eq!(std::fs::read_to_string(dir.join("outputs.json.bak")).unwrap(), "{\"Data\": {\"Table\": ");
        assert_eq!(read(&dir.join("outputs.json")), serde_json::json!({"Web": {"Url": "u"}}));
        // A second broken file does not replace the first backup.
        std::fs::write(dir.join("outputs.json"), "[oops").unwrap();
        let backup = write_outputs(&dir, &outputs("Web", "Url", "u")).unwrap();
        assert_eq!(backup, Some(dir.join("outputs.json.bak.2")));
        assert_eq!(std::fs::read_to_string(dir.join("outputs.json.bak")).unwrap(), "{\"Data\": {\"Table\": ");
        assert_eq!(std::fs::read_to_string(dir.join("outputs.json.bak.2")).unwrap(), "[oops");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
