//! `logs::LogGroup`: a log group whose retention is always set.

use forma_cfn::logs as l1;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

use crate::iam::{Grant, Grantable, PolicyStatement};
use crate::kms::Key;

/// How long CloudWatch Logs keeps events: the periods it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Retention {
    OneDay,
    ThreeDays,
    FiveDays,
    OneWeek,
    TwoWeeks,
    #[default]
    OneMonth,
    TwoMonths,
    ThreeMonths,
    SixMonths,
    OneYear,
    EighteenMonths,
    TwoYears,
    FiveYears,
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
#[derive(Debug, Clone)]
pub struct LogGroup {
    scope: Scope,
    resource: Resource<l1::LogGroup>,
}

impl LogGroup {
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
        LogGroup { scope, resource }
    }

    /// The log group's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The log group's ARN (it ends in `:*`, covering its streams).
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The L1 `AWS::Logs::LogGroup`, for anything this construct does not offer.
    pub fn resource(&self) -> &Resource<l1::LogGroup> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Lets `grantee` create streams and put events.
    #[track_caller]
    pub fn grant_write(&self, grantee: &impl Grantable) -> Grant {
        Grant::new(
            grantee,
            PolicyStatement::allow().actions(["logs:CreateLogStream", "logs:PutLogEvents"]).resource(self.arn()),
        )
    }
}
