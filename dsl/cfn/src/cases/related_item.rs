// @generated from AWS::Cases::RelatedItem (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cases::RelatedItem` and its property types.

/// Resource Type definition for AWS::Cases::RelatedItem.
///
/// CloudFormation type `AWS::Cases::RelatedItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedItem {
    props: ::forma_core::schema::Props,
}
impl RelatedItem {
    /// A new resource with its required properties: `CaseId`, `Content`, `DomainId`, `Type`.
    #[track_caller]
    pub fn new(
        case_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content: impl ::std::convert::Into<::forma_core::Value<RelatedItemContent>>,
        domain_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, case_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of tags on the related item.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RelatedItem {
    type Attributes = RelatedItemAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cases::RelatedItem"
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
/// The attributes of a `AWS::Cases::RelatedItem` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RelatedItemAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RelatedItemAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RelatedItemAttributes {
    /// `Fn::GetAtt` `RelatedItemArn`.
    pub fn related_item_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RelatedItemArn")
    }
    /// `Fn::GetAtt` `RelatedItemId`.
    pub fn related_item_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RelatedItemId")
    }
}

/// The values CloudFormation documents: `Contact`, `Comment`, `File`, `Sla`, `ConnectCase`, `Custom`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `Contact`
    Contact,
    /// `Comment`
    Comment,
    /// `File`
    File,
    /// `Sla`
    Sla,
    /// `ConnectCase`
    ConnectCase,
    /// `Custom`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contact => "Contact",
            Self::Comment => "Comment",
            Self::File => "File",
            Self::Sla => "Sla",
            Self::ConnectCase => "ConnectCase",
            Self::Custom => "Custom",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Contact", "Comment", "File", "Sla", "ConnectCase", "Custom"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Represents the content of a related item.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedItemContent {
    props: ::forma_core::schema::Props,
}
impl RelatedItemContent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a comment.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<CommentContent>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RelatedItemContent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RelatedItemContent> for ::forma_core::Value<RelatedItemContent> {
    fn from(v: RelatedItemContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATED_ITEM_CONTENT_TYPE.properties))
    }
}

/// A tag associated with the resource.
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

/// The values CloudFormation documents: `Text/Plain`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentType {
    /// `Text/Plain`
    TextPlain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextPlain => "Text/Plain",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Text/Plain"]
    }
}
impl ::std::convert::From<ContentType> for ::forma_core::Value<ContentType> {
    fn from(v: ContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentType {}

/// Represents a comment.
#[derive(Debug, Clone, PartialEq)]
pub struct CommentContent {
    props: ::forma_core::schema::Props,
}
impl CommentContent {
    /// A new value with its required properties: `Body`, `ContentType`.
    pub fn new(
        body: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content_type: impl ::forma_core::schema::EnumArg<ContentType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, body.into().into_expr());
        props.set(1, content_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CommentContent> for ::forma_core::Value<CommentContent> {
    fn from(v: CommentContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMENT_CONTENT_TYPE.properties))
    }
}

/// The schema of `AWS::Cases::RelatedItem`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cases::RelatedItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaseId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RELATED_ITEM_CONTENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Contact", "Comment", "File", "Sla", "ConnectCase", "Custom"]),
        },
    ],
    rules: &[],
    attributes: &["RelatedItemArn", "RelatedItemId"],
};

static RELATED_ITEM_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::RelatedItem.RelatedItemContent",
    properties: &[::forma_core::schema::Property {
        name: "Comment",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&COMMENT_CONTENT_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::RelatedItem.Tag",
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

static COMMENT_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::RelatedItem.CommentContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(15000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Text/Plain"]),
        },
    ],
    rules: &[],
};
