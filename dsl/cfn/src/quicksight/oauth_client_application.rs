// @generated from AWS::QuickSight::OAuthClientApplication (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::OAuthClientApplication` and its property types.

/// Definition of AWS::QuickSight::OAuthClientApplication Resource Type
///
/// CloudFormation type `AWS::QuickSight::OAuthClientApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthClientApplication {
    props: ::forma_core::schema::Props,
}
impl OauthClientApplication {
    /// A new resource with its required properties: `Name`, `OAuthClientApplicationId`, `OAuthClientAuthenticationType`, `OAuthTokenEndpointUrl`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        oauth_client_application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        oauth_client_authentication_type: impl ::forma_core::schema::EnumArg<OauthClientAuthenticationType>,
        oauth_token_endpoint_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, oauth_client_application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, oauth_client_authentication_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, oauth_token_endpoint_url.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ClientId`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSourceType`.
    #[track_caller]
    pub fn data_source_type(mut self, value: impl ::forma_core::schema::EnumArg<DataSourceType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityProviderVpcConnectionProperties`.
    #[track_caller]
    pub fn identity_provider_vpc_connection_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityProviderVpcConnectionProperties>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OAuthAuthorizationEndpointUrl`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn oauth_authorization_endpoint_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OAuthScopes`.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn oauth_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OauthClientApplication {
    type Attributes = OauthClientApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::OAuthClientApplication"
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
/// The attributes of a `AWS::QuickSight::OAuthClientApplication` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OauthClientApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OauthClientApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OauthClientApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `ADOBE_ANALYTICS`, `AMAZON_ELASTICSEARCH`, `AMAZON_OPENSEARCH`, `ATHENA`, `AURORA`, `AURORA_POSTGRESQL`, `AWS_IOT_ANALYTICS`, `BIGQUERY`, `CONFLUENCE`, `DATABRICKS`, `EXASOL`, `GITHUB`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSourceType {
    /// `ADOBE_ANALYTICS`
    AdobeAnalytics,
    /// `AMAZON_ELASTICSEARCH`
    AmazonElasticsearch,
    /// `AMAZON_OPENSEARCH`
    AmazonOpensearch,
    /// `ATHENA`
    Athena,
    /// `AURORA`
    Aurora,
    /// `AURORA_POSTGRESQL`
    AuroraPostgresql,
    /// `AWS_IOT_ANALYTICS`
    AwsIotAnalytics,
    /// `BIGQUERY`
    Bigquery,
    /// `CONFLUENCE`
    Confluence,
    /// `DATABRICKS`
    Databricks,
    /// `EXASOL`
    Exasol,
    /// `GITHUB`
    Github,
    /// `GOOGLESHEETS`
    Googlesheets,
    /// `GOOGLE_DRIVE`
    GoogleDrive,
    /// `JIRA`
    Jira,
    /// `MARIADB`
    Mariadb,
    /// `MYSQL`
    Mysql,
    /// `ONE_DRIVE`
    OneDrive,
    /// `ORACLE`
    Oracle,
    /// `POSTGRESQL`
    Postgresql,
    /// `PRESTO`
    Presto,
    /// `QBUSINESS`
    Qbusiness,
    /// `REDSHIFT`
    Redshift,
    /// `S3`
    S3,
    /// `S3_KNOWLEDGE_BASE`
    S3KnowledgeBase,
    /// `S3_TABLES`
    S3Tables,
    /// `SALESFORCE`
    Salesforce,
    /// `SERVICENOW`
    Servicenow,
    /// `SHAREPOINT`
    Sharepoint,
    /// `SNOWFLAKE`
    Snowflake,
    /// `SPARK`
    Spark,
    /// `SQLSERVER`
    Sqlserver,
    /// `STARBURST`
    Starburst,
    /// `TERADATA`
    Teradata,
    /// `TIMESTREAM`
    Timestream,
    /// `TRINO`
    Trino,
    /// `TWITTER`
    Twitter,
    /// `WEB_CRAWLER`
    WebCrawler,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdobeAnalytics => "ADOBE_ANALYTICS",
            Self::AmazonElasticsearch => "AMAZON_ELASTICSEARCH",
            Self::AmazonOpensearch => "AMAZON_OPENSEARCH",
            Self::Athena => "ATHENA",
            Self::Aurora => "AURORA",
            Self::AuroraPostgresql => "AURORA_POSTGRESQL",
            Self::AwsIotAnalytics => "AWS_IOT_ANALYTICS",
            Self::Bigquery => "BIGQUERY",
            Self::Confluence => "CONFLUENCE",
            Self::Databricks => "DATABRICKS",
            Self::Exasol => "EXASOL",
            Self::Github => "GITHUB",
            Self::Googlesheets => "GOOGLESHEETS",
            Self::GoogleDrive => "GOOGLE_DRIVE",
            Self::Jira => "JIRA",
            Self::Mariadb => "MARIADB",
            Self::Mysql => "MYSQL",
            Self::OneDrive => "ONE_DRIVE",
            Self::Oracle => "ORACLE",
            Self::Postgresql => "POSTGRESQL",
            Self::Presto => "PRESTO",
            Self::Qbusiness => "QBUSINESS",
            Self::Redshift => "REDSHIFT",
            Self::S3 => "S3",
            Self::S3KnowledgeBase => "S3_KNOWLEDGE_BASE",
            Self::S3Tables => "S3_TABLES",
            Self::Salesforce => "SALESFORCE",
            Self::Servicenow => "SERVICENOW",
            Self::Sharepoint => "SHAREPOINT",
            Self::Snowflake => "SNOWFLAKE",
            Self::Spark => "SPARK",
            Self::Sqlserver => "SQLSERVER",
            Self::Starburst => "STARBURST",
            Self::Teradata => "TERADATA",
            Self::Timestream => "TIMESTREAM",
            Self::Trino => "TRINO",
            Self::Twitter => "TWITTER",
            Self::WebCrawler => "WEB_CRAWLER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ADOBE_ANALYTICS",
            "AMAZON_ELASTICSEARCH",
            "AMAZON_OPENSEARCH",
            "ATHENA",
            "AURORA",
            "AURORA_POSTGRESQL",
            "AWS_IOT_ANALYTICS",
            "BIGQUERY",
            "CONFLUENCE",
            "DATABRICKS",
            "EXASOL",
            "GITHUB",
            "GOOGLESHEETS",
            "GOOGLE_DRIVE",
            "JIRA",
            "MARIADB",
            "MYSQL",
            "ONE_DRIVE",
            "ORACLE",
            "POSTGRESQL",
            "PRESTO",
            "QBUSINESS",
            "REDSHIFT",
            "S3",
            "S3_KNOWLEDGE_BASE",
            "S3_TABLES",
            "SALESFORCE",
            "SERVICENOW",
            "SHAREPOINT",
            "SNOWFLAKE",
            "SPARK",
            "SQLSERVER",
            "STARBURST",
            "TERADATA",
            "TIMESTREAM",
            "TRINO",
            "TWITTER",
            "WEB_CRAWLER",
        ]
    }
}
impl ::std::convert::From<DataSourceType> for ::forma_core::Value<DataSourceType> {
    fn from(v: DataSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSourceType {}

/// The values CloudFormation documents: `TOKEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OauthClientAuthenticationType {
    /// `TOKEN`
    Token,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OauthClientAuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "TOKEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TOKEN"]
    }
}
impl ::std::convert::From<OauthClientAuthenticationType> for ::forma_core::Value<OauthClientAuthenticationType> {
    fn from(v: OauthClientAuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OauthClientAuthenticationType {}

/// The `IdentityProviderVpcConnectionProperties` property type of `AWS::QuickSight::OAuthClientApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProviderVpcConnectionProperties {
    props: ::forma_core::schema::Props,
}
impl IdentityProviderVpcConnectionProperties {
    /// A new value with its required properties: `VpcConnectionArn`.
    pub fn new(vpc_connection_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_connection_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IdentityProviderVpcConnectionProperties>
    for ::forma_core::Value<IdentityProviderVpcConnectionProperties>
{
    fn from(v: IdentityProviderVpcConnectionProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_PROVIDER_VPC_CONNECTION_PROPERTIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QuickSight::OAuthClientApplication`.
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

/// The schema of `AWS::QuickSight::OAuthClientApplication`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::OAuthClientApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ADOBE_ANALYTICS",
                "AMAZON_ELASTICSEARCH",
                "AMAZON_OPENSEARCH",
                "ATHENA",
                "AURORA",
                "AURORA_POSTGRESQL",
                "AWS_IOT_ANALYTICS",
                "BIGQUERY",
                "CONFLUENCE",
                "DATABRICKS",
                "EXASOL",
                "GITHUB",
                "GOOGLESHEETS",
                "GOOGLE_DRIVE",
                "JIRA",
                "MARIADB",
                "MYSQL",
                "ONE_DRIVE",
                "ORACLE",
                "POSTGRESQL",
                "PRESTO",
                "QBUSINESS",
                "REDSHIFT",
                "S3",
                "S3_KNOWLEDGE_BASE",
                "S3_TABLES",
                "SALESFORCE",
                "SERVICENOW",
                "SHAREPOINT",
                "SNOWFLAKE",
                "SPARK",
                "SQLSERVER",
                "STARBURST",
                "TERADATA",
                "TIMESTREAM",
                "TRINO",
                "TWITTER",
                "WEB_CRAWLER",
            ]),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderVpcConnectionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_PROVIDER_VPC_CONNECTION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthAuthorizationEndpointUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthClientApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^/][^\\u0000-\\u001f]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthClientAuthenticationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["TOKEN"]),
        },
        ::forma_core::schema::Property {
            name: "OAuthScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthTokenEndpointUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime", "LastUpdatedTime"],
};

static IDENTITY_PROVIDER_VPC_CONNECTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::OAuthClientApplication.IdentityProviderVpcConnectionProperties",
        properties: &[::forma_core::schema::Property {
            name: "VpcConnectionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::OAuthClientApplication.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
