// @generated from AWS::CloudWatch::LogAlarm (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::LogAlarm` and its property types.

/// Resource Type definition for AWS::CloudWatch::LogAlarm.
///
/// CloudFormation type `AWS::CloudWatch::LogAlarm`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogAlarm {
    props: ::forma_core::schema::Props,
}
impl LogAlarm {
    /// A new resource with its required properties: `ComparisonOperator`, `QueryResultsToAlarm`, `QueryResultsToEvaluate`, `ScheduledQueryConfiguration`, `Threshold`.
    #[track_caller]
    pub fn new(
        comparison_operator: impl ::forma_core::schema::EnumArg<ComparisonOperator>,
        query_results_to_alarm: impl ::std::convert::Into<::forma_core::Value<i64>>,
        query_results_to_evaluate: impl ::std::convert::Into<::forma_core::Value<i64>>,
        scheduled_query_configuration: impl ::std::convert::Into<::forma_core::Value<ScheduledQueryConfiguration>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, comparison_operator.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(10, query_results_to_alarm.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, query_results_to_evaluate.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, scheduled_query_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, threshold.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration that applies to the notifications this alarm sends when it performs its actions.
    #[track_caller]
    pub fn action_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ActionConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of log lines to include in alarm notifications.
    ///
    /// Allowed: 0 to 50.
    #[track_caller]
    pub fn action_log_line_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role that grants CloudWatch permissions to fetch log lines for alarm notifications.
    #[track_caller]
    pub fn action_log_line_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether actions should be executed during any changes to the alarm state.
    #[track_caller]
    pub fn actions_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of actions to execute when this alarm transitions into an ALARM state from any other state.
    #[track_caller]
    pub fn alarm_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the log alarm.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn alarm_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the log alarm.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn alarm_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any other state.
    #[track_caller]
    pub fn insufficient_data_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The actions to execute when this alarm transitions to the OK state from any other state.
    #[track_caller]
    pub fn ok_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to associate with the log alarm.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets how this alarm is to handle missing data points.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn treat_missing_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The warm-up configuration for the alarm.
    #[track_caller]
    pub fn warm_up_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WarmUpConfiguration>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LogAlarm {
    type Attributes = LogAlarmAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::LogAlarm"
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
/// The attributes of a `AWS::CloudWatch::LogAlarm` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LogAlarmAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LogAlarmAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LogAlarmAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `GreaterThanOrEqualToThreshold`, `GreaterThanThreshold`, `GreaterThanUpperThreshold`, `LessThanLowerOrGreaterThanUpperThreshold`, `LessThanLowerThreshold`, `LessThanOrEqualToThreshold`, `LessThanThreshold`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `GreaterThanUpperThreshold`
    GreaterThanUpperThreshold,
    /// `LessThanLowerOrGreaterThanUpperThreshold`
    LessThanLowerOrGreaterThanUpperThreshold,
    /// `LessThanLowerThreshold`
    LessThanLowerThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Self::GreaterThanThreshold => "GreaterThanThreshold",
            Self::GreaterThanUpperThreshold => "GreaterThanUpperThreshold",
            Self::LessThanLowerOrGreaterThanUpperThreshold => "LessThanLowerOrGreaterThanUpperThreshold",
            Self::LessThanLowerThreshold => "LessThanLowerThreshold",
            Self::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
            Self::LessThanThreshold => "LessThanThreshold",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "GreaterThanOrEqualToThreshold",
            "GreaterThanThreshold",
            "GreaterThanUpperThreshold",
            "LessThanLowerOrGreaterThanUpperThreshold",
            "LessThanLowerThreshold",
            "LessThanOrEqualToThreshold",
            "LessThanThreshold",
        ]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// Configuration that applies to the notifications this alarm sends when it performs its actions.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ActionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the alarm's tags are included in its action notifications and state-change events.
    pub fn alarm_tags_propagation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AlarmTagsPropagation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionConfiguration> for ::forma_core::Value<ActionConfiguration> {
    fn from(v: ActionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The scheduled query configuration for the log alarm.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledQueryConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScheduledQueryConfiguration {
    /// A new value with its required properties: `AggregationExpression`, `QueryString`, `ScheduleConfiguration`, `ScheduledQueryRoleARN`.
    pub fn new(
        aggregation_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule_configuration: impl ::std::convert::Into<::forma_core::Value<ScheduleConfiguration>>,
        scheduled_query_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aggregation_expression.into().into_expr());
        props.set(2, query_string.into().into_expr());
        props.set(3, schedule_configuration.into().into_expr());
        props.set(4, scheduled_query_role_arn.into().into_expr());
        Self { props }
    }
    /// The log groups to query.
    pub fn log_group_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of key-value pairs to associate with the scheduled query that backs the log alarm.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduledQueryConfiguration> for ::forma_core::Value<ScheduledQueryConfiguration> {
    fn from(v: ScheduledQueryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULED_QUERY_CONFIGURATION_TYPE.properties))
    }
}

/// Metadata that you can assign to a log alarm.
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

/// The warm-up configuration for an alarm.
#[derive(Debug, Clone, PartialEq)]
pub struct WarmUpConfiguration {
    props: ::forma_core::schema::Props,
}
impl WarmUpConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether the alarm waits for the full warm-up period before it starts evaluating.
    pub fn only_start_evaluating_after_warm_up_period_ends(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The length of the warm-up period, in minutes.
    ///
    /// Allowed: 1 to 2880.
    pub fn warm_up_period_duration_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WarmUpConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WarmUpConfiguration> for ::forma_core::Value<WarmUpConfiguration> {
    fn from(v: WarmUpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WARM_UP_CONFIGURATION_TYPE.properties))
    }
}

/// Controls whether the alarm's tags are included in its action notifications and state-change events, and which tag keys are included.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmTagsPropagation {
    props: ::forma_core::schema::Props,
}
impl AlarmTagsPropagation {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The tag keys to leave out.
    pub fn excluded_tag_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The only tag keys to include.
    pub fn included_tag_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AlarmTagsPropagation> for ::forma_core::Value<AlarmTagsPropagation> {
    fn from(v: AlarmTagsPropagation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_TAGS_PROPAGATION_TYPE.properties))
    }
}

/// The schedule configuration for the scheduled query.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScheduleConfiguration {
    /// A new value with its required properties: `ScheduleExpression`, `StartTimeOffset`.
    pub fn new(
        schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start_time_offset: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, schedule_expression.into().into_expr());
        props.set(2, start_time_offset.into().into_expr());
        Self { props }
    }
    /// The number of seconds into the past to end the query window.
    ///
    /// Allowed: 0 to 2592000.
    pub fn end_time_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduleConfiguration> for ::forma_core::Value<ScheduleConfiguration> {
    fn from(v: ScheduleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::LogAlarm`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::LogAlarm",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ActionLogLineCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(50.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ActionLogLineRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ActionsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AlarmActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AlarmDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "AlarmName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualToThreshold",
                "GreaterThanThreshold",
                "GreaterThanUpperThreshold",
                "LessThanLowerOrGreaterThanUpperThreshold",
                "LessThanLowerThreshold",
                "LessThanOrEqualToThreshold",
                "LessThanThreshold",
            ]),
        },
        ::forma_core::schema::Property {
            name: "InsufficientDataActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OKActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueryResultsToAlarm",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryResultsToEvaluate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduledQueryConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULED_QUERY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TreatMissingData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "WarmUpConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WARM_UP_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::LogAlarm.ActionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AlarmTagsPropagation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ALARM_TAGS_PROPAGATION_TYPE),
    }],
    rules: &[],
};

static SCHEDULED_QUERY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::LogAlarm.ScheduledQueryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregationExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScheduledQueryRoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::LogAlarm.Tag",
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

static WARM_UP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::LogAlarm.WarmUpConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnlyStartEvaluatingAfterWarmUpPeriodEnds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WarmUpPeriodDurationInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2880.0),
            }),
        },
    ],
    rules: &[],
};

static ALARM_TAGS_PROPAGATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::LogAlarm.AlarmTagsPropagation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludedTagKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludedTagKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static SCHEDULE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::LogAlarm.ScheduleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTimeOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2592000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTimeOffset",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2592000.0),
            }),
        },
    ],
    rules: &[],
};
