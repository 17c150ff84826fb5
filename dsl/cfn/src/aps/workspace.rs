// @generated from AWS::APS::Workspace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::APS::Workspace` and its property types.

/// Resource Type definition for AWS::APS::Workspace
///
/// CloudFormation type `AWS::APS::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    props: ::forma_core::schema::Props,
}
impl Workspace {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AMP Workspace alert manager definition data
    #[track_caller]
    pub fn alert_manager_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AMP Workspace alias.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// KMS Key ARN used to encrypt and decrypt AMP workspace data.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Logging configuration
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Query logging configuration
    #[track_caller]
    pub fn query_logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryLoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Workspace configuration
    #[track_caller]
    pub fn workspace_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkspaceConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Workspace {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Workspace {
    type Attributes = WorkspaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::APS::Workspace"
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
/// The attributes of a `AWS::APS::Workspace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspaceAttributes {
    /// `Fn::GetAtt` `WorkspaceId`.
    pub fn workspace_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkspaceId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PrometheusEndpoint`.
    pub fn prometheus_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrometheusEndpoint")
    }
}

/// Logging configuration
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CloudWatch log group ARN
    ///
    /// Allowed: length 0 to 512.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingConfiguration> for ::forma_core::Value<LoggingConfiguration> {
    fn from(v: LoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// Query logging configuration
#[derive(Debug, Clone, PartialEq)]
pub struct QueryLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl QueryLoggingConfiguration {
    /// A new value with its required properties: `Destinations`.
    pub fn new(
        destinations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoggingDestination>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destinations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QueryLoggingConfiguration> for ::forma_core::Value<QueryLoggingConfiguration> {
    fn from(v: QueryLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// Workspace configuration
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkspaceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of label set and associated limits
    pub fn limits_per_label_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LimitsPerLabelSet>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time window in seconds for accepting out-of-order samples
    ///
    /// Allowed: at least 0.
    pub fn out_of_order_time_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// How many days that metrics are retained in the workspace
    ///
    /// Allowed: at least 1.
    pub fn retention_period_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Duration in seconds to offset rule evaluation queries into the past
    ///
    /// Allowed: at least 0.
    pub fn rule_query_offset_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkspaceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkspaceConfiguration> for ::forma_core::Value<WorkspaceConfiguration> {
    fn from(v: WorkspaceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_CONFIGURATION_TYPE.properties))
    }
}

/// Destinations for query logging
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingDestination {
    props: ::forma_core::schema::Props,
}
impl LoggingDestination {
    /// A new value with its required properties: `CloudWatchLogs`, `Filters`.
    pub fn new(
        cloud_watch_logs: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogDestination>>,
        filters: impl ::std::convert::Into<::forma_core::Value<LoggingFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_logs.into().into_expr());
        props.set(1, filters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggingDestination> for ::forma_core::Value<LoggingDestination> {
    fn from(v: LoggingDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_DESTINATION_TYPE.properties))
    }
}

/// Label set and its associated limits
#[derive(Debug, Clone, PartialEq)]
pub struct LimitsPerLabelSet {
    props: ::forma_core::schema::Props,
}
impl LimitsPerLabelSet {
    /// A new value with its required properties: `LabelSet`, `Limits`.
    pub fn new(
        label_set: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Label>>>,
        limits: impl ::std::convert::Into<::forma_core::Value<LimitsPerLabelSetEntry>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, label_set.into().into_expr());
        props.set(1, limits.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LimitsPerLabelSet> for ::forma_core::Value<LimitsPerLabelSet> {
    fn from(v: LimitsPerLabelSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIMITS_PER_LABEL_SET_TYPE.properties))
    }
}

/// Represents a cloudwatch logs destination for query logging
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogDestination {
    /// A new value with its required properties: `LogGroupArn`.
    pub fn new(log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogDestination> for ::forma_core::Value<CloudWatchLogDestination> {
    fn from(v: CloudWatchLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOG_DESTINATION_TYPE.properties))
    }
}

/// Filters for logging
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingFilter {
    props: ::forma_core::schema::Props,
}
impl LoggingFilter {
    /// A new value with its required properties: `QspThreshold`.
    pub fn new(qsp_threshold: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, qsp_threshold.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggingFilter> for ::forma_core::Value<LoggingFilter> {
    fn from(v: LoggingFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_FILTER_TYPE.properties))
    }
}

/// Series label
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    props: ::forma_core::schema::Props,
}
impl Label {
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
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_TYPE.properties))
    }
}

/// Limits that can be applied to a label set
#[derive(Debug, Clone, PartialEq)]
pub struct LimitsPerLabelSetEntry {
    props: ::forma_core::schema::Props,
}
impl LimitsPerLabelSetEntry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of active series that can be ingested for this label set
    ///
    /// Allowed: at least 0.
    pub fn max_series(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LimitsPerLabelSetEntry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LimitsPerLabelSetEntry> for ::forma_core::Value<LimitsPerLabelSetEntry> {
    fn from(v: LimitsPerLabelSetEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIMITS_PER_LABEL_SET_ENTRY_TYPE.properties))
    }
}

/// The schema of `AWS::APS::Workspace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::APS::Workspace",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlertManagerDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryLoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_LOGGING_CONFIGURATION_TYPE),
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
            name: "WorkspaceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKSPACE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["WorkspaceId", "Arn", "PrometheusEndpoint"],
};

static LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.LoggingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static QUERY_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.QueryLoggingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Destinations",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&LOGGING_DESTINATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.Tag",
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

static WORKSPACE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.WorkspaceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LimitsPerLabelSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LIMITS_PER_LABEL_SET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutOfOrderTimeWindowInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleQueryOffsetInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static LOGGING_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.LoggingDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Filters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static LIMITS_PER_LABEL_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.LimitsPerLabelSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "LabelSet",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Limits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIMITS_PER_LABEL_SET_ENTRY_TYPE),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.CloudWatchLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static LOGGING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.LoggingFilter",
    properties: &[::forma_core::schema::Property {
        name: "QspThreshold",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static LABEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.Label",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static LIMITS_PER_LABEL_SET_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Workspace.LimitsPerLabelSetEntry",
    properties: &[::forma_core::schema::Property {
        name: "MaxSeries",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: None,
        }),
    }],
    rules: &[],
};
