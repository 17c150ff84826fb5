// @generated from AWS::BedrockAgentCore::CodeInterpreterCustom (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::CodeInterpreterCustom` and its property types.

/// Resource definition for AWS::BedrockAgentCore::CodeInterpreterCustom
///
/// CloudFormation type `AWS::BedrockAgentCore::CodeInterpreterCustom`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInterpreterCustom {
    props: ::forma_core::schema::Props,
}
impl CodeInterpreterCustom {
    /// A new resource with its required properties: `Name`, `NetworkConfiguration`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_configuration: impl ::std::convert::Into<::forma_core::Value<CodeInterpreterNetworkConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, network_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of root CA certificates in PEM format.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Certificate>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the code interpreter.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role that the code interpreter uses to access resources.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CodeInterpreterCustom {
    type Attributes = CodeInterpreterCustomAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::CodeInterpreterCustom"
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
/// The attributes of a `AWS::BedrockAgentCore::CodeInterpreterCustom` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CodeInterpreterCustomAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CodeInterpreterCustomAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CodeInterpreterCustomAttributes {
    /// `Fn::GetAtt` `CodeInterpreterId`.
    pub fn code_interpreter_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CodeInterpreterId")
    }
    /// `Fn::GetAtt` `CodeInterpreterArn`.
    pub fn code_interpreter_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CodeInterpreterArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// A root CA certificate configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new value with its required properties: `CertificateLocation`.
    pub fn new(certificate_location: impl ::std::convert::Into<::forma_core::Value<CertificateLocation>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Certificate> for ::forma_core::Value<Certificate> {
    fn from(v: Certificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUBLIC`, `SANDBOX`, `VPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodeInterpreterNetworkMode {
    /// `PUBLIC`
    Public,
    /// `SANDBOX`
    Sandbox,
    /// `VPC`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CodeInterpreterNetworkMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Sandbox => "SANDBOX",
            Self::Vpc => "VPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "SANDBOX", "VPC"]
    }
}
impl ::std::convert::From<CodeInterpreterNetworkMode> for ::forma_core::Value<CodeInterpreterNetworkMode> {
    fn from(v: CodeInterpreterNetworkMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CodeInterpreterNetworkMode {}

/// Network configuration for code interpreter
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInterpreterNetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl CodeInterpreterNetworkConfiguration {
    /// A new value with its required properties: `NetworkMode`.
    pub fn new(network_mode: impl ::forma_core::schema::EnumArg<CodeInterpreterNetworkMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, network_mode.into_enum_expr());
        Self { props }
    }
    /// Network mode configuration for VPC
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeInterpreterNetworkConfiguration>
    for ::forma_core::Value<CodeInterpreterNetworkConfiguration>
{
    fn from(v: CodeInterpreterNetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_INTERPRETER_NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// Certificate location in Secrets Manager.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateLocation {
    props: ::forma_core::schema::Props,
}
impl CertificateLocation {
    /// A new value with its required properties: `SecretArn`.
    pub fn new(secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CertificateLocation> for ::forma_core::Value<CertificateLocation> {
    fn from(v: CertificateLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_LOCATION_TYPE.properties))
    }
}

/// Network mode configuration for VPC
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SecurityGroups`, `Subnets`.
    pub fn new(
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_groups.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::CodeInterpreterCustom`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::CodeInterpreterCustom",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificates",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CERTIFICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):iam::[0-9]{12}:role/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CODE_INTERPRETER_NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &["CodeInterpreterId", "CodeInterpreterArn", "Status", "FailureReason", "CreatedAt", "LastUpdatedAt"],
};

static CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CodeInterpreterCustom.Certificate",
    properties: &[::forma_core::schema::Property {
        name: "CertificateLocation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_LOCATION_TYPE),
    }],
    rules: &[],
};

static CODE_INTERPRETER_NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::CodeInterpreterCustom.CodeInterpreterNetworkConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "NetworkMode",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "SANDBOX", "VPC"]),
            },
            ::forma_core::schema::Property {
                name: "VpcConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static CERTIFICATE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::CodeInterpreterCustom.CertificateLocation",
properties: &[
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):secretsmanager:[a-z0-9-]+:\\d{12}:secret:[a-zA-Z0-9/_+=.@-]+$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CodeInterpreterCustom.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};
