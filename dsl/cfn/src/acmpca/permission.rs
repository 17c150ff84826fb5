// @generated from AWS::ACMPCA::Permission (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ACMPCA::Permission` and its property types.

/// Permission set on private certificate authority
///
/// CloudFormation type `AWS::ACMPCA::Permission`.
#[derive(Debug, Clone, PartialEq)]
pub struct Permission {
    props: ::forma_core::schema::Props,
}
impl Permission {
    /// A new resource with its required properties: `Actions`, `CertificateAuthorityArn`, `Principal`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Actions>>>,
        certificate_authority_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, certificate_authority_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, principal.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the calling account.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Permission {
    type Attributes = PermissionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ACMPCA::Permission"
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
/// The attributes of a `AWS::ACMPCA::Permission` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PermissionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PermissionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `GetCertificate`, `IssueCertificate`, `ListPermissions`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Actions {
    /// `GetCertificate`
    GetCertificate,
    /// `IssueCertificate`
    IssueCertificate,
    /// `ListPermissions`
    ListPermissions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Actions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GetCertificate => "GetCertificate",
            Self::IssueCertificate => "IssueCertificate",
            Self::ListPermissions => "ListPermissions",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GetCertificate", "IssueCertificate", "ListPermissions"]
    }
}
impl ::std::convert::From<Actions> for ::forma_core::Value<Actions> {
    fn from(v: Actions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Actions {}

/// The schema of `AWS::ACMPCA::Permission`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ACMPCA::Permission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["GetCertificate", "IssueCertificate", "ListPermissions"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CertificateAuthorityArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w+=/,.@-]+:acm-pca:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*$"),
                min_length: Some(5),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^*]+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceAccount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
