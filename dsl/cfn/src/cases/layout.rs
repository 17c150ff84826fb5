// @generated from AWS::Cases::Layout (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cases::Layout` and its property types.

/// A layout in the Cases domain.
///
/// CloudFormation type `AWS::Cases::Layout`.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    props: ::forma_core::schema::Props,
}
impl Layout {
    /// A new resource with its required properties: `Content`, `Name`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The unique identifier of the Cases domain.
    ///
    /// Allowed: length 1 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that you attach to this layout.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Layout {
    type Attributes = LayoutAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cases::Layout"
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
/// The attributes of a `AWS::Cases::Layout` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LayoutAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LayoutAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LayoutAttributes {
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `LayoutArn`.
    pub fn layout_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LayoutArn")
    }
    /// `Fn::GetAtt` `LayoutId`.
    pub fn layout_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LayoutId")
    }
}

/// The `Tag` property type of `AWS::Cases::Layout`.
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

/// The schema of `AWS::Cases::Layout`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cases::Layout",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DomainId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[\\S]$"),
                min_length: Some(1),
                max_length: Some(100),
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
    attributes: &["CreatedTime", "LastModifiedTime", "LayoutArn", "LayoutId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Layout.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
