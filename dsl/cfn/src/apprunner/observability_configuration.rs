// @generated from AWS::AppRunner::ObservabilityConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppRunner::ObservabilityConfiguration` and its property types.

/// The AWS::AppRunner::ObservabilityConfiguration resource is an AWS App Runner resource type that specifies an App Runner observability configuration
///
/// CloudFormation type `AWS::AppRunner::ObservabilityConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservabilityConfiguration {
    props: ::forma_core::schema::Props,
}
impl ObservabilityConfiguration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A name for the observability configuration.
    ///
    /// Allowed: length 4 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn observability_configuration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of metadata items that you can associate with your observability configuration resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of the tracing feature within this observability configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn trace_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TraceConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ObservabilityConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ObservabilityConfiguration {
    type Attributes = ObservabilityConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppRunner::ObservabilityConfiguration"
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
/// The attributes of a `AWS::AppRunner::ObservabilityConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ObservabilityConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ObservabilityConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ObservabilityConfigurationAttributes {
    /// `Fn::GetAtt` `ObservabilityConfigurationArn`.
    pub fn observability_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ObservabilityConfigurationArn")
    }
    /// `Fn::GetAtt` `ObservabilityConfigurationRevision`.
    pub fn observability_configuration_revision(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ObservabilityConfigurationRevision")
    }
    /// `Fn::GetAtt` `Latest`.
    pub fn latest(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Latest")
    }
}

/// The `Tag` property type of `AWS::AppRunner::ObservabilityConfiguration`.
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
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
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

/// The values CloudFormation documents: `AWSXRAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Vendor {
    /// `AWSXRAY`
    Awsxray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Vendor {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Awsxray => "AWSXRAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWSXRAY"]
    }
}
impl ::std::convert::From<Vendor> for ::forma_core::Value<Vendor> {
    fn from(v: Vendor) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Vendor {}

/// Describes the configuration of the tracing feature within an AWS App Runner observability configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TraceConfiguration {
    props: ::forma_core::schema::Props,
}
impl TraceConfiguration {
    /// A new value with its required properties: `Vendor`.
    pub fn new(vendor: impl ::forma_core::schema::EnumArg<Vendor>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vendor.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TraceConfiguration> for ::forma_core::Value<TraceConfiguration> {
    fn from(v: TraceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::AppRunner::ObservabilityConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppRunner::ObservabilityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObservabilityConfigurationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}"),
                min_length: Some(4),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TraceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRACE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ObservabilityConfigurationArn", "ObservabilityConfigurationRevision", "Latest"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::ObservabilityConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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

static TRACE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::ObservabilityConfiguration.TraceConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Vendor",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["AWSXRAY"]),
    }],
    rules: &[],
};
