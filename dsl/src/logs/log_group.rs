//! `logs::LogGroup`: a log group whose retention is always set.

use forma_cfn::logs as l1;
use forma_core::intrinsic::sub;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess};
use crate::kms::Key;

/// How long CloudWatch Logs keeps events: the periods it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Retention {
    /// 1 day.
    OneDay,
    /// 3 days.
    ThreeDays,
    /// 5 days.
    FiveDays,
    /// 7 days.
    OneWeek,
    /// 14 days.
    TwoWeeks,
    /// 30 days (the default).
    #[default]
    OneMonth,
    /// 60 days.
    TwoMonths,
    /// 90 days.
    ThreeMonths,
    /// 180 days.
    SixMonths,
    /// 365 days.
    OneYear,
    /// 545 days.
    EighteenMonths,
    /// 731 days.
    TwoYears,
    /// 1827 days.
    FiveYears,
    /// 3653 days.
    TenYears,
}

impl Retention {
    /// The period in days.
    pub fn days(self) -> i64 {
        match self {
            Retention::OneDay => 1,
            Retention::ThreeDays => 3,
            Retention::FiveDays => 5,
            Retention::OneWeek => 7,
            Retention::TwoWeeks => 14,
            Retention::OneMonth => 30,
            Retention::TwoMonths => 60,
            Retention::ThreeMonths => 90,
            Retention::SixMonths => 180,
            Retention::OneYear => 365,
            Retention::EighteenMonths => 545,
            Retention::TwoYears => 731,
            Retention::FiveYears => 1827,
            Retention::TenYears => 3653,
        }
    }
}

/// What a [`LogGroup`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct LogGroupProps {
    log_group_name: Option<Value<String>>,
    retention: Retention,
    key: Option<Key>,
    removal_policy: Option<RemovalPolicy>,
}

impl LogGroupProps {
    /// A fixed name (`/aws/lambda/my-function`). Default: CloudFormation names it.
    pub fn log_group_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.log_group_name = Some(name.into());
        self
    }

    /// Default: `Retention::OneMonth`.
    pub fn retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    /// Encrypts the events with a customer-managed key (whose policy must let CloudWatch
    /// Logs use it). Default: encrypted with keys CloudWatch Logs manages.
    pub fn encryption_key(mut self, key: &Key) -> Self {
        self.key = Some(key.clone());
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the logs until their
    /// retention ends.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }
}

/// A CloudWatch Logs log group: the L1 `AWS::Logs::LogGroup` under the child id `Resource`.
/// It derefs to its [`LogGroupRef`]; grants on it are the methods of [`AsLogGroup`].
#[derive(Clone)]
pub struct LogGroup {
    scope: Scope,
    resource: Resource<l1::LogGroup>,
    reference: LogGroupRef,
}

forma_core::construct!(LogGroup, l1::LogGroup);

/// A log group, made in this app or not ([`LogGroup::from_name`]): its name and ARN.
#[derive(Clone)]
pub struct LogGroupRef {
    name: Value<String>,
    arn: Value<String>,
    target: GrantTarget,
}

impl std::fmt::Debug for LogGroupRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LogGroupRef({})", self.target.scope.path())
    }
}

impl LogGroup {
    /// A log group under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::logs::{LogGroup, LogGroupProps, Retention};
    /// let app = forma_dsl::App::new();
    /// let audit = LogGroup::new(&app.stack("Ops"), "Audit", LogGroupProps::default().retention(Retention::OneYear));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: LogGroupProps) -> LogGroup {
        let scope = scope.as_scope().child(id);
        let mut group = l1::LogGroup::new().retention_in_days(props.retention.days());
        if let Some(name) = props.log_group_name {
            group = group.log_group_name(name);
        }
        if let Some(key) = &props.key {
            group = group.kms_key_id(key.arn());
        }
        let resource = scope.add("Resource", group);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        let reference = LogGroupRef {
            name: resource.reference(),
            arn: resource.arn(),
            target: GrantTarget::new(scope.clone(), PolicyAccess::NONE),
        };
        LogGroup { scope, resource, reference }
    }

    /// A log group of this account and region that is not in this app, by name.
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::logs::LogGroup;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Ops");
    /// let audit = LogGroup::from_name(&stack, "Audit", "/acme/audit");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// audit.grant_write(&role);
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> LogGroupRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Name}:*")
            .var("Name", name.clone())
            .into();
        LogGroupRef { name, arn, target: GrantTarget::new(scope.as_scope().child(id), PolicyAccess::NONE) }
    }
}

impl std::ops::Deref for LogGroup {
    type Target = LogGroupRef;

    fn deref(&self) -> &LogGroupRef {
        &self.reference
    }
}

impl LogGroupRef {
    /// The log group's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// The log group's ARN (it ends in `:*`, covering its streams).
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }
}

/// Any log group: a [`LogGroup`], an imported [`LogGroupRef`], or the L1
/// `AWS::Logs::LogGroup`. Grants on a log group are its methods.
pub trait AsLogGroup {
    /// The log group, as a reference.
    fn as_log_group(&self) -> LogGroupRef;

    /// Lets `grantee` create streams and put events.
    #[track_caller]
    fn grant_write(&self, grantee: &impl Grantable) -> Grant {
        let group = self.as_log_group();
        group.target.grant(grantee, &["logs:CreateLogStream", "logs:PutLogEvents"], vec![group.arn()], &[])
    }
}

impl AsLogGroup for LogGroupRef {
    fn as_log_group(&self) -> LogGroupRef {
        self.clone()
    }
}

impl AsLogGroup for LogGroup {
    fn as_log_group(&self) -> LogGroupRef {
        self.reference.clone()
    }
}

impl AsLogGroup for Resource<l1::LogGroup> {
    fn as_log_group(&self) -> LogGroupRef {
        LogGroupRef {
            name: self.reference(),
            arn: self.arn(),
            target: GrantTarget::new(self.scope().clone(), PolicyAccess::NONE),
        }
    }
}
