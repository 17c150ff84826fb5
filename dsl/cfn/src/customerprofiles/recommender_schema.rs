// @generated from AWS::CustomerProfiles::RecommenderSchema (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::RecommenderSchema` and its property types.

/// A recommender schema defining the set of data columns available for training recommenders and filters under an Amazon Connect Customer Profiles domain.
///
/// CloudFormation type `AWS::CustomerProfiles::RecommenderSchema`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecommenderSchema {
    props: ::forma_core::schema::Props,
}
impl RecommenderSchema {
    /// A new resource with its required properties: `DomainName`, `Fields`, `RecommenderSchemaName`.
    #[track_caller]
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        fields: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        recommender_schema_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, fields.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, recommender_schema_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RecommenderSchema {
    type Attributes = RecommenderSchemaAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::RecommenderSchema"
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
/// The attributes of a `AWS::CustomerProfiles::RecommenderSchema` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RecommenderSchemaAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RecommenderSchemaAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RecommenderSchemaAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
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

/// The `RecommenderSchemaField` property type of `AWS::CustomerProfiles::RecommenderSchema`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecommenderSchemaField {
    props: ::forma_core::schema::Props,
}
impl RecommenderSchemaField {
    /// A new value with its required properties: `TargetFieldName`.
    pub fn new(target_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, target_field_name.into().into_expr());
        Self { props }
    }
    /// `ContentType`.
    pub fn content_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `FeatureType`.
    pub fn feature_type(mut self, value: impl ::forma_core::schema::EnumArg<FeatureType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RecommenderSchemaField> for ::forma_core::Value<RecommenderSchemaField> {
    fn from(v: RecommenderSchemaField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECOMMENDER_SCHEMA_FIELD_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::CustomerProfiles::RecommenderSchema`.
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

/// The schema of `AWS::CustomerProfiles::RecommenderSchema`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::RecommenderSchema",
    properties: &[
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
            name: "Fields",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECOMMENDER_SCHEMA_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(9) },
            )),
        },
        ::forma_core::schema::Property {
            name: "RecommenderSchemaName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
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
    attributes: &["Arn", "CreatedAt", "Status"],
};

static RECOMMENDER_SCHEMA_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::RecommenderSchema.RecommenderSchemaField",
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
            name: "TargetFieldName",
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

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::RecommenderSchema.Tags",
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
