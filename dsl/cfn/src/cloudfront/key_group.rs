// @generated from AWS::CloudFront::KeyGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::KeyGroup` and its property types.

/// A key group.
///
/// CloudFormation type `AWS::CloudFront::KeyGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyGroup {
    props: ::forma_core::schema::Props,
}
impl KeyGroup {
    /// A new resource with its required properties: `KeyGroupConfig`.
    #[track_caller]
    pub fn new(key_group_config: impl ::std::convert::Into<::forma_core::Value<KeyGroupConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, key_group_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for KeyGroup {
    type Attributes = KeyGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::KeyGroup"
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
/// The attributes of a `AWS::CloudFront::KeyGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KeyGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KeyGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl KeyGroupAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// A key group configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyGroupConfig {
    props: ::forma_core::schema::Props,
}
impl KeyGroupConfig {
    /// A new value with its required properties: `Items`, `Name`.
    pub fn new(
        items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, items.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// A comment to describe the key group.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KeyGroupConfig> for ::forma_core::Value<KeyGroupConfig> {
    fn from(v: KeyGroupConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_GROUP_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::KeyGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::KeyGroup",
    properties: &[::forma_core::schema::Property {
        name: "KeyGroupConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KEY_GROUP_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "LastModifiedTime"],
};

static KEY_GROUP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::KeyGroup.KeyGroupConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Items",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
