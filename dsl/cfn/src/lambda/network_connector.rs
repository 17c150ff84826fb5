// @generated from AWS::Lambda::NetworkConnector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::NetworkConnector` and its property types.

/// Resource Type definition for AWS::Lambda::NetworkConnector
///
/// CloudFormation type `AWS::Lambda::NetworkConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConnector {
    props: ::forma_core::schema::Props,
}
impl NetworkConnector {
    /// A new resource with its required properties: `Configuration`.
    #[track_caller]
    pub fn new(configuration: impl ::std::convert::Into<::forma_core::Value<Config>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A unique name for the network connector within your account and Region.
    ///
    /// Allowed: length 1 to 140.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role that Lambda assumes to manage elastic network interfaces in your VPC.
    ///
    /// Allowed: length 0 to 10000.
    #[track_caller]
    pub fn operator_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to the network connector.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkConnector {
    type Attributes = NetworkConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::NetworkConnector"
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
/// The attributes of a `AWS::Lambda::NetworkConnector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkConnectorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `LatestVersion`.
    pub fn latest_version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion")
    }
}

/// The network configuration for the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    props: ::forma_core::schema::Props,
}
impl Config {
    /// A new value with its required properties: `VpcEgressConfiguration`.
    pub fn new(
        vpc_egress_configuration: impl ::std::convert::Into<::forma_core::Value<VpcEgressConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_egress_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Config> for ::forma_core::Value<Config> {
    fn from(v: Config) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIG_TYPE.properties))
    }
}

/// A key-value pair that provides metadata for the network connector.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MicroVm`, `WebFunction`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociatedComputeResourceTypes {
    /// `MicroVm`
    MicroVm,
    /// `WebFunction`
    WebFunction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssociatedComputeResourceTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MicroVm => "MicroVm",
            Self::WebFunction => "WebFunction",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MicroVm", "WebFunction"]
    }
}
impl ::std::convert::From<AssociatedComputeResourceTypes> for ::forma_core::Value<AssociatedComputeResourceTypes> {
    fn from(v: AssociatedComputeResourceTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssociatedComputeResourceTypes {}

/// The values CloudFormation documents: `IPv4`, `DualStack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkProtocol {
    /// `IPv4`
    Ipv4,
    /// `DualStack`
    DualStack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPv4",
            Self::DualStack => "DualStack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPv4", "DualStack"]
    }
}
impl ::std::convert::From<NetworkProtocol> for ::forma_core::Value<NetworkProtocol> {
    fn from(v: NetworkProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkProtocol {}

/// The VPC egress configuration for the network connector.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEgressConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcEgressConfiguration {
    /// A new value with its required properties: `AssociatedComputeResourceTypes`, `NetworkProtocol`, `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        associated_compute_resource_types: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<AssociatedComputeResourceTypes>>,
        >,
        network_protocol: impl ::forma_core::schema::EnumArg<NetworkProtocol>,
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, associated_compute_resource_types.into().into_expr());
        props.set(1, network_protocol.into_enum_expr());
        props.set(2, security_group_ids.into().into_expr());
        props.set(3, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcEgressConfiguration> for ::forma_core::Value<VpcEgressConfiguration> {
    fn from(v: VpcEgressConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_EGRESS_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::NetworkConnector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::NetworkConnector",
properties: &[
::forma_core::schema::Property { name: "Configuration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&CONFIG_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:network-connector:[a-zA-Z0-9-_]+(:[1-9][0-9]*)?)|[a-zA-Z0-9_-]{1,64}$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "OperatorRole", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: Some(0), max_length: Some(10000) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["Arn", "State", "LatestVersionArn", "LatestVersion"],
};

static CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::NetworkConnector.Config",
    properties: &[::forma_core::schema::Property {
        name: "VpcEgressConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VPC_EGRESS_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::NetworkConnector.Tag",
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
            required: false,
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

static VPC_EGRESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::NetworkConnector.VpcEgressConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedComputeResourceTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["MicroVm", "WebFunction"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkProtocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPv4", "DualStack"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]*$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]*$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};
