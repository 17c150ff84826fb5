// @generated from AWS::RDS::DBProxy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::DBProxy` and its property types.

/// Resource schema for AWS::RDS::DBProxy
///
/// CloudFormation type `AWS::RDS::DBProxy`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbProxy {
    props: ::forma_core::schema::Props,
}
impl DbProxy {
    /// A new resource with its required properties: `DBProxyName`, `EngineFamily`, `RoleArn`, `VpcSubnetIds`.
    #[track_caller]
    pub fn new(
        db_proxy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        engine_family: impl ::forma_core::schema::EnumArg<EngineFamily>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, db_proxy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, engine_family.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, vpc_subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The authorization mechanism that the proxy uses.
    #[track_caller]
    pub fn auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthFormat>>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the proxy includes detailed information about SQL statements in its logs.
    #[track_caller]
    pub fn debug_logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default authentication scheme that the proxy uses for client connections to the proxy and connections from the proxy to the underlying database.
    #[track_caller]
    pub fn default_auth_scheme(mut self, value: impl ::forma_core::schema::EnumArg<DefaultAuthScheme>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type of the DB proxy endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_network_type(mut self, value: impl ::forma_core::schema::EnumArg<EndpointNetworkType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of seconds that a connection to the proxy can be inactive before the proxy disconnects it.
    #[track_caller]
    pub fn idle_client_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean parameter that specifies whether Transport Layer Security (TLS) encryption is required for connections to the proxy.
    #[track_caller]
    pub fn require_tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional set of key-value pairs to associate arbitrary data of your choosing with the proxy.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFormat>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type that the proxy uses to connect to the target database.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_connection_network_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TargetConnectionNetworkType>,
    ) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// VPC security group IDs to associate with the new proxy.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DbProxy {
    type Attributes = DbProxyAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::DBProxy"
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
/// The attributes of a `AWS::RDS::DBProxy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbProxyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbProxyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbProxyAttributes {
    /// `Fn::GetAtt` `DBProxyArn`.
    pub fn db_proxy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBProxyArn")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
}

/// The values CloudFormation documents: `IAM_AUTH`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultAuthScheme {
    /// `IAM_AUTH`
    IamAuth,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultAuthScheme {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IamAuth => "IAM_AUTH",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM_AUTH", "NONE"]
    }
}
impl ::std::convert::From<DefaultAuthScheme> for ::forma_core::Value<DefaultAuthScheme> {
    fn from(v: DefaultAuthScheme) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultAuthScheme {}

/// The values CloudFormation documents: `IPV4`, `IPV6`, `DUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointNetworkType {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// `DUAL`
    Dual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointNetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Dual => "DUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6", "DUAL"]
    }
}
impl ::std::convert::From<EndpointNetworkType> for ::forma_core::Value<EndpointNetworkType> {
    fn from(v: EndpointNetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointNetworkType {}

/// The values CloudFormation documents: `MYSQL`, `POSTGRESQL`, `SQLSERVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EngineFamily {
    /// `MYSQL`
    Mysql,
    /// `POSTGRESQL`
    Postgresql,
    /// `SQLSERVER`
    Sqlserver,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EngineFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mysql => "MYSQL",
            Self::Postgresql => "POSTGRESQL",
            Self::Sqlserver => "SQLSERVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MYSQL", "POSTGRESQL", "SQLSERVER"]
    }
}
impl ::std::convert::From<EngineFamily> for ::forma_core::Value<EngineFamily> {
    fn from(v: EngineFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EngineFamily {}

/// The values CloudFormation documents: `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetConnectionNetworkType {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetConnectionNetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6"]
    }
}
impl ::std::convert::From<TargetConnectionNetworkType> for ::forma_core::Value<TargetConnectionNetworkType> {
    fn from(v: TargetConnectionNetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetConnectionNetworkType {}

/// The values CloudFormation documents: `SECRETS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthScheme {
    /// `SECRETS`
    Secrets,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthScheme {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Secrets => "SECRETS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECRETS"]
    }
}
impl ::std::convert::From<AuthScheme> for ::forma_core::Value<AuthScheme> {
    fn from(v: AuthScheme) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthScheme {}

/// The values CloudFormation documents: `MYSQL_NATIVE_PASSWORD`, `MYSQL_CACHING_SHA2_PASSWORD`, `POSTGRES_SCRAM_SHA_256`, `POSTGRES_MD5`, `SQL_SERVER_AUTHENTICATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientPasswordAuthType {
    /// `MYSQL_NATIVE_PASSWORD`
    MysqlNativePassword,
    /// `MYSQL_CACHING_SHA2_PASSWORD`
    MysqlCachingSha2Password,
    /// `POSTGRES_SCRAM_SHA_256`
    PostgresScramSha256,
    /// `POSTGRES_MD5`
    PostgresMd5,
    /// `SQL_SERVER_AUTHENTICATION`
    SqlServerAuthentication,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClientPasswordAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MysqlNativePassword => "MYSQL_NATIVE_PASSWORD",
            Self::MysqlCachingSha2Password => "MYSQL_CACHING_SHA2_PASSWORD",
            Self::PostgresScramSha256 => "POSTGRES_SCRAM_SHA_256",
            Self::PostgresMd5 => "POSTGRES_MD5",
            Self::SqlServerAuthentication => "SQL_SERVER_AUTHENTICATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "MYSQL_NATIVE_PASSWORD",
            "MYSQL_CACHING_SHA2_PASSWORD",
            "POSTGRES_SCRAM_SHA_256",
            "POSTGRES_MD5",
            "SQL_SERVER_AUTHENTICATION",
        ]
    }
}
impl ::std::convert::From<ClientPasswordAuthType> for ::forma_core::Value<ClientPasswordAuthType> {
    fn from(v: ClientPasswordAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClientPasswordAuthType {}

/// The values CloudFormation documents: `DISABLED`, `REQUIRED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IamAuth {
    /// `DISABLED`
    Disabled,
    /// `REQUIRED`
    Required,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IamAuth {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Required => "REQUIRED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "REQUIRED", "ENABLED"]
    }
}
impl ::std::convert::From<IamAuth> for ::forma_core::Value<IamAuth> {
    fn from(v: IamAuth) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IamAuth {}

/// The `AuthFormat` property type of `AWS::RDS::DBProxy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthFormat {
    props: ::forma_core::schema::Props,
}
impl AuthFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of authentication that the proxy uses for connections from the proxy to the underlying database.
    pub fn auth_scheme(mut self, value: impl ::forma_core::schema::EnumArg<AuthScheme>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The type of authentication the proxy uses for connections from clients.
    pub fn client_password_auth_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ClientPasswordAuthType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// A user-specified description about the authentication used by a proxy to log in as a specific database user.
    ///
    /// Allowed: length 1 to 1000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Whether to require or disallow Amazon Web Services Identity and Access Management (IAM) authentication for connections to the proxy.
    pub fn iam_auth(mut self, value: impl ::forma_core::schema::EnumArg<IamAuth>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) representing the secret that the proxy uses to authenticate to the RDS DB instance or Aurora DB cluster.
    ///
    /// Allowed: length 20 to 2048.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthFormat> for ::forma_core::Value<AuthFormat> {
    fn from(v: AuthFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTH_FORMAT_TYPE.properties))
    }
}

/// The `TagFormat` property type of `AWS::RDS::DBProxy`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFormat {
    props: ::forma_core::schema::Props,
}
impl TagFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 0 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 128.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagFormat> for ::forma_core::Value<TagFormat> {
    fn from(v: TagFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FORMAT_TYPE.properties))
    }
}

/// The schema of `AWS::RDS::DBProxy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::DBProxy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Auth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_FORMAT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DBProxyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-z]*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DebugLogging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultAuthScheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IAM_AUTH", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "EndpointNetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6", "DUAL"]),
        },
        ::forma_core::schema::Property {
            name: "EngineFamily",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MYSQL", "POSTGRESQL", "SQLSERVER"]),
        },
        ::forma_core::schema::Property {
            name: "IdleClientTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RequireTLS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FORMAT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetConnectionNetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcSubnetIds",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["DBProxyArn", "Endpoint", "VpcId"],
};

static AUTH_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBProxy.AuthFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthScheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SECRETS"]),
        },
        ::forma_core::schema::Property {
            name: "ClientPasswordAuthType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MYSQL_NATIVE_PASSWORD",
                "MYSQL_CACHING_SHA2_PASSWORD",
                "POSTGRES_SCRAM_SHA_256",
                "POSTGRES_MD5",
                "SQL_SERVER_AUTHENTICATION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IAMAuth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "REQUIRED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBProxy.TagFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*"),
                min_length: None,
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
