// @generated from AWS::QBusiness::Retriever (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::Retriever` and its property types.

/// Definition of AWS::QBusiness::Retriever Resource Type
///
/// CloudFormation type `AWS::QBusiness::Retriever`.
#[derive(Debug, Clone, PartialEq)]
pub struct Retriever {
    props: ::forma_core::schema::Props,
}
impl Retriever {
    /// A new resource with its required properties: `ApplicationId`, `Configuration`, `DisplayName`, `Type`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<RetrieverType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 0 to 1284.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Retriever {
    type Attributes = RetrieverAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::Retriever"
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
/// The attributes of a `AWS::QBusiness::Retriever` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RetrieverAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RetrieverAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RetrieverAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `RetrieverArn`.
    pub fn retriever_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RetrieverArn")
    }
    /// `Fn::GetAtt` `RetrieverId`.
    pub fn retriever_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RetrieverId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `NATIVE_INDEX`, `KENDRA_INDEX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetrieverType {
    /// `NATIVE_INDEX`
    NativeIndex,
    /// `KENDRA_INDEX`
    KendraIndex,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetrieverType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NativeIndex => "NATIVE_INDEX",
            Self::KendraIndex => "KENDRA_INDEX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NATIVE_INDEX", "KENDRA_INDEX"]
    }
}
impl ::std::convert::From<RetrieverType> for ::forma_core::Value<RetrieverType> {
    fn from(v: RetrieverType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetrieverType {}

/// The `Tag` property type of `AWS::QBusiness::Retriever`.
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

/// The schema of `AWS::QBusiness::Retriever`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::Retriever",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["NATIVE_INDEX", "KENDRA_INDEX"]),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "RetrieverArn", "RetrieverId", "Status", "UpdatedAt"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Retriever.Tag",
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
