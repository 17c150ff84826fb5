// @generated from AWS::Bedrock::DataAutomationProject (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::DataAutomationProject` and its property types.

/// Definition of AWS::Bedrock::DataAutomationProject Resource Type
///
/// CloudFormation type `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataAutomationProject {
    props: ::forma_core::schema::Props,
}
impl DataAutomationProject {
    /// A new resource with its required properties: `ProjectName`.
    #[track_caller]
    pub fn new(project_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, project_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Custom output configuration
    #[track_caller]
    pub fn custom_output_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomOutputConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// KMS encryption context
    #[track_caller]
    pub fn kms_encryption_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// KMS key identifier
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Override configuration
    #[track_caller]
    pub fn override_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OverrideConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the DataAutomationProject
    #[track_caller]
    pub fn project_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Type of the DataAutomationProject - Sync or Async
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn project_type(mut self, value: impl ::forma_core::schema::EnumArg<ProjectType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Standard output configuration
    #[track_caller]
    pub fn standard_output_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StandardOutputConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataAutomationProject {
    type Attributes = DataAutomationProjectAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::DataAutomationProject"
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
/// The attributes of a `AWS::Bedrock::DataAutomationProject` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataAutomationProjectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataAutomationProjectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataAutomationProjectAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `ProjectArn`.
    pub fn project_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectArn")
    }
    /// `Fn::GetAtt` `ProjectStage`.
    pub fn project_stage(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectStage")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `ASYNC`, `SYNC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProjectType {
    /// `ASYNC`
    Async,
    /// `SYNC`
    Sync,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProjectType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Async => "ASYNC",
            Self::Sync => "SYNC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASYNC", "SYNC"]
    }
}
impl ::std::convert::From<ProjectType> for ::forma_core::Value<ProjectType> {
    fn from(v: ProjectType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProjectType {}

/// Custom output configuration
#[derive(Debug, Clone, PartialEq)]
pub struct CustomOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomOutputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Blueprints`.
    pub fn blueprints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlueprintItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomOutputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomOutputConfiguration> for ::forma_core::Value<CustomOutputConfiguration> {
    fn from(v: CustomOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Override configuration
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideConfiguration {
    props: ::forma_core::schema::Props,
}
impl OverrideConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Audio`.
    pub fn audio(mut self, value: impl ::std::convert::Into<::forma_core::Value<AudioOverrideConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Document`.
    pub fn document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentOverrideConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Image`.
    pub fn image(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageOverrideConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Modality routing configuration
    pub fn modality_routing(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModalityRoutingConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Video`.
    pub fn video(mut self, value: impl ::std::convert::Into<::forma_core::Value<VideoOverrideConfiguration>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OverrideConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OverrideConfiguration> for ::forma_core::Value<OverrideConfiguration> {
    fn from(v: OverrideConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OVERRIDE_CONFIGURATION_TYPE.properties))
    }
}

/// Standard output configuration
#[derive(Debug, Clone, PartialEq)]
pub struct StandardOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl StandardOutputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Audio`.
    pub fn audio(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioStandardOutputConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Document`.
    pub fn document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentStandardOutputConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Image`.
    pub fn image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageStandardOutputConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Video`.
    pub fn video(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoStandardOutputConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StandardOutputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StandardOutputConfiguration> for ::forma_core::Value<StandardOutputConfiguration> {
    fn from(v: StandardOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STANDARD_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Definition of the key/value pair for a tag
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

/// The values CloudFormation documents: `DEVELOPMENT`, `LIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlueprintStage {
    /// `DEVELOPMENT`
    Development,
    /// `LIVE`
    Live,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlueprintStage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Development => "DEVELOPMENT",
            Self::Live => "LIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEVELOPMENT", "LIVE"]
    }
}
impl ::std::convert::From<BlueprintStage> for ::forma_core::Value<BlueprintStage> {
    fn from(v: BlueprintStage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlueprintStage {}

/// The `BlueprintItem` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct BlueprintItem {
    props: ::forma_core::schema::Props,
}
impl BlueprintItem {
    /// A new value with its required properties: `BlueprintArn`.
    pub fn new(blueprint_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, blueprint_arn.into().into_expr());
        Self { props }
    }
    /// Stage of the Blueprint
    pub fn blueprint_stage(mut self, value: impl ::forma_core::schema::EnumArg<BlueprintStage>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Blueprint Version
    ///
    /// Allowed: length 1 to 128.
    pub fn blueprint_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BlueprintItem> for ::forma_core::Value<BlueprintItem> {
    fn from(v: BlueprintItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLUEPRINT_ITEM_TYPE.properties))
    }
}

/// The `AudioOverrideConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioOverrideConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioOverrideConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LanguageConfiguration`.
    pub fn language_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioLanguageConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ModalityProcessing`.
    pub fn modality_processing(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModalityProcessingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SensitiveDataConfiguration`.
    pub fn sensitive_data_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SensitiveDataConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioOverrideConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioOverrideConfiguration> for ::forma_core::Value<AudioOverrideConfiguration> {
    fn from(v: AudioOverrideConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_OVERRIDE_CONFIGURATION_TYPE.properties))
    }
}

/// The `DocumentOverrideConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOverrideConfiguration {
    props: ::forma_core::schema::Props,
}
impl DocumentOverrideConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ModalityProcessing`.
    pub fn modality_processing(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModalityProcessingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SensitiveDataConfiguration`.
    pub fn sensitive_data_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SensitiveDataConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Splitter`.
    pub fn splitter(mut self, value: impl ::std::convert::Into<::forma_core::Value<SplitterConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentOverrideConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentOverrideConfiguration> for ::forma_core::Value<DocumentOverrideConfiguration> {
    fn from(v: DocumentOverrideConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_OVERRIDE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ImageOverrideConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageOverrideConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageOverrideConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ModalityProcessing`.
    pub fn modality_processing(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModalityProcessingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SensitiveDataConfiguration`.
    pub fn sensitive_data_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SensitiveDataConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageOverrideConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageOverrideConfiguration> for ::forma_core::Value<ImageOverrideConfiguration> {
    fn from(v: ImageOverrideConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_OVERRIDE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DOCUMENT`, `IMAGE`, `VIDEO`, `AUDIO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesiredModality {
    /// `DOCUMENT`
    Document,
    /// `IMAGE`
    Image,
    /// `VIDEO`
    Video,
    /// `AUDIO`
    Audio,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DesiredModality {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Document => "DOCUMENT",
            Self::Image => "IMAGE",
            Self::Video => "VIDEO",
            Self::Audio => "AUDIO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOCUMENT", "IMAGE", "VIDEO", "AUDIO"]
    }
}
impl ::std::convert::From<DesiredModality> for ::forma_core::Value<DesiredModality> {
    fn from(v: DesiredModality) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DesiredModality {}

/// Modality routing configuration
#[derive(Debug, Clone, PartialEq)]
pub struct ModalityRoutingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ModalityRoutingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `jpeg`.
    pub fn jpeg(mut self, value: impl ::forma_core::schema::EnumArg<DesiredModality>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `mov`.
    pub fn mov(mut self, value: impl ::forma_core::schema::EnumArg<DesiredModality>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `mp4`.
    pub fn mp4(mut self, value: impl ::forma_core::schema::EnumArg<DesiredModality>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `png`.
    pub fn png(mut self, value: impl ::forma_core::schema::EnumArg<DesiredModality>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ModalityRoutingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModalityRoutingConfiguration> for ::forma_core::Value<ModalityRoutingConfiguration> {
    fn from(v: ModalityRoutingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODALITY_ROUTING_CONFIGURATION_TYPE.properties))
    }
}

/// The `VideoOverrideConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoOverrideConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoOverrideConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ModalityProcessing`.
    pub fn modality_processing(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModalityProcessingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SensitiveDataConfiguration`.
    pub fn sensitive_data_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SensitiveDataConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoOverrideConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoOverrideConfiguration> for ::forma_core::Value<VideoOverrideConfiguration> {
    fn from(v: VideoOverrideConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_OVERRIDE_CONFIGURATION_TYPE.properties))
    }
}

/// The `AudioStandardOutputConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioStandardOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioStandardOutputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioStandardExtraction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GenerativeField`.
    pub fn generative_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioStandardGenerativeField>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioStandardOutputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioStandardOutputConfiguration> for ::forma_core::Value<AudioStandardOutputConfiguration> {
    fn from(v: AudioStandardOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_STANDARD_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `DocumentStandardOutputConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentStandardOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl DocumentStandardOutputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentStandardExtraction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GenerativeField`.
    pub fn generative_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentStandardGenerativeField>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputFormat`.
    pub fn output_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentOutputFormat>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentStandardOutputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentStandardOutputConfiguration>
    for ::forma_core::Value<DocumentStandardOutputConfiguration>
{
    fn from(v: DocumentStandardOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_STANDARD_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `ImageStandardOutputConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageStandardOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageStandardOutputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageStandardExtraction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GenerativeField`.
    pub fn generative_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageStandardGenerativeField>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageStandardOutputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageStandardOutputConfiguration> for ::forma_core::Value<ImageStandardOutputConfiguration> {
    fn from(v: ImageStandardOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_STANDARD_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `VideoStandardOutputConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoStandardOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoStandardOutputConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoStandardExtraction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GenerativeField`.
    pub fn generative_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoStandardGenerativeField>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoStandardOutputConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoStandardOutputConfiguration> for ::forma_core::Value<VideoStandardOutputConfiguration> {
    fn from(v: VideoStandardOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_STANDARD_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT`, `EN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioGenerativeOutputLanguage {
    /// `DEFAULT`
    Default,
    /// `EN`
    En,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioGenerativeOutputLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::En => "EN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "EN"]
    }
}
impl ::std::convert::From<AudioGenerativeOutputLanguage> for ::forma_core::Value<AudioGenerativeOutputLanguage> {
    fn from(v: AudioGenerativeOutputLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioGenerativeOutputLanguage {}

/// The values CloudFormation documents: `EN`, `DE`, `ES`, `FR`, `IT`, `PT`, `JA`, `KO`, `CN`, `TW`, `HK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `EN`
    En,
    /// `DE`
    De,
    /// `ES`
    Es,
    /// `FR`
    Fr,
    /// `IT`
    It,
    /// `PT`
    Pt,
    /// `JA`
    Ja,
    /// `KO`
    Ko,
    /// `CN`
    Cn,
    /// `TW`
    Tw,
    /// `HK`
    Hk,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Language {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::En => "EN",
            Self::De => "DE",
            Self::Es => "ES",
            Self::Fr => "FR",
            Self::It => "IT",
            Self::Pt => "PT",
            Self::Ja => "JA",
            Self::Ko => "KO",
            Self::Cn => "CN",
            Self::Tw => "TW",
            Self::Hk => "HK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EN", "DE", "ES", "FR", "IT", "PT", "JA", "KO", "CN", "TW", "HK"]
    }
}
impl ::std::convert::From<Language> for ::forma_core::Value<Language> {
    fn from(v: Language) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Language {}

/// The `AudioLanguageConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioLanguageConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioLanguageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GenerativeOutputLanguage`.
    pub fn generative_output_language(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AudioGenerativeOutputLanguage>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `IdentifyMultipleLanguages`.
    pub fn identify_multiple_languages(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputLanguages`.
    pub fn input_languages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Language>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioLanguageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioLanguageConfiguration> for ::forma_core::Value<AudioLanguageConfiguration> {
    fn from(v: AudioLanguageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_LANGUAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
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
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The `ModalityProcessingConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModalityProcessingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ModalityProcessingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `State`.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ModalityProcessingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModalityProcessingConfiguration> for ::forma_core::Value<ModalityProcessingConfiguration> {
    fn from(v: ModalityProcessingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODALITY_PROCESSING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DETECTION`, `DETECTION_AND_REDACTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SensitiveDataDetectionMode {
    /// `DETECTION`
    Detection,
    /// `DETECTION_AND_REDACTION`
    DetectionAndRedaction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SensitiveDataDetectionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Detection => "DETECTION",
            Self::DetectionAndRedaction => "DETECTION_AND_REDACTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DETECTION", "DETECTION_AND_REDACTION"]
    }
}
impl ::std::convert::From<SensitiveDataDetectionMode> for ::forma_core::Value<SensitiveDataDetectionMode> {
    fn from(v: SensitiveDataDetectionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SensitiveDataDetectionMode {}

/// The values CloudFormation documents: `STANDARD`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SensitiveDataDetectionScope {
    /// `STANDARD`
    Standard,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SensitiveDataDetectionScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "CUSTOM"]
    }
}
impl ::std::convert::From<SensitiveDataDetectionScope> for ::forma_core::Value<SensitiveDataDetectionScope> {
    fn from(v: SensitiveDataDetectionScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SensitiveDataDetectionScope {}

/// The `SensitiveDataConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct SensitiveDataConfiguration {
    props: ::forma_core::schema::Props,
}
impl SensitiveDataConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DetectionMode`.
    pub fn detection_mode(mut self, value: impl ::forma_core::schema::EnumArg<SensitiveDataDetectionMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DetectionScope`.
    pub fn detection_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SensitiveDataDetectionScope>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PiiEntitiesConfiguration`.
    pub fn pii_entities_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PiiEntitiesConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SensitiveDataConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SensitiveDataConfiguration> for ::forma_core::Value<SensitiveDataConfiguration> {
    fn from(v: SensitiveDataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENSITIVE_DATA_CONFIGURATION_TYPE.properties))
    }
}

/// The `SplitterConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitterConfiguration {
    props: ::forma_core::schema::Props,
}
impl SplitterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `State`.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SplitterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SplitterConfiguration> for ::forma_core::Value<SplitterConfiguration> {
    fn from(v: SplitterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPLITTER_CONFIGURATION_TYPE.properties))
    }
}

/// The `AudioStandardExtraction` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioStandardExtraction {
    props: ::forma_core::schema::Props,
}
impl AudioStandardExtraction {
    /// A new value with its required properties: `Category`.
    pub fn new(category: impl ::std::convert::Into<::forma_core::Value<AudioExtractionCategory>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioStandardExtraction> for ::forma_core::Value<AudioStandardExtraction> {
    fn from(v: AudioStandardExtraction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_STANDARD_EXTRACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUDIO_SUMMARY`, `IAB`, `TOPIC_SUMMARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioStandardGenerativeFieldType {
    /// `AUDIO_SUMMARY`
    AudioSummary,
    /// `IAB`
    Iab,
    /// `TOPIC_SUMMARY`
    TopicSummary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioStandardGenerativeFieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AudioSummary => "AUDIO_SUMMARY",
            Self::Iab => "IAB",
            Self::TopicSummary => "TOPIC_SUMMARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUDIO_SUMMARY", "IAB", "TOPIC_SUMMARY"]
    }
}
impl ::std::convert::From<AudioStandardGenerativeFieldType> for ::forma_core::Value<AudioStandardGenerativeFieldType> {
    fn from(v: AudioStandardGenerativeFieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioStandardGenerativeFieldType {}

/// The `AudioStandardGenerativeField` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioStandardGenerativeField {
    props: ::forma_core::schema::Props,
}
impl AudioStandardGenerativeField {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioStandardGenerativeFieldType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AudioStandardGenerativeField> for ::forma_core::Value<AudioStandardGenerativeField> {
    fn from(v: AudioStandardGenerativeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_STANDARD_GENERATIVE_FIELD_TYPE.properties))
    }
}

/// The `DocumentStandardExtraction` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentStandardExtraction {
    props: ::forma_core::schema::Props,
}
impl DocumentStandardExtraction {
    /// A new value with its required properties: `BoundingBox`, `Granularity`.
    pub fn new(
        bounding_box: impl ::std::convert::Into<::forma_core::Value<DocumentBoundingBox>>,
        granularity: impl ::std::convert::Into<::forma_core::Value<DocumentExtractionGranularity>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bounding_box.into().into_expr());
        props.set(1, granularity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentStandardExtraction> for ::forma_core::Value<DocumentStandardExtraction> {
    fn from(v: DocumentStandardExtraction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_STANDARD_EXTRACTION_TYPE.properties))
    }
}

/// The `DocumentStandardGenerativeField` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentStandardGenerativeField {
    props: ::forma_core::schema::Props,
}
impl DocumentStandardGenerativeField {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentStandardGenerativeField> for ::forma_core::Value<DocumentStandardGenerativeField> {
    fn from(v: DocumentStandardGenerativeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_STANDARD_GENERATIVE_FIELD_TYPE.properties))
    }
}

/// The `DocumentOutputFormat` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOutputFormat {
    props: ::forma_core::schema::Props,
}
impl DocumentOutputFormat {
    /// A new value with its required properties: `AdditionalFileFormat`, `TextFormat`.
    pub fn new(
        additional_file_format: impl ::std::convert::Into<::forma_core::Value<DocumentOutputAdditionalFileFormat>>,
        text_format: impl ::std::convert::Into<::forma_core::Value<DocumentOutputTextFormat>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, additional_file_format.into().into_expr());
        props.set(1, text_format.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentOutputFormat> for ::forma_core::Value<DocumentOutputFormat> {
    fn from(v: DocumentOutputFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_OUTPUT_FORMAT_TYPE.properties))
    }
}

/// The `ImageStandardExtraction` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageStandardExtraction {
    props: ::forma_core::schema::Props,
}
impl ImageStandardExtraction {
    /// A new value with its required properties: `BoundingBox`, `Category`.
    pub fn new(
        bounding_box: impl ::std::convert::Into<::forma_core::Value<ImageBoundingBox>>,
        category: impl ::std::convert::Into<::forma_core::Value<ImageExtractionCategory>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bounding_box.into().into_expr());
        props.set(1, category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageStandardExtraction> for ::forma_core::Value<ImageStandardExtraction> {
    fn from(v: ImageStandardExtraction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_STANDARD_EXTRACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IMAGE_SUMMARY`, `IAB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageStandardGenerativeFieldType {
    /// `IMAGE_SUMMARY`
    ImageSummary,
    /// `IAB`
    Iab,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageStandardGenerativeFieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageSummary => "IMAGE_SUMMARY",
            Self::Iab => "IAB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IMAGE_SUMMARY", "IAB"]
    }
}
impl ::std::convert::From<ImageStandardGenerativeFieldType> for ::forma_core::Value<ImageStandardGenerativeFieldType> {
    fn from(v: ImageStandardGenerativeFieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageStandardGenerativeFieldType {}

/// The `ImageStandardGenerativeField` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageStandardGenerativeField {
    props: ::forma_core::schema::Props,
}
impl ImageStandardGenerativeField {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImageStandardGenerativeFieldType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImageStandardGenerativeField> for ::forma_core::Value<ImageStandardGenerativeField> {
    fn from(v: ImageStandardGenerativeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_STANDARD_GENERATIVE_FIELD_TYPE.properties))
    }
}

/// The `VideoStandardExtraction` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoStandardExtraction {
    props: ::forma_core::schema::Props,
}
impl VideoStandardExtraction {
    /// A new value with its required properties: `BoundingBox`, `Category`.
    pub fn new(
        bounding_box: impl ::std::convert::Into<::forma_core::Value<VideoBoundingBox>>,
        category: impl ::std::convert::Into<::forma_core::Value<VideoExtractionCategory>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bounding_box.into().into_expr());
        props.set(1, category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VideoStandardExtraction> for ::forma_core::Value<VideoStandardExtraction> {
    fn from(v: VideoStandardExtraction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_STANDARD_EXTRACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `VIDEO_SUMMARY`, `IAB`, `CHAPTER_SUMMARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoStandardGenerativeFieldType {
    /// `VIDEO_SUMMARY`
    VideoSummary,
    /// `IAB`
    Iab,
    /// `CHAPTER_SUMMARY`
    ChapterSummary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VideoStandardGenerativeFieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VideoSummary => "VIDEO_SUMMARY",
            Self::Iab => "IAB",
            Self::ChapterSummary => "CHAPTER_SUMMARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VIDEO_SUMMARY", "IAB", "CHAPTER_SUMMARY"]
    }
}
impl ::std::convert::From<VideoStandardGenerativeFieldType> for ::forma_core::Value<VideoStandardGenerativeFieldType> {
    fn from(v: VideoStandardGenerativeFieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VideoStandardGenerativeFieldType {}

/// The `VideoStandardGenerativeField` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoStandardGenerativeField {
    props: ::forma_core::schema::Props,
}
impl VideoStandardGenerativeField {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VideoStandardGenerativeFieldType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VideoStandardGenerativeField> for ::forma_core::Value<VideoStandardGenerativeField> {
    fn from(v: VideoStandardGenerativeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_STANDARD_GENERATIVE_FIELD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `ADDRESS`, `AGE`, `NAME`, `EMAIL`, `PHONE`, `USERNAME`, `PASSWORD`, `DRIVER_ID`, `LICENSE_PLATE`, `VEHICLE_IDENTIFICATION_NUMBER`, `CREDIT_DEBIT_CARD_CVV`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PiiEntityTypes {
    /// `ALL`
    All,
    /// `ADDRESS`
    Address,
    /// `AGE`
    Age,
    /// `NAME`
    Name,
    /// `EMAIL`
    Email,
    /// `PHONE`
    Phone,
    /// `USERNAME`
    Username,
    /// `PASSWORD`
    Password,
    /// `DRIVER_ID`
    DriverId,
    /// `LICENSE_PLATE`
    LicensePlate,
    /// `VEHICLE_IDENTIFICATION_NUMBER`
    VehicleIdentificationNumber,
    /// `CREDIT_DEBIT_CARD_CVV`
    CreditDebitCardCvv,
    /// `CREDIT_DEBIT_CARD_EXPIRY`
    CreditDebitCardExpiry,
    /// `CREDIT_DEBIT_CARD_NUMBER`
    CreditDebitCardNumber,
    /// `PIN`
    Pin,
    /// `INTERNATIONAL_BANK_ACCOUNT_NUMBER`
    InternationalBankAccountNumber,
    /// `SWIFT_CODE`
    SwiftCode,
    /// `IP_ADDRESS`
    IpAddress,
    /// `MAC_ADDRESS`
    MacAddress,
    /// `URL`
    Url,
    /// `AWS_ACCESS_KEY`
    AwsAccessKey,
    /// `AWS_SECRET_KEY`
    AwsSecretKey,
    /// `US_BANK_ACCOUNT_NUMBER`
    UsBankAccountNumber,
    /// `US_BANK_ROUTING_NUMBER`
    UsBankRoutingNumber,
    /// `US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER`
    UsIndividualTaxIdentificationNumber,
    /// `US_PASSPORT_NUMBER`
    UsPassportNumber,
    /// `US_SOCIAL_SECURITY_NUMBER`
    UsSocialSecurityNumber,
    /// `CA_HEALTH_NUMBER`
    CaHealthNumber,
    /// `CA_SOCIAL_INSURANCE_NUMBER`
    CaSocialInsuranceNumber,
    /// `UK_NATIONAL_HEALTH_SERVICE_NUMBER`
    UkNationalHealthServiceNumber,
    /// `UK_NATIONAL_INSURANCE_NUMBER`
    UkNationalInsuranceNumber,
    /// `UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER`
    UkUniqueTaxpayerReferenceNumber,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PiiEntityTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Address => "ADDRESS",
            Self::Age => "AGE",
            Self::Name => "NAME",
            Self::Email => "EMAIL",
            Self::Phone => "PHONE",
            Self::Username => "USERNAME",
            Self::Password => "PASSWORD",
            Self::DriverId => "DRIVER_ID",
            Self::LicensePlate => "LICENSE_PLATE",
            Self::VehicleIdentificationNumber => "VEHICLE_IDENTIFICATION_NUMBER",
            Self::CreditDebitCardCvv => "CREDIT_DEBIT_CARD_CVV",
            Self::CreditDebitCardExpiry => "CREDIT_DEBIT_CARD_EXPIRY",
            Self::CreditDebitCardNumber => "CREDIT_DEBIT_CARD_NUMBER",
            Self::Pin => "PIN",
            Self::InternationalBankAccountNumber => "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            Self::SwiftCode => "SWIFT_CODE",
            Self::IpAddress => "IP_ADDRESS",
            Self::MacAddress => "MAC_ADDRESS",
            Self::Url => "URL",
            Self::AwsAccessKey => "AWS_ACCESS_KEY",
            Self::AwsSecretKey => "AWS_SECRET_KEY",
            Self::UsBankAccountNumber => "US_BANK_ACCOUNT_NUMBER",
            Self::UsBankRoutingNumber => "US_BANK_ROUTING_NUMBER",
            Self::UsIndividualTaxIdentificationNumber => "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            Self::UsPassportNumber => "US_PASSPORT_NUMBER",
            Self::UsSocialSecurityNumber => "US_SOCIAL_SECURITY_NUMBER",
            Self::CaHealthNumber => "CA_HEALTH_NUMBER",
            Self::CaSocialInsuranceNumber => "CA_SOCIAL_INSURANCE_NUMBER",
            Self::UkNationalHealthServiceNumber => "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
            Self::UkNationalInsuranceNumber => "UK_NATIONAL_INSURANCE_NUMBER",
            Self::UkUniqueTaxpayerReferenceNumber => "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ALL",
            "ADDRESS",
            "AGE",
            "NAME",
            "EMAIL",
            "PHONE",
            "USERNAME",
            "PASSWORD",
            "DRIVER_ID",
            "LICENSE_PLATE",
            "VEHICLE_IDENTIFICATION_NUMBER",
            "CREDIT_DEBIT_CARD_CVV",
            "CREDIT_DEBIT_CARD_EXPIRY",
            "CREDIT_DEBIT_CARD_NUMBER",
            "PIN",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "SWIFT_CODE",
            "IP_ADDRESS",
            "MAC_ADDRESS",
            "URL",
            "AWS_ACCESS_KEY",
            "AWS_SECRET_KEY",
            "US_BANK_ACCOUNT_NUMBER",
            "US_BANK_ROUTING_NUMBER",
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "US_PASSPORT_NUMBER",
            "US_SOCIAL_SECURITY_NUMBER",
            "CA_HEALTH_NUMBER",
            "CA_SOCIAL_INSURANCE_NUMBER",
            "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
            "UK_NATIONAL_INSURANCE_NUMBER",
            "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
        ]
    }
}
impl ::std::convert::From<PiiEntityTypes> for ::forma_core::Value<PiiEntityTypes> {
    fn from(v: PiiEntityTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PiiEntityTypes {}

/// The values CloudFormation documents: `PII`, `ENTITY_TYPE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PiiRedactionMaskMode {
    /// `PII`
    Pii,
    /// `ENTITY_TYPE`
    EntityType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PiiRedactionMaskMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pii => "PII",
            Self::EntityType => "ENTITY_TYPE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PII", "ENTITY_TYPE"]
    }
}
impl ::std::convert::From<PiiRedactionMaskMode> for ::forma_core::Value<PiiRedactionMaskMode> {
    fn from(v: PiiRedactionMaskMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PiiRedactionMaskMode {}

/// The `PIIEntitiesConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct PiiEntitiesConfiguration {
    props: ::forma_core::schema::Props,
}
impl PiiEntitiesConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PiiEntityTypes`.
    pub fn pii_entity_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PiiEntityTypes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RedactionMaskMode`.
    pub fn redaction_mask_mode(mut self, value: impl ::forma_core::schema::EnumArg<PiiRedactionMaskMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PiiEntitiesConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PiiEntitiesConfiguration> for ::forma_core::Value<PiiEntitiesConfiguration> {
    fn from(v: PiiEntitiesConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PII_ENTITIES_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUDIO_CONTENT_MODERATION`, `TRANSCRIPT`, `TOPIC_CONTENT_MODERATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioExtractionCategoryType {
    /// `AUDIO_CONTENT_MODERATION`
    AudioContentModeration,
    /// `TRANSCRIPT`
    Transcript,
    /// `TOPIC_CONTENT_MODERATION`
    TopicContentModeration,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioExtractionCategoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AudioContentModeration => "AUDIO_CONTENT_MODERATION",
            Self::Transcript => "TRANSCRIPT",
            Self::TopicContentModeration => "TOPIC_CONTENT_MODERATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUDIO_CONTENT_MODERATION", "TRANSCRIPT", "TOPIC_CONTENT_MODERATION"]
    }
}
impl ::std::convert::From<AudioExtractionCategoryType> for ::forma_core::Value<AudioExtractionCategoryType> {
    fn from(v: AudioExtractionCategoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioExtractionCategoryType {}

/// The `AudioExtractionCategory` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioExtractionCategory {
    props: ::forma_core::schema::Props,
}
impl AudioExtractionCategory {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
    /// `TypeConfiguration`.
    pub fn type_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioExtractionCategoryTypeConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioExtractionCategoryType>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AudioExtractionCategory> for ::forma_core::Value<AudioExtractionCategory> {
    fn from(v: AudioExtractionCategory) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_EXTRACTION_CATEGORY_TYPE.properties))
    }
}

/// The `DocumentBoundingBox` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentBoundingBox {
    props: ::forma_core::schema::Props,
}
impl DocumentBoundingBox {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentBoundingBox> for ::forma_core::Value<DocumentBoundingBox> {
    fn from(v: DocumentBoundingBox) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_BOUNDING_BOX_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DOCUMENT`, `PAGE`, `ELEMENT`, `WORD`, `LINE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentExtractionGranularityType {
    /// `DOCUMENT`
    Document,
    /// `PAGE`
    Page,
    /// `ELEMENT`
    Element,
    /// `WORD`
    Word,
    /// `LINE`
    Line,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentExtractionGranularityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Document => "DOCUMENT",
            Self::Page => "PAGE",
            Self::Element => "ELEMENT",
            Self::Word => "WORD",
            Self::Line => "LINE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE"]
    }
}
impl ::std::convert::From<DocumentExtractionGranularityType>
    for ::forma_core::Value<DocumentExtractionGranularityType>
{
    fn from(v: DocumentExtractionGranularityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentExtractionGranularityType {}

/// The `DocumentExtractionGranularity` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentExtractionGranularity {
    props: ::forma_core::schema::Props,
}
impl DocumentExtractionGranularity {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DocumentExtractionGranularityType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentExtractionGranularity {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentExtractionGranularity> for ::forma_core::Value<DocumentExtractionGranularity> {
    fn from(v: DocumentExtractionGranularity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_EXTRACTION_GRANULARITY_TYPE.properties))
    }
}

/// The `DocumentOutputAdditionalFileFormat` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOutputAdditionalFileFormat {
    props: ::forma_core::schema::Props,
}
impl DocumentOutputAdditionalFileFormat {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentOutputAdditionalFileFormat>
    for ::forma_core::Value<DocumentOutputAdditionalFileFormat>
{
    fn from(v: DocumentOutputAdditionalFileFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_OUTPUT_ADDITIONAL_FILE_FORMAT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PLAIN_TEXT`, `MARKDOWN`, `HTML`, `CSV`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentOutputTextFormatType {
    /// `PLAIN_TEXT`
    PlainText,
    /// `MARKDOWN`
    Markdown,
    /// `HTML`
    Html,
    /// `CSV`
    Csv,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentOutputTextFormatType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlainText => "PLAIN_TEXT",
            Self::Markdown => "MARKDOWN",
            Self::Html => "HTML",
            Self::Csv => "CSV",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"]
    }
}
impl ::std::convert::From<DocumentOutputTextFormatType> for ::forma_core::Value<DocumentOutputTextFormatType> {
    fn from(v: DocumentOutputTextFormatType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentOutputTextFormatType {}

/// The `DocumentOutputTextFormat` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOutputTextFormat {
    props: ::forma_core::schema::Props,
}
impl DocumentOutputTextFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DocumentOutputTextFormatType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentOutputTextFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentOutputTextFormat> for ::forma_core::Value<DocumentOutputTextFormat> {
    fn from(v: DocumentOutputTextFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_OUTPUT_TEXT_FORMAT_TYPE.properties))
    }
}

/// The `ImageBoundingBox` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageBoundingBox {
    props: ::forma_core::schema::Props,
}
impl ImageBoundingBox {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageBoundingBox> for ::forma_core::Value<ImageBoundingBox> {
    fn from(v: ImageBoundingBox) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_BOUNDING_BOX_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTENT_MODERATION`, `TEXT_DETECTION`, `LOGOS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageExtractionCategoryType {
    /// `CONTENT_MODERATION`
    ContentModeration,
    /// `TEXT_DETECTION`
    TextDetection,
    /// `LOGOS`
    Logos,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageExtractionCategoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentModeration => "CONTENT_MODERATION",
            Self::TextDetection => "TEXT_DETECTION",
            Self::Logos => "LOGOS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTENT_MODERATION", "TEXT_DETECTION", "LOGOS"]
    }
}
impl ::std::convert::From<ImageExtractionCategoryType> for ::forma_core::Value<ImageExtractionCategoryType> {
    fn from(v: ImageExtractionCategoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageExtractionCategoryType {}

/// The `ImageExtractionCategory` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageExtractionCategory {
    props: ::forma_core::schema::Props,
}
impl ImageExtractionCategory {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImageExtractionCategoryType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImageExtractionCategory> for ::forma_core::Value<ImageExtractionCategory> {
    fn from(v: ImageExtractionCategory) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_EXTRACTION_CATEGORY_TYPE.properties))
    }
}

/// The `VideoBoundingBox` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoBoundingBox {
    props: ::forma_core::schema::Props,
}
impl VideoBoundingBox {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<VideoBoundingBox> for ::forma_core::Value<VideoBoundingBox> {
    fn from(v: VideoBoundingBox) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_BOUNDING_BOX_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTENT_MODERATION`, `TEXT_DETECTION`, `TRANSCRIPT`, `LOGOS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoExtractionCategoryType {
    /// `CONTENT_MODERATION`
    ContentModeration,
    /// `TEXT_DETECTION`
    TextDetection,
    /// `TRANSCRIPT`
    Transcript,
    /// `LOGOS`
    Logos,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VideoExtractionCategoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentModeration => "CONTENT_MODERATION",
            Self::TextDetection => "TEXT_DETECTION",
            Self::Transcript => "TRANSCRIPT",
            Self::Logos => "LOGOS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTENT_MODERATION", "TEXT_DETECTION", "TRANSCRIPT", "LOGOS"]
    }
}
impl ::std::convert::From<VideoExtractionCategoryType> for ::forma_core::Value<VideoExtractionCategoryType> {
    fn from(v: VideoExtractionCategoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VideoExtractionCategoryType {}

/// The `VideoExtractionCategory` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoExtractionCategory {
    props: ::forma_core::schema::Props,
}
impl VideoExtractionCategory {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VideoExtractionCategoryType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VideoExtractionCategory> for ::forma_core::Value<VideoExtractionCategory> {
    fn from(v: VideoExtractionCategory) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_EXTRACTION_CATEGORY_TYPE.properties))
    }
}

/// The `AudioExtractionCategoryTypeConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioExtractionCategoryTypeConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioExtractionCategoryTypeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Transcript`.
    pub fn transcript(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TranscriptConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioExtractionCategoryTypeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioExtractionCategoryTypeConfiguration>
    for ::forma_core::Value<AudioExtractionCategoryTypeConfiguration>
{
    fn from(v: AudioExtractionCategoryTypeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_EXTRACTION_CATEGORY_TYPE_CONFIGURATION_TYPE.properties))
    }
}

/// The `TranscriptConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptConfiguration {
    props: ::forma_core::schema::Props,
}
impl TranscriptConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChannelLabeling`.
    pub fn channel_labeling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ChannelLabelingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SpeakerLabeling`.
    pub fn speaker_labeling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpeakerLabelingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TranscriptConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TranscriptConfiguration> for ::forma_core::Value<TranscriptConfiguration> {
    fn from(v: TranscriptConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSCRIPT_CONFIGURATION_TYPE.properties))
    }
}

/// The `ChannelLabelingConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelLabelingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ChannelLabelingConfiguration {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ChannelLabelingConfiguration> for ::forma_core::Value<ChannelLabelingConfiguration> {
    fn from(v: ChannelLabelingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_LABELING_CONFIGURATION_TYPE.properties))
    }
}

/// The `SpeakerLabelingConfiguration` property type of `AWS::Bedrock::DataAutomationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerLabelingConfiguration {
    props: ::forma_core::schema::Props,
}
impl SpeakerLabelingConfiguration {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SpeakerLabelingConfiguration> for ::forma_core::Value<SpeakerLabelingConfiguration> {
    fn from(v: SpeakerLabelingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEAKER_LABELING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::DataAutomationProject`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::DataAutomationProject",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomOutputConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_OUTPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsEncryptionContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverrideConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProjectDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProjectName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ASYNC", "SYNC"]),
        },
        ::forma_core::schema::Property {
            name: "StandardOutputConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STANDARD_OUTPUT_CONFIGURATION_TYPE),
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
    attributes: &["CreationTime", "LastModifiedTime", "ProjectArn", "ProjectStage", "Status"],
};

static CUSTOM_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.CustomOutputConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Blueprints",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&BLUEPRINT_ITEM_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static OVERRIDE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.OverrideConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Audio",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_OVERRIDE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Document",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_OVERRIDE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_OVERRIDE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModalityRouting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODALITY_ROUTING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Video",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_OVERRIDE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static STANDARD_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.StandardOutputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Audio",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_STANDARD_OUTPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Document",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_STANDARD_OUTPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_STANDARD_OUTPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Video",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_STANDARD_OUTPUT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static BLUEPRINT_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataAutomationProject.BlueprintItem",
properties: &[
::forma_core::schema::Property { name: "BlueprintArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov|-iso|-iso-[a-z]):bedrock:[a-zA-Z0-9-]*:(aws|[0-9]{12}):blueprint/(bedrock-data-automation-public-[a-zA-Z0-9-_]{1,30}|[a-zA-Z0-9-]{12,36})$"), min_length: None, max_length: Some(128) }) },
::forma_core::schema::Property { name: "BlueprintStage", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DEVELOPMENT", "LIVE"]) },
::forma_core::schema::Property { name: "BlueprintVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9]*$"), min_length: Some(1), max_length: Some(128) }) },
],
rules: &[],
};

static AUDIO_OVERRIDE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.AudioOverrideConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LanguageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_LANGUAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModalityProcessing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODALITY_PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SensitiveDataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENSITIVE_DATA_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DOCUMENT_OVERRIDE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.DocumentOverrideConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModalityProcessing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODALITY_PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SensitiveDataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENSITIVE_DATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Splitter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPLITTER_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static IMAGE_OVERRIDE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ImageOverrideConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModalityProcessing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODALITY_PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SensitiveDataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENSITIVE_DATA_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static MODALITY_ROUTING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ModalityRoutingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "jpeg",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOCUMENT", "IMAGE", "VIDEO", "AUDIO"]),
        },
        ::forma_core::schema::Property {
            name: "mov",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOCUMENT", "IMAGE", "VIDEO", "AUDIO"]),
        },
        ::forma_core::schema::Property {
            name: "mp4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOCUMENT", "IMAGE", "VIDEO", "AUDIO"]),
        },
        ::forma_core::schema::Property {
            name: "png",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOCUMENT", "IMAGE", "VIDEO", "AUDIO"]),
        },
    ],
    rules: &[],
};

static VIDEO_OVERRIDE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.VideoOverrideConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModalityProcessing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODALITY_PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SensitiveDataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENSITIVE_DATA_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static AUDIO_STANDARD_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.AudioStandardOutputConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Extraction",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUDIO_STANDARD_EXTRACTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "GenerativeField",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUDIO_STANDARD_GENERATIVE_FIELD_TYPE),
            },
        ],
        rules: &[],
    };

static DOCUMENT_STANDARD_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.DocumentStandardOutputConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Extraction",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_STANDARD_EXTRACTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "GenerativeField",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_STANDARD_GENERATIVE_FIELD_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OutputFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_OUTPUT_FORMAT_TYPE),
            },
        ],
        rules: &[],
    };

static IMAGE_STANDARD_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.ImageStandardOutputConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Extraction",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IMAGE_STANDARD_EXTRACTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "GenerativeField",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IMAGE_STANDARD_GENERATIVE_FIELD_TYPE),
            },
        ],
        rules: &[],
    };

static VIDEO_STANDARD_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.VideoStandardOutputConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Extraction",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIDEO_STANDARD_EXTRACTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "GenerativeField",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIDEO_STANDARD_GENERATIVE_FIELD_TYPE),
            },
        ],
        rules: &[],
    };

static AUDIO_LANGUAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.AudioLanguageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GenerativeOutputLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "EN"]),
        },
        ::forma_core::schema::Property {
            name: "IdentifyMultipleLanguages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InputLanguages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["EN", "DE", "ES", "FR", "IT", "PT", "JA", "KO", "CN", "TW", "HK"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static MODALITY_PROCESSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.ModalityProcessingConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        }],
        rules: &[],
    };

static SENSITIVE_DATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.SensitiveDataConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DetectionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DETECTION", "DETECTION_AND_REDACTION"]),
        },
        ::forma_core::schema::Property {
            name: "DetectionScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["STANDARD", "CUSTOM"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PiiEntitiesConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PII_ENTITIES_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SPLITTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.SplitterConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static AUDIO_STANDARD_EXTRACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.AudioStandardExtraction",
    properties: &[::forma_core::schema::Property {
        name: "Category",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUDIO_EXTRACTION_CATEGORY_TYPE),
    }],
    rules: &[],
};

static AUDIO_STANDARD_GENERATIVE_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.AudioStandardGenerativeField",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["AUDIO_SUMMARY", "IAB", "TOPIC_SUMMARY"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DOCUMENT_STANDARD_EXTRACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.DocumentStandardExtraction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BoundingBox",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_BOUNDING_BOX_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Granularity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_EXTRACTION_GRANULARITY_TYPE),
        },
    ],
    rules: &[],
};

static DOCUMENT_STANDARD_GENERATIVE_FIELD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.DocumentStandardGenerativeField",
        properties: &[::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        }],
        rules: &[],
    };

static DOCUMENT_OUTPUT_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.DocumentOutputFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalFileFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_OUTPUT_ADDITIONAL_FILE_FORMAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TextFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_OUTPUT_TEXT_FORMAT_TYPE),
        },
    ],
    rules: &[],
};

static IMAGE_STANDARD_EXTRACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ImageStandardExtraction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BoundingBox",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_BOUNDING_BOX_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_EXTRACTION_CATEGORY_TYPE),
        },
    ],
    rules: &[],
};

static IMAGE_STANDARD_GENERATIVE_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ImageStandardGenerativeField",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["IMAGE_SUMMARY", "IAB"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static VIDEO_STANDARD_EXTRACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.VideoStandardExtraction",
    properties: &[
        ::forma_core::schema::Property {
            name: "BoundingBox",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_BOUNDING_BOX_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_EXTRACTION_CATEGORY_TYPE),
        },
    ],
    rules: &[],
};

static VIDEO_STANDARD_GENERATIVE_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.VideoStandardGenerativeField",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["VIDEO_SUMMARY", "IAB", "CHAPTER_SUMMARY"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PII_ENTITIES_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.PIIEntitiesConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "PiiEntityTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ALL",
                    "ADDRESS",
                    "AGE",
                    "NAME",
                    "EMAIL",
                    "PHONE",
                    "USERNAME",
                    "PASSWORD",
                    "DRIVER_ID",
                    "LICENSE_PLATE",
                    "VEHICLE_IDENTIFICATION_NUMBER",
                    "CREDIT_DEBIT_CARD_CVV",
                    "CREDIT_DEBIT_CARD_EXPIRY",
                    "CREDIT_DEBIT_CARD_NUMBER",
                    "PIN",
                    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                    "SWIFT_CODE",
                    "IP_ADDRESS",
                    "MAC_ADDRESS",
                    "URL",
                    "AWS_ACCESS_KEY",
                    "AWS_SECRET_KEY",
                    "US_BANK_ACCOUNT_NUMBER",
                    "US_BANK_ROUTING_NUMBER",
                    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                    "US_PASSPORT_NUMBER",
                    "US_SOCIAL_SECURITY_NUMBER",
                    "CA_HEALTH_NUMBER",
                    "CA_SOCIAL_INSURANCE_NUMBER",
                    "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
                    "UK_NATIONAL_INSURANCE_NUMBER",
                    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RedactionMaskMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PII", "ENTITY_TYPE"]),
        },
    ],
    rules: &[],
};

static AUDIO_EXTRACTION_CATEGORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.AudioExtractionCategory",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "TypeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_EXTRACTION_CATEGORY_TYPE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AUDIO_CONTENT_MODERATION",
                    "TRANSCRIPT",
                    "TOPIC_CONTENT_MODERATION",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DOCUMENT_BOUNDING_BOX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.DocumentBoundingBox",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static DOCUMENT_EXTRACTION_GRANULARITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.DocumentExtractionGranularity",
    properties: &[::forma_core::schema::Property {
        name: "Types",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static DOCUMENT_OUTPUT_ADDITIONAL_FILE_FORMAT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.DocumentOutputAdditionalFileFormat",
        properties: &[::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        }],
        rules: &[],
    };

static DOCUMENT_OUTPUT_TEXT_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.DocumentOutputTextFormat",
    properties: &[::forma_core::schema::Property {
        name: "Types",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static IMAGE_BOUNDING_BOX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ImageBoundingBox",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static IMAGE_EXTRACTION_CATEGORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ImageExtractionCategory",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["CONTENT_MODERATION", "TEXT_DETECTION", "LOGOS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static VIDEO_BOUNDING_BOX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.VideoBoundingBox",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static VIDEO_EXTRACTION_CATEGORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.VideoExtractionCategory",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["CONTENT_MODERATION", "TEXT_DETECTION", "TRANSCRIPT", "LOGOS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AUDIO_EXTRACTION_CATEGORY_TYPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataAutomationProject.AudioExtractionCategoryTypeConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Transcript",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSCRIPT_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static TRANSCRIPT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.TranscriptConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelLabeling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_LABELING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpeakerLabeling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPEAKER_LABELING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CHANNEL_LABELING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.ChannelLabelingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static SPEAKER_LABELING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationProject.SpeakerLabelingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};
