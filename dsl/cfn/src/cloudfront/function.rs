// @generated from AWS::CloudFront::Function (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::Function` and its property types.

/// Creates a CF function.
///
/// CloudFormation type `AWS::CloudFront::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new resource with its required properties: `FunctionCode`, `FunctionConfig`, `Name`.
    #[track_caller]
    pub fn new(
        function_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_config: impl ::std::convert::Into<::forma_core::Value<FunctionConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, function_code.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, function_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A flag that determines whether to automatically publish the function to the `LIVE` stage when it’s created.
    #[track_caller]
    pub fn auto_publish(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains metadata about a CloudFront function.
    #[track_caller]
    pub fn function_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FunctionMetadata>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A complex type that contains zero or more `Tag` elements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Function {
    type Attributes = FunctionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::Function"
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
/// The attributes of a `AWS::CloudFront::Function` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FunctionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FunctionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FunctionAttributes {
    /// `Fn::GetAtt` `FunctionARN`.
    pub fn function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionARN")
    }
    /// `Fn::GetAtt` `FunctionMetadata.FunctionARN`.
    pub fn function_metadata_function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionMetadata.FunctionARN")
    }
    /// `Fn::GetAtt` `Stage`.
    pub fn stage(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Stage")
    }
}

/// The values CloudFormation documents: `cloudfront-js-1.0`, `cloudfront-js-2.0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Runtime {
    /// `cloudfront-js-1.0`
    CloudfrontJs10,
    /// `cloudfront-js-2.0`
    CloudfrontJs20,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Runtime {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudfrontJs10 => "cloudfront-js-1.0",
            Self::CloudfrontJs20 => "cloudfront-js-2.0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cloudfront-js-1.0", "cloudfront-js-2.0"]
    }
}
impl ::std::convert::From<Runtime> for ::forma_core::Value<Runtime> {
    fn from(v: Runtime) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Runtime {}

/// Contains configuration information about a CloudFront function.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionConfig {
    props: ::forma_core::schema::Props,
}
impl FunctionConfig {
    /// A new value with its required properties: `Comment`, `Runtime`.
    pub fn new(
        comment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        runtime: impl ::forma_core::schema::EnumArg<Runtime>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comment.into().into_expr());
        props.set(2, runtime.into_enum_expr());
        Self { props }
    }
    /// The configuration for the key value store associations.
    pub fn key_value_store_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValueStoreAssociation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FunctionConfig> for ::forma_core::Value<FunctionConfig> {
    fn from(v: FunctionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_CONFIG_TYPE.properties))
    }
}

/// Contains metadata about a CloudFront function.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionMetadata {
    props: ::forma_core::schema::Props,
}
impl FunctionMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the function.
    pub fn function_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FunctionMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FunctionMetadata> for ::forma_core::Value<FunctionMetadata> {
    fn from(v: FunctionMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_METADATA_TYPE.properties))
    }
}

/// A complex type that contains `Tag` key and `Tag` value.
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

/// The key value store association.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValueStoreAssociation {
    props: ::forma_core::schema::Props,
}
impl KeyValueStoreAssociation {
    /// A new value with its required properties: `KeyValueStoreARN`.
    pub fn new(key_value_store_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key_value_store_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KeyValueStoreAssociation> for ::forma_core::Value<KeyValueStoreAssociation> {
    fn from(v: KeyValueStoreAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_STORE_ASSOCIATION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::Function`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::Function",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoPublish",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FunctionCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FUNCTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FunctionMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FUNCTION_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]{1,64}$"),
                min_length: Some(1),
                max_length: Some(64),
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
    attributes: &["FunctionARN", "FunctionMetadata.FunctionARN", "Stage"],
};

static FUNCTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Function.FunctionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyValueStoreAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_STORE_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["cloudfront-js-1.0", "cloudfront-js-2.0"]),
        },
    ],
    rules: &[],
};

static FUNCTION_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Function.FunctionMetadata",
    properties: &[::forma_core::schema::Property {
        name: "FunctionARN",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Function.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static KEY_VALUE_STORE_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Function.KeyValueStoreAssociation",
    properties: &[::forma_core::schema::Property {
        name: "KeyValueStoreARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
