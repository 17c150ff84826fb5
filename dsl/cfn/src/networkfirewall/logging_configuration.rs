// @generated from AWS::NetworkFirewall::LoggingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFirewall::LoggingConfiguration` and its property types.

/// Resource type definition for AWS::NetworkFirewall::LoggingConfiguration
///
/// CloudFormation type `AWS::NetworkFirewall::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new resource with its required properties: `FirewallArn`, `LoggingConfiguration`.
    #[track_caller]
    pub fn new(
        firewall_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        logging_configuration: impl ::std::convert::Into<::forma_core::Value<LoggingConfigurationProperty>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, firewall_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, logging_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EnableMonitoringDashboard`.
    #[track_caller]
    pub fn enable_monitoring_dashboard(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FirewallName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn firewall_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LoggingConfiguration {
    type Attributes = LoggingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFirewall::LoggingConfiguration"
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
/// The attributes of a `AWS::NetworkFirewall::LoggingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoggingConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoggingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `LoggingConfiguration` property type of `AWS::NetworkFirewall::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfigurationProperty {
    props: ::forma_core::schema::Props,
}
impl LoggingConfigurationProperty {
    /// A new value with its required properties: `LogDestinationConfigs`.
    pub fn new(
        log_destination_configs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogDestinationConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_destination_configs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggingConfigurationProperty> for ::forma_core::Value<LoggingConfigurationProperty> {
    fn from(v: LoggingConfigurationProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIGURATION_PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `S3`, `CloudWatchLogs`, `KinesisDataFirehose`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogDestinationType {
    /// `S3`
    S3,
    /// `CloudWatchLogs`
    CloudWatchLogs,
    /// `KinesisDataFirehose`
    KinesisDataFirehose,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogDestinationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::CloudWatchLogs => "CloudWatchLogs",
            Self::KinesisDataFirehose => "KinesisDataFirehose",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3", "CloudWatchLogs", "KinesisDataFirehose"]
    }
}
impl ::std::convert::From<LogDestinationType> for ::forma_core::Value<LogDestinationType> {
    fn from(v: LogDestinationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogDestinationType {}

/// The values CloudFormation documents: `ALERT`, `FLOW`, `TLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogType {
    /// `ALERT`
    Alert,
    /// `FLOW`
    Flow,
    /// `TLS`
    Tls,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alert => "ALERT",
            Self::Flow => "FLOW",
            Self::Tls => "TLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALERT", "FLOW", "TLS"]
    }
}
impl ::std::convert::From<LogType> for ::forma_core::Value<LogType> {
    fn from(v: LogType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogType {}

/// The `LogDestinationConfig` property type of `AWS::NetworkFirewall::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDestinationConfig {
    props: ::forma_core::schema::Props,
}
impl LogDestinationConfig {
    /// A new value with its required properties: `LogDestination`, `LogDestinationType`, `LogType`.
    pub fn new(
        log_destination: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        log_destination_type: impl ::forma_core::schema::EnumArg<LogDestinationType>,
        log_type: impl ::forma_core::schema::EnumArg<LogType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_destination.into().into_expr());
        props.set(1, log_destination_type.into_enum_expr());
        props.set(2, log_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogDestinationConfig> for ::forma_core::Value<LogDestinationConfig> {
    fn from(v: LogDestinationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DESTINATION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkFirewall::LoggingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFirewall::LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableMonitoringDashboard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FirewallArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws.*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "LoggingConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_PROPERTY_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static LOGGING_CONFIGURATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::LoggingConfiguration.LoggingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogDestinationConfigs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&LOG_DESTINATION_CONFIG_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static LOG_DESTINATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::LoggingConfiguration.LogDestinationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogDestination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(1024) },
            )),
        },
        ::forma_core::schema::Property {
            name: "LogDestinationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3", "CloudWatchLogs", "KinesisDataFirehose"]),
        },
        ::forma_core::schema::Property {
            name: "LogType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALERT", "FLOW", "TLS"]),
        },
    ],
    rules: &[],
};
