// @generated from AWS::BedrockAgentCore::ConsentPortal (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::ConsentPortal` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::ConsentPortal
///
/// CloudFormation type `AWS::BedrockAgentCore::ConsentPortal`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentPortal {
    props: ::forma_core::schema::Props,
}
impl ConsentPortal {
    /// A new resource with its required properties: `ExecutionRoleArn`, `IdpConfig`, `Name`, `Sources`.
    #[track_caller]
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        idp_config: impl ::std::convert::Into<::forma_core::Value<IdpConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConsentPortalSource>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, idp_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, sources.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the consent portal
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConsentPortal {
    type Attributes = ConsentPortalAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::ConsentPortal"
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
/// The attributes of a `AWS::BedrockAgentCore::ConsentPortal` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConsentPortalAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConsentPortalAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConsentPortalAttributes {
    /// `Fn::GetAtt` `ConsentPortalId`.
    pub fn consent_portal_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConsentPortalId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `PortalUrl`.
    pub fn portal_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalUrl")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `ConsentPortalArn`.
    pub fn consent_portal_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConsentPortalArn")
    }
}

/// The `IdpConfig` property type of `AWS::BedrockAgentCore::ConsentPortal`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdpConfig {
    props: ::forma_core::schema::Props,
}
impl IdpConfig {
    /// A new value with its required properties: `CredentialProviderArn`, `Scopes`.
    pub fn new(
        credential_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scopes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, credential_provider_arn.into().into_expr());
        props.set(2, scopes.into().into_expr());
        Self { props }
    }
    /// `Audience`.
    pub fn audience(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdpConfig> for ::forma_core::Value<IdpConfig> {
    fn from(v: IdpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDP_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `agentcore-gateway`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `agentcore-gateway`
    AgentcoreGateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentcoreGateway => "agentcore-gateway",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["agentcore-gateway"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `ConsentPortalSource` property type of `AWS::BedrockAgentCore::ConsentPortal`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentPortalSource {
    props: ::forma_core::schema::Props,
}
impl ConsentPortalSource {
    /// A new value with its required properties: `Identifier`, `Type`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConsentPortalSource> for ::forma_core::Value<ConsentPortalSource> {
    fn from(v: ConsentPortalSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSENT_PORTAL_SOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::ConsentPortal`.
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

/// The schema of `AWS::BedrockAgentCore::ConsentPortal`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::ConsentPortal",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z-]+)?:iam::[0-9]{12}:role/[a-zA-Z0-9+=,.@\\-_/]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IdpConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,50}$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONSENT_PORTAL_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
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
    attributes: &["ConsentPortalId", "CreatedAt", "PortalUrl", "Status", "UpdatedAt", "ConsentPortalArn"],
};

static IDP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::ConsentPortal.IdpConfig",
properties: &[
::forma_core::schema::Property { name: "Audience", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "CredentialProviderArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):bedrock-agentcore:[a-z0-9-]{1,32}:[0-9]{12}:token-vault/[a-zA-Z0-9_-]{1,64}/oauth2credentialprovider/[a-zA-Z0-9_-]{1,128}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Scopes", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
],
rules: &[],
};

static CONSENT_PORTAL_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::ConsentPortal.ConsentPortalSource",
properties: &[
::forma_core::schema::Property { name: "Identifier", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$|^arn:aws(-[a-z-]+)?:bedrock-agentcore:[a-z0-9-]{1,20}:[0-9]{12}:gateway/([0-9a-z][-]?){1,48}-[a-z0-9]{10}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["agentcore-gateway"]) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::ConsentPortal.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
