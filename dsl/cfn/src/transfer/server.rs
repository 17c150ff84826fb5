// @generated from AWS::Transfer::Server (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::Server` and its property types.

/// Definition of AWS::Transfer::Server Resource Type
///
/// CloudFormation type `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    props: ::forma_core::schema::Props,
}
impl Server {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Certificate`.
    ///
    /// Allowed: length 0 to 1600.
    #[track_caller]
    pub fn certificate(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When this property is `true`, AWS Transfer Family will generate an initial host key for your server, making it immediately available to SFTP clients.
    #[track_caller]
    pub fn create_with_host_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Domain`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain(mut self, value: impl ::forma_core::schema::EnumArg<Domain>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointDetails`.
    #[track_caller]
    pub fn endpoint_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<EndpointDetails>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointType`.
    #[track_caller]
    pub fn endpoint_type(mut self, value: impl ::forma_core::schema::EnumArg<EndpointType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityProviderDetails`.
    #[track_caller]
    pub fn identity_provider_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityProviderDetails>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityProviderType`.
    #[track_caller]
    pub fn identity_provider_type(mut self, value: impl ::forma_core::schema::EnumArg<IdentityProviderType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IpAddressType`.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoggingRole`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn logging_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PostAuthenticationLoginBanner`.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn post_authentication_login_banner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PreAuthenticationLoginBanner`.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn pre_authentication_login_banner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProtocolDetails`.
    #[track_caller]
    pub fn protocol_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProtocolDetails>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Protocols`.
    #[track_caller]
    pub fn protocols(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Protocol>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `S3StorageOptions`.
    #[track_caller]
    pub fn s3_storage_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3StorageOptions>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityPolicyName`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn security_policy_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StructuredLogDestinations`.
    #[track_caller]
    pub fn structured_log_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WorkflowDetails`.
    #[track_caller]
    pub fn workflow_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkflowDetails>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Server {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Server {
    type Attributes = ServerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::Server"
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
/// The attributes of a `AWS::Transfer::Server` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServerAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `As2ServiceManagedEgressIpAddresses`.
    pub fn as2_service_managed_egress_ip_addresses(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "As2ServiceManagedEgressIpAddresses")
    }
    /// `Fn::GetAtt` `ServerId`.
    pub fn server_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServerId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `S3`, `EFS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Domain {
    /// `S3`
    S3,
    /// `EFS`
    Efs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Domain {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Efs => "EFS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3", "EFS"]
    }
}
impl ::std::convert::From<Domain> for ::forma_core::Value<Domain> {
    fn from(v: Domain) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Domain {}

/// The values CloudFormation documents: `PUBLIC`, `VPC`, `VPC_ENDPOINT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// `PUBLIC`
    Public,
    /// `VPC`
    Vpc,
    /// `VPC_ENDPOINT`
    VpcEndpoint,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Vpc => "VPC",
            Self::VpcEndpoint => "VPC_ENDPOINT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "VPC", "VPC_ENDPOINT"]
    }
}
impl ::std::convert::From<EndpointType> for ::forma_core::Value<EndpointType> {
    fn from(v: EndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointType {}

/// The values CloudFormation documents: `SERVICE_MANAGED`, `API_GATEWAY`, `AWS_DIRECTORY_SERVICE`, `AWS_LAMBDA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityProviderType {
    /// `SERVICE_MANAGED`
    ServiceManaged,
    /// `API_GATEWAY`
    ApiGateway,
    /// `AWS_DIRECTORY_SERVICE`
    AwsDirectoryService,
    /// `AWS_LAMBDA`
    AwsLambda,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdentityProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceManaged => "SERVICE_MANAGED",
            Self::ApiGateway => "API_GATEWAY",
            Self::AwsDirectoryService => "AWS_DIRECTORY_SERVICE",
            Self::AwsLambda => "AWS_LAMBDA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE_MANAGED", "API_GATEWAY", "AWS_DIRECTORY_SERVICE", "AWS_LAMBDA"]
    }
}
impl ::std::convert::From<IdentityProviderType> for ::forma_core::Value<IdentityProviderType> {
    fn from(v: IdentityProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdentityProviderType {}

/// The values CloudFormation documents: `IPV4`, `DUALSTACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4`
    Ipv4,
    /// `DUALSTACK`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Dualstack => "DUALSTACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUALSTACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The values CloudFormation documents: `SFTP`, `FTP`, `FTPS`, `AS2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `SFTP`
    Sftp,
    /// `FTP`
    Ftp,
    /// `FTPS`
    Ftps,
    /// `AS2`
    As2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sftp => "SFTP",
            Self::Ftp => "FTP",
            Self::Ftps => "FTPS",
            Self::As2 => "AS2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SFTP", "FTP", "FTPS", "AS2"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `EndpointDetails` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointDetails {
    props: ::forma_core::schema::Props,
}
impl EndpointDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddressAllocationIds`.
    pub fn address_allocation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
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
    /// `VpcEndpointId`.
    ///
    /// Allowed: length 22 to 22.
    pub fn vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EndpointDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EndpointDetails> for ::forma_core::Value<EndpointDetails> {
    fn from(v: EndpointDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PASSWORD`, `PUBLIC_KEY`, `PUBLIC_KEY_OR_PASSWORD`, `PUBLIC_KEY_AND_PASSWORD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SftpAuthenticationMethods {
    /// `PASSWORD`
    Password,
    /// `PUBLIC_KEY`
    PublicKey,
    /// `PUBLIC_KEY_OR_PASSWORD`
    PublicKeyOrPassword,
    /// `PUBLIC_KEY_AND_PASSWORD`
    PublicKeyAndPassword,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SftpAuthenticationMethods {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "PASSWORD",
            Self::PublicKey => "PUBLIC_KEY",
            Self::PublicKeyOrPassword => "PUBLIC_KEY_OR_PASSWORD",
            Self::PublicKeyAndPassword => "PUBLIC_KEY_AND_PASSWORD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PASSWORD", "PUBLIC_KEY", "PUBLIC_KEY_OR_PASSWORD", "PUBLIC_KEY_AND_PASSWORD"]
    }
}
impl ::std::convert::From<SftpAuthenticationMethods> for ::forma_core::Value<SftpAuthenticationMethods> {
    fn from(v: SftpAuthenticationMethods) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SftpAuthenticationMethods {}

/// The `IdentityProviderDetails` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProviderDetails {
    props: ::forma_core::schema::Props,
}
impl IdentityProviderDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DirectoryId`.
    ///
    /// Allowed: length 12 to 12.
    pub fn directory_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Function`.
    ///
    /// Allowed: length 1 to 170.
    pub fn function(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InvocationRole`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn invocation_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SftpAuthenticationMethods`.
    pub fn sftp_authentication_methods(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SftpAuthenticationMethods>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `Url`.
    ///
    /// Allowed: length 0 to 255.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdentityProviderDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityProviderDetails> for ::forma_core::Value<IdentityProviderDetails> {
    fn from(v: IdentityProviderDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_PROVIDER_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum As2Transport {
    /// `HTTP`
    Http,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl As2Transport {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP"]
    }
}
impl ::std::convert::From<As2Transport> for ::forma_core::Value<As2Transport> {
    fn from(v: As2Transport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for As2Transport {}

/// The values CloudFormation documents: `DEFAULT`, `ENABLE_NO_OP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetStatOption {
    /// `DEFAULT`
    Default,
    /// `ENABLE_NO_OP`
    EnableNoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SetStatOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::EnableNoOp => "ENABLE_NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "ENABLE_NO_OP"]
    }
}
impl ::std::convert::From<SetStatOption> for ::forma_core::Value<SetStatOption> {
    fn from(v: SetStatOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SetStatOption {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `ENFORCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TlsSessionResumptionMode {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `ENFORCED`
    Enforced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TlsSessionResumptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Enforced => "ENFORCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "ENFORCED"]
    }
}
impl ::std::convert::From<TlsSessionResumptionMode> for ::forma_core::Value<TlsSessionResumptionMode> {
    fn from(v: TlsSessionResumptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TlsSessionResumptionMode {}

/// The `ProtocolDetails` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtocolDetails {
    props: ::forma_core::schema::Props,
}
impl ProtocolDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `As2Transports`.
    pub fn as2_transports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<As2Transport>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PassiveIp`.
    ///
    /// Allowed: length 0 to 15.
    pub fn passive_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ProxyConfig`.
    pub fn proxy_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProxyConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SetStatOption`.
    pub fn set_stat_option(mut self, value: impl ::forma_core::schema::EnumArg<SetStatOption>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `TlsSessionResumptionMode`.
    pub fn tls_session_resumption_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TlsSessionResumptionMode>,
    ) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ProtocolDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProtocolDetails> for ::forma_core::Value<ProtocolDetails> {
    fn from(v: ProtocolDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROTOCOL_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DirectoryListingOptimization {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DirectoryListingOptimization {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<DirectoryListingOptimization> for ::forma_core::Value<DirectoryListingOptimization> {
    fn from(v: DirectoryListingOptimization) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DirectoryListingOptimization {}

/// The `S3StorageOptions` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3StorageOptions {
    props: ::forma_core::schema::Props,
}
impl S3StorageOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether optimization to directory listing on S3 servers is used.
    pub fn directory_listing_optimization(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DirectoryListingOptimization>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for S3StorageOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3StorageOptions> for ::forma_core::Value<S3StorageOptions> {
    fn from(v: S3StorageOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_STORAGE_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Transfer::Server`.
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

/// The `WorkflowDetails` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowDetails {
    props: ::forma_core::schema::Props,
}
impl WorkflowDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OnPartialUpload`.
    pub fn on_partial_upload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowDetail>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OnUpload`.
    pub fn on_upload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowDetail>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowDetails> for ::forma_core::Value<WorkflowDetails> {
    fn from(v: WorkflowDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROXY_PROTOCOL_V2_ENFORCED`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProxyMode {
    /// `PROXY_PROTOCOL_V2_ENFORCED`
    ProxyProtocolV2Enforced,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProxyMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProxyProtocolV2Enforced => "PROXY_PROTOCOL_V2_ENFORCED",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROXY_PROTOCOL_V2_ENFORCED", "NONE"]
    }
}
impl ::std::convert::From<ProxyMode> for ::forma_core::Value<ProxyMode> {
    fn from(v: ProxyMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProxyMode {}

/// The `ProxyConfig` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyConfig {
    props: ::forma_core::schema::Props,
}
impl ProxyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SftpMode`.
    pub fn sftp_mode(mut self, value: impl ::forma_core::schema::EnumArg<ProxyMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ProxyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProxyConfig> for ::forma_core::Value<ProxyConfig> {
    fn from(v: ProxyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROXY_CONFIG_TYPE.properties))
    }
}

/// The `WorkflowDetail` property type of `AWS::Transfer::Server`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowDetail {
    props: ::forma_core::schema::Props,
}
impl WorkflowDetail {
    /// A new value with its required properties: `ExecutionRole`, `WorkflowId`.
    pub fn new(
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workflow_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, execution_role.into().into_expr());
        props.set(1, workflow_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WorkflowDetail> for ::forma_core::Value<WorkflowDetail> {
    fn from(v: WorkflowDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_DETAIL_TYPE.properties))
    }
}

/// The schema of `AWS::Transfer::Server`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transfer::Server",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreateWithHostKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["S3", "EFS"]),
        },
        ::forma_core::schema::Property {
            name: "EndpointDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "VPC", "VPC_ENDPOINT"]),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_PROVIDER_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SERVICE_MANAGED",
                "API_GATEWAY",
                "AWS_DIRECTORY_SERVICE",
                "AWS_LAMBDA",
            ]),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUALSTACK"]),
        },
        ::forma_core::schema::Property {
            name: "LoggingRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(|arn:.*role/\\S+)$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "PostAuthenticationLoginBanner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x09-\\x0D\\x20-\\x7E]*$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "PreAuthenticationLoginBanner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x09-\\x0D\\x20-\\x7E]*$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProtocolDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROTOCOL_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Protocols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SFTP", "FTP", "FTPS", "AS2"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3StorageOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_STORAGE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityPolicyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^TransferSecurityPolicy-.+$"),
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "StructuredLogDestinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:\\S+$"),
                    min_length: Some(20),
                    max_length: Some(1600),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkflowDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_DETAILS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "As2ServiceManagedEgressIpAddresses", "ServerId", "State"],
};

static ENDPOINT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.EndpointDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddressAllocationIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-f]{8,17}$"),
                    min_length: Some(11),
                    max_length: Some(20),
                }),
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
        ::forma_core::schema::Property {
            name: "VpcEndpointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpce-[0-9a-f]{17}$"),
                min_length: Some(22),
                max_length: Some(22),
            }),
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

static IDENTITY_PROVIDER_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.IdentityProviderDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "DirectoryId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-[0-9a-f]{10}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Function",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z-]+:lambda:.*$"),
                min_length: Some(1),
                max_length: Some(170),
            }),
        },
        ::forma_core::schema::Property {
            name: "InvocationRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*role/\\S+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SftpAuthenticationMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PASSWORD",
                "PUBLIC_KEY",
                "PUBLIC_KEY_OR_PASSWORD",
                "PUBLIC_KEY_AND_PASSWORD",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static PROTOCOL_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.ProtocolDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "As2Transports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["HTTP"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PassiveIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProxyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROXY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SetStatOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "ENABLE_NO_OP"]),
        },
        ::forma_core::schema::Property {
            name: "TlsSessionResumptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "ENFORCED"]),
        },
    ],
    rules: &[],
};

static S3_STORAGE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.S3StorageOptions",
    properties: &[::forma_core::schema::Property {
        name: "DirectoryListingOptimization",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.Tag",
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

static WORKFLOW_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.WorkflowDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnPartialUpload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORKFLOW_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnUpload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORKFLOW_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static PROXY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.ProxyConfig",
    properties: &[::forma_core::schema::Property {
        name: "SftpMode",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["PROXY_PROTOCOL_V2_ENFORCED", "NONE"]),
    }],
    rules: &[],
};

static WORKFLOW_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Server.WorkflowDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*role/\\S+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkflowId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^w-([a-z0-9]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
    ],
    rules: &[],
};
