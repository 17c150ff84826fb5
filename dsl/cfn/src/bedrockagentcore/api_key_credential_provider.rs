// @generated from AWS::BedrockAgentCore::ApiKeyCredentialProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::ApiKeyCredentialProvider` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::ApiKeyCredentialProvider
///
/// CloudFormation type `AWS::BedrockAgentCore::ApiKeyCredentialProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyCredentialProvider {
    props: ::forma_core::schema::Props,
}
impl ApiKeyCredentialProvider {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The API key to use for authentication
    ///
    /// Allowed: length 1 to 65536.
    #[track_caller]
    pub fn api_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for a customer-provided secret containing the API key
    #[track_caller]
    pub fn api_key_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source of the API key secret.
    #[track_caller]
    pub fn api_key_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ApiKeySecretSource>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the API key credential provider
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApiKeyCredentialProvider {
    type Attributes = ApiKeyCredentialProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::ApiKeyCredentialProvider"
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
/// The attributes of a `AWS::BedrockAgentCore::ApiKeyCredentialProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiKeyCredentialProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiKeyCredentialProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiKeyCredentialProviderAttributes {
    /// `Fn::GetAtt` `CredentialProviderArn`.
    pub fn credential_provider_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CredentialProviderArn")
    }
    /// `Fn::GetAtt` `ApiKeySecretArn`.
    pub fn api_key_secret_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ApiKeySecretArn")
    }
    /// `Fn::GetAtt` `ApiKeySecretJsonKey`.
    pub fn api_key_secret_json_key(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiKeySecretJsonKey")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `MANAGED`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiKeySecretSource {
    /// `MANAGED`
    Managed,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApiKeySecretSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Managed => "MANAGED",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MANAGED", "EXTERNAL"]
    }
}
impl ::std::convert::From<ApiKeySecretSource> for ::forma_core::Value<ApiKeySecretSource> {
    fn from(v: ApiKeySecretSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApiKeySecretSource {}

/// A reference to a customer-provided secret stored in AWS Secrets Manager
#[derive(Debug, Clone, PartialEq)]
pub struct SecretReference {
    props: ::forma_core::schema::Props,
}
impl SecretReference {
    /// A new value with its required properties: `JsonKey`, `SecretId`.
    pub fn new(
        json_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, json_key.into().into_expr());
        props.set(1, secret_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SecretReference> for ::forma_core::Value<SecretReference> {
    fn from(v: SecretReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRET_REFERENCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::ApiKeyCredentialProvider`.
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

/// The schema of `AWS::BedrockAgentCore::ApiKeyCredentialProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::ApiKeyCredentialProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApiKeySecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApiKeySecretSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
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
    attributes: &["CredentialProviderArn", "ApiKeySecretArn", "ApiKeySecretJsonKey", "CreatedTime", "LastUpdatedTime"],
};

static SECRET_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::ApiKeyCredentialProvider.SecretReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::ApiKeyCredentialProvider.Tag",
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
