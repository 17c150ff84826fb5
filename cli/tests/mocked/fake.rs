//! A scripted CloudFormation: the answers the real service gives, in the order a test lays
//! them out, served through the SDK's own client by `aws-smithy-mocks`.
//!
//! A test scripts what `DescribeStacks` answers poll by poll ([`Frame`]), the events
//! CloudFormation records meanwhile ([`Ev`]), and what `DescribeChangeSet` answers
//! ([`Cs`]). The mutating calls are recorded ([`Call`]) and checked the way CloudFormation
//! checks them (token and change set name patterns, the states each call is allowed in),
//! answering with CloudFormation's error codes and texts. Events that a frame publishes
//! carry the client request token of the latest mutating call, as CloudFormation stamps
//! every event of an operation with the token the operation was started with.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use aws_sdk_cloudformation::config::retry::RetryConfig;
use aws_sdk_cloudformation::error::ErrorMetadata;
use aws_sdk_cloudformation::operation::continue_update_rollback::{
    ContinueUpdateRollbackError, ContinueUpdateRollbackInput, ContinueUpdateRollbackOutput,
};
use aws_sdk_cloudformation::operation::create_change_set::{
    CreateChangeSetError, CreateChangeSetInput, CreateChangeSetOutput,
};
use aws_sdk_cloudformation::operation::delete_change_set::{DeleteChangeSetError, DeleteChangeSetOutput};
use aws_sdk_cloudformation::operation::delete_stack::{DeleteStackError, DeleteStackInput, DeleteStackOutput};
use aws_sdk_cloudformation::operation::describe_change_set::{
    DescribeChangeSetError, DescribeChangeSetInput, DescribeChangeSetOutput,
};
use aws_sdk_cloudformation::operation::describe_stack_events::{
    DescribeStackEventsError, DescribeStackEventsInput, DescribeStackEventsOutput,
};
use aws_sdk_cloudformation::operation::describe_stack_resources::{
    DescribeStackResourcesError, DescribeStackResourcesOutput,
};
use aws_sdk_cloudformation::operation::describe_stacks::{
    DescribeStacksError, DescribeStacksInput, DescribeStacksOutput,
};
use aws_sdk_cloudformation::operation::execute_change_set::{
    ExecuteChangeSetError, ExecuteChangeSetInput, ExecuteChangeSetOutput,
};
use aws_sdk_cloudformation::operation::get_template::GetTemplateOutput;
use aws_sdk_cloudformation::operation::list_change_sets::ListChangeSetsOutput;
use aws_sdk_cloudformation::operation::list_imports::{ListImportsError, ListImportsOutput};
use aws_sdk_cloudformation::primitives::{DateTime, DateTimeFormat};
use aws_sdk_cloudformation::types::{
    Change, ChangeAction, ChangeSetStatus, ChangeSetSummary, ChangeType, ExecutionStatus, Output, Replacement,
    ResourceChange, ResourceStatus, Stack, StackEvent, StackResource, StackStatus, Tag,
};
use aws_sdk_cloudformation::Client;
use aws_smithy_mocks::{mock, mock_client, MockResponse, Rule, RuleMode};
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

pub const ACCOUNT: &str = "123456789012";
/// A fingerprint no assembly has: the stack was deployed by forma, from another template.
pub const OLD_FINGERPRINT: &str = "00000000000000000000aaaa";
pub const REGION: &str = "us-east-1";
/// 2024-06-01T12:00:00Z: when the scripted stacks were made.
const T0: i64 = 1_717_243_200;

/// The id CloudFormation gives the `n`th stack of this name.
pub fn stack_arn(name: &str, n: usize) -> String {
    format!("arn:aws:cloudformation:{REGION}:{ACCOUNT}:stack/{name}/5b8a3c10-2f1e-11ef-a9b4-0e8d9c6f{n:04x}")
}

/// Who started an event's operation.
#[derive(Debug, Clone)]
enum Token {
    /// The latest mutating call, when the event is published.
    Current,
    /// Another operation (another run, the console).
    Other(String),
}

/// One stack event, as CloudFormation records it.
#[derive(Debug, Clone)]
pub struct Ev {
    /// `None`: the stack itself.
    logical_id: Option<String>,
    resource_type: String,
    status: String,
    reason: Option<String>,
    physical_id: Option<String>,
    token: Token,
}

impl Ev {
    /// An event of the stack itself (`AWS::CloudFormation::Stack`).
    pub fn stack(status: &str) -> Ev {
        Ev {
            logical_id: None,
            resource_type: "AWS::CloudFormation::Stack".into(),
            status: status.into(),
            reason: None,
            physical_id: None,
            token: Token::Current,
        }
    }

    /// An event of one resource.
    pub fn resource(logical_id: &str, resource_type: &str, status: &str) -> Ev {
        Ev {
            logical_id: Some(logical_id.into()),
            resource_type: resource_type.into(),
            status: status.into(),
            reason: None,
            physical_id: None,
            token: Token::Current,
        }
    }

    pub fn reason(mut self, reason: &str) -> Ev {
        self.reason = Some(reason.into());
        self
    }

    pub fn physical(mut self, id: &str) -> Ev {
        self.physical_id = Some(id.into());
        self
    }

    /// Started by another operation, with this token.
    pub fn token(mut self, token: &str) -> Ev {
        self.token = Token::Other(token.into());
        self
    }
}

#[derive(Debug, Clone)]
enum Answer {
    /// `ValidationError: Stack with id X does not exist`.
    Missing,
    Stack {
        status: String,
        reason: Option<String>,
        tags: Vec<(String, String)>,
        outputs: Vec<Output>,
    },
    Error {
        code: String,
        message: String,
    },
}

/// One answer of `DescribeStacks`, and the events CloudFormation recorded since the last.
#[derive(Debug, Clone)]
pub struct Frame {
    answer: Answer,
    events: Vec<Ev>,
}

impl Frame {
    /// The stack does not exist (or, asked by name, was deleted).
    pub fn missing() -> Frame {
        Frame { answer: Answer::Missing, events: Vec::new() }
    }

    pub fn status(status: &str) -> Frame {
        Frame {
            answer: Answer::Stack { status: status.into(), reason: None, tags: Vec::new(), outputs: Vec::new() },
            events: Vec::new(),
        }
    }

    /// A deployed stack, then a delete that completes.
    pub fn deployed_then_deleted() -> [Frame; 3] {
        [
            Frame::status("CREATE_COMPLETE"),
            Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
            Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
        ]
    }

    /// `Throttling: Rate exceeded`, as CloudFormation answers too many calls.
    pub fn throttled() -> Frame {
        Frame {
            answer: Answer::Error { code: "Throttling".into(), message: "Rate exceeded".into() },
            events: Vec::new(),
        }
    }

    /// CloudFormation failing for a moment: `InternalFailure` (HTTP 500).
    pub fn internal_failure() -> Frame {
        Frame {
            answer: Answer::Error { code: "InternalFailure".into(), message: "An internal error occurred.".into() },
            events: Vec::new(),
        }
    }

    /// `StackStatusReason`.
    pub fn reason(mut self, text: &str) -> Frame {
        if let Answer::Stack { reason, .. } = &mut self.answer {
            *reason = Some(text.into());
        }
        self
    }

    pub fn tag(mut self, key: &str, value: &str) -> Frame {
        if let Answer::Stack { tags, .. } = &mut self.answer {
            tags.push((key.into(), value.into()));
        }
        self
    }

    pub fn output(mut self, key: &str, value: &str, export: Option<&str>) -> Frame {
        if let Answer::Stack { outputs, .. } = &mut self.answer {
            outputs.push(
                Output::builder()
                    .output_key(key)
                    .output_value(value)
                    .set_export_name(export.map(str::to_owned))
                    .build(),
            );
        }
        self
    }

    /// Events recorded since the previous poll, oldest first.
    pub fn events(mut self, events: impl IntoIterator<Item = Ev>) -> Frame {
        self.events.extend(events);
        self
    }
}

/// One answer of `DescribeChangeSet`.
#[derive(Debug, Clone)]
pub enum Cs {
    /// `CREATE_PENDING`: still being computed.
    Pending,
    /// `CREATE_COMPLETE` with these changes.
    Complete(Vec<Change>),
    /// `FAILED` with this `StatusReason`.
    Failed(String),
}

/// AWS's reason for a change set that holds no changes.
pub const NO_CHANGES: &str =
    "The submitted information didn't contain changes. Submit different information to create a change set.";

fn change(action: ChangeAction, logical_id: &str, resource_type: &str, replacement: Option<Replacement>) -> Change {
    Change::builder()
        .r#type(ChangeType::Resource)
        .resource_change(
            ResourceChange::builder()
                .action(action)
                .logical_resource_id(logical_id)
                .resource_type(resource_type)
                .set_replacement(replacement)
                .build(),
        )
        .build()
}

pub fn add(logical_id: &str, resource_type: &str) -> Change {
    change(ChangeAction::Add, logical_id, resource_type, None)
}

pub fn modify(logical_id: &str, resource_type: &str, replacement: Replacement) -> Change {
    change(ChangeAction::Modify, logical_id, resource_type, Some(replacement))
}

pub fn remove(logical_id: &str, resource_type: &str) -> Change {
    change(ChangeAction::Remove, logical_id, resource_type, None)
}

/// A recorded call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// The operation, as CloudFormation names it (`DeleteStack`).
    pub op: &'static str,
    /// `StackName` as sent (a name or an id).
    pub stack: String,
    /// `ClientRequestToken` (or `ClientToken`) as sent.
    pub token: Option<String>,
    /// `DescribeStacks`, `DescribeChangeSet`: the status answered (or `missing`,
    /// `Throttling`);
    /// `CreateChangeSet`: the change set type; `DeleteStack`: the retained resources, comma
    /// separated; `DeleteChangeSet`, `ExecuteChangeSet`: the change set.
    pub detail: String,
    /// `CreateChangeSet`: the capabilities acknowledged, as sent.
    pub capabilities: Vec<String>,
    /// `CreateChangeSet`, `DeleteStack`: the deployment mode sent (`DeploymentConfig.Mode`),
    /// if any.
    pub mode: Option<String>,
    /// `DeleteStack`: the deletion mode sent (`DeletionMode`), if any.
    pub deletion: Option<String>,
    /// `CreateChangeSet`: `ImportExistingResources` as sent.
    pub import_existing: bool,
    /// `CreateChangeSet`: the template body sent.
    pub template: String,
}

struct World {
    name: String,
    /// One of several stacks behind one client ([`Cfn::shared`]): the rules answer only the
    /// calls for this stack.
    shared: bool,
    /// The ids of the change sets this stack's CreateChangeSet answered with.
    change_set_ids: Vec<String>,
    /// How many stacks of this name were made; the current one's id.
    made: usize,
    id: String,
    frames: VecDeque<Frame>,
    /// The last frame served, without its events: answered again once the script ends.
    last: Option<Frame>,
    /// The stack's status as last answered (`None`: no stack).
    status: Option<String>,
    /// Oldest first.
    events: Vec<StackEvent>,
    clock: i64,
    /// The latest mutating call's token: stamped on the events published from now on.
    token: Option<String>,
    change_sets: VecDeque<Cs>,
    last_change_set: Option<Cs>,
    /// The change set status as last answered.
    change_set_status: Option<String>,
    /// Errors the next calls of an operation get: `(code, message)`.
    failures: HashMap<&'static str, VecDeque<(String, String)>>,
    calls: Vec<Call>,
    page_size: usize,
    resources: Vec<(String, String, String)>,
    template: String,
    /// When each `DescribeStacks` came (tokio's clock, paused in tests).
    polls: Vec<tokio::time::Instant>,
    /// The stack's tags, answered by frames that script none: set by an executed change
    /// set (as CloudFormation does) or by [`Cfn::owned`].
    stack_tags: Vec<(String, String)>,
    /// The tags of the latest change set, applied when it is executed.
    pending_tags: Vec<(String, String)>,
    /// Run when an operation is called (Ctrl-C while a call is in flight, say).
    on_call: HashMap<&'static str, Arc<dyn Fn() + Send + Sync>>,
    /// The names of the change sets on the stack, as `ListChangeSets` answers.
    change_set_names: Vec<String>,
    /// What `DescribeEvents` answers for a change set: its pre-deployment validation.
    validation: Vec<aws_sdk_cloudformation::types::OperationEvent>,
    /// Export name → the stacks that import it (`ListImports`).
    imports: HashMap<String, Vec<String>>,
}

fn meta(code: &str, message: &str) -> ErrorMetadata {
    ErrorMetadata::builder().code(code).message(message).build()
}

/// CloudFormation's check of a `ClientRequestToken`.
fn bad_token(token: Option<&str>) -> Option<ErrorMetadata> {
    let t = token?;
    let ok = !t.is_empty()
        && t.len() <= 128
        && t.starts_with(|c: char| c.is_ascii_alphanumeric())
        && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (!ok).then(|| {
        meta(
            "ValidationError",
            &format!(
                "1 validation error detected: Value '{t}' at 'clientRequestToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9][-a-zA-Z0-9]*"
            ),
        )
    })
}

impl World {
    fn publish(&mut self, ev: Ev) {
        self.clock += 1;
        let token = match ev.token {
            Token::Current => self.token.clone(),
            Token::Other(t) => Some(t),
        };
        let at = DateTime::from_secs(T0 + self.clock);
        let stamp = at.fmt(DateTimeFormat::DateTime).unwrap_or_default();
        let (logical, physical, event_id) = match &ev.logical_id {
            None => (self.name.clone(), Some(self.id.clone()), format!("8d3c6e50-1fa2-11ef-9e1c-{:012x}", self.clock)),
            Some(l) => (l.clone(), ev.physical_id.clone(), format!("{l}-{}-{stamp}", ev.status)),
        };
        self.events.push(
            StackEvent::builder()
                .stack_id(&self.id)
                .event_id(event_id)
                .stack_name(&self.name)
                .logical_resource_id(logical)
                .set_physical_resource_id(physical)
                .resource_type(ev.resource_type)
                .timestamp(at)
                .resource_status(ResourceStatus::from(ev.status.as_str()))
                .set_resource_status_reason(ev.reason)
                .set_client_request_token(token)
                .build(),
        );
    }

    fn failure(&mut self, op: &'static str) -> Option<ErrorMetadata> {
        let (code, message) = self.failures.get_mut(op)?.pop_front()?;
        Some(meta(&code, &message))
    }

    fn record(&mut self, op: &'static str, stack: Option<&str>, token: Option<&str>, detail: impl Into<String>) {
        if let Some(f) = self.on_call.get(op) {
            f();
        }
        self.calls.push(Call {
            op,
            stack: stack.unwrap_or_default().to_owned(),
            token: token.map(str::to_owned),
            detail: detail.into(),
            capabilities: Vec::new(),
            mode: None,
            deletion: None,
            import_existing: false,
            template: String::new(),
        });
    }

    fn missing(asked: &str) -> ErrorMetadata {
        meta("ValidationError", &format!("Stack with id {asked} does not exist"))
    }

    fn describe_stacks(
        &mut self,
        req: &DescribeStacksInput,
    ) -> MockResponse<DescribeStacksOutput, DescribeStacksError> {
        let asked = req.stack_name().unwrap_or_default().to_owned();
        self.polls.push(tokio::time::Instant::now());
        if asked.starts_with("arn:") && asked != self.id {
            panic!("DescribeStacks asked for {asked}, but the stack's id is now {}", self.id);
        }
        let mut frame = match self.frames.pop_front() {
            Some(f) => f,
            None => self.last.clone().expect("no DescribeStacks answer scripted"),
        };
        for ev in std::mem::take(&mut frame.events) {
            self.publish(ev);
        }
        self.last = Some(frame.clone());
        match frame.answer {
            Answer::Missing => {
                self.status = None;
                self.record("DescribeStacks", Some(&asked), None, "missing");
                MockResponse::Error(DescribeStacksError::generic(Self::missing(&asked)))
            }
            Answer::Error { code, message } => {
                self.record("DescribeStacks", Some(&asked), None, code.clone());
                MockResponse::Error(DescribeStacksError::generic(meta(&code, &message)))
            }
            // Deleted stacks are found by id only.
            Answer::Stack { status, .. } if status == "DELETE_COMPLETE" && !asked.starts_with("arn:") => {
                self.status = None;
                self.record("DescribeStacks", Some(&asked), None, "missing");
                MockResponse::Error(DescribeStacksError::generic(Self::missing(&asked)))
            }
            Answer::Stack { status, reason, tags, outputs } => {
                let tags = if tags.is_empty() { self.stack_tags.clone() } else { tags };
                self.record("DescribeStacks", Some(&asked), None, status.clone());
                self.status = (status != "DELETE_COMPLETE").then(|| status.clone());
                let stack = Stack::builder()
                    .stack_id(&self.id)
                    .stack_name(&self.name)
                    .change_set_id(format!("arn:aws:cloudformation:{REGION}:{ACCOUNT}:changeSet/previous/0"))
                    .creation_time(DateTime::from_secs(T0))
                    .last_updated_time(DateTime::from_secs(T0 + self.clock))
                    .stack_status(StackStatus::from(status.as_str()))
                    .set_stack_status_reason(reason)
                    .disable_rollback(false)
                    .enable_termination_protection(false)
                    .set_tags(Some(tags.iter().map(|(k, v)| Tag::builder().key(k).value(v).build()).collect()))
                    .set_outputs(Some(outputs))
                    .build();
                MockResponse::Output(DescribeStacksOutput::builder().stacks(stack).build())
            }
        }
    }

    fn describe_stack_events(
        &mut self,
        req: &DescribeStackEventsInput,
    ) -> MockResponse<DescribeStackEventsOutput, DescribeStackEventsError> {
        if let Some(e) = self.failure("DescribeStackEvents") {
            return MockResponse::Error(DescribeStackEventsError::generic(e));
        }
        let newest_first: Vec<StackEvent> = self.events.iter().rev().cloned().collect();
        let start: usize = req.next_token().map(|t| t.parse().expect("a token this fake handed out")).unwrap_or(0);
        let end = (start + self.page_size).min(newest_first.len());
        MockResponse::Output(
            DescribeStackEventsOutput::builder()
                .set_stack_events(Some(newest_first[start.min(end)..end].to_vec()))
                .set_next_token((end < newest_first.len()).then(|| end.to_string()))
                .build(),
        )
    }

    fn create_change_set(
        &mut self,
        req: &CreateChangeSetInput,
    ) -> MockResponse<CreateChangeSetOutput, CreateChangeSetError> {
        let kind = req.change_set_type().map(|t| t.as_str().to_owned()).unwrap_or_else(|| "UPDATE".into());
        self.record("CreateChangeSet", req.stack_name(), req.client_token(), kind.clone());
        if let Some(call) = self.calls.last_mut() {
            call.capabilities = req.capabilities().iter().map(|c| c.as_str().to_owned()).collect();
            call.mode = req.deployment_config().and_then(|d| d.mode()).map(|m| m.as_str().to_owned());
            call.import_existing = req.import_existing_resources() == Some(true);
            call.template = req.template_body().unwrap_or_default().to_owned();
        }
        let fail = |m: ErrorMetadata| MockResponse::Error(CreateChangeSetError::generic(m));
        let name = req.change_set_name().unwrap_or_default().to_owned();
        let name_ok = name.len() <= 128
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !name_ok {
            return fail(meta(
                "ValidationError",
                &format!("1 validation error detected: Value '{name}' at 'changeSetName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*"),
            ));
        }
        if let Some(e) = bad_token(req.client_token()) {
            return fail(e);
        }
        if let Some(e) = self.failure("CreateChangeSet") {
            return fail(e);
        }
        let exists = self.status.as_deref().is_some_and(|s| s != "REVIEW_IN_PROGRESS");
        match (kind.as_str(), self.status.as_deref()) {
            (_, Some(s)) if s.ends_with("_IN_PROGRESS") && s != "REVIEW_IN_PROGRESS" => {
                return fail(meta(
                    "ValidationError",
                    &format!("Stack:{} is in {s} state and can not be updated.", self.id),
                ));
            }
            ("UPDATE", _) if !exists => {
                return fail(meta("ValidationError", &format!("Stack [{}] does not exist", self.name)));
            }
            ("CREATE", _) if exists => {
                return fail(meta(
                    "AlreadyExistsException",
                    &format!(
                        "Stack [{}] already exists and cannot be created again with the changeSet [{name}].",
                        self.name
                    ),
                ));
            }
            ("CREATE", None) => {
                self.made += 1;
                self.id = stack_arn(&self.name, self.made);
                self.status = Some("REVIEW_IN_PROGRESS".into());
            }
            _ => {}
        }
        self.change_set_status = None;
        self.change_set_names.push(name.clone());
        self.pending_tags =
            req.tags().iter().map(|t| (t.key().unwrap_or("").to_owned(), t.value().unwrap_or("").to_owned())).collect();
        let id = format!(
            "arn:aws:cloudformation:{REGION}:{ACCOUNT}:changeSet/{name}/0c1f9b7e-2f1e-11ef-8c5a-0a7d3e1b{:04x}",
            self.calls.len()
        );
        self.change_set_ids.push(id.clone());
        MockResponse::Output(CreateChangeSetOutput::builder().id(id).stack_id(&self.id).build())
    }

    fn describe_change_set(
        &mut self,
        req: &DescribeChangeSetInput,
    ) -> MockResponse<DescribeChangeSetOutput, DescribeChangeSetError> {
        if let Some(e) = self.failure("DescribeChangeSet") {
            return MockResponse::Error(DescribeChangeSetError::generic(e));
        }
        let cs = match self.change_sets.pop_front() {
            Some(cs) => cs,
            None => self.last_change_set.clone().expect("no DescribeChangeSet answer scripted"),
        };
        self.last_change_set = Some(cs.clone());
        let id = req.change_set_name().unwrap_or_default();
        let (status, execution, reason, changes) = match cs {
            Cs::Pending => (ChangeSetStatus::CreatePending, ExecutionStatus::Unavailable, None, Vec::new()),
            Cs::Complete(changes) => (ChangeSetStatus::CreateComplete, ExecutionStatus::Available, None, changes),
            Cs::Failed(reason) => (ChangeSetStatus::Failed, ExecutionStatus::Unavailable, Some(reason), Vec::new()),
        };
        self.change_set_status = Some(status.as_str().to_owned());
        self.record("DescribeChangeSet", req.stack_name(), None, status.as_str());
        MockResponse::Output(
            DescribeChangeSetOutput::builder()
                .change_set_id(id)
                .change_set_name(id.rsplit('/').nth(1).unwrap_or(id))
                .stack_id(&self.id)
                .stack_name(&self.name)
                .creation_time(DateTime::from_secs(T0 + self.clock))
                .status(status)
                .execution_status(execution)
                .set_status_reason(reason)
                .set_changes(Some(changes))
                .build(),
        )
    }

    fn execute_change_set(
        &mut self,
        req: &ExecuteChangeSetInput,
    ) -> MockResponse<ExecuteChangeSetOutput, ExecuteChangeSetError> {
        let cs = req.change_set_name().unwrap_or_default().to_owned();
        self.record("ExecuteChangeSet", req.stack_name(), req.client_request_token(), cs.clone());
        if let Some(e) = bad_token(req.client_request_token()) {
            return MockResponse::Error(ExecuteChangeSetError::generic(e));
        }
        if let Some(status) = self.change_set_status.clone().filter(|s| s != "CREATE_COMPLETE") {
            return MockResponse::Error(ExecuteChangeSetError::generic(meta(
                "InvalidChangeSetStatus",
                &format!("ChangeSet [{cs}] cannot be executed in its current status of [{status}]"),
            )));
        }
        if let Some(e) = self.failure("ExecuteChangeSet") {
            return MockResponse::Error(ExecuteChangeSetError::generic(e));
        }
        self.token = req.client_request_token().map(str::to_owned);
        self.stack_tags = std::mem::take(&mut self.pending_tags);
        MockResponse::Output(ExecuteChangeSetOutput::builder().build())
    }

    fn delete_stack(&mut self, req: &DeleteStackInput) -> MockResponse<DeleteStackOutput, DeleteStackError> {
        let retain = req.retain_resources().join(",");
        self.record("DeleteStack", req.stack_name(), req.client_request_token(), retain.clone());
        if let Some(call) = self.calls.last_mut() {
            call.mode = req.deployment_config().and_then(|d| d.mode()).map(|m| m.as_str().to_owned());
            call.deletion = req.deletion_mode().map(|m| m.as_str().to_owned());
        }
        if let Some(e) = bad_token(req.client_request_token()) {
            return MockResponse::Error(DeleteStackError::generic(e));
        }
        // CloudFormation force-deletes only a stack that failed to delete.
        if req.deletion_mode().is_some_and(|m| m.as_str() == "FORCE_DELETE_STACK")
            && self.status.as_deref() != Some("DELETE_FAILED")
        {
            return MockResponse::Error(DeleteStackError::generic(meta(
                "ValidationError",
                &format!("Invalid operation on stack [{}]. FORCE_DELETE_STACK can only be used when stack is in DELETE_FAILED state", self.id),
            )));
        }
        if !retain.is_empty() && self.status.as_deref() != Some("DELETE_FAILED") {
            return MockResponse::Error(DeleteStackError::generic(meta(
                "ValidationError",
                &format!(
                    "Invalid operation on stack [{}]. RetainResources can only be specified when stack is in DELETE_FAILED state",
                    self.id
                ),
            )));
        }
        if let Some(e) = self.failure("DeleteStack") {
            return MockResponse::Error(DeleteStackError::generic(e));
        }
        self.token = req.client_request_token().map(str::to_owned);
        self.change_set_names.clear();
        MockResponse::Output(DeleteStackOutput::builder().build())
    }

    fn continue_update_rollback(
        &mut self,
        req: &ContinueUpdateRollbackInput,
    ) -> MockResponse<ContinueUpdateRollbackOutput, ContinueUpdateRollbackError> {
        self.record("ContinueUpdateRollback", req.stack_name(), req.client_request_token(), "");
        if let Some(e) = bad_token(req.client_request_token()) {
            return MockResponse::Error(ContinueUpdateRollbackError::generic(e));
        }
        if let Some(status) = self.status.clone().filter(|s| s != "UPDATE_ROLLBACK_FAILED") {
            return MockResponse::Error(ContinueUpdateRollbackError::generic(meta(
                "ValidationError",
                &format!("Stack [{}] is in {status} state and can not continue update rollback", self.name),
            )));
        }
        self.token = req.client_request_token().map(str::to_owned);
        MockResponse::Output(ContinueUpdateRollbackOutput::builder().build())
    }
}

/// The rules the client answers from; `num_calls()` counts the calls of each operation.
pub struct Rules {
    pub describe_stacks: Rule,
    pub describe_stack_events: Rule,
    pub create_change_set: Rule,
    pub describe_change_set: Rule,
    pub execute_change_set: Rule,
    pub delete_change_set: Rule,
    pub delete_stack: Rule,
    pub continue_update_rollback: Rule,
    pub describe_stack_resources: Rule,
    pub get_template: Rule,
    pub list_change_sets: Rule,
    pub list_imports: Rule,
    pub describe_events: Rule,
}

/// One scripted stack and the client that talks to it.
pub struct Cfn {
    world: Arc<Mutex<World>>,
    pub client: Client,
    pub rules: Rules,
}

fn lock(w: &Arc<Mutex<World>>) -> MutexGuard<'_, World> {
    w.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether a stack name or id names this stack (any, when it is the only one).
fn names_me(w: &World, stack: Option<&str>) -> bool {
    !w.shared || stack.is_some_and(|s| s == w.name || s == w.id || s.contains(&format!(":stack/{}/", w.name)))
}

/// A rule filter: the request names this stack (`stack` picks the name from the input).
fn mine<I: 'static>(
    world: &Arc<Mutex<World>>,
    stack: impl Fn(&I) -> Option<&str> + Send + Sync + 'static,
) -> impl Fn(&I) -> bool + Send + Sync + 'static {
    let w = world.clone();
    move |req| names_me(&lock(&w), stack(req))
}

/// A rule filter: the request names one of this stack's change sets, or this stack.
fn mine_cs<I: 'static>(
    world: &Arc<Mutex<World>>,
    ids: impl Fn(&I) -> (Option<&str>, Option<&str>) + Send + Sync + 'static,
) -> impl Fn(&I) -> bool + Send + Sync + 'static {
    let w = world.clone();
    move |req| {
        let w = lock(&w);
        let (change_set, stack) = ids(req);
        !w.shared
            || change_set.is_some_and(|c| w.change_set_ids.iter().any(|id| id == c))
            || (stack.is_some() && names_me(&w, stack))
    }
}

impl Cfn {
    /// A stack named `name`, with nothing scripted yet. Its first id is `stack_arn(name, 0)`.
    ///
    /// The client does not retry: the SDK's own retries (of throttling, for one) would
    /// replay a scripted answer, and what is under test is the deployer's handling.
    pub fn new(name: &str) -> Cfn {
        let world = Arc::new(Mutex::new(World {
            name: name.into(),
            shared: false,
            change_set_ids: Vec::new(),
            made: 0,
            id: stack_arn(name, 0),
            frames: VecDeque::new(),
            last: None,
            status: None,
            events: Vec::new(),
            clock: 0,
            token: None,
            change_sets: VecDeque::new(),
            last_change_set: None,
            change_set_status: None,
            failures: HashMap::new(),
            calls: Vec::new(),
            page_size: 100,
            resources: Vec::new(),
            template: String::new(),
            polls: Vec::new(),
            stack_tags: Vec::new(),
            pending_tags: Vec::new(),
            on_call: HashMap::new(),
            change_set_names: Vec::new(),
            imports: HashMap::new(),
            validation: Vec::new(),
        }));
        let w = world.clone();
        let describe_stacks = mock!(Client::describe_stacks)
            .match_requests(mine(
                &world,
                |r: &aws_sdk_cloudformation::operation::describe_stacks::DescribeStacksInput| r.stack_name(),
            ))
            .then_compute_response(move |req| lock(&w).describe_stacks(req));
        let w = world.clone();
        let describe_stack_events = mock!(Client::describe_stack_events)
            .match_requests(mine(
                &world,
                |r: &aws_sdk_cloudformation::operation::describe_stack_events::DescribeStackEventsInput| r.stack_name(),
            ))
            .then_compute_response(move |req| lock(&w).describe_stack_events(req));
        let w = world.clone();
        let create_change_set = mock!(Client::create_change_set)
            .match_requests(mine(
                &world,
                |r: &aws_sdk_cloudformation::operation::create_change_set::CreateChangeSetInput| r.stack_name(),
            ))
            .then_compute_response(move |req| lock(&w).create_change_set(req));
        let w = world.clone();
        let describe_change_set = mock!(Client::describe_change_set)
            .match_requests(mine_cs(
                &world,
                |r: &aws_sdk_cloudformation::operation::describe_change_set::DescribeChangeSetInput| {
                    (r.change_set_name(), r.stack_name())
                },
            ))
            .then_compute_response(move |req| lock(&w).describe_change_set(req));
        let w = world.clone();
        let execute_change_set = mock!(Client::execute_change_set)
            .match_requests(mine_cs(
                &world,
                |r: &aws_sdk_cloudformation::operation::execute_change_set::ExecuteChangeSetInput| {
                    (r.change_set_name(), r.stack_name())
                },
            ))
            .then_compute_response(move |req| lock(&w).execute_change_set(req));
        let w = world.clone();
        let delete_change_set = mock!(Client::delete_change_set)
            .match_requests(mine_cs(
                &world,
                |r: &aws_sdk_cloudformation::operation::delete_change_set::DeleteChangeSetInput| {
                    (r.change_set_name(), r.stack_name())
                },
            ))
            .then_compute_response(move |req| {
                let mut w = lock(&w);
                let name = req.change_set_name().unwrap_or_default().to_owned();
                w.record("DeleteChangeSet", req.stack_name(), None, name.clone());
                // By name or by id (`arn:...:changeSet/NAME/UUID`).
                let short =
                    name.split("changeSet/").nth(1).and_then(|n| n.split('/').next()).unwrap_or(&name).to_owned();
                w.change_set_names.retain(|n| *n != short);
                match w.failure("DeleteChangeSet") {
                    Some(e) => MockResponse::Error(DeleteChangeSetError::generic(e)),
                    None => MockResponse::Output(DeleteChangeSetOutput::builder().build()),
                }
            });
        let w = world.clone();
        let delete_stack = mock!(Client::delete_stack)
            .match_requests(mine(&world, |r: &aws_sdk_cloudformation::operation::delete_stack::DeleteStackInput| {
                r.stack_name()
            }))
            .then_compute_response(move |req| lock(&w).delete_stack(req));
        let w = world.clone();
        let continue_update_rollback = mock!(Client::continue_update_rollback)
            .match_requests(mine(
                &world,
                |r: &aws_sdk_cloudformation::operation::continue_update_rollback::ContinueUpdateRollbackInput| {
                    r.stack_name()
                },
            ))
            .then_compute_response(move |req| lock(&w).continue_update_rollback(req));
        let w = world.clone();
        let describe_stack_resources = mock!(Client::describe_stack_resources)
            .match_requests(mine(
                &world,
                |r: &aws_sdk_cloudformation::operation::describe_stack_resources::DescribeStackResourcesInput| {
                    r.stack_name()
                },
            ))
            .then_compute_response(move |_| {
                let mut w = lock(&w);
                if let Some(e) = w.failure("DescribeStackResources") {
                    return MockResponse::Error(DescribeStackResourcesError::generic(e));
                }
                let resources = w
                    .resources
                    .iter()
                    .map(|(logical, physical, kind)| {
                        StackResource::builder()
                            .stack_name(&w.name)
                            .stack_id(&w.id)
                            .logical_resource_id(logical)
                            .physical_resource_id(physical)
                            .resource_type(kind)
                            .timestamp(DateTime::from_secs(T0))
                            .resource_status(ResourceStatus::CreateComplete)
                            .build()
                    })
                    .collect();
                MockResponse::Output(
                    DescribeStackResourcesOutput::builder().set_stack_resources(Some(resources)).build(),
                )
            });
        let w = world.clone();
        let list_change_sets = mock!(Client::list_change_sets)
            .match_requests(mine(
                &world,
                |r: &aws_sdk_cloudformation::operation::list_change_sets::ListChangeSetsInput| r.stack_name(),
            ))
            .then_compute_output(move |_| {
                let mut w = lock(&w);
                w.record("ListChangeSets", None, None, "");
                let summaries = w
                    .change_set_names
                    .iter()
                    .map(|n| ChangeSetSummary::builder().change_set_name(n).stack_name(&w.name).build())
                    .collect();
                ListChangeSetsOutput::builder().set_summaries(Some(summaries)).build()
            });
        let w = world.clone();
        let get_template = mock!(Client::get_template)
            .match_requests(mine(&world, |r: &aws_sdk_cloudformation::operation::get_template::GetTemplateInput| {
                r.stack_name()
            }))
            .then_compute_output(move |_| {
                GetTemplateOutput::builder().template_body(lock(&w).template.clone()).build()
            });
        let w = world.clone();
        let list_imports = mock!(Client::list_imports)
            .match_requests({
                let w = world.clone();
                move |r| {
                    let w = lock(&w);
                    !w.shared || w.imports.contains_key(r.export_name().unwrap_or_default())
                }
            })
            .then_compute_response(move |req| {
                let mut w = lock(&w);
                let export = req.export_name().unwrap_or_default().to_owned();
                w.record("ListImports", None, None, export.clone());
                match w.imports.get(&export) {
                    Some(stacks) if !stacks.is_empty() => {
                        MockResponse::Output(ListImportsOutput::builder().set_imports(Some(stacks.clone())).build())
                    }
                    _ => MockResponse::Error(ListImportsError::generic(meta(
                        "ValidationError",
                        &format!("Export '{export}' is not imported by any stack."),
                    ))),
                }
            });
        let w = world.clone();
        let describe_events = mock!(Client::describe_events)
            .match_requests(mine_cs(
                &world,
                |r: &aws_sdk_cloudformation::operation::describe_events::DescribeEventsInput| {
                    (r.change_set_name(), r.stack_name())
                },
            ))
            .then_compute_output(move |req| {
                let mut w = lock(&w);
                w.record("DescribeEvents", None, None, req.change_set_name().unwrap_or_default());
                aws_sdk_cloudformation::operation::describe_events::DescribeEventsOutput::builder()
                    .set_operation_events(Some(w.validation.clone()))
                    .build()
            });
        let rules = Rules {
            describe_stacks,
            describe_stack_events,
            create_change_set,
            describe_change_set,
            execute_change_set,
            delete_change_set,
            delete_stack,
            continue_update_rollback,
            describe_stack_resources,
            get_template,
            list_change_sets,
            list_imports,
            describe_events,
        };
        let client = mock_client!(
            aws_sdk_cloudformation,
            RuleMode::MatchAny,
            [
                &rules.describe_stacks,
                &rules.describe_stack_events,
                &rules.create_change_set,
                &rules.describe_change_set,
                &rules.execute_change_set,
                &rules.delete_change_set,
                &rules.delete_stack,
                &rules.continue_update_rollback,
                &rules.describe_stack_resources,
                &rules.get_template,
                &rules.list_change_sets,
                &rules.list_imports,
                &rules.describe_events,
            ],
            |c| c.retry_config(RetryConfig::disabled())
        );
        Cfn { world, client, rules }
    }

    /// One client for several scripted stacks: each answers the calls that name it (its name,
    /// its id, its change sets); `ListImports` is answered by the stack that scripted the
    /// export ([`Cfn::imported_by`]).
    pub fn shared(stacks: &[&Cfn]) -> Client {
        let mut rules: Vec<&Rule> = Vec::new();
        for cfn in stacks {
            lock(&cfn.world).shared = true;
            let r = &cfn.rules;
            rules.extend([
                &r.describe_stacks,
                &r.describe_stack_events,
                &r.create_change_set,
                &r.describe_change_set,
                &r.execute_change_set,
                &r.delete_change_set,
                &r.delete_stack,
                &r.continue_update_rollback,
                &r.describe_stack_resources,
                &r.get_template,
                &r.list_change_sets,
                &r.list_imports,
                &r.describe_events,
            ]);
        }
        mock_client!(aws_sdk_cloudformation, RuleMode::MatchAny, rules, |c| c.retry_config(RetryConfig::disabled()))
    }

    /// Answers of `DescribeStacks`, in order; the last one is repeated (without its events).
    pub fn frames(&self, frames: impl IntoIterator<Item = Frame>) -> &Self {
        lock(&self.world).frames.extend(frames);
        self
    }

    /// The stack was deployed by forma: frames that script no tags answer with forma's
    /// fingerprint tag (an old fingerprint, so apply does not skip the stack).
    pub fn owned(&self) -> &Self {
        lock(&self.world).stack_tags = vec![(FINGERPRINT_TAG.to_owned(), OLD_FINGERPRINT.to_owned())];
        self
    }

    /// A finding of CloudFormation's pre-deployment validation of the change set
    /// (`DescribeEvents`).
    pub fn validation_error(
        &self,
        logical_id: &str,
        resource_type: &str,
        name: &str,
        reason: &str,
        path: &str,
    ) -> &Self {
        use aws_sdk_cloudformation::types::{EventType, HookFailureMode, OperationEvent, ValidationStatus};
        let event = OperationEvent::builder()
            .event_id(format!("{logical_id}-validation"))
            .stack_id(lock(&self.world).id.clone())
            .event_type(EventType::ValidationError)
            .logical_resource_id(logical_id)
            .resource_type(resource_type)
            .validation_failure_mode(HookFailureMode::Fail)
            .validation_name(name)
            .validation_status(ValidationStatus::Failed)
            .validation_status_reason(reason)
            .validation_path(path)
            .build();
        lock(&self.world).validation.push(event);
        self
    }

    /// The stacks that import `export` (`ListImports`).
    pub fn imported_by(&self, export: &str, stacks: &[&str]) -> &Self {
        lock(&self.world).imports.insert(export.into(), stacks.iter().map(|s| (*s).to_owned()).collect());
        self
    }

    /// Runs `f` whenever `op` is called, while CloudFormation handles the call.
    pub fn on_call(&self, op: &'static str, f: impl Fn() + Send + Sync + 'static) -> &Self {
        lock(&self.world).on_call.insert(op, Arc::new(f));
        self
    }

    /// Events that happened before the test, oldest first (give them another token).
    pub fn history(&self, events: impl IntoIterator<Item = Ev>) -> &Self {
        let mut w = lock(&self.world);
        for ev in events {
            w.publish(ev);
        }
        self
    }

    /// Answers of `DescribeChangeSet`, in order; the last one is repeated.
    pub fn change_sets(&self, answers: impl IntoIterator<Item = Cs>) -> &Self {
        lock(&self.world).change_sets.extend(answers);
        self
    }

    /// The next call of `op` fails with `code: message` (calls stack up).
    pub fn fail_next(&self, op: &'static str, code: &str, message: &str) -> &Self {
        lock(&self.world).failures.entry(op).or_default().push_back((code.into(), message.into()));
        self
    }

    /// A change set another tool made on the stack (`ListChangeSets` lists it).
    pub fn foreign_change_set(&self, name: &str) -> &Self {
        lock(&self.world).change_set_names.push(name.into());
        self
    }

    /// What `DescribeStackResources` lists: `(logical id, physical id, type)`.
    pub fn resources(&self, resources: &[(&str, &str, &str)]) -> &Self {
        lock(&self.world).resources =
            resources.iter().map(|(l, p, t)| (l.to_string(), p.to_string(), t.to_string())).collect();
        self
    }

    /// What `GetTemplate` answers.
    pub fn template(&self, body: &str) -> &Self {
        lock(&self.world).template = body.into();
        self
    }

    /// Events per `DescribeStackEvents` page (CloudFormation: 100).
    pub fn page_size(&self, n: usize) -> &Self {
        lock(&self.world).page_size = n;
        self
    }

    /// The stack's current id.
    pub fn id(&self) -> String {
        lock(&self.world).id.clone()
    }

    /// Every recorded call, in order.
    pub fn calls(&self) -> Vec<Call> {
        lock(&self.world).calls.clone()
    }

    /// The recorded calls of one operation.
    pub fn calls_of(&self, op: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.op == op).collect()
    }

    /// The operations called from the `from`th call on, in order, with consecutive
    /// `DescribeStacks` polls shown once.
    pub fn ops_since(&self, from: usize) -> Vec<&'static str> {
        let mut ops: Vec<&'static str> = Vec::new();
        for c in self.calls().into_iter().skip(from) {
            if ops.last() != Some(&c.op) || c.op != "DescribeStacks" {
                ops.push(c.op);
            }
        }
        ops
    }

    /// The gaps between consecutive `DescribeStacks` calls, in seconds, from the `from`th.
    pub fn poll_gaps(&self, from: usize) -> Vec<f64> {
        let polls = lock(&self.world).polls.clone();
        polls[from..].windows(2).map(|w| (w[1] - w[0]).as_secs_f64()).collect()
    }

    /// Panics unless every scripted `DescribeStacks` and `DescribeChangeSet` answer was used.
    pub fn assert_script_done(&self) {
        let w = lock(&self.world);
        assert!(w.frames.is_empty(), "{} DescribeStacks answer(s) left unused: {:?}", w.frames.len(), w.frames);
        assert!(w.change_sets.is_empty(), "{} DescribeChangeSet answer(s) left unused", w.change_sets.len());
    }
}
