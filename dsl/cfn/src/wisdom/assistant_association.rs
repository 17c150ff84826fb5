// @generated from AWS::Wisdom::AssistantAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::AssistantAssociation` and its property types.

/// Definition of AWS::Wisdom::AssistantAssociation Resource Type
///
/// CloudFormation type `AWS::Wisdom::AssistantAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantAssociation {
    props: ::forma_core::schema::Props,
}
impl AssistantAssociation {
    /// A new resource with its required properties: `AssistantId`, `Association`, `AssociationType`.
    #[track_caller]
    pub fn new(
        assistant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        association: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        association_type: impl ::forma_core::schema::EnumArg<AssociationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, assistant_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, association.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, association_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AssistantAssociation {
    type Attributes = AssistantAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::AssistantAssociation"
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
/// The attributes of a `AWS::Wisdom::AssistantAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssistantAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssistantAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssistantAssociationAttributes {
    /// `Fn::GetAtt` `AssistantAssociationId`.
    pub fn assistant_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssistantAssociationId")
    }
    /// `Fn::GetAtt` `AssistantAssociationArn`.
    pub fn assistant_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssistantAssociationArn")
    }
    /// `Fn::GetAtt` `AssistantArn`.
    pub fn assistant_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssistantArn")
    }
}

/// The values CloudFormation documents: `KNOWLEDGE_BASE`, `EXTERNAL_BEDROCK_KNOWLEDGE_BASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociationType {
    /// `KNOWLEDGE_BASE`
    KnowledgeBase,
    /// `EXTERNAL_BEDROCK_KNOWLEDGE_BASE`
    ExternalBedrockKnowledgeBase,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssociationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KnowledgeBase => "KNOWLEDGE_BASE",
            Self::ExternalBedrockKnowledgeBase => "EXTERNAL_BEDROCK_KNOWLEDGE_BASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KNOWLEDGE_BASE", "EXTERNAL_BEDROCK_KNOWLEDGE_BASE"]
    }
}
impl ::std::convert::From<AssociationType> for ::forma_core::Value<AssociationType> {
    fn from(v: AssociationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssociationType {}

/// The `Tag` property type of `AWS::Wisdom::AssistantAssociation`.
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

/// The schema of `AWS::Wisdom::AssistantAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Wisdom::AssistantAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssistantId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Association",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AssociationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["KNOWLEDGE_BASE", "EXTERNAL_BEDROCK_KNOWLEDGE_BASE"]),
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
    attributes: &["AssistantAssociationId", "AssistantAssociationArn", "AssistantArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AssistantAssociation.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
