// @generated from AWS::SageMaker::Workforce (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Workforce` and its property types.

/// Resource Type definition for AWS::SageMaker::Workforce.
///
/// CloudFormation type `AWS::SageMaker::Workforce`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workforce {
    props: ::forma_core::schema::Props,
}
impl Workforce {
    /// A new resource with its required properties: `WorkforceName`.
    #[track_caller]
    pub fn new(workforce_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, workforce_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration of an Amazon Cognito workforce.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cognito_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CognitoConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP address type for the workforce.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of an OIDC Identity Provider (IdP) private workforce.
    #[track_caller]
    pub fn oidc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<OidcConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of IP address ranges used to access your training data.
    #[track_caller]
    pub fn source_ip_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceIpConfig>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC configuration for the workforce.
    #[track_caller]
    pub fn workforce_vpc_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkforceVpcConfigRequest>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workforce {
    type Attributes = WorkforceAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Workforce"
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
/// The attributes of a `AWS::SageMaker::Workforce` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkforceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkforceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkforceAttributes {
    /// `Fn::GetAtt` `WorkforceArn`.
    pub fn workforce_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkforceArn")
    }
    /// `Fn::GetAtt` `SubDomain`.
    pub fn sub_domain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubDomain")
    }
}

/// The values CloudFormation documents: `ipv4`, `dualstack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `dualstack`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Dualstack => "dualstack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "dualstack"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The configuration of an Amazon Cognito workforce.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoConfig {
    props: ::forma_core::schema::Props,
}
impl CognitoConfig {
    /// A new value with its required properties: `ClientId`, `UserPool`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, user_pool.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CognitoConfig> for ::forma_core::Value<CognitoConfig> {
    fn from(v: CognitoConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_CONFIG_TYPE.properties))
    }
}

/// The configuration of an OIDC Identity Provider (IdP) private workforce.
#[derive(Debug, Clone, PartialEq)]
pub struct OidcConfig {
    props: ::forma_core::schema::Props,
}
impl OidcConfig {
    /// A new value with its required properties: `AuthorizationEndpoint`, `ClientId`, `Issuer`, `JwksUri`, `LogoutEndpoint`, `TokenEndpoint`, `UserInfoEndpoint`.
    pub fn new(
        authorization_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        issuer: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        jwks_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        logout_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        token_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_info_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, authorization_endpoint.into().into_expr());
        props.set(2, client_id.into().into_expr());
        props.set(4, issuer.into().into_expr());
        props.set(5, jwks_uri.into().into_expr());
        props.set(6, logout_endpoint.into().into_expr());
        props.set(8, token_endpoint.into().into_expr());
        props.set(9, user_info_endpoint.into().into_expr());
        Self { props }
    }
    /// A string to string map of identifiers specific to the custom identity provider (IdP) being used.
    pub fn authentication_request_extra_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The OIDC IdP client secret used to configure your private workforce.
    ///
    /// Allowed: length 1 to 1024.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An array of string identifiers used to refer to the specific pieces of user data or claims that the client application wants to access.
    ///
    /// Allowed: length 0 to 500.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OidcConfig> for ::forma_core::Value<OidcConfig> {
    fn from(v: OidcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OIDC_CONFIG_TYPE.properties))
    }
}

/// A list of IP address ranges used to access your training data.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceIpConfig {
    props: ::forma_core::schema::Props,
}
impl SourceIpConfig {
    /// A new value with its required properties: `Cidrs`.
    pub fn new(cidrs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidrs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceIpConfig> for ::forma_core::Value<SourceIpConfig> {
    fn from(v: SourceIpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_IP_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Workforce`.
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

/// The VPC configuration for the workforce.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkforceVpcConfigRequest {
    props: ::forma_core::schema::Props,
}
impl WorkforceVpcConfigRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The VPC security group IDs.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The VPC subnets.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ID of the VPC.
    ///
    /// Allowed: length 0 to 32.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkforceVpcConfigRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkforceVpcConfigRequest> for ::forma_core::Value<WorkforceVpcConfigRequest> {
    fn from(v: WorkforceVpcConfigRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFORCE_VPC_CONFIG_REQUEST_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Workforce`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Workforce",
    properties: &[
        ::forma_core::schema::Property {
            name: "CognitoConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&COGNITO_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "dualstack"]),
        },
        ::forma_core::schema::Property {
            name: "OidcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OIDC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceIpConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_IP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkforceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkforceVpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFORCE_VPC_CONFIG_REQUEST_TYPE),
        },
    ],
    rules: &[],
    attributes: &["WorkforceArn", "SubDomain"],
};

static COGNITO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workforce.CognitoConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ -~]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserPool",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+_[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
    ],
    rules: &[],
};

static OIDC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workforce.OidcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationRequestExtraParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                    min_length: None,
                    max_length: Some(512),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "JwksUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogoutEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "TokenEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserInfoEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static SOURCE_IP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SageMaker::Workforce.SourceIpConfig",
properties: &[
::forma_core::schema::Property { name: "Cidrs", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\\/(3[0-2]|[1-2][0-9]|[0-9]))$)|(^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(\\/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))$)$"), min_length: Some(4), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workforce.Tag",
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

static WORKFORCE_VPC_CONFIG_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workforce.WorkforceVpcConfigRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-z]*$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]*$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[0-9a-z]*$"),
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};
