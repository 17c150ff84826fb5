// @generated from AWS::AppRunner::Service (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppRunner::Service` and its property types.

/// The AWS::AppRunner::Service resource specifies an AppRunner Service.
///
/// CloudFormation type `AWS::AppRunner::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    props: ::forma_core::schema::Props,
}
impl Service {
    /// A new resource with its required properties: `SourceConfiguration`.
    #[track_caller]
    pub fn new(source_configuration: impl ::std::convert::Into<::forma_core::Value<SourceConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, source_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Autoscaling configuration ARN
    ///
    /// Allowed: length 1 to 1011.
    #[track_caller]
    pub fn auto_scaling_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Encryption configuration (KMS key)
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Health check configuration
    #[track_caller]
    pub fn health_check_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HealthCheckConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Instance Configuration
    #[track_caller]
    pub fn instance_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Network configuration
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Service observability configuration
    #[track_caller]
    pub fn observability_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceObservabilityConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AppRunner Service Name.
    ///
    /// Allowed: length 4 to 40.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Service {
    type Attributes = ServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppRunner::Service"
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
/// The attributes of a `AWS::AppRunner::Service` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `ServiceId`.
    pub fn service_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceId")
    }
    /// `Fn::GetAtt` `ServiceUrl`.
    pub fn service_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceUrl")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// Encryption configuration (KMS key)
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `KmsKey`.
    pub fn new(kms_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TCP`, `HTTP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `TCP`
    Tcp,
    /// `HTTP`
    Http,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Http => "HTTP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP", "HTTP"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// Health check configuration
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckConfiguration {
    props: ::forma_core::schema::Props,
}
impl HealthCheckConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Health check Healthy Threshold
    ///
    /// Allowed: 1 to 20.
    pub fn healthy_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Health check Interval
    ///
    /// Allowed: 1 to 20.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Health check Path
    ///
    /// Allowed: length 1 to any.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Health Check Protocol
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Health check Timeout
    ///
    /// Allowed: 1 to 20.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Health check Unhealthy Threshold
    ///
    /// Allowed: 1 to 20.
    pub fn unhealthy_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckConfiguration> for ::forma_core::Value<HealthCheckConfiguration> {
    fn from(v: HealthCheckConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_CONFIGURATION_TYPE.properties))
    }
}

/// Instance Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceConfiguration {
    props: ::forma_core::schema::Props,
}
impl InstanceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CPU
    ///
    /// Allowed: length 3 to 9.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Instance Role Arn
    ///
    /// Allowed: length 29 to 1024.
    pub fn instance_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Memory
    ///
    /// Allowed: length 3 to 6.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceConfiguration> for ::forma_core::Value<InstanceConfiguration> {
    fn from(v: InstanceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IPV4`, `DUAL_STACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4`
    Ipv4,
    /// `DUAL_STACK`
    DualStack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::DualStack => "DUAL_STACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUAL_STACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// Network configuration
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Network egress configuration
    pub fn egress_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EgressConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Network ingress configuration
    pub fn ingress_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IngressConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// App Runner service endpoint IP address type
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// Service observability configuration
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceObservabilityConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceObservabilityConfiguration {
    /// A new value with its required properties: `ObservabilityEnabled`.
    pub fn new(observability_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, observability_enabled.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the App Runner ObservabilityConfiguration.
    ///
    /// Allowed: length 1 to 1011.
    pub fn observability_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceObservabilityConfiguration>
    for ::forma_core::Value<ServiceObservabilityConfiguration>
{
    fn from(v: ServiceObservabilityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_OBSERVABILITY_CONFIGURATION_TYPE.properties))
    }
}

/// Source Code configuration
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Authentication Configuration
    pub fn authentication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthenticationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Auto Deployment enabled
    pub fn auto_deployments_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Source Code Repository
    pub fn code_repository(mut self, value: impl ::std::convert::Into<::forma_core::Value<CodeRepository>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Image Repository
    pub fn image_repository(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageRepository>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceConfiguration> for ::forma_core::Value<SourceConfiguration> {
    fn from(v: SourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppRunner::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT`, `VPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EgressType {
    /// `DEFAULT`
    Default,
    /// `VPC`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EgressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Vpc => "VPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "VPC"]
    }
}
impl ::std::convert::From<EgressType> for ::forma_core::Value<EgressType> {
    fn from(v: EgressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EgressType {}

/// Network egress configuration
#[derive(Debug, Clone, PartialEq)]
pub struct EgressConfiguration {
    props: ::forma_core::schema::Props,
}
impl EgressConfiguration {
    /// A new value with its required properties: `EgressType`.
    pub fn new(egress_type: impl ::forma_core::schema::EnumArg<EgressType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, egress_type.into_enum_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the App Runner VpcConnector.
    ///
    /// Allowed: length 44 to 1011.
    pub fn vpc_connector_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EgressConfiguration> for ::forma_core::Value<EgressConfiguration> {
    fn from(v: EgressConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EGRESS_CONFIGURATION_TYPE.properties))
    }
}

/// Network ingress configuration
#[derive(Debug, Clone, PartialEq)]
pub struct IngressConfiguration {
    props: ::forma_core::schema::Props,
}
impl IngressConfiguration {
    /// A new value with its required properties: `IsPubliclyAccessible`.
    pub fn new(is_publicly_accessible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_publicly_accessible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IngressConfiguration> for ::forma_core::Value<IngressConfiguration> {
    fn from(v: IngressConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INGRESS_CONFIGURATION_TYPE.properties))
    }
}

/// Authentication Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthenticationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Access Role Arn
    ///
    /// Allowed: length 29 to 1024.
    pub fn access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Connection Arn
    ///
    /// Allowed: length 1 to 1011.
    pub fn connection_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthenticationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthenticationConfiguration> for ::forma_core::Value<AuthenticationConfiguration> {
    fn from(v: AuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Source Code Repository
#[derive(Debug, Clone, PartialEq)]
pub struct CodeRepository {
    props: ::forma_core::schema::Props,
}
impl CodeRepository {
    /// A new value with its required properties: `RepositoryUrl`, `SourceCodeVersion`.
    pub fn new(
        repository_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_code_version: impl ::std::convert::Into<::forma_core::Value<SourceCodeVersion>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, repository_url.into().into_expr());
        props.set(2, source_code_version.into().into_expr());
        Self { props }
    }
    /// Code Configuration
    pub fn code_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Source Directory
    ///
    /// Allowed: length 1 to 4096.
    pub fn source_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeRepository> for ::forma_core::Value<CodeRepository> {
    fn from(v: CodeRepository) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_REPOSITORY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ECR`, `ECR_PUBLIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageRepositoryType {
    /// `ECR`
    Ecr,
    /// `ECR_PUBLIC`
    EcrPublic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageRepositoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ecr => "ECR",
            Self::EcrPublic => "ECR_PUBLIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ECR", "ECR_PUBLIC"]
    }
}
impl ::std::convert::From<ImageRepositoryType> for ::forma_core::Value<ImageRepositoryType> {
    fn from(v: ImageRepositoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageRepositoryType {}

/// Image Repository
#[derive(Debug, Clone, PartialEq)]
pub struct ImageRepository {
    props: ::forma_core::schema::Props,
}
impl ImageRepository {
    /// A new value with its required properties: `ImageIdentifier`, `ImageRepositoryType`.
    pub fn new(
        image_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image_repository_type: impl ::forma_core::schema::EnumArg<ImageRepositoryType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, image_identifier.into().into_expr());
        props.set(2, image_repository_type.into_enum_expr());
        Self { props }
    }
    /// Image Configuration
    pub fn image_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImageRepository> for ::forma_core::Value<ImageRepository> {
    fn from(v: ImageRepository) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_REPOSITORY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REPOSITORY`, `API`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigurationSource {
    /// `REPOSITORY`
    Repository,
    /// `API`
    Api,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfigurationSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Repository => "REPOSITORY",
            Self::Api => "API",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REPOSITORY", "API"]
    }
}
impl ::std::convert::From<ConfigurationSource> for ::forma_core::Value<ConfigurationSource> {
    fn from(v: ConfigurationSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfigurationSource {}

/// Code Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct CodeConfiguration {
    props: ::forma_core::schema::Props,
}
impl CodeConfiguration {
    /// A new value with its required properties: `ConfigurationSource`.
    pub fn new(configuration_source: impl ::forma_core::schema::EnumArg<ConfigurationSource>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, configuration_source.into_enum_expr());
        Self { props }
    }
    /// Code Configuration Values
    pub fn code_configuration_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeConfigurationValues>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeConfiguration> for ::forma_core::Value<CodeConfiguration> {
    fn from(v: CodeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BRANCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `BRANCH`
    Branch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Branch => "BRANCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BRANCH"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Source Code Version
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCodeVersion {
    props: ::forma_core::schema::Props,
}
impl SourceCodeVersion {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceCodeVersion> for ::forma_core::Value<SourceCodeVersion> {
    fn from(v: SourceCodeVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CODE_VERSION_TYPE.properties))
    }
}

/// Image Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct ImageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Port
    ///
    /// Allowed: length 0 to 51200.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The secrets and parameters that get referenced by your service as environment variables
    pub fn runtime_environment_secrets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RuntimeEnvironmentVariables`.
    pub fn runtime_environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Start Command
    pub fn start_command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageConfiguration> for ::forma_core::Value<ImageConfiguration> {
    fn from(v: ImageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PYTHON_3`, `NODEJS_12`, `NODEJS_14`, `CORRETTO_8`, `CORRETTO_11`, `NODEJS_16`, `GO_1`, `DOTNET_6`, `PHP_81`, `RUBY_31`, `PYTHON_311`, `NODEJS_18`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Runtime {
    /// `PYTHON_3`
    Python3,
    /// `NODEJS_12`
    Nodejs12,
    /// `NODEJS_14`
    Nodejs14,
    /// `CORRETTO_8`
    Corretto8,
    /// `CORRETTO_11`
    Corretto11,
    /// `NODEJS_16`
    Nodejs16,
    /// `GO_1`
    Go1,
    /// `DOTNET_6`
    Dotnet6,
    /// `PHP_81`
    Php81,
    /// `RUBY_31`
    Ruby31,
    /// `PYTHON_311`
    Python311,
    /// `NODEJS_18`
    Nodejs18,
    /// `NODEJS_22`
    Nodejs22,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Runtime {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Python3 => "PYTHON_3",
            Self::Nodejs12 => "NODEJS_12",
            Self::Nodejs14 => "NODEJS_14",
            Self::Corretto8 => "CORRETTO_8",
            Self::Corretto11 => "CORRETTO_11",
            Self::Nodejs16 => "NODEJS_16",
            Self::Go1 => "GO_1",
            Self::Dotnet6 => "DOTNET_6",
            Self::Php81 => "PHP_81",
            Self::Ruby31 => "RUBY_31",
            Self::Python311 => "PYTHON_311",
            Self::Nodejs18 => "NODEJS_18",
            Self::Nodejs22 => "NODEJS_22",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PYTHON_3",
            "NODEJS_12",
            "NODEJS_14",
            "CORRETTO_8",
            "CORRETTO_11",
            "NODEJS_16",
            "GO_1",
            "DOTNET_6",
            "PHP_81",
            "RUBY_31",
            "PYTHON_311",
            "NODEJS_18",
            "NODEJS_22",
        ]
    }
}
impl ::std::convert::From<Runtime> for ::forma_core::Value<Runtime> {
    fn from(v: Runtime) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Runtime {}

/// Code Configuration Values
#[derive(Debug, Clone, PartialEq)]
pub struct CodeConfigurationValues {
    props: ::forma_core::schema::Props,
}
impl CodeConfigurationValues {
    /// A new value with its required properties: `Runtime`.
    pub fn new(runtime: impl ::forma_core::schema::EnumArg<Runtime>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, runtime.into_enum_expr());
        Self { props }
    }
    /// Build Command
    pub fn build_command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Port
    ///
    /// Allowed: length 0 to 51200.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The secrets and parameters that get referenced by your service as environment variables
    pub fn runtime_environment_secrets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RuntimeEnvironmentVariables`.
    pub fn runtime_environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Start Command
    pub fn start_command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeConfigurationValues> for ::forma_core::Value<CodeConfigurationValues> {
    fn from(v: CodeConfigurationValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_CONFIGURATION_VALUES_TYPE.properties))
    }
}

/// The `KeyValuePair` property type of `AWS::AppRunner::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValuePair {
    props: ::forma_core::schema::Props,
}
impl KeyValuePair {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyValuePair {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyValuePair> for ::forma_core::Value<KeyValuePair> {
    fn from(v: KeyValuePair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_PAIR_TYPE.properties))
    }
}

/// The schema of `AWS::AppRunner::Service`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppRunner::Service",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingConfigurationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}",
                ),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ObservabilityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_OBSERVABILITY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9][A-Za-z0-9-_]{3,39}"),
                min_length: Some(4),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ServiceArn", "ServiceId", "ServiceUrl", "Status"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::AppRunner::Service.EncryptionConfiguration",
properties: &[
::forma_core::schema::Property { name: "KmsKey", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(-[\\w]+)*:kms:[a-z\\-]+-[0-9]{1}:[0-9]{12}:key\\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), min_length: Some(0), max_length: Some(256) }) },
],
rules: &[],
};

static HEALTH_CHECK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.HealthCheckConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthyThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TCP", "HTTP"]),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnhealthyThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
    ],
    rules: &[],
};

static INSTANCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.InstanceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("256|512|1024|2048|4096|(0.25|0.5|1|2|4) vCPU"),
                min_length: Some(3),
                max_length: Some(9),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:role/[\\w+=,.@-]{1,64}"),
                min_length: Some(29),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("512|1024|2048|3072|4096|6144|8192|10240|12288|(0.5|1|2|3|4|6|8|10|12) GB"),
                min_length: Some(3),
                max_length: Some(6),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EGRESS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IngressConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INGRESS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUAL_STACK"]),
        },
    ],
    rules: &[],
};

static SERVICE_OBSERVABILITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppRunner::Service.ServiceObservabilityConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ObservabilityConfigurationArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "arn:aws(-[\\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\\w|/|-){1,1011}",
                    ),
                    min_length: Some(1),
                    max_length: Some(1011),
                }),
            },
            ::forma_core::schema::Property {
                name: "ObservabilityEnabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.SourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutoDeploymentsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CodeRepository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_REPOSITORY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageRepository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_REPOSITORY_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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

static EGRESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.EgressConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "VPC"]),
        },
        ::forma_core::schema::Property {
            name: "VpcConnectorArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}",
                ),
                min_length: Some(44),
                max_length: Some(1011),
            }),
        },
    ],
    rules: &[],
};

static INGRESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.IngressConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "IsPubliclyAccessible",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.AuthenticationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:role/[\\w+=,.@-]{1,64}"),
                min_length: Some(29),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}",
                ),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
    ],
    rules: &[],
};

static CODE_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.CodeRepository",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RepositoryUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceCodeVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CODE_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\x00]+"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static IMAGE_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.ImageRepository",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "([0-9]{12}.dkr.ecr.[a-z\\-]+-[0-9]{1}.amazonaws.com\\/.*)|(^public\\.ecr\\.aws\\/.+\\/.+)",
                ),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageRepositoryType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ECR", "ECR_PUBLIC"]),
        },
    ],
    rules: &[],
};

static CODE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.CodeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeConfigurationValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_CONFIGURATION_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REPOSITORY", "API"]),
        },
    ],
    rules: &[],
};

static SOURCE_CODE_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.SourceCodeVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BRANCH"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(51200),
            }),
        },
    ],
    rules: &[],
};

static IMAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.ImageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuntimeEnvironmentSecrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuntimeEnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x0a\\x0d]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CODE_CONFIGURATION_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.CodeConfigurationValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuildCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x0a\\x0d]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PYTHON_3",
                "NODEJS_12",
                "NODEJS_14",
                "CORRETTO_8",
                "CORRETTO_11",
                "NODEJS_16",
                "GO_1",
                "DOTNET_6",
                "PHP_81",
                "RUBY_31",
                "PYTHON_311",
                "NODEJS_18",
                "NODEJS_22",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RuntimeEnvironmentSecrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuntimeEnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x0a\\x0d]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static KEY_VALUE_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::Service.KeyValuePair",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
