// @generated from AWS::B2BI::Capability (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::B2BI::Capability` and its property types.

/// Definition of AWS::B2BI::Capability Resource Type
///
/// CloudFormation type `AWS::B2BI::Capability`.
#[derive(Debug, Clone, PartialEq)]
pub struct Capability {
    props: ::forma_core::schema::Props,
}
impl Capability {
    /// A new resource with its required properties: `Configuration`, `Name`, `Type`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<CapabilityType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InstructionsDocuments`.
    #[track_caller]
    pub fn instructions_documents(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3Location>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Capability {
    type Attributes = CapabilityAttributes;
    fn type_name(&self) -> &str {
        "AWS::B2BI::Capability"
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
/// The attributes of a `AWS::B2BI::Capability` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapabilityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapabilityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapabilityAttributes {
    /// `Fn::GetAtt` `CapabilityArn`.
    pub fn capability_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CapabilityArn")
    }
    /// `Fn::GetAtt` `CapabilityId`.
    pub fn capability_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CapabilityId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
}

/// The values CloudFormation documents: `edi`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapabilityType {
    /// `edi`
    Edi,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapabilityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Edi => "edi",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["edi"]
    }
}
impl ::std::convert::From<CapabilityType> for ::forma_core::Value<CapabilityType> {
    fn from(v: CapabilityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapabilityType {}

/// The `S3Location` property type of `AWS::B2BI::Capability`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketName`.
    ///
    /// Allowed: length 3 to 63.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Key`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Location {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::B2BI::Capability`.
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

/// The schema of `AWS::B2BI::Capability`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::B2BI::Capability",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "InstructionsDocuments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(254),
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
            shape: ::forma_core::schema::Shape::Enum(&["edi"]),
        },
    ],
    rules: &[],
    attributes: &["CapabilityArn", "CapabilityId", "CreatedAt", "ModifiedAt"],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Capability.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Capability.Tag",
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
