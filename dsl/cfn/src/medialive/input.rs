// @generated from AWS::MediaLive::Input (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::Input` and its property types.

/// Resource Type definition for AWS::MediaLive::Input Resource Type
///
/// CloudFormation type `AWS::MediaLive::Input`.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    props: ::forma_core::schema::Props,
}
impl Input {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of the destinations of the input (PUSH-type).
    #[track_caller]
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputDestination>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings for the input devices.
    #[track_caller]
    pub fn input_devices(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputDeviceSettings>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The location of this input.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn input_network_location(mut self, value: impl ::forma_core::schema::EnumArg<InputNetworkLocation>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of security groups referenced by IDs to attach to the input.
    #[track_caller]
    pub fn input_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of MediaConnect Flows for this input.
    #[track_caller]
    pub fn media_connect_flows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaConnectFlow>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Multicast Input settings.
    #[track_caller]
    pub fn multicast_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MulticastSettings>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-assigned name (This is a mutable value).
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the role this input assumes during and after creation.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the MediaConnect Router association for this input.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn router_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<RouterSettings>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// SDI Sources for this Input.
    #[track_caller]
    pub fn sdi_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Include this parameter if the input is a SMPTE 2110 input, to identify the stream sources for this input.
    #[track_caller]
    pub fn smpte2110_receiver_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Smpte2110ReceiverGroupSettings>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of the sources of the input (PULL-type).
    #[track_caller]
    pub fn sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputSource>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings associated with an SRT input.
    #[track_caller]
    pub fn srt_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<SrtSettings>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The different types of inputs that AWS Elemental MediaLive supports.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<InputType>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings for a private VPC Input.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputVpcRequest>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Input {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Input {
    type Attributes = InputAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::Input"
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
/// The attributes of a `AWS::MediaLive::Input` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InputAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InputAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AttachedChannels`.
    pub fn attached_channels(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AttachedChannels")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `InputClass`.
    pub fn input_class(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InputClass")
    }
    /// `Fn::GetAtt` `InputPartnerIds`.
    pub fn input_partner_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "InputPartnerIds")
    }
    /// `Fn::GetAtt` `InputSourceType`.
    pub fn input_source_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InputSourceType")
    }
    /// `Fn::GetAtt` `SecurityGroups`.
    pub fn security_groups(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SecurityGroups")
    }
    /// `Fn::GetAtt` `SourceUrls`.
    pub fn source_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SourceUrls")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Destinations.*.Ip`.
    pub fn destinations_ip(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Destinations.*.Ip")
    }
    /// `Fn::GetAtt` `Destinations.*.Port`.
    pub fn destinations_port(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Destinations.*.Port")
    }
    /// `Fn::GetAtt` `Destinations.*.Url`.
    pub fn destinations_url(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Destinations.*.Url")
    }
    /// `Fn::GetAtt` `Destinations.*.Vpc`.
    pub fn destinations_vpc(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Destinations.*.Vpc")
    }
    /// `Fn::GetAtt` `Destinations.*.Vpc.AvailabilityZone`.
    pub fn destinations_vpc_availability_zone(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Destinations.*.Vpc.AvailabilityZone")
    }
    /// `Fn::GetAtt` `Destinations.*.Vpc.NetworkInterfaceId`.
    pub fn destinations_vpc_network_interface_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Destinations.*.Vpc.NetworkInterfaceId")
    }
    /// `Fn::GetAtt` `DestinationUrls`.
    pub fn destination_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DestinationUrls")
    }
    /// `Fn::GetAtt` `RouterSettings.Destinations.*.RouterOutputArn`.
    pub fn router_settings_destinations_router_output_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RouterSettings.Destinations.*.RouterOutputArn")
    }
}

/// The values CloudFormation documents: `AWS`, `ON_PREMISES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputNetworkLocation {
    /// `AWS`
    Aws,
    /// `ON_PREMISES`
    OnPremises,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputNetworkLocation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::OnPremises => "ON_PREMISES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS", "ON_PREMISES"]
    }
}
impl ::std::convert::From<InputNetworkLocation> for ::forma_core::Value<InputNetworkLocation> {
    fn from(v: InputNetworkLocation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputNetworkLocation {}

/// The values CloudFormation documents: `UDP_PUSH`, `RTP_PUSH`, `RTMP_PUSH`, `RTMP_PULL`, `URL_PULL`, `MP4_FILE`, `MEDIACONNECT`, `INPUT_DEVICE`, `AWS_CDI`, `TS_FILE`, `SRT_CALLER`, `MULTICAST`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputType {
    /// `UDP_PUSH`
    UdpPush,
    /// `RTP_PUSH`
    RtpPush,
    /// `RTMP_PUSH`
    RtmpPush,
    /// `RTMP_PULL`
    RtmpPull,
    /// `URL_PULL`
    UrlPull,
    /// `MP4_FILE`
    Mp4File,
    /// `MEDIACONNECT`
    Mediaconnect,
    /// `INPUT_DEVICE`
    InputDevice,
    /// `AWS_CDI`
    AwsCdi,
    /// `TS_FILE`
    TsFile,
    /// `SRT_CALLER`
    SrtCaller,
    /// `MULTICAST`
    Multicast,
    /// `SMPTE_2110_RECEIVER_GROUP`
    Smpte2110ReceiverGroup,
    /// `SDI`
    Sdi,
    /// `MEDIACONNECT_ROUTER`
    MediaconnectRouter,
    /// `SRT_LISTENER`
    SrtListener,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UdpPush => "UDP_PUSH",
            Self::RtpPush => "RTP_PUSH",
            Self::RtmpPush => "RTMP_PUSH",
            Self::RtmpPull => "RTMP_PULL",
            Self::UrlPull => "URL_PULL",
            Self::Mp4File => "MP4_FILE",
            Self::Mediaconnect => "MEDIACONNECT",
            Self::InputDevice => "INPUT_DEVICE",
            Self::AwsCdi => "AWS_CDI",
            Self::TsFile => "TS_FILE",
            Self::SrtCaller => "SRT_CALLER",
            Self::Multicast => "MULTICAST",
            Self::Smpte2110ReceiverGroup => "SMPTE_2110_RECEIVER_GROUP",
            Self::Sdi => "SDI",
            Self::MediaconnectRouter => "MEDIACONNECT_ROUTER",
            Self::SrtListener => "SRT_LISTENER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "UDP_PUSH",
            "RTP_PUSH",
            "RTMP_PUSH",
            "RTMP_PULL",
            "URL_PULL",
            "MP4_FILE",
            "MEDIACONNECT",
            "INPUT_DEVICE",
            "AWS_CDI",
            "TS_FILE",
            "SRT_CALLER",
            "MULTICAST",
            "SMPTE_2110_RECEIVER_GROUP",
            "SDI",
            "MEDIACONNECT_ROUTER",
            "SRT_LISTENER",
        ]
    }
}
impl ::std::convert::From<InputType> for ::forma_core::Value<InputType> {
    fn from(v: InputType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputType {}

/// The settings for a PUSH type input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputDestination {
    props: ::forma_core::schema::Props,
}
impl InputDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The system-generated static IP address of endpoint.
    pub fn ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the attached network.
    pub fn network(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// If the push input has an input location of ON-PREM it's a requirement to specify what the route of the input is going to be on the customer local network.
    pub fn network_routes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputDestinationRoute>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The port number for the input.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The static IP address for the input destination.
    pub fn static_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The stream name for the input destination.
    pub fn stream_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// This represents the endpoint that the customer stream will be pushed to.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The properties for a VPC type input destination.
    pub fn vpc(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputDestinationVpc>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputDestination> for ::forma_core::Value<InputDestination> {
    fn from(v: InputDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_DESTINATION_TYPE.properties))
    }
}

/// Settings for an input device.
#[derive(Debug, Clone, PartialEq)]
pub struct InputDeviceSettings {
    props: ::forma_core::schema::Props,
}
impl InputDeviceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unique ID for the device.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputDeviceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputDeviceSettings> for ::forma_core::Value<InputDeviceSettings> {
    fn from(v: InputDeviceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_DEVICE_SETTINGS_TYPE.properties))
    }
}

/// The settings for a MediaConnect Flow.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaConnectFlow {
    props: ::forma_core::schema::Props,
}
impl MediaConnectFlow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unique ARN of the MediaConnect Flow being used as a source.
    pub fn flow_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaConnectFlow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaConnectFlow> for ::forma_core::Value<MediaConnectFlow> {
    fn from(v: MediaConnectFlow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_CONNECT_FLOW_TYPE.properties))
    }
}

/// Settings for a Multicast input.
#[derive(Debug, Clone, PartialEq)]
pub struct MulticastSettings {
    props: ::forma_core::schema::Props,
}
impl MulticastSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Placeholder documentation for __listOfMulticastSource
    pub fn sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MulticastSource>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MulticastSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MulticastSettings> for ::forma_core::Value<MulticastSettings> {
    fn from(v: MulticastSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTICAST_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `SECRETS_MANAGER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `AUTOMATIC`
    Automatic,
    /// `SECRETS_MANAGER`
    SecretsManager,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::SecretsManager => "SECRETS_MANAGER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "SECRETS_MANAGER"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// Information about the MediaConnect Router association for this input.
#[derive(Debug, Clone, PartialEq)]
pub struct RouterSettings {
    props: ::forma_core::schema::Props,
}
impl RouterSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// MediaConnect Router destinations associated with this input.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RouterDestinationSettings>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Encryption configuration for the MediaConnect Router association.
    pub fn encryption_type(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The ARN of the Secrets Manager secret used to encrypt this input.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RouterSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RouterSettings> for ::forma_core::Value<RouterSettings> {
    fn from(v: RouterSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTER_SETTINGS_TYPE.properties))
    }
}

/// Configures the sources for the SMPTE 2110 Receiver Group input.
#[derive(Debug, Clone, PartialEq)]
pub struct Smpte2110ReceiverGroupSettings {
    props: ::forma_core::schema::Props,
}
impl Smpte2110ReceiverGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Placeholder documentation for __listOfSmpte2110ReceiverGroup
    pub fn smpte2110_receiver_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Smpte2110ReceiverGroup>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Smpte2110ReceiverGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Smpte2110ReceiverGroupSettings> for ::forma_core::Value<Smpte2110ReceiverGroupSettings> {
    fn from(v: Smpte2110ReceiverGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMPTE2110_RECEIVER_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The settings for a PULL type input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSource {
    props: ::forma_core::schema::Props,
}
impl InputSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key used to extract the password from EC2 Parameter store.
    pub fn password_param(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This represents the customer's source URL where stream is pulled from.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The username for the input source.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputSource> for ::forma_core::Value<InputSource> {
    fn from(v: InputSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SOURCE_TYPE.properties))
    }
}

/// The configured sources for this SRT input.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtSettings {
    props: ::forma_core::schema::Props,
}
impl SrtSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Placeholder documentation for __listOfSrtCallerSource
    pub fn srt_caller_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SrtCallerSource>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Settings for an SRT listener input.
    pub fn srt_listener_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SrtListenerSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtSettings> for ::forma_core::Value<SrtSettings> {
    fn from(v: SrtSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_SETTINGS_TYPE.properties))
    }
}

/// Settings for a private VPC Input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputVpcRequest {
    props: ::forma_core::schema::Props,
}
impl InputVpcRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of up to 5 EC2 VPC security group IDs to attach to the Input VPC network interfaces.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of 2 VPC subnet IDs from the same VPC.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputVpcRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputVpcRequest> for ::forma_core::Value<InputVpcRequest> {
    fn from(v: InputVpcRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_VPC_REQUEST_TYPE.properties))
    }
}

/// A network route configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct InputDestinationRoute {
    props: ::forma_core::schema::Props,
}
impl InputDestinationRoute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CIDR of the route.
    pub fn cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An optional gateway for the route.
    pub fn gateway(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputDestinationRoute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputDestinationRoute> for ::forma_core::Value<InputDestinationRoute> {
    fn from(v: InputDestinationRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_DESTINATION_ROUTE_TYPE.properties))
    }
}

/// The properties for a VPC type input destination.
#[derive(Debug, Clone, PartialEq)]
pub struct InputDestinationVpc {
    props: ::forma_core::schema::Props,
}
impl InputDestinationVpc {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The availability zone of the Input destination.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The network interface ID of the Input destination in the VPC.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputDestinationVpc {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputDestinationVpc> for ::forma_core::Value<InputDestinationVpc> {
    fn from(v: InputDestinationVpc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_DESTINATION_VPC_TYPE.properties))
    }
}

/// Pair of multicast url and source ip address (optional) that make up a multicast source.
#[derive(Debug, Clone, PartialEq)]
pub struct MulticastSource {
    props: ::forma_core::schema::Props,
}
impl MulticastSource {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, url.into().into_expr());
        Self { props }
    }
    /// This represents the ip address of the device sending the multicast stream.
    pub fn source_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MulticastSource> for ::forma_core::Value<MulticastSource> {
    fn from(v: MulticastSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTICAST_SOURCE_TYPE.properties))
    }
}

/// A MediaConnect Router destination associated with a MediaLive Input.
#[derive(Debug, Clone, PartialEq)]
pub struct RouterDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl RouterDestinationSettings {
    /// A new value with its required properties: `AvailabilityZoneName`.
    pub fn new(availability_zone_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, availability_zone_name.into().into_expr());
        Self { props }
    }
    /// The ARN of the MediaConnect Router output currently connected to this input.
    pub fn router_output_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RouterDestinationSettings> for ::forma_core::Value<RouterDestinationSettings> {
    fn from(v: RouterDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTER_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// A receiver group is a collection of video, audio, and ancillary streams that you want to group together and attach to one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Smpte2110ReceiverGroup {
    props: ::forma_core::schema::Props,
}
impl Smpte2110ReceiverGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The single Smpte2110ReceiverGroupSdpSettings that identify the video, audio, and ancillary streams for this receiver group.
    pub fn sdp_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Smpte2110ReceiverGroupSdpSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Smpte2110ReceiverGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Smpte2110ReceiverGroup> for ::forma_core::Value<Smpte2110ReceiverGroup> {
    fn from(v: Smpte2110ReceiverGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMPTE2110_RECEIVER_GROUP_TYPE.properties))
    }
}

/// The configuration for a source that uses SRT as the connection protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtCallerSource {
    props: ::forma_core::schema::Props,
}
impl SrtCallerSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The decryption settings for the SRT caller source.
    pub fn decryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<SrtCallerDecryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The preferred latency (in milliseconds) for implementing packet loss and recovery.
    pub fn minimum_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The IP address at the upstream system (the listener) that MediaLive (the caller) connects to.
    pub fn srt_listener_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The port at the upstream system (the listener) that MediaLive (the caller) connects to.
    pub fn srt_listener_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The stream ID, if the upstream system uses this identifier.
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtCallerSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtCallerSource> for ::forma_core::Value<SrtCallerSource> {
    fn from(v: SrtCallerSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_CALLER_SOURCE_TYPE.properties))
    }
}

/// The configuration for a source that uses SRT as the connection protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtListenerSettings {
    props: ::forma_core::schema::Props,
}
impl SrtListenerSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The decryption settings for the SRT listener source.
    pub fn decryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<SrtListenerDecryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The preferred latency (in milliseconds) for implementing packet loss and recovery.
    pub fn minimum_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The stream ID, if the upstream system uses this identifier.
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtListenerSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtListenerSettings> for ::forma_core::Value<SrtListenerSettings> {
    fn from(v: SrtListenerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_LISTENER_SETTINGS_TYPE.properties))
    }
}

/// Information about the SDP files that describe the SMPTE 2110 streams that go into one SMPTE 2110 receiver group.
#[derive(Debug, Clone, PartialEq)]
pub struct Smpte2110ReceiverGroupSdpSettings {
    props: ::forma_core::schema::Props,
}
impl Smpte2110ReceiverGroupSdpSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of InputSdpLocations.
    pub fn ancillary_sdps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputSdpLocation>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of InputSdpLocations.
    pub fn audio_sdps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputSdpLocation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The InputSdpLocation that specifies the SDP file and index for the single video SMPTE 2110 stream for this 2110 input.
    pub fn video_sdp(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputSdpLocation>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Smpte2110ReceiverGroupSdpSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Smpte2110ReceiverGroupSdpSettings>
    for ::forma_core::Value<Smpte2110ReceiverGroupSdpSettings>
{
    fn from(v: Smpte2110ReceiverGroupSdpSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMPTE2110_RECEIVER_GROUP_SDP_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AES128`, `AES192`, `AES256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// `AES128`
    Aes128,
    /// `AES192`
    Aes192,
    /// `AES256`
    Aes256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Algorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes128 => "AES128",
            Self::Aes192 => "AES192",
            Self::Aes256 => "AES256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AES128", "AES192", "AES256"]
    }
}
impl ::std::convert::From<Algorithm> for ::forma_core::Value<Algorithm> {
    fn from(v: Algorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Algorithm {}

/// The decryption settings for the SRT caller source.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtCallerDecryption {
    props: ::forma_core::schema::Props,
}
impl SrtCallerDecryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The algorithm used to encrypt content.
    pub fn algorithm(mut self, value: impl ::forma_core::schema::EnumArg<Algorithm>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The ARN for the secret in Secrets Manager.
    pub fn passphrase_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtCallerDecryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtCallerDecryption> for ::forma_core::Value<SrtCallerDecryption> {
    fn from(v: SrtCallerDecryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_CALLER_DECRYPTION_TYPE.properties))
    }
}

/// The decryption settings for the SRT listener source.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtListenerDecryption {
    props: ::forma_core::schema::Props,
}
impl SrtListenerDecryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The algorithm used to encrypt content.
    pub fn algorithm(mut self, value: impl ::forma_core::schema::EnumArg<Algorithm>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The ARN for the secret in Secrets Manager.
    pub fn passphrase_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtListenerDecryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtListenerDecryption> for ::forma_core::Value<SrtListenerDecryption> {
    fn from(v: SrtListenerDecryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_LISTENER_DECRYPTION_TYPE.properties))
    }
}

/// The location of the SDP file for one of the SMPTE 2110 streams in a receiver group.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSdpLocation {
    props: ::forma_core::schema::Props,
}
impl InputSdpLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The index of the media stream in the SDP file for one SMPTE 2110 stream.
    pub fn media_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The URL of the SDP file for one SMPTE 2110 stream.
    pub fn sdp_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputSdpLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputSdpLocation> for ::forma_core::Value<InputSdpLocation> {
    fn from(v: InputSdpLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SDP_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::Input`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::Input",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputDevices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_DEVICE_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputNetworkLocation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AWS", "ON_PREMISES"]),
        },
        ::forma_core::schema::Property {
            name: "InputSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MediaConnectFlows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_CONNECT_FLOW_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MulticastSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTICAST_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouterSettings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ROUTER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SdiSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Smpte2110ReceiverGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMPTE2110_RECEIVER_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SrtSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SRT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "UDP_PUSH",
                "RTP_PUSH",
                "RTMP_PUSH",
                "RTMP_PULL",
                "URL_PULL",
                "MP4_FILE",
                "MEDIACONNECT",
                "INPUT_DEVICE",
                "AWS_CDI",
                "TS_FILE",
                "SRT_CALLER",
                "MULTICAST",
                "SMPTE_2110_RECEIVER_GROUP",
                "SDI",
                "MEDIACONNECT_ROUTER",
                "SRT_LISTENER",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Vpc",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INPUT_VPC_REQUEST_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "AttachedChannels",
        "Id",
        "InputClass",
        "InputPartnerIds",
        "InputSourceType",
        "SecurityGroups",
        "SourceUrls",
        "State",
        "Destinations.*.Ip",
        "Destinations.*.Port",
        "Destinations.*.Url",
        "Destinations.*.Vpc",
        "Destinations.*.Vpc.AvailabilityZone",
        "Destinations.*.Vpc.NetworkInterfaceId",
        "DestinationUrls",
        "RouterSettings.Destinations.*.RouterOutputArn",
    ],
};

static INPUT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ip",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Network",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkRoutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_DESTINATION_ROUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StaticIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Vpc",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_DESTINATION_VPC_TYPE),
        },
    ],
    rules: &[],
};

static INPUT_DEVICE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputDeviceSettings",
    properties: &[::forma_core::schema::Property {
        name: "Id",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MEDIA_CONNECT_FLOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.MediaConnectFlow",
    properties: &[::forma_core::schema::Property {
        name: "FlowArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MULTICAST_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.MulticastSettings",
    properties: &[::forma_core::schema::Property {
        name: "Sources",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MULTICAST_SOURCE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ROUTER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.RouterSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ROUTER_DESTINATION_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "SECRETS_MANAGER"]),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SMPTE2110_RECEIVER_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Input.Smpte2110ReceiverGroupSettings",
        properties: &[::forma_core::schema::Property {
            name: "Smpte2110ReceiverGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SMPTE2110_RECEIVER_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static INPUT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "PasswordParam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SRT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.SrtSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "SrtCallerSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SRT_CALLER_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SrtListenerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SRT_LISTENER_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static INPUT_VPC_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputVpcRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static INPUT_DESTINATION_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputDestinationRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Gateway",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_DESTINATION_VPC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputDestinationVpc",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MULTICAST_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.MulticastSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROUTER_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.RouterDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZoneName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouterOutputArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SMPTE2110_RECEIVER_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.Smpte2110ReceiverGroup",
    properties: &[::forma_core::schema::Property {
        name: "SdpSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SMPTE2110_RECEIVER_GROUP_SDP_SETTINGS_TYPE),
    }],
    rules: &[],
};

static SRT_CALLER_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.SrtCallerSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Decryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SRT_CALLER_DECRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MinimumLatency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SrtListenerAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SrtListenerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SRT_LISTENER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.SrtListenerSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Decryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SRT_LISTENER_DECRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MinimumLatency",
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
    ],
    rules: &[],
};

static SMPTE2110_RECEIVER_GROUP_SDP_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Input.Smpte2110ReceiverGroupSdpSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "AncillarySdps",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INPUT_SDP_LOCATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AudioSdps",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INPUT_SDP_LOCATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "VideoSdp",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INPUT_SDP_LOCATION_TYPE),
            },
        ],
        rules: &[],
    };

static SRT_CALLER_DECRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.SrtCallerDecryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Algorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES128", "AES192", "AES256"]),
        },
        ::forma_core::schema::Property {
            name: "PassphraseSecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SRT_LISTENER_DECRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.SrtListenerDecryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Algorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES128", "AES192", "AES256"]),
        },
        ::forma_core::schema::Property {
            name: "PassphraseSecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_SDP_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Input.InputSdpLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "MediaIndex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SdpUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
