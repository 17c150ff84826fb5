// @generated from AWS::WellArchitected::AgentContext (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WellArchitected::AgentContext` and its property types.

/// Resource schema for AWS::WellArchitected::AgentContext.
///
/// CloudFormation type `AWS::WellArchitected::AgentContext`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentContext {
    props: ::forma_core::schema::Props,
}
impl AgentContext {
    /// A new resource with its required properties: `Content`, `ContextType`, `ProfileArn`, `Title`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        context_type: impl ::forma_core::schema::EnumArg<ContextType>,
        profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, context_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, profile_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, title.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AgentContext {
    type Attributes = AgentContextAttributes;
    fn type_name(&self) -> &str {
        "AWS::WellArchitected::AgentContext"
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
/// The attributes of a `AWS::WellArchitected::AgentContext` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentContextAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentContextAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentContextAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ApplicationType`.
    pub fn application_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationType")
    }
    /// `Fn::GetAtt` `Criticality`.
    pub fn criticality(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Criticality")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastModifiedBy`.
    pub fn last_modified_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedBy")
    }
    /// `Fn::GetAtt` `LastModifiedAt`.
    pub fn last_modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedAt")
    }
}

/// The values CloudFormation documents: `APPLICATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContextType {
    /// `APPLICATION`
    Application,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContextType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "APPLICATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPLICATION"]
    }
}
impl ::std::convert::From<ContextType> for ::forma_core::Value<ContextType> {
    fn from(v: ContextType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContextType {}

/// The schema of `AWS::WellArchitected::AgentContext`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WellArchitected::AgentContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ContextType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["APPLICATION"]),
        },
        ::forma_core::schema::Property {
            name: "ProfileArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws([a-z0-9-]+)?:wellarchitected:[a-z0-9-]{6,64}:[0-9]{12}:agent-profile/[a-zA-Z0-9_-]+$",
                ),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}]+$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "Id",
        "ApplicationType",
        "Criticality",
        "CreatedBy",
        "CreatedAt",
        "LastModifiedBy",
        "LastModifiedAt",
    ],
};
