// @generated from AWS::IoT::DomainConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::DomainConfiguration` and its property types.

/// Create and manage a Domain Configuration
///
/// CloudFormation type `AWS::IoT::DomainConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainConfiguration {
    props: ::forma_core::schema::Props,
}
impl DomainConfiguration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationProtocol`.
    #[track_caller]
    pub fn application_protocol(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationProtocol>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthenticationType`.
    #[track_caller]
    pub fn authentication_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthorizerConfig`.
    #[track_caller]
    pub fn authorizer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizerConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientCertificateConfig`.
    #[track_caller]
    pub fn client_certificate_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientCertificateConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainConfigurationName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_configuration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainConfigurationStatus`.
    #[track_caller]
    pub fn domain_configuration_status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DomainConfigurationStatus>,
    ) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainName`.
    ///
    /// Allowed: length 1 to 253.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServerCertificateArns`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_certificate_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServerCertificateConfig`.
    #[track_caller]
    pub fn server_certificate_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerCertificateConfig>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_type(mut self, value: impl ::forma_core::schema::EnumArg<ServiceType>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TlsConfig`.
    #[track_caller]
    pub fn tls_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TlsConfig>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ValidationCertificateArn`.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn validation_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DomainConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DomainConfiguration {
    type Attributes = DomainConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::DomainConfiguration"
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
/// The attributes of a `AWS::IoT::DomainConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DomainType`.
    pub fn domain_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainType")
    }
    /// `Fn::GetAtt` `ServerCertificates`.
    pub fn server_certificates(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ServerCertificates")
    }
}

/// The values CloudFormation documents: `SECURE_MQTT`, `MQTT_WSS`, `HTTPS`, `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationProtocol {
    /// `SECURE_MQTT`
    SecureMqtt,
    /// `MQTT_WSS`
    MqttWss,
    /// `HTTPS`
    Https,
    /// `DEFAULT`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SecureMqtt => "SECURE_MQTT",
            Self::MqttWss => "MQTT_WSS",
            Self::Https => "HTTPS",
            Self::Default => "DEFAULT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECURE_MQTT", "MQTT_WSS", "HTTPS", "DEFAULT"]
    }
}
impl ::std::convert::From<ApplicationProtocol> for ::forma_core::Value<ApplicationProtocol> {
    fn from(v: ApplicationProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationProtocol {}

/// The values CloudFormation documents: `AWS_X509`, `CUSTOM_AUTH`, `AWS_SIGV4`, `CUSTOM_AUTH_X509`, `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `AWS_X509`
    AwsX509,
    /// `CUSTOM_AUTH`
    CustomAuth,
    /// `AWS_SIGV4`
    AwsSigv4,
    /// `CUSTOM_AUTH_X509`
    CustomAuthX509,
    /// `DEFAULT`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsX509 => "AWS_X509",
            Self::CustomAuth => "CUSTOM_AUTH",
            Self::AwsSigv4 => "AWS_SIGV4",
            Self::CustomAuthX509 => "CUSTOM_AUTH_X509",
            Self::Default => "DEFAULT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_X509", "CUSTOM_AUTH", "AWS_SIGV4", "CUSTOM_AUTH_X509", "DEFAULT"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DomainConfigurationStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DomainConfigurationStatus {
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
impl ::std::convert::From<DomainConfigurationStatus> for ::forma_core::Value<DomainConfigurationStatus> {
    fn from(v: DomainConfigurationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DomainConfigurationStatus {}

/// The values CloudFormation documents: `DATA`, `CREDENTIAL_PROVIDER`, `JOBS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceType {
    /// `DATA`
    Data,
    /// `CREDENTIAL_PROVIDER`
    CredentialProvider,
    /// `JOBS`
    Jobs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Data => "DATA",
            Self::CredentialProvider => "CREDENTIAL_PROVIDER",
            Self::Jobs => "JOBS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DATA", "CREDENTIAL_PROVIDER", "JOBS"]
    }
}
impl ::std::convert::From<ServiceType> for ::forma_core::Value<ServiceType> {
    fn from(v: ServiceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceType {}

/// The `AuthorizerConfig` property type of `AWS::IoT::DomainConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizerConfig {
    props: ::forma_core::schema::Props,
}
impl AuthorizerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowAuthorizerOverride`.
    pub fn allow_authorizer_override(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultAuthorizerName`.
    ///
    /// Allowed: length 1 to 128.
    pub fn default_authorizer_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizerConfig> for ::forma_core::Value<AuthorizerConfig> {
    fn from(v: AuthorizerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZER_CONFIG_TYPE.properties))
    }
}

/// The `ClientCertificateConfig` property type of `AWS::IoT::DomainConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientCertificateConfig {
    props: ::forma_core::schema::Props,
}
impl ClientCertificateConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientCertificateCallbackArn`.
    ///
    /// Allowed: length 1 to 170.
    pub fn client_certificate_callback_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientCertificateConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientCertificateConfig> for ::forma_core::Value<ClientCertificateConfig> {
    fn from(v: ClientCertificateConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_CERTIFICATE_CONFIG_TYPE.properties))
    }
}

/// The `ServerCertificateConfig` property type of `AWS::IoT::DomainConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCertificateConfig {
    props: ::forma_core::schema::Props,
}
impl ServerCertificateConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnableOCSPCheck`.
    pub fn enable_ocsp_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OcspAuthorizedResponderArn`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn ocsp_authorized_responder_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OcspLambdaArn`.
    ///
    /// Allowed: length 1 to 170.
    pub fn ocsp_lambda_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerCertificateConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerCertificateConfig> for ::forma_core::Value<ServerCertificateConfig> {
    fn from(v: ServerCertificateConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_CERTIFICATE_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoT::DomainConfiguration`.
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

/// The `TlsConfig` property type of `AWS::IoT::DomainConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsConfig {
    props: ::forma_core::schema::Props,
}
impl TlsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityPolicy`.
    ///
    /// Allowed: length 0 to 128.
    pub fn security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TlsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TlsConfig> for ::forma_core::Value<TlsConfig> {
    fn from(v: TlsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::DomainConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::IoT::DomainConfiguration",
properties: &[
::forma_core::schema::Property { name: "ApplicationProtocol", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SECURE_MQTT", "MQTT_WSS", "HTTPS", "DEFAULT"]) },
::forma_core::schema::Property { name: "AuthenticationType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AWS_X509", "CUSTOM_AUTH", "AWS_SIGV4", "CUSTOM_AUTH_X509", "DEFAULT"]) },
::forma_core::schema::Property { name: "AuthorizerConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AUTHORIZER_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ClientCertificateConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CLIENT_CERTIFICATE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "DomainConfigurationName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\w.-]+$"), min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "DomainConfigurationStatus", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]) },
::forma_core::schema::Property { name: "DomainName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\s\\S]*$"), min_length: Some(1), max_length: Some(253) }) },
::forma_core::schema::Property { name: "ServerCertificateArns", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-\\d{1}:\\d{12}:certificate/[a-zA-Z0-9/-]+$"), min_length: Some(1), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) }) },
::forma_core::schema::Property { name: "ServerCertificateConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SERVER_CERTIFICATE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ServiceType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["DATA", "CREDENTIAL_PROVIDER", "JOBS"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TlsConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&TLS_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ValidationCertificateArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-\\d{1}:\\d{12}:certificate/[a-zA-Z0-9/-]+$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
attributes: &["Arn", "DomainType", "ServerCertificates"],
};

static AUTHORIZER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::DomainConfiguration.AuthorizerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowAuthorizerOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultAuthorizerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w=,@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static CLIENT_CERTIFICATE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::DomainConfiguration.ClientCertificateConfig",
    properties: &[::forma_core::schema::Property {
        name: "ClientCertificateCallbackArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\s\\S]*$"),
            min_length: Some(1),
            max_length: Some(170),
        }),
    }],
    rules: &[],
};

static SERVER_CERTIFICATE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoT::DomainConfiguration.ServerCertificateConfig",
properties: &[
::forma_core::schema::Property { name: "EnableOCSPCheck", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "OcspAuthorizedResponderArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-\\d{1}:\\d{12}:certificate/[a-zA-Z0-9/-]+$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "OcspLambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(170) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::DomainConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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

static TLS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::DomainConfiguration.TlsConfig",
    properties: &[::forma_core::schema::Property {
        name: "SecurityPolicy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\s\\S]*$"),
            min_length: Some(0),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};
