// @generated from AWS::InternetMonitor::Monitor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::InternetMonitor::Monitor` and its property types.

/// Represents a monitor, which defines the monitoring boundaries for measurements that Internet Monitor publishes information about for an application
///
/// CloudFormation type `AWS::InternetMonitor::Monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct Monitor {
    props: ::forma_core::schema::Props,
}
impl Monitor {
    /// A new resource with its required properties: `MonitorName`.
    #[track_caller]
    pub fn new(monitor_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, monitor_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `HealthEventsConfig`.
    #[track_caller]
    pub fn health_events_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HealthEventsConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IncludeLinkedAccounts`.
    #[track_caller]
    pub fn include_linked_accounts(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InternetMeasurementsLogDelivery`.
    #[track_caller]
    pub fn internet_measurements_log_delivery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InternetMeasurementsLogDelivery>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LinkedAccountId`.
    ///
    /// Allowed: length 12 to 12.
    #[track_caller]
    pub fn linked_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxCityNetworksToMonitor`.
    ///
    /// Allowed: 1 to 500000.
    #[track_caller]
    pub fn max_city_networks_to_monitor(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Resources`.
    #[track_caller]
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourcesToAdd`.
    #[track_caller]
    pub fn resources_to_add(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourcesToRemove`.
    #[track_caller]
    pub fn resources_to_remove(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Status`.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<MonitorConfigState>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrafficPercentageToMonitor`.
    ///
    /// Allowed: 1 to 100.
    #[track_caller]
    pub fn traffic_percentage_to_monitor(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Monitor {
    type Attributes = MonitorAttributes;
    fn type_name(&self) -> &str {
        "AWS::InternetMonitor::Monitor"
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
/// The attributes of a `AWS::InternetMonitor::Monitor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MonitorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MonitorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MonitorAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `MonitorArn`.
    pub fn monitor_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MonitorArn")
    }
    /// `Fn::GetAtt` `ProcessingStatus`.
    pub fn processing_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcessingStatus")
    }
    /// `Fn::GetAtt` `ProcessingStatusInfo`.
    pub fn processing_status_info(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcessingStatusInfo")
    }
}

/// The values CloudFormation documents: `PENDING`, `ACTIVE`, `INACTIVE`, `ERROR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonitorConfigState {
    /// `PENDING`
    Pending,
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// `ERROR`
    Error,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MonitorConfigState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Error => "ERROR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PENDING", "ACTIVE", "INACTIVE", "ERROR"]
    }
}
impl ::std::convert::From<MonitorConfigState> for ::forma_core::Value<MonitorConfigState> {
    fn from(v: MonitorConfigState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MonitorConfigState {}

/// The `HealthEventsConfig` property type of `AWS::InternetMonitor::Monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthEventsConfig {
    props: ::forma_core::schema::Props,
}
impl HealthEventsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailabilityLocalHealthEventsConfig`.
    pub fn availability_local_health_events_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LocalHealthEventsConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AvailabilityScoreThreshold`.
    ///
    /// Allowed: 0.0 to 100.0.
    pub fn availability_score_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PerformanceLocalHealthEventsConfig`.
    pub fn performance_local_health_events_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LocalHealthEventsConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PerformanceScoreThreshold`.
    ///
    /// Allowed: 0.0 to 100.0.
    pub fn performance_score_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthEventsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthEventsConfig> for ::forma_core::Value<HealthEventsConfig> {
    fn from(v: HealthEventsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_EVENTS_CONFIG_TYPE.properties))
    }
}

/// The `InternetMeasurementsLogDelivery` property type of `AWS::InternetMonitor::Monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct InternetMeasurementsLogDelivery {
    props: ::forma_core::schema::Props,
}
impl InternetMeasurementsLogDelivery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3Config`.
    pub fn s3_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Config>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InternetMeasurementsLogDelivery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InternetMeasurementsLogDelivery> for ::forma_core::Value<InternetMeasurementsLogDelivery> {
    fn from(v: InternetMeasurementsLogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERNET_MEASUREMENTS_LOG_DELIVERY_TYPE.properties))
    }
}

/// The metadata that you apply to the cluster to help you categorize and organize them.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The `LocalHealthEventsConfig` property type of `AWS::InternetMonitor::Monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalHealthEventsConfig {
    props: ::forma_core::schema::Props,
}
impl LocalHealthEventsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HealthScoreThreshold`.
    ///
    /// Allowed: 0.0 to 100.0.
    pub fn health_score_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinTrafficImpact`.
    ///
    /// Allowed: 0.0 to 100.0.
    pub fn min_traffic_impact(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LocalHealthEventsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LocalHealthEventsConfig> for ::forma_core::Value<LocalHealthEventsConfig> {
    fn from(v: LocalHealthEventsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCAL_HEALTH_EVENTS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogDeliveryStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogDeliveryStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<LogDeliveryStatus> for ::forma_core::Value<LogDeliveryStatus> {
    fn from(v: LogDeliveryStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogDeliveryStatus {}

/// The `S3Config` property type of `AWS::InternetMonitor::Monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Config {
    props: ::forma_core::schema::Props,
}
impl S3Config {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketName`.
    ///
    /// Allowed: length 3 to any.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BucketPrefix`.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogDeliveryStatus`.
    pub fn log_delivery_status(mut self, value: impl ::forma_core::schema::EnumArg<LogDeliveryStatus>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for S3Config {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Config> for ::forma_core::Value<S3Config> {
    fn from(v: S3Config) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::InternetMonitor::Monitor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::InternetMonitor::Monitor",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthEventsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_EVENTS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeLinkedAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InternetMeasurementsLogDelivery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERNET_MEASUREMENTS_LOG_DELIVERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LinkedAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\d{12})$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxCityNetworksToMonitor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(500000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MonitorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:.*"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourcesToAdd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourcesToRemove",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PENDING", "ACTIVE", "INACTIVE", "ERROR"]),
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
            name: "TrafficPercentageToMonitor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "ModifiedAt", "MonitorArn", "ProcessingStatus", "ProcessingStatusInfo"],
};

static HEALTH_EVENTS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InternetMonitor::Monitor.HealthEventsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityLocalHealthEventsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCAL_HEALTH_EVENTS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityScoreThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PerformanceLocalHealthEventsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCAL_HEALTH_EVENTS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PerformanceScoreThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static INTERNET_MEASUREMENTS_LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::InternetMonitor::Monitor.InternetMeasurementsLogDelivery",
        properties: &[::forma_core::schema::Property {
            name: "S3Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONFIG_TYPE),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InternetMonitor::Monitor.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOCAL_HEALTH_EVENTS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InternetMonitor::Monitor.LocalHealthEventsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthScoreThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinTrafficImpact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static S3_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InternetMonitor::Monitor.S3Config",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogDeliveryStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};
