// @generated from AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint` and its property types.

/// Resource Type definition for AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.
///
/// CloudFormation type `AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseServerEndpoint {
    props: ::forma_core::schema::Props,
}
impl LicenseServerEndpoint {
    /// A new resource with its required properties: `IdentityProviderArn`.
    #[track_caller]
    pub fn new(identity_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_provider_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The settings of the RDS license server to create the endpoint for.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_server_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LicenseServerSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that apply for the license server endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LicenseServerEndpoint {
    type Attributes = LicenseServerEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint"
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
/// The attributes of a `AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LicenseServerEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LicenseServerEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LicenseServerEndpointAttributes {
    /// `Fn::GetAtt` `LicenseServerEndpointArn`.
    pub fn license_server_endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseServerEndpointArn")
    }
    /// `Fn::GetAtt` `LicenseServerEndpointId`.
    pub fn license_server_endpoint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseServerEndpointId")
    }
    /// `Fn::GetAtt` `LicenseServerEndpointProvisioningStatus`.
    pub fn license_server_endpoint_provisioning_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseServerEndpointProvisioningStatus")
    }
    /// `Fn::GetAtt` `ServerType`.
    pub fn server_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServerType")
    }
    /// `Fn::GetAtt` `ServerEndpoint`.
    pub fn server_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ServerEndpoint")
    }
    /// `Fn::GetAtt` `LicenseServers`.
    pub fn license_servers(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LicenseServers")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The values CloudFormation documents: `RDS_SAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServerType {
    /// `RDS_SAL`
    RdsSal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RdsSal => "RDS_SAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RDS_SAL"]
    }
}
impl ::std::convert::From<ServerType> for ::forma_core::Value<ServerType> {
    fn from(v: ServerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServerType {}

/// The settings of the RDS license server to create the endpoint for.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseServerSettings {
    props: ::forma_core::schema::Props,
}
impl LicenseServerSettings {
    /// A new value with its required properties: `ServerSettings`, `ServerType`.
    pub fn new(
        server_settings: impl ::std::convert::Into<::forma_core::Value<ServerSettings>>,
        server_type: impl ::forma_core::schema::EnumArg<ServerType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, server_settings.into().into_expr());
        props.set(1, server_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LicenseServerSettings> for ::forma_core::Value<LicenseServerSettings> {
    fn from(v: LicenseServerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_SERVER_SETTINGS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint`.
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

/// The settings of a license server, by server type.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSettings {
    props: ::forma_core::schema::Props,
}
impl ServerSettings {
    /// A new value with its required properties: `RdsSalSettings`.
    pub fn new(rds_sal_settings: impl ::std::convert::Into<::forma_core::Value<RdsSalSettings>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rds_sal_settings.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServerSettings> for ::forma_core::Value<ServerSettings> {
    fn from(v: ServerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_SETTINGS_TYPE.properties))
    }
}

/// The settings of a Remote Desktop Services Subscriber Access License server.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsSalSettings {
    props: ::forma_core::schema::Props,
}
impl RdsSalSettings {
    /// A new value with its required properties: `RdsSalCredentialsProvider`.
    pub fn new(
        rds_sal_credentials_provider: impl ::std::convert::Into<::forma_core::Value<CredentialsProvider>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rds_sal_credentials_provider.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RdsSalSettings> for ::forma_core::Value<RdsSalSettings> {
    fn from(v: RdsSalSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_SAL_SETTINGS_TYPE.properties))
    }
}

/// The source of the credentials that License Manager uses to reach the license server.
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialsProvider {
    props: ::forma_core::schema::Props,
}
impl CredentialsProvider {
    /// A new value with its required properties: `SecretsManagerCredentialsProvider`.
    pub fn new(
        secrets_manager_credentials_provider: impl ::std::convert::Into<
            ::forma_core::Value<SecretsManagerCredentialsProvider>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secrets_manager_credentials_provider.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CredentialsProvider> for ::forma_core::Value<CredentialsProvider> {
    fn from(v: CredentialsProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDENTIALS_PROVIDER_TYPE.properties))
    }
}

/// Credentials held in AWS Secrets Manager.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretsManagerCredentialsProvider {
    props: ::forma_core::schema::Props,
}
impl SecretsManagerCredentialsProvider {
    /// A new value with its required properties: `SecretId`.
    pub fn new(secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SecretsManagerCredentialsProvider>
    for ::forma_core::Value<SecretsManagerCredentialsProvider>
{
    fn from(v: SecretsManagerCredentialsProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRETS_MANAGER_CREDENTIALS_PROVIDER_TYPE.properties))
    }
}

/// The schema of `AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint",
properties: &[
::forma_core::schema::Property { name: "IdentityProviderArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:license-manager-user-subscriptions:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{1,63}:[a-zA-Z0-9-\\.]{1,510}/[a-zA-Z0-9-\\.]{1,510}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LicenseServerSettings", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&LICENSE_SERVER_SETTINGS_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["LicenseServerEndpointArn", "LicenseServerEndpointId", "LicenseServerEndpointProvisioningStatus", "ServerType", "ServerEndpoint", "LicenseServers", "CreationTime"],
};

static LICENSE_SERVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.LicenseServerSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ServerSettings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RDS_SAL"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.Tag",
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

static SERVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.ServerSettings",
    properties: &[::forma_core::schema::Property {
        name: "RdsSalSettings",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RDS_SAL_SETTINGS_TYPE),
    }],
    rules: &[],
};

static RDS_SAL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.RdsSalSettings",
    properties: &[::forma_core::schema::Property {
        name: "RdsSalCredentialsProvider",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CREDENTIALS_PROVIDER_TYPE),
    }],
    rules: &[],
};

static CREDENTIALS_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.CredentialsProvider",
    properties: &[::forma_core::schema::Property {
        name: "SecretsManagerCredentialsProvider",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_CREDENTIALS_PROVIDER_TYPE),
    }],
    rules: &[],
};

static SECRETS_MANAGER_CREDENTIALS_PROVIDER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::LicenseManagerUserSubscriptions::LicenseServerEndpoint.SecretsManagerCredentialsProvider",
        properties: &[::forma_core::schema::Property {
            name: "SecretId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        }],
        rules: &[],
    };
