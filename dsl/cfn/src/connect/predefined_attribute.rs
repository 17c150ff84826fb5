// @generated from AWS::Connect::PredefinedAttribute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::PredefinedAttribute` and its property types.

/// Resource Type definition for AWS::Connect::PredefinedAttribute
///
/// CloudFormation type `AWS::Connect::PredefinedAttribute`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredefinedAttribute {
    props: ::forma_core::schema::Props,
}
impl PredefinedAttribute {
    /// A new resource with its required properties: `InstanceArn`, `Name`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Custom metadata associated to a Predefined attribute that controls how the attribute behaves when used by upstream services.
    #[track_caller]
    pub fn attribute_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AttributeConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The assigned purposes of the predefined attribute.
    #[track_caller]
    pub fn purposes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The values of a predefined attribute.
    #[track_caller]
    pub fn values(mut self, value: impl ::std::convert::Into<::forma_core::Value<Values>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PredefinedAttribute {
    type Attributes = PredefinedAttributeAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::PredefinedAttribute"
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
/// The attributes of a `AWS::Connect::PredefinedAttribute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PredefinedAttributeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PredefinedAttributeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PredefinedAttributeAttributes {
    /// `Fn::GetAtt` `LastModifiedRegion`.
    pub fn last_modified_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedRegion")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// Custom metadata associated to a Predefined attribute that controls how the attribute behaves when used by upstream services.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeConfiguration {
    props: ::forma_core::schema::Props,
}
impl AttributeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables customers to enforce strict validation on the specific values that this predefined attribute can hold.
    pub fn enable_value_validation_on_association(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Allows the predefined attribute to show up and be managed in the Amazon Connect UI.
    pub fn is_read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AttributeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AttributeConfiguration> for ::forma_core::Value<AttributeConfiguration> {
    fn from(v: AttributeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_CONFIGURATION_TYPE.properties))
    }
}

/// The values of a predefined attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct Values {
    props: ::forma_core::schema::Props,
}
impl Values {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Predefined attribute values of type string list.
    pub fn string_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Values {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Values> for ::forma_core::Value<Values> {
    fn from(v: Values) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUES_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::PredefinedAttribute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::PredefinedAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Purposes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALUES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["LastModifiedRegion", "LastModifiedTime"],
};

static ATTRIBUTE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::PredefinedAttribute.AttributeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableValueValidationOnAssociation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::PredefinedAttribute.Values",
    properties: &[::forma_core::schema::Property {
        name: "StringList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(500) },
        ),
    }],
    rules: &[],
};
