// @generated from AWS::Lightsail::Alarm (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::Alarm` and its property types.

/// Resource Type definition for AWS::Lightsail::Alarm
///
/// CloudFormation type `AWS::Lightsail::Alarm`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    props: ::forma_core::schema::Props,
}
impl Alarm {
    /// A new resource with its required properties: `AlarmName`, `ComparisonOperator`, `EvaluationPeriods`, `MetricName`, `MonitoredResourceName`, `Threshold`.
    #[track_caller]
    pub fn new(
        alarm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        comparison_operator: impl ::forma_core::schema::EnumArg<ComparisonOperator>,
        evaluation_periods: impl ::std::convert::Into<::forma_core::Value<i64>>,
        metric_name: impl ::forma_core::schema::EnumArg<MetricName>,
        monitored_resource_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, alarm_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, comparison_operator.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, evaluation_periods.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, metric_name.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, monitored_resource_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, threshold.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The contact protocols to use for the alarm, such as Email, SMS (text messaging), or both.
    #[track_caller]
    pub fn contact_protocols(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContactProtocols>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of data points that must be not within the specified threshold to trigger the alarm.
    #[track_caller]
    pub fn datapoints_to_alarm(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the alarm is enabled.
    #[track_caller]
    pub fn notification_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The alarm states that trigger a notification.
    #[track_caller]
    pub fn notification_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationTriggers>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets how this alarm will handle missing data points.
    #[track_caller]
    pub fn treat_missing_data(mut self, value: impl ::forma_core::schema::EnumArg<TreatMissingData>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Alarm {
    type Attributes = AlarmAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::Alarm"
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
/// The attributes of a `AWS::Lightsail::Alarm` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AlarmAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AlarmAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AlarmAttributes {
    /// `Fn::GetAtt` `AlarmArn`.
    pub fn alarm_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AlarmArn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `GreaterThanOrEqualToThreshold`, `GreaterThanThreshold`, `LessThanOrEqualToThreshold`, `LessThanThreshold`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
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
            Self::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
            Self::LessThanThreshold => "LessThanThreshold",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanOrEqualToThreshold", "LessThanThreshold"]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// The values CloudFormation documents: `Email`, `SMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactProtocols {
    /// `Email`
    Email,
    /// `SMS`
    Sms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContactProtocols {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "Email",
            Self::Sms => "SMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Email", "SMS"]
    }
}
impl ::std::convert::From<ContactProtocols> for ::forma_core::Value<ContactProtocols> {
    fn from(v: ContactProtocols) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContactProtocols {}

/// The values CloudFormation documents: `BurstCapacityPercentage`, `BurstCapacityTime`, `CPUUtilization`, `ClientTLSNegotiationErrorCount`, `DatabaseConnections`, `DiskQueueDepth`, `FreeStorageSpace`, `FreeableMemory`, `HTTPCode_Instance_2XX_Count`, `HTTPCode_Instance_3XX_Count`, `HTTPCode_Instance_4XX_Count`, `HTTPCode_Instance_5XX_Count`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricName {
    /// `BurstCapacityPercentage`
    BurstCapacityPercentage,
    /// `BurstCapacityTime`
    BurstCapacityTime,
    /// `CPUUtilization`
    CpuUtilization,
    /// `ClientTLSNegotiationErrorCount`
    ClientTlsNegotiationErrorCount,
    /// `DatabaseConnections`
    DatabaseConnections,
    /// `DiskQueueDepth`
    DiskQueueDepth,
    /// `FreeStorageSpace`
    FreeStorageSpace,
    /// `FreeableMemory`
    FreeableMemory,
    /// `HTTPCode_Instance_2XX_Count`
    HttpCodeInstance2XxCount,
    /// `HTTPCode_Instance_3XX_Count`
    HttpCodeInstance3XxCount,
    /// `HTTPCode_Instance_4XX_Count`
    HttpCodeInstance4XxCount,
    /// `HTTPCode_Instance_5XX_Count`
    HttpCodeInstance5XxCount,
    /// `HTTPCode_LB_4XX_Count`
    HttpCodeLb4XxCount,
    /// `HTTPCode_LB_5XX_Count`
    HttpCodeLb5XxCount,
    /// `HealthyHostCount`
    HealthyHostCount,
    /// `InstanceResponseTime`
    InstanceResponseTime,
    /// `NetworkIn`
    NetworkIn,
    /// `NetworkOut`
    NetworkOut,
    /// `NetworkReceiveThroughput`
    NetworkReceiveThroughput,
    /// `NetworkTransmitThroughput`
    NetworkTransmitThroughput,
    /// `RejectedConnectionCount`
    RejectedConnectionCount,
    /// `RequestCount`
    RequestCount,
    /// `StatusCheckFailed`
    StatusCheckFailed,
    /// `StatusCheckFailed_Instance`
    StatusCheckFailedInstance,
    /// `StatusCheckFailed_System`
    StatusCheckFailedSystem,
    /// `SwapUsage`
    SwapUsage,
    /// `UnhealthyHostCount`
    UnhealthyHostCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BurstCapacityPercentage => "BurstCapacityPercentage",
            Self::BurstCapacityTime => "BurstCapacityTime",
            Self::CpuUtilization => "CPUUtilization",
            Self::ClientTlsNegotiationErrorCount => "ClientTLSNegotiationErrorCount",
            Self::DatabaseConnections => "DatabaseConnections",
            Self::DiskQueueDepth => "DiskQueueDepth",
            Self::FreeStorageSpace => "FreeStorageSpace",
            Self::FreeableMemory => "FreeableMemory",
            Self::HttpCodeInstance2XxCount => "HTTPCode_Instance_2XX_Count",
            Self::HttpCodeInstance3XxCount => "HTTPCode_Instance_3XX_Count",
            Self::HttpCodeInstance4XxCount => "HTTPCode_Instance_4XX_Count",
            Self::HttpCodeInstance5XxCount => "HTTPCode_Instance_5XX_Count",
            Self::HttpCodeLb4XxCount => "HTTPCode_LB_4XX_Count",
            Self::HttpCodeLb5XxCount => "HTTPCode_LB_5XX_Count",
            Self::HealthyHostCount => "HealthyHostCount",
            Self::InstanceResponseTime => "InstanceResponseTime",
            Self::NetworkIn => "NetworkIn",
            Self::NetworkOut => "NetworkOut",
            Self::NetworkReceiveThroughput => "NetworkReceiveThroughput",
            Self::NetworkTransmitThroughput => "NetworkTransmitThroughput",
            Self::RejectedConnectionCount => "RejectedConnectionCount",
            Self::RequestCount => "RequestCount",
            Self::StatusCheckFailed => "StatusCheckFailed",
            Self::StatusCheckFailedInstance => "StatusCheckFailed_Instance",
            Self::StatusCheckFailedSystem => "StatusCheckFailed_System",
            Self::SwapUsage => "SwapUsage",
            Self::UnhealthyHostCount => "UnhealthyHostCount",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "BurstCapacityPercentage",
            "BurstCapacityTime",
            "CPUUtilization",
            "ClientTLSNegotiationErrorCount",
            "DatabaseConnections",
            "DiskQueueDepth",
            "FreeStorageSpace",
            "FreeableMemory",
            "HTTPCode_Instance_2XX_Count",
            "HTTPCode_Instance_3XX_Count",
            "HTTPCode_Instance_4XX_Count",
            "HTTPCode_Instance_5XX_Count",
            "HTTPCode_LB_4XX_Count",
            "HTTPCode_LB_5XX_Count",
            "HealthyHostCount",
            "InstanceResponseTime",
            "NetworkIn",
            "NetworkOut",
            "NetworkReceiveThroughput",
            "NetworkTransmitThroughput",
            "RejectedConnectionCount",
            "RequestCount",
            "StatusCheckFailed",
            "StatusCheckFailed_Instance",
            "StatusCheckFailed_System",
            "SwapUsage",
            "UnhealthyHostCount",
        ]
    }
}
impl ::std::convert::From<MetricName> for ::forma_core::Value<MetricName> {
    fn from(v: MetricName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricName {}

/// The values CloudFormation documents: `ALARM`, `INSUFFICIENT_DATA`, `OK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationTriggers {
    /// `ALARM`
    Alarm,
    /// `INSUFFICIENT_DATA`
    InsufficientData,
    /// `OK`
    Ok,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationTriggers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alarm => "ALARM",
            Self::InsufficientData => "INSUFFICIENT_DATA",
            Self::Ok => "OK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALARM", "INSUFFICIENT_DATA", "OK"]
    }
}
impl ::std::convert::From<NotificationTriggers> for ::forma_core::Value<NotificationTriggers> {
    fn from(v: NotificationTriggers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationTriggers {}

/// The values CloudFormation documents: `breaching`, `ignore`, `missing`, `notBreaching`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TreatMissingData {
    /// `breaching`
    Breaching,
    /// `ignore`
    Ignore,
    /// `missing`
    Missing,
    /// `notBreaching`
    NotBreaching,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TreatMissingData {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Breaching => "breaching",
            Self::Ignore => "ignore",
            Self::Missing => "missing",
            Self::NotBreaching => "notBreaching",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["breaching", "ignore", "missing", "notBreaching"]
    }
}
impl ::std::convert::From<TreatMissingData> for ::forma_core::Value<TreatMissingData> {
    fn from(v: TreatMissingData) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TreatMissingData {}

/// The schema of `AWS::Lightsail::Alarm`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::Alarm",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\w[\\w\\-]*\\w"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualToThreshold",
                "GreaterThanThreshold",
                "LessThanOrEqualToThreshold",
                "LessThanThreshold",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ContactProtocols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["Email", "SMS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatapointsToAlarm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationPeriods",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BurstCapacityPercentage",
                "BurstCapacityTime",
                "CPUUtilization",
                "ClientTLSNegotiationErrorCount",
                "DatabaseConnections",
                "DiskQueueDepth",
                "FreeStorageSpace",
                "FreeableMemory",
                "HTTPCode_Instance_2XX_Count",
                "HTTPCode_Instance_3XX_Count",
                "HTTPCode_Instance_4XX_Count",
                "HTTPCode_Instance_5XX_Count",
                "HTTPCode_LB_4XX_Count",
                "HTTPCode_LB_5XX_Count",
                "HealthyHostCount",
                "InstanceResponseTime",
                "NetworkIn",
                "NetworkOut",
                "NetworkReceiveThroughput",
                "NetworkTransmitThroughput",
                "RejectedConnectionCount",
                "RequestCount",
                "StatusCheckFailed",
                "StatusCheckFailed_Instance",
                "StatusCheckFailed_System",
                "SwapUsage",
                "UnhealthyHostCount",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MonitoredResourceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotificationTriggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ALARM", "INSUFFICIENT_DATA", "OK"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
            shape: ::forma_core::schema::Shape::Enum(&["breaching", "ignore", "missing", "notBreaching"]),
        },
    ],
    rules: &[],
    attributes: &["AlarmArn", "State"],
};
