// @generated from AWS::AppSync::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::DataSource` and its property types.

/// Resource Type definition for AWS::AppSync::DataSource
///
/// CloudFormation type `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `ApiId`, `Name`, `Type`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the data source.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS Region and TableName for an Amazon DynamoDB table in your account.
    #[track_caller]
    pub fn dynamodb_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DynamodbConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS Region and Endpoints for an Amazon OpenSearch Service domain in your account.
    #[track_caller]
    pub fn elasticsearch_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN for the EventBridge bus.
    #[track_caller]
    pub fn event_bridge_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBridgeConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Endpoints for an HTTP data source.
    #[track_caller]
    pub fn http_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpConfig>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An ARN of a Lambda function in valid ARN format.
    #[track_caller]
    pub fn lambda_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaConfig>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetricsConfig`.
    #[track_caller]
    pub fn metrics_config(mut self, value: impl ::forma_core::schema::EnumArg<MetricsConfig>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS Region and Endpoints for an Amazon OpenSearch Service domain in your account.
    #[track_caller]
    pub fn open_search_service_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenSearchServiceConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Relational Database configuration of the relational database data source.
    #[track_caller]
    pub fn relational_database_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RelationalDatabaseConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Identity and Access Management service role ARN for the data source.
    #[track_caller]
    pub fn service_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::DataSource"
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
/// The attributes of a `AWS::AppSync::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSourceAttributes {
    /// `Fn::GetAtt` `DataSourceArn`.
    pub fn data_source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataSourceArn")
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricsConfig {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricsConfig {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<MetricsConfig> for ::forma_core::Value<MetricsConfig> {
    fn from(v: MetricsConfig) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricsConfig {}

/// The values CloudFormation documents: `AMAZON_BEDROCK_RUNTIME`, `AMAZON_DYNAMODB`, `AMAZON_ELASTICSEARCH`, `AMAZON_EVENTBRIDGE`, `AMAZON_OPENSEARCH_SERVICE`, `AWS_LAMBDA`, `HTTP`, `NONE`, `RELATIONAL_DATABASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AMAZON_BEDROCK_RUNTIME`
    AmazonBedrockRuntime,
    /// `AMAZON_DYNAMODB`
    AmazonDynamodb,
    /// `AMAZON_ELASTICSEARCH`
    AmazonElasticsearch,
    /// `AMAZON_EVENTBRIDGE`
    AmazonEventbridge,
    /// `AMAZON_OPENSEARCH_SERVICE`
    AmazonOpensearchService,
    /// `AWS_LAMBDA`
    AwsLambda,
    /// `HTTP`
    Http,
    /// `NONE`
    None,
    /// `RELATIONAL_DATABASE`
    RelationalDatabase,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonBedrockRuntime => "AMAZON_BEDROCK_RUNTIME",
            Self::AmazonDynamodb => "AMAZON_DYNAMODB",
            Self::AmazonElasticsearch => "AMAZON_ELASTICSEARCH",
            Self::AmazonEventbridge => "AMAZON_EVENTBRIDGE",
            Self::AmazonOpensearchService => "AMAZON_OPENSEARCH_SERVICE",
            Self::AwsLambda => "AWS_LAMBDA",
            Self::Http => "HTTP",
            Self::None => "NONE",
            Self::RelationalDatabase => "RELATIONAL_DATABASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AMAZON_BEDROCK_RUNTIME",
            "AMAZON_DYNAMODB",
            "AMAZON_ELASTICSEARCH",
            "AMAZON_EVENTBRIDGE",
            "AMAZON_OPENSEARCH_SERVICE",
            "AWS_LAMBDA",
            "HTTP",
            "NONE",
            "RELATIONAL_DATABASE",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `DynamoDBConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamodbConfig {
    props: ::forma_core::schema::Props,
}
impl DynamodbConfig {
    /// A new value with its required properties: `AwsRegion`, `TableName`.
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_region.into().into_expr());
        props.set(2, table_name.into().into_expr());
        Self { props }
    }
    /// The DeltaSyncConfig for a versioned datasource.
    pub fn delta_sync_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeltaSyncConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Set to TRUE to use AWS Identity and Access Management with this data source.
    pub fn use_caller_credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Set to TRUE to use Conflict Detection and Resolution with this data source.
    pub fn versioned(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DynamodbConfig> for ::forma_core::Value<DynamodbConfig> {
    fn from(v: DynamodbConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMODB_CONFIG_TYPE.properties))
    }
}

/// The `ElasticsearchConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchConfig {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchConfig {
    /// A new value with its required properties: `AwsRegion`, `Endpoint`.
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_region.into().into_expr());
        props.set(1, endpoint.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ElasticsearchConfig> for ::forma_core::Value<ElasticsearchConfig> {
    fn from(v: ElasticsearchConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_CONFIG_TYPE.properties))
    }
}

/// The `EventBridgeConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeConfig {
    props: ::forma_core::schema::Props,
}
impl EventBridgeConfig {
    /// A new value with its required properties: `EventBusArn`.
    pub fn new(event_bus_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_bus_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventBridgeConfig> for ::forma_core::Value<EventBridgeConfig> {
    fn from(v: EventBridgeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_CONFIG_TYPE.properties))
    }
}

/// The `HttpConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpConfig {
    props: ::forma_core::schema::Props,
}
impl HttpConfig {
    /// A new value with its required properties: `Endpoint`.
    pub fn new(endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, endpoint.into().into_expr());
        Self { props }
    }
    /// The authorization configuration.
    pub fn authorization_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpConfig> for ::forma_core::Value<HttpConfig> {
    fn from(v: HttpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_CONFIG_TYPE.properties))
    }
}

/// The `LambdaConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConfig {
    /// A new value with its required properties: `LambdaFunctionArn`.
    pub fn new(lambda_function_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_function_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaConfig> for ::forma_core::Value<LambdaConfig> {
    fn from(v: LambdaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIG_TYPE.properties))
    }
}

/// The `OpenSearchServiceConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchServiceConfig {
    props: ::forma_core::schema::Props,
}
impl OpenSearchServiceConfig {
    /// A new value with its required properties: `AwsRegion`, `Endpoint`.
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_region.into().into_expr());
        props.set(1, endpoint.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenSearchServiceConfig> for ::forma_core::Value<OpenSearchServiceConfig> {
    fn from(v: OpenSearchServiceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_SERVICE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RDS_HTTP_ENDPOINT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelationalDatabaseSourceType {
    /// `RDS_HTTP_ENDPOINT`
    RdsHttpEndpoint,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RelationalDatabaseSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RdsHttpEndpoint => "RDS_HTTP_ENDPOINT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RDS_HTTP_ENDPOINT"]
    }
}
impl ::std::convert::From<RelationalDatabaseSourceType> for ::forma_core::Value<RelationalDatabaseSourceType> {
    fn from(v: RelationalDatabaseSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RelationalDatabaseSourceType {}

/// The `RelationalDatabaseConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationalDatabaseConfig {
    props: ::forma_core::schema::Props,
}
impl RelationalDatabaseConfig {
    /// A new value with its required properties: `RelationalDatabaseSourceType`.
    pub fn new(
        relational_database_source_type: impl ::forma_core::schema::EnumArg<RelationalDatabaseSourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, relational_database_source_type.into_enum_expr());
        Self { props }
    }
    /// Information about the Amazon RDS resource.
    pub fn rds_http_endpoint_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RdsHttpEndpointConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RelationalDatabaseConfig> for ::forma_core::Value<RelationalDatabaseConfig> {
    fn from(v: RelationalDatabaseConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATIONAL_DATABASE_CONFIG_TYPE.properties))
    }
}

/// The `DeltaSyncConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeltaSyncConfig {
    props: ::forma_core::schema::Props,
}
impl DeltaSyncConfig {
    /// A new value with its required properties: `BaseTableTTL`, `DeltaSyncTableName`, `DeltaSyncTableTTL`.
    pub fn new(
        base_table_ttl: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        delta_sync_table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        delta_sync_table_ttl: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_table_ttl.into().into_expr());
        props.set(1, delta_sync_table_name.into().into_expr());
        props.set(2, delta_sync_table_ttl.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeltaSyncConfig> for ::forma_core::Value<DeltaSyncConfig> {
    fn from(v: DeltaSyncConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELTA_SYNC_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorizationType {
    /// `AWS_IAM`
    AwsIam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthorizationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsIam => "AWS_IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_IAM"]
    }
}
impl ::std::convert::From<AuthorizationType> for ::forma_core::Value<AuthorizationType> {
    fn from(v: AuthorizationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthorizationType {}

/// The `AuthorizationConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationConfig {
    props: ::forma_core::schema::Props,
}
impl AuthorizationConfig {
    /// A new value with its required properties: `AuthorizationType`.
    pub fn new(authorization_type: impl ::forma_core::schema::EnumArg<AuthorizationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization_type.into_enum_expr());
        Self { props }
    }
    /// The AWS Identity and Access Management settings.
    pub fn aws_iam_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<AwsIamConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthorizationConfig> for ::forma_core::Value<AuthorizationConfig> {
    fn from(v: AuthorizationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZATION_CONFIG_TYPE.properties))
    }
}

/// The `RdsHttpEndpointConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsHttpEndpointConfig {
    props: ::forma_core::schema::Props,
}
impl RdsHttpEndpointConfig {
    /// A new value with its required properties: `AwsRegion`, `AwsSecretStoreArn`, `DbClusterIdentifier`.
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        aws_secret_store_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_region.into().into_expr());
        props.set(1, aws_secret_store_arn.into().into_expr());
        props.set(3, db_cluster_identifier.into().into_expr());
        Self { props }
    }
    /// Logical database name.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Logical schema name.
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RdsHttpEndpointConfig> for ::forma_core::Value<RdsHttpEndpointConfig> {
    fn from(v: RdsHttpEndpointConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_HTTP_ENDPOINT_CONFIG_TYPE.properties))
    }
}

/// The `AwsIamConfig` property type of `AWS::AppSync::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsIamConfig {
    props: ::forma_core::schema::Props,
}
impl AwsIamConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The signing Region for AWS Identity and Access Management authorization.
    pub fn signing_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The signing service name for AWS Identity and Access Management authorization.
    pub fn signing_service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsIamConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsIamConfig> for ::forma_core::Value<AwsIamConfig> {
    fn from(v: AwsIamConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_IAM_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppSync::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DynamoDBConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMODB_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElasticsearchConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventBridgeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_BRIDGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[_A-Za-z][_0-9A-Za-z]*$"),
                min_length: Some(1),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "OpenSearchServiceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_SERVICE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RelationalDatabaseConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIONAL_DATABASE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AMAZON_BEDROCK_RUNTIME",
                "AMAZON_DYNAMODB",
                "AMAZON_ELASTICSEARCH",
                "AMAZON_EVENTBRIDGE",
                "AMAZON_OPENSEARCH_SERVICE",
                "AWS_LAMBDA",
                "HTTP",
                "NONE",
                "RELATIONAL_DATABASE",
            ]),
        },
    ],
    rules: &[],
    attributes: &["DataSourceArn"],
};

static DYNAMODB_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.DynamoDBConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeltaSyncConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DELTA_SYNC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseCallerCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Versioned",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ELASTICSEARCH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.ElasticsearchConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EVENT_BRIDGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.EventBridgeConfig",
    properties: &[::forma_core::schema::Property {
        name: "EventBusArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static HTTP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.HttpConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAMBDA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.LambdaConfig",
    properties: &[::forma_core::schema::Property {
        name: "LambdaFunctionArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static OPEN_SEARCH_SERVICE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.OpenSearchServiceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RELATIONAL_DATABASE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.RelationalDatabaseConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RdsHttpEndpointConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RDS_HTTP_ENDPOINT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RelationalDatabaseSourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RDS_HTTP_ENDPOINT"]),
        },
    ],
    rules: &[],
};

static DELTA_SYNC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.DeltaSyncConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseTableTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeltaSyncTableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeltaSyncTableTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTHORIZATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.AuthorizationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_IAM"]),
        },
        ::forma_core::schema::Property {
            name: "AwsIamConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_IAM_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static RDS_HTTP_ENDPOINT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.RdsHttpEndpointConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AwsSecretStoreArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DbClusterIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AWS_IAM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::DataSource.AwsIamConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SigningRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SigningServiceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
