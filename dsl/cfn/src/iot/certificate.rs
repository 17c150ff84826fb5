// @generated from AWS::IoT::Certificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::Certificate` and its property types.

/// Use the AWS::IoT::Certificate resource to declare an AWS IoT X.509 certificate.
///
/// CloudFormation type `AWS::IoT::Certificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new resource with its required properties: `Status`.
    #[track_caller]
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CACertificatePem`.
    ///
    /// Allowed: length 1 to 65536.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ca_certificate_pem(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CertificateMode`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_mode(mut self, value: impl ::forma_core::schema::EnumArg<CertificateMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CertificatePem`.
    ///
    /// Allowed: length 1 to 65536.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_pem(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CertificateSigningRequest`.
    ///
    /// Allowed: length 1 to 4096.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_signing_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Certificate {
    type Attributes = CertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::Certificate"
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
/// The attributes of a `AWS::IoT::Certificate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CertificateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `DEFAULT`, `SNI_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateMode {
    /// `DEFAULT`
    Default,
    /// `SNI_ONLY`
    SniOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::SniOnly => "SNI_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "SNI_ONLY"]
    }
}
impl ::std::convert::From<CertificateMode> for ::forma_core::Value<CertificateMode> {
    fn from(v: CertificateMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateMode {}

/// The values CloudFormation documents: `ACTIVE`, `INACTIVE`, `REVOKED`, `PENDING_TRANSFER`, `PENDING_ACTIVATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// `REVOKED`
    Revoked,
    /// `PENDING_TRANSFER`
    PendingTransfer,
    /// `PENDING_ACTIVATION`
    PendingActivation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Revoked => "REVOKED",
            Self::PendingTransfer => "PENDING_TRANSFER",
            Self::PendingActivation => "PENDING_ACTIVATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE", "REVOKED", "PENDING_TRANSFER", "PENDING_ACTIVATION"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The schema of `AWS::IoT::Certificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::Certificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CACertificatePem",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "CertificateMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "SNI_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "CertificatePem",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "CertificateSigningRequest",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ACTIVE",
                "INACTIVE",
                "REVOKED",
                "PENDING_TRANSFER",
                "PENDING_ACTIVATION",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};
