//! CloudFormation calls the commands share: describing a stack, following an operation's
//! events, waiting for it to finish.

use std::collections::{BTreeMap, HashSet};
use std::time::{Duration, Instant};

use aws_sdk_cloudformation::error::ProvideErrorMetadata;
use aws_sdk_cloudformation::Client;
use tokio::sync::watch;

use super::error::{DeployError, ErrorKind};
pub use super::events::Event;
use super::ui::StackProgress;

/// What DescribeStacks says about one stack.
#[derive(Debug, Clone, Default)]
pub struct StackInfo {
    pub id: String,
    pub name: String,
    pub status: String,
    pub reason: Option<String>,
    pub tags: BTreeMap<String, String>,
    /// `(key, value, export name)`.
    pub outputs: Vec<(String, String, Option<String>)>,
    pub parameters: BTreeMap<String, String>,
    pub termination_protection: bool,
    /// Last update, or creation, as RFC 3339.
    pub updated: Option<String>,
}

impl StackInfo {
    /// An operation is running; wait for it.
    pub fn in_progress(&self) -> bool {
        self.status.ends_with("_IN_PROGRESS") && self.status != "REVIEW_IN_PROGRESS"
    }
}

/// Whether an error says the stack does not exist.
pub fn is_missing(err: &impl ProvideErrorMetadata) -> bool {
    err.code() == Some("ValidationError") && err.message().is_some_and(|m| m.contains("does not exist"))
}

/// How many times in a row a read may meet throttling or a service failure (HTTP 5xx)
/// before it counts as failed; the waits between grow from one second to ten.
pub const TRANSIENT_ATTEMPTS: u32 = 8;

/// Runs a read, asking again after throttling or a service failure, up to
/// [`TRANSIENT_ATTEMPTS`] times with growing waits.
pub async fn patiently<T, F, Fut>(progress: Option<&StackProgress>, mut call: F) -> Result<T, DeployError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, DeployError>>,
{
    let mut delay = Duration::from_secs(1);
    let mut attempt = 1;
    loop {
        match call().await {
            Err(e) if e.transient && attempt < TRANSIENT_ATTEMPTS => {
                if let Some(p) = progress {
                    p.note(&format!("{}; asking again in {}s", e.message, delay.as_secs()));
                }
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(10));
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// The deployed template of the stack with the id `id` (`name` for messages), as it was
/// sent (`GetTemplate`, Original stage), as JSON; asked again after throttling.
pub async fn template(
    cfn: &Client,
    name: &str,
    id: &str,
    progress: Option<&StackProgress>,
) -> Result<serde_json::Value, DeployError> {
    let out = patiently(progress, || async {
        cfn.get_template()
            .stack_name(id)
            .template_stage(aws_sdk_cloudformation::types::TemplateStage::Original)
            .send()
            .await
            .map_err(|e| DeployError::aws("GetTemplate", &e).stack(name))
    })
    .await?;
    out.template_body().and_then(super::template::parse_template).ok_or_else(|| {
        DeployError::new(ErrorKind::Failed, "the deployed template is neither JSON nor YAML").stack(name)
    })
}

/// The stack named (or with the id) `name`, or `None` when it does not exist (a deleted
/// stack, looked up by id, comes back as `DELETE_COMPLETE`).
pub async fn describe(cfn: &Client, name: &str) -> Result<Option<StackInfo>, DeployError> {
    let out = match cfn.describe_stacks().stack_name(name).send().await {
        Ok(out) => out,
        Err(e) if e.as_service_error().is_some_and(is_missing) => return Ok(None),
        Err(e) => return Err(DeployError::aws("DescribeStacks", &e).stack(name)),
    };
    let Some(s) = out.stacks().first() else { return Ok(None) };
    Ok(Some(StackInfo {
        id: s.stack_id().unwrap_or(name).to_owned(),
        name: s.stack_name().unwrap_or(name).to_owned(),
        status: s.stack_status().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        reason: s.stack_status_reason().map(str::to_owned),
        tags: s.tags().iter().map(|t| (t.key().unwrap_or("").to_owned(), t.value().unwrap_or("").to_owned())).collect(),
        outputs: s
            .outputs()
            .iter()
            .map(|o| {
                (
                    o.output_key().unwrap_or("").to_owned(),
                    o.output_value().unwrap_or("").to_owned(),
                    o.export_name().map(str::to_owned),
                )
            })
            .collect(),
        parameters: s
            .parameters()
            .iter()
            .map(|p| (p.parameter_key().unwrap_or("").to_owned(), p.parameter_value().unwrap_or("").to_owned()))
            .collect(),
        termination_protection: s.enable_termination_protection().unwrap_or(false),
        updated: s.last_updated_time().or(s.creation_time()).map(|t| t.to_string()),
    }))
}

/// Follows the events of one operation (one client request token).
pub struct EventFollower {
    token: Option<String>,
    stack_name: String,
    seen: HashSet<String>,
    /// This operation's events, oldest first.
    pub events: Vec<Event>,
    /// A status that means the operation has not started yet (`REVIEW_IN_PROGRESS` right
    /// after a create change set is executed): waiting goes on through it, for a while.
    pub not_started: Option<String>,
}

impl EventFollower {
    /// Follows the events carrying `token`; with `None`, only the stack's status is
    /// followed.
    pub fn new(stack_name: &str, token: Option<String>) -> Self {
        EventFollower {
            token,
            stack_name: stack_name.to_owned(),
            seen: HashSet::new(),
            events: Vec::new(),
            not_started: None,
        }
    }

    /// Fetches the events that appeared since the last call; returns how many of them
    /// belong to this operation. Throttling is not an error: the next poll catches up.
    pub async fn poll(&mut self, cfn: &Client, stack_id: &str) -> Result<Vec<Event>, DeployError> {
        let Some(token) = self.token.clone() else { return Ok(Vec::new()) };
        let mut fresh = Vec::new();
        let mut next: Option<String> = None;
        'pages: for _ in 0..20 {
            let out = match cfn.describe_stack_events().stack_name(stack_id).set_next_token(next.clone()).send().await {
                Ok(out) => out,
                Err(e) => {
                    let e = DeployError::aws("DescribeStackEvents", &e).stack(&self.stack_name);
                    // Throttled, or the service failed for a moment: the next poll catches up.
                    if e.transient {
                        break;
                    }
                    return Err(e);
                }
            };
            for e in out.stack_events() {
                let id = e.event_id().unwrap_or("").to_owned();
                if self.seen.contains(&id) {
                    break 'pages;
                }
                let ev = Event {
                    id,
                    logical_id: e.logical_resource_id().unwrap_or("").to_owned(),
                    resource_type: e.resource_type().unwrap_or("").to_owned(),
                    status: e.resource_status().map(|s| s.as_str().to_owned()).unwrap_or_default(),
                    reason: e.resource_status_reason().map(str::to_owned),
                    token: e.client_request_token().map(str::to_owned),
                };
                let ours = ev.token.as_deref() == Some(token.as_str());
                let start =
                    ours && ev.is_stack() && ev.logical_id == self.stack_name && ev.status.ends_with("_IN_PROGRESS");
                // Events of earlier operations are older than this operation's first one.
                if ours {
                    fresh.push(ev);
                }
                if start && self.seen.is_empty() && self.events.is_empty() {
                    // Reached the start of this operation on the first poll.
                    for f in &fresh {
                        self.seen.insert(f.id.clone());
                    }
                    break 'pages;
                }
            }
            next = out.next_token().map(str::to_owned);
            if next.is_none() {
                break;
            }
        }
        for f in &fresh {
            self.seen.insert(f.id.clone());
        }
        fresh.reverse();
        self.events.extend(fresh.iter().cloned());
        Ok(fresh)
    }

    /// The failed resource events of this operation, first failure first, without the
    /// knock-on "cancelled" ones when there is a real cause.
    pub fn failures(&self) -> Vec<&Event> {
        let failed: Vec<&Event> = self.events.iter().filter(|e| e.failed()).collect();
        let real: Vec<&Event> = failed
            .iter()
            .copied()
            .filter(|e| !e.reason.as_deref().is_some_and(|r| r.contains("cancelled")) && !e.is_stack())
            .collect();
        let mut out = real.clone();
        out.extend(failed.into_iter().filter(|e| !real.iter().any(|r| r.id == e.id)));
        out
    }
}

/// How long a stack may keep its "not started" status after an operation was started.
const NOT_STARTED_PATIENCE: Duration = Duration::from_secs(60);

/// Polls the stack until its operation is over: about every second at first, backing off
/// to every five. Reports progress; stops early (as `Interrupted`) when `cancel` flips.
pub async fn wait(
    cfn: &Client,
    stack_id: &str,
    follower: &mut EventFollower,
    progress: &StackProgress,
    cancel: &mut watch::Receiver<bool>,
) -> Result<StackInfo, DeployError> {
    let mut delay = Duration::from_millis(1000);
    let started = Instant::now();
    // Throttling and service failures (HTTP 5xx) in a row: waiting goes on through a few.
    let mut transient = 0;
    loop {
        if *cancel.borrow() {
            let status = describe(cfn, stack_id).await.ok().flatten().map(|s| s.status).unwrap_or_default();
            return Err(interrupted(&follower.stack_name, &status));
        }
        let info = match describe(cfn, stack_id).await {
            Ok(Some(info)) => Some(info),
            Ok(None) => {
                return Ok(StackInfo {
                    id: stack_id.to_owned(),
                    name: follower.stack_name.clone(),
                    status: "DELETE_COMPLETE".into(),
                    ..Default::default()
                })
            }
            Err(e) if e.transient && transient + 1 < TRANSIENT_ATTEMPTS * 2 => {
                transient += 1;
                let what = if e.message.contains("Throttl") || e.message.contains("Rate exceeded") {
                    "throttled by CloudFormation".to_owned()
                } else {
                    e.message.clone()
                };
                progress.note(&format!("{what}; retrying"));
                None
            }
            Err(e) => return Err(e),
        };
        if info.is_some() {
            transient = 0;
        }
        for ev in follower.poll(cfn, stack_id).await? {
            progress.event(&ev);
        }
        if let Some(info) = info {
            progress.status(&info.status);
            let pending =
                follower.not_started.as_ref() == Some(&info.status) && started.elapsed() < NOT_STARTED_PATIENCE;
            if !info.in_progress() && !pending {
                return Ok(info);
            }
        }
        // A closed channel (its sender dropped) can never cancel: only the sleep ends the
        // wait then, not an immediate error from `changed()`.
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            Ok(()) = cancel.changed() => {}
        }
        delay = (delay.mul_f32(1.5)).min(Duration::from_secs(5));
    }
}

/// The error for Ctrl-C while waiting.
pub fn interrupted(stack: &str, status: &str) -> DeployError {
    let message = if status.ends_with("_IN_PROGRESS") || status.is_empty() || status.contains("pending") {
        let doing = if status.is_empty() { String::new() } else { format!(" ({status})") };
        format!("interrupted: stopped waiting; CloudFormation carries on with the stack{doing}")
    } else {
        format!("interrupted: stopped waiting; the stack is {status}")
    };
    DeployError::new(ErrorKind::Interrupted, message)
        .stack(stack)
        .hint("run the same command again to attach to the stack and wait for it")
}
