//! `iam::Role`: a role that a service assumes, with one default policy that
//! [`Role::add_to_policy`] and every grant add to.

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::iam as l1;
use forma_core::intrinsic::sub;
use forma_core::value::{Expr, Value};
use forma_core::{AsScope, CfnResource, Resource, Scope, Severity};

use super::policy::{PolicyDocument, PolicyStatement};
use super::principal::Principal;

/// Longest session a role allows, in seconds (12 hours); the shortest is one hour.
const MAX_SESSION_SECONDS: std::ops::RangeInclusive<u32> = 3600..=43_200;

/// What a [`Role`] is made of. Required: who may assume it.
#[derive(Debug, Clone)]
pub struct RoleProps {
    assumed_by: Vec<Principal>,
    managed_policies: Vec<Value<String>>,
    description: Option<Value<String>>,
    role_name: Option<Value<String>>,
    iam_path: Option<String>,
    max_session_duration: Option<u32>,
    inline_policies: Vec<(String, PolicyDocument)>,
}

impl RoleProps {
    /// A role that `assumed_by` may assume (`ServicePrincipal::lambda()`).
    pub fn new(assumed_by: impl Into<Principal>) -> Self {
        RoleProps {
            assumed_by: vec![assumed_by.into()],
            managed_policies: Vec::new(),
            description: None,
            role_name: None,
            iam_path: None,
            max_session_duration: None,
            inline_policies: Vec::new(),
        }
    }

    /// Another principal that may assume the role. Default: only the one given to `new`.
    pub fn also_assumed_by(mut self, principal: impl Into<Principal>) -> Self {
        self.assumed_by.push(principal.into());
        self
    }

    /// Attaches a managed policy by ARN. Default: none.
    pub fn managed_policy(mut self, arn: impl Into<Value<String>>) -> Self {
        self.managed_policies.push(arn.into());
        self
    }

    /// Attaches an AWS managed policy by name (`service-role/AWSLambdaBasicExecutionRole`),
    /// in the stack's partition. Default: none.
    pub fn aws_managed_policy(self, name: &str) -> Self {
        self.managed_policy(aws_managed_policy_arn(name))
    }

    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// A fixed name. Default: CloudFormation names it (a fixed name makes replacing the
    /// role fail while the old one exists).
    pub fn role_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.role_name = Some(name.into());
        self
    }

    /// The role's IAM path (`/ops/`), which its ARN includes. Default: `/`.
    pub fn iam_path(mut self, path: impl Into<String>) -> Self {
        self.iam_path = Some(path.into());
        self
    }

    /// The longest session, in seconds, 3,600 to 43,200. Default: one hour.
    pub fn max_session_duration(mut self, seconds: u32) -> Self {
        self.max_session_duration = Some(seconds);
        self
    }

    /// An inline policy of the role's own. Default: none (grants go into the role's default
    /// policy, an `AWS::IAM::Policy` of its own).
    pub fn inline_policy(mut self, name: impl Into<String>, document: PolicyDocument) -> Self {
        self.inline_policies.push((name.into(), document));
        self
    }
}

/// The ARN of an AWS managed policy, in the stack's partition.
pub fn aws_managed_policy_arn(name: &str) -> Value<String> {
    sub(format!("arn:${{AWS::Partition}}:iam::aws:policy/{name}")).into()
}

/// An IAM role: the L1 `AWS::IAM::Role` under the child id `Resource`, and, from the first
/// statement added, its default policy (`DefaultPolicy`, an `AWS::IAM::Policy` attached to
/// it) holding every statement added since, merged and in the order added.
///
/// A role derefs to its [`RoleRef`] (`arn()`, `name()`, `add_to_policy(..)`): what every
/// role, made here or imported, offers.
#[derive(Clone)]
pub struct Role {
    scope: Scope,
    resource: Resource<l1::Role>,
    reference: RoleRef,
    managed: Rc<RefCell<Vec<Value<String>>>>,
}

forma_core::construct!(Role, l1::Role);

/// A role, made in this app ([`Role::new`]) or not ([`Role::from_arn`],
/// [`Role::from_name`]): its ARN and name, and a default policy forma attaches to it from the
/// first statement added (`DefaultPolicy` under the role's node). A role that is not in the
/// app can still be given permissions this way; its trust policy and other settings stay
/// its owner's.
#[derive(Clone)]
pub struct RoleRef {
    scope: Scope,
    arn: Value<String>,
    name: Value<String>,
    state: Rc<RefCell<State>>,
}

impl std::fmt::Debug for RoleRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RoleRef({})", self.scope.path())
    }
}

#[derive(Default)]
struct State {
    policy: PolicyDocument,
    default_policy: Option<Resource<l1::Policy>>,
    /// Resources to create after the default policy, once it exists.
    dependents: Vec<AfterPolicy>,
}

/// Orders one resource after the default policy.
type AfterPolicy = Box<dyn Fn(&Resource<l1::Policy>)>;

impl Role {
    /// A role under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// let app = forma_dsl::App::new();
    /// let role = Role::new(&app.stack("Ops"), "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: RoleProps) -> Role {
        let scope = scope.as_scope().child(id);
        let trust = PolicyDocument::new()
            .statement(PolicyStatement::allow().action("sts:AssumeRole").principal_all(props.assumed_by));
        let mut role = l1::Role::new(trust);
        if let Some(d) = props.description {
            role = role.description(d);
        }
        if let Some(n) = props.role_name {
            role = role.role_name(n);
        }
        if let Some(p) = props.iam_path {
            role = role.path(p);
        }
        if let Some(s) = props.max_session_duration {
            if !MAX_SESSION_SECONDS.contains(&s) {
                scope.report(
                    Severity::Error,
                    "invalid-role",
                    format!("max_session_duration is {s} s; IAM allows 3,600 to 43,200 (1 to 12 hours)"),
                    Some("give the duration in seconds, at least one hour"),
                );
            }
            role =
                role.max_session_duration(i64::from(s.clamp(*MAX_SESSION_SECONDS.start(), *MAX_SESSION_SECONDS.end())));
        }
        if !props.inline_policies.is_empty() {
            let policies: Vec<l1::role::Policy> =
                props.inline_policies.into_iter().map(|(name, doc)| l1::role::Policy::new(doc, name)).collect();
            role = role.policies(policies);
        }
        if !props.managed_policies.is_empty() {
            role = role.managed_policy_arns(props.managed_policies.clone());
        }
        let resource = scope.add("Resource", role);
        let reference = RoleRef::with(scope.clone(), resource.arn(), resource.reference());
        Role { scope, resource, reference, managed: Rc::new(RefCell::new(props.managed_policies)) }
    }

    /// A role that is not in this app, by ARN (`arn:aws:iam::123456789012:role/ops/deployer`).
    /// Grants to it go into a policy forma attaches to it (`Id/DefaultPolicy`), which needs
    /// the role's name: taken from a literal ARN; from an ARN only known at deploy time, the
    /// part after `:role/`, so a role with a path is better imported with
    /// [`Role::from_name`].
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::Role;
    /// use forma_dsl::s3::{Bucket, BucketProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let deployer = Role::from_arn(&stack, "Deployer", "arn:aws:iam::123456789012:role/deployer");
    /// let site = Bucket::new(&stack, "Site", BucketProps::default());
    /// site.grant_read_write(&deployer);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> RoleRef {
        let scope = scope.as_scope().child(id);
        let arn = arn.into();
        let name: Value<String> = match arn.expr() {
            Expr::String(s) => match s.split_once(":role/") {
                Some((_, rest)) => rest.rsplit('/').next().unwrap_or(rest).to_owned().into(),
                None => {
                    scope.report(
                        Severity::Error,
                        "invalid-arn",
                        format!("{s:?} is not a role ARN (arn:<partition>:iam::<account>:role/<name>)"),
                        None,
                    );
                    Value::from(s.clone())
                }
            },
            _ => forma_core::intrinsic::select(1, forma_core::intrinsic::split(":role/", arn.clone())),
        };
        RoleRef::with(scope, arn, name)
    }

    /// A role of this account that is not in this app, by name; its ARN is built in the
    /// stack's partition and account (with `path`, the IAM path, when it has one: `/ops/`).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::Role;
    /// use forma_dsl::s3::{Bucket, BucketProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let deployer = Role::from_name(&stack, "Deployer", "deployer", Some("/ops/"));
    /// let site = Bucket::new(&stack, "Site", BucketProps::default());
    /// site.grant_read_write(&deployer);
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>, path: Option<&str>) -> RoleRef {
        let scope = scope.as_scope().child(id);
        let name = name.into();
        let path = path.unwrap_or("/");
        let arn: Value<String> = sub(format!("arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role{path}${{Name}}"))
            .var("Name", name.clone())
            .into();
        RoleRef::with(scope, arn, name)
    }

    /// Attaches a managed policy by ARN.
    #[track_caller]
    pub fn add_managed_policy(&self, arn: impl Into<Value<String>>) {
        let mut managed = self.managed.borrow_mut();
        let arn = arn.into();
        if !managed.contains(&arn) {
            managed.push(arn);
            let list: Value<Vec<String>> =
                Value::from_expr(Expr::List(managed.iter().map(|v| v.expr().clone()).collect()));
            self.resource.set_property("ManagedPolicyArns", list);
        }
    }
}

impl std::ops::Deref for Role {
    type Target = RoleRef;

    fn deref(&self) -> &RoleRef {
        &self.reference
    }
}

impl AsRef<RoleRef> for Role {
    fn as_ref(&self) -> &RoleRef {
        &self.reference
    }
}

impl AsRef<RoleRef> for RoleRef {
    fn as_ref(&self) -> &RoleRef {
        self
    }
}

impl RoleRef {
    fn with(scope: Scope, arn: Value<String>, name: Value<String>) -> RoleRef {
        RoleRef { scope, arn, name, state: Rc::default() }
    }

    /// The role's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The role's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// The default policy, once a statement has been added.
    pub fn default_policy(&self) -> Option<Resource<l1::Policy>> {
        self.state.borrow().default_policy.clone()
    }

    /// Adds a statement to the role's default policy, creating the policy on first use;
    /// returns the policy.
    ///
    /// A statement on a resource of another App (a grant from a construct of another App) is
    /// recorded as a `foreign-reference` error in that App too: its synthesis would not see
    /// the policy otherwise, and each App is synthesized and deployed on its own.
    #[track_caller]
    pub fn add_to_policy(&self, statement: PolicyStatement) -> Resource<l1::Policy> {
        self.refuse_foreign(&statement, std::panic::Location::caller());
        let mut state = self.state.borrow_mut();
        state.policy.add_statement(statement);
        let document: Value<forma_core::Json> = (&state.policy).into();
        match &state.default_policy {
            Some(policy) => {
                policy.set_property("PolicyDocument", document);
                policy.clone()
            }
            None => {
                let name = policy_name(&self.scope.id());
                let policy = self.scope.add("DefaultPolicy", l1::Policy::new(document, name).roles(vec![self.name()]));
                for dependent in state.dependents.drain(..) {
                    dependent(&policy);
                }
                state.default_policy = Some(policy.clone());
                policy
            }
        }
    }

    /// Reports each resource of `statement` that belongs to another App, in that App.
    fn refuse_foreign(&self, statement: &PolicyStatement, location: &'static std::panic::Location<'static>) {
        let here = &self.scope;
        let mut foreign: Vec<forma_core::value::NodeRef> = Vec::new();
        for value in statement.resource_values() {
            value.expr().walk(&mut |e| {
                if let Expr::Ref(r) | Expr::GetAtt(r, _) = e {
                    if !here.owns(r) && !foreign.contains(r) {
                        foreign.push(r.clone());
                    }
                }
            });
        }
        for r in foreign {
            let Some(path) = r.foreign_path() else { continue };
            let d = forma_core::Diagnostic::error(
                "foreign-reference",
                path,
                format!("a policy of `{}`, a role of another App, is given access to it", self.scope.path()),
            )
            .hint("grant to a role of this App: the stacks of one deployment belong to one App")
            .at(location);
            r.report_in_own_app(d);
        }
    }

    /// Creates `resource` only after the role's default policy (now, or once it exists), so
    /// that it never runs without the permissions granted to the role.
    pub fn add_dependent<R: CfnResource + 'static>(&self, resource: &Resource<R>) {
        let mut state = self.state.borrow_mut();
        match &state.default_policy {
            Some(policy) => {
                resource.add_depends_on(policy);
            }
            None => {
                let resource = resource.clone();
                state.dependents.push(Box::new(move |policy| {
                    resource.add_depends_on(policy);
                }));
            }
        }
    }
}

/// The default policy's name: the role's id and `DefaultPolicy`, in the characters IAM
/// accepts (`[\w+=,.@-]`, at most 128).
fn policy_name(role_id: &str) -> String {
    let mut name: String =
        role_id.chars().filter(|c| c.is_ascii_alphanumeric() || "+=,.@-_".contains(*c)).take(115).collect();
    name.push_str("DefaultPolicy");
    name
}
