// @generated from AWS::ARCRegionSwitch::Plan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ARCRegionSwitch::Plan` and its property types.

/// Represents a plan that specifies Regions, IAM roles, and workflows of logic required to perform the desired change to your multi-Region application
///
/// CloudFormation type `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    props: ::forma_core::schema::Props,
}
impl Plan {
    /// A new resource with its required properties: `ExecutionRole`, `Name`, `RecoveryApproach`, `Regions`, `Workflows`.
    #[track_caller]
    pub fn new(
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recovery_approach: impl ::forma_core::schema::EnumArg<RecoveryApproach>,
        regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        workflows: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Workflow>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, execution_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, recovery_approach.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, regions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, workflows.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AssociatedAlarms`.
    #[track_caller]
    pub fn associated_alarms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrimaryRegion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn primary_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RecoveryTimeObjectiveMinutes`.
    ///
    /// Allowed: 1 to 10080.
    #[track_caller]
    pub fn recovery_time_objective_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReportConfiguration`.
    #[track_caller]
    pub fn report_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReportConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceQuotaChecksEnabled`.
    #[track_caller]
    pub fn service_quota_checks_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Triggers`.
    #[track_caller]
    pub fn triggers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Trigger>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Plan {
    type Attributes = PlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::ARCRegionSwitch::Plan"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::ARCRegionSwitch::Plan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PlanAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Owner`.
    pub fn owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Owner")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `HealthChecksForPlan`.
    pub fn health_checks_for_plan(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HealthChecksForPlan")
    }
    /// `Fn::GetAtt` `Route53HealthChecks`.
    pub fn route53_health_checks(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Route53HealthChecks")
    }
    /// `Fn::GetAtt` `PlanHealthChecks`.
    pub fn plan_health_checks(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "PlanHealthChecks")
    }
}

/// The values CloudFormation documents: `activeActive`, `activePassive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecoveryApproach {
    /// `activeActive`
    ActiveActive,
    /// `activePassive`
    ActivePassive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecoveryApproach {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActiveActive => "activeActive",
            Self::ActivePassive => "activePassive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["activeActive", "activePassive"]
    }
}
impl ::std::convert::From<RecoveryApproach> for ::forma_core::Value<RecoveryApproach> {
    fn from(v: RecoveryApproach) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecoveryApproach {}

/// The values CloudFormation documents: `applicationHealth`, `trigger`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AlarmType {
    /// `applicationHealth`
    ApplicationHealth,
    /// `trigger`
    Trigger,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AlarmType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplicationHealth => "applicationHealth",
            Self::Trigger => "trigger",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["applicationHealth", "trigger"]
    }
}
impl ::std::convert::From<AlarmType> for ::forma_core::Value<AlarmType> {
    fn from(v: AlarmType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AlarmType {}

/// The `AssociatedAlarm` property type of `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociatedAlarm {
    props: ::forma_core::schema::Props,
}
impl AssociatedAlarm {
    /// A new value with its required properties: `AlarmType`, `ResourceIdentifier`.
    pub fn new(
        alarm_type: impl ::forma_core::schema::EnumArg<AlarmType>,
        resource_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_type.into_enum_expr());
        props.set(3, resource_identifier.into().into_expr());
        Self { props }
    }
    /// `CrossAccountRole`.
    pub fn cross_account_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExternalId`.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssociatedAlarm> for ::forma_core::Value<AssociatedAlarm> {
    fn from(v: AssociatedAlarm) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATED_ALARM_TYPE.properties))
    }
}

/// The `ReportConfiguration` property type of `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReportConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReportOutput`.
    pub fn report_output(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReportConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReportConfiguration> for ::forma_core::Value<ReportConfiguration> {
    fn from(v: ReportConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `activate`, `deactivate`, `postRecovery`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowTargetAction {
    /// `activate`
    Activate,
    /// `deactivate`
    Deactivate,
    /// `postRecovery`
    PostRecovery,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkflowTargetAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Activate => "activate",
            Self::Deactivate => "deactivate",
            Self::PostRecovery => "postRecovery",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["activate", "deactivate", "postRecovery"]
    }
}
impl ::std::convert::From<WorkflowTargetAction> for ::forma_core::Value<WorkflowTargetAction> {
    fn from(v: WorkflowTargetAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkflowTargetAction {}

/// The `Trigger` property type of `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    props: ::forma_core::schema::Props,
}
impl Trigger {
    /// A new value with its required properties: `Action`, `Conditions`, `MinDelayMinutesBetweenExecutions`, `TargetRegion`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<WorkflowTargetAction>,
        conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TriggerCondition>>>,
        min_delay_minutes_between_executions: impl ::std::convert::Into<::forma_core::Value<f64>>,
        target_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, conditions.into().into_expr());
        props.set(3, min_delay_minutes_between_executions.into().into_expr());
        props.set(4, target_region.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Trigger> for ::forma_core::Value<Trigger> {
    fn from(v: Trigger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_TYPE.properties))
    }
}

/// The `Workflow` property type of `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    props: ::forma_core::schema::Props,
}
impl Workflow {
    /// A new value with its required properties: `WorkflowTargetAction`.
    pub fn new(workflow_target_action: impl ::forma_core::schema::EnumArg<WorkflowTargetAction>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, workflow_target_action.into_enum_expr());
        Self { props }
    }
    /// `Steps`.
    pub fn steps(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Step>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `WorkflowDescription`.
    pub fn workflow_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WorkflowTargetRegion`.
    pub fn workflow_target_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Workflow> for ::forma_core::Value<Workflow> {
    fn from(v: Workflow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_TYPE.properties))
    }
}

/// The values CloudFormation documents: `red`, `green`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AlarmCondition {
    /// `red`
    Red,
    /// `green`
    Green,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AlarmCondition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["red", "green"]
    }
}
impl ::std::convert::From<AlarmCondition> for ::forma_core::Value<AlarmCondition> {
    fn from(v: AlarmCondition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AlarmCondition {}

/// The `TriggerCondition` property type of `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerCondition {
    props: ::forma_core::schema::Props,
}
impl TriggerCondition {
    /// A new value with its required properties: `AssociatedAlarmName`, `Condition`.
    pub fn new(
        associated_alarm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition: impl ::forma_core::schema::EnumArg<AlarmCondition>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, associated_alarm_name.into().into_expr());
        props.set(1, condition.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TriggerCondition> for ::forma_core::Value<TriggerCondition> {
    fn from(v: TriggerCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ARCRegionSwitchPlan`, `ARCRoutingControl`, `AuroraGlobalDatabase`, `AuroraProvisionedScaling`, `AuroraServerlessScaling`, `CustomActionLambda`, `DocumentDb`, `EC2AutoScaling`, `ECSServiceScaling`, `EKSResourceScaling`, `LambdaEventSourceMapping`, `ManualApproval`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionBlockType {
    /// `ARCRegionSwitchPlan`
    ArcRegionSwitchPlan,
    /// `ARCRoutingControl`
    ArcRoutingControl,
    /// `AuroraGlobalDatabase`
    AuroraGlobalDatabase,
    /// `AuroraProvisionedScaling`
    AuroraProvisionedScaling,
    /// `AuroraServerlessScaling`
    AuroraServerlessScaling,
    /// `CustomActionLambda`
    CustomActionLambda,
    /// `DocumentDb`
    DocumentDb,
    /// `EC2AutoScaling`
    Ec2AutoScaling,
    /// `ECSServiceScaling`
    EcsServiceScaling,
    /// `EKSResourceScaling`
    EksResourceScaling,
    /// `LambdaEventSourceMapping`
    LambdaEventSourceMapping,
    /// `ManualApproval`
    ManualApproval,
    /// `NeptuneGlobalDatabase`
    NeptuneGlobalDatabase,
    /// `Parallel`
    Parallel,
    /// `RdsCreateCrossRegionReplica`
    RdsCreateCrossRegionReplica,
    /// `RdsPromoteReadReplica`
    RdsPromoteReadReplica,
    /// `RdsSwitchoverReadReplica`
    RdsSwitchoverReadReplica,
    /// `Route53HealthCheck`
    Route53HealthCheck,
    /// `SSMSendCommand`
    SsmSendCommand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExecutionBlockType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ArcRegionSwitchPlan => "ARCRegionSwitchPlan",
            Self::ArcRoutingControl => "ARCRoutingControl",
            Self::AuroraGlobalDatabase => "AuroraGlobalDatabase",
            Self::AuroraProvisionedScaling => "AuroraProvisionedScaling",
            Self::AuroraServerlessScaling => "AuroraServerlessScaling",
            Self::CustomActionLambda => "CustomActionLambda",
            Self::DocumentDb => "DocumentDb",
            Self::Ec2AutoScaling => "EC2AutoScaling",
            Self::EcsServiceScaling => "ECSServiceScaling",
            Self::EksResourceScaling => "EKSResourceScaling",
            Self::LambdaEventSourceMapping => "LambdaEventSourceMapping",
            Self::ManualApproval => "ManualApproval",
            Self::NeptuneGlobalDatabase => "NeptuneGlobalDatabase",
            Self::Parallel => "Parallel",
            Self::RdsCreateCrossRegionReplica => "RdsCreateCrossRegionReplica",
            Self::RdsPromoteReadReplica => "RdsPromoteReadReplica",
            Self::RdsSwitchoverReadReplica => "RdsSwitchoverReadReplica",
            Self::Route53HealthCheck => "Route53HealthCheck",
            Self::SsmSendCommand => "SSMSendCommand",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ARCRegionSwitchPlan",
            "ARCRoutingControl",
            "AuroraGlobalDatabase",
            "AuroraProvisionedScaling",
            "AuroraServerlessScaling",
            "CustomActionLambda",
            "DocumentDb",
            "EC2AutoScaling",
            "ECSServiceScaling",
            "EKSResourceScaling",
            "LambdaEventSourceMapping",
            "ManualApproval",
            "NeptuneGlobalDatabase",
            "Parallel",
            "RdsCreateCrossRegionReplica",
            "RdsPromoteReadReplica",
            "RdsSwitchoverReadReplica",
            "Route53HealthCheck",
            "SSMSendCommand",
        ]
    }
}
impl ::std::convert::From<ExecutionBlockType> for ::forma_core::Value<ExecutionBlockType> {
    fn from(v: ExecutionBlockType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExecutionBlockType {}

/// The `Step` property type of `AWS::ARCRegionSwitch::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    props: ::forma_core::schema::Props,
}
impl Step {
    /// A new value with its required properties: `ExecutionBlockConfiguration`, `ExecutionBlockType`, `Name`.
    pub fn new(
        execution_block_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        execution_block_type: impl ::forma_core::schema::EnumArg<ExecutionBlockType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, execution_block_configuration.into().into_expr());
        props.set(2, execution_block_type.into_enum_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Step> for ::forma_core::Value<Step> {
    fn from(v: Step) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STEP_TYPE.properties))
    }
}

/// The schema of `AWS::ARCRegionSwitch::Plan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ARCRegionSwitch::Plan",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedAlarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&ASSOCIATED_ALARM_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z0-9-]*:iam::[0-9]{12}:role/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryRegion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]{2}-[a-z-]+-\\d+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecoveryApproach",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["activeActive", "activePassive"]),
        },
        ::forma_core::schema::Property {
            name: "RecoveryTimeObjectiveMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10080.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{2}-[a-z-]+-\\d+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReportConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPORT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceQuotaChecksEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Triggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRIGGER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Workflows",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORKFLOW_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Owner", "Version", "HealthChecksForPlan", "Route53HealthChecks", "PlanHealthChecks"],
};

static ASSOCIATED_ALARM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCRegionSwitch::Plan.AssociatedAlarm",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["applicationHealth", "trigger"]),
        },
        ::forma_core::schema::Property {
            name: "CrossAccountRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z0-9-]*:iam::[0-9]{12}:role/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static REPORT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCRegionSwitch::Plan.ReportConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ReportOutput",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Json,
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static TRIGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCRegionSwitch::Plan.Trigger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["activate", "deactivate", "postRecovery"]),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRIGGER_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MinDelayMinutesBetweenExecutions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]{2}-[a-z-]+-\\d+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static WORKFLOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCRegionSwitch::Plan.Workflow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Steps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STEP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkflowDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WorkflowTargetAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["activate", "deactivate", "postRecovery"]),
        },
        ::forma_core::schema::Property {
            name: "WorkflowTargetRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]{2}-[a-z-]+-\\d+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TRIGGER_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCRegionSwitch::Plan.TriggerCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedAlarmName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Condition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["red", "green"]),
        },
    ],
    rules: &[],
};

static STEP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCRegionSwitch::Plan.Step",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExecutionBlockConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ExecutionBlockType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ARCRegionSwitchPlan",
                "ARCRoutingControl",
                "AuroraGlobalDatabase",
                "AuroraProvisionedScaling",
                "AuroraServerlessScaling",
                "CustomActionLambda",
                "DocumentDb",
                "EC2AutoScaling",
                "ECSServiceScaling",
                "EKSResourceScaling",
                "LambdaEventSourceMapping",
                "ManualApproval",
                "NeptuneGlobalDatabase",
                "Parallel",
                "RdsCreateCrossRegionReplica",
                "RdsPromoteReadReplica",
                "RdsSwitchoverReadReplica",
                "Route53HealthCheck",
                "SSMSendCommand",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
