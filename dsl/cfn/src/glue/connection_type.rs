// @generated from AWS::Glue::ConnectionType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::ConnectionType` and its property types.

/// Registers a custom connection type in Glue based on the configuration provided.
///
/// CloudFormation type `AWS::Glue::ConnectionType`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionType {
    props: ::forma_core::schema::Props,
}
impl ConnectionType {
    /// A new resource with its required properties: `ConnectionType`, `RestConfiguration`.
    #[track_caller]
    pub fn new(
        connection_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rest_configuration: impl ::std::convert::Into<::forma_core::Value<RestConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, connection_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, rest_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration that defines the base URL and additional request parameters needed during connection creation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connection_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionPropertiesConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that defines supported authentication types and required properties.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connector_authentication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorAuthenticationConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the connection type.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The integration type for the connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn integration_type(mut self, value: impl ::forma_core::schema::EnumArg<IntegrationType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the connection type.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConnectionType {
    type Attributes = ConnectionTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::ConnectionType"
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
/// The attributes of a `AWS::Glue::ConnectionType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectionTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectionTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectionTypeAttributes {
    /// `Fn::GetAtt` `ConnectionTypeArn`.
    pub fn connection_type_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectionTypeArn")
    }
}

/// The values CloudFormation documents: `REST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationType {
    /// `REST`
    Rest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntegrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rest => "REST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REST"]
    }
}
impl ::std::convert::From<IntegrationType> for ::forma_core::Value<IntegrationType> {
    fn from(v: IntegrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntegrationType {}

/// Configuration that defines the base URL and additional request parameters needed during connection creation.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionPropertiesConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConnectionPropertiesConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Key-value pairs of additional request parameters.
    pub fn additional_request_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConnectorProperty>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionPropertiesConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionPropertiesConfiguration>
    for ::forma_core::Value<ConnectionPropertiesConfiguration>
{
    fn from(v: ConnectionPropertiesConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_PROPERTIES_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASIC`, `OAUTH2`, `CUSTOM`, `IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationTypes {
    /// `BASIC`
    Basic,
    /// `OAUTH2`
    Oauth2,
    /// `CUSTOM`
    Custom,
    /// `IAM`
    Iam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Oauth2 => "OAUTH2",
            Self::Custom => "CUSTOM",
            Self::Iam => "IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "OAUTH2", "CUSTOM", "IAM"]
    }
}
impl ::std::convert::From<AuthenticationTypes> for ::forma_core::Value<AuthenticationTypes> {
    fn from(v: AuthenticationTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationTypes {}

/// Configuration that defines supported authentication types and required properties.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorAuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConnectorAuthenticationConfiguration {
    /// A new value with its required properties: `AuthenticationTypes`.
    pub fn new(
        authentication_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthenticationTypes>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_types.into().into_expr());
        Self { props }
    }
    /// Basic authentication configuration.
    pub fn basic_authentication_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BasicAuthenticationProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Custom authentication configuration.
    pub fn custom_authentication_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomAuthenticationProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// OAuth2 configuration container.
    pub fn oauth_2_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauth2Properties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectorAuthenticationConfiguration>
    for ::forma_core::Value<ConnectorAuthenticationConfiguration>
{
    fn from(v: ConnectorAuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for HTTP request and response handling.
#[derive(Debug, Clone, PartialEq)]
pub struct RestConfiguration {
    props: ::forma_core::schema::Props,
}
impl RestConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A map of entity configurations.
    pub fn entity_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration that defines how to make requests to endpoints.
    pub fn global_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for the validation endpoint.
    pub fn validation_endpoint_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RestConfigurationValidationEndpointConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RestConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RestConfiguration> for ::forma_core::Value<RestConfiguration> {
    fn from(v: RestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REST_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Glue::ConnectionType`.
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

/// The values CloudFormation documents: `HEADER`, `BODY`, `QUERY_PARAM`, `PATH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropertyLocation {
    /// `HEADER`
    Header,
    /// `BODY`
    Body,
    /// `QUERY_PARAM`
    QueryParam,
    /// `PATH`
    Path,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropertyLocation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Header => "HEADER",
            Self::Body => "BODY",
            Self::QueryParam => "QUERY_PARAM",
            Self::Path => "PATH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HEADER", "BODY", "QUERY_PARAM", "PATH"]
    }
}
impl ::std::convert::From<PropertyLocation> for ::forma_core::Value<PropertyLocation> {
    fn from(v: PropertyLocation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropertyLocation {}

/// The values CloudFormation documents: `USER_INPUT`, `SECRET`, `READ_ONLY`, `UNUSED`, `SECRET_OR_USER_INPUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropertyType {
    /// `USER_INPUT`
    UserInput,
    /// `SECRET`
    Secret,
    /// `READ_ONLY`
    ReadOnly,
    /// `UNUSED`
    Unused,
    /// `SECRET_OR_USER_INPUT`
    SecretOrUserInput,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropertyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserInput => "USER_INPUT",
            Self::Secret => "SECRET",
            Self::ReadOnly => "READ_ONLY",
            Self::Unused => "UNUSED",
            Self::SecretOrUserInput => "SECRET_OR_USER_INPUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USER_INPUT", "SECRET", "READ_ONLY", "UNUSED", "SECRET_OR_USER_INPUT"]
    }
}
impl ::std::convert::From<PropertyType> for ::forma_core::Value<PropertyType> {
    fn from(v: PropertyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropertyType {}

/// Defines a property configuration for connection types.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorProperty {
    props: ::forma_core::schema::Props,
}
impl ConnectorProperty {
    /// A new value with its required properties: `Name`, `PropertyType`, `Required`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        property_type: impl ::forma_core::schema::EnumArg<PropertyType>,
        required: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        props.set(5, property_type.into_enum_expr());
        props.set(6, required.into().into_expr());
        Self { props }
    }
    /// A list of allowed values for the property.
    pub fn allowed_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The default value for the property.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A key name to use when sending this property in API requests.
    ///
    /// Allowed: length 1 to 128.
    pub fn key_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies where this property should be included in REST requests.
    pub fn property_location(mut self, value: impl ::forma_core::schema::EnumArg<PropertyLocation>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ConnectorProperty> for ::forma_core::Value<ConnectorProperty> {
    fn from(v: ConnectorProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_PROPERTY_TYPE.properties))
    }
}

/// Basic authentication configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthenticationProperties {
    props: ::forma_core::schema::Props,
}
impl BasicAuthenticationProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines a secret property configuration.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines a secret property configuration.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BasicAuthenticationProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BasicAuthenticationProperties> for ::forma_core::Value<BasicAuthenticationProperties> {
    fn from(v: BasicAuthenticationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASIC_AUTHENTICATION_PROPERTIES_TYPE.properties))
    }
}

/// Custom authentication configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomAuthenticationProperties {
    props: ::forma_core::schema::Props,
}
impl CustomAuthenticationProperties {
    /// A new value with its required properties: `AuthenticationParameters`.
    pub fn new(
        authentication_parameters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SecretConnectorProperty>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_parameters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomAuthenticationProperties> for ::forma_core::Value<CustomAuthenticationProperties> {
    fn from(v: CustomAuthenticationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_AUTHENTICATION_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLIENT_CREDENTIALS`, `JWT_BEARER`, `AUTHORIZATION_CODE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Oauth2GrantType {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `JWT_BEARER`
    JwtBearer,
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Oauth2GrantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "CLIENT_CREDENTIALS",
            Self::JwtBearer => "JWT_BEARER",
            Self::AuthorizationCode => "AUTHORIZATION_CODE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLIENT_CREDENTIALS", "JWT_BEARER", "AUTHORIZATION_CODE"]
    }
}
impl ::std::convert::From<Oauth2GrantType> for ::forma_core::Value<Oauth2GrantType> {
    fn from(v: Oauth2GrantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Oauth2GrantType {}

/// OAuth2 configuration container.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorOauth2Properties {
    props: ::forma_core::schema::Props,
}
impl ConnectorOauth2Properties {
    /// A new value with its required properties: `OAuth2GrantType`.
    pub fn new(oauth_2_grant_type: impl ::forma_core::schema::EnumArg<Oauth2GrantType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, oauth_2_grant_type.into_enum_expr());
        Self { props }
    }
    /// OAuth2 authorization code configuration.
    pub fn authorization_code_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorAuthorizationCodeProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// OAuth2 client credentials configuration.
    pub fn client_credentials_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientCredentialsProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// JWT bearer token configuration.
    pub fn jwt_bearer_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JwtBearerProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectorOauth2Properties> for ::forma_core::Value<ConnectorOauth2Properties> {
    fn from(v: ConnectorOauth2Properties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_OAUTH2_PROPERTIES_TYPE.properties))
    }
}

/// Configuration for interacting with a specific data entity.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityConfiguration {
    props: ::forma_core::schema::Props,
}
impl EntityConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The schema definition for this entity.
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration that defines how to make requests to endpoints.
    pub fn source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntityConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntityConfiguration> for ::forma_core::Value<EntityConfiguration> {
    fn from(v: EntityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GET`, `POST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RequestMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "POST"]
    }
}
impl ::std::convert::From<RequestMethod> for ::forma_core::Value<RequestMethod> {
    fn from(v: RequestMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RequestMethod {}

/// Configuration that defines how to make requests to endpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration that defines how filter predicates are applied to REST API requests, supporting both query parameter and filter string strategies.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for handling paginated responses.
    pub fn pagination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PaginationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The HTTP method to use.
    pub fn request_method(mut self, value: impl ::forma_core::schema::EnumArg<RequestMethod>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Request parameters configuration.
    pub fn request_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConnectorProperty>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The URL path for the REST endpoint.
    ///
    /// Allowed: length 1 to 512.
    pub fn request_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Configuration for parsing JSON responses from REST API calls.
    pub fn response_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
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

/// Configuration for the validation endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct RestConfigurationValidationEndpointConfiguration {
    props: ::forma_core::schema::Props,
}
impl RestConfigurationValidationEndpointConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The HTTP method to use.
    pub fn request_method(mut self, value: impl ::forma_core::schema::EnumArg<RequestMethod>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The URL path for the REST endpoint.
    ///
    /// Allowed: length 1 to 512.
    pub fn request_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RestConfigurationValidationEndpointConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RestConfigurationValidationEndpointConfiguration>
    for ::forma_core::Value<RestConfigurationValidationEndpointConfiguration>
{
    fn from(v: RestConfigurationValidationEndpointConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(REST_CONFIGURATION_VALIDATION_ENDPOINT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `SECRET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecretConnectorPropertyPropertyType {
    /// `SECRET`
    Secret,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecretConnectorPropertyPropertyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Secret => "SECRET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECRET"]
    }
}
impl ::std::convert::From<SecretConnectorPropertyPropertyType>
    for ::forma_core::Value<SecretConnectorPropertyPropertyType>
{
    fn from(v: SecretConnectorPropertyPropertyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecretConnectorPropertyPropertyType {}

/// Defines a secret property configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretConnectorProperty {
    props: ::forma_core::schema::Props,
}
impl SecretConnectorProperty {
    /// A new value with its required properties: `Name`, `PropertyType`, `Required`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        property_type: impl ::forma_core::schema::EnumArg<SecretConnectorPropertyPropertyType>,
        required: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(3, property_type.into_enum_expr());
        props.set(4, required.into().into_expr());
        Self { props }
    }
    /// A key name to use when sending this property in API requests.
    ///
    /// Allowed: length 1 to 128.
    pub fn key_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies where this property should be included in REST requests.
    pub fn property_location(mut self, value: impl ::forma_core::schema::EnumArg<PropertyLocation>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SecretConnectorProperty> for ::forma_core::Value<SecretConnectorProperty> {
    fn from(v: SecretConnectorProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRET_CONNECTOR_PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `APPLICATION_JSON`, `URL_ENCODED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentType {
    /// `APPLICATION_JSON`
    ApplicationJson,
    /// `URL_ENCODED`
    UrlEncoded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplicationJson => "APPLICATION_JSON",
            Self::UrlEncoded => "URL_ENCODED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPLICATION_JSON", "URL_ENCODED"]
    }
}
impl ::std::convert::From<ContentType> for ::forma_core::Value<ContentType> {
    fn from(v: ContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentType {}

/// OAuth2 authorization code configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorAuthorizationCodeProperties {
    props: ::forma_core::schema::Props,
}
impl ConnectorAuthorizationCodeProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines a property configuration for connection types.
    pub fn authorization_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn authorization_code_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Defines a secret property configuration.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Defines a secret property configuration.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ContentType`.
    pub fn content_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn prompt(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn redirect_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RequestMethod`.
    pub fn request_method(mut self, value: impl ::forma_core::schema::EnumArg<RequestMethod>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn token_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TokenUrlParameters`.
    pub fn token_url_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConnectorProperty>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorAuthorizationCodeProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorAuthorizationCodeProperties>
    for ::forma_core::Value<ConnectorAuthorizationCodeProperties>
{
    fn from(v: ConnectorAuthorizationCodeProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_AUTHORIZATION_CODE_PROPERTIES_TYPE.properties))
    }
}

/// OAuth2 client credentials configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientCredentialsProperties {
    props: ::forma_core::schema::Props,
}
impl ClientCredentialsProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines a secret property configuration.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines a secret property configuration.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ContentType`.
    pub fn content_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `RequestMethod`.
    pub fn request_method(mut self, value: impl ::forma_core::schema::EnumArg<RequestMethod>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn token_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TokenUrlParameters`.
    pub fn token_url_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConnectorProperty>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientCredentialsProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientCredentialsProperties> for ::forma_core::Value<ClientCredentialsProperties> {
    fn from(v: ClientCredentialsProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_CREDENTIALS_PROPERTIES_TYPE.properties))
    }
}

/// JWT bearer token configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtBearerProperties {
    props: ::forma_core::schema::Props,
}
impl JwtBearerProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContentType`.
    pub fn content_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Defines a secret property configuration.
    pub fn jwt_token(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecretConnectorProperty>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RequestMethod`.
    pub fn request_method(mut self, value: impl ::forma_core::schema::EnumArg<RequestMethod>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Defines a property configuration for connection types.
    pub fn token_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectorProperty>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TokenUrlParameters`.
    pub fn token_url_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConnectorProperty>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JwtBearerProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JwtBearerProperties> for ::forma_core::Value<JwtBearerProperties> {
    fn from(v: JwtBearerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_BEARER_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INT`, `SMALLINT`, `BIGINT`, `FLOAT`, `LONG`, `DATE`, `BOOLEAN`, `MAP`, `ARRAY`, `STRING`, `TIMESTAMP`, `DECIMAL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldDataType {
    /// `INT`
    Int,
    /// `SMALLINT`
    Smallint,
    /// `BIGINT`
    Bigint,
    /// `FLOAT`
    Float,
    /// `LONG`
    Long,
    /// `DATE`
    Date,
    /// `BOOLEAN`
    Boolean,
    /// `MAP`
    Map,
    /// `ARRAY`
    Array,
    /// `STRING`
    String,
    /// `TIMESTAMP`
    Timestamp,
    /// `DECIMAL`
    Decimal,
    /// `BYTE`
    Byte,
    /// `SHORT`
    Short,
    /// `DOUBLE`
    Double,
    /// `STRUCT`
    Struct,
    /// `BINARY`
    Binary,
    /// `UNION`
    Union,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FieldDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Int => "INT",
            Self::Smallint => "SMALLINT",
            Self::Bigint => "BIGINT",
            Self::Float => "FLOAT",
            Self::Long => "LONG",
            Self::Date => "DATE",
            Self::Boolean => "BOOLEAN",
            Self::Map => "MAP",
            Self::Array => "ARRAY",
            Self::String => "STRING",
            Self::Timestamp => "TIMESTAMP",
            Self::Decimal => "DECIMAL",
            Self::Byte => "BYTE",
            Self::Short => "SHORT",
            Self::Double => "DOUBLE",
            Self::Struct => "STRUCT",
            Self::Binary => "BINARY",
            Self::Union => "UNION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "INT",
            "SMALLINT",
            "BIGINT",
            "FLOAT",
            "LONG",
            "DATE",
            "BOOLEAN",
            "MAP",
            "ARRAY",
            "STRING",
            "TIMESTAMP",
            "DECIMAL",
            "BYTE",
            "SHORT",
            "DOUBLE",
            "STRUCT",
            "BINARY",
            "UNION",
        ]
    }
}
impl ::std::convert::From<FieldDataType> for ::forma_core::Value<FieldDataType> {
    fn from(v: FieldDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FieldDataType {}

/// Defines a field in an entity schema.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldDefinition {
    props: ::forma_core::schema::Props,
}
impl FieldDefinition {
    /// A new value with its required properties: `FieldDataType`, `Name`.
    pub fn new(
        field_data_type: impl ::forma_core::schema::EnumArg<FieldDataType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_data_type.into_enum_expr());
        props.set(6, name.into().into_expr());
        Self { props }
    }
    /// Configuration that defines per-field overrides for filter behavior, allowing individual fields to customize how filter operations are applied.
    pub fn filter_overrides(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterOverrides>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether this field can contain null values.
    pub fn is_nullable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether this field can be used for ordering results.
    pub fn is_orderable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates whether this field can be used for partitioning queries to the data source.
    pub fn is_partitionable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Indicates whether this field can be used in filter predicates when querying data.
    pub fn is_queryable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The format pattern for parsing date values from API responses.
    pub fn response_date_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FieldDefinition> for ::forma_core::Value<FieldDefinition> {
    fn from(v: FieldDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `QUERY_PARAMS`, `FILTER_STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterMode {
    /// `QUERY_PARAMS`
    QueryParams,
    /// `FILTER_STRING`
    FilterString,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::QueryParams => "QUERY_PARAMS",
            Self::FilterString => "FILTER_STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["QUERY_PARAMS", "FILTER_STRING"]
    }
}
impl ::std::convert::From<FilterMode> for ::forma_core::Value<FilterMode> {
    fn from(v: FilterMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterMode {}

/// Configuration that defines how filter predicates are applied to REST API requests, supporting both query parameter and filter string strategies.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilterConfiguration {
    /// A new value with its required properties: `FilterMode`.
    pub fn new(filter_mode: impl ::forma_core::schema::EnumArg<FilterMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, filter_mode.into_enum_expr());
        Self { props }
    }
    /// Configuration that defines how BETWEEN range filter operations are translated into REST API request parameters.
    pub fn between_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BetweenConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The global date and time format for filter expressions.
    pub fn date_time_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for constructing filter expression strings when using the FILTER_STRING filter mode.
    pub fn filter_string_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterStringConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A map of logical filter operators to their API-specific string representations.
    pub fn operator_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Indicates whether surrounding double quotes should be stripped from filter values before processing.
    pub fn strip_quotes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FilterConfiguration> for ::forma_core::Value<FilterConfiguration> {
    fn from(v: FilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for handling paginated responses.
#[derive(Debug, Clone, PartialEq)]
pub struct PaginationConfiguration {
    props: ::forma_core::schema::Props,
}
impl PaginationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Cursor-based pagination configuration.
    pub fn cursor_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CursorConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Offset-based pagination configuration.
    pub fn offset_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OffsetConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PaginationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PaginationConfiguration> for ::forma_core::Value<PaginationConfiguration> {
    fn from(v: PaginationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAGINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for parsing JSON responses from REST API calls.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseConfiguration {
    props: ::forma_core::schema::Props,
}
impl ResponseConfiguration {
    /// A new value with its required properties: `ResultPath`.
    pub fn new(result_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, result_path.into().into_expr());
        Self { props }
    }
    /// JSON path expression for error information location.
    ///
    /// Allowed: length 1 to 512.
    pub fn error_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResponseConfiguration> for ::forma_core::Value<ResponseConfiguration> {
    fn from(v: ResponseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESPONSE_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration that defines per-field overrides for filter behavior, allowing individual fields to customize how filter operations are applied.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterOverrides {
    props: ::forma_core::schema::Props,
}
impl FilterOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration that defines how BETWEEN range filter operations are translated into REST API request parameters.
    pub fn between_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BetweenConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The date and time format for filter expressions on this field, overriding the global DateTimeFormat.
    pub fn date_time_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An override for the field name to use in filter expressions, if different from the schema field name.
    pub fn field_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A map of logical filter operators to their field-specific API representations, overriding the global operator mappings.
    pub fn operator_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterOverrides> for ::forma_core::Value<FilterOverrides> {
    fn from(v: FilterOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_OVERRIDES_TYPE.properties))
    }
}

/// Configuration that defines how BETWEEN range filter operations are translated into REST API request parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct BetweenConfiguration {
    props: ::forma_core::schema::Props,
}
impl BetweenConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The parameter name used for the upper bound value in a BETWEEN filter operation.
    pub fn high_bound_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The parameter name used for the lower bound value in a BETWEEN filter operation.
    pub fn low_bound_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A template string for constructing the BETWEEN filter expression.
    pub fn template(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BetweenConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BetweenConfiguration> for ::forma_core::Value<BetweenConfiguration> {
    fn from(v: BetweenConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BETWEEN_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for constructing filter expression strings when using the FILTER_STRING filter mode.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterStringConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilterStringConfiguration {
    /// A new value with its required properties: `QueryParameterName`.
    pub fn new(query_parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, query_parameter_name.into().into_expr());
        Self { props }
    }
    /// The character used to quote values when QuoteStringValues is true.
    pub fn quote_character(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether string and date values should be wrapped with a quote character in the filter expression.
    pub fn quote_string_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FilterStringConfiguration> for ::forma_core::Value<FilterStringConfiguration> {
    fn from(v: FilterStringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_STRING_CONFIGURATION_TYPE.properties))
    }
}

/// Cursor-based pagination configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CursorConfiguration {
    props: ::forma_core::schema::Props,
}
impl CursorConfiguration {
    /// A new value with its required properties: `NextPage`.
    pub fn new(next_page: impl ::std::convert::Into<::forma_core::Value<ExtractedParameter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, next_page.into().into_expr());
        Self { props }
    }
    /// Parameter extraction configuration.
    pub fn limit_parameter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExtractedParameter>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CursorConfiguration> for ::forma_core::Value<CursorConfiguration> {
    fn from(v: CursorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CURSOR_CONFIGURATION_TYPE.properties))
    }
}

/// Offset-based pagination configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetConfiguration {
    props: ::forma_core::schema::Props,
}
impl OffsetConfiguration {
    /// A new value with its required properties: `LimitParameter`, `OffsetParameter`.
    pub fn new(
        limit_parameter: impl ::std::convert::Into<::forma_core::Value<ExtractedParameter>>,
        offset_parameter: impl ::std::convert::Into<::forma_core::Value<ExtractedParameter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, limit_parameter.into().into_expr());
        props.set(1, offset_parameter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OffsetConfiguration> for ::forma_core::Value<OffsetConfiguration> {
    fn from(v: OffsetConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OFFSET_CONFIGURATION_TYPE.properties))
    }
}

/// Parameter extraction configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractedParameter {
    props: ::forma_core::schema::Props,
}
impl ExtractedParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The default value.
    ///
    /// Allowed: length 1 to 1024.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The parameter key name.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies where to place the parameter in requests.
    pub fn property_location(mut self, value: impl ::forma_core::schema::EnumArg<PropertyLocation>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Defines how to extract values from HTTP responses.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResponseExtractionMapping>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExtractedParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExtractedParameter> for ::forma_core::Value<ExtractedParameter> {
    fn from(v: ExtractedParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTRACTED_PARAMETER_TYPE.properties))
    }
}

/// Defines how to extract values from HTTP responses.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseExtractionMapping {
    props: ::forma_core::schema::Props,
}
impl ResponseExtractionMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A JSON path expression to extract a value from response body.
    ///
    /// Allowed: length 1 to 512.
    pub fn content_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of an HTTP response header from which to extract the value.
    ///
    /// Allowed: length 1 to 128.
    pub fn header_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResponseExtractionMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResponseExtractionMapping> for ::forma_core::Value<ResponseExtractionMapping> {
    fn from(v: ResponseExtractionMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESPONSE_EXTRACTION_MAPPING_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::ConnectionType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::ConnectionType",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_PROPERTIES_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorAuthenticationConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegrationType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["REST"]),
        },
        ::forma_core::schema::Property {
            name: "RestConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&REST_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ConnectionTypeArn"],
};

static CONNECTION_PROPERTIES_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Glue::ConnectionType.ConnectionPropertiesConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdditionalRequestParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Url",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
        ],
        rules: &[],
    };

static CONNECTOR_AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Glue::ConnectionType.ConnectorAuthenticationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthenticationTypes",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["BASIC", "OAUTH2", "CUSTOM", "IAM"]),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "BasicAuthenticationProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BASIC_AUTHENTICATION_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CustomAuthenticationProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CUSTOM_AUTHENTICATION_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OAuth2Properties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH2_PROPERTIES_TYPE),
            },
        ],
        rules: &[],
    };

static REST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.RestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EntityConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&ENTITY_CONFIGURATION_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "GlobalSourceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValidationEndpointConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REST_CONFIGURATION_VALIDATION_ENDPOINT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.Tag",
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

static CONNECTOR_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.ConnectorProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HEADER", "BODY", "QUERY_PARAM", "PATH"]),
        },
        ::forma_core::schema::Property {
            name: "PropertyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "USER_INPUT",
                "SECRET",
                "READ_ONLY",
                "UNUSED",
                "SECRET_OR_USER_INPUT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static BASIC_AUTHENTICATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.BasicAuthenticationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOM_AUTHENTICATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.CustomAuthenticationProperties",
    properties: &[::forma_core::schema::Property {
        name: "AuthenticationParameters",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CONNECTOR_OAUTH2_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.ConnectorOAuth2Properties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationCodeProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_AUTHORIZATION_CODE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientCredentialsProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_CREDENTIALS_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JWTBearerProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JWT_BEARER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuth2GrantType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLIENT_CREDENTIALS", "JWT_BEARER", "AUTHORIZATION_CODE"]),
        },
    ],
    rules: &[],
};

static ENTITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.EntityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&FIELD_DEFINITION_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "SourceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.SourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PaginationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAGINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RequestMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
        },
        ::forma_core::schema::Property {
            name: "RequestParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RequestPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/[a-zA-Z0-9._~:/?#\\[\\]@!$&'()*+,;={}-]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static REST_CONFIGURATION_VALIDATION_ENDPOINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Glue::ConnectionType.RestConfigurationValidationEndpointConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "RequestMethod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
            },
            ::forma_core::schema::Property {
                name: "RequestPath",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^/[a-zA-Z0-9._~:/?#\\[\\]@!$&'()*+,;={}-]*$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static SECRET_CONNECTOR_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.SecretConnectorProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HEADER", "BODY", "QUERY_PARAM", "PATH"]),
        },
        ::forma_core::schema::Property {
            name: "PropertyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SECRET"]),
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CONNECTOR_AUTHORIZATION_CODE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Glue::ConnectionType.ConnectorAuthorizationCodeProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthorizationCode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "AuthorizationCodeUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ContentType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["APPLICATION_JSON", "URL_ENCODED"]),
            },
            ::forma_core::schema::Property {
                name: "Prompt",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RedirectUri",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RequestMethod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
            },
            ::forma_core::schema::Property {
                name: "Scope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TokenUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TokenUrlParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static CLIENT_CREDENTIALS_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.ClientCredentialsProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["APPLICATION_JSON", "URL_ENCODED"]),
        },
        ::forma_core::schema::Property {
            name: "RequestMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TokenUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TokenUrlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static JWT_BEARER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.JWTBearerProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["APPLICATION_JSON", "URL_ENCODED"]),
        },
        ::forma_core::schema::Property {
            name: "JwtToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RequestMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
        },
        ::forma_core::schema::Property {
            name: "TokenUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TokenUrlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONNECTOR_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static FIELD_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.FieldDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldDataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "INT",
                "SMALLINT",
                "BIGINT",
                "FLOAT",
                "LONG",
                "DATE",
                "BOOLEAN",
                "MAP",
                "ARRAY",
                "STRING",
                "TIMESTAMP",
                "DECIMAL",
                "BYTE",
                "SHORT",
                "DOUBLE",
                "STRUCT",
                "BINARY",
                "UNION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "FilterOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_OVERRIDES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsNullable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsOrderable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsPartitionable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsQueryable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseDateFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.FilterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BetweenConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BETWEEN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DateTimeFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilterMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["QUERY_PARAMS", "FILTER_STRING"]),
        },
        ::forma_core::schema::Property {
            name: "FilterStringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_STRING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OperatorMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "StripQuotes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static PAGINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.PaginationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CursorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CURSOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OffsetConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OFFSET_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static RESPONSE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.ResponseConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\$(\\.[a-zA-Z0-9_.@\\[\\]\\(\\)-]+)*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResultPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\$(\\.[a-zA-Z0-9_.@\\[\\]\\(\\)-]+)*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static FILTER_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.FilterOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "BetweenConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BETWEEN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DateTimeFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FieldName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperatorMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static BETWEEN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.BetweenConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HighBoundKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LowBoundKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Template",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FILTER_STRING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.FilterStringConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueryParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QuoteCharacter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QuoteStringValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CURSOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.CursorConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LimitParameter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTRACTED_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NextPage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTRACTED_PARAMETER_TYPE),
        },
    ],
    rules: &[],
};

static OFFSET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.OffsetConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LimitParameter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTRACTED_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OffsetParameter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTRACTED_PARAMETER_TYPE),
        },
    ],
    rules: &[],
};

static EXTRACTED_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.ExtractedParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^<>&'\"]"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HEADER", "BODY", "QUERY_PARAM", "PATH"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_EXTRACTION_MAPPING_TYPE),
        },
    ],
    rules: &[],
};

static RESPONSE_EXTRACTION_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::ConnectionType.ResponseExtractionMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\$(\\.[a-zA-Z0-9_.@\\[\\]\\(\\)-]+)*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "HeaderKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
