// @generated from AWS::IoT::ThingGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::ThingGroup` and its property types.

/// Resource Type definition for AWS::IoT::ThingGroup
///
/// CloudFormation type `AWS::IoT::ThingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingGroup {
    props: ::forma_core::schema::Props,
}
impl ThingGroup {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ParentGroupName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn parent_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `QueryString`.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn query_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ThingGroupName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn thing_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ThingGroupProperties`.
    #[track_caller]
    pub fn thing_group_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThingGroupProperties>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ThingGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ThingGroup {
    type Attributes = ThingGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::ThingGroup"
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
/// The attributes of a `AWS::IoT::ThingGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ThingGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ThingGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ThingGroupAttributes {
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

/// The `ThingGroupProperties` property type of `AWS::IoT::ThingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingGroupProperties {
    props: ::forma_core::schema::Props,
}
impl ThingGroupProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttributePayload`.
    pub fn attribute_payload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AttributePayload>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ThingGroupDescription`.
    ///
    /// Allowed: length 0 to 2028.
    pub fn thing_group_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThingGroupProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThingGroupProperties> for ::forma_core::Value<ThingGroupProperties> {
    fn from(v: ThingGroupProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THING_GROUP_PROPERTIES_TYPE.properties))
    }
}

/// The `AttributePayload` property type of `AWS::IoT::ThingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributePayload {
    props: ::forma_core::schema::Props,
}
impl AttributePayload {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attributes`.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AttributePayload {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AttributePayload> for ::forma_core::Value<AttributePayload> {
    fn from(v: AttributePayload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_PAYLOAD_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::ThingGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::ThingGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParentGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
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
        ::forma_core::schema::Property {
            name: "ThingGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThingGroupProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THING_GROUP_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ThingGroup.Tag",
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

static THING_GROUP_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ThingGroup.ThingGroupProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributePayload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThingGroupDescription",
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

static ATTRIBUTE_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ThingGroup.AttributePayload",
    properties: &[::forma_core::schema::Property {
        name: "Attributes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
            &::forma_core::schema::ANY_STRING,
        )),
    }],
    rules: &[],
};
