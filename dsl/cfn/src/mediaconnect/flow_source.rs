// @generated from AWS::MediaConnect::FlowSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::FlowSource` and its property types.

/// Resource Type definition for AWS::MediaConnect::FlowSource
///
/// CloudFormation type `AWS::MediaConnect::FlowSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowSource {
    props: ::forma_core::schema::Props,
}
impl FlowSource {
    /// A new resource with its required properties: `Description`, `FlowArn`, `Name`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, flow_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The type of encryption that is used on the content ingested from this source.
    #[track_caller]
    pub fn decryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<Encryption>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the entitlement that allows you to subscribe to content that comes from another AWS account.
    #[track_caller]
    pub fn entitlement_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source configuration for cloud flows receiving a stream from a bridge.
    #[track_caller]
    pub fn gateway_bridge_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayBridgeSource>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port that the flow will be listening on for incoming content.
    #[track_caller]
    pub fn ingest_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The smoothing max bitrate for RIST, RTP, and RTP-FEC streams.
    #[track_caller]
    pub fn max_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum latency in milliseconds.
    #[track_caller]
    pub fn max_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum latency in milliseconds.
    #[track_caller]
    pub fn min_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol that is used by the source.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port that the flow uses to send outbound requests to initiate connection with the sender for fujitsu-qos protocol.
    #[track_caller]
    pub fn sender_control_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP address that the flow communicates with to initiate connection with the sender for fujitsu-qos protocol.
    #[track_caller]
    pub fn sender_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Source IP or domain name for SRT-caller protocol.
    #[track_caller]
    pub fn source_listener_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Source port for SRT-caller protocol.
    #[track_caller]
    pub fn source_listener_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The stream ID that you want to use for this transport.
    #[track_caller]
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to tag and organize this flow source.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the VPC Interface this Source is configured with.
    #[track_caller]
    pub fn vpc_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The range of IP addresses that should be allowed to contribute content to your source.
    #[track_caller]
    pub fn whitelist_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowSource {
    type Attributes = FlowSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::FlowSource"
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
/// The attributes of a `AWS::MediaConnect::FlowSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowSourceAttributes {
    /// `Fn::GetAtt` `IngestIp`.
    pub fn ingest_ip(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IngestIp")
    }
    /// `Fn::GetAtt` `SourceArn`.
    pub fn source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceArn")
    }
    /// `Fn::GetAtt` `SourceIngestPort`.
    pub fn source_ingest_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceIngestPort")
    }
}

/// The values CloudFormation documents: `zixi-push`, `rtp-fec`, `rtp`, `rist`, `srt-listener`, `srt-caller`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `zixi-push`
    ZixiPush,
    /// `rtp-fec`
    RtpFec,
    /// `rtp`
    Rtp,
    /// `rist`
    Rist,
    /// `srt-listener`
    SrtListener,
    /// `srt-caller`
    SrtCaller,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZixiPush => "zixi-push",
            Self::RtpFec => "rtp-fec",
            Self::Rtp => "rtp",
            Self::Rist => "rist",
            Self::SrtListener => "srt-listener",
            Self::SrtCaller => "srt-caller",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["zixi-push", "rtp-fec", "rtp", "rist", "srt-listener", "srt-caller"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The values CloudFormation documents: `aes128`, `aes192`, `aes256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// `aes128`
    Aes128,
    /// `aes192`
    Aes192,
    /// `aes256`
    Aes256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Algorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes128 => "aes128",
            Self::Aes192 => "aes192",
            Self::Aes256 => "aes256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aes128", "aes192", "aes256"]
    }
}
impl ::std::convert::From<Algorithm> for ::forma_core::Value<Algorithm> {
    fn from(v: Algorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Algorithm {}

/// The values CloudFormation documents: `speke`, `static-key`, `srt-password`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `speke`
    Speke,
    /// `static-key`
    StaticKey,
    /// `srt-password`
    SrtPassword,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Speke => "speke",
            Self::StaticKey => "static-key",
            Self::SrtPassword => "srt-password",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["speke", "static-key", "srt-password"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// Information about the encryption of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Encryption {
    props: ::forma_core::schema::Props,
}
impl Encryption {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, role_arn.into().into_expr());
        Self { props }
    }
    /// The type of algorithm that is used for the encryption (such as aes128, aes192, or aes256).
    pub fn algorithm(mut self, value: impl ::forma_core::schema::EnumArg<Algorithm>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A 128-bit, 16-byte hex value represented by a 32-character string, to be used with the key for encrypting content.
    pub fn constant_initialization_vector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The value of one of the devices that you configured with your digital rights management (DRM) platform key provider.
    pub fn device_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The type of key that is used for the encryption.
    pub fn key_type(mut self, value: impl ::forma_core::schema::EnumArg<KeyType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The AWS Region that the API Gateway proxy endpoint was created in.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An identifier for the content.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The ARN of the secret that you created in AWS Secrets Manager to store the encryption key.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The URL from the API Gateway proxy that you set up to talk to your key server.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Encryption> for ::forma_core::Value<Encryption> {
    fn from(v: Encryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_TYPE.properties))
    }
}

/// The source configuration for cloud flows receiving a stream from a bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayBridgeSource {
    props: ::forma_core::schema::Props,
}
impl GatewayBridgeSource {
    /// A new value with its required properties: `BridgeArn`.
    pub fn new(bridge_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bridge_arn.into().into_expr());
        Self { props }
    }
    /// The name of the VPC interface attachment to use for this bridge source.
    pub fn vpc_interface_attachment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcInterfaceAttachment>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayBridgeSource> for ::forma_core::Value<GatewayBridgeSource> {
    fn from(v: GatewayBridgeSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_BRIDGE_SOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaConnect::FlowSource`.
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

/// The settings for attaching a VPC interface to an resource.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcInterfaceAttachment {
    props: ::forma_core::schema::Props,
}
impl VpcInterfaceAttachment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the VPC interface to use for this resource.
    pub fn vpc_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcInterfaceAttachment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcInterfaceAttachment> for ::forma_core::Value<VpcInterfaceAttachment> {
    fn from(v: VpcInterfaceAttachment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_INTERFACE_ATTACHMENT_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::FlowSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::FlowSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Decryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntitlementArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:entitlement:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GatewayBridgeSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_BRIDGE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IngestPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLatency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinLatency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "zixi-push",
                "rtp-fec",
                "rtp",
                "rist",
                "srt-listener",
                "srt-caller",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SenderControlPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SenderIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceListenerAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceListenerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcInterfaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WhitelistCidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["IngestIp", "SourceArn", "SourceIngestPort"],
};

static ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowSource.Encryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Algorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["aes128", "aes192", "aes256"]),
        },
        ::forma_core::schema::Property {
            name: "ConstantInitializationVector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["speke", "static-key", "srt-password"]),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GATEWAY_BRIDGE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowSource.GatewayBridgeSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "BridgeArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:bridge:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcInterfaceAttachment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_INTERFACE_ATTACHMENT_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowSource.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VPC_INTERFACE_ATTACHMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowSource.VpcInterfaceAttachment",
    properties: &[::forma_core::schema::Property {
        name: "VpcInterfaceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
