//! `lambda::Function`: a function with its own least-privilege role and log group.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use forma_cfn::lambda as l1;
use forma_cfn::lambda::function::{
    Architectures, Code as L1Code, DeadLetterConfig, Environment, LoggingConfig, Mode, TracingConfig,
};
use forma_core::intent::{Event, EventKind, FunctionIntent, Intent};
use forma_core::model::NodeId;
use forma_core::removal::RemovalPolicy;
use forma_core::value::{Expr, Value};
use forma_core::{AsScope, AssetSource, IndexMap, Resource, Scope, Severity};

use super::runtime::Runtime;
use crate::iam::{Grant, Grantable, PolicyStatement, Principal, Role, RoleProps, ServicePrincipal};
use crate::limits;
use crate::logs::{LogGroup, LogGroupProps, Retention};
use crate::sqs::Queue;

/// A function's code.
#[derive(Debug, Clone)]
pub enum Code {
    /// Source text, for Node.js and Python, up to 4 KB.
    Inline(String),
    /// A local directory (zipped) or `.zip` file, uploaded by `forma apply`.
    Asset(AssetSource),
    /// A zip already in S3.
    S3 { bucket: Value<String>, key: Value<String> },
}

impl Code {
    pub fn inline(source: impl Into<String>) -> Code {
        Code::Inline(source.into())
    }

    /// A directory zipped as the code (relative paths from where synth runs; anchor them
    /// with `concat!(env!("CARGO_MANIFEST_DIR"), "/handler")`).
    pub fn from_dir(path: impl Into<PathBuf>) -> Code {
        Code::Asset(AssetSource::Directory(path.into()))
    }

    /// A built `.zip` file uploaded as it is.
    pub fn from_zip(path: impl Into<PathBuf>) -> Code {
        Code::Asset(AssetSource::File(path.into()))
    }

    pub fn from_s3(bucket: impl Into<Value<String>>, key: impl Into<Value<String>>) -> Code {
        Code::S3 { bucket: bucket.into(), key: key.into() }
    }
}

/// The instruction set a function runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Architecture {
    #[default]
    X86_64,
    /// Graviton: cheaper per second.
    Arm64,
}

/// What a [`Function`] is made of. Required: runtime, handler, code.
#[derive(Debug, Clone)]
pub struct FunctionProps {
    runtime: Runtime,
    handler: String,
    code: Code,
    memory_mb: u32,
    timeout: Duration,
    architecture: Architecture,
    environment: IndexMap<String, Value<String>>,
    reserved_concurrency: Option<u32>,
    description: Option<Value<String>>,
    function_name: Option<Value<String>>,
    log_retention: Retention,
    log_removal_policy: Option<RemovalPolicy>,
    dead_letter_queue: Option<Queue>,
    role: Option<Role>,
    tracing: bool,
}

impl FunctionProps {
    /// A function of `runtime`, entering at `handler` (`index.handler`; `bootstrap` for
    /// `provided.*`), running `code`.
    pub fn new(runtime: Runtime, handler: impl Into<String>, code: Code) -> Self {
        FunctionProps {
            runtime,
            handler: handler.into(),
            code,
            memory_mb: 128,
            timeout: Duration::from_secs(3),
            architecture: Architecture::X86_64,
            environment: IndexMap::new(),
            reserved_concurrency: None,
            description: None,
            function_name: None,
            log_retention: Retention::OneMonth,
            log_removal_policy: None,
            dead_letter_queue: None,
            role: None,
            tracing: false,
        }
    }

    /// Memory in MB, 128 to 10,240 (CPU grows with it). Default: 128.
    pub fn memory_mb(mut self, mb: u32) -> Self {
        self.memory_mb = mb;
        self
    }

    /// The longest an invocation may run, up to 15 minutes. Default: 3 seconds.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Default: `Architecture::X86_64`.
    pub fn architecture(mut self, architecture: Architecture) -> Self {
        self.architecture = architecture;
        self
    }

    /// Sets an environment variable (not for secrets: the value is in the template).
    /// Default: none.
    pub fn environment(mut self, name: impl Into<String>, value: impl Into<Value<String>>) -> Self {
        self.environment.insert(name.into(), value.into());
        self
    }

    /// Reserves (and caps) this many concurrent executions. Default: the account's
    /// unreserved pool.
    pub fn reserved_concurrency(mut self, executions: u32) -> Self {
        self.reserved_concurrency = Some(executions);
        self
    }

    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// A fixed name. Default: CloudFormation names it.
    pub fn function_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.function_name = Some(name.into());
        self
    }

    /// How long the function's logs are kept. Default: `Retention::OneMonth`.
    pub fn log_retention(mut self, retention: Retention) -> Self {
        self.log_retention = retention;
        self
    }

    /// What happens to the function's log group with the stack. Default:
    /// `RemovalPolicy::Retain` — the logs stay until their retention ends.
    pub fn log_removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.log_removal_policy = Some(policy);
        self
    }

    /// Sends the events of failed asynchronous invocations to `queue` (the role may send
    /// to it). Default: none — they are dropped after two retries.
    pub fn dead_letter_queue(mut self, queue: &Queue) -> Self {
        self.dead_letter_queue = Some(queue.clone());
        self
    }

    /// Runs with `role` instead of a role of its own. Default: a role (`ServiceRole`) that
    /// may only write the function's logs, plus what grants add.
    pub fn role(mut self, role: &Role) -> Self {
        self.role = Some(role.clone());
        self
    }

    /// Traces invocations with X-Ray (the role may send traces). Default: off.
    pub fn tracing(mut self) -> Self {
        self.tracing = true;
        self
    }
}

/// A Lambda function: the L1 `AWS::Lambda::Function` under the child id `Resource`, its
/// role (`ServiceRole`, unless one is given) and its log group (`LogGroup`), which only it
/// may write.
#[derive(Clone)]
pub struct Function {
    pub(crate) scope: Scope,
    resource: Resource<l1::Function>,
    role: Role,
    log_group: LogGroup,
    timeout: Duration,
    state: Rc<RefCell<State>>,
}

#[derive(Default)]
struct State {
    /// Ids taken by event sources and permissions, to keep them unique.
    children: Vec<String>,
    /// The names of the events recorded in the function's intent.
    events: Vec<String>,
}

impl std::fmt::Debug for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Function({})", self.scope.path())
    }
}

impl Function {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: FunctionProps) -> Function {
        let scope = scope.as_scope().child(id);
        let role = match &props.role {
            Some(r) => r.clone(),
            None => Role::new(&scope, "ServiceRole", RoleProps::new(ServicePrincipal::lambda())),
        };
        let mut log_props = LogGroupProps::default().retention(props.log_retention);
        if let Some(policy) = props.log_removal_policy {
            log_props = log_props.removal_policy(policy);
        }
        let log_group = LogGroup::new(&scope, "LogGroup", log_props);
        let code = match &props.code {
            Code::Inline(source) => {
                if !props.runtime.takes_inline_code() {
                    scope.report(
                        Severity::Error,
                        "inline-code-runtime",
                        format!("inline code needs a Node.js or Python runtime, not {}", props.runtime.as_str()),
                        Some("use Code::from_dir or Code::from_zip"),
                    );
                }
                if source.len() > 4096 {
                    scope.report(
                        Severity::Error,
                        "inline-code-too-large",
                        format!("the inline code is {} bytes; Lambda takes at most 4096 inline", source.len()),
                        Some("use Code::from_dir"),
                    );
                }
                L1Code::new().zip_file(source.clone())
            }
            Code::Asset(source) => {
                let asset = scope.add_asset("Code", source.clone());
                L1Code::new().s3_bucket(asset.bucket()).s3_key(asset.key())
            }
            Code::S3 { bucket, key } => L1Code::new().s3_bucket(bucket.clone()).s3_key(key.clone()),
        };
        let memory = limits::within(&scope, "function-memory", "memory_mb", props.memory_mb, 128..=10_240);
        let timeout = limits::seconds(&scope, "function-timeout", "timeout", props.timeout, 1..=900);
        let architecture = match props.architecture {
            Architecture::X86_64 => Architectures::X8664,
            Architecture::Arm64 => Architectures::Arm64,
        };
        let mut function = l1::Function::new(code, role.arn())
            .runtime(Value::<String>::from(props.runtime.as_str()))
            .handler(props.handler)
            .memory_size(memory)
            .timeout(timeout)
            .architectures(vec![architecture])
            .logging_config(LoggingConfig::new().log_group(log_group.name()));
        if !props.environment.is_empty() {
            let variables: IndexMap<String, Expr> =
                props.environment.into_iter().map(|(k, v)| (k, v.into_expr())).collect();
            function = function.environment(
                Environment::new().variables(Value::<forma_core::Json>::from_expr(Expr::Map(Box::new(variables)))),
            );
        }
        if let Some(n) = props.reserved_concurrency {
            function = function.reserved_concurrent_executions(i64::from(n));
        }
        if let Some(d) = props.description {
            function = function.description(d);
        }
        if let Some(n) = props.function_name {
            function = function.function_name(n);
        }
        if props.tracing {
            function = function.tracing_config(TracingConfig::new().mode(Mode::Active));
            role.add_to_policy(
                // X-Ray's PutTraceSegments and PutTelemetryRecords have no resource-level
                // permission: they can only be granted on `*`.
                PolicyStatement::allow().actions(["xray:PutTraceSegments", "xray:PutTelemetryRecords"]).resource("*"),
            );
        }
        if let Some(dlq) = &props.dead_letter_queue {
            function = function.dead_letter_config(DeadLetterConfig::new().target_arn(dlq.arn()));
            role.add_to_policy(PolicyStatement::allow().action("sqs:SendMessage").resource(dlq.arn()));
        }
        let resource = scope.add("Resource", function);
        scope.set_intent(Intent::Function(FunctionIntent {
            resource: resource.node_id(),
            role: role.resource().node_id(),
            log_group: log_group.resource().node_id(),
            events: Vec::new(),
        }));
        let _ = log_group.grant_write(&role);
        role.add_dependent(&resource);
        Function { scope, resource, role, log_group, timeout: props.timeout, state: Rc::default() }
    }

    /// The function's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The function's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The role the function runs with.
    pub fn role(&self) -> &Role {
        &self.role
    }

    /// The function's log group.
    pub fn log_group(&self) -> &LogGroup {
        &self.log_group
    }

    /// The timeout set (3 seconds unless given).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The L1 `AWS::Lambda::Function`, for anything this construct does not offer.
    pub fn resource(&self) -> &Resource<l1::Function> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Records an event source in the function's intent: its `kind`, a name from `base`
    /// unique among the function's events, and the L1 resources that make it.
    pub(crate) fn note_event(&self, kind: EventKind, base: &str, resources: Vec<NodeId>) {
        let name = limits::unique_id(&mut self.state.borrow_mut().events, base);
        self.scope.update_intent(|intent| {
            if let Intent::Function(f) = intent {
                f.events.push(Event { name, kind, resources });
            }
        });
    }

    /// A child id for something the function owns, unique among its children: `base`,
    /// then `base2`, `base3`, ... in the order asked for.
    pub(crate) fn child_id(&self, base: &str) -> String {
        limits::unique_id(&mut self.state.borrow_mut().children, base)
    }

    /// Lets `grantee` invoke the function (and its versions and aliases).
    #[track_caller]
    pub fn grant_invoke(&self, grantee: &impl Grantable) -> Grant {
        let qualified: Value<String> = forma_core::intrinsic::sub("${Arn}:*").var("Arn", self.arn()).into();
        Grant::new(grantee, PolicyStatement::allow().action("lambda:InvokeFunction").resources([self.arn(), qualified]))
    }

    /// Lets an AWS service invoke the function on behalf of `source_arn` (an
    /// `AWS::Lambda::Permission`, under the function, id `id`).
    #[track_caller]
    pub fn allow_invoke(
        &self,
        id: &str,
        principal: Principal,
        source_arn: impl Into<Value<String>>,
    ) -> Resource<l1::Permission> {
        let service = match principal {
            Principal::Service(s) => s,
            other => {
                self.scope.report(
                    Severity::Error,
                    "invalid-permission",
                    format!("allow_invoke takes a service principal, not {other:?}"),
                    Some("grant a role with grant_invoke instead"),
                );
                String::new()
            }
        };
        let id = self.child_id(id);
        self.scope.add(&id, l1::Permission::new("lambda:InvokeFunction", self.arn(), service).source_arn(source_arn))
    }
}

impl Grantable for Function {
    fn grant_role(&self) -> Role {
        self.role.clone()
    }
}
