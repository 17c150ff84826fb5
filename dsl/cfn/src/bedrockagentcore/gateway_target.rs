// @generated from AWS::BedrockAgentCore::GatewayTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::GatewayTarget` and its property types.

/// Definition of AWS::BedrockAgentCore::GatewayTarget Resource Type
///
/// CloudFormation type `AWS::BedrockAgentCore::GatewayTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayTarget {
    props: ::forma_core::schema::Props,
}
impl GatewayTarget {
    /// A new resource with its required properties: `TargetConfiguration`.
    #[track_caller]
    pub fn new(target_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, target_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CredentialProviderConfigurations`.
    #[track_caller]
    pub fn credential_provider_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CredentialProviderConfiguration>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GatewayIdentifier`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn gateway_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetadataConfiguration`.
    #[track_caller]
    pub fn metadata_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrivateEndpoint`.
    #[track_caller]
    pub fn private_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GatewayTarget {
    type Attributes = GatewayTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::GatewayTarget"
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
/// The attributes of a `AWS::BedrockAgentCore::GatewayTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayTargetAttributes {
    /// `Fn::GetAtt` `AuthorizationData`.
    pub fn authorization_data(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AuthorizationData")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `GatewayArn`.
    pub fn gateway_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayArn")
    }
    /// `Fn::GetAtt` `LastSynchronizedAt`.
    pub fn last_synchronized_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastSynchronizedAt")
    }
    /// `Fn::GetAtt` `PrivateEndpointManagedResources`.
    pub fn private_endpoint_managed_resources(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PrivateEndpointManagedResources")
    }
    /// `Fn::GetAtt` `ProtocolType`.
    pub fn protocol_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProtocolType")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReasons`.
    pub fn status_reasons(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "StatusReasons")
    }
    /// `Fn::GetAtt` `TargetId`.
    pub fn target_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetId")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `GATEWAY_IAM_ROLE`, `OAUTH`, `API_KEY`, `CALLER_IAM_CREDENTIALS`, `JWT_PASSTHROUGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialProviderType {
    /// `GATEWAY_IAM_ROLE`
    GatewayIamRole,
    /// `OAUTH`
    Oauth,
    /// `API_KEY`
    ApiKey,
    /// `CALLER_IAM_CREDENTIALS`
    CallerIamCredentials,
    /// `JWT_PASSTHROUGH`
    JwtPassthrough,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CredentialProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GatewayIamRole => "GATEWAY_IAM_ROLE",
            Self::Oauth => "OAUTH",
            Self::ApiKey => "API_KEY",
            Self::CallerIamCredentials => "CALLER_IAM_CREDENTIALS",
            Self::JwtPassthrough => "JWT_PASSTHROUGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GATEWAY_IAM_ROLE", "OAUTH", "API_KEY", "CALLER_IAM_CREDENTIALS", "JWT_PASSTHROUGH"]
    }
}
impl ::std::convert::From<CredentialProviderType> for ::forma_core::Value<CredentialProviderType> {
    fn from(v: CredentialProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CredentialProviderType {}

/// The `CredentialProviderConfiguration` property type of `AWS::BedrockAgentCore::GatewayTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl CredentialProviderConfiguration {
    /// A new value with its required properties: `CredentialProviderType`.
    pub fn new(credential_provider_type: impl ::forma_core::schema::EnumArg<CredentialProviderType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, credential_provider_type.into_enum_expr());
        Self { props }
    }
    /// `CredentialProvider`.
    pub fn credential_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CredentialProviderConfiguration> for ::forma_core::Value<CredentialProviderConfiguration> {
    fn from(v: CredentialProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDENTIAL_PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// The `MetadataConfiguration` property type of `AWS::BedrockAgentCore::GatewayTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetadataConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedQueryParameters`.
    pub fn allowed_query_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AllowedRequestHeaders`.
    pub fn allowed_request_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AllowedResponseHeaders`.
    pub fn allowed_response_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetadataConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataConfiguration> for ::forma_core::Value<MetadataConfiguration> {
    fn from(v: MetadataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::GatewayTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::GatewayTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialProviderConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CREDENTIAL_PROVIDER_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "GatewayIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetadataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivateEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TargetConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[
        "AuthorizationData",
        "CreatedAt",
        "GatewayArn",
        "LastSynchronizedAt",
        "PrivateEndpointManagedResources",
        "ProtocolType",
        "Status",
        "StatusReasons",
        "TargetId",
        "UpdatedAt",
    ],
};

static CREDENTIAL_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::GatewayTarget.CredentialProviderConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CredentialProvider",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "CredentialProviderType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "GATEWAY_IAM_ROLE",
                    "OAUTH",
                    "API_KEY",
                    "CALLER_IAM_CREDENTIALS",
                    "JWT_PASSTHROUGH",
                ]),
            },
        ],
        rules: &[],
    };

static METADATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::GatewayTarget.MetadataConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedQueryParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(40),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedRequestHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedResponseHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};
