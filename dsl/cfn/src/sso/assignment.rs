// @generated from AWS::SSO::Assignment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSO::Assignment` and its property types.

/// Resource Type definition for SSO assignmet
///
/// CloudFormation type `AWS::SSO::Assignment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    props: ::forma_core::schema::Props,
}
impl Assignment {
    /// A new resource with its required properties: `InstanceArn`, `PermissionSetArn`, `PrincipalId`, `PrincipalType`, `TargetId`, `TargetType`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        permission_set_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal_type: impl ::forma_core::schema::EnumArg<PrincipalType>,
        target_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_type: impl ::forma_core::schema::EnumArg<TargetType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, permission_set_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, principal_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, principal_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, target_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, target_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Assignment {
    type Attributes = AssignmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSO::Assignment"
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
/// The attributes of a `AWS::SSO::Assignment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssignmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssignmentAttributes {
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

/// The values CloudFormation documents: `AWS_ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `AWS_ACCOUNT`
    AwsAccount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsAccount => "AWS_ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_ACCOUNT"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// The schema of `AWS::SSO::Assignment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSO::Assignment",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "PermissionSetArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}",
                ),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrincipalId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$",
                ),
                min_length: Some(1),
                max_length: Some(47),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrincipalType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["USER", "GROUP"]),
        },
        ::forma_core::schema::Property {
            name: "TargetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\d{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_ACCOUNT"]),
        },
    ],
    rules: &[],
    attributes: &[],
};
