//! `forma apply`: every selected stack, in dependency order, through change sets.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use aws_sdk_cloudformation::error::ProvideErrorMetadata;
use aws_sdk_cloudformation::operation::create_change_set::builders::CreateChangeSetFluentBuilder;
use aws_sdk_cloudformation::types::{Capability, ChangeSetType, Parameter, Tag};
use forma_synth::StackManifest;
use sha2::{Digest, Sha256};

use super::cfn::{self, EventFollower, StackInfo};
use super::error::{DeployError, ErrorKind};
use super::ownership::FINGERPRINT_TAG;
use super::schedule::{run_ordered, Order};
use super::{exports, staging, Contexts, Ctx, Mutation};

/// What apply did to one stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Same fingerprint as deployed: no change set was made.
    Unchanged,
    /// A change set was made and held no changes.
    NoChanges,
    Created,
    Updated,
}

/// The result for one stack.
#[derive(Debug, Clone)]
pub struct StackResult {
    pub applied: Applied,
    pub outputs: Vec<(String, String, Option<String>)>,
    pub seconds: f64,
}

/// A stack to apply: its manifest entry, template and parameter values from the command
/// line.
#[derive(Debug, Clone)]
pub struct Job {
    pub manifest: StackManifest,
    pub body: String,
    pub parameters: BTreeMap<String, String>,
    /// The assembly's stateful resource types (`Manifest::stateful_types`): replacing or
    /// removing one needs confirmation.
    pub stateful_types: Vec<String>,
    /// Its change set imports the resources of the template that exist already (the
    /// app's retained ones, found by the preflight) instead of creating them.
    pub import_existing: bool,
}

/// One line of a change set's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub action: String,
    pub logical_id: String,
    pub resource_type: String,
    /// `True`, `Conditional`, or empty.
    pub replacement: String,
}

impl Change {
    /// Replacing or removing data (a resource of one of `stateful_types`), or touching
    /// permissions.
    pub fn is_risky(&self, stateful_types: &[String]) -> bool {
        let destroys = self.action == "Remove" || matches!(self.replacement.as_str(), "True" | "Conditional");
        (destroys && stateful_types.contains(&self.resource_type)) || self.resource_type.starts_with("AWS::IAM::")
    }
}

/// The fingerprint of a stack as it is to be applied.
pub fn fingerprint(m: &StackManifest, params: &[(String, Option<String>)]) -> String {
    let mut h = Sha256::new();
    h.update(m.sha256.as_bytes());
    for (k, v) in params {
        h.update(format!("\0p{k}={}", v.as_deref().unwrap_or("\u{1}previous")).as_bytes());
    }
    for (k, v) in &m.tags {
        h.update(format!("\0t{k}={v}").as_bytes());
    }
    h.finalize()[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// Applies every job in dependency order, independent stacks concurrently, each in its
/// region.
pub async fn apply_all(
    ctxs: &Contexts,
    jobs: Vec<Job>,
    seen: BTreeMap<String, StackInfo>,
) -> Vec<(String, Result<StackResult, DeployError>)> {
    let names: Vec<String> = jobs.iter().map(|j| j.manifest.name.clone()).collect();
    let deps: Vec<Vec<String>> = jobs.iter().map(|j| j.manifest.dependencies.clone()).collect();
    let concurrency = ctxs.default_ctx().map_or(1, |c| c.concurrency);
    let run = Arc::new(Run::new(&jobs, seen));
    let mut by_name: HashMap<String, (Job, Option<Arc<Ctx>>)> = jobs
        .into_iter()
        .map(|j| (j.manifest.name.clone(), (ctxs.for_stack(&j.manifest), j)))
        .map(|(n, (c, j))| (n, (j, c)))
        .collect();
    run_ordered(&names, &deps, Order::Forward, concurrency, ctxs.cancel(), move |name| {
        let job = by_name.remove(&name);
        let run = run.clone();
        async move {
            match job {
                Some((job, Some(ctx))) => {
                    let _turn = run.turn(&name).await;
                    apply_stack_in(&ctx, job, Some(&run)).await
                }
                Some((_, None)) => {
                    Err(DeployError::new(ErrorKind::Input, "no connection to the stack's region").stack(&name))
                }
                None => Err(DeployError::new(ErrorKind::Input, "the stack was scheduled twice").stack(&name)),
            }
        }
    })
    .await
}

/// The stacks of one apply run, for what one stack's change does to the others (the
/// importers of an export it removes or changes).
#[derive(Debug, Default)]
pub struct Run {
    jobs: HashMap<String, Job>,
    /// Held while a stack is applied, by its own turn or by a release of its imports.
    turns: HashMap<String, tokio::sync::Mutex<()>>,
    /// The stacks as the preflight read them: one that apply will skip is not read again.
    /// A stack released for another's export is taken out (it changed since).
    seen: std::sync::Mutex<BTreeMap<String, StackInfo>>,
}

impl Run {
    pub fn new(jobs: &[Job], seen: BTreeMap<String, StackInfo>) -> Run {
        Run {
            jobs: jobs.iter().map(|j| (j.manifest.name.clone(), j.clone())).collect(),
            turns: jobs.iter().map(|j| (j.manifest.name.clone(), tokio::sync::Mutex::new(()))).collect(),
            seen: std::sync::Mutex::new(seen),
        }
    }

    /// The stack as the preflight read it, if apply will skip it.
    fn unchanged(&self, job: &Job) -> Option<StackInfo> {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.get(&job.manifest.name).filter(|cur| unchanged(job, Some(cur))).cloned()
    }

    fn forget(&self, name: &str) {
        self.seen.lock().unwrap_or_else(|e| e.into_inner()).remove(name);
    }

    /// Waits until nothing else changes the stack, and holds it.
    async fn turn(&self, name: &str) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.turns.get(name) {
            Some(m) => Some(m.lock().await),
            None => None,
        }
    }
}

/// Brings one stack to its template: recovers from states a failed run left, skips it when
/// its fingerprint is unchanged, otherwise creates and executes a change set.
pub async fn apply_stack(ctx: &Ctx, job: Job) -> Result<StackResult, DeployError> {
    apply_stack_in(ctx, job, None).await
}

/// [`apply_stack`] within a run: an export the change removes or changes is first released
/// by its importers in the run.
pub async fn apply_stack_in(ctx: &Ctx, job: Job, run: Option<&Run>) -> Result<StackResult, DeployError> {
    let m = &job.manifest;
    let name = m.name.as_str();
    let progress = ctx.ui.stack(name, "checking", m.resource_count, m.logical_ids.clone());
    let result = ctx.interruptible(name, apply_inner(ctx, &job, run, &progress)).await;
    progress.finish();
    result.map(|(applied, info)| StackResult { applied, outputs: info.outputs, seconds: progress.elapsed() })
}

async fn apply_inner(
    ctx: &Ctx,
    job: &Job,
    run: Option<&Run>,
    progress: &super::ui::StackProgress,
) -> Result<(Applied, StackInfo), DeployError> {
    let m = &job.manifest;
    let name = m.name.as_str();
    if let Some(cur) = run.and_then(|r| r.unchanged(job)) {
        set_termination_protection(ctx, m, &cur).await?;
        return Ok((Applied::Unchanged, cur));
    }
    let current = recover(ctx, name, &m.logical_ids, progress).await?;
    let (params, fp) = planned(job, current.as_ref())?;

    if let Some(cur) = &current {
        if cur.status != "REVIEW_IN_PROGRESS"
            && cur.tags.get(FINGERPRINT_TAG) == Some(&fp)
            && cur.status.ends_with("_COMPLETE")
        {
            set_termination_protection(ctx, m, cur).await?;
            return Ok((Applied::Unchanged, cur.clone()));
        }
    }
    let exists = current.as_ref().is_some_and(|c| c.status != "REVIEW_IN_PROGRESS");
    let Some((cs_id, stack_id)) = create_change_set(ctx, job, &fp, &params, exists, progress).await? else {
        return Ok((Applied::NoChanges, current.unwrap_or_default()));
    };
    let made = ChangeSet { id: cs_id, stack_id, exists };
    let outcome = match wait_change_set(ctx, name, &made.id, &m.logical_ids).await {
        Err(e) if !exists && e.kind == ErrorKind::Failed => {
            return Err(remove_empty_stack(ctx, name, &made.stack_id, e, progress).await);
        }
        other => other?,
    };
    let changes = match outcome {
        ChangeSetOutcome::Ready(changes) => changes,
        ChangeSetOutcome::Empty => {
            made.delete(ctx).await;
            let info = cfn::describe(&ctx.aws.cfn, &made.stack_id).await?.unwrap_or_default();
            return Ok((Applied::NoChanges, info));
        }
    };
    ctx.ui.line(summary(name, &changes, &m.logical_ids));
    confirm_risky(ctx, job, &made, &changes, progress).await?;
    if let (Some(run), Some(cur)) = (run, &current) {
        if let Err(e) = release_exports(ctx, job, cur, &changes, run, progress).await {
            made.delete(ctx).await;
            return Err(e);
        }
    }
    execute(ctx, job, &fp, &made, progress).await
}

/// Frees the deployed exports the change removes or changes from their importers: each
/// importer in the run is updated with its deployed template taking the current values
/// instead of the imports. An importer outside the run stops the apply before any change.
async fn release_exports(
    ctx: &Ctx,
    job: &Job,
    cur: &StackInfo,
    changes: &[Change],
    run: &Run,
    progress: &super::ui::StackProgress,
) -> Result<(), DeployError> {
    let name = job.manifest.name.as_str();
    let deployed_exports: Vec<(String, String, String)> =
        cur.outputs.iter().filter_map(|(k, v, e)| Some((k.clone(), v.clone(), e.clone()?))).collect();
    if deployed_exports.is_empty() {
        return Ok(());
    }
    let new = super::parse_template(&job.body).unwrap_or_default();
    let deployed = cfn::template(&ctx.aws.cfn, name, &cur.id, None).await?;
    let replaced: Vec<(String, bool)> = changes
        .iter()
        .map(|c| {
            (c.logical_id.clone(), c.action == "Remove" || matches!(c.replacement.as_str(), "True" | "Conditional"))
        })
        .collect();
    let mut by_importer: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for locked in exports::at_risk(&deployed_exports, &deployed, &new, &replaced) {
        for importer in exports::importers(ctx, name, &locked.export).await? {
            if !run.jobs.contains_key(&importer) {
                return Err(DeployError::new(
                    ErrorKind::State,
                    format!("export {} is imported by {importer}, which is not in this run, and {}", locked.export, locked.why),
                )
                .stack(name)
                .hint(format!("apply {importer} in the same run (forma apply {name} {importer}), or make it stop importing the export first")));
            }
            progress.note(&format!("{importer} imports {} and {}: releasing it first", locked.export, locked.why));
            by_importer.entry(importer).or_default().insert(locked.export.clone(), locked.value.clone());
        }
    }
    for (importer, values) in by_importer {
        let Some(job) = run.jobs.get(&importer) else { continue };
        let _turn = run.turn(&importer).await;
        run.forget(&importer);
        release_importer(ctx, job, &values).await?;
    }
    Ok(())
}

/// Updates an importer with its deployed template, taking `values` instead of importing
/// them. Nothing to do when it no longer imports them (its own turn came first).
async fn release_importer(ctx: &Ctx, job: &Job, values: &BTreeMap<String, String>) -> Result<(), DeployError> {
    let name = job.manifest.name.as_str();
    let Some(cur) = cfn::describe(&ctx.aws.cfn, name).await? else { return Ok(()) };
    let mut template = cfn::template(&ctx.aws.cfn, name, &cur.id, None).await?;
    if exports::release(&mut template, values) == 0 {
        return Ok(());
    }
    let body = serde_json::to_string(&template).unwrap_or_default();
    let mut manifest = job.manifest.clone();
    // Its own fingerprint: the importer's turn later in the run still applies its template.
    manifest.sha256 = format!("{:x}", Sha256::digest(body.as_bytes()));
    manifest.needs_upload = body.len() > forma_synth::MAX_INLINE_TEMPLATE_BYTES;
    let released = Job {
        manifest,
        body,
        parameters: BTreeMap::new(),
        stateful_types: job.stateful_types.clone(),
        import_existing: false,
    };
    Box::pin(apply_stack_in(ctx, released, None)).await.map(|_| ())
}

/// A change set forma made: its id, its stack's, and whether the stack existed before.
struct ChangeSet {
    id: String,
    stack_id: String,
    exists: bool,
}

impl ChangeSet {
    /// Deletes the change set (best effort: an unexecuted change set costs nothing).
    async fn delete(&self, ctx: &Ctx) {
        let _ = ctx.aws.cfn.delete_change_set().change_set_name(&self.id).stack_name(&self.stack_id).send().await;
    }
}

/// Creates the change set of `job` (a create one for a new stack), tagged with the
/// fingerprint `fp`; `None` when CloudFormation finds nothing to change.
async fn create_change_set(
    ctx: &Ctx,
    job: &Job,
    fp: &str,
    params: &[(String, Option<String>)],
    exists: bool,
    progress: &super::ui::StackProgress,
) -> Result<Option<(String, String)>, DeployError> {
    let m = &job.manifest;
    let name = m.name.as_str();
    let kind = if exists { ChangeSetType::Update } else { ChangeSetType::Create };
    // The fingerprint is forma's alone: a manifest's tag of that name never goes out (the
    // assembly check refuses one, too).
    let mut tags: Vec<Tag> = m
        .tags
        .iter()
        .filter(|(k, _)| *k != FINGERPRINT_TAG)
        .map(|(k, v)| Tag::builder().key(k).value(v).build())
        .collect();
    tags.push(Tag::builder().key(FINGERPRINT_TAG).value(fp).build());
    let cfn_params: Vec<Parameter> = params
        .iter()
        .map(|(k, v)| match v {
            Some(v) => Parameter::builder().parameter_key(k).parameter_value(v).build(),
            None => Parameter::builder().parameter_key(k).use_previous_value(true).build(),
        })
        .collect();
    let cs_name = format!("forma-{fp}-{}", ctx.nonce);
    let mut req = ctx
        .aws
        .cfn
        .create_change_set()
        .stack_name(name)
        .change_set_name(&cs_name)
        .change_set_type(kind)
        .client_token(&cs_name)
        .description(format!("forma apply, template {}", m.sha256.get(..12).unwrap_or(&m.sha256)))
        .set_parameters(Some(cfn_params))
        .set_tags(Some(tags))
        .set_deployment_config(ctx.deployment_config());
    if job.import_existing {
        req = req.import_existing_resources(true);
    }
    req = with_capabilities(req, m);
    req = if m.needs_upload {
        let url = staging::upload_template(ctx, m, &job.body).await?;
        req.template_url(url)
    } else {
        req.template_body(&job.body)
    };
    progress.status("creating change set");
    ctx.proceed(name, "CreateChangeSet")?;
    match req.send().await {
        Ok(out) => Ok(Some((out.id().unwrap_or(&cs_name).to_owned(), out.stack_id().unwrap_or(name).to_owned()))),
        Err(e) if e.as_service_error().is_some_and(no_changes) => Ok(None),
        Err(e) => Err(DeployError::aws("CreateChangeSet", &e).stack(name)),
    }
}

/// Asks before changes that replace or remove stateful resources or change IAM (unless
/// `--yes`); a declined change set is deleted, and with it the empty stack a create one
/// made.
async fn confirm_risky(
    ctx: &Ctx,
    job: &Job,
    made: &ChangeSet,
    changes: &[Change],
    progress: &super::ui::StackProgress,
) -> Result<(), DeployError> {
    let m = &job.manifest;
    let name = m.name.as_str();
    let risky: Vec<&Change> = changes.iter().filter(|c| c.is_risky(&job.stateful_types)).collect();
    if risky.is_empty() || ctx.yes {
        return Ok(());
    }
    let question =
        format!("{name}: {} change(s) replace or remove stateful resources or change IAM. Apply?", risky.len());
    if ctx.confirm(name, question).await? {
        return Ok(());
    }
    let what: Vec<String> =
        risky.iter().map(|c| format!("{} {}", c.action, path_of(&m.logical_ids, &c.logical_id))).collect();
    let declined = DeployError::new(
        ErrorKind::NeedsConfirmation,
        format!("not applied: needs confirmation for {}", what.join(", ")),
    )
    .stack(name)
    .hint("review the changes above, then run again with --yes");
    if !made.exists {
        return Err(remove_empty_stack(ctx, name, &made.stack_id, declined, progress).await);
    }
    made.delete(ctx).await;
    Err(declined)
}

/// Executes the change set and follows the stack to the end of the operation.
async fn execute(
    ctx: &Ctx,
    job: &Job,
    fp: &str,
    made: &ChangeSet,
    progress: &super::ui::StackProgress,
) -> Result<(Applied, StackInfo), DeployError> {
    let m = &job.manifest;
    let name = m.name.as_str();
    let token = format!("forma-exec-{fp}-{}", ctx.nonce);
    progress.status(if made.exists { "UPDATE_IN_PROGRESS" } else { "CREATE_IN_PROGRESS" });
    ctx.proceed(name, "ExecuteChangeSet")?;
    ctx.aws
        .cfn
        .execute_change_set()
        .change_set_name(&made.id)
        .stack_name(&made.stack_id)
        .client_request_token(&token)
        .send()
        .await
        .map_err(|e| DeployError::aws("ExecuteChangeSet", &e).stack(name))?;
    ctx.executed(name);
    let mut follower = EventFollower::new(name, Some(token));
    if !made.exists {
        // Right after execution the new stack may still read REVIEW_IN_PROGRESS.
        follower.not_started = Some("REVIEW_IN_PROGRESS".into());
    }
    let info = ctx.wait(&made.stack_id, &mut follower, progress).await?;
    match info.status.as_str() {
        "CREATE_COMPLETE" | "UPDATE_COMPLETE" => {
            set_termination_protection(ctx, m, &info).await?;
            Ok((if made.exists { Applied::Updated } else { Applied::Created }, info))
        }
        status if status.starts_with("DELETE_") => Err(DeployError::new(
            ErrorKind::State,
            format!("deleted by another operation while applying (the stack is {status})"),
        )
        .stack(name)
        .hint("someone or something else deleted the stack (the console, another run, a pipeline): run apply again to create it anew once that is settled")),
        status => Err(failure(name, status, info.reason.as_deref(), &follower, &m.logical_ids)),
    }
}

/// After forma's own create change set failed or was declined: deletes the empty stack in
/// `REVIEW_IN_PROGRESS` the change set made (it holds nothing), so none is left behind.
/// Returns `error`, noting that the empty stack is gone, or why it is not.
async fn remove_empty_stack(
    ctx: &Ctx,
    name: &str,
    stack_id: &str,
    mut error: DeployError,
    progress: &super::ui::StackProgress,
) -> DeployError {
    if ctx.proceed(name, "DeleteStack").is_err() {
        return error;
    }
    let gone = match cfn::describe(&ctx.aws.cfn, stack_id).await {
        // Only the empty shell a create change set makes; anything else is left alone.
        Ok(Some(info)) if info.status == "REVIEW_IN_PROGRESS" => {
            progress.note("deleting the empty stack the change set made");
            ctx.aws
                .cfn
                .delete_stack()
                .stack_name(stack_id)
                .send()
                .await
                .map_err(|e| DeployError::aws("DeleteStack", &e))
        }
        Ok(_) => return error,
        Err(e) => Err(e),
    };
    match gone {
        Ok(_) => error.message.push_str("\n  the empty stack it made (REVIEW_IN_PROGRESS) was deleted"),
        Err(e) => error
            .message
            .push_str(&format!("\n  the empty stack it made (REVIEW_IN_PROGRESS) is still there: {}", e.message)),
    }
    error
}

/// The error for a failed operation: the first failed resource (the root cause) first,
/// then the rest.
pub fn failure(
    name: &str,
    status: &str,
    reason: Option<&str>,
    follower: &EventFollower,
    paths: &indexmap::IndexMap<String, String>,
) -> DeployError {
    let failures = follower.failures();
    let mut msg = format!("failed: {status}");
    match failures.first() {
        Some(first) => {
            msg.push_str(&format!(
                "\n  root cause: {} ({}) {}: {}",
                path_of(paths, &first.logical_id),
                first.resource_type,
                first.status,
                first.reason.as_deref().unwrap_or("no reason given")
            ));
            for f in &failures[1..] {
                msg.push_str(&format!(
                    "\n  then: {} {}: {}",
                    path_of(paths, &f.logical_id),
                    f.status,
                    f.reason.as_deref().unwrap_or("")
                ));
            }
        }
        None => {
            // No resource failed: the stack's own event that started the rollback says why
            // (an export still in use, for one), else the stack's status reason.
            let stated = follower
                .events
                .iter()
                .filter(|e| e.is_stack() && (e.status.contains("ROLLBACK") || e.failed()))
                .find_map(|e| e.reason.as_deref());
            if let Some(r) = stated.or(reason) {
                msg.push_str(&format!("\n  reason: {r}"));
            }
        }
    }
    let hint = if super::error::export_in_use(&msg) {
        super::error::EXPORT_IN_USE_HINT
    } else if status == "ROLLBACK_COMPLETE" || status == "ROLLBACK_FAILED" {
        "fix the cause and run apply again: forma deletes the empty stack and creates it anew"
    } else {
        "fix the cause and run apply again"
    };
    DeployError::new(ErrorKind::Failed, msg).stack(name).hint(hint)
}

fn path_of<'a>(paths: &'a indexmap::IndexMap<String, String>, id: &'a str) -> &'a str {
    paths.get(id).map(String::as_str).unwrap_or(id)
}

/// A change set that says there is nothing to change.
pub(crate) fn no_changes(e: &impl ProvideErrorMetadata) -> bool {
    e.message().is_some_and(|m| m.contains("No updates are to be performed") || m.contains("didn't contain changes"))
}

/// Waits out another operation and repairs what a failed run left: returns the stack as
/// it stands, or `None` when there is none to update.
async fn recover(
    ctx: &Ctx,
    name: &str,
    paths: &indexmap::IndexMap<String, String>,
    progress: &super::ui::StackProgress,
) -> Result<Option<StackInfo>, DeployError> {
    for _ in 0..4 {
        let Some(cur) = cfn::describe(&ctx.aws.cfn, name).await? else { return Ok(None) };
        // Forma reads any stack, but waits on, repairs or changes only its own: a stack
        // another tool left in review too.
        ctx.may_change_stack(&cur, Mutation::ChangeSet, "apply").await?;
        let token = format!("forma-recover-{}-{}", ctx.nonce, cur.status.to_ascii_lowercase().replace('_', "-"));
        match cur.status.as_str() {
            _ if cur.in_progress() => {
                progress.note(&format!("{} is in progress; waiting for it to finish", cur.status));
                ctx.follow(name, &cur.id, None, progress).await?;
            }
            "ROLLBACK_COMPLETE" | "CREATE_FAILED" => {
                progress.note(&format!(
                    "{} after a failed first create: deleting the stack to create it again",
                    cur.status
                ));
                ctx.proceed(name, "DeleteStack")?;
                ctx.aws
                    .cfn
                    .delete_stack()
                    .stack_name(&cur.id)
                    .client_request_token(&token)
                    .send()
                    .await
                    .map_err(|e| DeployError::aws("DeleteStack", &e).stack(name))?;
                let (info, _) = ctx.follow(name, &cur.id, Some(token), progress).await?;
                if info.status != "DELETE_COMPLETE" {
                    return Err(DeployError::new(
                        ErrorKind::State,
                        format!("could not delete the failed stack: {}", info.status),
                    )
                    .stack(name)
                    .hint("run forma destroy on it with --retain-failed, then apply again"));
                }
                return Ok(None);
            }
            "UPDATE_ROLLBACK_FAILED" => {
                progress.note("UPDATE_ROLLBACK_FAILED: continuing the rollback");
                ctx.proceed(name, "ContinueUpdateRollback")?;
                ctx.aws
                    .cfn
                    .continue_update_rollback()
                    .stack_name(&cur.id)
                    .client_request_token(&token)
                    .send()
                    .await
                    .map_err(|e| DeployError::aws("ContinueUpdateRollback", &e).stack(name))?;
                let (info, follower) = ctx.follow(name, &cur.id, Some(token), progress).await?;
                if info.status != "UPDATE_ROLLBACK_COMPLETE" {
                    return Err(failure(name, &info.status, info.reason.as_deref(), &follower, paths));
                }
            }
            status if STUCK_STATES.contains(&status) => {
                return Err(DeployError::new(ErrorKind::State, format!("the stack is in {status}"))
                    .stack(name)
                    .hint(stuck_hint(name)));
            }
            _ => return Ok(Some(cur)),
        }
    }
    Err(DeployError::new(ErrorKind::State, "the stack did not settle after waiting for it").stack(name))
}

/// The parameter values to send and the fingerprint of the stack as it is to be applied,
/// over what is deployed (`current`).
#[allow(clippy::type_complexity)]
pub(crate) fn planned(
    job: &Job,
    current: Option<&StackInfo>,
) -> Result<(Vec<(String, Option<String>)>, String), DeployError> {
    let params = parameters(&job.manifest, &job.parameters, current)?;
    // A previous value counts as the value it is, so keeping it is no change.
    let resolved: Vec<(String, Option<String>)> = params
        .iter()
        .map(|(k, v)| (k.clone(), v.clone().or_else(|| current.and_then(|c| c.parameters.get(k).cloned()))))
        .collect();
    let fp = fingerprint(&job.manifest, &resolved);
    Ok((params, fp))
}

/// Whether apply would skip the stack: deployed, settled, and its fingerprint unchanged.
pub(crate) fn unchanged(job: &Job, current: Option<&StackInfo>) -> bool {
    let Some(cur) = current else { return false };
    cur.status.ends_with("_COMPLETE")
        && cur.status != "REVIEW_IN_PROGRESS"
        && planned(job, Some(cur)).is_ok_and(|(_, fp)| cur.tags.get(FINGERPRINT_TAG) == Some(&fp))
}

/// States apply cannot move a stack out of (destroy can).
pub(crate) const STUCK_STATES: [&str; 4] =
    ["ROLLBACK_FAILED", "DELETE_FAILED", "IMPORT_ROLLBACK_FAILED", "UPDATE_FAILED"];

/// What to do with a stack in one of the [`STUCK_STATES`].
pub(crate) fn stuck_hint(name: &str) -> String {
    format!("forma destroy {name} --retain-failed removes it, then apply again")
}

/// Parameter values to send: given on the command line, or the previous value of an
/// existing stack (`None`); parameters with defaults and no value are left out.
fn parameters(
    m: &StackManifest,
    given: &BTreeMap<String, String>,
    current: Option<&StackInfo>,
) -> Result<Vec<(String, Option<String>)>, DeployError> {
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for (k, p) in &m.parameters {
        if let Some(v) = given.get(k) {
            out.push((k.clone(), Some(v.clone())));
        } else if p.default.is_some() {
            continue;
        } else if current.is_some_and(|c| c.status != "REVIEW_IN_PROGRESS" && c.parameters.contains_key(k)) {
            out.push((k.clone(), None));
        } else {
            missing.push(k.as_str());
        }
    }
    if !missing.is_empty() {
        let example = format!("--parameter {}:{}=VALUE", m.name, missing[0]);
        return Err(DeployError::new(ErrorKind::Input, format!("no value for parameter(s) {}", missing.join(", ")))
            .stack(&m.name)
            .hint(format!("pass {example}")));
    }
    Ok(out)
}

async fn set_termination_protection(ctx: &Ctx, m: &StackManifest, info: &StackInfo) -> Result<(), DeployError> {
    if m.termination_protection == info.termination_protection {
        return Ok(());
    }
    ctx.proceed(&m.name, "UpdateTerminationProtection")?;
    ctx.aws
        .cfn
        .update_termination_protection()
        .stack_name(&info.id)
        .enable_termination_protection(m.termination_protection)
        .send()
        .await
        .map_err(|e| DeployError::aws("UpdateTerminationProtection", &e).stack(&m.name))?;
    Ok(())
}

/// Acknowledges what the stack's template may do: create IAM resources (named or not;
/// forma asks for confirmation of IAM changes itself) and, for a template with the SAM
/// transform (the only one the assembly check lets through), be expanded by it.
pub(crate) fn with_capabilities(req: CreateChangeSetFluentBuilder, m: &StackManifest) -> CreateChangeSetFluentBuilder {
    let req = req.capabilities(Capability::CapabilityIam).capabilities(Capability::CapabilityNamedIam);
    if m.transform.is_some() {
        req.capabilities(Capability::CapabilityAutoExpand)
    } else {
        req
    }
}

pub(crate) enum ChangeSetOutcome {
    Ready(Vec<Change>),
    Empty,
}

/// Waits for a change set to be computed and reads its changes.
pub(crate) async fn wait_change_set(
    ctx: &Ctx,
    name: &str,
    id: &str,
    paths: &indexmap::IndexMap<String, String>,
) -> Result<ChangeSetOutcome, DeployError> {
    let mut delay = std::time::Duration::from_millis(500);
    let mut transient = 0;
    loop {
        let mut changes = Vec::new();
        let mut next: Option<String> = None;
        let mut status;
        loop {
            let out =
                match ctx.aws.cfn.describe_change_set().change_set_name(id).set_next_token(next.clone()).send().await {
                    Ok(out) => out,
                    Err(e) => {
                        let e = DeployError::aws("DescribeChangeSet", &e).stack(name);
                        // Throttled, or a service failure: ask again at the next poll.
                        if e.transient && transient < cfn::TRANSIENT_ATTEMPTS * 2 {
                            transient += 1;
                            status = String::from("CREATE_IN_PROGRESS");
                            break;
                        }
                        return Err(e);
                    }
                };
            status = out.status().map(|s| s.as_str().to_owned()).unwrap_or_default();
            if status == "FAILED" {
                let reason = out.status_reason().unwrap_or("").to_owned();
                if reason.contains("didn't contain changes") || reason.contains("No updates are to be performed") {
                    return Ok(ChangeSetOutcome::Empty);
                }
                let findings = validation_findings(ctx, name, id, paths).await;
                let mut message = format!("the change set failed: {reason}");
                for f in &findings {
                    message.push_str(&format!("\n  {f}"));
                }
                return Err(DeployError::new(ErrorKind::Failed, message)
                    .stack(name)
                    .hint("fix the template problem named above and apply again"));
            }
            if status == "CREATE_COMPLETE" && out.status_reason().is_some_and(|r| !r.is_empty()) && next.is_none() {
                // Findings that do not stop the change set (WARN): said, with the path.
                for f in validation_findings(ctx, name, id, paths).await {
                    ctx.ui.line(format!("{name}: warning: {f}"));
                }
            }
            for c in out.changes() {
                if let Some(rc) = c.resource_change() {
                    changes.push(Change {
                        action: rc.action().map(|a| a.as_str().to_owned()).unwrap_or_default(),
                        logical_id: rc.logical_resource_id().unwrap_or("").to_owned(),
                        resource_type: rc.resource_type().unwrap_or("").to_owned(),
                        replacement: rc.replacement().map(|r| r.as_str().to_owned()).unwrap_or_default(),
                    });
                }
            }
            next = out.next_token().map(str::to_owned);
            if status != "CREATE_COMPLETE" || next.is_none() {
                break;
            }
        }
        if status == "CREATE_COMPLETE" {
            return Ok(ChangeSetOutcome::Ready(changes));
        }
        if *ctx.cancel.borrow() {
            return Err(cfn::interrupted(name, "change set pending"));
        }
        tokio::time::sleep(delay).await;
        delay = delay.mul_f32(1.5).min(std::time::Duration::from_secs(5));
    }
}

/// CloudFormation's pre-deployment validation of a change set (`DescribeEvents`): each
/// finding as `PATH (TYPE): REASON [VALIDATION]`. Best effort: an endpoint without the API
/// gives none.
async fn validation_findings(
    ctx: &Ctx,
    name: &str,
    change_set: &str,
    paths: &indexmap::IndexMap<String, String>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let Ok(page) =
            ctx.aws.cfn.describe_events().change_set_name(change_set).set_next_token(token.take()).send().await
        else {
            return out;
        };
        for e in page.operation_events() {
            if e.event_type() != Some(&aws_sdk_cloudformation::types::EventType::ValidationError) {
                continue;
            }
            let logical = e.logical_resource_id().unwrap_or(name);
            let path = path_of(paths, logical);
            let kind = e.resource_type().map(|t| format!(" ({t})")).unwrap_or_default();
            let reason = e.validation_status_reason().unwrap_or("failed");
            let check =
                e.validation_name().map(|v| format!(" [{}]", v.rsplit("::").next().unwrap_or(v))).unwrap_or_default();
            let at = e.validation_path().map(|p| format!(" at {p}")).unwrap_or_default();
            out.push(format!("{path}{kind}: {reason}{at}{check}"));
        }
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            return out;
        }
    }
}

/// The change summary: added, modified (replacements called out) and removed resources.
pub fn summary(name: &str, changes: &[Change], paths: &indexmap::IndexMap<String, String>) -> String {
    let count = |a: &str| changes.iter().filter(|c| c.action == a).count();
    let mut s =
        format!("{name}: {} to add, {} to modify, {} to remove", count("Add"), count("Modify"), count("Remove"));
    for c in changes {
        let mark = match c.action.as_str() {
            "Add" => "+",
            "Remove" => "-",
            "Modify" => "~",
            _ => "?",
        };
        let replace = match c.replacement.as_str() {
            "True" => "  (REPLACEMENT)",
            "Conditional" => "  (may be replaced)",
            _ => "",
        };
        s.push_str(&format!("\n  {mark} {} {}{replace}", c.resource_type, path_of(paths, &c.logical_id)));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::Change;

    fn change(action: &str, resource_type: &str, replacement: &str) -> Change {
        Change {
            action: action.into(),
            logical_id: "X".into(),
            resource_type: resource_type.into(),
            replacement: replacement.into(),
        }
    }

    #[test]
    fn the_replacement_gate_asks_about_the_stateful_types_the_manifest_lists() {
        let listed = vec!["AWS::S3::Bucket".to_owned()];
        let replace_bucket = change("Modify", "AWS::S3::Bucket", "True");
        assert!(replace_bucket.is_risky(&listed));
        assert!(!replace_bucket.is_risky(&[]), "a type the manifest does not list is not asked about");
        assert!(change("Remove", "AWS::S3::Bucket", "").is_risky(&listed));
        assert!(!change("Modify", "AWS::S3::Bucket", "False").is_risky(&listed), "an in-place update keeps the data");
        assert!(change("Add", "AWS::IAM::Role", "").is_risky(&[]), "IAM changes are always asked about");
    }
}
