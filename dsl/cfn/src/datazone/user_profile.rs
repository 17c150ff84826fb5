// @generated from AWS::DataZone::UserProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::UserProfile` and its property types.

/// A user profile represents Amazon DataZone users.
///
/// CloudFormation type `AWS::DataZone::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserProfile {
    props: ::forma_core::schema::Props,
}
impl UserProfile {
    /// A new resource with its required properties: `DomainIdentifier`, `UserIdentifier`.
    #[track_caller]
    pub fn new(
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, user_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The session name of the user profile.
    ///
    /// Allowed: length 2 to 64.
    #[track_caller]
    pub fn session_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the user profile.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<UserProfileStatus>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the user.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_type(mut self, value: impl ::forma_core::schema::EnumArg<UserType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserProfile {
    type Attributes = UserProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::UserProfile"
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
/// The attributes of a `AWS::DataZone::UserProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserProfileAttributes {
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Details`.
    pub fn details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Details")
    }
}

/// The values CloudFormation documents: `ASSIGNED`, `NOT_ASSIGNED`, `ACTIVATED`, `DEACTIVATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserProfileStatus {
    /// `ASSIGNED`
    Assigned,
    /// `NOT_ASSIGNED`
    NotAssigned,
    /// `ACTIVATED`
    Activated,
    /// `DEACTIVATED`
    Deactivated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserProfileStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assigned => "ASSIGNED",
            Self::NotAssigned => "NOT_ASSIGNED",
            Self::Activated => "ACTIVATED",
            Self::Deactivated => "DEACTIVATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASSIGNED", "NOT_ASSIGNED", "ACTIVATED", "DEACTIVATED"]
    }
}
impl ::std::convert::From<UserProfileStatus> for ::forma_core::Value<UserProfileStatus> {
    fn from(v: UserProfileStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserProfileStatus {}

/// The values CloudFormation documents: `IAM_USER`, `IAM_ROLE`, `SSO_USER`, `IAM_ROLE_SESSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserType {
    /// `IAM_USER`
    IamUser,
    /// `IAM_ROLE`
    IamRole,
    /// `SSO_USER`
    SsoUser,
    /// `IAM_ROLE_SESSION`
    IamRoleSession,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IamUser => "IAM_USER",
            Self::IamRole => "IAM_ROLE",
            Self::SsoUser => "SSO_USER",
            Self::IamRoleSession => "IAM_ROLE_SESSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM_USER", "IAM_ROLE", "SSO_USER", "IAM_ROLE_SESSION"]
    }
}
impl ::std::convert::From<UserType> for ::forma_core::Value<UserType> {
    fn from(v: UserType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserType {}

/// The schema of `AWS::DataZone::UserProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataZone::UserProfile",
properties: &[
::forma_core::schema::Property { name: "DomainIdentifier", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SessionName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(2), max_length: Some(64) }) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ASSIGNED", "NOT_ASSIGNED", "ACTIVATED", "DEACTIVATED"]) },
::forma_core::schema::Property { name: "UserIdentifier", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$|^[a-zA-Z_0-9+=,.@-]+$|^arn:aws:iam::\\d{12}:.+$)"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "UserType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["IAM_USER", "IAM_ROLE", "SSO_USER", "IAM_ROLE_SESSION"]) },
],
rules: &[],
attributes: &["DomainId", "Type", "Id", "Details"],
};
