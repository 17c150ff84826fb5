// @generated from AWS::CustomerProfiles::DomainObjectType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::DomainObjectType` and its property types.

/// Resource Type definition for AWS::CustomerProfiles::DomainObjectType
///
/// CloudFormation type `AWS::CustomerProfiles::DomainObjectType`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainObjectType {
    props: ::forma_core::schema::Props,
}
impl DomainObjectType {
    /// A new resource with its required properties: `DomainName`, `Fields`, `ObjectTypeName`.
    #[track_caller]
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        fields: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        object_type_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, fields.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, object_type_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the domain object type.
    ///
    /// Allowed: length 1 to 10000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default encryption key
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn encryption_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DomainObjectType {
    type Attributes = DomainObjectTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::DomainObjectType"
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
/// The attributes of a `AWS::CustomerProfiles::DomainObjectType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainObjectTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainObjectTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainObjectTypeAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// The values CloudFormation documents: `STRING`, `NUMBER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentType {
    /// `STRING`
    String,
    /// `NUMBER`
    Number,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Number => "NUMBER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "NUMBER"]
    }
}
impl ::std::convert::From<ContentType> for ::forma_core::Value<ContentType> {
    fn from(v: ContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentType {}

/// The values CloudFormation documents: `TEXTUAL`, `CATEGORICAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureType {
    /// `TEXTUAL`
    Textual,
    /// `CATEGORICAL`
    Categorical,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FeatureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Textual => "TEXTUAL",
            Self::Categorical => "CATEGORICAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXTUAL", "CATEGORICAL"]
    }
}
impl ::std::convert::From<FeatureType> for ::forma_core::Value<FeatureType> {
    fn from(v: FeatureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FeatureType {}

/// Represents a field in a DomainObjectType.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainObjectTypeField {
    props: ::forma_core::schema::Props,
}
impl DomainObjectTypeField {
    /// A new value with its required properties: `Source`, `Target`.
    pub fn new(
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source.into().into_expr());
        props.set(3, target.into().into_expr());
        Self { props }
    }
    /// The content type of the field.
    pub fn content_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The feature type of the field.
    pub fn feature_type(mut self, value: impl ::forma_core::schema::EnumArg<FeatureType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<DomainObjectTypeField> for ::forma_core::Value<DomainObjectTypeField> {
    fn from(v: DomainObjectTypeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_OBJECT_TYPE_FIELD_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::CustomerProfiles::DomainObjectType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::DomainObjectType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &DOMAIN_OBJECT_TYPE_FIELD_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
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
    attributes: &["CreatedAt", "LastUpdatedAt"],
};

static DOMAIN_OBJECT_TYPE_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::DomainObjectType.DomainObjectTypeField",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "NUMBER"]),
        },
        ::forma_core::schema::Property {
            name: "FeatureType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TEXTUAL", "CATEGORICAL"]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::DomainObjectType.Tag",
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
