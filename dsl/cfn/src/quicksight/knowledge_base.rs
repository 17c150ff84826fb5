// @generated from AWS::QuickSight::KnowledgeBase (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::KnowledgeBase` and its property types.

/// Definition of AWS::QuickSight::KnowledgeBase Resource Type
///
/// CloudFormation type `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeBase {
    props: ::forma_core::schema::Props,
}
impl KnowledgeBase {
    /// A new resource with its required properties: `AwsAccountId`, `DataSourceArn`, `KnowledgeBaseConfiguration`, `KnowledgeBaseId`, `Name`.
    #[track_caller]
    pub fn new(
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        knowledge_base_configuration: impl ::std::convert::Into<::forma_core::Value<KnowledgeBaseConfiguration>>,
        knowledge_base_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, data_source_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, knowledge_base_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, knowledge_base_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessControlConfiguration`.
    #[track_caller]
    pub fn access_control_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessControlConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IsEmailNotificationOptedForIngestionFailures`.
    #[track_caller]
    pub fn is_email_notification_opted_for_ingestion_failures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MediaExtractionConfiguration`.
    #[track_caller]
    pub fn media_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaExtractionConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Permissions`.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrimaryOwnerArn`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn primary_owner_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for KnowledgeBase {
    type Attributes = KnowledgeBaseAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::KnowledgeBase"
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
/// The attributes of a `AWS::QuickSight::KnowledgeBase` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KnowledgeBaseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KnowledgeBaseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl KnowledgeBaseAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DocumentCount`.
    pub fn document_count(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "DocumentCount")
    }
    /// `Fn::GetAtt` `KnowledgeBaseArn`.
    pub fn knowledge_base_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KnowledgeBaseArn")
    }
    /// `Fn::GetAtt` `KnowledgeBaseSizeBytes`.
    pub fn knowledge_base_size_bytes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "KnowledgeBaseSizeBytes")
    }
    /// `Fn::GetAtt` `PrimaryOwnerUsername`.
    pub fn primary_owner_username(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryOwnerUsername")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `AccessControlConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlConfiguration {
    props: ::forma_core::schema::Props,
}
impl AccessControlConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IsACLEnabled`.
    pub fn is_acl_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessControlConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessControlConfiguration> for ::forma_core::Value<AccessControlConfiguration> {
    fn from(v: AccessControlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_CONFIGURATION_TYPE.properties))
    }
}

/// The `KnowledgeBaseConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl KnowledgeBaseConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TemplateConfiguration`.
    pub fn template_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KbTemplateConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KnowledgeBaseConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KnowledgeBaseConfiguration> for ::forma_core::Value<KnowledgeBaseConfiguration> {
    fn from(v: KnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties))
    }
}

/// The `MediaExtractionConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaExtractionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioExtractionConfiguration`.
    pub fn audio_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioExtractionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ImageExtractionConfiguration`.
    pub fn image_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageExtractionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VideoExtractionConfiguration`.
    pub fn video_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoExtractionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaExtractionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaExtractionConfiguration> for ::forma_core::Value<MediaExtractionConfiguration> {
    fn from(v: MediaExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Permission for the resource.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
    /// `Resource`.
    pub fn resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// The `KbTemplateConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct KbTemplateConfiguration {
    props: ::forma_core::schema::Props,
}
impl KbTemplateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Template`.
    pub fn template(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KbTemplateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KbTemplateConfiguration> for ::forma_core::Value<KbTemplateConfiguration> {
    fn from(v: KbTemplateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KB_TEMPLATE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioExtractionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioExtractionStatus {
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
impl ::std::convert::From<AudioExtractionStatus> for ::forma_core::Value<AudioExtractionStatus> {
    fn from(v: AudioExtractionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioExtractionStatus {}

/// The `AudioExtractionConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioExtractionConfiguration {
    /// A new value with its required properties: `AudioExtractionStatus`.
    pub fn new(audio_extraction_status: impl ::forma_core::schema::EnumArg<AudioExtractionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audio_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioExtractionConfiguration> for ::forma_core::Value<AudioExtractionConfiguration> {
    fn from(v: AudioExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageExtractionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageExtractionStatus {
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
impl ::std::convert::From<ImageExtractionStatus> for ::forma_core::Value<ImageExtractionStatus> {
    fn from(v: ImageExtractionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageExtractionStatus {}

/// The `ImageExtractionConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageExtractionConfiguration {
    /// A new value with its required properties: `ImageExtractionStatus`.
    pub fn new(image_extraction_status: impl ::forma_core::schema::EnumArg<ImageExtractionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, image_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageExtractionConfiguration> for ::forma_core::Value<ImageExtractionConfiguration> {
    fn from(v: ImageExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoExtractionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VideoExtractionStatus {
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
impl ::std::convert::From<VideoExtractionStatus> for ::forma_core::Value<VideoExtractionStatus> {
    fn from(v: VideoExtractionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VideoExtractionStatus {}

/// The values CloudFormation documents: `AUDIO_TRANSCRIPTION_ONLY`, `VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoExtractionType {
    /// `AUDIO_TRANSCRIPTION_ONLY`
    AudioTranscriptionOnly,
    /// `VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION`
    VisualContentAndAudioTranscription,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VideoExtractionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AudioTranscriptionOnly => "AUDIO_TRANSCRIPTION_ONLY",
            Self::VisualContentAndAudioTranscription => "VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUDIO_TRANSCRIPTION_ONLY", "VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION"]
    }
}
impl ::std::convert::From<VideoExtractionType> for ::forma_core::Value<VideoExtractionType> {
    fn from(v: VideoExtractionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VideoExtractionType {}

/// The `VideoExtractionConfiguration` property type of `AWS::QuickSight::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoExtractionConfiguration {
    /// A new value with its required properties: `VideoExtractionStatus`.
    pub fn new(video_extraction_status: impl ::forma_core::schema::EnumArg<VideoExtractionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, video_extraction_status.into_enum_expr());
        Self { props }
    }
    /// `VideoExtractionType`.
    pub fn video_extraction_type(mut self, value: impl ::forma_core::schema::EnumArg<VideoExtractionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<VideoExtractionConfiguration> for ::forma_core::Value<VideoExtractionConfiguration> {
    fn from(v: VideoExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::KnowledgeBase`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::KnowledgeBase",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessControlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]*$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsEmailNotificationOptedForIngestionFailures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBaseConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KNOWLEDGE_BASE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBaseId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_=.+]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{N}][\\p{L}\\p{N} _\\-\\.]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(64) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PrimaryOwnerArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "CreatedAt",
        "DocumentCount",
        "KnowledgeBaseArn",
        "KnowledgeBaseSizeBytes",
        "PrimaryOwnerUsername",
        "Status",
        "Type",
        "UpdatedAt",
    ],
};

static ACCESS_CONTROL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.AccessControlConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "IsACLEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static KNOWLEDGE_BASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.KnowledgeBaseConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TemplateConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KB_TEMPLATE_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static MEDIA_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.MediaExtractionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_EXTRACTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Resource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static KB_TEMPLATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.KbTemplateConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Template",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static AUDIO_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.AudioExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AudioExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static IMAGE_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.ImageExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ImageExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static VIDEO_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::KnowledgeBase.VideoExtractionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "VideoExtractionStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "VideoExtractionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AUDIO_TRANSCRIPTION_ONLY",
                "VISUAL_CONTENT_AND_AUDIO_TRANSCRIPTION",
            ]),
        },
    ],
    rules: &[],
};
