// @generated from AWS::BedrockAgentCore::PaymentManager (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::PaymentManager` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::PaymentManager
///
/// CloudFormation type `AWS::BedrockAgentCore::PaymentManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentManager {
    props: ::forma_core::schema::Props,
}
impl PaymentManager {
    /// A new resource with its required properties: `AuthorizerType`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        authorizer_type: impl ::forma_core::schema::EnumArg<PaymentsAuthorizerType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, authorizer_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AuthorizerConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn authorizer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizerConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the payment manager
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the payment manager
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PaymentManager {
    type Attributes = PaymentManagerAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::PaymentManager"
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
/// The attributes of a `AWS::BedrockAgentCore::PaymentManager` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PaymentManagerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PaymentManagerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PaymentManagerAttributes {
    /// `Fn::GetAtt` `PaymentManagerArn`.
    pub fn payment_manager_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PaymentManagerArn")
    }
    /// `Fn::GetAtt` `PaymentManagerId`.
    pub fn payment_manager_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PaymentManagerId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `WorkloadIdentityDetails`.
    pub fn workload_identity_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "WorkloadIdentityDetails")
    }
}

/// The values CloudFormation documents: `CUSTOM_JWT`, `AWS_IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentsAuthorizerType {
    /// `CUSTOM_JWT`
    CustomJwt,
    /// `AWS_IAM`
    AwsIam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PaymentsAuthorizerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomJwt => "CUSTOM_JWT",
            Self::AwsIam => "AWS_IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM_JWT", "AWS_IAM"]
    }
}
impl ::std::convert::From<PaymentsAuthorizerType> for ::forma_core::Value<PaymentsAuthorizerType> {
    fn from(v: PaymentsAuthorizerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PaymentsAuthorizerType {}

/// The `AuthorizerConfiguration` property type of `AWS::BedrockAgentCore::PaymentManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthorizerConfiguration {
    /// A new value with its required properties: `CustomJWTAuthorizer`.
    pub fn new(
        custom_jwt_authorizer: impl ::std::convert::Into<::forma_core::Value<CustomJwtAuthorizerConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_jwt_authorizer.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthorizerConfiguration> for ::forma_core::Value<AuthorizerConfiguration> {
    fn from(v: AuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::PaymentManager`.
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

/// The `CustomJWTAuthorizerConfiguration` property type of `AWS::BedrockAgentCore::PaymentManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomJwtAuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomJwtAuthorizerConfiguration {
    /// A new value with its required properties: `DiscoveryUrl`.
    pub fn new(discovery_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, discovery_url.into().into_expr());
        Self { props }
    }
    /// `AllowedAudience`.
    pub fn allowed_audience(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AllowedClients`.
    pub fn allowed_clients(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AllowedScopes`.
    pub fn allowed_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomClaims`.
    pub fn custom_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomClaimValidationType>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomJwtAuthorizerConfiguration> for ::forma_core::Value<CustomJwtAuthorizerConfiguration> {
    fn from(v: CustomJwtAuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `STRING_ARRAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InboundTokenClaimValueType {
    /// `STRING`
    String,
    /// `STRING_ARRAY`
    StringArray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InboundTokenClaimValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::StringArray => "STRING_ARRAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "STRING_ARRAY"]
    }
}
impl ::std::convert::From<InboundTokenClaimValueType> for ::forma_core::Value<InboundTokenClaimValueType> {
    fn from(v: InboundTokenClaimValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InboundTokenClaimValueType {}

/// The `CustomClaimValidationType` property type of `AWS::BedrockAgentCore::PaymentManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomClaimValidationType {
    props: ::forma_core::schema::Props,
}
impl CustomClaimValidationType {
    /// A new value with its required properties: `AuthorizingClaimMatchValue`, `InboundTokenClaimName`, `InboundTokenClaimValueType`.
    pub fn new(
        authorizing_claim_match_value: impl ::std::convert::Into<::forma_core::Value<AuthorizingClaimMatchValueType>>,
        inbound_token_claim_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        inbound_token_claim_value_type: impl ::forma_core::schema::EnumArg<InboundTokenClaimValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorizing_claim_match_value.into().into_expr());
        props.set(1, inbound_token_claim_name.into().into_expr());
        props.set(2, inbound_token_claim_value_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomClaimValidationType> for ::forma_core::Value<CustomClaimValidationType> {
    fn from(v: CustomClaimValidationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CLAIM_VALIDATION_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `CONTAINS`, `CONTAINS_ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClaimMatchOperator {
    /// `EQUALS`
    Equals,
    /// `CONTAINS`
    Contains,
    /// `CONTAINS_ANY`
    ContainsAny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClaimMatchOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Contains => "CONTAINS",
            Self::ContainsAny => "CONTAINS_ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "CONTAINS", "CONTAINS_ANY"]
    }
}
impl ::std::convert::From<ClaimMatchOperator> for ::forma_core::Value<ClaimMatchOperator> {
    fn from(v: ClaimMatchOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClaimMatchOperator {}

/// The `AuthorizingClaimMatchValueType` property type of `AWS::BedrockAgentCore::PaymentManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizingClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl AuthorizingClaimMatchValueType {
    /// A new value with its required properties: `ClaimMatchOperator`, `ClaimMatchValue`.
    pub fn new(
        claim_match_operator: impl ::forma_core::schema::EnumArg<ClaimMatchOperator>,
        claim_match_value: impl ::std::convert::Into<::forma_core::Value<ClaimMatchValueType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, claim_match_operator.into_enum_expr());
        props.set(1, claim_match_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthorizingClaimMatchValueType> for ::forma_core::Value<AuthorizingClaimMatchValueType> {
    fn from(v: AuthorizingClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The `ClaimMatchValueType` property type of `AWS::BedrockAgentCore::PaymentManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl ClaimMatchValueType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MatchValueString`.
    ///
    /// Allowed: length 1 to 255.
    pub fn match_value_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MatchValueStringList`.
    pub fn match_value_string_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClaimMatchValueType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClaimMatchValueType> for ::forma_core::Value<ClaimMatchValueType> {
    fn from(v: ClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::PaymentManager`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::PaymentManager",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizerConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM_JWT", "AWS_IAM"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s]+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "PaymentManagerArn",
        "PaymentManagerId",
        "CreatedAt",
        "LastUpdatedAt",
        "Status",
        "WorkloadIdentityDetails",
    ],
};

static AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentManager.AuthorizerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CustomJWTAuthorizer",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentManager.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::PaymentManager.CustomJWTAuthorizerConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllowedAudience",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedClients",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedScopes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"),
                        min_length: Some(1),
                        max_length: Some(255),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "CustomClaims",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CUSTOM_CLAIM_VALIDATION_TYPE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DiscoveryUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.+/\\.well-known/openid-configuration$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };

static CUSTOM_CLAIM_VALIDATION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentManager.CustomClaimValidationType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizingClaimMatchValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.:/-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRING_ARRAY"]),
        },
    ],
    rules: &[],
};

static AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::PaymentManager.AuthorizingClaimMatchValueType",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClaimMatchOperator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "CONTAINS", "CONTAINS_ANY"]),
            },
            ::forma_core::schema::Property {
                name: "ClaimMatchValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLAIM_MATCH_VALUE_TYPE_TYPE),
            },
        ],
        rules: &[],
    };

static CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentManager.ClaimMatchValueType",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchValueString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchValueStringList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9_.-]+$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
