// @generated from AWS::ResilienceHubV2::Service (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResilienceHubV2::Service` and its property types.

/// Creates a resilience-managed service with associated systems, input sources, assertions, and service functions.
///
/// CloudFormation type `AWS::ResilienceHubV2::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    props: ::forma_core::schema::Props,
}
impl Service {
    /// A new resource with its required properties: `Name`, `Regions`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, regions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Assertions associated with this service.
    #[track_caller]
    pub fn assertions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssertionDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Systems associated with this service.
    #[track_caller]
    pub fn associated_systems(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssociatedSystem>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Dependency discovery state.
    #[track_caller]
    pub fn dependency_discovery(mut self, value: impl ::forma_core::schema::EnumArg<DependencyDiscovery>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the service.
    ///
    /// Allowed: length 0 to 615.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Links the service to an AWS DevOps Agent Agent Space.
    #[track_caller]
    pub fn dev_ops_agent_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DevOpsAgentConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Input sources for this service.
    #[track_caller]
    pub fn input_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputSourceDefinition>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key ID for encrypting service data.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PermissionModel`.
    #[track_caller]
    pub fn permission_model(mut self, value: impl ::std::convert::Into<::forma_core::Value<PermissionModel>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the resilience policy to associate.
    #[track_caller]
    pub fn policy_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for automatic report generation on a Service.
    #[track_caller]
    pub fn report_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceReportConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags assigned to the service.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Service {
    type Attributes = ServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResilienceHubV2::Service"
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
/// The attributes of a `AWS::ResilienceHubV2::Service` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceAttributes {
    /// `Fn::GetAtt` `ServiceArn`.
    pub fn service_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `EffectivePolicyValues`.
    pub fn effective_policy_values(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EffectivePolicyValues")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`, `INITIALIZING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DependencyDiscovery {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `INITIALIZING`
    Initializing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DependencyDiscovery {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Initializing => "INITIALIZING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED", "INITIALIZING"]
    }
}
impl ::std::convert::From<DependencyDiscovery> for ::forma_core::Value<DependencyDiscovery> {
    fn from(v: DependencyDiscovery) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DependencyDiscovery {}

/// An assertion about the service's resilience posture.
#[derive(Debug, Clone, PartialEq)]
pub struct AssertionDefinition {
    props: ::forma_core::schema::Props,
}
impl AssertionDefinition {
    /// A new value with its required properties: `Text`.
    pub fn new(text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssertionDefinition> for ::forma_core::Value<AssertionDefinition> {
    fn from(v: AssertionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSERTION_DEFINITION_TYPE.properties))
    }
}

/// The `AssociatedSystem` property type of `AWS::ResilienceHubV2::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociatedSystem {
    props: ::forma_core::schema::Props,
}
impl AssociatedSystem {
    /// A new value with its required properties: `SystemArn`.
    pub fn new(system_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, system_arn.into().into_expr());
        Self { props }
    }
    /// User journey IDs associated with this system.
    pub fn user_journey_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssociatedSystem> for ::forma_core::Value<AssociatedSystem> {
    fn from(v: AssociatedSystem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATED_SYSTEM_TYPE.properties))
    }
}

/// Links the service to an AWS DevOps Agent Agent Space.
#[derive(Debug, Clone, PartialEq)]
pub struct DevOpsAgentConfiguration {
    props: ::forma_core::schema::Props,
}
impl DevOpsAgentConfiguration {
    /// A new value with its required properties: `AgentSpaceArn`.
    pub fn new(agent_space_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_space_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DevOpsAgentConfiguration> for ::forma_core::Value<DevOpsAgentConfiguration> {
    fn from(v: DevOpsAgentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEV_OPS_AGENT_CONFIGURATION_TYPE.properties))
    }
}

/// An input source for the service.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSourceDefinition {
    props: ::forma_core::schema::Props,
}
impl InputSourceDefinition {
    /// A new value with its required properties: `ResourceConfiguration`.
    pub fn new(resource_configuration: impl ::std::convert::Into<::forma_core::Value<ResourceConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputSourceDefinition> for ::forma_core::Value<InputSourceDefinition> {
    fn from(v: InputSourceDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SOURCE_DEFINITION_TYPE.properties))
    }
}

/// The `PermissionModel` property type of `AWS::ResilienceHubV2::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionModel {
    props: ::forma_core::schema::Props,
}
impl PermissionModel {
    /// A new value with its required properties: `InvokerRoleName`.
    pub fn new(invoker_role_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, invoker_role_name.into().into_expr());
        Self { props }
    }
    /// Cross-account role ARNs.
    pub fn cross_account_role_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CrossAccountRoleConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PermissionModel> for ::forma_core::Value<PermissionModel> {
    fn from(v: PermissionModel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERMISSION_MODEL_TYPE.properties))
    }
}

/// Configuration for automatic report generation on a Service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceReportConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceReportConfiguration {
    /// A new value with its required properties: `ReportOutput`.
    pub fn new(
        report_output: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReportOutputConfiguration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, report_output.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceReportConfiguration> for ::forma_core::Value<ServiceReportConfiguration> {
    fn from(v: ServiceReportConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_REPORT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ResilienceHubV2::Service`.
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

/// Resource configuration for an input source.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ResourceConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `ResourceTags`, `CfnStackArn`, `TfStateFileUrl`, `Eks` or `DesignFileS3Url`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ARN of a CloudFormation stack.
    pub fn cfn_stack_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3 URL of a design file.
    pub fn design_file_s3_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Eks`.
    pub fn eks(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksSource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Resource tags to discover resources.
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// URL of a Terraform state file.
    pub fn tf_state_file_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceConfiguration> for ::forma_core::Value<ResourceConfiguration> {
    fn from(v: ResourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `CrossAccountRoleConfiguration` property type of `AWS::ResilienceHubV2::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossAccountRoleConfiguration {
    props: ::forma_core::schema::Props,
}
impl CrossAccountRoleConfiguration {
    /// A new value with its required properties: `CrossAccountRoleArn`.
    pub fn new(cross_account_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cross_account_role_arn.into().into_expr());
        Self { props }
    }
    /// External ID for cross-account access.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CrossAccountRoleConfiguration> for ::forma_core::Value<CrossAccountRoleConfiguration> {
    fn from(v: CrossAccountRoleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_ACCOUNT_ROLE_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for a report output destination.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReportOutputConfiguration {
    /// A new value with its required properties: `S3`.
    pub fn new(s3: impl ::std::convert::Into<::forma_core::Value<S3ReportOutputConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReportOutputConfiguration> for ::forma_core::Value<ReportOutputConfiguration> {
    fn from(v: ReportOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `EksSource` property type of `AWS::ResilienceHubV2::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksSource {
    props: ::forma_core::schema::Props,
}
impl EksSource {
    /// A new value with its required properties: `ClusterArn`, `Namespaces`.
    pub fn new(
        cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespaces: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cluster_arn.into().into_expr());
        props.set(2, namespaces.into().into_expr());
        Self { props }
    }
    /// Kubernetes label selector that scopes discovery to matching objects in the specified namespaces.
    pub fn label_selector(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksLabelSelector>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksSource> for ::forma_core::Value<EksSource> {
    fn from(v: EksSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_SOURCE_TYPE.properties))
    }
}

/// The `ResourceTag` property type of `AWS::ResilienceHubV2::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTag {
    props: ::forma_core::schema::Props,
}
impl ResourceTag {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceTag> for ::forma_core::Value<ResourceTag> {
    fn from(v: ResourceTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_TYPE.properties))
    }
}

/// S3 configuration for report output.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ReportOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3ReportOutputConfiguration {
    /// A new value with its required properties: `BucketOwner`, `BucketPath`.
    pub fn new(
        bucket_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bucket_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_owner.into().into_expr());
        props.set(1, bucket_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3ReportOutputConfiguration> for ::forma_core::Value<S3ReportOutputConfiguration> {
    fn from(v: S3ReportOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_REPORT_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Kubernetes label selector that scopes discovery to matching objects in the specified namespaces.
#[derive(Debug, Clone, PartialEq)]
pub struct EksLabelSelector {
    props: ::forma_core::schema::Props,
}
impl EksLabelSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Label selector requirements an object must satisfy to be discovered.
    pub fn match_expressions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EksLabelSelectorRequirement>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Label key/value pairs an object must carry to be discovered.
    pub fn match_labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksLabelSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksLabelSelector> for ::forma_core::Value<EksLabelSelector> {
    fn from(v: EksLabelSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_LABEL_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IN`, `NOT_IN`, `EXISTS`, `DOES_NOT_EXIST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `IN`
    In,
    /// `NOT_IN`
    NotIn,
    /// `EXISTS`
    Exists,
    /// `DOES_NOT_EXIST`
    DoesNotExist,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::In => "IN",
            Self::NotIn => "NOT_IN",
            Self::Exists => "EXISTS",
            Self::DoesNotExist => "DOES_NOT_EXIST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IN", "NOT_IN", "EXISTS", "DOES_NOT_EXIST"]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// A single label selector requirement.
#[derive(Debug, Clone, PartialEq)]
pub struct EksLabelSelectorRequirement {
    props: ::forma_core::schema::Props,
}
impl EksLabelSelectorRequirement {
    /// A new value with its required properties: `Key`, `Operator`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator: impl ::forma_core::schema::EnumArg<Operator>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, operator.into_enum_expr());
        Self { props }
    }
    /// Label values the requirement compares against.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksLabelSelectorRequirement> for ::forma_core::Value<EksLabelSelectorRequirement> {
    fn from(v: EksLabelSelectorRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_LABEL_SELECTOR_REQUIREMENT_TYPE.properties))
    }
}

/// The schema of `AWS::ResilienceHubV2::Service`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ResilienceHubV2::Service",
properties: &[
::forma_core::schema::Property { name: "Assertions", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ASSERTION_DEFINITION_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) }) },
::forma_core::schema::Property { name: "AssociatedSystems", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ASSOCIATED_SYSTEM_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) }) },
::forma_core::schema::Property { name: "DependencyDiscovery", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED", "INITIALIZING"]) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(615) }) },
::forma_core::schema::Property { name: "DevOpsAgentConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEV_OPS_AGENT_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "InputSources", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&INPUT_SOURCE_DEFINITION_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key/[a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+)))|([a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+))$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "PermissionModel", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PERMISSION_MODEL_TYPE) },
::forma_core::schema::Property { name: "PolicyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Regions", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]$"), min_length: Some(6), max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "ReportConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SERVICE_REPORT_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["ServiceArn", "CreatedAt", "UpdatedAt", "EffectivePolicyValues"],
};

static ASSERTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.AssertionDefinition",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1000),
        }),
    }],
    rules: &[],
};

static ASSOCIATED_SYSTEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHubV2::Service.AssociatedSystem",
properties: &[
::forma_core::schema::Property { name: "SystemArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "UserJourneyIds", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^\\S{1,255}$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
};

static DEV_OPS_AGENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHubV2::Service.DevOpsAgentConfiguration",
properties: &[
::forma_core::schema::Property { name: "AgentSpaceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static INPUT_SOURCE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.InputSourceDefinition",
    properties: &[::forma_core::schema::Property {
        name: "ResourceConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RESOURCE_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PERMISSION_MODEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.PermissionModel",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrossAccountRoleArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CROSS_ACCOUNT_ROLE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InvokerRoleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(([A-Za-z0-9_+=,.@\\-]+/){1,511})?[A-Za-z0-9_+=,.@\\-]{1,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SERVICE_REPORT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.ServiceReportConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ReportOutput",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&REPORT_OUTPUT_CONFIGURATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static RESOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHubV2::Service.ResourceConfiguration",
properties: &[
::forma_core::schema::Property { name: "CfnStackArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DesignFileS3Url", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Eks", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&EKS_SOURCE_TYPE) },
::forma_core::schema::Property { name: "ResourceTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "TfStateFileUrl", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
],
rules: &[::forma_core::schema::Combination::OneOf(&[&["ResourceTags"], &["CfnStackArn"], &["TfStateFileUrl"], &["Eks"], &["DesignFileS3Url"]])],
};

static CROSS_ACCOUNT_ROLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHubV2::Service.CrossAccountRoleConfiguration",
properties: &[
::forma_core::schema::Property { name: "CrossAccountRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):iam::[0-9]{12}:role\\/(([^\\/][\\x21-\\x7E]+\\/){1,511})?[A-Za-z0-9_+=,.@-]{1,64}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ExternalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
],
rules: &[],
};

static REPORT_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.ReportOutputConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_REPORT_OUTPUT_CONFIGURATION_TYPE),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["S3"]])],
};

static EKS_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHubV2::Service.EksSource",
properties: &[
::forma_core::schema::Property { name: "ClusterArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LabelSelector", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&EKS_LABEL_SELECTOR_TYPE) },
::forma_core::schema::Property { name: "Namespaces", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
],
rules: &[],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.ResourceTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static S3_REPORT_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.S3ReportOutputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(s3://)?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"),
                min_length: Some(3),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static EKS_LABEL_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.EksLabelSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchExpressions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EKS_LABEL_SELECTOR_REQUIREMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(63) },
            )),
        },
    ],
    rules: &[],
};

static EKS_LABEL_SELECTOR_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Service.EksLabelSelectorRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,61}[a-zA-Z0-9])?$",
                ),
                min_length: Some(1),
                max_length: Some(317),
            }),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IN", "NOT_IN", "EXISTS", "DOES_NOT_EXIST"]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(63),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};
