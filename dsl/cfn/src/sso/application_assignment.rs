// @generated from AWS::SSO::ApplicationAssignment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSO::ApplicationAssignment` and its property types.

/// Resource Type definition for SSO application access grant to a user or group.
///
/// CloudFormation type `AWS::SSO::ApplicationAssignment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationAssignment {
    props: ::forma_core::schema::Props,
}
impl ApplicationAssignment {
    /// A new resource with its required properties: `ApplicationArn`, `PrincipalId`, `PrincipalType`.
    #[track_caller]
    pub fn new(
        application_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal_type: impl ::forma_core::schema::EnumArg<PrincipalType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, principal_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, principal_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApplicationAssignment {
    type Attributes = ApplicationAssignmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSO::ApplicationAssignment"
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
/// The attributes of a `AWS::SSO::ApplicationAssignment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAssignmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAssignmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `USER`, `GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrincipalType {
    /// `USER`
    User,
    /// `GROUP`
    Group,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrincipalType {
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
impl ::std::convert::From<PrincipalType> for ::forma_core::Value<PrincipalType> {
    fn from(v: PrincipalType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrincipalType {}

/// The schema of `AWS::SSO::ApplicationAssignment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::SSO::ApplicationAssignment",
properties: &[
::forma_core::schema::Property { name: "ApplicationArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(-[a-z]{1,5}){0,3}:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}"), min_length: Some(10), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "PrincipalId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"), min_length: Some(1), max_length: Some(47) }) },
::forma_core::schema::Property { name: "PrincipalType", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["USER", "GROUP"]) },
],
rules: &[],
attributes: &[],
};
