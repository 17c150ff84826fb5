// @generated from AWS::IoTSiteWise::Gateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::Gateway` and its property types.

/// Resource schema for AWS::IoTSiteWise::Gateway
///
/// CloudFormation type `AWS::IoTSiteWise::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct Gateway {
    props: ::forma_core::schema::Props,
}
impl Gateway {
    /// A new resource with its required properties: `GatewayName`, `GatewayPlatform`.
    #[track_caller]
    pub fn new(
        gateway_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        gateway_platform: impl ::std::convert::Into<::forma_core::Value<GatewayPlatform>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, gateway_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, gateway_platform.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of gateway capability summaries that each contain a namespace and status.
    #[track_caller]
    pub fn gateway_capability_summaries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GatewayCapabilitySummary>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the gateway you want to create.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn gateway_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the gateway.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Gateway {
    type Attributes = GatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::Gateway"
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
/// The attributes of a `AWS::IoTSiteWise::Gateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayAttributes {
    /// `Fn::GetAtt` `GatewayId`.
    pub fn gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayId")
    }
}

/// Contains a summary of a gateway capability configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayCapabilitySummary {
    props: ::forma_core::schema::Props,
}
impl GatewayCapabilitySummary {
    /// A new value with its required properties: `CapabilityNamespace`.
    pub fn new(capability_namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, capability_namespace.into().into_expr());
        Self { props }
    }
    /// The JSON document that defines the gateway capability's configuration.
    pub fn capability_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayCapabilitySummary> for ::forma_core::Value<GatewayCapabilitySummary> {
    fn from(v: GatewayCapabilitySummary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_CAPABILITY_SUMMARY_TYPE.properties))
    }
}

/// Contains a gateway's platform information.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayPlatform {
    props: ::forma_core::schema::Props,
}
impl GatewayPlatform {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `GreengrassV2` or `SiemensIE`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A gateway that runs on AWS IoT Greengrass V2.
    pub fn greengrass_v2(mut self, value: impl ::std::convert::Into<::forma_core::Value<GreengrassV2>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A gateway that runs on Siemens Industrial Edge.
    pub fn siemens_ie(mut self, value: impl ::std::convert::Into<::forma_core::Value<SiemensIe>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayPlatform {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayPlatform> for ::forma_core::Value<GatewayPlatform> {
    fn from(v: GatewayPlatform) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_PLATFORM_TYPE.properties))
    }
}

/// To add or update tag, provide both key and value.
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

/// The values CloudFormation documents: `LINUX_AARCH64`, `LINUX_AMD64`, `WINDOWS_AMD64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CoreDeviceOperatingSystem {
    /// `LINUX_AARCH64`
    LinuxAarch64,
    /// `LINUX_AMD64`
    LinuxAmd64,
    /// `WINDOWS_AMD64`
    WindowsAmd64,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CoreDeviceOperatingSystem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LinuxAarch64 => "LINUX_AARCH64",
            Self::LinuxAmd64 => "LINUX_AMD64",
            Self::WindowsAmd64 => "WINDOWS_AMD64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINUX_AARCH64", "LINUX_AMD64", "WINDOWS_AMD64"]
    }
}
impl ::std::convert::From<CoreDeviceOperatingSystem> for ::forma_core::Value<CoreDeviceOperatingSystem> {
    fn from(v: CoreDeviceOperatingSystem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CoreDeviceOperatingSystem {}

/// Contains the CoreDeviceThingName of AWS IoT Greengrass Group V2 that the gateway runs on.
#[derive(Debug, Clone, PartialEq)]
pub struct GreengrassV2 {
    props: ::forma_core::schema::Props,
}
impl GreengrassV2 {
    /// A new value with its required properties: `CoreDeviceThingName`.
    pub fn new(core_device_thing_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, core_device_thing_name.into().into_expr());
        Self { props }
    }
    /// The operating system of the core device in AWS IoT Greengrass V2.
    pub fn core_device_operating_system(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CoreDeviceOperatingSystem>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<GreengrassV2> for ::forma_core::Value<GreengrassV2> {
    fn from(v: GreengrassV2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GREENGRASS_V2_TYPE.properties))
    }
}

/// Contains the IotCoreThingName of AWS IoT Thing that the gateway runs on.
#[derive(Debug, Clone, PartialEq)]
pub struct SiemensIe {
    props: ::forma_core::schema::Props,
}
impl SiemensIe {
    /// A new value with its required properties: `IotCoreThingName`.
    pub fn new(iot_core_thing_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, iot_core_thing_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SiemensIe> for ::forma_core::Value<SiemensIe> {
    fn from(v: SiemensIe) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIEMENS_IE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSiteWise::Gateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::Gateway",
    properties: &[
        ::forma_core::schema::Property {
            name: "GatewayCapabilitySummaries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GATEWAY_CAPABILITY_SUMMARY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GatewayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "GatewayPlatform",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_PLATFORM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GatewayVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
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
    ],
    rules: &[],
    attributes: &["GatewayId"],
};

static GATEWAY_CAPABILITY_SUMMARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Gateway.GatewayCapabilitySummary",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapabilityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CapabilityNamespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GATEWAY_PLATFORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Gateway.GatewayPlatform",
    properties: &[
        ::forma_core::schema::Property {
            name: "GreengrassV2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GREENGRASS_V2_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SiemensIE",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIEMENS_IE_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["GreengrassV2"], &["SiemensIE"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Gateway.Tag",
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

static GREENGRASS_V2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Gateway.GreengrassV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoreDeviceOperatingSystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINUX_AARCH64", "LINUX_AMD64", "WINDOWS_AMD64"]),
        },
        ::forma_core::schema::Property {
            name: "CoreDeviceThingName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SIEMENS_IE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Gateway.SiemensIE",
    properties: &[::forma_core::schema::Property {
        name: "IotCoreThingName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9:_-]+$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};
