// @generated from AWS::MediaPackageV2::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackageV2::Channel` and its property types.

/// <p>Represents an entry point into AWS Elemental MediaPackage for an ABR video content stream sent from an upstream encoder such as AWS Elemental MediaLive.
///
/// CloudFormation type `AWS::MediaPackageV2::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource with its required properties: `ChannelGroupName`, `ChannelName`.
    #[track_caller]
    pub fn new(
        channel_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, channel_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>Enter any descriptive text that helps you to identify the channel.</p>
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The configuration for input switching based on the media quality confidence score (MQCS) as provided from AWS Elemental MediaLive.</p>
    #[track_caller]
    pub fn input_switch_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputSwitchConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InputType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn input_type(mut self, value: impl ::forma_core::schema::EnumArg<InputType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The multiview configuration for a channel.
    #[track_caller]
    pub fn multiview_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiviewConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The settings for what common media server data (CMSD) headers AWS Elemental MediaPackage includes in responses to the CDN.</p>
    #[track_caller]
    pub fn output_header_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputHeaderConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OutputLockingMode`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn output_locking_mode(mut self, value: impl ::forma_core::schema::EnumArg<OutputLockingMode>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackageV2::Channel"
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
/// The attributes of a `AWS::MediaPackageV2::Channel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `IngestEndpoints`.
    pub fn ingest_endpoints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IngestEndpoints")
    }
    /// `Fn::GetAtt` `IngestEndpointUrls`.
    pub fn ingest_endpoint_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "IngestEndpointUrls")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `AttachedMultiviewChannels`.
    pub fn attached_multiview_channels(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AttachedMultiviewChannels")
    }
}

/// The values CloudFormation documents: `HLS`, `CMAF`, `MULTIVIEW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputType {
    /// `HLS`
    Hls,
    /// `CMAF`
    Cmaf,
    /// `MULTIVIEW`
    Multiview,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hls => "HLS",
            Self::Cmaf => "CMAF",
            Self::Multiview => "MULTIVIEW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HLS", "CMAF", "MULTIVIEW"]
    }
}
impl ::std::convert::From<InputType> for ::forma_core::Value<InputType> {
    fn from(v: InputType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputType {}

/// The values CloudFormation documents: `EPOCH_LOCKED`, `NON_EPOCH_LOCKED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputLockingMode {
    /// `EPOCH_LOCKED`
    EpochLocked,
    /// `NON_EPOCH_LOCKED`
    NonEpochLocked,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputLockingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EpochLocked => "EPOCH_LOCKED",
            Self::NonEpochLocked => "NON_EPOCH_LOCKED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EPOCH_LOCKED", "NON_EPOCH_LOCKED"]
    }
}
impl ::std::convert::From<OutputLockingMode> for ::forma_core::Value<OutputLockingMode> {
    fn from(v: OutputLockingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputLockingMode {}

/// <p>The configuration for input switching based on the media quality confidence score (MQCS) as provided from AWS Elemental MediaLive.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct InputSwitchConfiguration {
    props: ::forma_core::schema::Props,
}
impl InputSwitchConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>When true, AWS Elemental MediaPackage performs input switching based on the MQCS.
    pub fn mqcs_input_switching(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>For CMAF inputs, indicates which input MediaPackage should prefer when both inputs have equal MQCS scores.
    ///
    /// Allowed: 1 to 2.
    pub fn preferred_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputSwitchConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputSwitchConfiguration> for ::forma_core::Value<InputSwitchConfiguration> {
    fn from(v: InputSwitchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SWITCH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LAYOUT_2EH`, `LAYOUT_2PL`, `LAYOUT_3EL`, `LAYOUT_3PL`, `LAYOUT_4E`, `LAYOUT_4PL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiviewLayoutType {
    /// `LAYOUT_2EH`
    Layout2Eh,
    /// `LAYOUT_2PL`
    Layout2Pl,
    /// `LAYOUT_3EL`
    Layout3El,
    /// `LAYOUT_3PL`
    Layout3Pl,
    /// `LAYOUT_4E`
    Layout4E,
    /// `LAYOUT_4PL`
    Layout4Pl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MultiviewLayoutType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Layout2Eh => "LAYOUT_2EH",
            Self::Layout2Pl => "LAYOUT_2PL",
            Self::Layout3El => "LAYOUT_3EL",
            Self::Layout3Pl => "LAYOUT_3PL",
            Self::Layout4E => "LAYOUT_4E",
            Self::Layout4Pl => "LAYOUT_4PL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAYOUT_2EH", "LAYOUT_2PL", "LAYOUT_3EL", "LAYOUT_3PL", "LAYOUT_4E", "LAYOUT_4PL"]
    }
}
impl ::std::convert::From<MultiviewLayoutType> for ::forma_core::Value<MultiviewLayoutType> {
    fn from(v: MultiviewLayoutType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MultiviewLayoutType {}

/// <p>The multiview configuration for a channel.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiviewConfiguration {
    props: ::forma_core::schema::Props,
}
impl MultiviewConfiguration {
    /// A new value with its required properties: `AvailableLayouts`, `AvailableSources`.
    pub fn new(
        available_layouts: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MultiviewLayoutType>>>,
        available_sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, available_layouts.into().into_expr());
        props.set(1, available_sources.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiviewConfiguration> for ::forma_core::Value<MultiviewConfiguration> {
    fn from(v: MultiviewConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIVIEW_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The settings for what common media server data (CMSD) headers AWS Elemental MediaPackage includes in responses to the CDN.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct OutputHeaderConfiguration {
    props: ::forma_core::schema::Props,
}
impl OutputHeaderConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>When true, AWS Elemental MediaPackage includes the MQCS in responses to the CDN.
    pub fn publish_mqcs(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputHeaderConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputHeaderConfiguration> for ::forma_core::Value<OutputHeaderConfiguration> {
    fn from(v: OutputHeaderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_HEADER_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaPackageV2::Channel`.
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
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
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

/// The schema of `AWS::MediaPackageV2::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackageV2::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
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
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputSwitchConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_SWITCH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["HLS", "CMAF", "MULTIVIEW"]),
        },
        ::forma_core::schema::Property {
            name: "MultiviewConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIVIEW_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputHeaderConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_HEADER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputLockingMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["EPOCH_LOCKED", "NON_EPOCH_LOCKED"]),
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
    attributes: &[
        "Arn",
        "CreatedAt",
        "IngestEndpoints",
        "IngestEndpointUrls",
        "ModifiedAt",
        "AttachedMultiviewChannels",
    ],
};

static INPUT_SWITCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::Channel.InputSwitchConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MQCSInputSwitching",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PreferredInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2.0),
            }),
        },
    ],
    rules: &[],
};

static MULTIVIEW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::Channel.MultiviewConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailableLayouts",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "LAYOUT_2EH",
                    "LAYOUT_2PL",
                    "LAYOUT_3EL",
                    "LAYOUT_3PL",
                    "LAYOUT_4E",
                    "LAYOUT_4PL",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailableSources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static OUTPUT_HEADER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::Channel.OutputHeaderConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "PublishMQCS",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::Channel.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
