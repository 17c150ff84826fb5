// @generated from AWS::CertificateManager::Certificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CertificateManager::Certificate` and its property types.

/// Resource Type definition for AWS::CertificateManager::Certificate
///
/// CloudFormation type `AWS::CertificateManager::Certificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new resource with its required properties: `DomainName`.
    #[track_caller]
    pub fn new(domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, domain_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the private certificate authority (CA) that will be used to issue the certificate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_authority_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the certificate can be exported.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_export(mut self, value: impl ::forma_core::schema::EnumArg<CertificateExport>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// You can opt out of certificate transparency logging by specifying the DISABLED option.
    #[track_caller]
    pub fn certificate_transparency_logging_preference(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CertificateTransparencyLoggingPreference>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Domain information that domain name registrars use to verify your identity.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_validation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DomainValidationOption>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Id`.
    #[track_caller]
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the algorithm of the public and private key pair that your certificate uses to encrypt data.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key_algorithm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional FQDNs to be included in the Subject Alternative Name extension of the ACM certificate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subject_alternative_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can identify the certificate.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The method you want to use to validate that you own or control the domain associated with a public certificate.
    #[track_caller]
    pub fn validation_method(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Certificate {
    type Attributes = CertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::CertificateManager::Certificate"
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
/// The attributes of a `AWS::CertificateManager::Certificate` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `CertificateArn`.
    pub fn certificate_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateArn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateExport {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateExport {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<CertificateExport> for ::forma_core::Value<CertificateExport> {
    fn from(v: CertificateExport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateExport {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateTransparencyLoggingPreference {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateTransparencyLoggingPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<CertificateTransparencyLoggingPreference>
    for ::forma_core::Value<CertificateTransparencyLoggingPreference>
{
    fn from(v: CertificateTransparencyLoggingPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateTransparencyLoggingPreference {}

/// The `DomainValidationOption` property type of `AWS::CertificateManager::Certificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainValidationOption {
    props: ::forma_core::schema::Props,
}
impl DomainValidationOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DomainName`.
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HostedZoneId`.
    pub fn hosted_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ValidationDomain`.
    pub fn validation_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainValidationOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainValidationOption> for ::forma_core::Value<DomainValidationOption> {
    fn from(v: DomainValidationOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_VALIDATION_OPTION_TYPE.properties))
    }
}

/// A tag is a key-value pair that is used to manage the resource.
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

/// The schema of `AWS::CertificateManager::Certificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CertificateManager::Certificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateAuthorityArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateExport",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "CertificateTransparencyLoggingPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainValidationOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DOMAIN_VALIDATION_OPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "KeyAlgorithm",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubjectAlternativeNames",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ValidationMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["CertificateArn"],
};

static DOMAIN_VALIDATION_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::Certificate.DomainValidationOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValidationDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::Certificate.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
