// @generated from AWS::IoTWireless::FuotaTask (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTWireless::FuotaTask` and its property types.

/// Create and manage FUOTA tasks.
///
/// CloudFormation type `AWS::IoTWireless::FuotaTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct FuotaTask {
    props: ::forma_core::schema::Props,
}
impl FuotaTask {
    /// A new resource with its required properties: `FirmwareUpdateImage`, `FirmwareUpdateRole`, `LoRaWAN`.
    #[track_caller]
    pub fn new(
        firmware_update_image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        firmware_update_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        lo_ra_wan: impl ::std::convert::Into<::forma_core::Value<LoRaWan>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, firmware_update_image.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, firmware_update_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, lo_ra_wan.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Multicast group to associate.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn associate_multicast_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Wireless device to associate.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn associate_wireless_device(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// FUOTA task description
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Multicast group to disassociate.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn disassociate_multicast_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Wireless device to disassociate.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn disassociate_wireless_device(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of FUOTA task
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the FUOTA task.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FuotaTask {
    type Attributes = FuotaTaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTWireless::FuotaTask"
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
/// The attributes of a `AWS::IoTWireless::FuotaTask` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FuotaTaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FuotaTaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FuotaTaskAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `FuotaTaskStatus`.
    pub fn fuota_task_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FuotaTaskStatus")
    }
    /// `Fn::GetAtt` `LoRaWAN.StartTime`.
    pub fn lo_ra_wan_start_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.StartTime")
    }
}

/// The values CloudFormation documents: `AS923-1`, `AS923-2`, `AS923-3`, `AS923-4`, `AU915`, `CN470`, `CN779`, `EU433`, `EU868`, `IN865`, `KR920`, `RU864`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RfRegion {
    /// `AS923-1`
    As9231,
    /// `AS923-2`
    As9232,
    /// `AS923-3`
    As9233,
    /// `AS923-4`
    As9234,
    /// `AU915`
    Au915,
    /// `CN470`
    Cn470,
    /// `CN779`
    Cn779,
    /// `EU433`
    Eu433,
    /// `EU868`
    Eu868,
    /// `IN865`
    In865,
    /// `KR920`
    Kr920,
    /// `RU864`
    Ru864,
    /// `US915`
    Us915,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RfRegion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::As9231 => "AS923-1",
            Self::As9232 => "AS923-2",
            Self::As9233 => "AS923-3",
            Self::As9234 => "AS923-4",
            Self::Au915 => "AU915",
            Self::Cn470 => "CN470",
            Self::Cn779 => "CN779",
            Self::Eu433 => "EU433",
            Self::Eu868 => "EU868",
            Self::In865 => "IN865",
            Self::Kr920 => "KR920",
            Self::Ru864 => "RU864",
            Self::Us915 => "US915",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AS923-1", "AS923-2", "AS923-3", "AS923-4", "AU915", "CN470", "CN779", "EU433", "EU868", "IN865", "KR920",
            "RU864", "US915",
        ]
    }
}
impl ::std::convert::From<RfRegion> for ::forma_core::Value<RfRegion> {
    fn from(v: RfRegion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RfRegion {}

/// The `LoRaWAN` property type of `AWS::IoTWireless::FuotaTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoRaWan {
    props: ::forma_core::schema::Props,
}
impl LoRaWan {
    /// A new value with its required properties: `RfRegion`.
    pub fn new(rf_region: impl ::forma_core::schema::EnumArg<RfRegion>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rf_region.into_enum_expr());
        Self { props }
    }
    /// FUOTA task LoRaWAN start time
    ///
    /// Allowed: length 0 to 64.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LoRaWan> for ::forma_core::Value<LoRaWan> {
    fn from(v: LoRaWan) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LO_RA_WAN_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTWireless::FuotaTask`.
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

/// The schema of `AWS::IoTWireless::FuotaTask`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTWireless::FuotaTask",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociateMulticastGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssociateWirelessDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
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
            name: "DisassociateMulticastGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisassociateWirelessDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirmwareUpdateImage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirmwareUpdateRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "LoRaWAN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_TYPE),
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "FuotaTaskStatus", "LoRaWAN.StartTime"],
};

static LO_RA_WAN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::FuotaTask.LoRaWAN",
    properties: &[
        ::forma_core::schema::Property {
            name: "RfRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AS923-1", "AS923-2", "AS923-3", "AS923-4", "AU915", "CN470", "CN779", "EU433", "EU868", "IN865",
                "KR920", "RU864", "US915",
            ]),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::FuotaTask.Tag",
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
