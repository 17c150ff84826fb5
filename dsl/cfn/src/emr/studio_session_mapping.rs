// @generated from AWS::EMR::StudioSessionMapping (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::StudioSessionMapping` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::EMR::StudioSessionMapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct StudioSessionMapping {
    props: ::forma_core::schema::Props,
}
impl StudioSessionMapping {
    /// A new resource with its required properties: `IdentityName`, `IdentityType`, `SessionPolicyArn`, `StudioId`.
    #[track_caller]
    pub fn new(
        identity_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        identity_type: impl ::forma_core::schema::EnumArg<IdentityType>,
        session_policy_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        studio_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, identity_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, session_policy_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, studio_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for StudioSessionMapping {
    type Attributes = StudioSessionMappingAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::StudioSessionMapping"
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
/// The attributes of a `AWS::EMR::StudioSessionMapping` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StudioSessionMappingAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StudioSessionMappingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `USER`, `GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityType {
    /// `USER`
    User,
    /// `GROUP`
    Group,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdentityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::Group => "GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USER", "GROUP"]
    }
}
impl ::std::convert::From<IdentityType> for ::forma_core::Value<IdentityType> {
    fn from(v: IdentityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdentityType {}

/// The schema of `AWS::EMR::StudioSessionMapping`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::StudioSessionMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentityName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["USER", "GROUP"]),
        },
        ::forma_core::schema::Property {
            name: "SessionPolicyArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:iam::([0-9]{12})?:policy\\/[^.]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StudioId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^es-[0-9A-Z]+"),
                min_length: Some(4),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
