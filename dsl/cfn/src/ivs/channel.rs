// @generated from AWS::IVS::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IVS::Channel` and its property types.

/// Resource Type definition for AWS::IVS::Channel
///
/// CloudFormation type `AWS::IVS::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the channel is authorized.
    #[track_caller]
    pub fn authorized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates which content-packaging format is used (MPEG-TS or fMP4).
    #[track_caller]
    pub fn container_format(mut self, value: impl ::forma_core::schema::EnumArg<ContainerFormat>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the channel allows insecure ingest.
    #[track_caller]
    pub fn insecure_ingest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Channel latency mode.
    #[track_caller]
    pub fn latency_mode(mut self, value: impl ::forma_core::schema::EnumArg<LatencyMode>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MultitrackInputConfiguration`.
    #[track_caller]
    pub fn multitrack_input_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultitrackInputConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Channel
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional transcode preset for the channel.
    #[track_caller]
    pub fn preset(mut self, value: impl ::forma_core::schema::EnumArg<Preset>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Recording Configuration ARN.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn recording_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the asset model.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Channel type, which determines the allowable resolution and bitrate.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Channel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IVS::Channel"
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
/// The attributes of a `AWS::IVS::Channel` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `PlaybackUrl`.
    pub fn playback_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PlaybackUrl")
    }
    /// `Fn::GetAtt` `IngestEndpoint`.
    pub fn ingest_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IngestEndpoint")
    }
}

/// The values CloudFormation documents: `TS`, `FRAGMENTED_MP4`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContainerFormat {
    /// `TS`
    Ts,
    /// `FRAGMENTED_MP4`
    FragmentedMp4,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContainerFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ts => "TS",
            Self::FragmentedMp4 => "FRAGMENTED_MP4",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TS", "FRAGMENTED_MP4"]
    }
}
impl ::std::convert::From<ContainerFormat> for ::forma_core::Value<ContainerFormat> {
    fn from(v: ContainerFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContainerFormat {}

/// The values CloudFormation documents: `NORMAL`, `LOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LatencyMode {
    /// `NORMAL`
    Normal,
    /// `LOW`
    Low,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LatencyMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Low => "LOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NORMAL", "LOW"]
    }
}
impl ::std::convert::From<LatencyMode> for ::forma_core::Value<LatencyMode> {
    fn from(v: LatencyMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LatencyMode {}

/// The values CloudFormation documents: ``, `HIGHER_BANDWIDTH_DELIVERY`, `CONSTRAINED_BANDWIDTH_DELIVERY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Preset {
    /// ``
    Value,
    /// `HIGHER_BANDWIDTH_DELIVERY`
    HigherBandwidthDelivery,
    /// `CONSTRAINED_BANDWIDTH_DELIVERY`
    ConstrainedBandwidthDelivery,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Preset {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Value => "",
            Self::HigherBandwidthDelivery => "HIGHER_BANDWIDTH_DELIVERY",
            Self::ConstrainedBandwidthDelivery => "CONSTRAINED_BANDWIDTH_DELIVERY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["", "HIGHER_BANDWIDTH_DELIVERY", "CONSTRAINED_BANDWIDTH_DELIVERY"]
    }
}
impl ::std::convert::From<Preset> for ::forma_core::Value<Preset> {
    fn from(v: Preset) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Preset {}

/// The values CloudFormation documents: `STANDARD`, `BASIC`, `ADVANCED_SD`, `ADVANCED_HD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `STANDARD`
    Standard,
    /// `BASIC`
    Basic,
    /// `ADVANCED_SD`
    AdvancedSd,
    /// `ADVANCED_HD`
    AdvancedHd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Basic => "BASIC",
            Self::AdvancedSd => "ADVANCED_SD",
            Self::AdvancedHd => "ADVANCED_HD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "BASIC", "ADVANCED_SD", "ADVANCED_HD"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `SD`, `HD`, `FULL_HD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaximumResolution {
    /// `SD`
    Sd,
    /// `HD`
    Hd,
    /// `FULL_HD`
    FullHd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaximumResolution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sd => "SD",
            Self::Hd => "HD",
            Self::FullHd => "FULL_HD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SD", "HD", "FULL_HD"]
    }
}
impl ::std::convert::From<MaximumResolution> for ::forma_core::Value<MaximumResolution> {
    fn from(v: MaximumResolution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaximumResolution {}

/// The values CloudFormation documents: `ALLOW`, `REQUIRE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Policy {
    /// `ALLOW`
    Allow,
    /// `REQUIRE`
    Require,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Policy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Require => "REQUIRE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "REQUIRE"]
    }
}
impl ::std::convert::From<Policy> for ::forma_core::Value<Policy> {
    fn from(v: Policy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Policy {}

/// The `MultitrackInputConfiguration` property type of `AWS::IVS::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultitrackInputConfiguration {
    props: ::forma_core::schema::Props,
}
impl MultitrackInputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether multitrack input is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum resolution for multitrack input.
    pub fn maximum_resolution(mut self, value: impl ::forma_core::schema::EnumArg<MaximumResolution>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Indicates whether multitrack input is allowed or required.
    pub fn policy(mut self, value: impl ::forma_core::schema::EnumArg<Policy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MultitrackInputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultitrackInputConfiguration> for ::forma_core::Value<MultitrackInputConfiguration> {
    fn from(v: MultitrackInputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTITRACK_INPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IVS::Channel`.
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

/// The schema of `AWS::IVS::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IVS::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "Authorized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ContainerFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TS", "FRAGMENTED_MP4"]),
        },
        ::forma_core::schema::Property {
            name: "InsecureIngest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LatencyMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NORMAL", "LOW"]),
        },
        ::forma_core::schema::Property {
            name: "MultitrackInputConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTITRACK_INPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Preset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "",
                "HIGHER_BANDWIDTH_DELIVERY",
                "CONSTRAINED_BANDWIDTH_DELIVERY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RecordingConfigurationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "BASIC", "ADVANCED_SD", "ADVANCED_HD"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "PlaybackUrl", "IngestEndpoint"],
};

static MULTITRACK_INPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::Channel.MultitrackInputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaximumResolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SD", "HD", "FULL_HD"]),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "REQUIRE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::Channel.Tag",
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
            required: true,
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
