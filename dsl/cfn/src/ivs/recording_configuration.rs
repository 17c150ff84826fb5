// @generated from AWS::IVS::RecordingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IVS::RecordingConfiguration` and its property types.

/// Resource Type definition for AWS::IVS::RecordingConfiguration
///
/// CloudFormation type `AWS::IVS::RecordingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingConfiguration {
    props: ::forma_core::schema::Props,
}
impl RecordingConfiguration {
    /// A new resource with its required properties: `DestinationConfiguration`.
    #[track_caller]
    pub fn new(
        destination_configuration: impl ::std::convert::Into<::forma_core::Value<DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Recording Configuration Name.
    ///
    /// Allowed: length 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Recording Reconnect Window Seconds.
    ///
    /// Allowed: 0 to 300.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn recording_reconnect_window_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Rendition Configuration describes which renditions should be recorded for a stream.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn rendition_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RenditionConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the asset model.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Recording Thumbnail Configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn thumbnail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThumbnailConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RecordingConfiguration {
    type Attributes = RecordingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IVS::RecordingConfiguration"
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
/// The attributes of a `AWS::IVS::RecordingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RecordingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RecordingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RecordingConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// Recording Destination Configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Recording S3 Destination Configuration.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationConfiguration> for ::forma_core::Value<DestinationConfiguration> {
    fn from(v: DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `NONE`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RenditionSelection {
    /// `ALL`
    All,
    /// `NONE`
    None,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RenditionSelection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::None => "NONE",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "NONE", "CUSTOM"]
    }
}
impl ::std::convert::From<RenditionSelection> for ::forma_core::Value<RenditionSelection> {
    fn from(v: RenditionSelection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RenditionSelection {}

/// The values CloudFormation documents: `FULL_HD`, `HD`, `SD`, `LOWEST_RESOLUTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Renditions {
    /// `FULL_HD`
    FullHd,
    /// `HD`
    Hd,
    /// `SD`
    Sd,
    /// `LOWEST_RESOLUTION`
    LowestResolution,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Renditions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullHd => "FULL_HD",
            Self::Hd => "HD",
            Self::Sd => "SD",
            Self::LowestResolution => "LOWEST_RESOLUTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_HD", "HD", "SD", "LOWEST_RESOLUTION"]
    }
}
impl ::std::convert::From<Renditions> for ::forma_core::Value<Renditions> {
    fn from(v: Renditions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Renditions {}

/// Rendition Configuration describes which renditions should be recorded for a stream.
#[derive(Debug, Clone, PartialEq)]
pub struct RenditionConfiguration {
    props: ::forma_core::schema::Props,
}
impl RenditionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Resolution Selection indicates which set of renditions are recorded for a stream.
    pub fn rendition_selection(mut self, value: impl ::forma_core::schema::EnumArg<RenditionSelection>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Renditions indicates which renditions are recorded for a stream.
    pub fn renditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Renditions>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RenditionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RenditionConfiguration> for ::forma_core::Value<RenditionConfiguration> {
    fn from(v: RenditionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RENDITION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IVS::RecordingConfiguration`.
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

/// The values CloudFormation documents: `INTERVAL`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingMode {
    /// `INTERVAL`
    Interval,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interval => "INTERVAL",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTERVAL", "DISABLED"]
    }
}
impl ::std::convert::From<RecordingMode> for ::forma_core::Value<RecordingMode> {
    fn from(v: RecordingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordingMode {}

/// The values CloudFormation documents: `FULL_HD`, `HD`, `SD`, `LOWEST_RESOLUTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resolution {
    /// `FULL_HD`
    FullHd,
    /// `HD`
    Hd,
    /// `SD`
    Sd,
    /// `LOWEST_RESOLUTION`
    LowestResolution,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Resolution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullHd => "FULL_HD",
            Self::Hd => "HD",
            Self::Sd => "SD",
            Self::LowestResolution => "LOWEST_RESOLUTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_HD", "HD", "SD", "LOWEST_RESOLUTION"]
    }
}
impl ::std::convert::From<Resolution> for ::forma_core::Value<Resolution> {
    fn from(v: Resolution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Resolution {}

/// The values CloudFormation documents: `SEQUENTIAL`, `LATEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Storage {
    /// `SEQUENTIAL`
    Sequential,
    /// `LATEST`
    Latest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Storage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sequential => "SEQUENTIAL",
            Self::Latest => "LATEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEQUENTIAL", "LATEST"]
    }
}
impl ::std::convert::From<Storage> for ::forma_core::Value<Storage> {
    fn from(v: Storage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Storage {}

/// Recording Thumbnail Configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ThumbnailConfiguration {
    props: ::forma_core::schema::Props,
}
impl ThumbnailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Thumbnail Recording Mode, which determines whether thumbnails are recorded at an interval or are disabled.
    pub fn recording_mode(mut self, value: impl ::forma_core::schema::EnumArg<RecordingMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Resolution indicates the desired resolution of recorded thumbnails.
    pub fn resolution(mut self, value: impl ::forma_core::schema::EnumArg<Resolution>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Storage indicates the format in which thumbnails are recorded.
    pub fn storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Storage>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Target Interval Seconds defines the interval at which thumbnails are recorded.
    ///
    /// Allowed: 1 to 60.
    pub fn target_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThumbnailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThumbnailConfiguration> for ::forma_core::Value<ThumbnailConfiguration> {
    fn from(v: ThumbnailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THUMBNAIL_CONFIGURATION_TYPE.properties))
    }
}

/// Recording S3 Destination Configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DestinationConfiguration {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3DestinationConfiguration> for ::forma_core::Value<S3DestinationConfiguration> {
    fn from(v: S3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::IVS::RecordingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IVS::RecordingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordingReconnectWindowSeconds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RenditionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RENDITION_CONFIGURATION_TYPE),
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
            name: "ThumbnailConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&THUMBNAIL_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "State"],
};

static DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::RecordingConfiguration.DestinationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static RENDITION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::RecordingConfiguration.RenditionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RenditionSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "NONE", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "Renditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["FULL_HD", "HD", "SD", "LOWEST_RESOLUTION"]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(4) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::RecordingConfiguration.Tag",
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

static THUMBNAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::RecordingConfiguration.ThumbnailConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INTERVAL", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Resolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL_HD", "HD", "SD", "LOWEST_RESOLUTION"]),
        },
        ::forma_core::schema::Property {
            name: "Storage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SEQUENTIAL", "LATEST"]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        },
    ],
    rules: &[],
};

static S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::RecordingConfiguration.S3DestinationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "BucketName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-z0-9-.]+$"),
            min_length: Some(3),
            max_length: Some(63),
        }),
    }],
    rules: &[],
};
