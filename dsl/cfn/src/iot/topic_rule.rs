// @generated from AWS::IoT::TopicRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::TopicRule` and its property types.

/// Resource Type definition for AWS::IoT::TopicRule
///
/// CloudFormation type `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRule {
    props: ::forma_core::schema::Props,
}
impl TopicRule {
    /// A new resource with its required properties: `TopicRulePayload`.
    #[track_caller]
    pub fn new(topic_rule_payload: impl ::std::convert::Into<::forma_core::Value<TopicRulePayload>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, topic_rule_payload.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `RuleName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn rule_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TopicRule {
    type Attributes = TopicRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::TopicRule"
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
/// The attributes of a `AWS::IoT::TopicRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TopicRuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `Tag` property type of `AWS::IoT::TopicRule`.
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

/// The `TopicRulePayload` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRulePayload {
    props: ::forma_core::schema::Props,
}
impl TopicRulePayload {
    /// A new value with its required properties: `Actions`, `Sql`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>,
        sql: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(5, sql.into().into_expr());
        Self { props }
    }
    /// `AwsIotSqlVersion`.
    pub fn aws_iot_sql_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ErrorAction`.
    pub fn error_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<Action>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RuleDisabled`.
    pub fn rule_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicRulePayload> for ::forma_core::Value<TopicRulePayload> {
    fn from(v: TopicRulePayload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_RULE_PAYLOAD_TYPE.properties))
    }
}

/// The `Action` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudwatchAlarm`.
    pub fn cloudwatch_alarm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudwatchAlarmAction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudwatchLogs`.
    pub fn cloudwatch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudwatchLogsAction>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CloudwatchMetric`.
    pub fn cloudwatch_metric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudwatchMetricAction>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DynamoDB`.
    pub fn dynamodb(mut self, value: impl ::std::convert::Into<::forma_core::Value<DynamodbAction>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DynamoDBv2`.
    pub fn dynamodb_v2(mut self, value: impl ::std::convert::Into<::forma_core::Value<DynamodbV2Action>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Elasticsearch`.
    pub fn elasticsearch(mut self, value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchAction>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Firehose`.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<FirehoseAction>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Http`.
    pub fn http(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpAction>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `InfluxDB`.
    pub fn influx_db(mut self, value: impl ::std::convert::Into<::forma_core::Value<InfluxDbAction>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `IotAnalytics`.
    pub fn iot_analytics(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotAnalyticsAction>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `IotEvents`.
    pub fn iot_events(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotEventsAction>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `IotSiteWise`.
    pub fn iot_site_wise(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotSiteWiseAction>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Kafka`.
    pub fn kafka(mut self, value: impl ::std::convert::Into<::forma_core::Value<KafkaAction>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Kinesis`.
    pub fn kinesis(mut self, value: impl ::std::convert::Into<::forma_core::Value<KinesisAction>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Lambda`.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaAction>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `Location`.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<LocationAction>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `OpenSearch`.
    pub fn open_search(mut self, value: impl ::std::convert::Into<::forma_core::Value<OpenSearchAction>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Republish`.
    pub fn republish(mut self, value: impl ::std::convert::Into<::forma_core::Value<RepublishAction>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Action>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `Sns`.
    pub fn sns(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnsAction>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `Sqs`.
    pub fn sqs(mut self, value: impl ::std::convert::Into<::forma_core::Value<SqsAction>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `StepFunctions`.
    pub fn step_functions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StepFunctionsAction>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `Timestream`.
    pub fn timestream(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimestreamAction>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// The `CloudwatchAlarmAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchAlarmAction {
    props: ::forma_core::schema::Props,
}
impl CloudwatchAlarmAction {
    /// A new value with its required properties: `AlarmName`, `RoleArn`, `StateReason`, `StateValue`.
    pub fn new(
        alarm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state_reason: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_name.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        props.set(2, state_reason.into().into_expr());
        props.set(3, state_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudwatchAlarmAction> for ::forma_core::Value<CloudwatchAlarmAction> {
    fn from(v: CloudwatchAlarmAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUDWATCH_ALARM_ACTION_TYPE.properties))
    }
}

/// The `CloudwatchLogsAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchLogsAction {
    props: ::forma_core::schema::Props,
}
impl CloudwatchLogsAction {
    /// A new value with its required properties: `LogGroupName`, `RoleArn`.
    pub fn new(
        log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, log_group_name.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// `BatchMode`.
    pub fn batch_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudwatchLogsAction> for ::forma_core::Value<CloudwatchLogsAction> {
    fn from(v: CloudwatchLogsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUDWATCH_LOGS_ACTION_TYPE.properties))
    }
}

/// The `CloudwatchMetricAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchMetricAction {
    props: ::forma_core::schema::Props,
}
impl CloudwatchMetricAction {
    /// A new value with its required properties: `MetricName`, `MetricNamespace`, `MetricUnit`, `MetricValue`, `RoleArn`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_name.into().into_expr());
        props.set(1, metric_namespace.into().into_expr());
        props.set(3, metric_unit.into().into_expr());
        props.set(4, metric_value.into().into_expr());
        props.set(5, role_arn.into().into_expr());
        Self { props }
    }
    /// `MetricTimestamp`.
    pub fn metric_timestamp(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudwatchMetricAction> for ::forma_core::Value<CloudwatchMetricAction> {
    fn from(v: CloudwatchMetricAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUDWATCH_METRIC_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NUMBER`, `STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HashKeyType {
    /// `NUMBER`
    Number,
    /// `STRING`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HashKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Number => "NUMBER",
            Self::String => "STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NUMBER", "STRING"]
    }
}
impl ::std::convert::From<HashKeyType> for ::forma_core::Value<HashKeyType> {
    fn from(v: HashKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HashKeyType {}

/// The values CloudFormation documents: `NUMBER`, `STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RangeKeyType {
    /// `NUMBER`
    Number,
    /// `STRING`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RangeKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Number => "NUMBER",
            Self::String => "STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NUMBER", "STRING"]
    }
}
impl ::std::convert::From<RangeKeyType> for ::forma_core::Value<RangeKeyType> {
    fn from(v: RangeKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RangeKeyType {}

/// The `DynamoDBAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamodbAction {
    props: ::forma_core::schema::Props,
}
impl DynamodbAction {
    /// A new value with its required properties: `HashKeyField`, `HashKeyValue`, `RoleArn`, `TableName`.
    pub fn new(
        hash_key_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hash_key_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hash_key_field.into().into_expr());
        props.set(2, hash_key_value.into().into_expr());
        props.set(7, role_arn.into().into_expr());
        props.set(8, table_name.into().into_expr());
        Self { props }
    }
    /// `HashKeyType`.
    pub fn hash_key_type(mut self, value: impl ::forma_core::schema::EnumArg<HashKeyType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `PayloadField`.
    pub fn payload_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RangeKeyField`.
    pub fn range_key_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RangeKeyType`.
    pub fn range_key_type(mut self, value: impl ::forma_core::schema::EnumArg<RangeKeyType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `RangeKeyValue`.
    pub fn range_key_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DynamodbAction> for ::forma_core::Value<DynamodbAction> {
    fn from(v: DynamodbAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMODB_ACTION_TYPE.properties))
    }
}

/// The `DynamoDBv2Action` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamodbV2Action {
    props: ::forma_core::schema::Props,
}
impl DynamodbV2Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PutItem`.
    pub fn put_item(mut self, value: impl ::std::convert::Into<::forma_core::Value<PutItemInput>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DynamodbV2Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DynamodbV2Action> for ::forma_core::Value<DynamodbV2Action> {
    fn from(v: DynamodbV2Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMODB_V2_ACTION_TYPE.properties))
    }
}

/// The `ElasticsearchAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchAction {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchAction {
    /// A new value with its required properties: `Endpoint`, `Id`, `Index`, `RoleArn`, `Type`.
    pub fn new(
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        index: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(2, index.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ElasticsearchAction> for ::forma_core::Value<ElasticsearchAction> {
    fn from(v: ElasticsearchAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_ACTION_TYPE.properties))
    }
}

/// The `FirehoseAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseAction {
    props: ::forma_core::schema::Props,
}
impl FirehoseAction {
    /// A new value with its required properties: `DeliveryStreamName`, `RoleArn`.
    pub fn new(
        delivery_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, delivery_stream_name.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// `BatchMode`.
    pub fn batch_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Separator`.
    pub fn separator(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FirehoseAction> for ::forma_core::Value<FirehoseAction> {
    fn from(v: FirehoseAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_ACTION_TYPE.properties))
    }
}

/// The `HttpAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpAction {
    props: ::forma_core::schema::Props,
}
impl HttpAction {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, url.into().into_expr());
        Self { props }
    }
    /// `Auth`.
    pub fn auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpAuthorization>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BatchConfig`.
    pub fn batch_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<BatchConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConfirmationUrl`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn confirmation_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnableBatching`.
    pub fn enable_batching(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Headers`.
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HttpActionHeader>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpAction> for ::forma_core::Value<HttpAction> {
    fn from(v: HttpAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ms`, `ns`, `s`, `us`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimestampUnit {
    /// `ms`
    Ms,
    /// `ns`
    Ns,
    /// `s`
    S,
    /// `us`
    Us,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TimestampUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ms => "ms",
            Self::Ns => "ns",
            Self::S => "s",
            Self::Us => "us",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ms", "ns", "s", "us"]
    }
}
impl ::std::convert::From<TimestampUnit> for ::forma_core::Value<TimestampUnit> {
    fn from(v: TimestampUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TimestampUnit {}

/// The `InfluxDBAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluxDbAction {
    props: ::forma_core::schema::Props,
}
impl InfluxDbAction {
    /// A new value with its required properties: `DatabaseName`, `DestinationArn`, `RoleArn`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(2, destination_arn.into().into_expr());
        props.set(4, role_arn.into().into_expr());
        props.set(5, table_name.into().into_expr());
        Self { props }
    }
    /// `BatchConfig`.
    pub fn batch_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<InfluxDbBatchConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Organization`.
    ///
    /// Allowed: length 1 to 64.
    pub fn organization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TimestampUnit`.
    pub fn timestamp_unit(mut self, value: impl ::forma_core::schema::EnumArg<TimestampUnit>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<InfluxDbAction> for ::forma_core::Value<InfluxDbAction> {
    fn from(v: InfluxDbAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFLUX_DB_ACTION_TYPE.properties))
    }
}

/// The `IotAnalyticsAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotAnalyticsAction {
    props: ::forma_core::schema::Props,
}
impl IotAnalyticsAction {
    /// A new value with its required properties: `ChannelName`, `RoleArn`.
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, channel_name.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// `BatchMode`.
    pub fn batch_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IotAnalyticsAction> for ::forma_core::Value<IotAnalyticsAction> {
    fn from(v: IotAnalyticsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_ANALYTICS_ACTION_TYPE.properties))
    }
}

/// The `IotEventsAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotEventsAction {
    props: ::forma_core::schema::Props,
}
impl IotEventsAction {
    /// A new value with its required properties: `InputName`, `RoleArn`.
    pub fn new(
        input_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, input_name.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        Self { props }
    }
    /// `BatchMode`.
    pub fn batch_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MessageId`.
    ///
    /// Allowed: length 0 to 128.
    pub fn message_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IotEventsAction> for ::forma_core::Value<IotEventsAction> {
    fn from(v: IotEventsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_EVENTS_ACTION_TYPE.properties))
    }
}

/// The `IotSiteWiseAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotSiteWiseAction {
    props: ::forma_core::schema::Props,
}
impl IotSiteWiseAction {
    /// A new value with its required properties: `PutAssetPropertyValueEntries`, `RoleArn`.
    pub fn new(
        put_asset_property_value_entries: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<PutAssetPropertyValueEntry>>,
        >,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, put_asset_property_value_entries.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IotSiteWiseAction> for ::forma_core::Value<IotSiteWiseAction> {
    fn from(v: IotSiteWiseAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_SITE_WISE_ACTION_TYPE.properties))
    }
}

/// The `KafkaAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaAction {
    props: ::forma_core::schema::Props,
}
impl KafkaAction {
    /// A new value with its required properties: `ClientProperties`, `DestinationArn`, `Topic`.
    pub fn new(
        client_properties: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        destination_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        topic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_properties.into().into_expr());
        props.set(1, destination_arn.into().into_expr());
        props.set(5, topic.into().into_expr());
        Self { props }
    }
    /// `Headers`.
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KafkaActionHeader>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Partition`.
    pub fn partition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KafkaAction> for ::forma_core::Value<KafkaAction> {
    fn from(v: KafkaAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_ACTION_TYPE.properties))
    }
}

/// The `KinesisAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisAction {
    props: ::forma_core::schema::Props,
}
impl KinesisAction {
    /// A new value with its required properties: `RoleArn`, `StreamName`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        props.set(2, stream_name.into().into_expr());
        Self { props }
    }
    /// `PartitionKey`.
    pub fn partition_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KinesisAction> for ::forma_core::Value<KinesisAction> {
    fn from(v: KinesisAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_ACTION_TYPE.properties))
    }
}

/// The `LambdaAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaAction {
    props: ::forma_core::schema::Props,
}
impl LambdaAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FunctionArn`.
    pub fn function_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaAction> for ::forma_core::Value<LambdaAction> {
    fn from(v: LambdaAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_ACTION_TYPE.properties))
    }
}

/// The `LocationAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationAction {
    props: ::forma_core::schema::Props,
}
impl LocationAction {
    /// A new value with its required properties: `DeviceId`, `Latitude`, `Longitude`, `RoleArn`, `TrackerName`.
    pub fn new(
        device_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        latitude: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        longitude: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tracker_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, device_id.into().into_expr());
        props.set(1, latitude.into().into_expr());
        props.set(2, longitude.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(5, tracker_name.into().into_expr());
        Self { props }
    }
    /// `Timestamp`.
    pub fn timestamp(mut self, value: impl ::std::convert::Into<::forma_core::Value<Timestamp>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocationAction> for ::forma_core::Value<LocationAction> {
    fn from(v: LocationAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_ACTION_TYPE.properties))
    }
}

/// The `OpenSearchAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchAction {
    props: ::forma_core::schema::Props,
}
impl OpenSearchAction {
    /// A new value with its required properties: `Endpoint`, `Id`, `Index`, `RoleArn`, `Type`.
    pub fn new(
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        index: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(2, index.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenSearchAction> for ::forma_core::Value<OpenSearchAction> {
    fn from(v: OpenSearchAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_ACTION_TYPE.properties))
    }
}

/// The `RepublishAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RepublishAction {
    props: ::forma_core::schema::Props,
}
impl RepublishAction {
    /// A new value with its required properties: `RoleArn`, `Topic`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        topic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, role_arn.into().into_expr());
        props.set(3, topic.into().into_expr());
        Self { props }
    }
    /// `Headers`.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<RepublishActionHeaders>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Qos`.
    ///
    /// Allowed: 0 to 1.
    pub fn qos(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RepublishAction> for ::forma_core::Value<RepublishAction> {
    fn from(v: RepublishAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPUBLISH_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `private`, `public-read`, `public-read-write`, `aws-exec-read`, `authenticated-read`, `bucket-owner-read`, `bucket-owner-full-control`, `log-delivery-write`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CannedAccessControlList {
    /// `private`
    Private,
    /// `public-read`
    PublicRead,
    /// `public-read-write`
    PublicReadWrite,
    /// `aws-exec-read`
    AwsExecRead,
    /// `authenticated-read`
    AuthenticatedRead,
    /// `bucket-owner-read`
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    BucketOwnerFullControl,
    /// `log-delivery-write`
    LogDeliveryWrite,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CannedAccessControlList {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Private => "private",
            Self::PublicRead => "public-read",
            Self::PublicReadWrite => "public-read-write",
            Self::AwsExecRead => "aws-exec-read",
            Self::AuthenticatedRead => "authenticated-read",
            Self::BucketOwnerRead => "bucket-owner-read",
            Self::BucketOwnerFullControl => "bucket-owner-full-control",
            Self::LogDeliveryWrite => "log-delivery-write",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "private",
            "public-read",
            "public-read-write",
            "aws-exec-read",
            "authenticated-read",
            "bucket-owner-read",
            "bucket-owner-full-control",
            "log-delivery-write",
        ]
    }
}
impl ::std::convert::From<CannedAccessControlList> for ::forma_core::Value<CannedAccessControlList> {
    fn from(v: CannedAccessControlList) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CannedAccessControlList {}

/// The `S3Action` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Action {
    props: ::forma_core::schema::Props,
}
impl S3Action {
    /// A new value with its required properties: `BucketName`, `Key`, `RoleArn`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(2, key.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        Self { props }
    }
    /// `CannedAcl`.
    pub fn canned_acl(mut self, value: impl ::forma_core::schema::EnumArg<CannedAccessControlList>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<S3Action> for ::forma_core::Value<S3Action> {
    fn from(v: S3Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JSON`, `RAW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageFormat {
    /// `JSON`
    Json,
    /// `RAW`
    Raw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MessageFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "JSON",
            Self::Raw => "RAW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSON", "RAW"]
    }
}
impl ::std::convert::From<MessageFormat> for ::forma_core::Value<MessageFormat> {
    fn from(v: MessageFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MessageFormat {}

/// The `SnsAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsAction {
    props: ::forma_core::schema::Props,
}
impl SnsAction {
    /// A new value with its required properties: `RoleArn`, `TargetArn`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        props.set(2, target_arn.into().into_expr());
        Self { props }
    }
    /// `MessageFormat`.
    pub fn message_format(mut self, value: impl ::forma_core::schema::EnumArg<MessageFormat>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SnsAction> for ::forma_core::Value<SnsAction> {
    fn from(v: SnsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNS_ACTION_TYPE.properties))
    }
}

/// The `SqsAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqsAction {
    props: ::forma_core::schema::Props,
}
impl SqsAction {
    /// A new value with its required properties: `QueueUrl`, `RoleArn`.
    pub fn new(
        queue_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, queue_url.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
    /// `UseBase64`.
    pub fn use_base64(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SqsAction> for ::forma_core::Value<SqsAction> {
    fn from(v: SqsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQS_ACTION_TYPE.properties))
    }
}

/// The `StepFunctionsAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct StepFunctionsAction {
    props: ::forma_core::schema::Props,
}
impl StepFunctionsAction {
    /// A new value with its required properties: `RoleArn`, `StateMachineName`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state_machine_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        props.set(2, state_machine_name.into().into_expr());
        Self { props }
    }
    /// `ExecutionNamePrefix`.
    pub fn execution_name_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StepFunctionsAction> for ::forma_core::Value<StepFunctionsAction> {
    fn from(v: StepFunctionsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STEP_FUNCTIONS_ACTION_TYPE.properties))
    }
}

/// The `TimestreamAction` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimestreamAction {
    props: ::forma_core::schema::Props,
}
impl TimestreamAction {
    /// A new value with its required properties: `DatabaseName`, `Dimensions`, `RoleArn`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimensions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TimestreamDimension>>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        props.set(1, dimensions.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        props.set(3, table_name.into().into_expr());
        Self { props }
    }
    /// `Timestamp`.
    pub fn timestamp(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimestreamTimestamp>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TimestreamAction> for ::forma_core::Value<TimestreamAction> {
    fn from(v: TimestreamAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMESTREAM_ACTION_TYPE.properties))
    }
}

/// The `PutItemInput` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PutItemInput {
    props: ::forma_core::schema::Props,
}
impl PutItemInput {
    /// A new value with its required properties: `TableName`.
    pub fn new(table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, table_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PutItemInput> for ::forma_core::Value<PutItemInput> {
    fn from(v: PutItemInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUT_ITEM_INPUT_TYPE.properties))
    }
}

/// The `HttpAuthorization` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpAuthorization {
    props: ::forma_core::schema::Props,
}
impl HttpAuthorization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Sigv4`.
    pub fn sigv4(mut self, value: impl ::std::convert::Into<::forma_core::Value<SigV4Authorization>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpAuthorization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpAuthorization> for ::forma_core::Value<HttpAuthorization> {
    fn from(v: HttpAuthorization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_AUTHORIZATION_TYPE.properties))
    }
}

/// The `BatchConfig` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchConfig {
    props: ::forma_core::schema::Props,
}
impl BatchConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BatchAcrossTopics`.
    pub fn batch_across_topics(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxBatchOpenMs`.
    ///
    /// Allowed: 5 to 200.
    pub fn max_batch_open_ms(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxBatchSize`.
    ///
    /// Allowed: 2 to 10.
    pub fn max_batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxBatchSizeBytes`.
    ///
    /// Allowed: 100 to 131072.
    pub fn max_batch_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchConfig> for ::forma_core::Value<BatchConfig> {
    fn from(v: BatchConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_CONFIG_TYPE.properties))
    }
}

/// The `HttpActionHeader` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpActionHeader {
    props: ::forma_core::schema::Props,
}
impl HttpActionHeader {
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
impl ::std::convert::From<HttpActionHeader> for ::forma_core::Value<HttpActionHeader> {
    fn from(v: HttpActionHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ACTION_HEADER_TYPE.properties))
    }
}

/// The `InfluxDBBatchConfig` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluxDbBatchConfig {
    props: ::forma_core::schema::Props,
}
impl InfluxDbBatchConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BatchAcrossTopics`.
    pub fn batch_across_topics(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxBatchOpenMs`.
    ///
    /// Allowed: 5 to 1000.
    pub fn max_batch_open_ms(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxBatchSize`.
    ///
    /// Allowed: 1 to 500.
    pub fn max_batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxBatchSizeBytes`.
    ///
    /// Allowed: 100 to 131072.
    pub fn max_batch_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InfluxDbBatchConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InfluxDbBatchConfig> for ::forma_core::Value<InfluxDbBatchConfig> {
    fn from(v: InfluxDbBatchConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFLUX_DB_BATCH_CONFIG_TYPE.properties))
    }
}

/// The `PutAssetPropertyValueEntry` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PutAssetPropertyValueEntry {
    props: ::forma_core::schema::Props,
}
impl PutAssetPropertyValueEntry {
    /// A new value with its required properties: `PropertyValues`.
    pub fn new(
        property_values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetPropertyValue>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, property_values.into().into_expr());
        Self { props }
    }
    /// `AssetId`.
    pub fn asset_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EntryId`.
    pub fn entry_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PropertyAlias`.
    ///
    /// Allowed: length 1 to any.
    pub fn property_alias(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PropertyId`.
    pub fn property_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PutAssetPropertyValueEntry> for ::forma_core::Value<PutAssetPropertyValueEntry> {
    fn from(v: PutAssetPropertyValueEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUT_ASSET_PROPERTY_VALUE_ENTRY_TYPE.properties))
    }
}

/// The `KafkaActionHeader` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaActionHeader {
    props: ::forma_core::schema::Props,
}
impl KafkaActionHeader {
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
impl ::std::convert::From<KafkaActionHeader> for ::forma_core::Value<KafkaActionHeader> {
    fn from(v: KafkaActionHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_ACTION_HEADER_TYPE.properties))
    }
}

/// The `Timestamp` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Timestamp {
    props: ::forma_core::schema::Props,
}
impl Timestamp {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, value.into().into_expr());
        Self { props }
    }
    /// `Unit`.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Timestamp> for ::forma_core::Value<Timestamp> {
    fn from(v: Timestamp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMESTAMP_TYPE.properties))
    }
}

/// The `RepublishActionHeaders` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RepublishActionHeaders {
    props: ::forma_core::schema::Props,
}
impl RepublishActionHeaders {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContentType`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CorrelationData`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn correlation_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MessageExpiry`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn message_expiry(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PayloadFormatIndicator`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn payload_format_indicator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ResponseTopic`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn response_topic(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `UserProperties`.
    pub fn user_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserProperty>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RepublishActionHeaders {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RepublishActionHeaders> for ::forma_core::Value<RepublishActionHeaders> {
    fn from(v: RepublishActionHeaders) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPUBLISH_ACTION_HEADERS_TYPE.properties))
    }
}

/// The `TimestreamDimension` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimestreamDimension {
    props: ::forma_core::schema::Props,
}
impl TimestreamDimension {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimestreamDimension> for ::forma_core::Value<TimestreamDimension> {
    fn from(v: TimestreamDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMESTREAM_DIMENSION_TYPE.properties))
    }
}

/// The `TimestreamTimestamp` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimestreamTimestamp {
    props: ::forma_core::schema::Props,
}
impl TimestreamTimestamp {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimestreamTimestamp> for ::forma_core::Value<TimestreamTimestamp> {
    fn from(v: TimestreamTimestamp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMESTREAM_TIMESTAMP_TYPE.properties))
    }
}

/// The `SigV4Authorization` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SigV4Authorization {
    props: ::forma_core::schema::Props,
}
impl SigV4Authorization {
    /// A new value with its required properties: `RoleArn`, `ServiceName`, `SigningRegion`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        props.set(1, service_name.into().into_expr());
        props.set(2, signing_region.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SigV4Authorization> for ::forma_core::Value<SigV4Authorization> {
    fn from(v: SigV4Authorization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIG_V4_AUTHORIZATION_TYPE.properties))
    }
}

/// The `AssetPropertyValue` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetPropertyValue {
    props: ::forma_core::schema::Props,
}
impl AssetPropertyValue {
    /// A new value with its required properties: `Timestamp`, `Value`.
    pub fn new(
        timestamp: impl ::std::convert::Into<::forma_core::Value<AssetPropertyTimestamp>>,
        value: impl ::std::convert::Into<::forma_core::Value<AssetPropertyVariant>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, timestamp.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// `Quality`.
    pub fn quality(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetPropertyValue> for ::forma_core::Value<AssetPropertyValue> {
    fn from(v: AssetPropertyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_PROPERTY_VALUE_TYPE.properties))
    }
}

/// The `UserProperty` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserProperty {
    props: ::forma_core::schema::Props,
}
impl UserProperty {
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
impl ::std::convert::From<UserProperty> for ::forma_core::Value<UserProperty> {
    fn from(v: UserProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_PROPERTY_TYPE.properties))
    }
}

/// The `AssetPropertyTimestamp` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetPropertyTimestamp {
    props: ::forma_core::schema::Props,
}
impl AssetPropertyTimestamp {
    /// A new value with its required properties: `TimeInSeconds`.
    pub fn new(time_in_seconds: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, time_in_seconds.into().into_expr());
        Self { props }
    }
    /// `OffsetInNanos`.
    pub fn offset_in_nanos(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetPropertyTimestamp> for ::forma_core::Value<AssetPropertyTimestamp> {
    fn from(v: AssetPropertyTimestamp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_PROPERTY_TIMESTAMP_TYPE.properties))
    }
}

/// The `AssetPropertyVariant` property type of `AWS::IoT::TopicRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetPropertyVariant {
    props: ::forma_core::schema::Props,
}
impl AssetPropertyVariant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BooleanValue`.
    pub fn boolean_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DoubleValue`.
    pub fn double_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IntegerValue`.
    pub fn integer_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringValue`.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AssetPropertyVariant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AssetPropertyVariant> for ::forma_core::Value<AssetPropertyVariant> {
    fn from(v: AssetPropertyVariant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_PROPERTY_VARIANT_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::TopicRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::TopicRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuleName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicRulePayload",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_RULE_PAYLOAD_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.Tag",
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

static TOPIC_RULE_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.TopicRulePayload",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AwsIotSqlVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ErrorAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Sql",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudwatchAlarm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUDWATCH_ALARM_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudwatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUDWATCH_LOGS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudwatchMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUDWATCH_METRIC_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DynamoDB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMODB_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DynamoDBv2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMODB_V2_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Elasticsearch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Firehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Http",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InfluxDB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFLUX_DB_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotAnalytics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_ANALYTICS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_EVENTS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotSiteWise",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_SITE_WISE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Kafka",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Kinesis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Lambda",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpenSearch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Republish",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPUBLISH_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sqs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StepFunctions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STEP_FUNCTIONS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Timestream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMESTREAM_ACTION_TYPE),
        },
    ],
    rules: &[],
};

static CLOUDWATCH_ALARM_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.CloudwatchAlarmAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StateReason",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StateValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLOUDWATCH_LOGS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.CloudwatchLogsAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLOUDWATCH_METRIC_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.CloudwatchMetricAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricNamespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricTimestamp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DYNAMODB_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.DynamoDBAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "HashKeyField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HashKeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NUMBER", "STRING"]),
        },
        ::forma_core::schema::Property {
            name: "HashKeyValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PayloadField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RangeKeyField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RangeKeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NUMBER", "STRING"]),
        },
        ::forma_core::schema::Property {
            name: "RangeKeyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DYNAMODB_V2_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.DynamoDBv2Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "PutItem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUT_ITEM_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ELASTICSEARCH_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.ElasticsearchAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Index",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static FIREHOSE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.FirehoseAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeliveryStreamName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Separator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\n\\t])|(\\r\\n)|(,)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static HTTP_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.HttpAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Auth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_AUTHORIZATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BatchConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfirmationUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableBatching",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HTTP_ACTION_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
    ],
    rules: &[],
};

static INFLUX_DB_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.InfluxDBAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFLUX_DB_BATCH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^_\\\"][^\\\"]+$"),
                min_length: Some(2),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Organization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^_].*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TimestampUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ms", "ns", "s", "us"]),
        },
    ],
    rules: &[],
};

static IOT_ANALYTICS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.IotAnalyticsAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IOT_EVENTS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.IotEventsAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InputName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MessageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IOT_SITE_WISE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.IotSiteWiseAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "PutAssetPropertyValueEntries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PUT_ASSET_PROPERTY_VALUE_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KAFKA_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.KafkaAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KAFKA_ACTION_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Partition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Topic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KINESIS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.KinesisAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "PartitionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAMBDA_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.LambdaAction",
    properties: &[::forma_core::schema::Property {
        name: "FunctionArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static LOCATION_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.LocationAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Latitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Longitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timestamp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMESTAMP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrackerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OPEN_SEARCH_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.OpenSearchAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Index",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static REPUBLISH_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.RepublishAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPUBLISH_ACTION_HEADERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Qos",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Topic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.S3Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CannedAcl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "private",
                "public-read",
                "public-read-write",
                "aws-exec-read",
                "authenticated-read",
                "bucket-owner-read",
                "bucket-owner-full-control",
                "log-delivery-write",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SNS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.SnsAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "MessageFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSON", "RAW"]),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SQS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.SqsAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueueUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseBase64",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static STEP_FUNCTIONS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.StepFunctionsAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutionNamePrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StateMachineName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TIMESTREAM_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.TimestreamAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TIMESTREAM_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(128) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timestamp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMESTREAM_TIMESTAMP_TYPE),
        },
    ],
    rules: &[],
};

static PUT_ITEM_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.PutItemInput",
    properties: &[::forma_core::schema::Property {
        name: "TableName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static HTTP_AUTHORIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.HttpAuthorization",
    properties: &[::forma_core::schema::Property {
        name: "Sigv4",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SIG_V4_AUTHORIZATION_TYPE),
    }],
    rules: &[],
};

static BATCH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.BatchConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchAcrossTopics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxBatchOpenMs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxBatchSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxBatchSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(100.0),
                maximum: Some(131072.0),
            }),
        },
    ],
    rules: &[],
};

static HTTP_ACTION_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.HttpActionHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
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

static INFLUX_DB_BATCH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.InfluxDBBatchConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchAcrossTopics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxBatchOpenMs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxBatchSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(500.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxBatchSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(100.0),
                maximum: Some(131072.0),
            }),
        },
    ],
    rules: &[],
};

static PUT_ASSET_PROPERTY_VALUE_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.PutAssetPropertyValueEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntryId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PropertyAlias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PropertyValues",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_PROPERTY_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static KAFKA_ACTION_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.KafkaActionHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(16384),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(16384),
            }),
        },
    ],
    rules: &[],
};

static TIMESTAMP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.Timestamp",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
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

static REPUBLISH_ACTION_HEADERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.RepublishActionHeaders",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "CorrelationData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "MessageExpiry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PayloadFormatIndicator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseTopic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static TIMESTREAM_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.TimestreamDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
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

static TIMESTREAM_TIMESTAMP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.TimestreamTimestamp",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
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

static SIG_V4_AUTHORIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.SigV4Authorization",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SigningRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ASSET_PROPERTY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.AssetPropertyValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Quality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timestamp",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSET_PROPERTY_TIMESTAMP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSET_PROPERTY_VARIANT_TYPE),
        },
    ],
    rules: &[],
};

static USER_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.UserProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static ASSET_PROPERTY_TIMESTAMP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.AssetPropertyTimestamp",
    properties: &[
        ::forma_core::schema::Property {
            name: "OffsetInNanos",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeInSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ASSET_PROPERTY_VARIANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRule.AssetPropertyVariant",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DoubleValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegerValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
