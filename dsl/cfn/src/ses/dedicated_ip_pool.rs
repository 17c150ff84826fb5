// @generated from AWS::SES::DedicatedIpPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::DedicatedIpPool` and its property types.

/// Resource Type definition for AWS::SES::DedicatedIpPool
///
/// CloudFormation type `AWS::SES::DedicatedIpPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct DedicatedIpPool {
    props: ::forma_core::schema::Props,
}
impl DedicatedIpPool {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the dedicated IP pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn pool_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the dedicated IP pool is managed or not.
    #[track_caller]
    pub fn scaling_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the dedicated IP pool.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DedicatedIpPool {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DedicatedIpPool {
    type Attributes = DedicatedIpPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::DedicatedIpPool"
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
/// The attributes of a `AWS::SES::DedicatedIpPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DedicatedIpPoolAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DedicatedIpPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `Tag` property type of `AWS::SES::DedicatedIpPool`.
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

/// The schema of `AWS::SES::DedicatedIpPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::DedicatedIpPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "PoolName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_-]{0,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(STANDARD|MANAGED)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::DedicatedIpPool.Tag",
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
