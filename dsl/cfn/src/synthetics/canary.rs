// @generated from AWS::Synthetics::Canary (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Synthetics::Canary` and its property types.

/// Resource Type definition for AWS::Synthetics::Canary
///
/// CloudFormation type `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct Canary {
    props: ::forma_core::schema::Props,
}
impl Canary {
    /// A new resource with its required properties: `ArtifactS3Location`, `Code`, `ExecutionRoleArn`, `Name`, `RuntimeVersion`, `Schedule`.
    #[track_caller]
    pub fn new(
        artifact_s3_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        code: impl ::std::convert::Into<::forma_core::Value<Code>>,
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        runtime_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule: impl ::std::convert::Into<::forma_core::Value<Schedule>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, artifact_s3_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, code.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, runtime_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, schedule.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Provide artifact configuration
    #[track_caller]
    pub fn artifact_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ArtifactConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of browser configurations for the canary
    #[track_caller]
    pub fn browser_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BrowserConfig>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Deletes associated lambda resources created by Synthetics if set to True.
    #[track_caller]
    pub fn delete_lambda_resources_on_canary_deletion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Setting to control if UpdateCanary will perform a DryRun and validate it is PASSING before performing the Update.
    #[track_caller]
    pub fn dry_run_and_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Retention period of failed canary runs represented in number of days
    #[track_caller]
    pub fn failure_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// KMS key ARN for encrypting the canary's Lambda function environment variables at rest.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Setting to control if provisioned resources created by Synthetics are deleted alongside the canary.
    #[track_caller]
    pub fn provisioned_resource_cleanup(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ProvisionedResourceCleanup>,
    ) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of replica locations for multi-location canary execution
    #[track_caller]
    pub fn replicas(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Replica>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of resources which canary tags should be replicated to.
    #[track_caller]
    pub fn resources_to_replicate_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceToTag>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provide canary run configuration
    #[track_caller]
    pub fn run_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<RunConfig>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Runs canary if set to True.
    #[track_caller]
    pub fn start_canary_after_creation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Retention period of successful canary runs represented in number of days
    #[track_caller]
    pub fn success_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provide VPC Configuration if enabled.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Visual reference configuration for visual testing
    #[track_caller]
    pub fn visual_reference(mut self, value: impl ::std::convert::Into<::forma_core::Value<VisualReference>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of visual references for the canary
    #[track_caller]
    pub fn visual_references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VisualReference>>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Canary {
    type Attributes = CanaryAttributes;
    fn type_name(&self) -> &str {
        "AWS::Synthetics::Canary"
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
/// The attributes of a `AWS::Synthetics::Canary` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CanaryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CanaryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CanaryAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Code.SourceLocationArn`.
    pub fn code_source_location_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Code.SourceLocationArn")
    }
    /// `Fn::GetAtt` `Replicas.*.VpcConfig.VpcId`.
    pub fn replicas_vpc_config_vpc_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Replicas.*.VpcConfig.VpcId")
    }
    /// `Fn::GetAtt` `Replicas.*.CanaryState`.
    pub fn replicas_canary_state(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Replicas.*.CanaryState")
    }
    /// `Fn::GetAtt` `Replicas.*.LastModified`.
    pub fn replicas_last_modified(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Replicas.*.LastModified")
    }
    /// `Fn::GetAtt` `Replicas.*.ReplicationStatus`.
    pub fn replicas_replication_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Replicas.*.ReplicationStatus")
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `OFF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProvisionedResourceCleanup {
    /// `AUTOMATIC`
    Automatic,
    /// `OFF`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProvisionedResourceCleanup {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Off => "OFF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "OFF"]
    }
}
impl ::std::convert::From<ProvisionedResourceCleanup> for ::forma_core::Value<ProvisionedResourceCleanup> {
    fn from(v: ProvisionedResourceCleanup) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProvisionedResourceCleanup {}

/// The values CloudFormation documents: `lambda-function`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceToTag {
    /// `lambda-function`
    LambdaFunction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceToTag {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LambdaFunction => "lambda-function",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["lambda-function"]
    }
}
impl ::std::convert::From<ResourceToTag> for ::forma_core::Value<ResourceToTag> {
    fn from(v: ResourceToTag) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceToTag {}

/// The `ArtifactConfig` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtifactConfig {
    props: ::forma_core::schema::Props,
}
impl ArtifactConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Encryption configuration for uploading artifacts to S3
    pub fn s3_encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Encryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArtifactConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArtifactConfig> for ::forma_core::Value<ArtifactConfig> {
    fn from(v: ArtifactConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARTIFACT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CHROME`, `FIREFOX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BrowserType {
    /// `CHROME`
    Chrome,
    /// `FIREFOX`
    Firefox,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BrowserType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chrome => "CHROME",
            Self::Firefox => "FIREFOX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CHROME", "FIREFOX"]
    }
}
impl ::std::convert::From<BrowserType> for ::forma_core::Value<BrowserType> {
    fn from(v: BrowserType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BrowserType {}

/// The `BrowserConfig` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserConfig {
    props: ::forma_core::schema::Props,
}
impl BrowserConfig {
    /// A new value with its required properties: `BrowserType`.
    pub fn new(browser_type: impl ::forma_core::schema::EnumArg<BrowserType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, browser_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<BrowserConfig> for ::forma_core::Value<BrowserConfig> {
    fn from(v: BrowserConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROWSER_CONFIG_TYPE.properties))
    }
}

/// The `Code` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    props: ::forma_core::schema::Props,
}
impl Code {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of: `Handler`, `S3Bucket` and `S3Key`; or `BlueprintTypes`, `S3Bucket` and `S3Key`; or `Handler` and `Script`; or `BlueprintTypes` and `Script`; or `Handler`; or `BlueprintTypes`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlueprintTypes`.
    pub fn blueprint_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of Lambda layers to attach to the canary
    pub fn dependencies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dependency>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Handler`.
    ///
    /// Allowed: length 0 to 128.
    pub fn handler(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3Bucket`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `S3Key`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `S3ObjectVersion`.
    pub fn s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Script`.
    pub fn script(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SourceLocationArn`.
    pub fn source_location_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Code {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Code> for ::forma_core::Value<Code> {
    fn from(v: Code) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_TYPE.properties))
    }
}

/// Configuration and status for a replica location in a multi-location canary
#[derive(Debug, Clone, PartialEq)]
pub struct Replica {
    props: ::forma_core::schema::Props,
}
impl Replica {
    /// A new value with its required properties: `Location`.
    pub fn new(location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, location.into().into_expr());
        Self { props }
    }
    /// State of the replica canary (CREATING, READY, RUNNING, etc.)
    pub fn canary_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// ARN of the KMS key used to encrypt the replica canary's Lambda function environment variables
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Last modified timestamp of the replica
    pub fn last_modified(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Replication status for this replica
    pub fn replication_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicaReplicationStatus>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Resources to replicate tags to for this replica (e.g., lambda-function)
    pub fn resources_to_replicate_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceToTag>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Tags to apply to this replica canary and optionally its Lambda function
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// VPC configuration for this replica location
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Replica> for ::forma_core::Value<Replica> {
    fn from(v: Replica) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_TYPE.properties))
    }
}

/// The `RunConfig` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunConfig {
    props: ::forma_core::schema::Props,
}
impl RunConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enable active tracing if set to true
    pub fn active_tracing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Environment variable key-value pairs.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Provide ephemeralStorage available for canary in MB
    ///
    /// Allowed: 1024 to 10240.
    pub fn ephemeral_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Provide maximum memory available for canary in MB
    ///
    /// Allowed: 960 to 3008.
    pub fn memory_in_mb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Provide maximum canary timeout per run in seconds
    ///
    /// Allowed: 3 to 840.
    pub fn timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RunConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RunConfig> for ::forma_core::Value<RunConfig> {
    fn from(v: RunConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUN_CONFIG_TYPE.properties))
    }
}

/// The `Schedule` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value with its required properties: `Expression`.
    pub fn new(expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, expression.into().into_expr());
        Self { props }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 31622400.
    pub fn duration_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provide canary auto retry configuration
    pub fn retry_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The `VPCConfig` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, security_group_ids.into().into_expr());
        props.set(2, subnet_ids.into().into_expr());
        Self { props }
    }
    /// Allow outbound IPv6 traffic on VPC canaries that are connected to dual-stack subnets if set to true
    pub fn ipv6_allowed_for_dual_stack(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The `VisualReference` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct VisualReference {
    props: ::forma_core::schema::Props,
}
impl VisualReference {
    /// A new value with its required properties: `BaseCanaryRunId`.
    pub fn new(base_canary_run_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_canary_run_id.into().into_expr());
        Self { props }
    }
    /// List of screenshots used as base reference for visual testing
    pub fn base_screenshots(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BaseScreenshot>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BrowserType`.
    pub fn browser_type(mut self, value: impl ::forma_core::schema::EnumArg<BrowserType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<VisualReference> for ::forma_core::Value<VisualReference> {
    fn from(v: VisualReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VISUAL_REFERENCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SSE_KMS`, `SSE_S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionMode {
    /// `SSE_KMS`
    SseKms,
    /// `SSE_S3`
    SseS3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SseKms => "SSE_KMS",
            Self::SseS3 => "SSE_S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSE_KMS", "SSE_S3"]
    }
}
impl ::std::convert::From<EncryptionMode> for ::forma_core::Value<EncryptionMode> {
    fn from(v: EncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionMode {}

/// The `S3Encryption` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Encryption {
    props: ::forma_core::schema::Props,
}
impl S3Encryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Encryption mode for encrypting artifacts when uploading to S3.
    pub fn encryption_mode(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// KMS key Arn for encrypting artifacts when uploading to S3.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Encryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Encryption> for ::forma_core::Value<S3Encryption> {
    fn from(v: S3Encryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LambdaLayer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `LambdaLayer`
    LambdaLayer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LambdaLayer => "LambdaLayer",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LambdaLayer"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `Dependency` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dependency {
    props: ::forma_core::schema::Props,
}
impl Dependency {
    /// A new value with its required properties: `Reference`.
    pub fn new(reference: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, reference.into().into_expr());
        Self { props }
    }
    /// Type of dependency
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Dependency> for ::forma_core::Value<Dependency> {
    fn from(v: Dependency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPENDENCY_TYPE.properties))
    }
}

/// Replication status details
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaReplicationStatus {
    props: ::forma_core::schema::Props,
}
impl ReplicaReplicationStatus {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Replication state: InProgress, InSync, or Inconsistent
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicaReplicationStatus {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicaReplicationStatus> for ::forma_core::Value<ReplicaReplicationStatus> {
    fn from(v: ReplicaReplicationStatus) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_REPLICATION_STATUS_TYPE.properties))
    }
}

/// The `RetryConfig` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryConfig {
    props: ::forma_core::schema::Props,
}
impl RetryConfig {
    /// A new value with its required properties: `MaxRetries`.
    pub fn new(max_retries: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_retries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RetryConfig> for ::forma_core::Value<RetryConfig> {
    fn from(v: RetryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETRY_CONFIG_TYPE.properties))
    }
}

/// The `BaseScreenshot` property type of `AWS::Synthetics::Canary`.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseScreenshot {
    props: ::forma_core::schema::Props,
}
impl BaseScreenshot {
    /// A new value with its required properties: `ScreenshotName`.
    pub fn new(screenshot_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, screenshot_name.into().into_expr());
        Self { props }
    }
    /// List of coordinates of rectangles to be ignored during visual testing
    pub fn ignore_coordinates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BaseScreenshot> for ::forma_core::Value<BaseScreenshot> {
    fn from(v: BaseScreenshot) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASE_SCREENSHOT_TYPE.properties))
    }
}

/// The schema of `AWS::Synthetics::Canary`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Synthetics::Canary",
properties: &[
::forma_core::schema::Property { name: "ArtifactConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ARTIFACT_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ArtifactS3Location", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(s3|S3)://"), min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "BrowserConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&BROWSER_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) }) },
::forma_core::schema::Property { name: "Code", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&CODE_TYPE) },
::forma_core::schema::Property { name: "DeleteLambdaResourcesOnCanaryDeletion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "DryRunAndUpdate", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ExecutionRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "FailureRetentionPeriod", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:(key/([a-f0-9-]{36}|mrk-[a-f0-9]{32})|alias/[a-zA-Z0-9:/_.-]+)$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-z_\\-]{1,255}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ProvisionedResourceCleanup", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "OFF"]) },
::forma_core::schema::Property { name: "Replicas", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&REPLICA_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) }) },
::forma_core::schema::Property { name: "ResourcesToReplicateTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["lambda-function"]), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "RunConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&RUN_CONFIG_TYPE) },
::forma_core::schema::Property { name: "RuntimeVersion", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Schedule", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE) },
::forma_core::schema::Property { name: "StartCanaryAfterCreation", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "SuccessRetentionPeriod", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VPCConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE) },
::forma_core::schema::Property { name: "VisualReference", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VISUAL_REFERENCE_TYPE) },
::forma_core::schema::Property { name: "VisualReferences", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&VISUAL_REFERENCE_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) }) },
],
rules: &[],
attributes: &["Id", "State", "Code.SourceLocationArn", "Replicas.*.VpcConfig.VpcId", "Replicas.*.CanaryState", "Replicas.*.LastModified", "Replicas.*.ReplicationStatus"],
};

static ARTIFACT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.ArtifactConfig",
    properties: &[::forma_core::schema::Property {
        name: "S3Encryption",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_ENCRYPTION_TYPE),
    }],
    rules: &[],
};

static BROWSER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.BrowserConfig",
    properties: &[::forma_core::schema::Property {
        name: "BrowserType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CHROME", "FIREFOX"]),
    }],
    rules: &[],
};

static CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.Code",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlueprintTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z_\\-\\.]+$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Dependencies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEPENDENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Handler",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(([0-9a-zA-Z_-]+(\\/|\\.))*[0-9A-Za-z_\\\\-]+(\\.|::)[A-Za-z_][A-Za-z0-9_]*)?$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Script",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceLocationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[
        &["Handler", "S3Bucket", "S3Key"],
        &["BlueprintTypes", "S3Bucket", "S3Key"],
        &["Handler", "Script"],
        &["BlueprintTypes", "Script"],
        &["Handler"],
        &["BlueprintTypes"],
    ])],
};

static REPLICA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Synthetics::Canary.Replica",
properties: &[
::forma_core::schema::Property { name: "CanaryState", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:(key/([a-f0-9-]{36}|mrk-[a-f0-9]{32})|alias/[a-zA-Z0-9:/_.-]+)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LastModified", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "Location", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "ReplicationStatus", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&REPLICA_REPLICATION_STATUS_TYPE) },
::forma_core::schema::Property { name: "ResourcesToReplicateTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["lambda-function"]), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VpcConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE) },
],
rules: &[],
};

static RUN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.RunConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActiveTracing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "EphemeralStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1024.0),
                maximum: Some(10240.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MemoryInMB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(960.0),
                maximum: Some(3008.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(3.0),
                maximum: Some(840.0),
            }),
        },
    ],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.Schedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetryConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETRY_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.Tag",
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

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.VPCConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ipv6AllowedForDualStack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VISUAL_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.VisualReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseCanaryRunId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BaseScreenshots",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BASE_SCREENSHOT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BrowserType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CHROME", "FIREFOX"]),
        },
    ],
    rules: &[],
};

static S3_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.S3Encryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSE_KMS", "SSE_S3"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*)?:kms:[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-\\d{1}:\\d{12}:key/[\\w\\-\\/]+$",
                ),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static DEPENDENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.Dependency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Reference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+"),
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LambdaLayer"]),
        },
    ],
    rules: &[],
};

static REPLICA_REPLICATION_STATUS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.ReplicaReplicationStatus",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static RETRY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.RetryConfig",
    properties: &[::forma_core::schema::Property {
        name: "MaxRetries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(2.0),
        }),
    }],
    rules: &[],
};

static BASE_SCREENSHOT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Synthetics::Canary.BaseScreenshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "IgnoreCoordinates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScreenshotName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
