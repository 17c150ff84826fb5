// @generated from AWS::Wisdom::ContentAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::ContentAssociation` and its property types.

/// Definition of AWS::Wisdom::ContentAssociation Resource Type
///
/// CloudFormation type `AWS::Wisdom::ContentAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentAssociation {
    props: ::forma_core::schema::Props,
}
impl ContentAssociation {
    /// A new resource with its required properties: `Association`, `AssociationType`, `ContentId`, `KnowledgeBaseId`.
    #[track_caller]
    pub fn new(
        association: impl ::std::convert::Into<::forma_core::Value<ContentAssociationContents>>,
        association_type: impl ::forma_core::schema::EnumArg<AssociationType>,
        content_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        knowledge_base_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, association.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, association_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, content_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, knowledge_base_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags used to organize, track, or control access for this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContentAssociation {
    type Attributes = ContentAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::ContentAssociation"
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
/// The attributes of a `AWS::Wisdom::ContentAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContentAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContentAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContentAssociationAttributes {
    /// `Fn::GetAtt` `ContentAssociationArn`.
    pub fn content_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContentAssociationArn")
    }
    /// `Fn::GetAtt` `ContentAssociationId`.
    pub fn content_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContentAssociationId")
    }
    /// `Fn::GetAtt` `ContentArn`.
    pub fn content_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContentArn")
    }
    /// `Fn::GetAtt` `KnowledgeBaseArn`.
    pub fn knowledge_base_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KnowledgeBaseArn")
    }
}

/// The values CloudFormation documents: `AMAZON_CONNECT_GUIDE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociationType {
    /// `AMAZON_CONNECT_GUIDE`
    AmazonConnectGuide,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssociationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonConnectGuide => "AMAZON_CONNECT_GUIDE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMAZON_CONNECT_GUIDE"]
    }
}
impl ::std::convert::From<AssociationType> for ::forma_core::Value<AssociationType> {
    fn from(v: AssociationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssociationType {}

/// The `ContentAssociationContents` property type of `AWS::Wisdom::ContentAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentAssociationContents {
    props: ::forma_core::schema::Props,
}
impl ContentAssociationContents {
    /// A new value with its required properties: `AmazonConnectGuideAssociation`.
    pub fn new(
        amazon_connect_guide_association: impl ::std::convert::Into<::forma_core::Value<AmazonConnectGuideAssociationData>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, amazon_connect_guide_association.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContentAssociationContents> for ::forma_core::Value<ContentAssociationContents> {
    fn from(v: ContentAssociationContents) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_ASSOCIATION_CONTENTS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Wisdom::ContentAssociation`.
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

/// The `AmazonConnectGuideAssociationData` property type of `AWS::Wisdom::ContentAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonConnectGuideAssociationData {
    props: ::forma_core::schema::Props,
}
impl AmazonConnectGuideAssociationData {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FlowId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn flow_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonConnectGuideAssociationData {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonConnectGuideAssociationData>
    for ::forma_core::Value<AmazonConnectGuideAssociationData>
{
    fn from(v: AmazonConnectGuideAssociationData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_CONNECT_GUIDE_ASSOCIATION_DATA_TYPE.properties))
    }
}

/// The schema of `AWS::Wisdom::ContentAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Wisdom::ContentAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Association",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_ASSOCIATION_CONTENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AssociationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AMAZON_CONNECT_GUIDE"]),
        },
        ::forma_core::schema::Property {
            name: "ContentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBaseId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ContentAssociationArn", "ContentAssociationId", "ContentArn", "KnowledgeBaseArn"],
};

static CONTENT_ASSOCIATION_CONTENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::ContentAssociation.ContentAssociationContents",
    properties: &[::forma_core::schema::Property {
        name: "AmazonConnectGuideAssociation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AMAZON_CONNECT_GUIDE_ASSOCIATION_DATA_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::ContentAssociation.Tag",
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

static AMAZON_CONNECT_GUIDE_ASSOCIATION_DATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::ContentAssociation.AmazonConnectGuideAssociationData",
        properties: &[::forma_core::schema::Property {
            name: "FlowId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z-]+?:[a-z-]+?:[a-z0-9-]*?:([0-9]{12})?:[a-zA-Z0-9-:/]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        }],
        rules: &[],
    };
