// @generated from AWS::OpenSearchService::Domain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchService::Domain` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    props: ::forma_core::schema::Props,
}
impl Domain {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AIMLOptions`.
    #[track_caller]
    pub fn aiml_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<AimlOptions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AccessPolicies`.
    #[track_caller]
    pub fn access_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AdvancedOptions`.
    #[track_caller]
    pub fn advanced_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AdvancedSecurityOptions`.
    #[track_caller]
    pub fn advanced_security_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedSecurityOptionsInput>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutomatedSnapshotPauseOptions`.
    #[track_caller]
    pub fn automated_snapshot_pause_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomatedSnapshotPauseOptions>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClusterConfig`.
    #[track_caller]
    pub fn cluster_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClusterConfig>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CognitoOptions`.
    #[track_caller]
    pub fn cognito_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<CognitoOptions>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeploymentStrategyOptions`.
    #[track_caller]
    pub fn deployment_strategy_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentStrategyOptions>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainEndpointOptions`.
    #[track_caller]
    pub fn domain_endpoint_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DomainEndpointOptions>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EBSOptions`.
    #[track_caller]
    pub fn ebs_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<EbsOptions>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionAtRestOptions`.
    #[track_caller]
    pub fn encryption_at_rest_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionAtRestOptions>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The engine mode of the domain.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn engine_mode(mut self, value: impl ::forma_core::schema::EnumArg<EngineMode>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EngineVersion`.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IPAddressType`.
    #[track_caller]
    pub fn ip_address_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Options for configuring Identity Center
    #[track_caller]
    pub fn identity_center_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityCenterOptions>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogPublishingOptions`.
    #[track_caller]
    pub fn log_publishing_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NodeToNodeEncryptionOptions`.
    #[track_caller]
    pub fn node_to_node_encryption_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NodeToNodeEncryptionOptions>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OffPeakWindowOptions`.
    #[track_caller]
    pub fn off_peak_window_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OffPeakWindowOptions>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SkipShardMigrationWait`.
    #[track_caller]
    pub fn skip_shard_migration_wait(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SnapshotOptions`.
    #[track_caller]
    pub fn snapshot_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnapshotOptions>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SoftwareUpdateOptions`.
    #[track_caller]
    pub fn software_update_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SoftwareUpdateOptions>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this Domain.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The primary use case of the domain.
    #[track_caller]
    pub fn use_case(mut self, value: impl ::forma_core::schema::EnumArg<UseCase>) -> Self {
        self.props.set_at(23, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VPCOptions`.
    #[track_caller]
    pub fn vpc_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcOptions>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Domain {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Domain {
    type Attributes = DomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchService::Domain"
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
/// The attributes of a `AWS::OpenSearchService::Domain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DomainArn`.
    pub fn domain_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainArn")
    }
    /// `Fn::GetAtt` `DomainEndpoint`.
    pub fn domain_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainEndpoint")
    }
    /// `Fn::GetAtt` `DomainEndpointV2`.
    pub fn domain_endpoint_v2(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainEndpointV2")
    }
    /// `Fn::GetAtt` `DomainEndpoints`.
    pub fn domain_endpoints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DomainEndpoints")
    }
    /// `Fn::GetAtt` `ServiceSoftwareOptions`.
    pub fn service_software_options(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ServiceSoftwareOptions")
    }
    /// `Fn::GetAtt` `AdvancedSecurityOptions.AnonymousAuthDisableDate`.
    pub fn advanced_security_options_anonymous_auth_disable_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AdvancedSecurityOptions.AnonymousAuthDisableDate")
    }
    /// `Fn::GetAtt` `IdentityCenterOptions.IdentityCenterApplicationARN`.
    pub fn identity_center_options_identity_center_application_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityCenterOptions.IdentityCenterApplicationARN")
    }
    /// `Fn::GetAtt` `IdentityCenterOptions.IdentityStoreId`.
    pub fn identity_center_options_identity_store_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityCenterOptions.IdentityStoreId")
    }
}

/// The values CloudFormation documents: `GENERAL`, `OPTIMIZED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EngineMode {
    /// `GENERAL`
    General,
    /// `OPTIMIZED`
    Optimized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EngineMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::General => "GENERAL",
            Self::Optimized => "OPTIMIZED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENERAL", "OPTIMIZED"]
    }
}
impl ::std::convert::From<EngineMode> for ::forma_core::Value<EngineMode> {
    fn from(v: EngineMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EngineMode {}

/// The values CloudFormation documents: `SEARCH`, `VECTOR`, `OBSERVABILITY`, `MIXED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UseCase {
    /// `SEARCH`
    Search,
    /// `VECTOR`
    Vector,
    /// `OBSERVABILITY`
    Observability,
    /// `MIXED`
    Mixed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UseCase {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Search => "SEARCH",
            Self::Vector => "VECTOR",
            Self::Observability => "OBSERVABILITY",
            Self::Mixed => "MIXED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEARCH", "VECTOR", "OBSERVABILITY", "MIXED"]
    }
}
impl ::std::convert::From<UseCase> for ::forma_core::Value<UseCase> {
    fn from(v: UseCase) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UseCase {}

/// The `AIMLOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct AimlOptions {
    props: ::forma_core::schema::Props,
}
impl AimlOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3VectorsEngine`.
    pub fn s3_vectors_engine(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3VectorsEngine>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ServerlessVectorAcceleration`.
    pub fn serverless_vector_acceleration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerlessVectorAcceleration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AimlOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AimlOptions> for ::forma_core::Value<AimlOptions> {
    fn from(v: AimlOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AIML_OPTIONS_TYPE.properties))
    }
}

/// The `AdvancedSecurityOptionsInput` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedSecurityOptionsInput {
    props: ::forma_core::schema::Props,
}
impl AdvancedSecurityOptionsInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AnonymousAuthDisableDate`.
    pub fn anonymous_auth_disable_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AnonymousAuthEnabled`.
    pub fn anonymous_auth_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IAMFederationOptions`.
    pub fn iam_federation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamFederationOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InternalUserDatabaseEnabled`.
    pub fn internal_user_database_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `JWTOptions`.
    pub fn jwt_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<JwtOptions>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MasterUserOptions`.
    pub fn master_user_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MasterUserOptions>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SAMLOptions`.
    pub fn saml_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SamlOptions>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedSecurityOptionsInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedSecurityOptionsInput> for ::forma_core::Value<AdvancedSecurityOptionsInput> {
    fn from(v: AdvancedSecurityOptionsInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_SECURITY_OPTIONS_INPUT_TYPE.properties))
    }
}

/// The `AutomatedSnapshotPauseOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomatedSnapshotPauseOptions {
    props: ::forma_core::schema::Props,
}
impl AutomatedSnapshotPauseOptions {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutomatedSnapshotPauseOptions> for ::forma_core::Value<AutomatedSnapshotPauseOptions> {
    fn from(v: AutomatedSnapshotPauseOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATED_SNAPSHOT_PAUSE_OPTIONS_TYPE.properties))
    }
}

/// The `ClusterConfig` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColdStorageOptions`.
    pub fn cold_storage_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ColdStorageOptions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DedicatedMasterCount`.
    pub fn dedicated_master_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DedicatedMasterEnabled`.
    pub fn dedicated_master_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DedicatedMasterType`.
    pub fn dedicated_master_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InstanceCount`.
    pub fn instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MultiAZWithStandbyEnabled`.
    pub fn multi_az_with_standby_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `NodeOptions`.
    pub fn node_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeOption>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `WarmCount`.
    pub fn warm_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `WarmEnabled`.
    pub fn warm_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `WarmType`.
    pub fn warm_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ZoneAwarenessConfig`.
    pub fn zone_awareness_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZoneAwarenessConfig>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ZoneAwarenessEnabled`.
    pub fn zone_awareness_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterConfig> for ::forma_core::Value<ClusterConfig> {
    fn from(v: ClusterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_CONFIG_TYPE.properties))
    }
}

/// The `CognitoOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoOptions {
    props: ::forma_core::schema::Props,
}
impl CognitoOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IdentityPoolId`.
    pub fn identity_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UserPoolId`.
    pub fn user_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CognitoOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CognitoOptions> for ::forma_core::Value<CognitoOptions> {
    fn from(v: CognitoOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Default`, `CapacityOptimized`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentStrategy {
    /// `Default`
    Default,
    /// `CapacityOptimized`
    CapacityOptimized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::CapacityOptimized => "CapacityOptimized",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Default", "CapacityOptimized"]
    }
}
impl ::std::convert::From<DeploymentStrategy> for ::forma_core::Value<DeploymentStrategy> {
    fn from(v: DeploymentStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentStrategy {}

/// The `DeploymentStrategyOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentStrategyOptions {
    props: ::forma_core::schema::Props,
}
impl DeploymentStrategyOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeploymentStrategy`.
    pub fn deployment_strategy(mut self, value: impl ::forma_core::schema::EnumArg<DeploymentStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeploymentStrategyOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentStrategyOptions> for ::forma_core::Value<DeploymentStrategyOptions> {
    fn from(v: DeploymentStrategyOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_STRATEGY_OPTIONS_TYPE.properties))
    }
}

/// The `DomainEndpointOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainEndpointOptions {
    props: ::forma_core::schema::Props,
}
impl DomainEndpointOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomEndpoint`.
    pub fn custom_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomEndpointCertificateArn`.
    pub fn custom_endpoint_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomEndpointEnabled`.
    pub fn custom_endpoint_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnforceHTTPS`.
    pub fn enforce_https(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TLSSecurityPolicy`.
    pub fn tls_security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainEndpointOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainEndpointOptions> for ::forma_core::Value<DomainEndpointOptions> {
    fn from(v: DomainEndpointOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_ENDPOINT_OPTIONS_TYPE.properties))
    }
}

/// The `EBSOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsOptions {
    props: ::forma_core::schema::Props,
}
impl EbsOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EBSEnabled`.
    pub fn ebs_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Throughput`.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VolumeSize`.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `VolumeType`.
    pub fn volume_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EbsOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsOptions> for ::forma_core::Value<EbsOptions> {
    fn from(v: EbsOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_OPTIONS_TYPE.properties))
    }
}

/// The `EncryptionAtRestOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionAtRestOptions {
    props: ::forma_core::schema::Props,
}
impl EncryptionAtRestOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionAtRestOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionAtRestOptions> for ::forma_core::Value<EncryptionAtRestOptions> {
    fn from(v: EncryptionAtRestOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_AT_REST_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GroupName`, `GroupId`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RolesKeyIdcType {
    /// `GroupName`
    GroupName,
    /// `GroupId`
    GroupId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RolesKeyIdcType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GroupName => "GroupName",
            Self::GroupId => "GroupId",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GroupName", "GroupId"]
    }
}
impl ::std::convert::From<RolesKeyIdcType> for ::forma_core::Value<RolesKeyIdcType> {
    fn from(v: RolesKeyIdcType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RolesKeyIdcType {}

/// The values CloudFormation documents: `UserName`, `UserId`, `Email`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubjectKeyIdcType {
    /// `UserName`
    UserName,
    /// `UserId`
    UserId,
    /// `Email`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SubjectKeyIdcType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserName => "UserName",
            Self::UserId => "UserId",
            Self::Email => "Email",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UserName", "UserId", "Email"]
    }
}
impl ::std::convert::From<SubjectKeyIdcType> for ::forma_core::Value<SubjectKeyIdcType> {
    fn from(v: SubjectKeyIdcType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SubjectKeyIdcType {}

/// Options for configuring Identity Center
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCenterOptions {
    props: ::forma_core::schema::Props,
}
impl IdentityCenterOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether Identity Center is enabled.
    pub fn enabled_api_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the Identity Center application.
    pub fn identity_center_application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the Identity Center instance.
    pub fn identity_center_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The IdentityStoreId for Identity Center options.
    pub fn identity_store_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The roles key for Identity Center options.
    pub fn roles_key(mut self, value: impl ::forma_core::schema::EnumArg<RolesKeyIdcType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The subject key for Identity Center options.
    pub fn subject_key(mut self, value: impl ::forma_core::schema::EnumArg<SubjectKeyIdcType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for IdentityCenterOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityCenterOptions> for ::forma_core::Value<IdentityCenterOptions> {
    fn from(v: IdentityCenterOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_CENTER_OPTIONS_TYPE.properties))
    }
}

/// The `LogPublishingOption` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogPublishingOption {
    props: ::forma_core::schema::Props,
}
impl LogPublishingOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogsLogGroupArn`.
    pub fn cloud_watch_logs_log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogPublishingOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogPublishingOption> for ::forma_core::Value<LogPublishingOption> {
    fn from(v: LogPublishingOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_PUBLISHING_OPTION_TYPE.properties))
    }
}

/// The `NodeToNodeEncryptionOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeToNodeEncryptionOptions {
    props: ::forma_core::schema::Props,
}
impl NodeToNodeEncryptionOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeToNodeEncryptionOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeToNodeEncryptionOptions> for ::forma_core::Value<NodeToNodeEncryptionOptions> {
    fn from(v: NodeToNodeEncryptionOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_TO_NODE_ENCRYPTION_OPTIONS_TYPE.properties))
    }
}

/// The `OffPeakWindowOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct OffPeakWindowOptions {
    props: ::forma_core::schema::Props,
}
impl OffPeakWindowOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OffPeakWindow`.
    pub fn off_peak_window(mut self, value: impl ::std::convert::Into<::forma_core::Value<OffPeakWindow>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OffPeakWindowOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OffPeakWindowOptions> for ::forma_core::Value<OffPeakWindowOptions> {
    fn from(v: OffPeakWindowOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OFF_PEAK_WINDOW_OPTIONS_TYPE.properties))
    }
}

/// The `SnapshotOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotOptions {
    props: ::forma_core::schema::Props,
}
impl SnapshotOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutomatedSnapshotStartHour`.
    pub fn automated_snapshot_start_hour(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnapshotOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnapshotOptions> for ::forma_core::Value<SnapshotOptions> {
    fn from(v: SnapshotOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAPSHOT_OPTIONS_TYPE.properties))
    }
}

/// The `SoftwareUpdateOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct SoftwareUpdateOptions {
    props: ::forma_core::schema::Props,
}
impl SoftwareUpdateOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoSoftwareUpdateEnabled`.
    pub fn auto_software_update_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UseLatestServiceSoftwareForBlueGreen`.
    pub fn use_latest_service_software_for_blue_green(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SoftwareUpdateOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SoftwareUpdateOptions> for ::forma_core::Value<SoftwareUpdateOptions> {
    fn from(v: SoftwareUpdateOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOFTWARE_UPDATE_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::OpenSearchService::Domain`.
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

/// The `VPCOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOptions {
    props: ::forma_core::schema::Props,
}
impl VpcOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Controls whether egress traffic from the domain is routed through the customer VPC.
    pub fn egress_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcOptions> for ::forma_core::Value<VpcOptions> {
    fn from(v: VpcOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_OPTIONS_TYPE.properties))
    }
}

/// The `S3VectorsEngine` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3VectorsEngine {
    props: ::forma_core::schema::Props,
}
impl S3VectorsEngine {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3VectorsEngine> for ::forma_core::Value<S3VectorsEngine> {
    fn from(v: S3VectorsEngine) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_VECTORS_ENGINE_TYPE.properties))
    }
}

/// The `ServerlessVectorAcceleration` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerlessVectorAcceleration {
    props: ::forma_core::schema::Props,
}
impl ServerlessVectorAcceleration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to enable serverless vector acceleration.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerlessVectorAcceleration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerlessVectorAcceleration> for ::forma_core::Value<ServerlessVectorAcceleration> {
    fn from(v: ServerlessVectorAcceleration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVERLESS_VECTOR_ACCELERATION_TYPE.properties))
    }
}

/// The `IAMFederationOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct IamFederationOptions {
    props: ::forma_core::schema::Props,
}
impl IamFederationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RolesKey`.
    pub fn roles_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubjectKey`.
    pub fn subject_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamFederationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamFederationOptions> for ::forma_core::Value<IamFederationOptions> {
    fn from(v: IamFederationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_FEDERATION_OPTIONS_TYPE.properties))
    }
}

/// The `JWTOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtOptions {
    props: ::forma_core::schema::Props,
}
impl JwtOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PublicKey`.
    pub fn public_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RolesKey`.
    pub fn roles_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SubjectKey`.
    pub fn subject_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JwtOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JwtOptions> for ::forma_core::Value<JwtOptions> {
    fn from(v: JwtOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_OPTIONS_TYPE.properties))
    }
}

/// The `MasterUserOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct MasterUserOptions {
    props: ::forma_core::schema::Props,
}
impl MasterUserOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MasterUserARN`.
    pub fn master_user_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MasterUserName`.
    pub fn master_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MasterUserPassword`.
    pub fn master_user_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MasterUserOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MasterUserOptions> for ::forma_core::Value<MasterUserOptions> {
    fn from(v: MasterUserOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MASTER_USER_OPTIONS_TYPE.properties))
    }
}

/// The `SAMLOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamlOptions {
    props: ::forma_core::schema::Props,
}
impl SamlOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Idp`.
    pub fn idp(mut self, value: impl ::std::convert::Into<::forma_core::Value<Idp>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MasterBackendRole`.
    pub fn master_backend_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MasterUserName`.
    pub fn master_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RolesKey`.
    pub fn roles_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SessionTimeoutMinutes`.
    pub fn session_timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SubjectKey`.
    pub fn subject_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SamlOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SamlOptions> for ::forma_core::Value<SamlOptions> {
    fn from(v: SamlOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAML_OPTIONS_TYPE.properties))
    }
}

/// The `ColdStorageOptions` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColdStorageOptions {
    props: ::forma_core::schema::Props,
}
impl ColdStorageOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColdStorageOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColdStorageOptions> for ::forma_core::Value<ColdStorageOptions> {
    fn from(v: ColdStorageOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLD_STORAGE_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `coordinator`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeType {
    /// `coordinator`
    Coordinator,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NodeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Coordinator => "coordinator",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["coordinator"]
    }
}
impl ::std::convert::From<NodeType> for ::forma_core::Value<NodeType> {
    fn from(v: NodeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NodeType {}

/// The `NodeOption` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeOption {
    props: ::forma_core::schema::Props,
}
impl NodeOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NodeConfig`.
    pub fn node_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<NodeConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NodeType`.
    pub fn node_type(mut self, value: impl ::forma_core::schema::EnumArg<NodeType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NodeOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeOption> for ::forma_core::Value<NodeOption> {
    fn from(v: NodeOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_OPTION_TYPE.properties))
    }
}

/// The `ZoneAwarenessConfig` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneAwarenessConfig {
    props: ::forma_core::schema::Props,
}
impl ZoneAwarenessConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailabilityZoneCount`.
    pub fn availability_zone_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ZoneAwarenessConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZoneAwarenessConfig> for ::forma_core::Value<ZoneAwarenessConfig> {
    fn from(v: ZoneAwarenessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZONE_AWARENESS_CONFIG_TYPE.properties))
    }
}

/// The `OffPeakWindow` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct OffPeakWindow {
    props: ::forma_core::schema::Props,
}
impl OffPeakWindow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `WindowStartTime`.
    pub fn window_start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<WindowStartTime>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OffPeakWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OffPeakWindow> for ::forma_core::Value<OffPeakWindow> {
    fn from(v: OffPeakWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OFF_PEAK_WINDOW_TYPE.properties))
    }
}

/// The `Idp` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Idp {
    props: ::forma_core::schema::Props,
}
impl Idp {
    /// A new value with its required properties: `EntityId`, `MetadataContent`.
    pub fn new(
        entity_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metadata_content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entity_id.into().into_expr());
        props.set(1, metadata_content.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Idp> for ::forma_core::Value<Idp> {
    fn from(v: Idp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDP_TYPE.properties))
    }
}

/// The `NodeConfig` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeConfig {
    props: ::forma_core::schema::Props,
}
impl NodeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Count`.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeConfig> for ::forma_core::Value<NodeConfig> {
    fn from(v: NodeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_CONFIG_TYPE.properties))
    }
}

/// The `WindowStartTime` property type of `AWS::OpenSearchService::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowStartTime {
    props: ::forma_core::schema::Props,
}
impl WindowStartTime {
    /// A new value with its required properties: `Hours`, `Minutes`.
    pub fn new(
        hours: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hours.into().into_expr());
        props.set(1, minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WindowStartTime> for ::forma_core::Value<WindowStartTime> {
    fn from(v: WindowStartTime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WINDOW_START_TIME_TYPE.properties))
    }
}

/// The schema of `AWS::OpenSearchService::Domain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchService::Domain",
    properties: &[
        ::forma_core::schema::Property {
            name: "AIMLOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AIML_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AdvancedOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "AdvancedSecurityOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_SECURITY_OPTIONS_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutomatedSnapshotPauseOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOMATED_SNAPSHOT_PAUSE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClusterConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CognitoOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COGNITO_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentStrategyOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_STRATEGY_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainEndpointOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOMAIN_ENDPOINT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EBSOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionAtRestOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_AT_REST_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EngineMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GENERAL", "OPTIMIZED"]),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IPAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogPublishingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&LOG_PUBLISHING_OPTION_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "NodeToNodeEncryptionOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_TO_NODE_ENCRYPTION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OffPeakWindowOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OFF_PEAK_WINDOW_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SkipShardMigrationWait",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SnapshotOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNAPSHOT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SoftwareUpdateOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOFTWARE_UPDATE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseCase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SEARCH", "VECTOR", "OBSERVABILITY", "MIXED"]),
        },
        ::forma_core::schema::Property {
            name: "VPCOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_OPTIONS_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "Arn",
        "DomainArn",
        "DomainEndpoint",
        "DomainEndpointV2",
        "DomainEndpoints",
        "ServiceSoftwareOptions",
        "AdvancedSecurityOptions.AnonymousAuthDisableDate",
        "IdentityCenterOptions.IdentityCenterApplicationARN",
        "IdentityCenterOptions.IdentityStoreId",
    ],
};

static AIML_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.AIMLOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3VectorsEngine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_VECTORS_ENGINE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerlessVectorAcceleration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVERLESS_VECTOR_ACCELERATION_TYPE),
        },
    ],
    rules: &[],
};

static ADVANCED_SECURITY_OPTIONS_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.AdvancedSecurityOptionsInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnonymousAuthDisableDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AnonymousAuthEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IAMFederationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_FEDERATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InternalUserDatabaseEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "JWTOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JWT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MasterUserOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MASTER_USER_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SAMLOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAML_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static AUTOMATED_SNAPSHOT_PAUSE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.AutomatedSnapshotPauseOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLUSTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.ClusterConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColdStorageOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLD_STORAGE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DedicatedMasterCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DedicatedMasterEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DedicatedMasterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MultiAZWithStandbyEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NodeOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_OPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WarmCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WarmEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WarmType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ZoneAwarenessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZONE_AWARENESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ZoneAwarenessEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static COGNITO_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.CognitoOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdentityPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_STRATEGY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.DeploymentStrategyOptions",
    properties: &[::forma_core::schema::Property {
        name: "DeploymentStrategy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Default", "CapacityOptimized"]),
    }],
    rules: &[],
};

static DOMAIN_ENDPOINT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.DomainEndpointOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomEndpointCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomEndpointEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnforceHTTPS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TLSSecurityPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EBS_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.EBSOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "EBSEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Throughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENCRYPTION_AT_REST_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.EncryptionAtRestOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IDENTITY_CENTER_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.IdentityCenterOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnabledAPIAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterApplicationARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterInstanceARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdentityStoreId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RolesKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GroupName", "GroupId"]),
        },
        ::forma_core::schema::Property {
            name: "SubjectKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UserName", "UserId", "Email"]),
        },
    ],
    rules: &[],
};

static LOG_PUBLISHING_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.LogPublishingOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsLogGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static NODE_TO_NODE_ENCRYPTION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.NodeToNodeEncryptionOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static OFF_PEAK_WINDOW_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.OffPeakWindowOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OffPeakWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OFF_PEAK_WINDOW_TYPE),
        },
    ],
    rules: &[],
};

static SNAPSHOT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.SnapshotOptions",
    properties: &[::forma_core::schema::Property {
        name: "AutomatedSnapshotStartHour",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static SOFTWARE_UPDATE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.SoftwareUpdateOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoSoftwareUpdateEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseLatestServiceSoftwareForBlueGreen",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
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

static VPC_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.VPCOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static S3_VECTORS_ENGINE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.S3VectorsEngine",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SERVERLESS_VECTOR_ACCELERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.ServerlessVectorAcceleration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static IAM_FEDERATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.IAMFederationOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RolesKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubjectKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JWT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.JWTOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PublicKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RolesKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubjectKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MASTER_USER_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.MasterUserOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "MasterUserARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterUserPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SAML_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.SAMLOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Idp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MasterBackendRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RolesKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionTimeoutMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubjectKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COLD_STORAGE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.ColdStorageOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static NODE_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.NodeOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "NodeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NodeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["coordinator"]),
        },
    ],
    rules: &[],
};

static ZONE_AWARENESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.ZoneAwarenessConfig",
    properties: &[::forma_core::schema::Property {
        name: "AvailabilityZoneCount",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static OFF_PEAK_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.OffPeakWindow",
    properties: &[::forma_core::schema::Property {
        name: "WindowStartTime",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&WINDOW_START_TIME_TYPE),
    }],
    rules: &[],
};

static IDP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.Idp",
    properties: &[
        ::forma_core::schema::Property {
            name: "EntityId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetadataContent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1048576),
            }),
        },
    ],
    rules: &[],
};

static NODE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.NodeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static WINDOW_START_TIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchService::Domain.WindowStartTime",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hours",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Minutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(59.0),
            }),
        },
    ],
    rules: &[],
};
