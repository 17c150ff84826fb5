//! `forma destroy`: every selected stack, dependents first; buckets that asked for it are
//! emptied first (repositories empty themselves: `EmptyOnDelete`); what stays behind is
//! listed.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aws_sdk_s3::types::{Delete, ObjectIdentifier};
use forma_synth::StackManifest;

use aws_sdk_cloudformation::types::DeletionMode;

use super::cfn::{self, EventFollower};
use super::error::{DeployError, ErrorKind};
use super::schedule::{run_ordered, Order};
use super::{Contexts, Ctx, Mutation};

/// A resource left in place: by its deletion policy, or because it could not be deleted
/// and `--retain-failed` kept it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retained {
    pub path: String,
    pub resource_type: String,
    pub physical_id: String,
    pub why: String,
}

/// What destroy did to one stack.
#[derive(Debug, Clone, Default)]
pub struct Destroyed {
    /// The stack did not exist.
    pub absent: bool,
    /// `(bucket or repository, objects or images deleted)`.
    pub emptied: Vec<(String, usize)>,
    pub retained: Vec<Retained>,
    /// Buckets with objects that did not ask to be emptied: `(path, bucket)`. CloudFormation
    /// cannot delete them.
    pub not_empty: Vec<(String, String)>,
    pub seconds: f64,
}

/// What destroy does with a stack that ends `DELETE_FAILED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnDeleteFailure {
    /// Reports it, with each failed resource and its reason.
    #[default]
    Report,
    /// Deletes it again, retaining the resources that failed (`--retain-failed`).
    RetainFailed,
    /// Deletes it with CloudFormation's `FORCE_DELETE_STACK` (`--force`): the stack goes,
    /// the resources that failed stay where they are.
    Force,
}

/// Destroys the stacks, each after the stacks that depend on it.
pub async fn destroy_all(
    ctxs: &Contexts,
    stacks: Vec<StackManifest>,
    on_failure: OnDeleteFailure,
) -> Vec<(String, Result<Destroyed, DeployError>)> {
    let names: Vec<String> = stacks.iter().map(|s| s.name.clone()).collect();
    let deps: Vec<Vec<String>> = stacks.iter().map(|s| s.dependencies.clone()).collect();
    let concurrency = ctxs.default_ctx().map_or(1, |c| c.concurrency);
    let mut by_name: HashMap<String, (StackManifest, Option<Arc<Ctx>>)> =
        stacks.into_iter().map(|s| (s.name.clone(), (ctxs.for_stack(&s), s))).map(|(n, (c, s))| (n, (s, c))).collect();
    run_ordered(&names, &deps, Order::Reverse, concurrency, ctxs.cancel(), move |name| {
        let m = by_name.remove(&name);
        async move {
            match m {
                Some((m, Some(ctx))) => destroy_stack(&ctx, &m, on_failure).await,
                Some((_, None)) => {
                    Err(DeployError::new(ErrorKind::Input, "no connection to the stack's region").stack(&name))
                }
                None => Err(DeployError::new(ErrorKind::Input, "the stack was scheduled twice").stack(&name)),
            }
        }
    })
    .await
}

/// Destroys one stack.
pub async fn destroy_stack(
    ctx: &Ctx,
    m: &StackManifest,
    on_failure: OnDeleteFailure,
) -> Result<Destroyed, DeployError> {
    let name = m.name.as_str();
    let progress = ctx.ui.stack(name, "checking", m.resource_count, m.logical_ids.clone());
    let result = ctx.interruptible(name, destroy_inner(ctx, m, on_failure, &progress)).await;
    progress.finish();
    result.map(|mut d| {
        d.seconds = progress.elapsed();
        d
    })
}

async fn destroy_inner(
    ctx: &Ctx,
    m: &StackManifest,
    on_failure: OnDeleteFailure,
    progress: &super::ui::StackProgress,
) -> Result<Destroyed, DeployError> {
    let name = m.name.as_str();
    let mut out = Destroyed::default();
    let Some(mut cur) = cfn::describe(&ctx.aws.cfn, name).await? else {
        out.absent = true;
        return Ok(out);
    };
    ctx.may_change_stack(&cur, Mutation::Delete, "destroy").await?;
    if cur.in_progress() {
        progress.note(&format!("{} is in progress; waiting for it to finish", cur.status));
        cur = ctx.follow(name, &cur.id, None, progress).await?.0;
        if cur.status == "DELETE_COMPLETE" {
            out.absent = true;
            return Ok(out);
        }
    }
    if cur.termination_protection {
        return Err(DeployError::new(ErrorKind::State, "termination protection is on")
            .stack(name)
            .hint("turn it off in the stack definition (TerminationProtection::Disabled) and apply, then destroy"));
    }

    let resources = stack_resources(ctx, &cur.id, name, progress).await?;
    // What the deployed template keeps: never emptied, whatever the manifest asks.
    let deployed = match deployed_template(ctx, &cur.id, name, progress).await {
        Ok(deployed) => deployed,
        // Without the deployed template, nothing is emptied.
        Err(e) if !m.empty_on_destroy.is_empty() => {
            return Err(DeployError { message: format!("{}; nothing was emptied or deleted", e.message), ..e })
        }
        Err(_) => Deployed::default(),
    };
    for (logical, why) in &deployed.slow {
        let path = m.logical_ids.get(logical).cloned().unwrap_or_else(|| logical.clone());
        progress.note(&format!("{path}: {why}"));
    }
    let policies = deployed.policies;
    prepare(ctx, m, &resources, &policies, &mut out, progress).await?;
    finish_delete(ctx, m, &cur.id, &resources, on_failure, out, progress).await
}

/// The stack's resources as `(logical id, physical id, type)`.
type Resources = Vec<(String, String, String)>;

/// Before the deletion: empties the buckets that asked to be (and that the deployed
/// template does not keep), notes the buckets CloudFormation will fail to delete, and lists
/// what the template's policies retain.
async fn prepare(
    ctx: &Ctx,
    m: &StackManifest,
    resources: &Resources,
    policies: &HashMap<String, String>,
    out: &mut Destroyed,
    progress: &super::ui::StackProgress,
) -> Result<(), DeployError> {
    let name = m.name.as_str();
    let physical = |logical: &str| resources.iter().find(|r| r.0 == logical).map(|r| (r.1.clone(), r.2.clone()));
    for logical in &m.empty_on_destroy {
        let Some((physical_id, kind)) = physical(logical) else { continue };
        let path = m.logical_ids.get(logical).cloned().unwrap_or_else(|| logical.clone());
        // The deployed stack may hold another type under that id than the assembly does.
        if !super::assembly::EMPTIABLE_TYPES.contains(&kind.as_str()) {
            progress.note(&format!("not emptying {path} ({physical_id}): it is a {kind}, not a bucket"));
            continue;
        }
        if let Some(policy) = policies.get(logical) {
            progress.note(&format!("not emptying {path} ({physical_id}): its DeletionPolicy {policy} keeps it"));
            continue;
        }
        progress.note(&format!("emptying {path} ({physical_id})"));
        ctx.proceed(name, "DeleteObjects")?;
        let n = empty_bucket(ctx, &physical_id).await.map_err(|e| e.stack(name))?;
        out.emptied.push((physical_id, n));
    }
    for (logical, physical_id, kind) in resources {
        if kind == "AWS::S3::Bucket" && !m.empty_on_destroy.contains(logical) && !policies.contains_key(logical) {
            let has_objects = ctx
                .aws
                .s3
                .list_object_versions()
                .bucket(physical_id)
                .max_keys(1)
                .send()
                .await
                .is_ok_and(|p| !p.versions().is_empty() || !p.delete_markers().is_empty());
            if has_objects {
                let path = m.logical_ids.get(logical).cloned().unwrap_or_else(|| logical.clone());
                progress.note(&format!(
                    "{path} ({physical_id}) holds objects and did not ask to be emptied: CloudFormation cannot delete it"
                ));
                out.not_empty.push((path, physical_id.clone()));
            }
        }
    }
    for (logical, physical_id, kind) in resources {
        if let Some(policy) = policies.get(logical) {
            out.retained.push(Retained {
                path: m.logical_ids.get(logical).cloned().unwrap_or_else(|| logical.clone()),
                resource_type: kind.clone(),
                physical_id: physical_id.clone(),
                why: format!("DeletionPolicy {policy}"),
            });
        }
    }

    Ok(())
}

/// Deletes the stack; on `DELETE_FAILED`, as `on_failure` says: deletes it again keeping
/// the resources that failed, or force-deletes it leaving them (either way listed in `out`).
async fn finish_delete(
    ctx: &Ctx,
    m: &StackManifest,
    stack_id: &str,
    resources: &Resources,
    on_failure: OnDeleteFailure,
    mut out: Destroyed,
    progress: &super::ui::StackProgress,
) -> Result<Destroyed, DeployError> {
    let name = m.name.as_str();
    let physical = |logical: &str| resources.iter().find(|r| r.0 == logical).map(|r| (r.1.clone(), r.2.clone()));
    let token = format!("forma-destroy-{}-{}", ctx.nonce, short(stack_id));
    let mut info = delete(ctx, m, stack_id, &token, &[], DeletionMode::Standard, progress).await?;
    for attempt in 1..=RETRIES {
        if info.0.status != "DELETE_FAILED" {
            break;
        }
        let Some(wait) = handle_failures(ctx, m, resources, &info.1, attempt, &mut out, progress).await? else {
            break;
        };
        tokio::time::sleep(wait).await;
        let token = format!("forma-destroy-again{attempt}-{}-{}", ctx.nonce, short(stack_id));
        info = delete(ctx, m, stack_id, &token, &[], DeletionMode::Standard, progress).await?;
    }
    if info.0.status == "DELETE_FAILED" && on_failure != OnDeleteFailure::Report {
        let failed: Vec<String> =
            info.1.failures().iter().filter(|e| !e.is_stack()).map(|e| e.logical_id.clone()).collect();
        let (left, mode, retain, word) = match on_failure {
            OnDeleteFailure::Force => ("left in place by --force", DeletionMode::ForceDeleteStack, Vec::new(), "force"),
            _ => ("could not be deleted", DeletionMode::Standard, failed.clone(), "retain"),
        };
        progress.note(&match on_failure {
            OnDeleteFailure::Force => format!("DELETE_FAILED; force-deleting the stack, leaving {}", failed.join(", ")),
            _ => format!("DELETE_FAILED; deleting again, retaining {}", failed.join(", ")),
        });
        for logical in &failed {
            let (physical_id, kind) = physical(logical).unwrap_or_default();
            let reason = info.1.failures().iter().find(|e| &e.logical_id == logical).and_then(|e| e.reason.clone());
            out.retained.push(Retained {
                path: m.logical_ids.get(logical).cloned().unwrap_or_else(|| logical.clone()),
                resource_type: kind,
                physical_id,
                why: format!("{left}: {}", reason.unwrap_or_default()),
            });
        }
        let token = format!("forma-destroy-{word}-{}-{}", ctx.nonce, short(stack_id));
        info = delete(ctx, m, stack_id, &token, &retain, mode, progress).await?;
    }
    match info.0.status.as_str() {
        "DELETE_COMPLETE" => Ok(out),
        status => {
            let mut e = super::apply::failure(name, status, info.0.reason.as_deref(), &info.1, &m.logical_ids);
            if super::error::export_in_use(&e.message) {
                return Err(e);
            }
            e.hint = Some(if status == "DELETE_FAILED" {
                format!("fix the cause and destroy again, or leave the failed resources in place: forma destroy {name} --retain-failed (or --force)")
            } else {
                "run destroy again".into()
            });
            Err(e)
        }
    }
}

/// How many times a stack that ended `DELETE_FAILED` is deleted again after its causes
/// were handled.
const RETRIES: u32 = 3;

/// How long a resource still in use is given before the next attempt: Lambda releases a
/// VPC function's network interfaces minutes after the function is gone.
fn in_use_wait(attempt: u32) -> Duration {
    Duration::from_secs(60 << (attempt - 1).min(4))
}

/// Why a resource failed to delete, as far as destroy can act on it.
#[derive(Debug, PartialEq, Eq)]
enum Cause {
    /// A bucket that gained objects after it was emptied.
    NotEmpty,
    /// Something outside the stack still uses it (network interfaces in a security group
    /// or subnet, a policy attached from elsewhere): it may let go by itself.
    InUse,
    Other,
}

/// What CloudFormation's reason says about a failed deletion.
fn cause(resource_type: &str, reason: &str) -> Cause {
    let r = reason.to_ascii_lowercase();
    if resource_type == "AWS::S3::Bucket" && r.contains("is not empty") {
        Cause::NotEmpty
    } else if ["has a dependent object", "dependencyviolation", "has dependencies", "in use", "resourceinuse"]
        .iter()
        .any(|p| r.contains(p))
    {
        Cause::InUse
    } else {
        Cause::Other
    }
}

/// Handles what made the deletion fail where destroy can: empties again the buckets that
/// asked to be emptied and gained objects meanwhile, and gives what is still in use time to
/// be let go. Returns how long to wait before deleting again, or `None` when nothing
/// failed for a cause destroy can handle.
async fn handle_failures(
    ctx: &Ctx,
    m: &StackManifest,
    resources: &Resources,
    follower: &EventFollower,
    attempt: u32,
    out: &mut Destroyed,
    progress: &super::ui::StackProgress,
) -> Result<Option<Duration>, DeployError> {
    let mut wait = None;
    for e in follower.failures().into_iter().filter(|e| !e.is_stack()) {
        let path = m.logical_ids.get(&e.logical_id).cloned().unwrap_or_else(|| e.logical_id.clone());
        let physical_id = resources.iter().find(|r| r.0 == e.logical_id).map_or("", |r| r.1.as_str());
        match cause(&e.resource_type, e.reason.as_deref().unwrap_or("")) {
            Cause::NotEmpty if m.empty_on_destroy.contains(&e.logical_id) && !physical_id.is_empty() => {
                ctx.proceed(&m.name, "DeleteObjects")?;
                let n = empty_bucket(ctx, physical_id).await.map_err(|e| e.stack(&m.name))?;
                progress
                    .note(&format!("{path} ({physical_id}) gained objects while it was deleted: emptied again ({n})"));
                match out.emptied.iter_mut().find(|(b, _)| b == physical_id) {
                    Some((_, total)) => *total += n,
                    None => out.emptied.push((physical_id.to_owned(), n)),
                }
                wait = wait.max(Some(Duration::ZERO));
            }
            Cause::InUse => {
                let w = in_use_wait(attempt);
                progress.note(&format!(
                    "{path} ({physical_id}) is still in use; waiting {}s for it to be let go, then deleting again",
                    w.as_secs()
                ));
                wait = wait.max(Some(w));
            }
            _ => {}
        }
    }
    Ok(wait)
}

fn short(id: &str) -> String {
    id.rsplit('/').next().unwrap_or(id).chars().filter(|c| c.is_ascii_alphanumeric()).take(12).collect()
}

async fn delete(
    ctx: &Ctx,
    m: &StackManifest,
    id: &str,
    token: &str,
    retain: &[String],
    mode: DeletionMode,
    progress: &super::ui::StackProgress,
) -> Result<(cfn::StackInfo, EventFollower), DeployError> {
    progress.status("DELETE_IN_PROGRESS");
    ctx.proceed(&m.name, "DeleteStack")?;
    let mut req = ctx
        .aws
        .cfn
        .delete_stack()
        .stack_name(id)
        .client_request_token(token)
        .set_deployment_config(ctx.deployment_config());
    if !retain.is_empty() {
        req = req.set_retain_resources(Some(retain.to_vec()));
    }
    if mode == DeletionMode::ForceDeleteStack {
        req = req.deletion_mode(mode);
    }
    req.send().await.map_err(|e| DeployError::aws("DeleteStack", &e).stack(&m.name))?;
    ctx.executed(&m.name);
    ctx.follow(&m.name, id, Some(token.to_owned()), progress).await
}

/// `(logical id, physical id, type)` of every resource of the stack.
async fn stack_resources(
    ctx: &Ctx,
    id: &str,
    name: &str,
    progress: &super::ui::StackProgress,
) -> Result<Vec<(String, String, String)>, DeployError> {
    let out = cfn::patiently(Some(progress), || async {
        ctx.aws
            .cfn
            .describe_stack_resources()
            .stack_name(id)
            .send()
            .await
            .map_err(|e| DeployError::aws("DescribeStackResources", &e).stack(name))
    })
    .await?;
    Ok(out
        .stack_resources()
        .iter()
        .map(|r| {
            (
                r.logical_resource_id().unwrap_or("").to_owned(),
                r.physical_resource_id().unwrap_or("").to_owned(),
                r.resource_type().unwrap_or("").to_owned(),
            )
        })
        .collect())
}

/// What the deployed template says about deleting the stack.
#[derive(Debug, Default)]
struct Deployed {
    /// The resources its `DeletionPolicy` keeps (logical id → policy).
    policies: HashMap<String, String>,
    /// The resources whose deletion is slow for a known reason (logical id → the reason,
    /// with how long it typically takes).
    slow: Vec<(String, String)>,
}

/// Lambda keeps a VPC function's network interfaces a while after the function is gone.
const SLOW_VPC_FUNCTION: &str = "the function runs in a VPC: Lambda releases its network interfaces only after it is \
     deleted, and its subnets and security groups wait for that (typically 5 to 40 minutes)";

/// CloudFront keeps Lambda@Edge replicas for hours after a distribution lets go of them.
const SLOW_EDGE_FUNCTIONS: &str =
    "the distribution runs Lambda@Edge functions: their replicas are removed hours after \
     it is deleted, and until then the functions cannot be (a few hours; destroy again later, or --retain-failed)";

/// Reads the deployed template: what its policies retain, and what is slow to delete.
async fn deployed_template(
    ctx: &Ctx,
    id: &str,
    name: &str,
    progress: &super::ui::StackProgress,
) -> Result<Deployed, DeployError> {
    let template = cfn::template(&ctx.aws.cfn, name, id, Some(progress)).await?;
    let mut deployed = Deployed::default();
    let Some(resources) = template.get("Resources").and_then(|r| r.as_object()) else { return Ok(deployed) };
    for (logical, r) in resources {
        if let Some(p) = r.get("DeletionPolicy").and_then(|p| p.as_str()) {
            if matches!(p, "Retain" | "RetainExceptOnCreate" | "Snapshot") {
                deployed.policies.insert(logical.clone(), p.to_owned());
            }
        }
        let properties = &r["Properties"];
        let slow = match r["Type"].as_str() {
            Some("AWS::Lambda::Function")
                if properties["VpcConfig"]["SubnetIds"].as_array().is_some_and(|s| !s.is_empty()) =>
            {
                Some(SLOW_VPC_FUNCTION)
            }
            Some("AWS::CloudFront::Distribution") if has_edge_functions(&properties["DistributionConfig"]) => {
                Some(SLOW_EDGE_FUNCTIONS)
            }
            _ => None,
        };
        if let Some(why) = slow {
            deployed.slow.push((logical.clone(), why.to_owned()));
        }
    }
    Ok(deployed)
}

/// Whether a distribution's cache behaviors run Lambda@Edge functions.
fn has_edge_functions(config: &serde_json::Value) -> bool {
    let associated = |b: &serde_json::Value| b["LambdaFunctionAssociations"].as_array().is_some_and(|a| !a.is_empty());
    associated(&config["DefaultCacheBehavior"])
        || config["CacheBehaviors"].as_array().is_some_and(|bs| bs.iter().any(associated))
}

/// Deletes every object version and delete marker of a bucket; returns how many.
pub async fn empty_bucket(ctx: &Ctx, bucket: &str) -> Result<usize, DeployError> {
    let mut deleted = 0;
    loop {
        let page = match ctx.aws.s3.list_object_versions().bucket(bucket).send().await {
            Ok(p) => p,
            Err(e) if e.raw_response().is_some_and(|r| r.status().as_u16() == 404) => return Ok(deleted),
            Err(e) => return Err(DeployError::aws(&format!("ListObjectVersions {bucket}"), &e)),
        };
        let mut ids: Vec<ObjectIdentifier> = Vec::new();
        for v in page.versions() {
            if let Some(key) = v.key() {
                if let Ok(id) =
                    ObjectIdentifier::builder().key(key).set_version_id(v.version_id().map(str::to_owned)).build()
                {
                    ids.push(id);
                }
            }
        }
        for d in page.delete_markers() {
            if let Some(key) = d.key() {
                if let Ok(id) =
                    ObjectIdentifier::builder().key(key).set_version_id(d.version_id().map(str::to_owned)).build()
                {
                    ids.push(id);
                }
            }
        }
        if ids.is_empty() {
            return Ok(deleted);
        }
        for chunk in ids.chunks(1000) {
            let delete = Delete::builder()
                .set_objects(Some(chunk.to_vec()))
                .quiet(true)
                .build()
                .map_err(|e| DeployError::new(ErrorKind::Failed, format!("DeleteObjects {bucket}: {e}")))?;
            let out = ctx
                .aws
                .s3
                .delete_objects()
                .bucket(bucket)
                .delete(delete)
                .send()
                .await
                .map_err(|e| DeployError::aws(&format!("DeleteObjects {bucket}"), &e))?;
            if let Some(err) = out.errors().first() {
                return Err(DeployError::new(
                    ErrorKind::Failed,
                    format!(
                        "cannot empty bucket {bucket}: {} {}",
                        err.key().unwrap_or(""),
                        err.message().unwrap_or(err.code().unwrap_or(""))
                    ),
                ));
            }
            deleted += chunk.len();
        }
    }
}
