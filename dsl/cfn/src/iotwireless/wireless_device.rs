// @generated from AWS::IoTWireless::WirelessDevice (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTWireless::WirelessDevice` and its property types.

/// Create and manage wireless gateways, including LoRa gateways.
///
/// CloudFormation type `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct WirelessDevice {
    props: ::forma_core::schema::Props,
}
impl WirelessDevice {
    /// A new resource with its required properties: `DestinationName`, `Type`.
    #[track_caller]
    pub fn new(
        destination_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Wireless device description
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date and time when the most recent uplink was received.
    #[track_caller]
    pub fn last_uplink_received_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The combination of Package, Station and Model which represents the version of the LoRaWAN Wireless Device.
    #[track_caller]
    pub fn lo_ra_wan(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoRaWanDevice>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Wireless device name
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// FPort values for the GNSS, stream, and ClockSync functions of the positioning information.
    #[track_caller]
    pub fn positioning(mut self, value: impl ::forma_core::schema::EnumArg<Positioning>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the device.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Thing arn.
    #[track_caller]
    pub fn thing_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WirelessDevice {
    type Attributes = WirelessDeviceAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTWireless::WirelessDevice"
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
/// The attributes of a `AWS::IoTWireless::WirelessDevice` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WirelessDeviceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WirelessDeviceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WirelessDeviceAttributes {
    /// `Fn::GetAtt` `ThingName`.
    pub fn thing_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ThingName")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Positioning {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Positioning {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<Positioning> for ::forma_core::Value<Positioning> {
    fn from(v: Positioning) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Positioning {}

/// The values CloudFormation documents: `Sidewalk`, `LoRaWAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `Sidewalk`
    Sidewalk,
    /// `LoRaWAN`
    LoRaWan,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sidewalk => "Sidewalk",
            Self::LoRaWan => "LoRaWAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Sidewalk", "LoRaWAN"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `LoRaWANDevice` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoRaWanDevice {
    props: ::forma_core::schema::Props,
}
impl LoRaWanDevice {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `OtaaV11`, `OtaaV10x`, `AbpV11` or `AbpV10x`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AbpV10x`.
    pub fn abp_v10_x(mut self, value: impl ::std::convert::Into<::forma_core::Value<AbpV10X>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AbpV11`.
    pub fn abp_v11(mut self, value: impl ::std::convert::Into<::forma_core::Value<AbpV11>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DevEui`.
    pub fn dev_eui(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DeviceProfileId`.
    ///
    /// Allowed: length 0 to 256.
    pub fn device_profile_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FPorts`.
    pub fn f_ports(mut self, value: impl ::std::convert::Into<::forma_core::Value<FPorts>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OtaaV10x`.
    pub fn otaa_v10_x(mut self, value: impl ::std::convert::Into<::forma_core::Value<OtaaV10X>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `OtaaV11`.
    pub fn otaa_v11(mut self, value: impl ::std::convert::Into<::forma_core::Value<OtaaV11>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ServiceProfileId`.
    ///
    /// Allowed: length 0 to 256.
    pub fn service_profile_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoRaWanDevice {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoRaWanDevice> for ::forma_core::Value<LoRaWanDevice> {
    fn from(v: LoRaWanDevice) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LO_RA_WAN_DEVICE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `AbpV10x` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct AbpV10X {
    props: ::forma_core::schema::Props,
}
impl AbpV10X {
    /// A new value with its required properties: `DevAddr`, `SessionKeys`.
    pub fn new(
        dev_addr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        session_keys: impl ::std::convert::Into<::forma_core::Value<SessionKeysAbpV10X>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dev_addr.into().into_expr());
        props.set(1, session_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AbpV10X> for ::forma_core::Value<AbpV10X> {
    fn from(v: AbpV10X) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABP_V10_X_TYPE.properties))
    }
}

/// The `AbpV11` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct AbpV11 {
    props: ::forma_core::schema::Props,
}
impl AbpV11 {
    /// A new value with its required properties: `DevAddr`, `SessionKeys`.
    pub fn new(
        dev_addr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        session_keys: impl ::std::convert::Into<::forma_core::Value<SessionKeysAbpV11>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dev_addr.into().into_expr());
        props.set(1, session_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AbpV11> for ::forma_core::Value<AbpV11> {
    fn from(v: AbpV11) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABP_V11_TYPE.properties))
    }
}

/// The `FPorts` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct FPorts {
    props: ::forma_core::schema::Props,
}
impl FPorts {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of optional LoRaWAN application information, which can be used for geolocation.
    pub fn applications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Application>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FPorts {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FPorts> for ::forma_core::Value<FPorts> {
    fn from(v: FPorts) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(F_PORTS_TYPE.properties))
    }
}

/// The `OtaaV10x` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct OtaaV10X {
    props: ::forma_core::schema::Props,
}
impl OtaaV10X {
    /// A new value with its required properties: `AppEui`, `AppKey`.
    pub fn new(
        app_eui: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        app_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_eui.into().into_expr());
        props.set(1, app_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OtaaV10X> for ::forma_core::Value<OtaaV10X> {
    fn from(v: OtaaV10X) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OTAA_V10_X_TYPE.properties))
    }
}

/// The `OtaaV11` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct OtaaV11 {
    props: ::forma_core::schema::Props,
}
impl OtaaV11 {
    /// A new value with its required properties: `AppKey`, `JoinEui`, `NwkKey`.
    pub fn new(
        app_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        join_eui: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nwk_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_key.into().into_expr());
        props.set(1, join_eui.into().into_expr());
        props.set(2, nwk_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OtaaV11> for ::forma_core::Value<OtaaV11> {
    fn from(v: OtaaV11) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OTAA_V11_TYPE.properties))
    }
}

/// The `SessionKeysAbpV10x` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionKeysAbpV10X {
    props: ::forma_core::schema::Props,
}
impl SessionKeysAbpV10X {
    /// A new value with its required properties: `AppSKey`, `NwkSKey`.
    pub fn new(
        app_s_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nwk_s_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_s_key.into().into_expr());
        props.set(1, nwk_s_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionKeysAbpV10X> for ::forma_core::Value<SessionKeysAbpV10X> {
    fn from(v: SessionKeysAbpV10X) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_KEYS_ABP_V10_X_TYPE.properties))
    }
}

/// The `SessionKeysAbpV11` property type of `AWS::IoTWireless::WirelessDevice`.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionKeysAbpV11 {
    props: ::forma_core::schema::Props,
}
impl SessionKeysAbpV11 {
    /// A new value with its required properties: `AppSKey`, `FNwkSIntKey`, `NwkSEncKey`, `SNwkSIntKey`.
    pub fn new(
        app_s_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        f_nwk_s_int_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nwk_s_enc_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s_nwk_s_int_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_s_key.into().into_expr());
        props.set(1, f_nwk_s_int_key.into().into_expr());
        props.set(2, nwk_s_enc_key.into().into_expr());
        props.set(3, s_nwk_s_int_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionKeysAbpV11> for ::forma_core::Value<SessionKeysAbpV11> {
    fn from(v: SessionKeysAbpV11) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_KEYS_ABP_V11_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SemtechGeolocation`, `SemtechGNSS`, `SemtechGNSSNG`, `SemtechWiFi`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationType {
    /// `SemtechGeolocation`
    SemtechGeolocation,
    /// `SemtechGNSS`
    SemtechGnss,
    /// `SemtechGNSSNG`
    SemtechGnssng,
    /// `SemtechWiFi`
    SemtechWiFi,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SemtechGeolocation => "SemtechGeolocation",
            Self::SemtechGnss => "SemtechGNSS",
            Self::SemtechGnssng => "SemtechGNSSNG",
            Self::SemtechWiFi => "SemtechWiFi",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SemtechGeolocation", "SemtechGNSS", "SemtechGNSSNG", "SemtechWiFi"]
    }
}
impl ::std::convert::From<ApplicationType> for ::forma_core::Value<ApplicationType> {
    fn from(v: ApplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationType {}

/// LoRaWAN application configuration, which can be used to perform geolocation.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the position data destination that describes the AWS IoT rule that processes the device's position data for use by AWS IoT Core for LoRaWAN.
    ///
    /// Allowed: length 0 to 128.
    pub fn destination_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Fport value.
    ///
    /// Allowed: 1 to 223.
    pub fn f_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Application type, which can be specified to obtain real-time position information of your LoRaWAN device.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Application {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Application> for ::forma_core::Value<Application> {
    fn from(v: Application) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_TYPE.properties))
    }
}

/// The schema of `AWS::IoTWireless::WirelessDevice`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTWireless::WirelessDevice",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastUplinkReceivedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LoRaWAN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_DEVICE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Positioning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThingArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Sidewalk", "LoRaWAN"]),
        },
    ],
    rules: &[],
    attributes: &["ThingName", "Id", "Arn"],
};

static LO_RA_WAN_DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.LoRaWANDevice",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbpV10x",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABP_V10_X_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AbpV11",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABP_V11_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DevEui",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-f0-9]{16}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DeviceProfileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FPorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&F_PORTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OtaaV10x",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OTAA_V10_X_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OtaaV11",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OTAA_V11_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceProfileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["OtaaV11"], &["OtaaV10x"], &["AbpV11"], &["AbpV10x"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
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

static ABP_V10_X_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.AbpV10x",
    properties: &[
        ::forma_core::schema::Property {
            name: "DevAddr",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{8}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SessionKeys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_KEYS_ABP_V10_X_TYPE),
        },
    ],
    rules: &[],
};

static ABP_V11_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.AbpV11",
    properties: &[
        ::forma_core::schema::Property {
            name: "DevAddr",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{8}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SessionKeys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_KEYS_ABP_V11_TYPE),
        },
    ],
    rules: &[],
};

static F_PORTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.FPorts",
    properties: &[::forma_core::schema::Property {
        name: "Applications",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&APPLICATION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static OTAA_V10_X_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.OtaaV10x",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppEui",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{16}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AppKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static OTAA_V11_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.OtaaV11",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "JoinEui",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{16}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NwkKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SESSION_KEYS_ABP_V10_X_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.SessionKeysAbpV10x",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppSKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NwkSKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SESSION_KEYS_ABP_V11_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.SessionKeysAbpV11",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppSKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FNwkSIntKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NwkSEncKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SNwkSIntKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-fA-F0-9]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static APPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDevice.Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-_]+"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "FPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(223.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SemtechGeolocation",
                "SemtechGNSS",
                "SemtechGNSSNG",
                "SemtechWiFi",
            ]),
        },
    ],
    rules: &[],
};
