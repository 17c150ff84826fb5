// @generated from AWS::Cognito::UserPoolDomain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolDomain` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolDomain
///
/// CloudFormation type `AWS::Cognito::UserPoolDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolDomain {
    props: ::forma_core::schema::Props,
}
impl UserPoolDomain {
    /// A new resource with its required properties: `Domain`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, domain.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CustomDomainConfig`.
    #[track_caller]
    pub fn custom_domain_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomDomainConfigType>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ManagedLoginVersion`.
    #[track_caller]
    pub fn managed_login_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Routing`.
    #[track_caller]
    pub fn routing(mut self, value: impl ::std::convert::Into<::forma_core::Value<RoutingType>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolDomain {
    type Attributes = UserPoolDomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolDomain"
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
/// The attributes of a `AWS::Cognito::UserPoolDomain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolDomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolDomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserPoolDomainAttributes {
    /// `Fn::GetAtt` `CloudFrontDistribution`.
    pub fn cloud_front_distribution(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudFrontDistribution")
    }
}

/// The values CloudFormation documents: `TLS_V1`, `TLS_V1_2_2021`, `TLS_V1_3_2025`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityPolicy {
    /// `TLS_V1`
    TlsV1,
    /// `TLS_V1_2_2021`
    TlsV122021,
    /// `TLS_V1_3_2025`
    TlsV132025,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecurityPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TlsV1 => "TLS_V1",
            Self::TlsV122021 => "TLS_V1_2_2021",
            Self::TlsV132025 => "TLS_V1_3_2025",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"]
    }
}
impl ::std::convert::From<SecurityPolicy> for ::forma_core::Value<SecurityPolicy> {
    fn from(v: SecurityPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecurityPolicy {}

/// The `CustomDomainConfigType` property type of `AWS::Cognito::UserPoolDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomDomainConfigType {
    props: ::forma_core::schema::Props,
}
impl CustomDomainConfigType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecurityPolicy`.
    pub fn security_policy(mut self, value: impl ::forma_core::schema::EnumArg<SecurityPolicy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CustomDomainConfigType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomDomainConfigType> for ::forma_core::Value<CustomDomainConfigType> {
    fn from(v: CustomDomainConfigType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_DOMAIN_CONFIG_TYPE_TYPE.properties))
    }
}

/// The `RoutingType` property type of `AWS::Cognito::UserPoolDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingType {
    props: ::forma_core::schema::Props,
}
impl RoutingType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Failover`.
    pub fn failover(mut self, value: impl ::std::convert::Into<::forma_core::Value<FailoverType>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RoutingType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RoutingType> for ::forma_core::Value<RoutingType> {
    fn from(v: RoutingType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_TYPE_TYPE.properties))
    }
}

/// The `FailoverType` property type of `AWS::Cognito::UserPoolDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverType {
    props: ::forma_core::schema::Props,
}
impl FailoverType {
    /// A new value with its required properties: `PrimaryRoute53HealthCheckId`, `SecondaryRegion`.
    pub fn new(
        primary_route53_health_check_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secondary_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, primary_route53_health_check_id.into().into_expr());
        props.set(1, secondary_region.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FailoverType> for ::forma_core::Value<FailoverType> {
    fn from(v: FailoverType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::UserPoolDomain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolDomain",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomDomainConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_DOMAIN_CONFIG_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManagedLoginVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Routing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+_[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
    ],
    rules: &[],
    attributes: &["CloudFrontDistribution"],
};

static CUSTOM_DOMAIN_CONFIG_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPoolDomain.CustomDomainConfigType",
properties: &[
::forma_core::schema::Property { name: "CertificateArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecurityPolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"]) },
],
rules: &[],
};

static ROUTING_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolDomain.RoutingType",
    properties: &[::forma_core::schema::Property {
        name: "Failover",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FAILOVER_TYPE_TYPE),
    }],
    rules: &[],
};

static FAILOVER_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolDomain.FailoverType",
    properties: &[
        ::forma_core::schema::Property {
            name: "PrimaryRoute53HealthCheckId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};
