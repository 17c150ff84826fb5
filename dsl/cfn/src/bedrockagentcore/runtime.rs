// @generated from AWS::BedrockAgentCore::Runtime (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Runtime` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::Runtime
///
/// CloudFormation type `AWS::BedrockAgentCore::Runtime`.
#[derive(Debug, Clone, PartialEq)]
pub struct Runtime {
    props: ::forma_core::schema::Props,
}
impl Runtime {
    /// A new resource with its required properties: `AgentRuntimeArtifact`, `AgentRuntimeName`, `RoleArn`.
    #[track_caller]
    pub fn new(
        agent_runtime_artifact: impl ::std::convert::Into<::forma_core::Value<AgentRuntimeArtifact>>,
        agent_runtime_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_runtime_artifact.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, agent_runtime_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Authorizer configuration for the agent runtime
    #[track_caller]
    pub fn authorizer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizerConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Capacity provider configuration for the agent runtime
    #[track_caller]
    pub fn capacity_provider_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityProviderConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the resource
    ///
    /// Allowed: length 1 to 1200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Environment variables for the agent runtime
    #[track_caller]
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Filesystem configurations for the agent runtime
    #[track_caller]
    pub fn filesystem_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilesystemConfiguration>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Lifecycle configuration for managing runtime sessions
    #[track_caller]
    pub fn lifecycle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LifecycleConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Network access configuration for the Agent
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the runtime platform
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Protocol configuration for the agent runtime
    #[track_caller]
    pub fn protocol_configuration(mut self, value: impl ::forma_core::schema::EnumArg<ProtocolConfiguration>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for HTTP request headers
    #[track_caller]
    pub fn request_header_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RequestHeaderConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Runtime {
    type Attributes = RuntimeAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Runtime"
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
/// The attributes of a `AWS::BedrockAgentCore::Runtime` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuntimeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuntimeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuntimeAttributes {
    /// `Fn::GetAtt` `AgentRuntimeArn`.
    pub fn agent_runtime_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentRuntimeArn")
    }
    /// `Fn::GetAtt` `AgentRuntimeId`.
    pub fn agent_runtime_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentRuntimeId")
    }
    /// `Fn::GetAtt` `AgentRuntimeVersion`.
    pub fn agent_runtime_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentRuntimeVersion")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `WorkloadIdentityDetails`.
    pub fn workload_identity_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "WorkloadIdentityDetails")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
}

/// The values CloudFormation documents: `MCP`, `HTTP`, `A2A`, `AGUI`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtocolConfiguration {
    /// `MCP`
    Mcp,
    /// `HTTP`
    Http,
    /// `A2A`
    A2A,
    /// `AGUI`
    Agui,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtocolConfiguration {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mcp => "MCP",
            Self::Http => "HTTP",
            Self::A2A => "A2A",
            Self::Agui => "AGUI",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MCP", "HTTP", "A2A", "AGUI"]
    }
}
impl ::std::convert::From<ProtocolConfiguration> for ::forma_core::Value<ProtocolConfiguration> {
    fn from(v: ProtocolConfiguration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtocolConfiguration {}

/// The `AgentRuntimeArtifact` property type of `AWS::BedrockAgentCore::Runtime`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentRuntimeArtifact {
    props: ::forma_core::schema::Props,
}
impl AgentRuntimeArtifact {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Representation of a code configuration
    pub fn code_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerConfiguration`.
    pub fn container_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentRuntimeArtifact {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentRuntimeArtifact> for ::forma_core::Value<AgentRuntimeArtifact> {
    fn from(v: AgentRuntimeArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_RUNTIME_ARTIFACT_TYPE.properties))
    }
}

/// Configuration for the authorizer
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthorizerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for custom JWT authorizer
    pub fn custom_jwt_authorizer(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomJwtAuthorizerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizerConfiguration> for ::forma_core::Value<AuthorizerConfiguration> {
    fn from(v: AuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for a capacity provider
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderConfiguration {
    /// A new value with its required properties: `CapacityProviderArn`.
    pub fn new(capacity_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_provider_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityProviderConfiguration> for ::forma_core::Value<CapacityProviderConfiguration> {
    fn from(v: CapacityProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// Filesystem configuration for the runtime
#[derive(Debug, Clone, PartialEq)]
pub struct FilesystemConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilesystemConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for a CapacityProvider-managed volume to mount into the agent runtime
    pub fn capacity_provider_volume(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityProviderVolumeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for EFS access point filesystem
    pub fn efs_access_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsAccessPointConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for S3 Files access point filesystem
    pub fn s3_files_access_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3FilesAccessPointConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Configuration for session storage
    pub fn session_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SessionStorageConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilesystemConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilesystemConfiguration> for ::forma_core::Value<FilesystemConfiguration> {
    fn from(v: FilesystemConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILESYSTEM_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for managing the lifecycle of runtime sessions and resources
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleConfiguration {
    props: ::forma_core::schema::Props,
}
impl LifecycleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Timeout in seconds for idle runtime sessions
    ///
    /// Allowed: 60 to 1209600.
    pub fn idle_runtime_session_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum lifetime in seconds for runtime sessions
    ///
    /// Allowed: 60 to 1209600.
    pub fn max_lifetime(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LifecycleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LifecycleConfiguration> for ::forma_core::Value<LifecycleConfiguration> {
    fn from(v: LifecycleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUBLIC`, `VPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkMode {
    /// `PUBLIC`
    Public,
    /// `VPC`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Vpc => "VPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "VPC"]
    }
}
impl ::std::convert::From<NetworkMode> for ::forma_core::Value<NetworkMode> {
    fn from(v: NetworkMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkMode {}

/// The `NetworkConfiguration` property type of `AWS::BedrockAgentCore::Runtime`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value with its required properties: `NetworkMode`.
    pub fn new(network_mode: impl ::forma_core::schema::EnumArg<NetworkMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, network_mode.into_enum_expr());
        Self { props }
    }
    /// Network mode configuration for VPC
    pub fn network_mode_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for HTTP request headers
#[derive(Debug, Clone, PartialEq)]
pub struct RequestHeaderConfiguration {
    props: ::forma_core::schema::Props,
}
impl RequestHeaderConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of allowed HTTP headers for agent runtime requests
    pub fn request_header_allowlist(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RequestHeaderConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RequestHeaderConfiguration> for ::forma_core::Value<RequestHeaderConfiguration> {
    fn from(v: RequestHeaderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUEST_HEADER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PYTHON_3_10`, `PYTHON_3_11`, `PYTHON_3_12`, `PYTHON_3_13`, `PYTHON_3_14`, `NODE_22`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentManagedRuntimeType {
    /// `PYTHON_3_10`
    Python310,
    /// `PYTHON_3_11`
    Python311,
    /// `PYTHON_3_12`
    Python312,
    /// `PYTHON_3_13`
    Python313,
    /// `PYTHON_3_14`
    Python314,
    /// `NODE_22`
    Node22,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentManagedRuntimeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Python310 => "PYTHON_3_10",
            Self::Python311 => "PYTHON_3_11",
            Self::Python312 => "PYTHON_3_12",
            Self::Python313 => "PYTHON_3_13",
            Self::Python314 => "PYTHON_3_14",
            Self::Node22 => "NODE_22",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PYTHON_3_10", "PYTHON_3_11", "PYTHON_3_12", "PYTHON_3_13", "PYTHON_3_14", "NODE_22"]
    }
}
impl ::std::convert::From<AgentManagedRuntimeType> for ::forma_core::Value<AgentManagedRuntimeType> {
    fn from(v: AgentManagedRuntimeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentManagedRuntimeType {}

/// Representation of a code configuration
#[derive(Debug, Clone, PartialEq)]
pub struct CodeConfiguration {
    props: ::forma_core::schema::Props,
}
impl CodeConfiguration {
    /// A new value with its required properties: `Code`, `EntryPoint`, `Runtime`.
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<Code>>,
        entry_point: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        runtime: impl ::forma_core::schema::EnumArg<AgentManagedRuntimeType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code.into().into_expr());
        props.set(1, entry_point.into().into_expr());
        props.set(2, runtime.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeConfiguration> for ::forma_core::Value<CodeConfiguration> {
    fn from(v: CodeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ContainerConfiguration` property type of `AWS::BedrockAgentCore::Runtime`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContainerConfiguration {
    /// A new value with its required properties: `ContainerUri`.
    pub fn new(container_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerConfiguration> for ::forma_core::Value<ContainerConfiguration> {
    fn from(v: ContainerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for custom JWT authorizer
#[derive(Debug, Clone, PartialEq)]
pub struct CustomJwtAuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomJwtAuthorizerConfiguration {
    /// A new value with its required properties: `DiscoveryUrl`.
    pub fn new(discovery_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, discovery_url.into().into_expr());
        Self { props }
    }
    /// List of allowed audiences
    pub fn allowed_audience(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of allowed clients
    pub fn allowed_clients(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of allowed scopes
    pub fn allowed_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Allow-list of upstream workloads permitted to reach this resource via the workload identity chain.
    pub fn allowed_workload_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AllowedWorkloadConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// List of required custom claims
    pub fn custom_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomClaimValidationType>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Private endpoint configuration.
    pub fn private_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// List of private endpoint overrides
    pub fn private_endpoint_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateEndpointOverride>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomJwtAuthorizerConfiguration> for ::forma_core::Value<CustomJwtAuthorizerConfiguration> {
    fn from(v: CustomJwtAuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for a CapacityProvider-managed volume to mount into the agent runtime
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderVolumeConfiguration {
    /// A new value with its required properties: `MountPath`, `VolumeName`.
    pub fn new(
        mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        volume_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mount_path.into().into_expr());
        props.set(1, volume_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityProviderVolumeConfiguration>
    for ::forma_core::Value<CapacityProviderVolumeConfiguration>
{
    fn from(v: CapacityProviderVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for EFS access point filesystem
#[derive(Debug, Clone, PartialEq)]
pub struct EfsAccessPointConfiguration {
    props: ::forma_core::schema::Props,
}
impl EfsAccessPointConfiguration {
    /// A new value with its required properties: `AccessPointArn`, `MountPath`.
    pub fn new(
        access_point_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_point_arn.into().into_expr());
        props.set(1, mount_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EfsAccessPointConfiguration> for ::forma_core::Value<EfsAccessPointConfiguration> {
    fn from(v: EfsAccessPointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_ACCESS_POINT_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for S3 Files access point filesystem
#[derive(Debug, Clone, PartialEq)]
pub struct S3FilesAccessPointConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3FilesAccessPointConfiguration {
    /// A new value with its required properties: `AccessPointArn`, `MountPath`.
    pub fn new(
        access_point_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_point_arn.into().into_expr());
        props.set(1, mount_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3FilesAccessPointConfiguration> for ::forma_core::Value<S3FilesAccessPointConfiguration> {
    fn from(v: S3FilesAccessPointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILES_ACCESS_POINT_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for session storage
#[derive(Debug, Clone, PartialEq)]
pub struct SessionStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl SessionStorageConfiguration {
    /// A new value with its required properties: `MountPath`.
    pub fn new(mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mount_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionStorageConfiguration> for ::forma_core::Value<SessionStorageConfiguration> {
    fn from(v: SessionStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// Network mode configuration for VPC
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SecurityGroups`, `Subnets`.
    pub fn new(
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_groups.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// Object represents source code from zip file
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    props: ::forma_core::schema::Props,
}
impl Code {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// S3 Location Configuration
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(0, value.into().into_expr());
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

/// Allow-list of upstream workloads permitted to reach this resource via the workload identity chain.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowedWorkloadConfiguration {
    props: ::forma_core::schema::Props,
}
impl AllowedWorkloadConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of allow-listed hosting environments
    pub fn hosting_environments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HostingEnvironment>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of allow-listed workload identity names
    pub fn workload_identities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AllowedWorkloadConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AllowedWorkloadConfiguration> for ::forma_core::Value<AllowedWorkloadConfiguration> {
    fn from(v: AllowedWorkloadConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALLOWED_WORKLOAD_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `STRING_ARRAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InboundTokenClaimValueType {
    /// `STRING`
    String,
    /// `STRING_ARRAY`
    StringArray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InboundTokenClaimValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::StringArray => "STRING_ARRAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "STRING_ARRAY"]
    }
}
impl ::std::convert::From<InboundTokenClaimValueType> for ::forma_core::Value<InboundTokenClaimValueType> {
    fn from(v: InboundTokenClaimValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InboundTokenClaimValueType {}

/// Required custom claim
#[derive(Debug, Clone, PartialEq)]
pub struct CustomClaimValidationType {
    props: ::forma_core::schema::Props,
}
impl CustomClaimValidationType {
    /// A new value with its required properties: `AuthorizingClaimMatchValue`, `InboundTokenClaimName`, `InboundTokenClaimValueType`.
    pub fn new(
        authorizing_claim_match_value: impl ::std::convert::Into<::forma_core::Value<AuthorizingClaimMatchValueType>>,
        inbound_token_claim_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        inbound_token_claim_value_type: impl ::forma_core::schema::EnumArg<InboundTokenClaimValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorizing_claim_match_value.into().into_expr());
        props.set(1, inbound_token_claim_name.into().into_expr());
        props.set(2, inbound_token_claim_value_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomClaimValidationType> for ::forma_core::Value<CustomClaimValidationType> {
    fn from(v: CustomClaimValidationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CLAIM_VALIDATION_TYPE_TYPE.properties))
    }
}

/// Override mapping of a domain to a private endpoint
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateEndpointOverride {
    props: ::forma_core::schema::Props,
}
impl PrivateEndpointOverride {
    /// A new value with its required properties: `Domain`, `PrivateEndpoint`.
    pub fn new(
        domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        private_endpoint: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain.into().into_expr());
        props.set(1, private_endpoint.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrivateEndpointOverride> for ::forma_core::Value<PrivateEndpointOverride> {
    fn from(v: PrivateEndpointOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_ENDPOINT_OVERRIDE_TYPE.properties))
    }
}

/// S3 Location Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `Prefix`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, prefix.into().into_expr());
        Self { props }
    }
    /// S3 object version ID
    ///
    /// Allowed: length 3 to 1024.
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// An upstream workload identified by the ARN of its hosting environment (for example a Gateway or Runtime ARN)
#[derive(Debug, Clone, PartialEq)]
pub struct HostingEnvironment {
    props: ::forma_core::schema::Props,
}
impl HostingEnvironment {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HostingEnvironment> for ::forma_core::Value<HostingEnvironment> {
    fn from(v: HostingEnvironment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOSTING_ENVIRONMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `CONTAINS`, `CONTAINS_ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClaimMatchOperator {
    /// `EQUALS`
    Equals,
    /// `CONTAINS`
    Contains,
    /// `CONTAINS_ANY`
    ContainsAny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClaimMatchOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Contains => "CONTAINS",
            Self::ContainsAny => "CONTAINS_ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "CONTAINS", "CONTAINS_ANY"]
    }
}
impl ::std::convert::From<ClaimMatchOperator> for ::forma_core::Value<ClaimMatchOperator> {
    fn from(v: ClaimMatchOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClaimMatchOperator {}

/// The value or values in the custom claim to match and relationship of match
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizingClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl AuthorizingClaimMatchValueType {
    /// A new value with its required properties: `ClaimMatchOperator`, `ClaimMatchValue`.
    pub fn new(
        claim_match_operator: impl ::forma_core::schema::EnumArg<ClaimMatchOperator>,
        claim_match_value: impl ::std::convert::Into<::forma_core::Value<ClaimMatchValueType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, claim_match_operator.into_enum_expr());
        props.set(1, claim_match_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthorizingClaimMatchValueType> for ::forma_core::Value<AuthorizingClaimMatchValueType> {
    fn from(v: AuthorizingClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The value or values in the custom claim to match for
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl ClaimMatchValueType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The string value to match for
    pub fn match_value_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of strings to check for a match
    pub fn match_value_string_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClaimMatchValueType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClaimMatchValueType> for ::forma_core::Value<ClaimMatchValueType> {
    fn from(v: ClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Runtime`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::Runtime",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentRuntimeArtifact",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENT_RUNTIME_ARTIFACT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AgentRuntimeName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][a-zA-Z0-9_]{0,47}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CapacityProviderConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1200),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(2048) },
            )),
        },
        ::forma_core::schema::Property {
            name: "FilesystemConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILESYSTEM_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlatformVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProtocolConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MCP", "HTTP", "A2A", "AGUI"]),
        },
        ::forma_core::schema::Property {
            name: "RequestHeaderConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REQUEST_HEADER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &[
        "AgentRuntimeArn",
        "AgentRuntimeId",
        "AgentRuntimeVersion",
        "Status",
        "CreatedAt",
        "LastUpdatedAt",
        "WorkloadIdentityDetails",
        "FailureReason",
    ],
};

static AGENT_RUNTIME_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.AgentRuntimeArtifact",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.AuthorizerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CustomJWTAuthorizer",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static CAPACITY_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Runtime.CapacityProviderConfiguration",
properties: &[
::forma_core::schema::Property { name: "CapacityProviderArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:capacity-provider/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$"), min_length: None, max_length: Some(2048) }) },
],
rules: &[],
};

static FILESYSTEM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.FilesystemConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviderVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EfsAccessPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_ACCESS_POINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3FilesAccessPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_FILES_ACCESS_POINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SessionStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_STORAGE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static LIFECYCLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.LifecycleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdleRuntimeSessionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLifetime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "VPC"]),
        },
        ::forma_core::schema::Property {
            name: "NetworkModeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static REQUEST_HEADER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.RequestHeaderConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "RequestHeaderAllowlist",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_-]{0,255}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
        ),
    }],
    rules: &[],
};

static CODE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.CodeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PYTHON_3_10",
                "PYTHON_3_11",
                "PYTHON_3_12",
                "PYTHON_3_13",
                "PYTHON_3_14",
                "NODE_22",
            ]),
        },
    ],
    rules: &[],
};

static CONTAINER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Runtime.ContainerConfiguration",
properties: &[
::forma_core::schema::Property { name: "ContainerUri", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.([a-z0-9-]+(?:\\.[a-z0-9-]+)+)|public\\.ecr\\.aws)/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:@]{1,300}))?(?:@(.+))?$"), min_length: Some(1), max_length: Some(1024) }) },
],
rules: &[],
};

static CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Runtime.CustomJWTAuthorizerConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllowedAudience",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedClients",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedScopes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("[\\x21\\x23-\\x5B\\x5D-\\x7E]+"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedWorkloadConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ALLOWED_WORKLOAD_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CustomClaims",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CUSTOM_CLAIM_VALIDATION_TYPE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DiscoveryUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.+/\\.well-known/openid-configuration$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PrivateEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "PrivateEndpointOverrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_OVERRIDE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
                ),
            },
        ],
        rules: &[],
    };

static CAPACITY_PROVIDER_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Runtime.CapacityProviderVolumeConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MountPath",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"),
                    min_length: Some(6),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "VolumeName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z][a-zA-Z0-9_-]{0,47}$"),
                    min_length: Some(1),
                    max_length: Some(48),
                }),
            },
        ],
        rules: &[],
    };

static EFS_ACCESS_POINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.EfsAccessPointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}$"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MountPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"),
                min_length: Some(6),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static S3_FILES_ACCESS_POINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Runtime.S3FilesAccessPointConfiguration",
properties: &[
::forma_core::schema::Property { name: "AccessPointArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$"), min_length: None, max_length: Some(256) }) },
::forma_core::schema::Property { name: "MountPath", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"), min_length: Some(6), max_length: Some(200) }) },
],
rules: &[],
};

static SESSION_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.SessionStorageConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MountPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"),
            min_length: Some(6),
            max_length: Some(200),
        }),
    }],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.Code",
    properties: &[::forma_core::schema::Property {
        name: "S3",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static ALLOWED_WORKLOAD_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.AllowedWorkloadConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostingEnvironments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOSTING_ENVIRONMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkloadIdentities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9_.-]+$"),
                    min_length: Some(3),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_CLAIM_VALIDATION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.CustomClaimValidationType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizingClaimMatchValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9_.-:]+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRING_ARRAY"]),
        },
    ],
    rules: &[],
};

static PRIVATE_ENDPOINT_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.PrivateEndpointOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivateEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static HOSTING_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.HostingEnvironment",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(20),
            max_length: Some(1011),
        }),
    }],
    rules: &[],
};

static AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Runtime.AuthorizingClaimMatchValueType",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClaimMatchOperator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "CONTAINS", "CONTAINS_ANY"]),
            },
            ::forma_core::schema::Property {
                name: "ClaimMatchValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLAIM_MATCH_VALUE_TYPE_TYPE),
            },
        ],
        rules: &[],
    };

static CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Runtime.ClaimMatchValueType",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchValueString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9_.-]+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchValueStringList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[A-Za-z0-9_.-]+"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(255) },
            ),
        },
    ],
    rules: &[],
};
