// @generated from AWS::ApplicationSignals::InstrumentationConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationSignals::InstrumentationConfig` and its property types.

/// Creates a dynamic instrumentation configuration for a specific code or endpoint location within a service and environment.
///
/// CloudFormation type `AWS::ApplicationSignals::InstrumentationConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentationConfig {
    props: ::forma_core::schema::Props,
}
impl InstrumentationConfig {
    /// A new resource with its required properties: `CaptureConfiguration`, `Environment`, `InstrumentationType`, `Location`, `Service`, `SignalType`.
    #[track_caller]
    pub fn new(
        capture_configuration: impl ::std::convert::Into<::forma_core::Value<CaptureConfiguration>>,
        environment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instrumentation_type: impl ::forma_core::schema::EnumArg<InstrumentationType>,
        location: impl ::std::convert::Into<::forma_core::Value<Location>>,
        service: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signal_type: impl ::forma_core::schema::EnumArg<SignalType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, capture_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, environment.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, instrumentation_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, service.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, signal_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Client-side filters that target specific instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn attribute_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional short description that explains the purpose of this instrumentation.
    ///
    /// Allowed: length 1 to 50.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The timestamp after which this configuration is no longer served.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn expires_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional list of key-value pairs to associate with the instrumentation configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InstrumentationConfig {
    type Attributes = InstrumentationConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationSignals::InstrumentationConfig"
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
/// The attributes of a `AWS::ApplicationSignals::InstrumentationConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstrumentationConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstrumentationConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstrumentationConfigAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `LocationHash`.
    pub fn location_hash(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationHash")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The values CloudFormation documents: `BREAKPOINT`, `PROBE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstrumentationType {
    /// `BREAKPOINT`
    Breakpoint,
    /// `PROBE`
    Probe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstrumentationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Breakpoint => "BREAKPOINT",
            Self::Probe => "PROBE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BREAKPOINT", "PROBE"]
    }
}
impl ::std::convert::From<InstrumentationType> for ::forma_core::Value<InstrumentationType> {
    fn from(v: InstrumentationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstrumentationType {}

/// The values CloudFormation documents: `SNAPSHOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SignalType {
    /// `SNAPSHOT`
    Snapshot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SignalType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Snapshot => "SNAPSHOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SNAPSHOT"]
    }
}
impl ::std::convert::From<SignalType> for ::forma_core::Value<SignalType> {
    fn from(v: SignalType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SignalType {}

/// Specifies what to capture when the instrumentation point is hit.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptureConfiguration {
    props: ::forma_core::schema::Props,
}
impl CaptureConfiguration {
    /// A new value with its required properties: `CodeCapture`.
    pub fn new(code_capture: impl ::std::convert::Into<::forma_core::Value<CodeCaptureConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code_capture.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CaptureConfiguration> for ::forma_core::Value<CaptureConfiguration> {
    fn from(v: CaptureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTURE_CONFIGURATION_TYPE.properties))
    }
}

/// The location where instrumentation should be applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    props: ::forma_core::schema::Props,
}
impl Location {
    /// A new value with its required properties: `CodeLocation`.
    pub fn new(code_location: impl ::std::convert::Into<::forma_core::Value<CodeLocation>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Location> for ::forma_core::Value<Location> {
    fn from(v: Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_TYPE.properties))
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

/// Defines what data to capture for code-level instrumentation.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeCaptureConfiguration {
    props: ::forma_core::schema::Props,
}
impl CodeCaptureConfiguration {
    /// A new value with its required properties: `CaptureLimits`.
    pub fn new(capture_limits: impl ::std::convert::Into<::forma_core::Value<CaptureLimitsConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, capture_limits.into().into_expr());
        Self { props }
    }
    /// The function arguments to capture.
    pub fn capture_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The local variables to capture by name.
    pub fn capture_locals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Whether to capture the return value.
    pub fn capture_return(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Whether to capture a stack trace.
    pub fn capture_stack_trace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeCaptureConfiguration> for ::forma_core::Value<CodeCaptureConfiguration> {
    fn from(v: CodeCaptureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_CAPTURE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Java`, `Python`, `Javascript`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `Java`
    Java,
    /// `Python`
    Python,
    /// `Javascript`
    Javascript,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Language {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Java => "Java",
            Self::Python => "Python",
            Self::Javascript => "Javascript",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Java", "Python", "Javascript"]
    }
}
impl ::std::convert::From<Language> for ::forma_core::Value<Language> {
    fn from(v: Language) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Language {}

/// Identifies a code location to instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeLocation {
    props: ::forma_core::schema::Props,
}
impl CodeLocation {
    /// A new value with its required properties: `FilePath`, `Language`.
    pub fn new(
        file_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        language: impl ::forma_core::schema::EnumArg<Language>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, file_path.into().into_expr());
        props.set(3, language.into_enum_expr());
        Self { props }
    }
    /// The class or type name that contains the method.
    ///
    /// Allowed: length 1 to 128.
    pub fn class_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The package, module, or namespace that contains the target code.
    ///
    /// Allowed: length 1 to 128.
    pub fn code_unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The line number to instrument.
    ///
    /// Allowed: at least 1.
    pub fn line_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The method or function name to instrument.
    ///
    /// Allowed: length 1 to 80.
    pub fn method_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeLocation> for ::forma_core::Value<CodeLocation> {
    fn from(v: CodeLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_LOCATION_TYPE.properties))
    }
}

/// Safety limits that bound what is captured.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptureLimitsConfig {
    props: ::forma_core::schema::Props,
}
impl CaptureLimitsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum nesting depth to traverse inside collections.
    ///
    /// Allowed: 1 to 5.
    pub fn max_collection_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum number of items to capture from any collection.
    ///
    /// Allowed: 1 to 20.
    pub fn max_collection_width(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Maximum number of fields to capture for any object.
    ///
    /// Allowed: 1 to 20.
    pub fn max_fields_per_object(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Maximum number of times the instrumentation point can be hit before disabled.
    ///
    /// Allowed: 1 to 1000.
    pub fn max_hits(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Maximum depth for nested object traversal.
    ///
    /// Allowed: 1 to 5.
    pub fn max_object_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Maximum number of stack frames to capture.
    ///
    /// Allowed: 1 to 20.
    pub fn max_stack_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Maximum total size in bytes of a captured stack trace.
    ///
    /// Allowed: 1 to 1000.
    pub fn max_stack_trace_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Maximum length of captured string values in characters.
    ///
    /// Allowed: 1 to 255.
    pub fn max_string_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptureLimitsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptureLimitsConfig> for ::forma_core::Value<CaptureLimitsConfig> {
    fn from(v: CaptureLimitsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTURE_LIMITS_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::ApplicationSignals::InstrumentationConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationSignals::InstrumentationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeFilters",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) },
                )),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptureConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CAPTURE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9:/+=,.@_-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExpiresAt",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstrumentationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["BREAKPOINT", "PROBE"]),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Service",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9:/+=,.@_-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SignalType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SNAPSHOT"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "LocationHash", "CreatedAt"],
};

static CAPTURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::InstrumentationConfig.CaptureConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CodeCapture",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CODE_CAPTURE_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::InstrumentationConfig.Location",
    properties: &[::forma_core::schema::Property {
        name: "CodeLocation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CODE_LOCATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::InstrumentationConfig.Tag",
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

static CODE_CAPTURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::InstrumentationConfig.CodeCaptureConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaptureArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(80),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptureLimits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTURE_LIMITS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaptureLocals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(80),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptureReturn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CaptureStackTrace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CODE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::InstrumentationConfig.CodeLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClassName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "CodeUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Language",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Java", "Python", "Javascript"]),
        },
        ::forma_core::schema::Property {
            name: "LineNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MethodName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
    ],
    rules: &[],
};

static CAPTURE_LIMITS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::InstrumentationConfig.CaptureLimitsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCollectionDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxCollectionWidth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxFieldsPerObject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxHits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxObjectDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxStackFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxStackTraceSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxStringLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(255.0),
            }),
        },
    ],
    rules: &[],
};
