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
use forma_core::intrinsic::sub;
use forma_core::model::NodeId;
use forma_core::removal::RemovalPolicy;
use forma_core::value::{Expr, Value};
use forma_core::{AsScope, AssetSource, Construct, IndexMap, Resource, ResourceLike, Scope, Severity};

use super::runtime::Runtime;
use crate::iam::{
    Grant, GrantPrincipal, GrantTarget, Grantable, PolicyAccess, PolicyStatement, Principal, Role, RoleProps, RoleRef,
    ServicePrincipal,
};
use crate::limits;
use crate::logs::{AsLogGroup, LogGroup, LogGroupProps, Retention};
use crate::sqs::{AsQueue, QueueRef};

/// A function's code.
#[derive(Debug, Clone)]
pub enum Code {
    /// Source text, for Node.js and Python, up to 4 KB.
    Inline(String),
    /// A local directory (zipped) or `.zip` file, uploaded by `forma apply`.
    Asset(AssetSource),
    /// A zip already in S3.
    S3 {
        /// The bucket's name.
        bucket: Value<String>,
        /// The zip's key in it.
        key: Value<String>,
    },
}

impl Code {
    /// Source text in the template (Node.js and Python, up to 4 KB).
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

    /// A zip already in S3, in `bucket` at `key`.
    pub fn from_s3(bucket: impl Into<Value<String>>, key: impl Into<Value<String>>) -> Code {
        Code::S3 { bucket: bucket.into(), key: key.into() }
    }
}

/// The instruction set a function runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Architecture {
    /// Intel and AMD, 64-bit.
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
    memory_mib: u32,
    timeout: Duration,
    architecture: Architecture,
    environment: IndexMap<String, Value<String>>,
    reserved_concurrency: Option<u32>,
    description: Option<Value<String>>,
    function_name: Option<Value<String>>,
    log_retention: Retention,
    log_removal_policy: Option<RemovalPolicy>,
    dead_letter_queue: Option<QueueRef>,
    role: Option<RoleRef>,
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
            memory_mib: 128,
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

    /// Memory in MiB (what Lambda calls MB), 128 to 10,240; CPU grows with it. Default: 128.
    pub fn memory_mib(mut self, mib: u32) -> Self {
        self.memory_mib = mib;
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

    /// Sets several environment variables at once, from a map or a list of pairs (not for
    /// secrets: the values are in the template). Default: none.
    pub fn environment_variables<K: Into<String>, V: Into<Value<String>>>(
        mut self,
        variables: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.environment.extend(variables.into_iter().map(|(k, v)| (k.into(), v.into())));
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
    pub fn dead_letter_queue(mut self, queue: &impl AsQueue) -> Self {
        self.dead_letter_queue = Some(queue.as_queue());
        self
    }

    /// Runs with `role` (of this app, or imported with `Role::from_arn`) instead of a role
    /// of its own. Default: a role (`ServiceRole`) that may only write the function's logs,
    /// plus what grants add.
    pub fn role(mut self, role: impl AsRef<RoleRef>) -> Self {
        self.role = Some(role.as_ref().clone());
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
/// may write. It derefs to its [`FunctionRef`]; grants on it are the methods of
/// [`AsFunction`].
#[derive(Clone)]
pub struct Function {
    pub(crate) scope: Scope,
    resource: Resource<l1::Function>,
    reference: FunctionRef,
    role: RoleRef,
    log_group: LogGroup,
    timeout: Duration,
}

forma_core::construct!(Function, l1::Function);

/// A function, made in this app or not ([`Function::from_arn`],
/// [`Function::from_attributes`]): what invoking it, granting on it and giving it
/// permissions need.
#[derive(Clone)]
pub struct FunctionRef {
    pub(crate) scope: Scope,
    arn: Value<String>,
    name: Value<String>,
    role: Option<RoleRef>,
    /// Whether the function is this app's (its intent records its events).
    owned: bool,
    state: Rc<RefCell<State>>,
}

impl std::fmt::Debug for FunctionRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FunctionRef({})", self.scope.path())
    }
}

#[derive(Default)]
struct State {
    /// Ids taken by event sources and permissions, to keep them unique.
    children: Vec<String>,
    /// The names of the events recorded in the function's intent.
    events: Vec<String>,
}

impl Function {
    /// A function under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
    /// let app = forma_dsl::App::new();
    /// let handler = Function::new(&app.stack("Api"), "Handler", FunctionProps::new(
    ///     Runtime::Python312, "index.handler", Code::inline("def handler(event, context):\n    return {}\n")));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: FunctionProps) -> Function {
        let scope = scope.as_scope().child(id);
        let role = match &props.role {
            Some(r) => r.clone(),
            None => RoleRef::clone(&Role::new(&scope, "ServiceRole", RoleProps::new(ServicePrincipal::lambda()))),
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
        let memory = limits::within(&scope, "function-memory", "memory_mib", props.memory_mib, 128..=10_240);
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
            log_group: log_group.resource().node_id(),
            events: Vec::new(),
        }));
        log_group.grant_write(&role);
        role.add_dependent(&resource);
        let reference = FunctionRef {
            scope: scope.clone(),
            arn: resource.arn(),
            name: resource.reference(),
            role: Some(role.clone()),
            owned: true,
            state: Rc::default(),
        };
        Function { scope, resource, reference, role, log_group, timeout: props.timeout }
    }

    /// A function that is not in this app, by ARN. It can be invoked, subscribed and
    /// granted on; to give it permissions, import it with [`Function::from_attributes`] and
    /// its role.
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::lambda::Function;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Api");
    /// let resize = Function::from_arn(&stack, "Resize", "arn:aws:lambda:eu-west-1:123456789012:function:resize");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// resize.grant_invoke(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> FunctionRef {
        let arn = arn.into();
        FunctionRef::imported(scope.as_scope().child(id), arn.clone(), arn, None)
    }

    /// A function of this account and region that is not in this app, by name; its ARN is
    /// built in the stack's partition, region and account.
    ///
    /// ```
    /// use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
    /// use forma_dsl::lambda::Function;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Jobs");
    /// let cleanup = Function::from_name(&stack, "Cleanup", "cleanup");
    /// let hourly = Rule::new(&stack, "Hourly", RuleProps::schedule(Schedule::hourly()));
    /// hourly.add_target(RuleTarget::function(&cleanup));
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> FunctionRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}")
            .var("Name", name.clone())
            .into();
        FunctionRef::imported(scope.as_scope().child(id), arn, name, None)
    }

    /// A function that is not in this app, by ARN, with the role it runs with, so that it
    /// can also be given permissions (as a grantee).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::Role;
    /// use forma_dsl::lambda::Function;
    /// use forma_dsl::s3::Bucket;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Media");
    /// let role = Role::from_name(&stack, "ResizeRole", "resize-role", None);
    /// let arn = "arn:aws:lambda:eu-west-1:123456789012:function:resize";
    /// let resize = Function::from_attributes(&stack, "Resize", arn, &role);
    /// Bucket::from_name(&stack, "Uploads", "acme-uploads").grant_read(&resize);
    /// ```
    #[track_caller]
    pub fn from_attributes(
        scope: &impl AsScope,
        id: &str,
        arn: impl Into<Value<String>>,
        role: impl AsRef<RoleRef>,
    ) -> FunctionRef {
        let arn = arn.into();
        FunctionRef::imported(scope.as_scope().child(id), arn.clone(), arn, Some(role.as_ref().clone()))
    }

    /// The role the function runs with.
    pub fn role(&self) -> &RoleRef {
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
}

impl std::ops::Deref for Function {
    type Target = FunctionRef;

    fn deref(&self) -> &FunctionRef {
        &self.reference
    }
}

impl FunctionRef {
    fn imported(scope: Scope, arn: Value<String>, name: Value<String>, role: Option<RoleRef>) -> FunctionRef {
        FunctionRef { scope, arn, name, role, owned: false, state: Rc::default() }
    }

    /// The function's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The function's name (its ARN, for a function imported by ARN: Lambda takes either).
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// The function's path, for messages.
    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// The role the function runs with, when known.
    pub fn role(&self) -> Option<&RoleRef> {
        self.role.as_ref()
    }

    /// Records an event source in the function's intent (for a function of this app): its
    /// `kind`, a name from `base` unique among the function's events, and the L1 resources
    /// that make it.
    pub(crate) fn note_event(&self, kind: EventKind, base: &str, resources: Vec<NodeId>) {
        if !self.owned {
            return;
        }
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

    /// Lets an AWS service invoke the function on behalf of `source_arn` (an
    /// `AWS::Lambda::Permission`, under the function, id `id`). Works on a function that is
    /// not in this app too: the permission is a resource of its own.
    #[track_caller]
    pub fn allow_invoke(
        &self,
        id: &str,
        principal: Principal,
        source_arn: impl Into<Value<String>>,
    ) -> Resource<l1::Permission> {
        let permission = self.permission(id, "lambda:InvokeFunction", &principal);
        self.scope.add(&self.child_id(id), permission.source_arn(source_arn))
    }

    /// The `AWS::Lambda::Permission` letting `principal` call `action` on the function.
    #[track_caller]
    fn permission(&self, id: &str, action: &str, principal: &Principal) -> l1::Permission {
        let principal: Value<String> = match principal {
            Principal::Service(s) => s.clone().into(),
            Principal::Aws(v) => v.clone(),
            Principal::Anyone => "*".into(),
            other @ Principal::Federated(_) => {
                self.scope.report(
                    Severity::Error,
                    "invalid-permission",
                    format!("{id}: Lambda permissions take a service or an account, not {}", other.describe()),
                    Some("grant a role with grant_invoke instead"),
                );
                "*".into()
            }
        };
        l1::Permission::new(action, self.arn(), principal)
    }

    /// The function's own policy: each statement naming a principal becomes one
    /// `AWS::Lambda::Permission` per principal and action (Lambda has no policy document).
    fn policy_access(&self) -> PolicyAccess {
        let function = self.clone();
        PolicyAccess::owned(move |statement| {
            let mut last = None;
            for principal in statement.principal_list() {
                for action in statement.action_names() {
                    let base = action.trim_start_matches("lambda:");
                    let id = function.child_id(&format!("{base}Permission"));
                    let permission = function.permission(&id, action, principal);
                    last = Some(function.scope.add(&id, permission).resource_ref());
                }
            }
            last
        })
    }

    fn target(&self) -> GrantTarget {
        GrantTarget::new(self.scope.clone(), self.policy_access())
    }
}

/// Any function: a [`Function`], an imported [`FunctionRef`], or the L1
/// `AWS::Lambda::Function`. Grants on a function are its methods.
pub trait AsFunction {
    /// The function, as a reference.
    fn as_function(&self) -> FunctionRef;

    /// Lets `grantee` invoke the function (and its versions and aliases).
    #[track_caller]
    fn grant_invoke(&self, grantee: &impl Grantable) -> Grant {
        let f = self.as_function();
        let qualified: Value<String> = sub("${Arn}:*").var("Arn", f.arn()).into();
        f.target().grant(grantee, &["lambda:InvokeFunction"], vec![f.arn(), qualified], &[])
    }

    /// Lets `grantee` deploy new code to exactly this function (`lambda:UpdateFunctionCode`,
    /// and `lambda:GetFunction` to read what runs), as a deployer function needs.
    #[track_caller]
    fn grant_update_code(&self, grantee: &impl Grantable) -> Grant {
        let f = self.as_function();
        f.target().grant(grantee, &["lambda:UpdateFunctionCode", "lambda:GetFunction"], vec![f.arn()], &[])
    }
}

impl AsFunction for FunctionRef {
    fn as_function(&self) -> FunctionRef {
        self.clone()
    }
}

impl AsFunction for Function {
    fn as_function(&self) -> FunctionRef {
        self.reference.clone()
    }
}

impl AsFunction for Resource<l1::Function> {
    fn as_function(&self) -> FunctionRef {
        FunctionRef::imported(self.scope().clone(), self.arn(), self.reference(), None)
    }
}

impl Grantable for Function {
    fn grant_principal(&self) -> GrantPrincipal {
        self.reference.grant_principal()
    }
}

impl Grantable for FunctionRef {
    /// The function's role; a function imported without one is reported (import it with
    /// [`Function::from_attributes`]).
    #[track_caller]
    fn grant_principal(&self) -> GrantPrincipal {
        match &self.role {
            Some(role) => GrantPrincipal::Role(role.clone()),
            None => {
                self.scope.report(
                    Severity::Error,
                    "unknown-role",
                    "the function is given permissions, but its role is not known",
                    Some("import it with Function::from_attributes(scope, id, arn, role)"),
                );
                GrantPrincipal::Principal(Principal::Service("lambda.amazonaws.com".into()))
            }
        }
    }
}
