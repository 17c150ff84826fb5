// @generated from AWS::IoT::ThingType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::ThingType` and its property types.

/// Resource Type definition for AWS::IoT::ThingType
///
/// CloudFormation type `AWS::IoT::ThingType`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingType {
    props: ::forma_core::schema::Props,
}
impl ThingType {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeprecateThingType`.
    #[track_caller]
    pub fn deprecate_thing_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ThingTypeName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn thing_type_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ThingTypeProperties`.
    #[track_caller]
    pub fn thing_type_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThingTypeProperties>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ThingType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ThingType {
    type Attributes = ThingTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::ThingType"
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
/// The attributes of a `AWS::IoT::ThingType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ThingTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ThingTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ThingTypeAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
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

/// The `ThingTypeProperties` property type of `AWS::IoT::ThingType`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingTypeProperties {
    props: ::forma_core::schema::Props,
}
impl ThingTypeProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Mqtt5Configuration`.
    pub fn mqtt5_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThingTypePropertiesMqtt5Configuration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SearchableAttributes`.
    pub fn searchable_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ThingTypeDescription`.
    ///
    /// Allowed: length 0 to 2028.
    pub fn thing_type_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThingTypeProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThingTypeProperties> for ::forma_core::Value<ThingTypeProperties> {
    fn from(v: ThingTypeProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THING_TYPE_PROPERTIES_TYPE.properties))
    }
}

/// The `ThingTypePropertiesMqtt5Configuration` property type of `AWS::IoT::ThingType`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingTypePropertiesMqtt5Configuration {
    props: ::forma_core::schema::Props,
}
impl ThingTypePropertiesMqtt5Configuration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PropagatingAttributes`.
    pub fn propagating_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PropagatingAttribute>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThingTypePropertiesMqtt5Configuration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThingTypePropertiesMqtt5Configuration>
    for ::forma_core::Value<ThingTypePropertiesMqtt5Configuration>
{
    fn from(v: ThingTypePropertiesMqtt5Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THING_TYPE_PROPERTIES_MQTT5_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `iot:ClientId`, `iot:Thing.ThingName`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionAttribute {
    /// `iot:ClientId`
    IotClientId,
    /// `iot:Thing.ThingName`
    IotThingThingName,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionAttribute {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IotClientId => "iot:ClientId",
            Self::IotThingThingName => "iot:Thing.ThingName",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["iot:ClientId", "iot:Thing.ThingName"]
    }
}
impl ::std::convert::From<ConnectionAttribute> for ::forma_core::Value<ConnectionAttribute> {
    fn from(v: ConnectionAttribute) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionAttribute {}

/// The `PropagatingAttribute` property type of `AWS::IoT::ThingType`.
#[derive(Debug, Clone, PartialEq)]
pub struct PropagatingAttribute {
    props: ::forma_core::schema::Props,
}
impl PropagatingAttribute {
    /// A new value with its required properties: `UserPropertyKey`.
    pub fn new(user_property_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, user_property_key.into().into_expr());
        Self { props }
    }
    /// `ConnectionAttribute`.
    ///
    /// Allowed: length 0 to 128.
    pub fn connection_attribute(mut self, value: impl ::forma_core::schema::EnumArg<ConnectionAttribute>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ThingAttribute`.
    ///
    /// Allowed: length 0 to 128.
    pub fn thing_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PropagatingAttribute> for ::forma_core::Value<PropagatingAttribute> {
    fn from(v: PropagatingAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPAGATING_ATTRIBUTE_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::ThingType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::ThingType",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeprecateThingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "ThingTypeName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThingTypeProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THING_TYPE_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ThingType.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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

static THING_TYPE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ThingType.ThingTypeProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mqtt5Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THING_TYPE_PROPERTIES_MQTT5_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SearchableAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9_.,@/:#-]+"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThingTypeDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\p{Graph}\\x20]*"),
                min_length: Some(0),
                max_length: Some(2028),
            }),
        },
    ],
    rules: &[],
};

static THING_TYPE_PROPERTIES_MQTT5_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::ThingType.ThingTypePropertiesMqtt5Configuration",
        properties: &[::forma_core::schema::Property {
            name: "PropagatingAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROPAGATING_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PROPAGATING_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ThingType.PropagatingAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["iot:ClientId", "iot:Thing.ThingName"]),
        },
        ::forma_core::schema::Property {
            name: "ThingAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_.,@/:#-]+"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserPropertyKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:$.]+"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
