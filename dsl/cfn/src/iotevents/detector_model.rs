// @generated from AWS::IoTEvents::DetectorModel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTEvents::DetectorModel` and its property types.

/// The AWS::IoTEvents::DetectorModel resource creates a detector model.
///
/// CloudFormation type `AWS::IoTEvents::DetectorModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectorModel {
    props: ::forma_core::schema::Props,
}
impl DetectorModel {
    /// A new resource with its required properties: `DetectorModelDefinition`, `RoleArn`.
    #[track_caller]
    pub fn new(
        detector_model_definition: impl ::std::convert::Into<::forma_core::Value<DetectorModelDefinition>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, detector_model_definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A brief description of the detector model.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn detector_model_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the detector model.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn detector_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the order in which events are evaluated and how actions are executed.
    #[track_caller]
    pub fn evaluation_method(mut self, value: impl ::forma_core::schema::EnumArg<EvaluationMethod>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The value used to identify a detector instance.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DetectorModel {
    type Attributes = DetectorModelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTEvents::DetectorModel"
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
/// The attributes of a `AWS::IoTEvents::DetectorModel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DetectorModelAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DetectorModelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `BATCH`, `SERIAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationMethod {
    /// `BATCH`
    Batch,
    /// `SERIAL`
    Serial,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluationMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Batch => "BATCH",
            Self::Serial => "SERIAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BATCH", "SERIAL"]
    }
}
impl ::std::convert::From<EvaluationMethod> for ::forma_core::Value<EvaluationMethod> {
    fn from(v: EvaluationMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluationMethod {}

/// Information that defines how a detector operates.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectorModelDefinition {
    props: ::forma_core::schema::Props,
}
impl DetectorModelDefinition {
    /// A new value with its required properties: `InitialStateName`, `States`.
    pub fn new(
        initial_state_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        states: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<State>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, initial_state_name.into().into_expr());
        props.set(1, states.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DetectorModelDefinition> for ::forma_core::Value<DetectorModelDefinition> {
    fn from(v: DetectorModelDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DETECTOR_MODEL_DEFINITION_TYPE.properties))
    }
}

/// Metadata that can be used to manage the resource.
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

/// Information that defines a state of a detector.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    props: ::forma_core::schema::Props,
}
impl State {
    /// A new value with its required properties: `StateName`.
    pub fn new(state_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, state_name.into().into_expr());
        Self { props }
    }
    /// When entering this state, perform these `actions` if the `condition` is TRUE.
    pub fn on_enter(mut self, value: impl ::std::convert::Into<::forma_core::Value<OnEnter>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When exiting this state, perform these `actions` if the specified `condition` is `TRUE`.
    pub fn on_exit(mut self, value: impl ::std::convert::Into<::forma_core::Value<OnExit>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// When an input is received and the `condition` is TRUE, perform the specified `actions`.
    pub fn on_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<OnInput>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATE_TYPE.properties))
    }
}

/// When entering this state, perform these `actions` if the `condition` is TRUE.
#[derive(Debug, Clone, PartialEq)]
pub struct OnEnter {
    props: ::forma_core::schema::Props,
}
impl OnEnter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the actions that are performed when the state is entered and the `condition` is `TRUE`.
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Event>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnEnter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnEnter> for ::forma_core::Value<OnEnter> {
    fn from(v: OnEnter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_ENTER_TYPE.properties))
    }
}

/// When exiting this state, perform these `actions` if the specified `condition` is `TRUE`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnExit {
    props: ::forma_core::schema::Props,
}
impl OnExit {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the `actions` that are performed when the state is exited and the `condition` is `TRUE`.
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Event>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnExit {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnExit> for ::forma_core::Value<OnExit> {
    fn from(v: OnExit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_EXIT_TYPE.properties))
    }
}

/// Specifies the actions performed when the `condition` evaluates to TRUE.
#[derive(Debug, Clone, PartialEq)]
pub struct OnInput {
    props: ::forma_core::schema::Props,
}
impl OnInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the actions performed when the `condition` evaluates to TRUE.
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Event>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the actions performed, and the next state entered, when a `condition` evaluates to TRUE.
    pub fn transition_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TransitionEvent>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnInput> for ::forma_core::Value<OnInput> {
    fn from(v: OnInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_INPUT_TYPE.properties))
    }
}

/// Specifies the `actions` to be performed when the `condition` evaluates to TRUE.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    props: ::forma_core::schema::Props,
}
impl Event {
    /// A new value with its required properties: `EventName`.
    pub fn new(event_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, event_name.into().into_expr());
        Self { props }
    }
    /// The actions to be performed.
    pub fn actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Optional.
    ///
    /// Allowed: length 0 to 512.
    pub fn condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Event> for ::forma_core::Value<Event> {
    fn from(v: Event) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TYPE.properties))
    }
}

/// Specifies the actions performed and the next state entered when a `condition` evaluates to TRUE.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitionEvent {
    props: ::forma_core::schema::Props,
}
impl TransitionEvent {
    /// A new value with its required properties: `Condition`, `EventName`, `NextState`.
    pub fn new(
        condition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        event_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        next_state: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, condition.into().into_expr());
        props.set(2, event_name.into().into_expr());
        props.set(3, next_state.into().into_expr());
        Self { props }
    }
    /// The actions to be performed.
    pub fn actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransitionEvent> for ::forma_core::Value<TransitionEvent> {
    fn from(v: TransitionEvent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSITION_EVENT_TYPE.properties))
    }
}

/// An action to be performed when the `condition` is TRUE.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information needed to clear the timer.
    pub fn clear_timer(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClearTimer>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Writes to the DynamoDB table that you created.
    pub fn dynamodb(mut self, value: impl ::std::convert::Into<::forma_core::Value<Dynamodb>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Writes to the DynamoDB table that you created.
    pub fn dynamodb_v2(mut self, value: impl ::std::convert::Into<::forma_core::Value<DynamodbV2>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Sends information about the detector model instance and the event that triggered the action to an Amazon Kinesis Data Firehose delivery stream.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<Firehose>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Sends ITE input, which passes information about the detector model instance and the event that triggered the action.
    pub fn iot_events(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotEvents>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Sends information about the detector model instance and the event that triggered the action to an asset property in ITSW .
    pub fn iot_site_wise(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotSiteWise>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Publishes an MQTT message with the given topic to the IoT message broker.
    pub fn iot_topic_publish(mut self, value: impl ::std::convert::Into<::forma_core::Value<IotTopicPublish>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Calls a Lambda function, passing in information about the detector model instance and the event that triggered the action.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<Lambda>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Information needed to reset the timer.
    pub fn reset_timer(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResetTimer>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Information needed to set the timer.
    pub fn set_timer(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetTimer>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Sets a variable to a specified value.
    pub fn set_variable(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetVariable>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Sends an Amazon SNS message.
    pub fn sns(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sns>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Sends an Amazon SNS message.
    pub fn sqs(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sqs>>) -> Self {
        self.props.set(12, value.into().into_expr());
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

/// Information needed to clear the timer.
#[derive(Debug, Clone, PartialEq)]
pub struct ClearTimer {
    props: ::forma_core::schema::Props,
}
impl ClearTimer {
    /// A new value with its required properties: `TimerName`.
    pub fn new(timer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, timer_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClearTimer> for ::forma_core::Value<ClearTimer> {
    fn from(v: ClearTimer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLEAR_TIMER_TYPE.properties))
    }
}

/// Defines an action to write to the Amazon DynamoDB table that you created.
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
    /// The data type for the hash key (also called the partition key).
    pub fn hash_key_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of operation to perform.
    pub fn operation(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Information needed to configure the payload.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the DynamoDB column that receives the action payload.
    pub fn payload_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The name of the range key (also called the sort key).
    pub fn range_key_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The data type for the range key (also called the sort key), You can specify the following values: + `'STRING'` - The range key is a string.
    pub fn range_key_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The value of the range key (also called the sort key).
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

/// Defines an action to write to the Amazon DynamoDB table that you created.
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
    /// Information needed to configure the payload.
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

/// Sends information about the detector model instance and the event that triggered the action to an Amazon Kinesis Data Firehose delivery stream.
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
    /// You can configure the action payload when you send a message to an Amazon Data Firehose delivery stream.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A character separator that is used to separate records written to the Kinesis Data Firehose delivery stream.
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

/// Sends an ITE input, passing in information about the detector model instance and the event that triggered the action.
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
    /// You can configure the action payload when you send a message to an ITE input.
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

/// Sends information about the detector model instance and the event that triggered the action to a specified asset property in ITSW.
#[derive(Debug, Clone, PartialEq)]
pub struct IotSiteWise {
    props: ::forma_core::schema::Props,
}
impl IotSiteWise {
    /// A new value with its required properties: `PropertyValue`.
    pub fn new(property_value: impl ::std::convert::Into<::forma_core::Value<AssetPropertyValue>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, property_value.into().into_expr());
        Self { props }
    }
    /// The ID of the asset that has the specified property.
    pub fn asset_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A unique identifier for this entry.
    pub fn entry_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The alias of the asset property.
    pub fn property_alias(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The ID of the asset property.
    pub fn property_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IotSiteWise> for ::forma_core::Value<IotSiteWise> {
    fn from(v: IotSiteWise) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_SITE_WISE_TYPE.properties))
    }
}

/// Information required to publish the MQTT message through the IoT message broker.
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
    /// You can configure the action payload when you publish a message to an IoTCore topic.
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

/// Calls a Lambda function, passing in information about the detector model instance and the event that triggered the action.
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
    /// You can configure the action payload when you send a message to a Lambda function.
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

/// Information required to reset the timer.
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTimer {
    props: ::forma_core::schema::Props,
}
impl ResetTimer {
    /// A new value with its required properties: `TimerName`.
    pub fn new(timer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, timer_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResetTimer> for ::forma_core::Value<ResetTimer> {
    fn from(v: ResetTimer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESET_TIMER_TYPE.properties))
    }
}

/// Information needed to set the timer.
#[derive(Debug, Clone, PartialEq)]
pub struct SetTimer {
    props: ::forma_core::schema::Props,
}
impl SetTimer {
    /// A new value with its required properties: `TimerName`.
    pub fn new(timer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, timer_name.into().into_expr());
        Self { props }
    }
    /// The duration of the timer, in seconds.
    ///
    /// Allowed: length 1 to 1024.
    pub fn duration_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of seconds until the timer expires.
    ///
    /// Allowed: 60 to 31622400.
    pub fn seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SetTimer> for ::forma_core::Value<SetTimer> {
    fn from(v: SetTimer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SET_TIMER_TYPE.properties))
    }
}

/// Information about the variable and its new value.
#[derive(Debug, Clone, PartialEq)]
pub struct SetVariable {
    props: ::forma_core::schema::Props,
}
impl SetVariable {
    /// A new value with its required properties: `Value`, `VariableName`.
    pub fn new(
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variable_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        props.set(1, variable_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SetVariable> for ::forma_core::Value<SetVariable> {
    fn from(v: SetVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SET_VARIABLE_TYPE.properties))
    }
}

/// Information required to publish the Amazon SNS message.
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
    /// You can configure the action payload when you send a message as an Amazon SNS push notification.
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

/// Sends information about the detector model instance and the event that triggered the action to an Amazon SQS queue.
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
    /// You can configure the action payload when you send a message to an Amazon SQS queue.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<Payload>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Set this to TRUE if you want the data to be base-64 encoded before it is written to the queue.
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

/// Information needed to configure the payload.
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

/// A structure that contains value information.
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
    /// The quality of the asset property value.
    pub fn quality(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timestamp associated with the asset property value.
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

/// A structure that contains timestamp information.
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
    /// The nanosecond offset converted from `timeInSeconds`.
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

/// A structure that contains an asset property value.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetPropertyVariant {
    props: ::forma_core::schema::Props,
}
impl AssetPropertyVariant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The asset property value is a Boolean value that must be `'TRUE'` or `'FALSE'`.
    pub fn boolean_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The asset property value is a double.
    pub fn double_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The asset property value is an integer.
    pub fn integer_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The asset property value is a string.
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

/// The schema of `AWS::IoTEvents::DetectorModel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTEvents::DetectorModel",
    properties: &[
        ::forma_core::schema::Property {
            name: "DetectorModelDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DETECTOR_MODEL_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DetectorModelDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DetectorModelName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BATCH", "SERIAL"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^((`[\\w\\- ]+`)|([\\w\\-]+))(\\.((`[\\w\\- ]+`)|([\\w\\-]+)))*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static DETECTOR_MODEL_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.DetectorModelDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialStateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "States",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STATE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.Tag",
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

static STATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.State",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnEnter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_ENTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnExit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_EXIT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static ON_ENTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.OnEnter",
    properties: &[::forma_core::schema::Property {
        name: "Events",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&EVENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ON_EXIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.OnExit",
    properties: &[::forma_core::schema::Property {
        name: "Events",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&EVENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ON_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.OnInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Events",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TransitionEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRANSITION_EVENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EVENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.Event",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TRANSITION_EVENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.TransitionEvent",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Condition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NextState",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClearTimer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLEAR_TIMER_TYPE),
        },
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
            name: "ResetTimer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESET_TIMER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SetTimer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_TIMER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SetVariable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_VARIABLE_TYPE),
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

static CLEAR_TIMER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.ClearTimer",
    properties: &[::forma_core::schema::Property {
        name: "TimerName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static DYNAMODB_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.DynamoDB",
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
    name: "AWS::IoTEvents::DetectorModel.DynamoDBv2",
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
    name: "AWS::IoTEvents::DetectorModel.Firehose",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([\\n\\t])|(\\r\\n)|(,)"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static IOT_EVENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.IotEvents",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
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
    name: "AWS::IoTEvents::DetectorModel.IotSiteWise",
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
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSET_PROPERTY_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static IOT_TOPIC_PUBLISH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.IotTopicPublish",
    properties: &[
        ::forma_core::schema::Property {
            name: "MqttTopic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
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
    name: "AWS::IoTEvents::DetectorModel.Lambda",
    properties: &[
        ::forma_core::schema::Property {
            name: "FunctionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
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

static RESET_TIMER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.ResetTimer",
    properties: &[::forma_core::schema::Property {
        name: "TimerName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static SET_TIMER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.SetTimer",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Seconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(31622400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SET_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.SetVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VariableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SNS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.Sns",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static SQS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::DetectorModel.Sqs",
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
    name: "AWS::IoTEvents::DetectorModel.Payload",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
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
    name: "AWS::IoTEvents::DetectorModel.AssetPropertyValue",
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
    name: "AWS::IoTEvents::DetectorModel.AssetPropertyTimestamp",
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
    name: "AWS::IoTEvents::DetectorModel.AssetPropertyVariant",
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
