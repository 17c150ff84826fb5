// @generated from AWS::MediaTailor::PrefetchSchedule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::PrefetchSchedule` and its property types.

/// Definition of AWS::MediaTailor::PrefetchSchedule Resource Type
///
/// CloudFormation type `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefetchSchedule {
    props: ::forma_core::schema::Props,
}
impl PrefetchSchedule {
    /// A new resource with its required properties: `Name`, `PlaybackConfigurationName`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        playback_configuration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, playback_configuration_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Consumption`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn consumption(mut self, value: impl ::std::convert::Into<::forma_core::Value<PrefetchConsumption>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RecurringPrefetchConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn recurring_prefetch_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RecurringPrefetchConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Retrieval`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn retrieval(mut self, value: impl ::std::convert::Into<::forma_core::Value<PrefetchRetrieval>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The frequency that MediaTailor creates prefetch schedules.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn schedule_type(mut self, value: impl ::forma_core::schema::EnumArg<ScheduleType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional stream identifier that MediaTailor uses to prefetch ads for multiple streams that use the same playback configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the prefetch schedule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PrefetchSchedule {
    type Attributes = PrefetchScheduleAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::PrefetchSchedule"
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
/// The attributes of a `AWS::MediaTailor::PrefetchSchedule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PrefetchScheduleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PrefetchScheduleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PrefetchScheduleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `SINGLE`, `RECURRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduleType {
    /// `SINGLE`
    Single,
    /// `RECURRING`
    Recurring,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScheduleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "SINGLE",
            Self::Recurring => "RECURRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE", "RECURRING"]
    }
}
impl ::std::convert::From<ScheduleType> for ::forma_core::Value<ScheduleType> {
    fn from(v: ScheduleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScheduleType {}

/// The `PrefetchConsumption` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefetchConsumption {
    props: ::forma_core::schema::Props,
}
impl PrefetchConsumption {
    /// A new value with its required properties: `EndTime`.
    pub fn new(end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, end_time.into().into_expr());
        Self { props }
    }
    /// If you only want MediaTailor to insert prefetched ads into avails that match specific dynamic variables, set the avail matching criteria.
    pub fn avail_matching_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AvailMatchingCriteria>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when prefetched ads are considered for use in an ad break, as an ISO 8601 date-time.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PrefetchConsumption> for ::forma_core::Value<PrefetchConsumption> {
    fn from(v: PrefetchConsumption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFETCH_CONSUMPTION_TYPE.properties))
    }
}

/// The `RecurringPrefetchConfiguration` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurringPrefetchConfiguration {
    props: ::forma_core::schema::Props,
}
impl RecurringPrefetchConfiguration {
    /// A new value with its required properties: `EndTime`, `RecurringConsumption`, `RecurringRetrieval`.
    pub fn new(
        end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recurring_consumption: impl ::std::convert::Into<::forma_core::Value<RecurringConsumption>>,
        recurring_retrieval: impl ::std::convert::Into<::forma_core::Value<RecurringRetrieval>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_time.into().into_expr());
        props.set(1, recurring_consumption.into().into_expr());
        props.set(2, recurring_retrieval.into().into_expr());
        Self { props }
    }
    /// The start time for the window that MediaTailor prefetches and inserts ads in a live event, as an ISO 8601 date-time.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecurringPrefetchConfiguration> for ::forma_core::Value<RecurringPrefetchConfiguration> {
    fn from(v: RecurringPrefetchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRING_PREFETCH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RETRIEVAL_WINDOW`, `TPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrafficShapingType {
    /// `RETRIEVAL_WINDOW`
    RetrievalWindow,
    /// `TPS`
    Tps,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrafficShapingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RetrievalWindow => "RETRIEVAL_WINDOW",
            Self::Tps => "TPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RETRIEVAL_WINDOW", "TPS"]
    }
}
impl ::std::convert::From<TrafficShapingType> for ::forma_core::Value<TrafficShapingType> {
    fn from(v: TrafficShapingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrafficShapingType {}

/// The `PrefetchRetrieval` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefetchRetrieval {
    props: ::forma_core::schema::Props,
}
impl PrefetchRetrieval {
    /// A new value with its required properties: `EndTime`.
    pub fn new(end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, end_time.into().into_expr());
        Self { props }
    }
    /// The dynamic variables to use for substitution during prefetch requests to the ad decision server (ADS).
    pub fn dynamic_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when prefetch retrievals can start for this break, as an ISO 8601 date-time.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TrafficShapingRetrievalWindow`.
    pub fn traffic_shaping_retrieval_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficShapingRetrievalWindow>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TrafficShapingTpsConfiguration`.
    pub fn traffic_shaping_tps_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficShapingTpsConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Indicates the type of traffic shaping used to limit the number of requests to the ADS at one time.
    pub fn traffic_shaping_type(mut self, value: impl ::forma_core::schema::EnumArg<TrafficShapingType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<PrefetchRetrieval> for ::forma_core::Value<PrefetchRetrieval> {
    fn from(v: PrefetchRetrieval) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFETCH_RETRIEVAL_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaTailor::PrefetchSchedule`.
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

/// The values CloudFormation documents: `EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `EQUALS`
    Equals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS"]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// The `AvailMatchingCriteria` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailMatchingCriteria {
    props: ::forma_core::schema::Props,
}
impl AvailMatchingCriteria {
    /// A new value with its required properties: `DynamicVariable`, `Operator`.
    pub fn new(
        dynamic_variable: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator: impl ::forma_core::schema::EnumArg<Operator>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dynamic_variable.into().into_expr());
        props.set(1, operator.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AvailMatchingCriteria> for ::forma_core::Value<AvailMatchingCriteria> {
    fn from(v: AvailMatchingCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAIL_MATCHING_CRITERIA_TYPE.properties))
    }
}

/// The `RecurringConsumption` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurringConsumption {
    props: ::forma_core::schema::Props,
}
impl RecurringConsumption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for the dynamic variables that determine which ad breaks that MediaTailor inserts prefetched ads in.
    pub fn avail_matching_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AvailMatchingCriteria>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of seconds that an ad is available for insertion after it was prefetched.
    pub fn retrieved_ad_expiration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecurringConsumption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecurringConsumption> for ::forma_core::Value<RecurringConsumption> {
    fn from(v: RecurringConsumption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRING_CONSUMPTION_TYPE.properties))
    }
}

/// The `RecurringRetrieval` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurringRetrieval {
    props: ::forma_core::schema::Props,
}
impl RecurringRetrieval {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of seconds that MediaTailor waits after an ad avail before prefetching ads for the next avail.
    pub fn delay_after_avail_end_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The dynamic variables to use for substitution during prefetch requests to the ADS.
    pub fn dynamic_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TrafficShapingRetrievalWindow`.
    pub fn traffic_shaping_retrieval_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficShapingRetrievalWindow>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TrafficShapingTpsConfiguration`.
    pub fn traffic_shaping_tps_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficShapingTpsConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates the type of traffic shaping used to limit the number of requests to the ADS at one time.
    pub fn traffic_shaping_type(mut self, value: impl ::forma_core::schema::EnumArg<TrafficShapingType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RecurringRetrieval {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecurringRetrieval> for ::forma_core::Value<RecurringRetrieval> {
    fn from(v: RecurringRetrieval) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRING_RETRIEVAL_TYPE.properties))
    }
}

/// The `TrafficShapingRetrievalWindow` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficShapingRetrievalWindow {
    props: ::forma_core::schema::Props,
}
impl TrafficShapingRetrievalWindow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The amount of time, in seconds, that MediaTailor spreads prefetch requests to the ADS.
    pub fn retrieval_window_duration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrafficShapingRetrievalWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrafficShapingRetrievalWindow> for ::forma_core::Value<TrafficShapingRetrievalWindow> {
    fn from(v: TrafficShapingRetrievalWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_SHAPING_RETRIEVAL_WINDOW_TYPE.properties))
    }
}

/// The `TrafficShapingTpsConfiguration` property type of `AWS::MediaTailor::PrefetchSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficShapingTpsConfiguration {
    props: ::forma_core::schema::Props,
}
impl TrafficShapingTpsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The expected peak number of concurrent viewers for your content.
    pub fn peak_concurrent_users(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of transactions per second (TPS) that your ad decision server (ADS) can handle.
    pub fn peak_tps(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrafficShapingTpsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrafficShapingTpsConfiguration> for ::forma_core::Value<TrafficShapingTpsConfiguration> {
    fn from(v: TrafficShapingTpsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_SHAPING_TPS_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaTailor::PrefetchSchedule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::PrefetchSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Consumption",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PREFETCH_CONSUMPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PlaybackConfigurationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecurringPrefetchConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RECURRING_PREFETCH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Retrieval",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PREFETCH_RETRIEVAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScheduleType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE", "RECURRING"]),
        },
        ::forma_core::schema::Property {
            name: "StreamId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["Arn"],
};

static PREFETCH_CONSUMPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.PrefetchConsumption",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailMatchingCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AVAIL_MATCHING_CRITERIA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECURRING_PREFETCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.RecurringPrefetchConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecurringConsumption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECURRING_CONSUMPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecurringRetrieval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECURRING_RETRIEVAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PREFETCH_RETRIEVAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.PrefetchRetrieval",
    properties: &[
        ::forma_core::schema::Property {
            name: "DynamicVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrafficShapingRetrievalWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_SHAPING_RETRIEVAL_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrafficShapingTpsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_SHAPING_TPS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrafficShapingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RETRIEVAL_WINDOW", "TPS"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.Tag",
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

static AVAIL_MATCHING_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.AvailMatchingCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "DynamicVariable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS"]),
        },
    ],
    rules: &[],
};

static RECURRING_CONSUMPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.RecurringConsumption",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailMatchingCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AVAIL_MATCHING_CRITERIA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RetrievedAdExpirationSeconds",
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

static RECURRING_RETRIEVAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.RecurringRetrieval",
    properties: &[
        ::forma_core::schema::Property {
            name: "DelayAfterAvailEndSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DynamicVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TrafficShapingRetrievalWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_SHAPING_RETRIEVAL_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrafficShapingTpsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_SHAPING_TPS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrafficShapingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RETRIEVAL_WINDOW", "TPS"]),
        },
    ],
    rules: &[],
};

static TRAFFIC_SHAPING_RETRIEVAL_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PrefetchSchedule.TrafficShapingRetrievalWindow",
    properties: &[::forma_core::schema::Property {
        name: "RetrievalWindowDurationSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TRAFFIC_SHAPING_TPS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::PrefetchSchedule.TrafficShapingTpsConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "PeakConcurrentUsers",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PeakTps",
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
