// @generated from AWS::EventsV2::Subscriber (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EventsV2::Subscriber` and its property types.

/// Resource type definition for AWS::EventsV2::Subscriber, an Amazon EventBridge subscription that delivers events from an event bus to a target.
///
/// CloudFormation type `AWS::EventsV2::Subscriber`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscriber {
    props: ::forma_core::schema::Props,
}
impl Subscriber {
    /// A new resource with its required properties: `EventBusArn`, `InvokeConfiguration`, `Name`.
    #[track_caller]
    pub fn new(
        event_bus_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        invoke_configuration: impl ::std::convert::Into<::forma_core::Value<InvokeConfiguration>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, event_bus_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, invoke_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration for batching events into a single delivery to the target.
    #[track_caller]
    pub fn batch_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BatchConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the subscriber.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for filtering which events are delivered to the target.
    #[track_caller]
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Delivery logging configuration for the subscriber.
    #[track_caller]
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The destination for events that could not be delivered to the target.
    #[track_caller]
    pub fn on_failure_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnFailureConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The point in time to start delivering events from.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn point_in_time_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PointInTimeConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Resume-time control, never returned by the service.
    #[track_caller]
    pub fn resume_position(mut self, value: impl ::forma_core::schema::EnumArg<ResumePosition>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The retry policy for failed deliveries to the target.
    #[track_caller]
    pub fn retry_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryPolicy>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Where the subscriber starts reading events: LATEST starts from the newest events; POINT_IN_TIME starts from the point specified in PointInTimeConfiguration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn starting_position(mut self, value: impl ::forma_core::schema::EnumArg<StartingPosition>) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The run state of the subscriber.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the subscriber.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for transforming events before delivery to the target.
    #[track_caller]
    pub fn transformer(mut self, value: impl ::std::convert::Into<::forma_core::Value<Transformer>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The delivery ordering mode of the subscriber.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Subscriber {
    type Attributes = SubscriberAttributes;
    fn type_name(&self) -> &str {
        "AWS::EventsV2::Subscriber"
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
/// The attributes of a `AWS::EventsV2::Subscriber` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriberAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriberAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriberAttributes {
    /// `Fn::GetAtt` `SubscriberArn`.
    pub fn subscriber_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriberArn")
    }
    /// `Fn::GetAtt` `BusName`.
    pub fn bus_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BusName")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `LAST_PROCESSED`, `LATEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResumePosition {
    /// `LAST_PROCESSED`
    LastProcessed,
    /// `LATEST`
    Latest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResumePosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastProcessed => "LAST_PROCESSED",
            Self::Latest => "LATEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAST_PROCESSED", "LATEST"]
    }
}
impl ::std::convert::From<ResumePosition> for ::forma_core::Value<ResumePosition> {
    fn from(v: ResumePosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResumePosition {}

/// The values CloudFormation documents: `LATEST`, `POINT_IN_TIME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartingPosition {
    /// `LATEST`
    Latest,
    /// `POINT_IN_TIME`
    PointInTime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StartingPosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Latest => "LATEST",
            Self::PointInTime => "POINT_IN_TIME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LATEST", "POINT_IN_TIME"]
    }
}
impl ::std::convert::From<StartingPosition> for ::forma_core::Value<StartingPosition> {
    fn from(v: StartingPosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StartingPosition {}

/// The values CloudFormation documents: `RUNNING`, `STOPPED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `RUNNING`
    Running,
    /// `STOPPED`
    Stopped,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "RUNNING",
            Self::Stopped => "STOPPED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RUNNING", "STOPPED"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The values CloudFormation documents: `FIFO`, `UNORDERED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `FIFO`
    Fifo,
    /// `UNORDERED`
    Unordered,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fifo => "FIFO",
            Self::Unordered => "UNORDERED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIFO", "UNORDERED"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Configuration for batching events into a single delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchConfiguration {
    props: ::forma_core::schema::Props,
}
impl BatchConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of events in a single batch delivered to the target.
    ///
    /// Allowed: 1 to 500.
    pub fn max_batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum time in seconds to wait for a batch to fill before delivering it, 0-300.
    ///
    /// Allowed: 0 to 300.
    pub fn max_batch_window_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchConfiguration> for ::forma_core::Value<BatchConfiguration> {
    fn from(v: BatchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EVENT_BRIDGE_PATTERN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `EVENT_BRIDGE_PATTERN`
    EventBridgePattern,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Language {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EventBridgePattern => "EVENT_BRIDGE_PATTERN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EVENT_BRIDGE_PATTERN"]
    }
}
impl ::std::convert::From<Language> for ::forma_core::Value<Language> {
    fn from(v: Language) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Language {}

/// Configuration for filtering which events are delivered to the target.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilterConfiguration {
    /// A new value with its required properties: `Filters`.
    pub fn new(filters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filters.into().into_expr());
        Self { props }
    }
    /// The filter language.
    pub fn language(mut self, value: impl ::forma_core::schema::EnumArg<Language>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FilterConfiguration> for ::forma_core::Value<FilterConfiguration> {
    fn from(v: FilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for how the subscriber invokes its target.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfiguration {
    props: ::forma_core::schema::Props,
}
impl InvokeConfiguration {
    /// A new value with its required properties: `RoleArn`, `TargetArn`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, role_arn.into().into_expr());
        props.set(8, target_arn.into().into_expr());
        Self { props }
    }
    /// Parameters for forwarding events to another EventBridge event bus, used when TargetArn is an event bus ARN of the form arn:{partition}:events:{region}:{account}:event-busv2/{name}/{id}.
    pub fn event_bus_v2_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationEventBusV2Parameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Parameters for invoking an HTTP endpoint target, such as an Amazon API Gateway endpoint or an EventBridge API destination.
    pub fn http_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationHttpParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Parameters for writing events to an Amazon Kinesis Data Streams target.
    pub fn kinesis_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationKinesisParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Parameters for invoking an AWS Lambda function target.
    pub fn lambda_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationLambdaParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Parameters for publishing events to an Amazon SNS topic target.
    pub fn sns_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationSnsParameters>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Parameters for sending events to an Amazon SQS queue target.
    pub fn sqs_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationSqsParameters>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Parameters for starting an AWS Step Functions state machine execution target.
    pub fn step_functions_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationStepFunctionsParameters>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Parameters for invoking an AWS service API as a universal service integration target, used when TargetArn has the form arn:{partition}:events:::aws-sdk:{service}:{apiAction}.
    pub fn universal_target_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvokeConfigurationUniversalTargetParameters>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InvokeConfiguration> for ::forma_core::Value<InvokeConfiguration> {
    fn from(v: InvokeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL`, `ON_ERROR_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludePayload {
    /// `FULL`
    Full,
    /// `ON_ERROR_ONLY`
    OnErrorOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludePayload {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "FULL",
            Self::OnErrorOnly => "ON_ERROR_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL", "ON_ERROR_ONLY"]
    }
}
impl ::std::convert::From<IncludePayload> for ::forma_core::Value<IncludePayload> {
    fn from(v: IncludePayload) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludePayload {}

/// The values CloudFormation documents: `OFF`, `ERROR`, `INFO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `OFF`
    Off,
    /// `ERROR`
    Error,
    /// `INFO`
    Info,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Level {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Error => "ERROR",
            Self::Info => "INFO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "ERROR", "INFO"]
    }
}
impl ::std::convert::From<Level> for ::forma_core::Value<Level> {
    fn from(v: Level) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Level {}

/// Delivery logging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the event payload is included in emitted log records: FULL includes it in every emitted record, and ON_ERROR_ONLY includes it only in error records.
    pub fn include_payload(mut self, value: impl ::forma_core::schema::EnumArg<IncludePayload>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The minimum log level: OFF (no logging), ERROR, or INFO.
    pub fn level(mut self, value: impl ::forma_core::schema::EnumArg<Level>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The destination for events that could not be delivered.
#[derive(Debug, Clone, PartialEq)]
pub struct OnFailureConfiguration {
    props: ::forma_core::schema::Props,
}
impl OnFailureConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the destination that receives events that could not be delivered.
    ///
    /// Allowed: length 1 to 1600.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnFailureConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnFailureConfiguration> for ::forma_core::Value<OnFailureConfiguration> {
    fn from(v: OnFailureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_FAILURE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HORIZON`, `TIMESTAMP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PointType {
    /// `HORIZON`
    Horizon,
    /// `TIMESTAMP`
    Timestamp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Horizon => "HORIZON",
            Self::Timestamp => "TIMESTAMP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HORIZON", "TIMESTAMP"]
    }
}
impl ::std::convert::From<PointType> for ::forma_core::Value<PointType> {
    fn from(v: PointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PointType {}

/// The point in time to start delivering events from, used when StartingPosition is POINT_IN_TIME.
#[derive(Debug, Clone, PartialEq)]
pub struct PointInTimeConfiguration {
    props: ::forma_core::schema::Props,
}
impl PointInTimeConfiguration {
    /// A new value with its required properties: `PointType`.
    pub fn new(point_type: impl ::forma_core::schema::EnumArg<PointType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, point_type.into_enum_expr());
        Self { props }
    }
    /// An optional time to stop delivering events at, in seconds since the Unix epoch.
    pub fn end_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time to start delivering events from, in seconds since the Unix epoch.
    pub fn starting_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PointInTimeConfiguration> for ::forma_core::Value<PointInTimeConfiguration> {
    fn from(v: PointInTimeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POINT_IN_TIME_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryStrategy {
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetryStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<RetryStrategy> for ::forma_core::Value<RetryStrategy> {
    fn from(v: RetryStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetryStrategy {}

/// The retry policy for failed deliveries.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    props: ::forma_core::schema::Props,
}
impl RetryPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum age of an event in seconds, 60-86400 (24 hours).
    ///
    /// Allowed: 60 to 86400.
    pub fn max_event_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of retry attempts, 0-185.
    ///
    /// Allowed: 0 to 185.
    pub fn max_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Which errors are retried.
    pub fn retry_strategy(mut self, value: impl ::forma_core::schema::EnumArg<RetryStrategy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RetryPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetryPolicy> for ::forma_core::Value<RetryPolicy> {
    fn from(v: RetryPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETRY_POLICY_TYPE.properties))
    }
}

/// A key-value pair to associate with the resource.
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

/// The values CloudFormation documents: `RAW`, `WITH_METADATA`, `JSONATA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransformerType {
    /// `RAW`
    Raw,
    /// `WITH_METADATA`
    WithMetadata,
    /// `JSONATA`
    Jsonata,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransformerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Raw => "RAW",
            Self::WithMetadata => "WITH_METADATA",
            Self::Jsonata => "JSONATA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RAW", "WITH_METADATA", "JSONATA"]
    }
}
impl ::std::convert::From<TransformerType> for ::forma_core::Value<TransformerType> {
    fn from(v: TransformerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransformerType {}

/// Configuration for transforming events before delivery: the raw payload, the payload with its metadata envelope, or the output of a JSONata expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformer {
    props: ::forma_core::schema::Props,
}
impl Transformer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The JSONata expression configuration.
    pub fn jsonata_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JsonataConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The transform type: RAW delivers the event payload only; WITH_METADATA delivers the event with its metadata envelope; JSONATA delivers the output of the JSONata expression in JsonataConfiguration.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<TransformerType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Transformer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Transformer> for ::forma_core::Value<Transformer> {
    fn from(v: Transformer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORMER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DATA`, `METADATA`, `SYSTEM_METADATA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `DATA`
    Data,
    /// `METADATA`
    Metadata,
    /// `SYSTEM_METADATA`
    SystemMetadata,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Data => "DATA",
            Self::Metadata => "METADATA",
            Self::SystemMetadata => "SYSTEM_METADATA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DATA", "METADATA", "SYSTEM_METADATA"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// A single filter entry: an event pattern and the scope of the event it is evaluated against.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `Pattern`, `Scope`.
    pub fn new(
        pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scope: impl ::forma_core::schema::EnumArg<Scope>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, pattern.into().into_expr());
        props.set(1, scope.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// Parameters for forwarding events to another EventBridge event bus, used when TargetArn is an event bus ARN of the form arn:{partition}:events:{region}:{account}:event-busv2/{name}/{id}.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationEventBusV2Parameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationEventBusV2Parameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Deduplication settings applied to the forwarded events on the downstream event bus.
    pub fn deduplication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeduplicationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Metadata forwarded with each event, as key-value string pairs.
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// System metadata attached to each forwarded event, controlling FIFO ordering and deduplication on the downstream event bus.
    pub fn system_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBusV2SystemMetadata>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationEventBusV2Parameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationEventBusV2Parameters>
    for ::forma_core::Value<InvokeConfigurationEventBusV2Parameters>
{
    fn from(v: InvokeConfigurationEventBusV2Parameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_EVENT_BUS_V2_PARAMETERS_TYPE.properties))
    }
}

/// Parameters for invoking an HTTP endpoint target, such as an Amazon API Gateway endpoint or an EventBridge API destination.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationHttpParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationHttpParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// HTTP headers to add to the request.
    pub fn header_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timeout in seconds for each invocation of the target, written as a string.
    pub fn invocation_timeout_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Values for the path parameters (wildcards) in the target URL, in order.
    pub fn path_parameter_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Query string parameters to add to the request.
    pub fn query_string_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationHttpParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationHttpParameters>
    for ::forma_core::Value<InvokeConfigurationHttpParameters>
{
    fn from(v: InvokeConfigurationHttpParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_HTTP_PARAMETERS_TYPE.properties))
    }
}

/// Parameters for writing events to an Amazon Kinesis Data Streams target.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationKinesisParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationKinesisParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An explicit hash key that overrides the partition key's shard assignment.
    pub fn explicit_hash_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The partition key that determines which shard each record is written to.
    pub fn partition_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationKinesisParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationKinesisParameters>
    for ::forma_core::Value<InvokeConfigurationKinesisParameters>
{
    fn from(v: InvokeConfigurationKinesisParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_KINESIS_PARAMETERS_TYPE.properties))
    }
}

/// Parameters for invoking an AWS Lambda function target.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationLambdaParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationLambdaParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A unique name for a durable function execution.
    pub fn durable_execution_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timeout in seconds for each invocation of the target, written as a string.
    pub fn invocation_timeout_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// How the function is invoked: EVENT (asynchronous) or REQUEST_RESPONSE (synchronous).
    pub fn invocation_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The version or alias of the Lambda function to invoke.
    pub fn qualifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The tenant identifier for multi-tenant Lambda functions.
    pub fn tenant_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationLambdaParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationLambdaParameters>
    for ::forma_core::Value<InvokeConfigurationLambdaParameters>
{
    fn from(v: InvokeConfigurationLambdaParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_LAMBDA_PARAMETERS_TYPE.properties))
    }
}

/// Parameters for publishing events to an Amazon SNS topic target.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationSnsParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationSnsParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom message attributes to attach to each message; Amazon SNS subscription filter policies can match on them.
    pub fn message_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The message deduplication ID to use when the target is a FIFO topic.
    pub fn message_deduplication_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The message group ID to use when the target is a FIFO topic.
    pub fn message_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Set to json to send a different message per delivery protocol.
    pub fn message_structure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The subject line to use for email-protocol subscriptions.
    pub fn subject(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationSnsParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationSnsParameters> for ::forma_core::Value<InvokeConfigurationSnsParameters> {
    fn from(v: InvokeConfigurationSnsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_SNS_PARAMETERS_TYPE.properties))
    }
}

/// Parameters for sending events to an Amazon SQS queue target.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationSqsParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationSqsParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The delay in seconds for the message, written as a string.
    pub fn delay_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Custom message attributes to attach to each message.
    pub fn message_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The message deduplication ID to use when the target is a FIFO queue.
    pub fn message_deduplication_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The message group ID to use when the target is a FIFO queue.
    pub fn message_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Message system attributes to attach to each message, such as AWSTraceHeader.
    pub fn message_system_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationSqsParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationSqsParameters> for ::forma_core::Value<InvokeConfigurationSqsParameters> {
    fn from(v: InvokeConfigurationSqsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKE_CONFIGURATION_SQS_PARAMETERS_TYPE.properties))
    }
}

/// Parameters for starting an AWS Step Functions state machine execution target.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationStepFunctionsParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationStepFunctionsParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The timeout in seconds for each invocation of the target, written as a string.
    pub fn invocation_timeout_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// How the execution is started: EVENT (StartExecution, asynchronous) or REQUEST_RESPONSE (StartSyncExecution, synchronous).
    pub fn invocation_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A name for the execution.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The AWS X-Ray trace header for distributed tracing.
    pub fn trace_header(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvokeConfigurationStepFunctionsParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvokeConfigurationStepFunctionsParameters>
    for ::forma_core::Value<InvokeConfigurationStepFunctionsParameters>
{
    fn from(v: InvokeConfigurationStepFunctionsParameters) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INVOKE_CONFIGURATION_STEP_FUNCTIONS_PARAMETERS_TYPE.properties),
        )
    }
}

/// Parameters for invoking an AWS service API as a universal service integration target, used when TargetArn has the form arn:{partition}:events:::aws-sdk:{service}:{apiAction}.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeConfigurationUniversalTargetParameters {
    props: ::forma_core::schema::Props,
}
impl InvokeConfigurationUniversalTargetParameters {
    /// A new value with its required properties: `Input`.
    pub fn new(input: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input.into().into_expr());
        Self { props }
    }
    /// Timeout in seconds for each invocation of the target (1-30, default 30).
    pub fn invocation_timeout_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InvokeConfigurationUniversalTargetParameters>
    for ::forma_core::Value<InvokeConfigurationUniversalTargetParameters>
{
    fn from(v: InvokeConfigurationUniversalTargetParameters) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INVOKE_CONFIGURATION_UNIVERSAL_TARGET_PARAMETERS_TYPE.properties),
        )
    }
}

/// JSONata transform settings.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonataConfiguration {
    props: ::forma_core::schema::Props,
}
impl JsonataConfiguration {
    /// A new value with its required properties: `Expression`.
    pub fn new(expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JsonataConfiguration> for ::forma_core::Value<JsonataConfiguration> {
    fn from(v: JsonataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSONATA_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTENT_BASED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeduplicationType {
    /// `CONTENT_BASED`
    ContentBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeduplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentBased => "CONTENT_BASED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTENT_BASED"]
    }
}
impl ::std::convert::From<DeduplicationType> for ::forma_core::Value<DeduplicationType> {
    fn from(v: DeduplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeduplicationType {}

/// Deduplication settings applied to the forwarded events on the downstream bus.
#[derive(Debug, Clone, PartialEq)]
pub struct DeduplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeduplicationConfiguration {
    /// A new value with its required properties: `DeduplicationType`.
    pub fn new(deduplication_type: impl ::forma_core::schema::EnumArg<DeduplicationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, deduplication_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeduplicationConfiguration> for ::forma_core::Value<DeduplicationConfiguration> {
    fn from(v: DeduplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEDUPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Customer-controllable system metadata attached to each forwarded event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBusV2SystemMetadata {
    props: ::forma_core::schema::Props,
}
impl EventBusV2SystemMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The deduplication ID for FIFO deduplication on the downstream event bus.
    pub fn deduplication_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The event group ID for FIFO ordering on the downstream event bus.
    pub fn event_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EventBusV2SystemMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventBusV2SystemMetadata> for ::forma_core::Value<EventBusV2SystemMetadata> {
    fn from(v: EventBusV2SystemMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BUS_V2_SYSTEM_METADATA_TYPE.properties))
    }
}

/// A message attribute value and its data type, for Amazon SQS and Amazon SNS targets.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageAttributeValue {
    props: ::forma_core::schema::Props,
}
impl MessageAttributeValue {
    /// A new value with its required properties: `DataType`.
    pub fn new(data_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, data_type.into().into_expr());
        Self { props }
    }
    /// The attribute value for the Binary data type, Base64-encoded.
    pub fn binary_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The attribute value for the String and Number data types (and String.Array for Amazon SNS targets).
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MessageAttributeValue> for ::forma_core::Value<MessageAttributeValue> {
    fn from(v: MessageAttributeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_ATTRIBUTE_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::EventsV2::Subscriber`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::EventsV2::Subscriber",
properties: &[
::forma_core::schema::Property { name: "BatchConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&BATCH_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*(?![\\s\\S])"), min_length: None, max_length: Some(512) }) },
::forma_core::schema::Property { name: "EventBusArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2\\/[A-Za-z0-9][\\.\\-_A-Za-z0-9]{0,255}\\/[a-z0-9]{25}$"), min_length: Some(1), max_length: Some(1011) }) },
::forma_core::schema::Property { name: "FilterConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&FILTER_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "InvokeConfiguration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "LogConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][\\.\\-_A-Za-z0-9]*$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "OnFailureConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ON_FAILURE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "PointInTimeConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&POINT_IN_TIME_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ResumePosition", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["LAST_PROCESSED", "LATEST"]) },
::forma_core::schema::Property { name: "RetryPolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&RETRY_POLICY_TYPE) },
::forma_core::schema::Property { name: "StartingPosition", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["LATEST", "POINT_IN_TIME"]) },
::forma_core::schema::Property { name: "State", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["RUNNING", "STOPPED"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "Transformer", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&TRANSFORMER_TYPE) },
::forma_core::schema::Property { name: "Type", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["FIFO", "UNORDERED"]) },
],
rules: &[],
attributes: &["SubscriberArn", "BusName", "CreationTime", "LastModifiedTime"],
};

static BATCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.BatchConfiguration",
    properties: &[
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
            name: "MaxBatchWindowInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(300.0),
            }),
        },
    ],
    rules: &[],
};

static FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.FilterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Language",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EVENT_BRIDGE_PATTERN"]),
        },
    ],
    rules: &[],
};

static INVOKE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.InvokeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventBusV2Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_EVENT_BUS_V2_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_HTTP_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_KINESIS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_LAMBDA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z0-9]+)*:iam::\\d{12}:role\\/[\\w+=,.@/-]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "SnsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_SNS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_SQS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StepFunctionsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_STEP_FUNCTIONS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "UniversalTargetParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKE_CONFIGURATION_UNIVERSAL_TARGET_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IncludePayload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL", "ON_ERROR_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "ERROR", "INFO"]),
        },
    ],
    rules: &[],
};

static ON_FAILURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EventsV2::Subscriber.OnFailureConfiguration",
properties: &[
::forma_core::schema::Property { name: "Arn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z0-9]+)*:sqs:[a-z][a-z0-9]*(-[a-z0-9]+)*:[0-9]{12}:([A-Za-z0-9_-]{1,80}|[A-Za-z0-9_-]{1,75}\\.fifo)$"), min_length: Some(1), max_length: Some(1600) }) },
],
rules: &[],
};

static POINT_IN_TIME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.PointInTimeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PointType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HORIZON", "TIMESTAMP"]),
        },
        ::forma_core::schema::Property {
            name: "StartingPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static RETRY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.RetryPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxEventAgeInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRetryAttempts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(185.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S([\\s\\S]*\\S)?(?![\\s\\S])"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\S([\\s\\S]*\\S)?)?(?![\\s\\S])"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TRANSFORMER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.Transformer",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSONATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RAW", "WITH_METADATA", "JSONATA"]),
        },
    ],
    rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Pattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DATA", "METADATA", "SYSTEM_METADATA"]),
        },
    ],
    rules: &[],
};

static INVOKE_CONFIGURATION_EVENT_BUS_V2_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationEventBusV2Parameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeduplicationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEDUPLICATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Metadata",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "SystemMetadata",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVENT_BUS_V2_SYSTEM_METADATA_TYPE),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_HTTP_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationHttpParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "HeaderParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("^([ \\t]*[\\x20-\\x7E]+([ \\t]+[\\x20-\\x7E]+)*[ \\t]*|\\{%[\\s\\S]+?%\\})$"),
                        min_length: None,
                        max_length: Some(2048),
                    },
                )),
            },
            ::forma_core::schema::Property {
                name: "InvocationTimeoutSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PathParameterValues",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^(?!\\s*$).+$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
                ),
            },
            ::forma_core::schema::Property {
                name: "QueryStringParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("^[^\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F]+$"),
                        min_length: None,
                        max_length: Some(512),
                    },
                )),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_KINESIS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationKinesisParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "ExplicitHashKey",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PartitionKey",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_LAMBDA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationLambdaParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "DurableExecutionName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "InvocationTimeoutSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "InvocationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Qualifier",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TenantId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_SNS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationSnsParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "MessageAttributes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                    &MESSAGE_ATTRIBUTE_VALUE_TYPE,
                )),
            },
            ::forma_core::schema::Property {
                name: "MessageDeduplicationId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MessageGroupId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MessageStructure",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Subject",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_SQS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationSqsParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "DelaySeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MessageAttributes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                    &MESSAGE_ATTRIBUTE_VALUE_TYPE,
                )),
            },
            ::forma_core::schema::Property {
                name: "MessageDeduplicationId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MessageGroupId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MessageSystemAttributes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                    &MESSAGE_ATTRIBUTE_VALUE_TYPE,
                )),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_STEP_FUNCTIONS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationStepFunctionsParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "InvocationTimeoutSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "InvocationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TraceHeader",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static INVOKE_CONFIGURATION_UNIVERSAL_TARGET_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EventsV2::Subscriber.InvokeConfigurationUniversalTargetParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "Input",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(262144),
                }),
            },
            ::forma_core::schema::Property {
                name: "InvocationTimeoutSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static JSONATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.JsonataConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Expression",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^\\{%[\\s\\S]+?%\\}(?![\\s\\S])"),
            min_length: Some(1),
            max_length: Some(8192),
        }),
    }],
    rules: &[],
};

static DEDUPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.DeduplicationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DeduplicationType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CONTENT_BASED"]),
    }],
    rules: &[],
};

static EVENT_BUS_V2_SYSTEM_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.EventBusV2SystemMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeduplicationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MESSAGE_ATTRIBUTE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::Subscriber.MessageAttributeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "BinaryValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: true,
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
