// @generated from AWS::MediaConnect::FlowOutput (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::FlowOutput` and its property types.

/// Resource schema for AWS::MediaConnect::FlowOutput
///
/// CloudFormation type `AWS::MediaConnect::FlowOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowOutput {
    props: ::forma_core::schema::Props,
}
impl FlowOutput {
    /// A new resource with its required properties: `FlowArn`.
    #[track_caller]
    pub fn new(flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, flow_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The range of IP addresses that should be allowed to initiate output requests to this flow.
    #[track_caller]
    pub fn cidr_allow_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the output.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The address where you want to send the output.
    #[track_caller]
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of key used for the encryption.
    #[track_caller]
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<Encryption>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum latency in milliseconds.
    #[track_caller]
    pub fn max_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The definition for each media stream that is associated with the output.
    #[track_caller]
    pub fn media_stream_output_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaStreamOutputConfiguration>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum latency in milliseconds.
    #[track_caller]
    pub fn min_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the output.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The audio reference level of the NDI receiver, in dBFS.
    ///
    /// Allowed: -40 to 0.
    #[track_caller]
    pub fn ndi_audio_reference_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The timecode source for the NDI output.
    #[track_caller]
    pub fn ndi_output_timecode_source(
        mut self,
        value: impl ::forma_core::schema::EnumArg<NdiOutputTimecodeSource>,
    ) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A suffix for the names of the NDI sources that the flow creates.
    #[track_caller]
    pub fn ndi_program_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A quality setting for the NDI Speed HQ encoder.
    #[track_caller]
    pub fn ndi_speed_hq_quality(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An indication of whether the output should transmit data or not.
    #[track_caller]
    pub fn output_status(mut self, value: impl ::forma_core::schema::EnumArg<OutputStatus>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port to use when content is distributed to this output.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol that is used by the source or output.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The remote ID for the Zixi-pull stream.
    #[track_caller]
    pub fn remote_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RouterIntegrationState`.
    #[track_caller]
    pub fn router_integration_state(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RouterIntegrationState>,
    ) -> Self {
        self.props.set_at(17, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration that defines how content is encrypted during transit between the MediaConnect router and a MediaConnect flow.
    #[track_caller]
    pub fn router_integration_transit_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FlowTransitEncryption>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The smoothing latency in milliseconds for RIST, RTP, and RTP-FEC streams.
    #[track_caller]
    pub fn smoothing_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The stream ID that you want to use for this transport.
    #[track_caller]
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to tag and organize this flow output.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the VPC interface attachment to use for this output.
    #[track_caller]
    pub fn vpc_interface_attachment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcInterfaceAttachment>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowOutput {
    type Attributes = FlowOutputAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::FlowOutput"
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
/// The attributes of a `AWS::MediaConnect::FlowOutput` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowOutputAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowOutputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowOutputAttributes {
    /// `Fn::GetAtt` `OutputArn`.
    pub fn output_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OutputArn")
    }
}

/// The values CloudFormation documents: `EMBEDDED_TIMECODE`, `UTC_SYSTEM_TIME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NdiOutputTimecodeSource {
    /// `EMBEDDED_TIMECODE`
    EmbeddedTimecode,
    /// `UTC_SYSTEM_TIME`
    UtcSystemTime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NdiOutputTimecodeSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmbeddedTimecode => "EMBEDDED_TIMECODE",
            Self::UtcSystemTime => "UTC_SYSTEM_TIME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EMBEDDED_TIMECODE", "UTC_SYSTEM_TIME"]
    }
}
impl ::std::convert::From<NdiOutputTimecodeSource> for ::forma_core::Value<NdiOutputTimecodeSource> {
    fn from(v: NdiOutputTimecodeSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NdiOutputTimecodeSource {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<OutputStatus> for ::forma_core::Value<OutputStatus> {
    fn from(v: OutputStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputStatus {}

/// The values CloudFormation documents: `zixi-push`, `rtp-fec`, `rtp`, `zixi-pull`, `rist`, `srt-listener`, `srt-caller`, `st2110-jpegxs`, `cdi`, `ndi-speed-hq`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `zixi-push`
    ZixiPush,
    /// `rtp-fec`
    RtpFec,
    /// `rtp`
    Rtp,
    /// `zixi-pull`
    ZixiPull,
    /// `rist`
    Rist,
    /// `srt-listener`
    SrtListener,
    /// `srt-caller`
    SrtCaller,
    /// `st2110-jpegxs`
    St2110Jpegxs,
    /// `cdi`
    Cdi,
    /// `ndi-speed-hq`
    NdiSpeedHq,
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
            Self::ZixiPull => "zixi-pull",
            Self::Rist => "rist",
            Self::SrtListener => "srt-listener",
            Self::SrtCaller => "srt-caller",
            Self::St2110Jpegxs => "st2110-jpegxs",
            Self::Cdi => "cdi",
            Self::NdiSpeedHq => "ndi-speed-hq",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "zixi-push",
            "rtp-fec",
            "rtp",
            "zixi-pull",
            "rist",
            "srt-listener",
            "srt-caller",
            "st2110-jpegxs",
            "cdi",
            "ndi-speed-hq",
        ]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouterIntegrationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouterIntegrationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<RouterIntegrationState> for ::forma_core::Value<RouterIntegrationState> {
    fn from(v: RouterIntegrationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouterIntegrationState {}

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

/// The values CloudFormation documents: `static-key`, `srt-password`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
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
            Self::StaticKey => "static-key",
            Self::SrtPassword => "srt-password",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["static-key", "srt-password"]
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
    /// A new value with its required properties: `RoleArn`, `SecretArn`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, role_arn.into().into_expr());
        props.set(3, secret_arn.into().into_expr());
        Self { props }
    }
    /// The type of algorithm that is used for the encryption (such as aes128, aes192, or aes256).
    pub fn algorithm(mut self, value: impl ::forma_core::schema::EnumArg<Algorithm>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The type of key that is used for the encryption.
    pub fn key_type(mut self, value: impl ::forma_core::schema::EnumArg<KeyType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Encryption> for ::forma_core::Value<Encryption> {
    fn from(v: Encryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `jxsv`, `raw`, `smpte291`, `pcm`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingName {
    /// `jxsv`
    Jxsv,
    /// `raw`
    Raw,
    /// `smpte291`
    Smpte291,
    /// `pcm`
    Pcm,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncodingName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jxsv => "jxsv",
            Self::Raw => "raw",
            Self::Smpte291 => "smpte291",
            Self::Pcm => "pcm",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["jxsv", "raw", "smpte291", "pcm"]
    }
}
impl ::std::convert::From<EncodingName> for ::forma_core::Value<EncodingName> {
    fn from(v: EncodingName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncodingName {}

/// The media stream that is associated with the output, and the parameters for that association.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaStreamOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaStreamOutputConfiguration {
    /// A new value with its required properties: `EncodingName`, `MediaStreamName`.
    pub fn new(
        encoding_name: impl ::forma_core::schema::EnumArg<EncodingName>,
        media_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, encoding_name.into_enum_expr());
        props.set(3, media_stream_name.into().into_expr());
        Self { props }
    }
    /// The media streams that you want to associate with the output.
    pub fn destination_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DestinationConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A collection of parameters that determine how MediaConnect will convert the content.
    pub fn encoding_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncodingParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MediaStreamOutputConfiguration> for ::forma_core::Value<MediaStreamOutputConfiguration> {
    fn from(v: MediaStreamOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_STREAM_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SECRETS_MANAGER`, `AUTOMATIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowTransitEncryptionKeyType {
    /// `SECRETS_MANAGER`
    SecretsManager,
    /// `AUTOMATIC`
    Automatic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowTransitEncryptionKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SecretsManager => "SECRETS_MANAGER",
            Self::Automatic => "AUTOMATIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECRETS_MANAGER", "AUTOMATIC"]
    }
}
impl ::std::convert::From<FlowTransitEncryptionKeyType> for ::forma_core::Value<FlowTransitEncryptionKeyType> {
    fn from(v: FlowTransitEncryptionKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowTransitEncryptionKeyType {}

/// The configuration that defines how content is encrypted during transit between the MediaConnect router and a MediaConnect flow.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowTransitEncryption {
    props: ::forma_core::schema::Props,
}
impl FlowTransitEncryption {
    /// A new value with its required properties: `EncryptionKeyConfiguration`.
    pub fn new(
        encryption_key_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_key_configuration.into().into_expr());
        Self { props }
    }
    /// `EncryptionKeyType`.
    pub fn encryption_key_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<FlowTransitEncryptionKeyType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FlowTransitEncryption> for ::forma_core::Value<FlowTransitEncryption> {
    fn from(v: FlowTransitEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_TRANSIT_ENCRYPTION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaConnect::FlowOutput`.
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

/// The settings for attaching a VPC interface to an output.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcInterfaceAttachment {
    props: ::forma_core::schema::Props,
}
impl VpcInterfaceAttachment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the VPC interface to use for this output.
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

/// The definition of a media stream that is associated with the output.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationConfiguration {
    /// A new value with its required properties: `DestinationIp`, `DestinationPort`, `Interface`.
    pub fn new(
        destination_ip: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        interface: impl ::std::convert::Into<::forma_core::Value<Interface>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_ip.into().into_expr());
        props.set(1, destination_port.into().into_expr());
        props.set(2, interface.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationConfiguration> for ::forma_core::Value<DestinationConfiguration> {
    fn from(v: DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `main`, `high`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncoderProfile {
    /// `main`
    Main,
    /// `high`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncoderProfile {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Main => "main",
            Self::High => "high",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["main", "high"]
    }
}
impl ::std::convert::From<EncoderProfile> for ::forma_core::Value<EncoderProfile> {
    fn from(v: EncoderProfile) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncoderProfile {}

/// A collection of parameters that determine how MediaConnect will convert the content.
#[derive(Debug, Clone, PartialEq)]
pub struct EncodingParameters {
    props: ::forma_core::schema::Props,
}
impl EncodingParameters {
    /// A new value with its required properties: `CompressionFactor`.
    pub fn new(compression_factor: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compression_factor.into().into_expr());
        Self { props }
    }
    /// A setting on the encoder that drives compression settings.
    pub fn encoder_profile(mut self, value: impl ::forma_core::schema::EnumArg<EncoderProfile>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EncodingParameters> for ::forma_core::Value<EncodingParameters> {
    fn from(v: EncodingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCODING_PARAMETERS_TYPE.properties))
    }
}

/// The VPC interface that you want to use for the media stream associated with the output.
#[derive(Debug, Clone, PartialEq)]
pub struct Interface {
    props: ::forma_core::schema::Props,
}
impl Interface {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Interface> for ::forma_core::Value<Interface> {
    fn from(v: Interface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERFACE_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::FlowOutput`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::FlowOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrAllowList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_TYPE),
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
            name: "MaxLatency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamOutputConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_STREAM_OUTPUT_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NdiAudioReferenceLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-40.0),
                maximum: Some(0.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "NdiOutputTimecodeSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EMBEDDED_TIMECODE", "UTC_SYSTEM_TIME"]),
        },
        ::forma_core::schema::Property {
            name: "NdiProgramName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NdiSpeedHqQuality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "zixi-push",
                "rtp-fec",
                "rtp",
                "zixi-pull",
                "rist",
                "srt-listener",
                "srt-caller",
                "st2110-jpegxs",
                "cdi",
                "ndi-speed-hq",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RemoteId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouterIntegrationState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RouterIntegrationTransitEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLOW_TRANSIT_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SmoothingLatency",
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
            name: "VpcInterfaceAttachment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_INTERFACE_ATTACHMENT_TYPE),
        },
    ],
    rules: &[],
    attributes: &["OutputArn"],
};

static ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowOutput.Encryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Algorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["aes128", "aes192", "aes256"]),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["static-key", "srt-password"]),
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
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static MEDIA_STREAM_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaConnect::FlowOutput.MediaStreamOutputConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DESTINATION_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "EncodingName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["jxsv", "raw", "smpte291", "pcm"]),
            },
            ::forma_core::schema::Property {
                name: "EncodingParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENCODING_PARAMETERS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MediaStreamName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static FLOW_TRANSIT_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowOutput.FlowTransitEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionKeyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SECRETS_MANAGER", "AUTOMATIC"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowOutput.Tag",
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
    name: "AWS::MediaConnect::FlowOutput.VpcInterfaceAttachment",
    properties: &[::forma_core::schema::Property {
        name: "VpcInterfaceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowOutput.DestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationIp",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Interface",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERFACE_TYPE),
        },
    ],
    rules: &[],
};

static ENCODING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowOutput.EncodingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompressionFactor",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EncoderProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["main", "high"]),
        },
    ],
    rules: &[],
};

static INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowOutput.Interface",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
