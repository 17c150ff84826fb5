// @generated from AWS::IoTEvents::AlarmModel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTEvents::AlarmModel` and its property types.

/// Resource Type definition for AWS::IoTEvents::AlarmModel
///
/// CloudFormation type `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmModel {
    props: ::forma_core::schema::Props,
}
impl AlarmModel {
    /// A new resource with its required properties: `AlarmRule`, `RoleArn`.
    #[track_caller]
    pub fn new(
        alarm_rule: impl ::std::convert::Into<::forma_core::Value<AlarmRule>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, alarm_rule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AlarmCapabilities`.
    #[track_caller]
    pub fn alarm_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AlarmCapabilities>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AlarmEventActions`.
    #[track_caller]
    pub fn alarm_event_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AlarmEventActions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AlarmModelDescription`.
    #[track_caller]
    pub fn alarm_model_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AlarmModelName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn alarm_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Key`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Severity`.
    #[track_caller]
    pub fn severity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AlarmModel {
    type Attributes = AlarmModelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTEvents::AlarmModel"
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
/// The attributes of a `AWS::IoTEvents::AlarmModel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AlarmModelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AlarmModelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AlarmModelAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `AlarmCapabilities` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmCapabilities {
    props: ::forma_core::schema::Props,
}
impl AlarmCapabilities {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AcknowledgeFlow`.
    pub fn acknowledge_flow(mut self, value: impl ::std::convert::Into<::forma_core::Value<AcknowledgeFlow>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InitializationConfiguration`.
    pub fn initialization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InitializationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlarmCapabilities {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlarmCapabilities> for ::forma_core::Value<AlarmCapabilities> {
    fn from(v: AlarmCapabilities) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_CAPABILITIES_TYPE.properties))
    }
}

/// The `AlarmEventActions` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmEventActions {
    props: ::forma_core::schema::Props,
}
impl AlarmEventActions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AlarmActions`.
    pub fn alarm_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AlarmAction>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlarmEventActions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlarmEventActions> for ::forma_core::Value<AlarmEventActions> {
    fn from(v: AlarmEventActions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_EVENT_ACTIONS_TYPE.properties))
    }
}

/// The `AlarmRule` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmRule {
    props: ::forma_core::schema::Props,
}
impl AlarmRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SimpleRule`.
    pub fn simple_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<SimpleRule>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlarmRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlarmRule> for ::forma_core::Value<AlarmRule> {
    fn from(v: AlarmRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTEvents::AlarmModel`.
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

/// The `AcknowledgeFlow` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcknowledgeFlow {
    props: ::forma_core::schema::Props,
}
impl AcknowledgeFlow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcknowledgeFlow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcknowledgeFlow> for ::forma_core::Value<AcknowledgeFlow> {
    fn from(v: AcknowledgeFlow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACKNOWLEDGE_FLOW_TYPE.properties))
    }
}

/// The `InitializationConfiguration` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitializationConfiguration {
    props: ::forma_core::schema::Props,
}
impl InitializationConfiguration {
    /// A new value with its required properties: `DisabledOnInitialization`.
    pub fn new(disabled_on_initialization: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, disabled_on_initialization.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InitializationConfiguration> for ::forma_core::Value<InitializationConfiguration> {
    fn from(v: InitializationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INITIALIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `AlarmAction` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmAction {
    props: ::forma_core::schema::Props,
}
impl AlarmAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DynamoDB`.
    pub fn dynamodb(mut self, value: impl ::std::convert::Into<::forma_core::Value<Dynamodb>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DynamoDBv2`.
    pub fn dynamodb_v2(mut self, value: impl ::std::convert::Into<::forma_core::Value<DynamodbV2>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Firehose`.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<Firehose>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IotEvents`.
    pub fn iot_events(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotEvents>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `IotSiteWise`.
    pub fn iot_site_wise(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotSiteWise>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IotTopicPublish`.
    pub fn iot_topic_publish(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotTopicPublish>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Lambda`.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<Lambda>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Sns`.
    pub fn sns(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sns>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Sqs`.
    pub fn sqs(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sqs>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlarmAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlarmAction> for ::forma_core::Value<AlarmAction> {
    fn from(v: AlarmAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_ACTION_TYPE.properties))
    }
}

/// The `SimpleRule` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct SimpleRule {
    props: ::forma_core::schema::Props,
}
impl SimpleRule {
    /// A new value with its required properties: `ComparisonOperator`, `InputProperty`, `Threshold`.
    pub fn new(
        comparison_operator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into().into_expr());
        props.set(1, input_property.into().into_expr());
        props.set(2, threshold.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SimpleRule> for ::forma_core::Value<SimpleRule> {
    fn from(v: SimpleRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIMPLE_RULE_TYPE.properties))
    }
}

/// The `DynamoDB` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dynamodb {
    props: ::forma_core::schema::Props,
}
impl Dynamodb {
    /// A new value with its required properties: `HashKeyField`, `HashKeyValue`, `TableName`.
    pub fn new(
        hash_key_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hash_key_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hash_key_field.into().into_expr());
        props.set(2, hash_key_value.into().into_expr());
        props.set(9, table_name.into().into_expr());
        Self { props }
    }
    /// `HashKeyType`.
    pub fn hash_key_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Operation`.
    pub fn operation(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PayloadField`.
    pub fn payload_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RangeKeyField`.
    pub fn range_key_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RangeKeyType`.
    pub fn range_key_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RangeKeyValue`.
    pub fn range_key_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Dynamodb> for ::forma_core::Value<Dynamodb> {
    fn from(v: Dynamodb) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMODB_TYPE.properties))
    }
}

/// The `DynamoDBv2` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamodbV2 {
    props: ::forma_core::schema::Props,
}
impl DynamodbV2 {
    /// A new value with its required properties: `TableName`.
    pub fn new(table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, table_name.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DynamodbV2> for ::forma_core::Value<DynamodbV2> {
    fn from(v: DynamodbV2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMODB_V2_TYPE.properties))
    }
}

/// The `Firehose` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Firehose {
    props: ::forma_core::schema::Props,
}
impl Firehose {
    /// A new value with its required properties: `DeliveryStreamName`.
    pub fn new(delivery_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delivery_stream_name.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Separator`.
    pub fn separator(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Firehose> for ::forma_core::Value<Firehose> {
    fn from(v: Firehose) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_TYPE.properties))
    }
}

/// The `IotEvents` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotEvents {
    props: ::forma_core::schema::Props,
}
impl IotEvents {
    /// A new value with its required properties: `InputName`.
    pub fn new(input_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_name.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IotEvents> for ::forma_core::Value<IotEvents> {
    fn from(v: IotEvents) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_EVENTS_TYPE.properties))
    }
}

/// The `IotSiteWise` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotSiteWise {
    props: ::forma_core::schema::Props,
}
impl IotSiteWise {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
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
    /// `PropertyValue`.
    pub fn property_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<AssetPropertyValue>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IotSiteWise {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IotSiteWise> for ::forma_core::Value<IotSiteWise> {
    fn from(v: IotSiteWise) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_SITE_WISE_TYPE.properties))
    }
}

/// The `IotTopicPublish` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotTopicPublish {
    props: ::forma_core::schema::Props,
}
impl IotTopicPublish {
    /// A new value with its required properties: `MqttTopic`.
    pub fn new(mqtt_topic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mqtt_topic.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IotTopicPublish> for ::forma_core::Value<IotTopicPublish> {
    fn from(v: IotTopicPublish) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_TOPIC_PUBLISH_TYPE.properties))
    }
}

/// The `Lambda` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Lambda {
    props: ::forma_core::schema::Props,
}
impl Lambda {
    /// A new value with its required properties: `FunctionArn`.
    pub fn new(function_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_arn.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Lambda> for ::forma_core::Value<Lambda> {
    fn from(v: Lambda) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_TYPE.properties))
    }
}

/// The `Sns` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sns {
    props: ::forma_core::schema::Props,
}
impl Sns {
    /// A new value with its required properties: `TargetArn`.
    pub fn new(target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, target_arn.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Sns> for ::forma_core::Value<Sns> {
    fn from(v: Sns) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNS_TYPE.properties))
    }
}

/// The `Sqs` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sqs {
    props: ::forma_core::schema::Props,
}
impl Sqs {
    /// A new value with its required properties: `QueueUrl`.
    pub fn new(queue_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, queue_url.into().into_expr());
        Self { props }
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UseBase64`.
    pub fn use_base64(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Sqs> for ::forma_core::Value<Sqs> {
    fn from(v: Sqs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQS_TYPE.properties))
    }
}

/// The `Payload` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Payload {
    props: ::forma_core::schema::Props,
}
impl Payload {
    /// A new value with its required properties: `ContentExpression`, `Type`.
    pub fn new(
        content_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content_expression.into().into_expr());
        props.set(1, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Payload> for ::forma_core::Value<Payload> {
    fn from(v: Payload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAYLOAD_TYPE.properties))
    }
}

/// The `AssetPropertyValue` property type of `AWS::IoTEvents::AlarmModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetPropertyValue {
    props: ::forma_core::schema::Props,
}
impl AssetPropertyValue {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<AssetPropertyVariant>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// `Quality`.
    pub fn quality(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Timestamp`.
    pub fn timestamp(mut self, value: impl ::std::convert::Into<::forma_core::Value<AssetPropertyTimestamp>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetPropertyValue> for ::forma_core::Value<AssetPropertyValue> {
    fn from(v: AssetPropertyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_PROPERTY_VALUE_TYPE.properties))
    }
}

/// The `AssetPropertyTimestamp` property type of `AWS::IoTEvents::AlarmModel`.
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

/// The `AssetPropertyVariant` property type of `AWS::IoTEvents::AlarmModel`.
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

/// The schema of `AWS::IoTEvents::AlarmModel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTEvents::AlarmModel",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALARM_CAPABILITIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AlarmEventActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALARM_EVENT_ACTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AlarmModelDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AlarmModelName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AlarmRule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALARM_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Severity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
    ],
    rules: &[],
    attributes: &["Id"],
};

static ALARM_CAPABILITIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AlarmCapabilities",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcknowledgeFlow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACKNOWLEDGE_FLOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InitializationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIALIZATION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static ALARM_EVENT_ACTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AlarmEventActions",
    properties: &[::forma_core::schema::Property {
        name: "AlarmActions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ALARM_ACTION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ALARM_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AlarmRule",
    properties: &[::forma_core::schema::Property {
        name: "SimpleRule",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SIMPLE_RULE_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.Tag",
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

static ACKNOWLEDGE_FLOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AcknowledgeFlow",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static INITIALIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.InitializationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DisabledOnInitialization",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ALARM_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AlarmAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "DynamoDB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMODB_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DynamoDBv2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMODB_V2_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Firehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_EVENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotSiteWise",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_SITE_WISE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotTopicPublish",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_TOPIC_PUBLISH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Lambda",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sqs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQS_TYPE),
        },
    ],
    rules: &[],
};

static SIMPLE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.SimpleRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputProperty",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DYNAMODB_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.DynamoDB",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HashKeyValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Operation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RangeKeyValue",
            required: false,
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

static DYNAMODB_V2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.DynamoDBv2",
    properties: &[
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
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

static FIREHOSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.Firehose",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryStreamName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Separator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IOT_EVENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.IotEvents",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
        },
    ],
    rules: &[],
};

static IOT_SITE_WISE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.IotSiteWise",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PropertyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PropertyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSET_PROPERTY_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static IOT_TOPIC_PUBLISH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.IotTopicPublish",
    properties: &[
        ::forma_core::schema::Property {
            name: "MqttTopic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
        },
    ],
    rules: &[],
};

static LAMBDA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.Lambda",
    properties: &[
        ::forma_core::schema::Property {
            name: "FunctionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
        },
    ],
    rules: &[],
};

static SNS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.Sns",
    properties: &[
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
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

static SQS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.Sqs",
    properties: &[
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueueUrl",
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

static PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.Payload",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentExpression",
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

static ASSET_PROPERTY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AssetPropertyValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Quality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timestamp",
            required: false,
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

static ASSET_PROPERTY_TIMESTAMP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::AlarmModel.AssetPropertyTimestamp",
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
    name: "AWS::IoTEvents::AlarmModel.AssetPropertyVariant",
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
