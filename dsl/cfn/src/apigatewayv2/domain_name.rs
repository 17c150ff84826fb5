// @generated from AWS::ApiGatewayV2::DomainName (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::DomainName` and its property types.

/// The `AWS::ApiGatewayV2::DomainName` resource specifies a custom domain name for your API in Amazon API Gateway (API Gateway).
///
/// CloudFormation type `AWS::ApiGatewayV2::DomainName`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainName {
    props: ::forma_core::schema::Props,
}
impl DomainName {
    /// A new resource with its required properties: `DomainName`.
    #[track_caller]
    pub fn new(domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The domain name configurations.
    #[track_caller]
    pub fn domain_name_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DomainNameConfiguration>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mutual TLS authentication configuration for a custom domain name.
    #[track_caller]
    pub fn mutual_tls_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MutualTlsAuthentication>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The routing mode API Gateway uses to route traffic to your APIs.
    #[track_caller]
    pub fn routing_mode(mut self, value: impl ::forma_core::schema::EnumArg<RoutingMode>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DomainName {
    type Attributes = DomainNameAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::DomainName"
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
/// The attributes of a `AWS::ApiGatewayV2::DomainName` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainNameAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainNameAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainNameAttributes {
    /// `Fn::GetAtt` `RegionalDomainName`.
    pub fn regional_domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegionalDomainName")
    }
    /// `Fn::GetAtt` `RegionalHostedZoneId`.
    pub fn regional_hosted_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegionalHostedZoneId")
    }
    /// `Fn::GetAtt` `DomainNameArn`.
    pub fn domain_name_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainNameArn")
    }
}

/// The values CloudFormation documents: `API_MAPPING_ONLY`, `ROUTING_RULE_THEN_API_MAPPING`, `ROUTING_RULE_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingMode {
    /// `API_MAPPING_ONLY`
    ApiMappingOnly,
    /// `ROUTING_RULE_THEN_API_MAPPING`
    RoutingRuleThenApiMapping,
    /// `ROUTING_RULE_ONLY`
    RoutingRuleOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RoutingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiMappingOnly => "API_MAPPING_ONLY",
            Self::RoutingRuleThenApiMapping => "ROUTING_RULE_THEN_API_MAPPING",
            Self::RoutingRuleOnly => "ROUTING_RULE_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["API_MAPPING_ONLY", "ROUTING_RULE_THEN_API_MAPPING", "ROUTING_RULE_ONLY"]
    }
}
impl ::std::convert::From<RoutingMode> for ::forma_core::Value<RoutingMode> {
    fn from(v: RoutingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RoutingMode {}

/// The `DomainNameConfiguration` property type specifies the configuration for an API's domain name.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainNameConfiguration {
    props: ::forma_core::schema::Props,
}
impl DomainNameConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An AWS-managed certificate that will be used by the edge-optimized endpoint for this domain name.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The user-friendly name of the certificate that will be used by the edge-optimized endpoint for this domain name.
    pub fn certificate_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The endpoint type.
    pub fn endpoint_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The IP address types that can invoke the domain name.
    pub fn ip_address_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon resource name (ARN) for the public certificate issued by ACMlong.
    pub fn ownership_verification_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The Transport Layer Security (TLS) version of the security policy for this domain name.
    pub fn security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainNameConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainNameConfiguration> for ::forma_core::Value<DomainNameConfiguration> {
    fn from(v: DomainNameConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_NAME_CONFIGURATION_TYPE.properties))
    }
}

/// If specified, API Gateway performs two-way authentication between the client and the server.
#[derive(Debug, Clone, PartialEq)]
pub struct MutualTlsAuthentication {
    props: ::forma_core::schema::Props,
}
impl MutualTlsAuthentication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example, `s3://bucket-name/key-name`.
    pub fn truststore_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The version of the S3 object that contains your truststore.
    pub fn truststore_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MutualTlsAuthentication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MutualTlsAuthentication> for ::forma_core::Value<MutualTlsAuthentication> {
    fn from(v: MutualTlsAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MUTUAL_TLS_AUTHENTICATION_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGatewayV2::DomainName`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::DomainName",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainNameConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DOMAIN_NAME_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MutualTlsAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MUTUAL_TLS_AUTHENTICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoutingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "API_MAPPING_ONLY",
                "ROUTING_RULE_THEN_API_MAPPING",
                "ROUTING_RULE_ONLY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["RegionalDomainName", "RegionalHostedZoneId", "DomainNameArn"],
};

static DOMAIN_NAME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::DomainName.DomainNameConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OwnershipVerificationCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MUTUAL_TLS_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::DomainName.MutualTlsAuthentication",
    properties: &[
        ::forma_core::schema::Property {
            name: "TruststoreUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TruststoreVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
