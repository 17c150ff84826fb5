// @generated from AWS::Events::Connection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Events::Connection` and its property types.

/// Resource Type definition for AWS::Events::Connection.
///
/// CloudFormation type `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connection {
    props: ::forma_core::schema::Props,
}
impl Connection {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AuthParameters`.
    #[track_caller]
    pub fn auth_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<AuthParameters>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthorizationType`.
    #[track_caller]
    pub fn authorization_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthorizationType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the connection.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The private resource the HTTP request will be sent to.
    #[track_caller]
    pub fn invocation_connectivity_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvocationConnectivityParameters>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyIdentifier`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of the connection.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Connection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Connection {
    type Attributes = ConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Events::Connection"
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
/// The attributes of a `AWS::Events::Connection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ArnForPolicy`.
    pub fn arn_for_policy(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ArnForPolicy")
    }
    /// `Fn::GetAtt` `SecretArn`.
    pub fn secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecretArn")
    }
    /// `Fn::GetAtt` `AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn`.
    pub fn auth_parameters_connectivity_parameters_resource_parameters_resource_association_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn",
        )
    }
    /// `Fn::GetAtt` `InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn`.
    pub fn invocation_connectivity_parameters_resource_parameters_resource_association_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn",
        )
    }
}

/// The values CloudFormation documents: `API_KEY`, `BASIC`, `OAUTH_CLIENT_CREDENTIALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorizationType {
    /// `API_KEY`
    ApiKey,
    /// `BASIC`
    Basic,
    /// `OAUTH_CLIENT_CREDENTIALS`
    OauthClientCredentials,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthorizationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiKey => "API_KEY",
            Self::Basic => "BASIC",
            Self::OauthClientCredentials => "OAUTH_CLIENT_CREDENTIALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["API_KEY", "BASIC", "OAUTH_CLIENT_CREDENTIALS"]
    }
}
impl ::std::convert::From<AuthorizationType> for ::forma_core::Value<AuthorizationType> {
    fn from(v: AuthorizationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthorizationType {}

/// The `AuthParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthParameters {
    props: ::forma_core::schema::Props,
}
impl AuthParameters {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `BasicAuthParameters`, `OAuthParameters` or `ApiKeyAuthParameters`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApiKeyAuthParameters`.
    pub fn api_key_auth_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApiKeyAuthParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BasicAuthParameters`.
    pub fn basic_auth_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BasicAuthParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConnectivityParameters`.
    pub fn connectivity_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectivityParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InvocationHttpParameters`.
    pub fn invocation_http_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionHttpParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `OAuthParameters`.
    pub fn oauth_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<OauthParameters>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthParameters> for ::forma_core::Value<AuthParameters> {
    fn from(v: AuthParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTH_PARAMETERS_TYPE.properties))
    }
}

/// The private resource the HTTP request will be sent to.
#[derive(Debug, Clone, PartialEq)]
pub struct InvocationConnectivityParameters {
    props: ::forma_core::schema::Props,
}
impl InvocationConnectivityParameters {
    /// A new value with its required properties: `ResourceParameters`.
    pub fn new(resource_parameters: impl ::std::convert::Into<::forma_core::Value<ResourceParameters>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_parameters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InvocationConnectivityParameters> for ::forma_core::Value<InvocationConnectivityParameters> {
    fn from(v: InvocationConnectivityParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOCATION_CONNECTIVITY_PARAMETERS_TYPE.properties))
    }
}

/// The `ApiKeyAuthParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyAuthParameters {
    props: ::forma_core::schema::Props,
}
impl ApiKeyAuthParameters {
    /// A new value with its required properties: `ApiKeyName`, `ApiKeyValue`.
    pub fn new(
        api_key_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        api_key_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key_name.into().into_expr());
        props.set(1, api_key_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApiKeyAuthParameters> for ::forma_core::Value<ApiKeyAuthParameters> {
    fn from(v: ApiKeyAuthParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(API_KEY_AUTH_PARAMETERS_TYPE.properties))
    }
}

/// The `BasicAuthParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthParameters {
    props: ::forma_core::schema::Props,
}
impl BasicAuthParameters {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, password.into().into_expr());
        props.set(1, username.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BasicAuthParameters> for ::forma_core::Value<BasicAuthParameters> {
    fn from(v: BasicAuthParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASIC_AUTH_PARAMETERS_TYPE.properties))
    }
}

/// The `ConnectivityParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectivityParameters {
    props: ::forma_core::schema::Props,
}
impl ConnectivityParameters {
    /// A new value with its required properties: `ResourceParameters`.
    pub fn new(resource_parameters: impl ::std::convert::Into<::forma_core::Value<ResourceParameters>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_parameters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectivityParameters> for ::forma_core::Value<ConnectivityParameters> {
    fn from(v: ConnectivityParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTIVITY_PARAMETERS_TYPE.properties))
    }
}

/// The `ConnectionHttpParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionHttpParameters {
    props: ::forma_core::schema::Props,
}
impl ConnectionHttpParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BodyParameters`.
    pub fn body_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Parameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HeaderParameters`.
    pub fn header_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Parameter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QueryStringParameters`.
    pub fn query_string_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Parameter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionHttpParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionHttpParameters> for ::forma_core::Value<ConnectionHttpParameters> {
    fn from(v: ConnectionHttpParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_HTTP_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GET`, `POST`, `PUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "POST", "PUT"]
    }
}
impl ::std::convert::From<HttpMethod> for ::forma_core::Value<HttpMethod> {
    fn from(v: HttpMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpMethod {}

/// The `OAuthParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthParameters {
    props: ::forma_core::schema::Props,
}
impl OauthParameters {
    /// A new value with its required properties: `AuthorizationEndpoint`, `ClientParameters`, `HttpMethod`.
    pub fn new(
        authorization_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_parameters: impl ::std::convert::Into<::forma_core::Value<ClientParameters>>,
        http_method: impl ::forma_core::schema::EnumArg<HttpMethod>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization_endpoint.into().into_expr());
        props.set(1, client_parameters.into().into_expr());
        props.set(2, http_method.into_enum_expr());
        Self { props }
    }
    /// `OAuthHttpParameters`.
    pub fn oauth_http_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionHttpParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OauthParameters> for ::forma_core::Value<OauthParameters> {
    fn from(v: OauthParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH_PARAMETERS_TYPE.properties))
    }
}

/// The `ResourceParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceParameters {
    props: ::forma_core::schema::Props,
}
impl ResourceParameters {
    /// A new value with its required properties: `ResourceConfigurationArn`.
    pub fn new(
        resource_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, resource_configuration_arn.into().into_expr());
        Self { props }
    }
    /// `ResourceAssociationArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn resource_association_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourceParameters> for ::forma_core::Value<ResourceParameters> {
    fn from(v: ResourceParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PARAMETERS_TYPE.properties))
    }
}

/// The `Parameter` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    props: ::forma_core::schema::Props,
}
impl Parameter {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, key.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// `IsValueSecret`.
    pub fn is_value_secret(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Parameter> for ::forma_core::Value<Parameter> {
    fn from(v: Parameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_TYPE.properties))
    }
}

/// The `ClientParameters` property type of `AWS::Events::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientParameters {
    props: ::forma_core::schema::Props,
}
impl ClientParameters {
    /// A new value with its required properties: `ClientID`, `ClientSecret`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, client_secret.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClientParameters> for ::forma_core::Value<ClientParameters> {
    fn from(v: ClientParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::Events::Connection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Events::Connection",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["API_KEY", "BASIC", "OAUTH_CLIENT_CREDENTIALS"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "InvocationConnectivityParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOCATION_CONNECTIVITY_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-/:]*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "ArnForPolicy",
        "SecretArn",
        "AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn",
        "InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn",
    ],
};

static AUTH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.AuthParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKeyAuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&API_KEY_AUTH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BasicAuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASIC_AUTH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectivityParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTIVITY_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InvocationHttpParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_HTTP_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH_PARAMETERS_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["BasicAuthParameters"],
        &["OAuthParameters"],
        &["ApiKeyAuthParameters"],
    ])],
};

static INVOCATION_CONNECTIVITY_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Events::Connection.InvocationConnectivityParameters",
        properties: &[::forma_core::schema::Property {
            name: "ResourceParameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_PARAMETERS_TYPE),
        }],
        rules: &[],
    };

static API_KEY_AUTH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.ApiKeyAuthParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKeyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApiKeyValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static BASIC_AUTH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.BasicAuthParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Password",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static CONNECTIVITY_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.ConnectivityParameters",
    properties: &[::forma_core::schema::Property {
        name: "ResourceParameters",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RESOURCE_PARAMETERS_TYPE),
    }],
    rules: &[],
};

static CONNECTION_HTTP_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.ConnectionHttpParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "BodyParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "HeaderParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueryStringParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static OAUTH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.OAuthParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientParameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST", "PUT"]),
        },
        ::forma_core::schema::Property {
            name: "OAuthHttpParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_HTTP_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Events::Connection.ResourceParameters",
properties: &[
::forma_core::schema::Property { name: "ResourceAssociationArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetworkresourceassociation/snra-[0-9a-z]{17}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ResourceConfigurationArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9f\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$"), min_length: None, max_length: Some(2048) }) },
],
rules: &[],
};

static PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.Parameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsValueSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[\\x20-\\x7E]+([ \\t]+[\\x20-\\x7E]+)*[ \\t]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static CLIENT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Connection.ClientParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientID",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};
