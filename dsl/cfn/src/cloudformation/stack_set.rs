// @generated from AWS::CloudFormation::StackSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::StackSet` and its property types.

/// StackSet as a resource provides one-click experience for provisioning a StackSet and StackInstances
///
/// CloudFormation type `AWS::CloudFormation::StackSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct StackSet {
    props: ::forma_core::schema::Props,
}
impl StackSet {
    /// A new resource with its required properties: `PermissionModel`, `StackSetName`.
    ///
    /// CloudFormation also needs exactly one of `TemplateURL` or `TemplateBody`.
    #[track_caller]
    pub fn new(
        permission_model: impl ::forma_core::schema::EnumArg<PermissionModel>,
        stack_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, permission_model.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(11, stack_set_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Number (ARN) of the IAM role to use to create this stack set.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn administration_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes whether StackSets automatically deploys to AWS Organizations accounts that are added to the target organization or organizational unit (OU).
    #[track_caller]
    pub fn auto_deployment(mut self, value: impl ::std::convert::Into<::forma_core::Value<AutoDeployment>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the AWS account that you are acting from.
    #[track_caller]
    pub fn call_as(mut self, value: impl ::forma_core::schema::EnumArg<CallAs>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// In some cases, you must explicitly acknowledge that your stack set template contains certain capabilities in order for AWS CloudFormation to create the stack set and related stack instances.
    #[track_caller]
    pub fn capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Capability>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the stack set.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the IAM execution role to use to create the stack set.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn execution_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes whether StackSets performs non-conflicting operations concurrently and queues conflicting operations.
    #[track_caller]
    pub fn managed_execution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedExecution>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-specified preferences for how AWS CloudFormation performs a stack set operation.
    #[track_caller]
    pub fn operation_preferences(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OperationPreferences>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The input parameters for the stack set template.
    #[track_caller]
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Parameter>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A group of stack instances with parameters in some specific accounts and regions.
    #[track_caller]
    pub fn stack_instances_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StackInstances>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The key-value pairs to associate with this stack set and the stacks created from it.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The structure that contains the template body, with a minimum length of 1 byte and a maximum length of 51,200 bytes.
    ///
    /// Allowed: length 1 to 51200.
    #[track_caller]
    pub fn template_body(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Location of file containing the template body.
    ///
    /// Allowed: length 1 to 5120.
    #[track_caller]
    pub fn template_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StackSet {
    type Attributes = StackSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::StackSet"
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
/// The attributes of a `AWS::CloudFormation::StackSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StackSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StackSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StackSetAttributes {
    /// `Fn::GetAtt` `StackSetId`.
    pub fn stack_set_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StackSetId")
    }
}

/// The values CloudFormation documents: `SELF`, `DELEGATED_ADMIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallAs {
    /// `SELF`
    SelfValue,
    /// `DELEGATED_ADMIN`
    DelegatedAdmin,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CallAs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SelfValue => "SELF",
            Self::DelegatedAdmin => "DELEGATED_ADMIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SELF", "DELEGATED_ADMIN"]
    }
}
impl ::std::convert::From<CallAs> for ::forma_core::Value<CallAs> {
    fn from(v: CallAs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CallAs {}

/// The values CloudFormation documents: `CAPABILITY_IAM`, `CAPABILITY_NAMED_IAM`, `CAPABILITY_AUTO_EXPAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Capability {
    /// `CAPABILITY_IAM`
    CapabilityIam,
    /// `CAPABILITY_NAMED_IAM`
    CapabilityNamedIam,
    /// `CAPABILITY_AUTO_EXPAND`
    CapabilityAutoExpand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Capability {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapabilityIam => "CAPABILITY_IAM",
            Self::CapabilityNamedIam => "CAPABILITY_NAMED_IAM",
            Self::CapabilityAutoExpand => "CAPABILITY_AUTO_EXPAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]
    }
}
impl ::std::convert::From<Capability> for ::forma_core::Value<Capability> {
    fn from(v: Capability) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Capability {}

/// The values CloudFormation documents: `SERVICE_MANAGED`, `SELF_MANAGED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionModel {
    /// `SERVICE_MANAGED`
    ServiceManaged,
    /// `SELF_MANAGED`
    SelfManaged,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PermissionModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceManaged => "SERVICE_MANAGED",
            Self::SelfManaged => "SELF_MANAGED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE_MANAGED", "SELF_MANAGED"]
    }
}
impl ::std::convert::From<PermissionModel> for ::forma_core::Value<PermissionModel> {
    fn from(v: PermissionModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PermissionModel {}

/// The `AutoDeployment` property type of `AWS::CloudFormation::StackSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoDeployment {
    props: ::forma_core::schema::Props,
}
impl AutoDeployment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of StackSet ARNs that this StackSet depends on for auto-deployment operations.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If set to true, StackSets automatically deploys additional stack instances to AWS Organizations accounts that are added to a target organization or organizational unit (OU) in the specified Regions.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// If set to true, stack resources are retained when an account is removed from a target organization or OU.
    pub fn retain_stacks_on_account_removal(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoDeployment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoDeployment> for ::forma_core::Value<AutoDeployment> {
    fn from(v: AutoDeployment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_DEPLOYMENT_TYPE.properties))
    }
}

/// Describes whether StackSets performs non-conflicting operations concurrently and queues conflicting operations.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedExecution {
    props: ::forma_core::schema::Props,
}
impl ManagedExecution {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When true, StackSets performs non-conflicting operations concurrently and queues conflicting operations.
    pub fn active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedExecution {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedExecution> for ::forma_core::Value<ManagedExecution> {
    fn from(v: ManagedExecution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_EXECUTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRICT_FAILURE_TOLERANCE`, `SOFT_FAILURE_TOLERANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConcurrencyMode {
    /// `STRICT_FAILURE_TOLERANCE`
    StrictFailureTolerance,
    /// `SOFT_FAILURE_TOLERANCE`
    SoftFailureTolerance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConcurrencyMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StrictFailureTolerance => "STRICT_FAILURE_TOLERANCE",
            Self::SoftFailureTolerance => "SOFT_FAILURE_TOLERANCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"]
    }
}
impl ::std::convert::From<ConcurrencyMode> for ::forma_core::Value<ConcurrencyMode> {
    fn from(v: ConcurrencyMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConcurrencyMode {}

/// The values CloudFormation documents: `SEQUENTIAL`, `PARALLEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionConcurrencyType {
    /// `SEQUENTIAL`
    Sequential,
    /// `PARALLEL`
    Parallel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RegionConcurrencyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sequential => "SEQUENTIAL",
            Self::Parallel => "PARALLEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEQUENTIAL", "PARALLEL"]
    }
}
impl ::std::convert::From<RegionConcurrencyType> for ::forma_core::Value<RegionConcurrencyType> {
    fn from(v: RegionConcurrencyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RegionConcurrencyType {}

/// The user-specified preferences for how AWS CloudFormation performs a stack set operation.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationPreferences {
    props: ::forma_core::schema::Props,
}
impl OperationPreferences {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies how the concurrency level behaves during the operation execution.
    pub fn concurrency_mode(mut self, value: impl ::forma_core::schema::EnumArg<ConcurrencyMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `FailureToleranceCount`.
    ///
    /// Allowed: at least 0.
    pub fn failure_tolerance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FailureTolerancePercentage`.
    ///
    /// Allowed: 0 to 100.
    pub fn failure_tolerance_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxConcurrentCount`.
    ///
    /// Allowed: at least 1.
    pub fn max_concurrent_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaxConcurrentPercentage`.
    ///
    /// Allowed: 0 to 100.
    pub fn max_concurrent_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The concurrency type of deploying StackSets operations in regions, could be in parallel or one region at a time
    pub fn region_concurrency_type(mut self, value: impl ::forma_core::schema::EnumArg<RegionConcurrencyType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `RegionOrder`.
    pub fn region_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OperationPreferences {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OperationPreferences> for ::forma_core::Value<OperationPreferences> {
    fn from(v: OperationPreferences) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPERATION_PREFERENCES_TYPE.properties))
    }
}

/// The `Parameter` property type of `AWS::CloudFormation::StackSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    props: ::forma_core::schema::Props,
}
impl Parameter {
    /// A new value with its required properties: `ParameterKey`, `ParameterValue`.
    pub fn new(
        parameter_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_key.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Parameter> for ::forma_core::Value<Parameter> {
    fn from(v: Parameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_TYPE.properties))
    }
}

/// Stack instances in some specific accounts and Regions.
#[derive(Debug, Clone, PartialEq)]
pub struct StackInstances {
    props: ::forma_core::schema::Props,
}
impl StackInstances {
    /// A new value with its required properties: `DeploymentTargets`, `Regions`.
    pub fn new(
        deployment_targets: impl ::std::convert::Into<::forma_core::Value<DeploymentTargets>>,
        regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, deployment_targets.into().into_expr());
        props.set(2, regions.into().into_expr());
        Self { props }
    }
    /// A list of stack set parameters whose values you want to override in the selected stack instances.
    pub fn parameter_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Parameter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StackInstances> for ::forma_core::Value<StackInstances> {
    fn from(v: StackInstances) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STACK_INSTANCES_TYPE.properties))
    }
}

/// Tag type enables you to specify a key-value pair that can be used to store information about an AWS CloudFormation StackSet.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `UNION`, `INTERSECTION`, `DIFFERENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountFilterType {
    /// `NONE`
    None,
    /// `UNION`
    Union,
    /// `INTERSECTION`
    Intersection,
    /// `DIFFERENCE`
    Difference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccountFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Union => "UNION",
            Self::Intersection => "INTERSECTION",
            Self::Difference => "DIFFERENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "UNION", "INTERSECTION", "DIFFERENCE"]
    }
}
impl ::std::convert::From<AccountFilterType> for ::forma_core::Value<AccountFilterType> {
    fn from(v: AccountFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccountFilterType {}

/// The AWS OrganizationalUnitIds or Accounts for which to create stack instances in the specified Regions.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentTargets {
    props: ::forma_core::schema::Props,
}
impl DeploymentTargets {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The filter type you want to apply on organizational units and accounts.
    pub fn account_filter_type(mut self, value: impl ::forma_core::schema::EnumArg<AccountFilterType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// AWS accounts that you want to create stack instances in the specified Region(s) for.
    pub fn accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Returns the value of the AccountsUrl property.
    ///
    /// Allowed: length 1 to 5120.
    pub fn accounts_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The organization root ID or organizational unit (OU) IDs to which StackSets deploys.
    pub fn organizational_unit_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentTargets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentTargets> for ::forma_core::Value<DeploymentTargets> {
    fn from(v: DeploymentTargets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_TARGETS_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFormation::StackSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::StackSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdministrationRoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutoDeployment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_DEPLOYMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CallAs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SELF", "DELEGATED_ADMIN"]),
        },
        ::forma_core::schema::Property {
            name: "Capabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "CAPABILITY_IAM",
                    "CAPABILITY_NAMED_IAM",
                    "CAPABILITY_AUTO_EXPAND",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9+=,.@/-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManagedExecution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_EXECUTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OperationPreferences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPERATION_PREFERENCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PermissionModel",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE_MANAGED", "SELF_MANAGED"]),
        },
        ::forma_core::schema::Property {
            name: "StackInstancesGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STACK_INSTANCES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StackSetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9\\-]{0,127}$"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateURL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5120),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["TemplateURL"], &["TemplateBody"]])],
    attributes: &["StackSetId"],
};

static AUTO_DEPLOYMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.AutoDeployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "DependsOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RetainStacksOnAccountRemoval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MANAGED_EXECUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.ManagedExecution",
    properties: &[::forma_core::schema::Property {
        name: "Active",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static OPERATION_PREFERENCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.OperationPreferences",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConcurrencyMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"]),
        },
        ::forma_core::schema::Property {
            name: "FailureToleranceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FailureTolerancePercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrentCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrentPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RegionConcurrencyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SEQUENTIAL", "PARALLEL"]),
        },
        ::forma_core::schema::Property {
            name: "RegionOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9-]{1,128}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.Parameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STACK_INSTANCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.StackInstances",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentTargets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_TARGETS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParameterOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9-]{1,128}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)[a-zA-Z0-9\\s\\:\\_\\.\\/\\=\\+\\-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::StackSet.DeploymentTargets",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountFilterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "UNION", "INTERSECTION", "DIFFERENCE"]),
        },
        ::forma_core::schema::Property {
            name: "Accounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AccountsUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(s3://|http(s?)://).+"),
                min_length: Some(1),
                max_length: Some(5120),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnitIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};
