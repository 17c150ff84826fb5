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

/// What one deploy command shares across its stacks.
pub struct Ctx {
    pub aws: Aws,
    pub ui: Ui,
    /// Flips to `true` on Ctrl-C: stop waiting, leave CloudFormation working.
    pub cancel: watch::Receiver<bool>,
    /// Unique to this run: keeps change set names and request tokens unique.
    pub nonce: String,
    /// Risky changes and destroys go ahead without asking.
    pub yes: bool,
    /// Apply may take over stacks that forma did not deploy.
    pub adopt: bool,
    /// How many stacks run at once.
    pub concurrency: usize,
    /// The staging bucket, once known.
    pub staging: tokio::sync::OnceCell<String>,
    pub after_execute: Option<Observer>,
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

async fn context(opts: &Options, console: &Console, hooks: &Hooks) -> Result<Arc<Ctx>, DeployError> {
    let aws = Aws::connect(&opts.connection).await?;
    let cancel = match &hooks.cancel {
        Some(rx) => rx.clone(),
        None => {
            let (tx, rx) = watch::channel(false);
            let ui_console = console.clone();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    ui_console.err(
                        "\ninterrupted: stopping the wait (CloudFormation carries on); Ctrl-C again to quit at once",
                    );
                    let _ = tx.send(true);
                    if tokio::signal::ctrl_c().await.is_ok() {
                        std::process::exit(i32::from(exit::INTERRUPTED));
                    }
                }
            });
            rx
        }
    };
    Ok(Arc::new(Ctx {
        aws,
        ui: Ui::new(console.clone()),
        cancel,
        nonce: nonce(),
        yes: opts.yes,
        adopt: opts.adopt,
        concurrency: opts.concurrency,
        staging: tokio::sync::OnceCell::new(),
        after_execute: hooks.after_execute.clone(),
    }))
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

/// `--parameter Stack:Name=Value`, checked against the selected stacks.
pub fn parse_parameters(
    given: &[String],
    stacks: &[forma_synth::StackManifest],
) -> Result<BTreeMap<String, BTreeMap<String, String>>, DeployError> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for p in given {
        let bad = || {
            DeployError::new(ErrorKind::Input, format!("--parameter {p:?} is not Stack:Name=Value"))
                .hint("for example --parameter Storage:Env=prod")
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
        if !m.parameters.contains_key(name) {
            let known: Vec<&str> = m.parameters.keys().map(String::as_str).collect();
            return Err(DeployError::new(ErrorKind::Input, format!("stack {stack} has no parameter {name}")).hint(
                if known.is_empty() {
                    "it takes no parameters".to_owned()
                } else {
                    format!("its parameters: {}", known.join(", "))
                },
            ));
        }
        out.entry(stack.to_owned()).or_default().insert(name.to_owned(), value.to_owned());
    }
    Ok(out)
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
            })
        })
        .collect::<Result<Vec<Job>, DeployError>>()?;
    let ctx = context(opts, console, hooks).await?;
    check_regions(&stacks, &ctx.aws.region)?;
    if stacks.iter().any(|s| s.needs_upload) {
        toolkit::ensure(&ctx).await?;
    }
    let wanted: Vec<&String> = stacks.iter().flat_map(|s| &s.assets).collect();
    let assets: Vec<_> = loaded.manifest.assets.iter().filter(|a| wanted.contains(&&a.sha256)).cloned().collect();
    match toolkit::upload_assets(&ctx, &loaded.dir, &assets).await? {
        (0, 0) => {}
        (up, there) => console.err(format!("assets: {up} uploaded, {there} already in the staging bucket")),
    }
    let results = apply::apply_all(ctx.clone(), jobs).await;
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

/// Stacks pinned to a region (`stack.region(..)`) must be deployed there.
fn check_regions(stacks: &[forma_synth::StackManifest], connected: &str) -> Result<(), DeployError> {
    for s in stacks {
        if let Some(region) = s.region.as_deref().filter(|r| *r != connected) {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!("the stack belongs in region {region}, but forma is connected to {connected}"),
            )
            .stack(&s.name)
            .hint(format!("pass --region {region}, or deploy the stacks of each region separately")));
        }
    }
    Ok(())
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
    let ctx = context(opts, console, hooks).await?;
    check_regions(&stacks, &ctx.aws.region)?;
    let results = destroy::destroy_all(ctx, stacks, retain_failed).await;
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
        let ctx = context(opts, console, &Hooks::default()).await?;
        diff_stacks(&ctx, loaded, &stacks, &params, changeset).await
    };
    finish(console, body.await, exit::DIFF_ERROR)
}

/// `forma diff` once connected: prints each stack's diff; [`exit::DIFF_FOUND`] when any
/// template or parameter value differs, else [`exit::SUCCESS`].
pub async fn diff_stacks(
    ctx: &Ctx,
    loaded: &Loaded,
    stacks: &[forma_synth::StackManifest],
    parameters: &BTreeMap<String, BTreeMap<String, String>>,
    changeset: bool,
) -> Result<u8, DeployError> {
    let none = BTreeMap::new();
    let mut differs = false;
    for m in stacks {
        let given = parameters.get(&m.name).unwrap_or(&none);
        let (text, any) = status::diff_stack(ctx, loaded, m, changeset, given).await?;
        differs |= any;
        ctx.ui.console.out(text);
    }
    Ok(if differs { exit::DIFF_FOUND } else { exit::SUCCESS })
}

/// `forma status`.
pub async fn status(loaded: &Loaded, patterns: &[String], drift: bool, opts: &Options, console: &Console) -> u8 {
    let body = async {
        let stacks = loaded.select(patterns, patterns.is_empty(), Closure::Exact)?;
        let ctx = context(opts, console, &Hooks::default()).await?;
        status_stacks(&ctx, &stacks, drift).await
    };
    finish(console, body.await, exit::FAILURE)
}

/// `forma status` once connected: prints the table; [`exit::FAILURE`] when the status of
/// any stack could not be read (its error is in the table).
pub async fn status_stacks(ctx: &Ctx, stacks: &[forma_synth::StackManifest], drift: bool) -> Result<u8, DeployError> {
    let (table, failed) = status::status_table(ctx, stacks, drift).await?;
    ctx.ui.console.out(table);
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
