// @generated from AWS::WellArchitected::Lens (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WellArchitected::Lens` and its property types.

/// Definition of AWS::WellArchitected::Lens Resource Type
///
/// CloudFormation type `AWS::WellArchitected::Lens`.
#[derive(Debug, Clone, PartialEq)]
pub struct Lens {
    props: ::forma_core::schema::Props,
}
impl Lens {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The JSON representation of a lens.
    ///
    /// Allowed: length 2 to 500000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn json_string(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the lens.
    ///
    /// Allowed: length 1 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn lens_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the lens.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Lens {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Lens {
    type Attributes = LensAttributes;
    fn type_name(&self) -> &str {
        "AWS::WellArchitected::Lens"
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
/// The attributes of a `AWS::WellArchitected::Lens` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LensAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LensAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LensAttributes {
    /// `Fn::GetAtt` `LensArn`.
    pub fn lens_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LensArn")
    }
    /// `Fn::GetAtt` `LensId`.
    pub fn lens_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LensId")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `Description`.
    pub fn description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Description")
    }
    /// `Fn::GetAtt` `Owner`.
    pub fn owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Owner")
    }
}

/// The `Tags` property type of `AWS::WellArchitected::Lens`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::WellArchitected::Lens`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WellArchitected::Lens",
    properties: &[
        ::forma_core::schema::Property {
            name: "JSONString",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(500000),
            }),
        },
        ::forma_core::schema::Property {
            name: "LensVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["LensArn", "LensId", "Name", "Description", "Owner"],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WellArchitected::Lens.Tags",
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
