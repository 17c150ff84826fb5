// @generated from AWS::DeviceFarm::DevicePool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DeviceFarm::DevicePool` and its property types.

/// Resource Type definition for a Device Pool for a given Device Farm Project
///
/// CloudFormation type `AWS::DeviceFarm::DevicePool`.
#[derive(Debug, Clone, PartialEq)]
pub struct DevicePool {
    props: ::forma_core::schema::Props,
}
impl DevicePool {
    /// A new resource with its required properties: `Name`, `ProjectArn`, `Rules`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, project_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, rules.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 16384.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxDevices`.
    #[track_caller]
    pub fn max_devices(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DevicePool {
    type Attributes = DevicePoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::DeviceFarm::DevicePool"
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
/// The attributes of a `AWS::DeviceFarm::DevicePool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DevicePoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DevicePoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DevicePoolAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ARN`, `PLATFORM`, `FORM_FACTOR`, `MANUFACTURER`, `REMOTE_ACCESS_ENABLED`, `REMOTE_DEBUG_ENABLED`, `APPIUM_VERSION`, `INSTANCE_ARN`, `INSTANCE_LABELS`, `FLEET_TYPE`, `OS_VERSION`, `MODEL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Attribute {
    /// `ARN`
    Arn,
    /// `PLATFORM`
    Platform,
    /// `FORM_FACTOR`
    FormFactor,
    /// `MANUFACTURER`
    Manufacturer,
    /// `REMOTE_ACCESS_ENABLED`
    RemoteAccessEnabled,
    /// `REMOTE_DEBUG_ENABLED`
    RemoteDebugEnabled,
    /// `APPIUM_VERSION`
    AppiumVersion,
    /// `INSTANCE_ARN`
    InstanceArn,
    /// `INSTANCE_LABELS`
    InstanceLabels,
    /// `FLEET_TYPE`
    FleetType,
    /// `OS_VERSION`
    OsVersion,
    /// `MODEL`
    Model,
    /// `AVAILABILITY`
    Availability,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Attribute {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arn => "ARN",
            Self::Platform => "PLATFORM",
            Self::FormFactor => "FORM_FACTOR",
            Self::Manufacturer => "MANUFACTURER",
            Self::RemoteAccessEnabled => "REMOTE_ACCESS_ENABLED",
            Self::RemoteDebugEnabled => "REMOTE_DEBUG_ENABLED",
            Self::AppiumVersion => "APPIUM_VERSION",
            Self::InstanceArn => "INSTANCE_ARN",
            Self::InstanceLabels => "INSTANCE_LABELS",
            Self::FleetType => "FLEET_TYPE",
            Self::OsVersion => "OS_VERSION",
            Self::Model => "MODEL",
            Self::Availability => "AVAILABILITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ARN",
            "PLATFORM",
            "FORM_FACTOR",
            "MANUFACTURER",
            "REMOTE_ACCESS_ENABLED",
            "REMOTE_DEBUG_ENABLED",
            "APPIUM_VERSION",
            "INSTANCE_ARN",
            "INSTANCE_LABELS",
            "FLEET_TYPE",
            "OS_VERSION",
            "MODEL",
            "AVAILABILITY",
        ]
    }
}
impl ::std::convert::From<Attribute> for ::forma_core::Value<Attribute> {
    fn from(v: Attribute) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Attribute {}

/// The values CloudFormation documents: `EQUALS`, `LESS_THAN`, `LESS_THAN_OR_EQUALS`, `GREATER_THAN`, `GREATER_THAN_OR_EQUALS`, `IN`, `NOT_IN`, `CONTAINS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `EQUALS`
    Equals,
    /// `LESS_THAN`
    LessThan,
    /// `LESS_THAN_OR_EQUALS`
    LessThanOrEquals,
    /// `GREATER_THAN`
    GreaterThan,
    /// `GREATER_THAN_OR_EQUALS`
    GreaterThanOrEquals,
    /// `IN`
    In,
    /// `NOT_IN`
    NotIn,
    /// `CONTAINS`
    Contains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::LessThan => "LESS_THAN",
            Self::LessThanOrEquals => "LESS_THAN_OR_EQUALS",
            Self::GreaterThan => "GREATER_THAN",
            Self::GreaterThanOrEquals => "GREATER_THAN_OR_EQUALS",
            Self::In => "IN",
            Self::NotIn => "NOT_IN",
            Self::Contains => "CONTAINS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "EQUALS",
            "LESS_THAN",
            "LESS_THAN_OR_EQUALS",
            "GREATER_THAN",
            "GREATER_THAN_OR_EQUALS",
            "IN",
            "NOT_IN",
            "CONTAINS",
        ]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// Represents a condition for a device pool.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The rule's stringified attribute.
    pub fn attribute(mut self, value: impl ::forma_core::schema::EnumArg<Attribute>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies how Device Farm compares the rule's attribute to the value.
    pub fn operator(mut self, value: impl ::forma_core::schema::EnumArg<Operator>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The rule's value.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Rule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::DeviceFarm::DevicePool`.
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

/// The schema of `AWS::DeviceFarm::DevicePool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DeviceFarm::DevicePool",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(16384),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxDevices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+"),
                min_length: Some(32),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DeviceFarm::DevicePool.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ARN",
                "PLATFORM",
                "FORM_FACTOR",
                "MANUFACTURER",
                "REMOTE_ACCESS_ENABLED",
                "REMOTE_DEBUG_ENABLED",
                "APPIUM_VERSION",
                "INSTANCE_ARN",
                "INSTANCE_LABELS",
                "FLEET_TYPE",
                "OS_VERSION",
                "MODEL",
                "AVAILABILITY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EQUALS",
                "LESS_THAN",
                "LESS_THAN_OR_EQUALS",
                "GREATER_THAN",
                "GREATER_THAN_OR_EQUALS",
                "IN",
                "NOT_IN",
                "CONTAINS",
            ]),
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DeviceFarm::DevicePool.Tag",
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
