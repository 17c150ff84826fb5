// @generated from AWS::DataZone::GroupProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::GroupProfile` and its property types.

/// Group profiles represent groups of Amazon DataZone users.
///
/// CloudFormation type `AWS::DataZone::GroupProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupProfile {
    props: ::forma_core::schema::Props,
}
impl GroupProfile {
    /// A new resource with its required properties: `DomainIdentifier`.
    #[track_caller]
    pub fn new(domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn group_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the group.
    #[track_caller]
    pub fn group_type(mut self, value: impl ::forma_core::schema::EnumArg<GroupType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the role principal for the group profile.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn role_principal_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the group profile.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<GroupProfileStatus>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GroupProfile {
    type Attributes = GroupProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::GroupProfile"
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
/// The attributes of a `AWS::DataZone::GroupProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupProfileAttributes {
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `GroupName`.
    pub fn group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupName")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `RolePrincipalId`.
    pub fn role_principal_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RolePrincipalId")
    }
}

/// The values CloudFormation documents: `DATAZONE_SSO_GROUP`, `IAM_ROLE_SESSION_GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupType {
    /// `DATAZONE_SSO_GROUP`
    DatazoneSsoGroup,
    /// `IAM_ROLE_SESSION_GROUP`
    IamRoleSessionGroup,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GroupType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DatazoneSsoGroup => "DATAZONE_SSO_GROUP",
            Self::IamRoleSessionGroup => "IAM_ROLE_SESSION_GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DATAZONE_SSO_GROUP", "IAM_ROLE_SESSION_GROUP"]
    }
}
impl ::std::convert::From<GroupType> for ::forma_core::Value<GroupType> {
    fn from(v: GroupType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GroupType {}

/// The values CloudFormation documents: `ASSIGNED`, `NOT_ASSIGNED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupProfileStatus {
    /// `ASSIGNED`
    Assigned,
    /// `NOT_ASSIGNED`
    NotAssigned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GroupProfileStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assigned => "ASSIGNED",
            Self::NotAssigned => "NOT_ASSIGNED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASSIGNED", "NOT_ASSIGNED"]
    }
}
impl ::std::convert::From<GroupProfileStatus> for ::forma_core::Value<GroupProfileStatus> {
    fn from(v: GroupProfileStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GroupProfileStatus {}

/// The schema of `AWS::DataZone::GroupProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataZone::GroupProfile",
properties: &[
::forma_core::schema::Property { name: "DomainIdentifier", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "GroupIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$|[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r  ]+)"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "GroupType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DATAZONE_SSO_GROUP", "IAM_ROLE_SESSION_GROUP"]) },
::forma_core::schema::Property { name: "RolePrincipalArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ASSIGNED", "NOT_ASSIGNED"]) },
],
rules: &[],
attributes: &["DomainId", "GroupName", "Id", "RolePrincipalId"],
};
