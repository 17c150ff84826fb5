// @generated from AWS::Connect::UseCase (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::UseCase` and its property types.

/// Resource Type definition for a use case associated with an Amazon Connect integration association.
///
/// CloudFormation type `AWS::Connect::UseCase`.
#[derive(Debug, Clone, PartialEq)]
pub struct UseCase {
    props: ::forma_core::schema::Props,
}
impl UseCase {
    /// A new resource with its required properties: `InstanceId`, `IntegrationAssociationId`, `UseCaseType`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        integration_association_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        use_case_type: impl ::forma_core::schema::EnumArg<UseCaseType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, integration_association_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, use_case_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UseCase {
    type Attributes = UseCaseAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::UseCase"
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
/// The attributes of a `AWS::Connect::UseCase` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UseCaseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UseCaseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UseCaseAttributes {
    /// `Fn::GetAtt` `UseCaseArn`.
    pub fn use_case_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UseCaseArn")
    }
    /// `Fn::GetAtt` `UseCaseId`.
    pub fn use_case_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UseCaseId")
    }
}

/// The values CloudFormation documents: `RULES_EVALUATION`, `CONNECT_CAMPAIGNS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UseCaseType {
    /// `RULES_EVALUATION`
    RulesEvaluation,
    /// `CONNECT_CAMPAIGNS`
    ConnectCampaigns,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UseCaseType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RulesEvaluation => "RULES_EVALUATION",
            Self::ConnectCampaigns => "CONNECT_CAMPAIGNS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RULES_EVALUATION", "CONNECT_CAMPAIGNS"]
    }
}
impl ::std::convert::From<UseCaseType> for ::forma_core::Value<UseCaseType> {
    fn from(v: UseCaseType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UseCaseType {}

/// The `Tag` property type of `AWS::Connect::UseCase`.
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

/// The schema of `AWS::Connect::UseCase`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::UseCase",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegrationAssociationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
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
            name: "UseCaseType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["RULES_EVALUATION", "CONNECT_CAMPAIGNS"]),
        },
    ],
    rules: &[],
    attributes: &["UseCaseArn", "UseCaseId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::UseCase.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
