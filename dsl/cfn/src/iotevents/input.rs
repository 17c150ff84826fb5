// @generated from AWS::IoTEvents::Input (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTEvents::Input` and its property types.

/// The AWS::IoTEvents::Input resource creates an input.
///
/// CloudFormation type `AWS::IoTEvents::Input`.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    props: ::forma_core::schema::Props,
}
impl Input {
    /// A new resource with its required properties: `InputDefinition`.
    #[track_caller]
    pub fn new(input_definition: impl ::std::convert::Into<::forma_core::Value<InputDefinition>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, input_definition.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A brief description of the input.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn input_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the input.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn input_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Input {
    type Attributes = InputAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTEvents::Input"
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
/// The attributes of a `AWS::IoTEvents::Input` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InputAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The definition of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputDefinition {
    props: ::forma_core::schema::Props,
}
impl InputDefinition {
    /// A new value with its required properties: `Attributes`.
    pub fn new(attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Attribute>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputDefinition> for ::forma_core::Value<InputDefinition> {
    fn from(v: InputDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_DEFINITION_TYPE.properties))
    }
}

/// Metadata that can be used to manage the resource.
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

/// The attributes from the JSON payload that are made available by the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    props: ::forma_core::schema::Props,
}
impl Attribute {
    /// A new value with its required properties: `JsonPath`.
    pub fn new(json_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, json_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Attribute> for ::forma_core::Value<Attribute> {
    fn from(v: Attribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTEvents::Input`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTEvents::Input",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
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
    attributes: &[],
};

static INPUT_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::Input.InputDefinition",
    properties: &[::forma_core::schema::Property {
        name: "Attributes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ATTRIBUTE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::Input.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTEvents::Input.Attribute",
    properties: &[::forma_core::schema::Property {
        name: "JsonPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(
                "^((`[a-zA-Z0-9_\\- ]+`)|([a-zA-Z0-9_\\-]+))(\\.((`[a-zA-Z0-9_\\- ]+`)|([a-zA-Z0-9_\\-]+)))*$",
            ),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};
