// @generated from AWS::BedrockAgentCore::BrowserCustom (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::BrowserCustom` and its property types.

/// Resource definition for AWS::BedrockAgentCore::BrowserCustom
///
/// CloudFormation type `AWS::BedrockAgentCore::BrowserCustom`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserCustom {
    props: ::forma_core::schema::Props,
}
impl BrowserCustom {
    /// A new resource with its required properties: `Name`, `NetworkConfiguration`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_configuration: impl ::std::convert::Into<::forma_core::Value<BrowserNetworkConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, network_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Browser signing configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn browser_signing(mut self, value: impl ::std::convert::Into<::forma_core::Value<BrowserSigning>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of root CA certificates in PEM format.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Certificate>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the browser.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of enterprise policy files for the browser.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enterprise_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BrowserEnterprisePolicy>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that the browser uses to access resources.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Recording configuration for browser.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn recording_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<RecordingConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BrowserCustom {
    type Attributes = BrowserCustomAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::BrowserCustom"
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
/// The attributes of a `AWS::BedrockAgentCore::BrowserCustom` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BrowserCustomAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BrowserCustomAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BrowserCustomAttributes {
    /// `Fn::GetAtt` `BrowserId`.
    pub fn browser_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BrowserId")
    }
    /// `Fn::GetAtt` `BrowserArn`.
    pub fn browser_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BrowserArn")
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

/// Browser signing configuration
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserSigning {
    props: ::forma_core::schema::Props,
}
impl BrowserSigning {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BrowserSigning {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BrowserSigning> for ::forma_core::Value<BrowserSigning> {
    fn from(v: BrowserSigning) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROWSER_SIGNING_TYPE.properties))
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

/// The values CloudFormation documents: `MANAGED`, `RECOMMENDED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BrowserEnterprisePolicyType {
    /// `MANAGED`
    Managed,
    /// `RECOMMENDED`
    Recommended,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BrowserEnterprisePolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Managed => "MANAGED",
            Self::Recommended => "RECOMMENDED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MANAGED", "RECOMMENDED"]
    }
}
impl ::std::convert::From<BrowserEnterprisePolicyType> for ::forma_core::Value<BrowserEnterprisePolicyType> {
    fn from(v: BrowserEnterprisePolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BrowserEnterprisePolicyType {}

/// Browser enterprise policy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserEnterprisePolicy {
    props: ::forma_core::schema::Props,
}
impl BrowserEnterprisePolicy {
    /// A new value with its required properties: `Location`, `Type`.
    pub fn new(
        location: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
        type_: impl ::forma_core::schema::EnumArg<BrowserEnterprisePolicyType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, location.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<BrowserEnterprisePolicy> for ::forma_core::Value<BrowserEnterprisePolicy> {
    fn from(v: BrowserEnterprisePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROWSER_ENTERPRISE_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUBLIC`, `VPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BrowserNetworkMode {
    /// `PUBLIC`
    Public,
    /// `VPC`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BrowserNetworkMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Vpc => "VPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "VPC"]
    }
}
impl ::std::convert::From<BrowserNetworkMode> for ::forma_core::Value<BrowserNetworkMode> {
    fn from(v: BrowserNetworkMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BrowserNetworkMode {}

/// Network configuration for browser
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserNetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl BrowserNetworkConfiguration {
    /// A new value with its required properties: `NetworkMode`.
    pub fn new(network_mode: impl ::forma_core::schema::EnumArg<BrowserNetworkMode>) -> Self {
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
impl ::std::convert::From<BrowserNetworkConfiguration> for ::forma_core::Value<BrowserNetworkConfiguration> {
    fn from(v: BrowserNetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROWSER_NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// Recording configuration for browser
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingConfig {
    props: ::forma_core::schema::Props,
}
impl RecordingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3 Location Configuration
    pub fn s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecordingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecordingConfig> for ::forma_core::Value<RecordingConfig> {
    fn from(v: RecordingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORDING_CONFIG_TYPE.properties))
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

/// S3 Location Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `Prefix`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
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

/// The schema of `AWS::BedrockAgentCore::BrowserCustom`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::BrowserCustom",
    properties: &[
        ::forma_core::schema::Property {
            name: "BrowserSigning",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&BROWSER_SIGNING_TYPE),
        },
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
            name: "EnterprisePolicies",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BROWSER_ENTERPRISE_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
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
            shape: ::forma_core::schema::Shape::Object(&BROWSER_NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordingConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RECORDING_CONFIG_TYPE),
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
    attributes: &["BrowserId", "BrowserArn", "Status", "FailureReason", "CreatedAt", "LastUpdatedAt"],
};

static BROWSER_SIGNING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.BrowserSigning",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.Certificate",
    properties: &[::forma_core::schema::Property {
        name: "CertificateLocation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_LOCATION_TYPE),
    }],
    rules: &[],
};

static BROWSER_ENTERPRISE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.BrowserEnterprisePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "RECOMMENDED"]),
        },
    ],
    rules: &[],
};

static BROWSER_NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.BrowserNetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "VPC"]),
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

static RECORDING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.RecordingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "S3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static CERTIFICATE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::BrowserCustom.CertificateLocation",
properties: &[
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):secretsmanager:[a-z0-9-]+:\\d{12}:secret:[a-zA-Z0-9/_+=.@-]+$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::BrowserCustom.VpcConfig",
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
