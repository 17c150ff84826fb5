// @generated from AWS::IoT::ResourceSpecificLogging (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::ResourceSpecificLogging` and its property types.

/// Resource-specific logging allows you to specify a logging level for a specific thing group.
///
/// CloudFormation type `AWS::IoT::ResourceSpecificLogging`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSpecificLogging {
    props: ::forma_core::schema::Props,
}
impl ResourceSpecificLogging {
    /// A new resource with its required properties: `LogLevel`, `TargetName`, `TargetType`.
    #[track_caller]
    pub fn new(
        log_level: impl ::forma_core::schema::EnumArg<LogLevel>,
        target_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_type: impl ::forma_core::schema::EnumArg<TargetType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, log_level.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, target_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, target_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResourceSpecificLogging {
    type Attributes = ResourceSpecificLoggingAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::ResourceSpecificLogging"
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
/// The attributes of a `AWS::IoT::ResourceSpecificLogging` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceSpecificLoggingAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceSpecificLoggingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceSpecificLoggingAttributes {
    /// `Fn::GetAtt` `TargetId`.
    pub fn target_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetId")
    }
}

/// The values CloudFormation documents: `ERROR`, `WARN`, `INFO`, `DEBUG`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// `DEBUG`
    Debug,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Warn => "WARN",
            Self::Info => "INFO",
            Self::Debug => "DEBUG",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ERROR", "WARN", "INFO", "DEBUG", "DISABLED"]
    }
}
impl ::std::convert::From<LogLevel> for ::forma_core::Value<LogLevel> {
    fn from(v: LogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogLevel {}

/// The values CloudFormation documents: `THING_GROUP`, `CLIENT_ID`, `SOURCE_IP`, `PRINCIPAL_ID`, `EVENT_TYPE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `THING_GROUP`
    ThingGroup,
    /// `CLIENT_ID`
    ClientId,
    /// `SOURCE_IP`
    SourceIp,
    /// `PRINCIPAL_ID`
    PrincipalId,
    /// `EVENT_TYPE`
    EventType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThingGroup => "THING_GROUP",
            Self::ClientId => "CLIENT_ID",
            Self::SourceIp => "SOURCE_IP",
            Self::PrincipalId => "PRINCIPAL_ID",
            Self::EventType => "EVENT_TYPE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["THING_GROUP", "CLIENT_ID", "SOURCE_IP", "PRINCIPAL_ID", "EVENT_TYPE"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// The schema of `AWS::IoT::ResourceSpecificLogging`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::ResourceSpecificLogging",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERROR", "WARN", "INFO", "DEBUG", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "TargetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.:\\s_\\-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "THING_GROUP",
                "CLIENT_ID",
                "SOURCE_IP",
                "PRINCIPAL_ID",
                "EVENT_TYPE",
            ]),
        },
    ],
    rules: &[],
    attributes: &["TargetId"],
};
