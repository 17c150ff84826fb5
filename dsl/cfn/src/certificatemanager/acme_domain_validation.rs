// @generated from AWS::CertificateManager::AcmeDomainValidation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CertificateManager::AcmeDomainValidation` and its property types.

/// Resource Type definition for AWS::CertificateManager::AcmeDomainValidation
///
/// CloudFormation type `AWS::CertificateManager::AcmeDomainValidation`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcmeDomainValidation {
    props: ::forma_core::schema::Props,
}
impl AcmeDomainValidation {
    /// A new resource with its required properties: `AcmeEndpointArn`, `DomainName`, `PrevalidationOptions`.
    #[track_caller]
    pub fn new(
        acme_endpoint_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prevalidation_options: impl ::std::convert::Into<::forma_core::Value<PrevalidationOptions>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, acme_endpoint_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, prevalidation_options.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags associated with the domain validation.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AcmeDomainValidation {
    type Attributes = AcmeDomainValidationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CertificateManager::AcmeDomainValidation"
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
/// The attributes of a `AWS::CertificateManager::AcmeDomainValidation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AcmeDomainValidationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AcmeDomainValidationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AcmeDomainValidationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Prevalidation method configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PrevalidationOptions {
    props: ::forma_core::schema::Props,
}
impl PrevalidationOptions {
    /// A new value with its required properties: `DnsPrevalidation`.
    pub fn new(dns_prevalidation: impl ::std::convert::Into<::forma_core::Value<DnsPrevalidationOptions>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dns_prevalidation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrevalidationOptions> for ::forma_core::Value<PrevalidationOptions> {
    fn from(v: PrevalidationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREVALIDATION_OPTIONS_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::CertificateManager::AcmeDomainValidation`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// DNS-based prevalidation options for the domain validation.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsPrevalidationOptions {
    props: ::forma_core::schema::Props,
}
impl DnsPrevalidationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Controls which certificate types are authorized to be issued for the domain via the ACME endpoint.
    pub fn domain_scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<DomainScope>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Route 53 hosted zone ID for automatic DNS record management.
    pub fn hosted_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DnsPrevalidationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DnsPrevalidationOptions> for ::forma_core::Value<DnsPrevalidationOptions> {
    fn from(v: DnsPrevalidationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_PREVALIDATION_OPTIONS_TYPE.properties))
    }
}

/// Controls which certificate types are authorized to be issued for the domain via the ACME endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainScope {
    props: ::forma_core::schema::Props,
}
impl DomainScope {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether certificates may be issued for the exact domain.
    pub fn exact_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether certificates may be issued for subdomains of the domain.
    pub fn subdomains(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether wildcard certificates may be issued for the domain.
    pub fn wildcards(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainScope {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainScope> for ::forma_core::Value<DomainScope> {
    fn from(v: DomainScope) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_SCOPE_TYPE.properties))
    }
}

/// The schema of `AWS::CertificateManager::AcmeDomainValidation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CertificateManager::AcmeDomainValidation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcmeEndpointArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:acme-endpoint/[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$"),
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrevalidationOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREVALIDATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static PREVALIDATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeDomainValidation.PrevalidationOptions",
    properties: &[::forma_core::schema::Property {
        name: "DnsPrevalidation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DNS_PREVALIDATION_OPTIONS_TYPE),
    }],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeDomainValidation.Tags",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DNS_PREVALIDATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeDomainValidation.DnsPrevalidationOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOMAIN_SCOPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DOMAIN_SCOPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeDomainValidation.DomainScope",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExactDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Subdomains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Wildcards",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
