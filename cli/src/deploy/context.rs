//! The run context of the deploy commands: one [`Ctx`] per region (connection, progress
//! display, Ctrl-C, the ownership rule), and the options and hooks that make it.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::aws::{Aws, Connection};
use super::error::{DeployError, ErrorKind};
use super::ui::Ui;
use super::{cfn, ownership, ui};
use crate::console::Console;
use crate::exit;

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
    /// CloudFormation's Express mode (`--express`): a stack operation completes once its
    /// resources are configured, not once they are ready.
    pub express: bool,
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
    /// The deployment configuration of a stack operation: Express mode when asked for
    /// (`--express`), else none (CloudFormation's standard mode).
    pub(crate) fn deployment_config(&self) -> Option<aws_sdk_cloudformation::types::DeploymentConfig> {
        use aws_sdk_cloudformation::types::{DeploymentConfig, DeploymentConfigMode};
        self.express.then(|| DeploymentConfig::builder().mode(DeploymentConfigMode::Express).build())
    }

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
        if self.adopt || ownership::owned_by_forma(info) {
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
    /// also when only forma's change sets are on it ([`ownership::review_is_formas`]).
    pub async fn may_change_stack(
        &self,
        info: &cfn::StackInfo,
        change: Mutation,
        command: &str,
    ) -> Result<(), DeployError> {
        if self.adopt || ownership::owned_by_forma(info) || ownership::review_is_formas(&self.aws.cfn, info).await? {
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

/// A fresh value for tokens and change set names.
pub(crate) fn nonce() -> String {
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
    /// Use CloudFormation's Express mode (`--express`).
    pub express: bool,
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
pub(crate) async fn contexts(
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
            express: opts.express,
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
pub(crate) enum Purpose {
    Read,
    Change,
}

/// One context in the configured region (bootstrap).
pub(crate) async fn context(opts: &Options, console: &Console, hooks: &Hooks) -> Result<Arc<Ctx>, DeployError> {
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
