// @generated from AWS::IoT::Thing (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::Thing` and its property types.

/// Resource Type definition for AWS::IoT::Thing
///
/// CloudFormation type `AWS::IoT::Thing`.
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    props: ::forma_core::schema::Props,
}
impl Thing {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttributePayload`.
    #[track_caller]
    pub fn attribute_payload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AttributePayload>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ThingName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn thing_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Thing {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Thing {
    type Attributes = ThingAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::Thing"
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
/// The attributes of a `AWS::IoT::Thing` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ThingAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ThingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ThingAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `AttributePayload` property type of `AWS::IoT::Thing`.
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

/// The schema of `AWS::IoT::Thing`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::Thing",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributePayload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThingName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static ATTRIBUTE_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Thing.AttributePayload",
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
