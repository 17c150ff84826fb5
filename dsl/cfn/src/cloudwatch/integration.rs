// @generated from AWS::CloudWatch::Integration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::Integration` and its property types.

/// Resource Type definition for AWS::CloudWatch::Integration.
///
/// CloudFormation type `AWS::CloudWatch::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new resource with its required properties: `IntegrationType`, `Name`.
    #[track_caller]
    pub fn new(
        integration_type: impl ::forma_core::schema::EnumArg<IntegrationType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, integration_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Write-only API-key credential material for the integration.
    #[track_caller]
    pub fn credential(mut self, value: impl ::std::convert::Into<::forma_core::Value<IntegrationCredential>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Type-specific configuration attributes (max 50 entries).
    #[track_caller]
    pub fn integration_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// IAM role ARN the integration assumes.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the integration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Integration {
    type Attributes = IntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::Integration"
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
/// The attributes of a `AWS::CloudWatch::Integration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationAttributes {
    /// `Fn::GetAtt` `IntegrationArn`.
    pub fn integration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationArn")
    }
    /// `Fn::GetAtt` `IntegrationId`.
    pub fn integration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `AWS_CONFIG_SLREC`, `AWS_INTEGRATION`, `EXTERNAL_AGENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationType {
    /// `AWS_CONFIG_SLREC`
    AwsConfigSlrec,
    /// `AWS_INTEGRATION`
    AwsIntegration,
    /// `EXTERNAL_AGENT`
    ExternalAgent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntegrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsConfigSlrec => "AWS_CONFIG_SLREC",
            Self::AwsIntegration => "AWS_INTEGRATION",
            Self::ExternalAgent => "EXTERNAL_AGENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_CONFIG_SLREC", "AWS_INTEGRATION", "EXTERNAL_AGENT"]
    }
}
impl ::std::convert::From<IntegrationType> for ::forma_core::Value<IntegrationType> {
    fn from(v: IntegrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntegrationType {}

/// Write-only API-key credential material for the integration.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationCredential {
    props: ::forma_core::schema::Props,
}
impl IntegrationCredential {
    /// A new value with its required properties: `ApiKeyCredential`.
    pub fn new(
        api_key_credential: impl ::std::convert::Into<::forma_core::Value<IntegrationCredentialApiKeyCredential>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key_credential.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntegrationCredential> for ::forma_core::Value<IntegrationCredential> {
    fn from(v: IntegrationCredential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_CREDENTIAL_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::CloudWatch::Integration`.
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

/// API-key credential material that can be rotated in place on update.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationCredentialApiKeyCredential {
    props: ::forma_core::schema::Props,
}
impl IntegrationCredentialApiKeyCredential {
    /// A new value with its required properties: `ApiKeyValue`.
    pub fn new(api_key_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntegrationCredentialApiKeyCredential>
    for ::forma_core::Value<IntegrationCredentialApiKeyCredential>
{
    fn from(v: IntegrationCredentialApiKeyCredential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_CREDENTIAL_API_KEY_CREDENTIAL_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::Integration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Credential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGRATION_CREDENTIAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntegrationAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "IntegrationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_CONFIG_SLREC", "AWS_INTEGRATION", "EXTERNAL_AGENT"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["IntegrationArn", "IntegrationId", "Status", "CreatedAt", "UpdatedAt"],
};

static INTEGRATION_CREDENTIAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Integration.IntegrationCredential",
    properties: &[::forma_core::schema::Property {
        name: "ApiKeyCredential",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&INTEGRATION_CREDENTIAL_API_KEY_CREDENTIAL_TYPE),
    }],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Integration.Tags",
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

static INTEGRATION_CREDENTIAL_API_KEY_CREDENTIAL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudWatch::Integration.IntegrationCredentialApiKeyCredential",
        properties: &[::forma_core::schema::Property {
            name: "ApiKeyValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        }],
        rules: &[],
    };
