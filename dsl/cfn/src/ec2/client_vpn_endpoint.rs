// @generated from AWS::EC2::ClientVpnEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::ClientVpnEndpoint` and its property types.

/// Resource Type definition for AWS::EC2::ClientVpnEndpoint
///
/// CloudFormation type `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientVpnEndpoint {
    props: ::forma_core::schema::Props,
}
impl ClientVpnEndpoint {
    /// A new resource with its required properties: `AuthenticationOptions`, `ConnectionLogOptions`, `ServerCertificateArn`.
    #[track_caller]
    pub fn new(
        authentication_options: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClientAuthenticationRequest>>>,
        connection_log_options: impl ::std::convert::Into<::forma_core::Value<ConnectionLogOptions>>,
        server_certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authentication_options.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, connection_log_options.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, server_certificate_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AuthorizationPolicy`.
    #[track_caller]
    pub fn authorization_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizationPolicy>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientCidrBlock`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientConnectOptions`.
    #[track_caller]
    pub fn client_connect_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientConnectOptions>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientLoginBannerOptions`.
    #[track_caller]
    pub fn client_login_banner_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientLoginBannerOptions>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientRouteEnforcementOptions`.
    #[track_caller]
    pub fn client_route_enforcement_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientRouteEnforcementOptions>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DevicePostureOptions`.
    #[track_caller]
    pub fn device_posture_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DevicePostureOptions>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisconnectOnSessionTimeout`.
    #[track_caller]
    pub fn disconnect_on_session_timeout(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DnsServers`.
    #[track_caller]
    pub fn dns_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointIpAddressType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_ip_address_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityGroupIds`.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SelfServicePortal`.
    #[track_caller]
    pub fn self_service_portal(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SessionTimeoutHours`.
    #[track_caller]
    pub fn session_timeout_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SplitTunnel`.
    #[track_caller]
    pub fn split_tunnel(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TagSpecifications`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagSpecification>>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrafficIpAddressType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn traffic_ip_address_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TransitGatewayConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn transit_gateway_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TransitGatewayConfiguration>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TransportProtocol`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn transport_protocol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcId`.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpnPort`.
    #[track_caller]
    pub fn vpn_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClientVpnEndpoint {
    type Attributes = ClientVpnEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::ClientVpnEndpoint"
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
/// The attributes of a `AWS::EC2::ClientVpnEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClientVpnEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClientVpnEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClientVpnEndpointAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ClientAuthenticationRequest` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientAuthenticationRequest {
    props: ::forma_core::schema::Props,
}
impl ClientAuthenticationRequest {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_.into().into_expr());
        Self { props }
    }
    /// `ActiveDirectory`.
    pub fn active_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DirectoryServiceAuthenticationRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FederatedAuthentication`.
    pub fn federated_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FederatedAuthenticationRequest>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MutualAuthentication`.
    pub fn mutual_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertificateAuthenticationRequest>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClientAuthenticationRequest> for ::forma_core::Value<ClientAuthenticationRequest> {
    fn from(v: ClientAuthenticationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_AUTHENTICATION_REQUEST_TYPE.properties))
    }
}

/// The `AuthorizationPolicy` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationPolicy {
    props: ::forma_core::schema::Props,
}
impl AuthorizationPolicy {
    /// A new value with its required properties: `PolicyDocument`.
    pub fn new(policy_document: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, policy_document.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ShadowMode`.
    pub fn shadow_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthorizationPolicy> for ::forma_core::Value<AuthorizationPolicy> {
    fn from(v: AuthorizationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZATION_POLICY_TYPE.properties))
    }
}

/// The `ClientConnectOptions` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConnectOptions {
    props: ::forma_core::schema::Props,
}
impl ClientConnectOptions {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// `LambdaFunctionArn`.
    pub fn lambda_function_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClientConnectOptions> for ::forma_core::Value<ClientConnectOptions> {
    fn from(v: ClientConnectOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_CONNECT_OPTIONS_TYPE.properties))
    }
}

/// The `ClientLoginBannerOptions` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientLoginBannerOptions {
    props: ::forma_core::schema::Props,
}
impl ClientLoginBannerOptions {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `BannerText`.
    pub fn banner_text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClientLoginBannerOptions> for ::forma_core::Value<ClientLoginBannerOptions> {
    fn from(v: ClientLoginBannerOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_LOGIN_BANNER_OPTIONS_TYPE.properties))
    }
}

/// The `ClientRouteEnforcementOptions` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRouteEnforcementOptions {
    props: ::forma_core::schema::Props,
}
impl ClientRouteEnforcementOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enforced`.
    pub fn enforced(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientRouteEnforcementOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientRouteEnforcementOptions> for ::forma_core::Value<ClientRouteEnforcementOptions> {
    fn from(v: ClientRouteEnforcementOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_ROUTE_ENFORCEMENT_OPTIONS_TYPE.properties))
    }
}

/// The `ConnectionLogOptions` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionLogOptions {
    props: ::forma_core::schema::Props,
}
impl ConnectionLogOptions {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, enabled.into().into_expr());
        Self { props }
    }
    /// `CloudwatchLogGroup`.
    pub fn cloudwatch_log_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudwatchLogStream`.
    pub fn cloudwatch_log_stream(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludeAuthorizationPolicyContext`.
    pub fn include_authorization_policy_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectionLogOptions> for ::forma_core::Value<ConnectionLogOptions> {
    fn from(v: ConnectionLogOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_LOG_OPTIONS_TYPE.properties))
    }
}

/// The `DevicePostureOptions` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DevicePostureOptions {
    props: ::forma_core::schema::Props,
}
impl DevicePostureOptions {
    /// A new value with its required properties: `Enabled`, `TrustProviders`.
    pub fn new(
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        trust_providers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DevicePostureTrustProvider>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        props.set(1, trust_providers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DevicePostureOptions> for ::forma_core::Value<DevicePostureOptions> {
    fn from(v: DevicePostureOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_POSTURE_OPTIONS_TYPE.properties))
    }
}

/// The `TagSpecification` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagSpecification {
    props: ::forma_core::schema::Props,
}
impl TagSpecification {
    /// A new value with its required properties: `ResourceType`, `Tags`.
    pub fn new(
        resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tags: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_type.into().into_expr());
        props.set(1, tags.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TagSpecification> for ::forma_core::Value<TagSpecification> {
    fn from(v: TagSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_SPECIFICATION_TYPE.properties))
    }
}

/// The `TransitGatewayConfiguration` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayConfiguration {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayConfiguration {
    /// A new value with its required properties: `TransitGatewayId`.
    pub fn new(transit_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, transit_gateway_id.into().into_expr());
        Self { props }
    }
    /// `AvailabilityZoneIds`.
    pub fn availability_zone_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AvailabilityZones`.
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransitGatewayConfiguration> for ::forma_core::Value<TransitGatewayConfiguration> {
    fn from(v: TransitGatewayConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSIT_GATEWAY_CONFIGURATION_TYPE.properties))
    }
}

/// The `DirectoryServiceAuthenticationRequest` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryServiceAuthenticationRequest {
    props: ::forma_core::schema::Props,
}
impl DirectoryServiceAuthenticationRequest {
    /// A new value with its required properties: `DirectoryId`.
    pub fn new(directory_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, directory_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DirectoryServiceAuthenticationRequest>
    for ::forma_core::Value<DirectoryServiceAuthenticationRequest>
{
    fn from(v: DirectoryServiceAuthenticationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIRECTORY_SERVICE_AUTHENTICATION_REQUEST_TYPE.properties))
    }
}

/// The `FederatedAuthenticationRequest` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct FederatedAuthenticationRequest {
    props: ::forma_core::schema::Props,
}
impl FederatedAuthenticationRequest {
    /// A new value with its required properties: `SAMLProviderArn`.
    pub fn new(saml_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, saml_provider_arn.into().into_expr());
        Self { props }
    }
    /// `SelfServiceSAMLProviderArn`.
    pub fn self_service_saml_provider_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FederatedAuthenticationRequest> for ::forma_core::Value<FederatedAuthenticationRequest> {
    fn from(v: FederatedAuthenticationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEDERATED_AUTHENTICATION_REQUEST_TYPE.properties))
    }
}

/// The `CertificateAuthenticationRequest` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAuthenticationRequest {
    props: ::forma_core::schema::Props,
}
impl CertificateAuthenticationRequest {
    /// A new value with its required properties: `ClientRootCertificateChainArn`.
    pub fn new(
        client_root_certificate_chain_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_root_certificate_chain_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CertificateAuthenticationRequest> for ::forma_core::Value<CertificateAuthenticationRequest> {
    fn from(v: CertificateAuthenticationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_AUTHENTICATION_REQUEST_TYPE.properties))
    }
}

/// The `DevicePostureTrustProvider` property type of `AWS::EC2::ClientVpnEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DevicePostureTrustProvider {
    props: ::forma_core::schema::Props,
}
impl DevicePostureTrustProvider {
    /// A new value with its required properties: `TenantId`, `TrustProviderType`.
    pub fn new(
        tenant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        trust_provider_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, tenant_id.into().into_expr());
        props.set(2, trust_provider_type.into().into_expr());
        Self { props }
    }
    /// `PublicSigningKeyUrl`.
    pub fn public_signing_key_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DevicePostureTrustProvider> for ::forma_core::Value<DevicePostureTrustProvider> {
    fn from(v: DevicePostureTrustProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_POSTURE_TRUST_PROVIDER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::ClientVpnEndpoint`.
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

/// The schema of `AWS::EC2::ClientVpnEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::ClientVpnEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationOptions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLIENT_AUTHENTICATION_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZATION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientCidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientConnectOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_CONNECT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientLoginBannerOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_LOGIN_BANNER_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientRouteEnforcementOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_ROUTE_ENFORCEMENT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionLogOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_LOG_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DevicePostureOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_POSTURE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisconnectOnSessionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DnsServers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EndpointIpAddressType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "SelfServicePortal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerCertificateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionTimeoutHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SplitTunnel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrafficIpAddressType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRANSIT_GATEWAY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TransportProtocol",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpnPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CLIENT_AUTHENTICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.ClientAuthenticationRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActiveDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIRECTORY_SERVICE_AUTHENTICATION_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FederatedAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEDERATED_AUTHENTICATION_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MutualAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_AUTHENTICATION_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTHORIZATION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.AuthorizationPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ShadowMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLIENT_CONNECT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.ClientConnectOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLIENT_LOGIN_BANNER_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.ClientLoginBannerOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "BannerText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CLIENT_ROUTE_ENFORCEMENT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.ClientRouteEnforcementOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enforced",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CONNECTION_LOG_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.ConnectionLogOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudwatchLogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CloudwatchLogStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeAuthorizationPolicyContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DEVICE_POSTURE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.DevicePostureOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TrustProviders",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEVICE_POSTURE_TRUST_PROVIDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.TagSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TRANSIT_GATEWAY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.TransitGatewayConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZoneIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DIRECTORY_SERVICE_AUTHENTICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::ClientVpnEndpoint.DirectoryServiceAuthenticationRequest",
        properties: &[::forma_core::schema::Property {
            name: "DirectoryId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static FEDERATED_AUTHENTICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.FederatedAuthenticationRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "SAMLProviderArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelfServiceSAMLProviderArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CERTIFICATE_AUTHENTICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::ClientVpnEndpoint.CertificateAuthenticationRequest",
        properties: &[::forma_core::schema::Property {
            name: "ClientRootCertificateChainArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static DEVICE_POSTURE_TRUST_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.DevicePostureTrustProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "PublicSigningKeyUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TenantId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrustProviderType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ClientVpnEndpoint.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
