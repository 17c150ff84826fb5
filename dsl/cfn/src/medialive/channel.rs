// @generated from AWS::MediaLive::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::Channel` and its property types.

/// Resource Type definition for AWS::MediaLive::Channel
///
/// CloudFormation type `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AnywhereSettings`.
    #[track_caller]
    pub fn anywhere_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnywhereSettings>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CdiInputSpecification`.
    #[track_caller]
    pub fn cdi_input_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CdiInputSpecification>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ChannelClass`.
    #[track_caller]
    pub fn channel_class(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ChannelEngineVersion`.
    #[track_caller]
    pub fn channel_engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ChannelEngineVersionRequest>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ChannelSecurityGroups`.
    #[track_caller]
    pub fn channel_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Destinations`.
    #[track_caller]
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputDestination>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DryRun`.
    #[track_caller]
    pub fn dry_run(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncoderSettings`.
    #[track_caller]
    pub fn encoder_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<EncoderSettings>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InferenceSettings`.
    #[track_caller]
    pub fn inference_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceSettings>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InputAttachments`.
    #[track_caller]
    pub fn input_attachments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputAttachment>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InputSpecification`.
    #[track_caller]
    pub fn input_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputSpecification>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LinkedChannelSettings`.
    #[track_caller]
    pub fn linked_channel_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinkedChannelSettings>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogLevel`.
    #[track_caller]
    pub fn log_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Maintenance`.
    #[track_caller]
    pub fn maintenance(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceCreateSettings>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Vpc`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcOutputSettings>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
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
        "AWS::MediaLive::Channel"
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
/// The attributes of a `AWS::MediaLive::Channel` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Inputs`.
    pub fn inputs(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Inputs")
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

/// The `AnywhereSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnywhereSettings {
    props: ::forma_core::schema::Props,
}
impl AnywhereSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChannelPlacementGroupId`.
    pub fn channel_placement_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ClusterId`.
    pub fn cluster_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AnywhereSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AnywhereSettings> for ::forma_core::Value<AnywhereSettings> {
    fn from(v: AnywhereSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANYWHERE_SETTINGS_TYPE.properties))
    }
}

/// The `CdiInputSpecification` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CdiInputSpecification {
    props: ::forma_core::schema::Props,
}
impl CdiInputSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Resolution`.
    pub fn resolution(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CdiInputSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CdiInputSpecification> for ::forma_core::Value<CdiInputSpecification> {
    fn from(v: CdiInputSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CDI_INPUT_SPECIFICATION_TYPE.properties))
    }
}

/// The `ChannelEngineVersionRequest` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelEngineVersionRequest {
    props: ::forma_core::schema::Props,
}
impl ChannelEngineVersionRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChannelEngineVersionRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChannelEngineVersionRequest> for ::forma_core::Value<ChannelEngineVersionRequest> {
    fn from(v: ChannelEngineVersionRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_ENGINE_VERSION_REQUEST_TYPE.properties))
    }
}

/// The `OutputDestination` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputDestination {
    props: ::forma_core::schema::Props,
}
impl OutputDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Id`.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogicalInterfaceNames`.
    pub fn logical_interface_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MediaConnectRouterSettings`.
    pub fn media_connect_router_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaConnectRouterOutputDestinationSettings>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MediaPackageSettings`.
    pub fn media_package_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaPackageOutputDestinationSettings>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MultiplexSettings`.
    pub fn multiplex_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexProgramChannelDestinationSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Settings`.
    pub fn settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputDestinationSettings>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SrtSettings`.
    pub fn srt_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SrtOutputDestinationSettings>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputDestination> for ::forma_core::Value<OutputDestination> {
    fn from(v: OutputDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_DESTINATION_TYPE.properties))
    }
}

/// The `EncoderSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncoderSettings {
    props: ::forma_core::schema::Props,
}
impl EncoderSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioDescriptions`.
    pub fn audio_descriptions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioDescription>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AvailBlanking`.
    pub fn avail_blanking(mut self, value: impl ::std::convert::Into<::forma_core::Value<AvailBlanking>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AvailConfiguration`.
    pub fn avail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AvailConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `BlackoutSlate`.
    pub fn blackout_slate(mut self, value: impl ::std::convert::Into<::forma_core::Value<BlackoutSlate>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `CaptionDescriptions`.
    pub fn caption_descriptions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CaptionDescription>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ColorCorrectionSettings`.
    pub fn color_correction_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ColorCorrectionSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FeatureActivations`.
    pub fn feature_activations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FeatureActivations>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `GlobalConfiguration`.
    pub fn global_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GlobalConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `MotionGraphicsConfiguration`.
    pub fn motion_graphics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MotionGraphicsConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `NielsenConfiguration`.
    pub fn nielsen_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NielsenConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `OutputGroups`.
    pub fn output_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputGroup>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ThumbnailConfiguration`.
    pub fn thumbnail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThumbnailConfiguration>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `TimecodeConfig`.
    pub fn timecode_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimecodeConfig>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `VideoDescriptions`.
    pub fn video_descriptions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VideoDescription>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncoderSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncoderSettings> for ::forma_core::Value<EncoderSettings> {
    fn from(v: EncoderSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCODER_SETTINGS_TYPE.properties))
    }
}

/// The `InferenceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceSettings {
    props: ::forma_core::schema::Props,
}
impl InferenceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioFeedInputs`.
    pub fn audio_feed_inputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioFeedInput>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnrichmentMethods`.
    pub fn enrichment_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FeedArn`.
    pub fn feed_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceSettings> for ::forma_core::Value<InferenceSettings> {
    fn from(v: InferenceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_SETTINGS_TYPE.properties))
    }
}

/// The `InputAttachment` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputAttachment {
    props: ::forma_core::schema::Props,
}
impl InputAttachment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutomaticInputFailoverSettings`.
    pub fn automatic_input_failover_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomaticInputFailoverSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputAttachmentName`.
    pub fn input_attachment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputId`.
    pub fn input_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InputSettings`.
    pub fn input_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputSettings>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LogicalInterfaceNames`.
    pub fn logical_interface_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputAttachment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputAttachment> for ::forma_core::Value<InputAttachment> {
    fn from(v: InputAttachment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_ATTACHMENT_TYPE.properties))
    }
}

/// The `InputSpecification` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSpecification {
    props: ::forma_core::schema::Props,
}
impl InputSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Codec`.
    pub fn codec(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumBitrate`.
    pub fn maximum_bitrate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Resolution`.
    pub fn resolution(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputSpecification> for ::forma_core::Value<InputSpecification> {
    fn from(v: InputSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SPECIFICATION_TYPE.properties))
    }
}

/// The `LinkedChannelSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedChannelSettings {
    props: ::forma_core::schema::Props,
}
impl LinkedChannelSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FollowerChannelSettings`.
    pub fn follower_channel_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FollowerChannelSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PrimaryChannelSettings`.
    pub fn primary_channel_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrimaryChannelSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LinkedChannelSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LinkedChannelSettings> for ::forma_core::Value<LinkedChannelSettings> {
    fn from(v: LinkedChannelSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINKED_CHANNEL_SETTINGS_TYPE.properties))
    }
}

/// The `MaintenanceCreateSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceCreateSettings {
    props: ::forma_core::schema::Props,
}
impl MaintenanceCreateSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaintenanceDay`.
    pub fn maintenance_day(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaintenanceStartTime`.
    pub fn maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceCreateSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceCreateSettings> for ::forma_core::Value<MaintenanceCreateSettings> {
    fn from(v: MaintenanceCreateSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_CREATE_SETTINGS_TYPE.properties))
    }
}

/// The `VpcOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOutputSettings {
    props: ::forma_core::schema::Props,
}
impl VpcOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PublicAddressAllocationIds`.
    pub fn public_address_allocation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcOutputSettings> for ::forma_core::Value<VpcOutputSettings> {
    fn from(v: VpcOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `MediaConnectRouterOutputDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaConnectRouterOutputDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl MediaConnectRouterOutputDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EncryptionType`.
    pub fn encryption_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecretArn`.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaConnectRouterOutputDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaConnectRouterOutputDestinationSettings>
    for ::forma_core::Value<MediaConnectRouterOutputDestinationSettings>
{
    fn from(v: MediaConnectRouterOutputDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MEDIA_CONNECT_ROUTER_OUTPUT_DESTINATION_SETTINGS_TYPE.properties),
        )
    }
}

/// The `MediaPackageOutputDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaPackageOutputDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl MediaPackageOutputDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChannelEndpointId`.
    pub fn channel_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ChannelGroup`.
    pub fn channel_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ChannelId`.
    pub fn channel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ChannelName`.
    pub fn channel_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MediaPackageRegionName`.
    pub fn media_package_region_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaPackageOutputDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaPackageOutputDestinationSettings>
    for ::forma_core::Value<MediaPackageOutputDestinationSettings>
{
    fn from(v: MediaPackageOutputDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_PACKAGE_OUTPUT_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `MultiplexProgramChannelDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexProgramChannelDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl MultiplexProgramChannelDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MultiplexId`.
    pub fn multiplex_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ProgramName`.
    pub fn program_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexProgramChannelDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexProgramChannelDestinationSettings>
    for ::forma_core::Value<MultiplexProgramChannelDestinationSettings>
{
    fn from(v: MultiplexProgramChannelDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MULTIPLEX_PROGRAM_CHANNEL_DESTINATION_SETTINGS_TYPE.properties),
        )
    }
}

/// The `OutputDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl OutputDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PasswordParam`.
    pub fn password_param(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StreamName`.
    pub fn stream_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `VirtualSourceAddress`.
    pub fn virtual_source_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputDestinationSettings> for ::forma_core::Value<OutputDestinationSettings> {
    fn from(v: OutputDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `SrtOutputDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtOutputDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl SrtOutputDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectionMode`.
    pub fn connection_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EncryptionPassphraseSecretArn`.
    pub fn encryption_passphrase_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ListenerPort`.
    pub fn listener_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StreamId`.
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtOutputDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtOutputDestinationSettings> for ::forma_core::Value<SrtOutputDestinationSettings> {
    fn from(v: SrtOutputDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_OUTPUT_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `AudioDescription` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioDescription {
    props: ::forma_core::schema::Props,
}
impl AudioDescription {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioDashRoles`.
    pub fn audio_dash_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioNormalizationSettings`.
    pub fn audio_normalization_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioNormalizationSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AudioSelectorName`.
    pub fn audio_selector_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AudioType`.
    pub fn audio_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `AudioTypeControl`.
    pub fn audio_type_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `AudioWatermarkingSettings`.
    pub fn audio_watermarking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioWatermarkSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `CodecSettings`.
    pub fn codec_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<AudioCodecSettings>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `DvbDashAccessibility`.
    pub fn dvb_dash_accessibility(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `LanguageCode`.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `LanguageCodeControl`.
    pub fn language_code_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `RemixSettings`.
    pub fn remix_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<RemixSettings>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `StreamName`.
    pub fn stream_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioDescription {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioDescription> for ::forma_core::Value<AudioDescription> {
    fn from(v: AudioDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_DESCRIPTION_TYPE.properties))
    }
}

/// The `AvailBlanking` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailBlanking {
    props: ::forma_core::schema::Props,
}
impl AvailBlanking {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailBlankingImage`.
    pub fn avail_blanking_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AvailBlanking {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AvailBlanking> for ::forma_core::Value<AvailBlanking> {
    fn from(v: AvailBlanking) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAIL_BLANKING_TYPE.properties))
    }
}

/// The `AvailConfiguration` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailConfiguration {
    props: ::forma_core::schema::Props,
}
impl AvailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailSettings`.
    pub fn avail_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<AvailSettings>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Scte35SegmentationScope`.
    pub fn scte35_segmentation_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AvailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AvailConfiguration> for ::forma_core::Value<AvailConfiguration> {
    fn from(v: AvailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAIL_CONFIGURATION_TYPE.properties))
    }
}

/// The `BlackoutSlate` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct BlackoutSlate {
    props: ::forma_core::schema::Props,
}
impl BlackoutSlate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlackoutSlateImage`.
    pub fn blackout_slate_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NetworkEndBlackout`.
    pub fn network_end_blackout(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NetworkEndBlackoutImage`.
    pub fn network_end_blackout_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NetworkId`.
    pub fn network_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlackoutSlate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlackoutSlate> for ::forma_core::Value<BlackoutSlate> {
    fn from(v: BlackoutSlate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLACKOUT_SLATE_TYPE.properties))
    }
}

/// The `CaptionDescription` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionDescription {
    props: ::forma_core::schema::Props,
}
impl CaptionDescription {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Accessibility`.
    pub fn accessibility(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptionDashRoles`.
    pub fn caption_dash_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CaptionSelectorName`.
    pub fn caption_selector_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DestinationSettings`.
    pub fn destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CaptionDestinationSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DvbDashAccessibility`.
    pub fn dvb_dash_accessibility(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LanguageCode`.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `LanguageDescription`.
    pub fn language_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptionDescription {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptionDescription> for ::forma_core::Value<CaptionDescription> {
    fn from(v: CaptionDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTION_DESCRIPTION_TYPE.properties))
    }
}

/// The `ColorCorrectionSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColorCorrectionSettings {
    props: ::forma_core::schema::Props,
}
impl ColorCorrectionSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GlobalColorCorrections`.
    pub fn global_color_corrections(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColorCorrection>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColorCorrectionSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColorCorrectionSettings> for ::forma_core::Value<ColorCorrectionSettings> {
    fn from(v: ColorCorrectionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLOR_CORRECTION_SETTINGS_TYPE.properties))
    }
}

/// The `FeatureActivations` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureActivations {
    props: ::forma_core::schema::Props,
}
impl FeatureActivations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputPrepareScheduleActions`.
    pub fn input_prepare_schedule_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutputStaticImageOverlayScheduleActions`.
    pub fn output_static_image_overlay_schedule_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FeatureActivations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FeatureActivations> for ::forma_core::Value<FeatureActivations> {
    fn from(v: FeatureActivations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEATURE_ACTIVATIONS_TYPE.properties))
    }
}

/// The `GlobalConfiguration` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalConfiguration {
    props: ::forma_core::schema::Props,
}
impl GlobalConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InitialAudioGain`.
    pub fn initial_audio_gain(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputEndAction`.
    pub fn input_end_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputLossBehavior`.
    pub fn input_loss_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLossBehavior>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OutputLockingMode`.
    pub fn output_locking_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `OutputLockingSettings`.
    pub fn output_locking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputLockingSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OutputTimingSource`.
    pub fn output_timing_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SupportLowFramerateInputs`.
    pub fn support_low_framerate_inputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GlobalConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GlobalConfiguration> for ::forma_core::Value<GlobalConfiguration> {
    fn from(v: GlobalConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_CONFIGURATION_TYPE.properties))
    }
}

/// The `MotionGraphicsConfiguration` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MotionGraphicsConfiguration {
    props: ::forma_core::schema::Props,
}
impl MotionGraphicsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MotionGraphicsInsertion`.
    pub fn motion_graphics_insertion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MotionGraphicsSettings`.
    pub fn motion_graphics_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MotionGraphicsSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MotionGraphicsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MotionGraphicsConfiguration> for ::forma_core::Value<MotionGraphicsConfiguration> {
    fn from(v: MotionGraphicsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOTION_GRAPHICS_CONFIGURATION_TYPE.properties))
    }
}

/// The `NielsenConfiguration` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NielsenConfiguration {
    props: ::forma_core::schema::Props,
}
impl NielsenConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DistributorId`.
    pub fn distributor_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NielsenPcmToId3Tagging`.
    pub fn nielsen_pcm_to_id3_tagging(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NielsenConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NielsenConfiguration> for ::forma_core::Value<NielsenConfiguration> {
    fn from(v: NielsenConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NIELSEN_CONFIGURATION_TYPE.properties))
    }
}

/// The `OutputGroup` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputGroup {
    props: ::forma_core::schema::Props,
}
impl OutputGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutputGroupSettings`.
    pub fn output_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputGroupSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Outputs`.
    pub fn outputs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Output>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputGroup> for ::forma_core::Value<OutputGroup> {
    fn from(v: OutputGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_GROUP_TYPE.properties))
    }
}

/// The `ThumbnailConfiguration` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThumbnailConfiguration {
    props: ::forma_core::schema::Props,
}
impl ThumbnailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `State`.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
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

/// The `TimecodeConfig` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimecodeConfig {
    props: ::forma_core::schema::Props,
}
impl TimecodeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SyncThreshold`.
    pub fn sync_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimecodeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimecodeConfig> for ::forma_core::Value<TimecodeConfig> {
    fn from(v: TimecodeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMECODE_CONFIG_TYPE.properties))
    }
}

/// The `VideoDescription` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoDescription {
    props: ::forma_core::schema::Props,
}
impl VideoDescription {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Border`.
    pub fn border(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CodecSettings`.
    pub fn codec_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<VideoCodecSettings>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CropRectangle`.
    pub fn crop_rectangle(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoPositionRectangle>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Height`.
    pub fn height(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OutputPositionRectangle`.
    pub fn output_position_rectangle(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoPositionRectangle>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RespondToAfd`.
    pub fn respond_to_afd(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ScalingBehavior`.
    pub fn scaling_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Sharpness`.
    pub fn sharpness(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Width`.
    pub fn width(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoDescription {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoDescription> for ::forma_core::Value<VideoDescription> {
    fn from(v: VideoDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_DESCRIPTION_TYPE.properties))
    }
}

/// The `AudioFeedInput` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioFeedInput {
    props: ::forma_core::schema::Props,
}
impl AudioFeedInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioSelectorName`.
    pub fn audio_selector_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FeedInput`.
    pub fn feed_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioFeedInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioFeedInput> for ::forma_core::Value<AudioFeedInput> {
    fn from(v: AudioFeedInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_FEED_INPUT_TYPE.properties))
    }
}

/// The `AutomaticInputFailoverSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomaticInputFailoverSettings {
    props: ::forma_core::schema::Props,
}
impl AutomaticInputFailoverSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ErrorClearTimeMsec`.
    pub fn error_clear_time_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FailoverConditions`.
    pub fn failover_conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FailoverCondition>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputPreference`.
    pub fn input_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SecondaryInputId`.
    pub fn secondary_input_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutomaticInputFailoverSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutomaticInputFailoverSettings> for ::forma_core::Value<AutomaticInputFailoverSettings> {
    fn from(v: AutomaticInputFailoverSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATIC_INPUT_FAILOVER_SETTINGS_TYPE.properties))
    }
}

/// The `InputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSettings {
    props: ::forma_core::schema::Props,
}
impl InputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioSelectors`.
    pub fn audio_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioSelector>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptionSelectors`.
    pub fn caption_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CaptionSelector>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DeblockFilter`.
    pub fn deblock_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DenoiseFilter`.
    pub fn denoise_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FilterStrength`.
    pub fn filter_strength(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InputFilter`.
    pub fn input_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `NetworkInputSettings`.
    pub fn network_input_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkInputSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Scte35Pid`.
    pub fn scte35_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Smpte2038DataPreference`.
    pub fn smpte2038_data_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SourceEndBehavior`.
    pub fn source_end_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `VideoSelector`.
    pub fn video_selector(mut self, value: impl ::std::convert::Into<::forma_core::Value<VideoSelector>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputSettings> for ::forma_core::Value<InputSettings> {
    fn from(v: InputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SETTINGS_TYPE.properties))
    }
}

/// The `FollowerChannelSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowerChannelSettings {
    props: ::forma_core::schema::Props,
}
impl FollowerChannelSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LinkedChannelType`.
    pub fn linked_channel_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PrimaryChannelArn`.
    pub fn primary_channel_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FollowerChannelSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FollowerChannelSettings> for ::forma_core::Value<FollowerChannelSettings> {
    fn from(v: FollowerChannelSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FOLLOWER_CHANNEL_SETTINGS_TYPE.properties))
    }
}

/// The `PrimaryChannelSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryChannelSettings {
    props: ::forma_core::schema::Props,
}
impl PrimaryChannelSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LinkedChannelType`.
    pub fn linked_channel_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrimaryChannelSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrimaryChannelSettings> for ::forma_core::Value<PrimaryChannelSettings> {
    fn from(v: PrimaryChannelSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIMARY_CHANNEL_SETTINGS_TYPE.properties))
    }
}

/// The `AudioNormalizationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioNormalizationSettings {
    props: ::forma_core::schema::Props,
}
impl AudioNormalizationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Algorithm`.
    pub fn algorithm(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AlgorithmControl`.
    pub fn algorithm_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PeakCalculation`.
    pub fn peak_calculation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PeakLimiterThreshold`.
    pub fn peak_limiter_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TargetLkfs`.
    pub fn target_lkfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioNormalizationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioNormalizationSettings> for ::forma_core::Value<AudioNormalizationSettings> {
    fn from(v: AudioNormalizationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_NORMALIZATION_SETTINGS_TYPE.properties))
    }
}

/// The `AudioWatermarkSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioWatermarkSettings {
    props: ::forma_core::schema::Props,
}
impl AudioWatermarkSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NielsenWatermarksSettings`.
    pub fn nielsen_watermarks_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NielsenWatermarksSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioWatermarkSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioWatermarkSettings> for ::forma_core::Value<AudioWatermarkSettings> {
    fn from(v: AudioWatermarkSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_WATERMARK_SETTINGS_TYPE.properties))
    }
}

/// The `AudioCodecSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioCodecSettings {
    props: ::forma_core::schema::Props,
}
impl AudioCodecSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AacSettings`.
    pub fn aac_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<AacSettings>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Ac3Settings`.
    pub fn ac3_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ac3Settings>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Eac3AtmosSettings`.
    pub fn eac3_atmos_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Eac3AtmosSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Eac3Settings`.
    pub fn eac3_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Eac3Settings>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Mp2Settings`.
    pub fn mp2_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Mp2Settings>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PassThroughSettings`.
    pub fn pass_through_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `WavSettings`.
    pub fn wav_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<WavSettings>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioCodecSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioCodecSettings> for ::forma_core::Value<AudioCodecSettings> {
    fn from(v: AudioCodecSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_CODEC_SETTINGS_TYPE.properties))
    }
}

/// The `RemixSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct RemixSettings {
    props: ::forma_core::schema::Props,
}
impl RemixSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChannelMappings`.
    pub fn channel_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioChannelMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ChannelsIn`.
    pub fn channels_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ChannelsOut`.
    pub fn channels_out(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RemixSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RemixSettings> for ::forma_core::Value<RemixSettings> {
    fn from(v: RemixSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMIX_SETTINGS_TYPE.properties))
    }
}

/// The `InputLocation` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputLocation {
    props: ::forma_core::schema::Props,
}
impl InputLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PasswordParam`.
    pub fn password_param(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Uri`.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputLocation> for ::forma_core::Value<InputLocation> {
    fn from(v: InputLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_LOCATION_TYPE.properties))
    }
}

/// The `AvailSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailSettings {
    props: ::forma_core::schema::Props,
}
impl AvailSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Esam`.
    pub fn esam(mut self, value: impl ::std::convert::Into<::forma_core::Value<Esam>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Scte35SpliceInsert`.
    pub fn scte35_splice_insert(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Scte35SpliceInsertTimeSignalAposSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Scte35TimeSignalApos`.
    pub fn scte35_time_signal_apos(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Scte35SpliceInsertTimeSignalAposSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AvailSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AvailSettings> for ::forma_core::Value<AvailSettings> {
    fn from(v: AvailSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAIL_SETTINGS_TYPE.properties))
    }
}

/// The `CaptionDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl CaptionDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AribDestinationSettings`.
    pub fn arib_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BurnInDestinationSettings`.
    pub fn burn_in_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BurnInDvbSubDestinationSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DvbSubDestinationSettings`.
    pub fn dvb_sub_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BurnInDvbSubDestinationSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EbuTtDDestinationSettings`.
    pub fn ebu_tt_d_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbuTtDDestinationSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EmbeddedDestinationSettings`.
    pub fn embedded_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EmbeddedPlusScte20DestinationSettings`.
    pub fn embedded_plus_scte20_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RtmpCaptionInfoDestinationSettings`.
    pub fn rtmp_caption_info_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Scte20PlusEmbeddedDestinationSettings`.
    pub fn scte20_plus_embedded_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Scte27DestinationSettings`.
    pub fn scte27_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SmpteTtDestinationSettings`.
    pub fn smpte_tt_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TeletextDestinationSettings`.
    pub fn teletext_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `TtmlDestinationSettings`.
    pub fn ttml_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TtmlDestinationSettings>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `WebvttDestinationSettings`.
    pub fn webvtt_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebvttDestinationSettings>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptionDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptionDestinationSettings> for ::forma_core::Value<CaptionDestinationSettings> {
    fn from(v: CaptionDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTION_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `ColorCorrection` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColorCorrection {
    props: ::forma_core::schema::Props,
}
impl ColorCorrection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputColorSpace`.
    pub fn input_color_space(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutputColorSpace`.
    pub fn output_color_space(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Uri`.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColorCorrection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColorCorrection> for ::forma_core::Value<ColorCorrection> {
    fn from(v: ColorCorrection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLOR_CORRECTION_TYPE.properties))
    }
}

/// The `InputLossBehavior` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputLossBehavior {
    props: ::forma_core::schema::Props,
}
impl InputLossBehavior {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlackFrameMsec`.
    pub fn black_frame_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputLossImageColor`.
    pub fn input_loss_image_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputLossImageSlate`.
    pub fn input_loss_image_slate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InputLossImageType`.
    pub fn input_loss_image_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RepeatFrameMsec`.
    pub fn repeat_frame_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputLossBehavior {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputLossBehavior> for ::forma_core::Value<InputLossBehavior> {
    fn from(v: InputLossBehavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_LOSS_BEHAVIOR_TYPE.properties))
    }
}

/// The `OutputLockingSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputLockingSettings {
    props: ::forma_core::schema::Props,
}
impl OutputLockingSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DisabledLockingSettings`.
    pub fn disabled_locking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DisabledLockingSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EpochLockingSettings`.
    pub fn epoch_locking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpochLockingSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PipelineLockingSettings`.
    pub fn pipeline_locking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputLockingSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputLockingSettings> for ::forma_core::Value<OutputLockingSettings> {
    fn from(v: OutputLockingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_LOCKING_SETTINGS_TYPE.properties))
    }
}

/// The `MotionGraphicsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MotionGraphicsSettings {
    props: ::forma_core::schema::Props,
}
impl MotionGraphicsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HtmlMotionGraphicsSettings`.
    pub fn html_motion_graphics_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MotionGraphicsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MotionGraphicsSettings> for ::forma_core::Value<MotionGraphicsSettings> {
    fn from(v: MotionGraphicsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOTION_GRAPHICS_SETTINGS_TYPE.properties))
    }
}

/// The `OutputGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputGroupSettings {
    props: ::forma_core::schema::Props,
}
impl OutputGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArchiveGroupSettings`.
    pub fn archive_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveGroupSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CmafIngestGroupSettings`.
    pub fn cmaf_ingest_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CmafIngestGroupSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FrameCaptureGroupSettings`.
    pub fn frame_capture_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FrameCaptureGroupSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HlsGroupSettings`.
    pub fn hls_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsGroupSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MediaConnectRouterGroupSettings`.
    pub fn media_connect_router_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaConnectRouterGroupSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MediaPackageGroupSettings`.
    pub fn media_package_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaPackageGroupSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MsSmoothGroupSettings`.
    pub fn ms_smooth_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MsSmoothGroupSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MultiplexGroupSettings`.
    pub fn multiplex_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RtmpGroupSettings`.
    pub fn rtmp_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RtmpGroupSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SrtGroupSettings`.
    pub fn srt_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SrtGroupSettings>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `UdpGroupSettings`.
    pub fn udp_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UdpGroupSettings>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputGroupSettings> for ::forma_core::Value<OutputGroupSettings> {
    fn from(v: OutputGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `Output` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    props: ::forma_core::schema::Props,
}
impl Output {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioDescriptionNames`.
    pub fn audio_description_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptionDescriptionNames`.
    pub fn caption_description_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputName`.
    pub fn output_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OutputSettings`.
    pub fn output_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputSettings>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `VideoDescriptionName`.
    pub fn video_description_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Output {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Output> for ::forma_core::Value<Output> {
    fn from(v: Output) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_TYPE.properties))
    }
}

/// The `VideoCodecSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoCodecSettings {
    props: ::forma_core::schema::Props,
}
impl VideoCodecSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Av1Settings`.
    pub fn av1_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Av1Settings>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FrameCaptureSettings`.
    pub fn frame_capture_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FrameCaptureSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `H264Settings`.
    pub fn h264_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<H264Settings>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `H265Settings`.
    pub fn h265_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<H265Settings>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Mpeg2Settings`.
    pub fn mpeg2_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Mpeg2Settings>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoCodecSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoCodecSettings> for ::forma_core::Value<VideoCodecSettings> {
    fn from(v: VideoCodecSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_CODEC_SETTINGS_TYPE.properties))
    }
}

/// The `VideoPositionRectangle` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoPositionRectangle {
    props: ::forma_core::schema::Props,
}
impl VideoPositionRectangle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Height`.
    pub fn height(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Width`.
    pub fn width(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `X`.
    pub fn x(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Y`.
    pub fn y(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoPositionRectangle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoPositionRectangle> for ::forma_core::Value<VideoPositionRectangle> {
    fn from(v: VideoPositionRectangle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_POSITION_RECTANGLE_TYPE.properties))
    }
}

/// The `FailoverCondition` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverCondition {
    props: ::forma_core::schema::Props,
}
impl FailoverCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FailoverConditionSettings`.
    pub fn failover_condition_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FailoverConditionSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FailoverCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FailoverCondition> for ::forma_core::Value<FailoverCondition> {
    fn from(v: FailoverCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_CONDITION_TYPE.properties))
    }
}

/// The `AudioSelector` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioSelector {
    props: ::forma_core::schema::Props,
}
impl AudioSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SelectorSettings`.
    pub fn selector_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioSelectorSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioSelector> for ::forma_core::Value<AudioSelector> {
    fn from(v: AudioSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_SELECTOR_TYPE.properties))
    }
}

/// The `CaptionSelector` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionSelector {
    props: ::forma_core::schema::Props,
}
impl CaptionSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LanguageCode`.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SelectorSettings`.
    pub fn selector_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CaptionSelectorSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptionSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptionSelector> for ::forma_core::Value<CaptionSelector> {
    fn from(v: CaptionSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTION_SELECTOR_TYPE.properties))
    }
}

/// The `NetworkInputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInputSettings {
    props: ::forma_core::schema::Props,
}
impl NetworkInputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HlsInputSettings`.
    pub fn hls_input_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsInputSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MulticastInputSettings`.
    pub fn multicast_input_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MulticastInputSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ServerValidation`.
    pub fn server_validation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInputSettings> for ::forma_core::Value<NetworkInputSettings> {
    fn from(v: NetworkInputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INPUT_SETTINGS_TYPE.properties))
    }
}

/// The `VideoSelector` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoSelector {
    props: ::forma_core::schema::Props,
}
impl VideoSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColorSpace`.
    pub fn color_space(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ColorSpaceSettings`.
    pub fn color_space_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoSelectorColorSpaceSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ColorSpaceUsage`.
    pub fn color_space_usage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SelectorSettings`.
    pub fn selector_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoSelectorSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoSelector> for ::forma_core::Value<VideoSelector> {
    fn from(v: VideoSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_SELECTOR_TYPE.properties))
    }
}

/// The `NielsenWatermarksSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NielsenWatermarksSettings {
    props: ::forma_core::schema::Props,
}
impl NielsenWatermarksSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NielsenCbetSettings`.
    pub fn nielsen_cbet_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<NielsenCbet>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NielsenDistributionType`.
    pub fn nielsen_distribution_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NielsenNaesIiNwSettings`.
    pub fn nielsen_naes_ii_nw_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NielsenNaesIiNwOnlySettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NielsenNwOnlySettings`.
    pub fn nielsen_nw_only_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NielsenNaesIiNwOnlySettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NielsenWatermarksSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NielsenWatermarksSettings> for ::forma_core::Value<NielsenWatermarksSettings> {
    fn from(v: NielsenWatermarksSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NIELSEN_WATERMARKS_SETTINGS_TYPE.properties))
    }
}

/// The `AacSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AacSettings {
    props: ::forma_core::schema::Props,
}
impl AacSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CodingMode`.
    pub fn coding_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputType`.
    pub fn input_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Profile`.
    pub fn profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RateControlMode`.
    pub fn rate_control_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RawFormat`.
    pub fn raw_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SampleRate`.
    pub fn sample_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Spec`.
    pub fn spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `VbrQuality`.
    pub fn vbr_quality(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AacSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AacSettings> for ::forma_core::Value<AacSettings> {
    fn from(v: AacSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AAC_SETTINGS_TYPE.properties))
    }
}

/// The `Ac3Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ac3Settings {
    props: ::forma_core::schema::Props,
}
impl Ac3Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttenuationControl`.
    pub fn attenuation_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BitstreamMode`.
    pub fn bitstream_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CodingMode`.
    pub fn coding_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Dialnorm`.
    pub fn dialnorm(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DrcProfile`.
    pub fn drc_profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `LfeFilter`.
    pub fn lfe_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MetadataControl`.
    pub fn metadata_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ac3Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ac3Settings> for ::forma_core::Value<Ac3Settings> {
    fn from(v: Ac3Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AC3_SETTINGS_TYPE.properties))
    }
}

/// The `Eac3AtmosSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Eac3AtmosSettings {
    props: ::forma_core::schema::Props,
}
impl Eac3AtmosSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CodingMode`.
    pub fn coding_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Dialnorm`.
    pub fn dialnorm(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DrcLine`.
    pub fn drc_line(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DrcRf`.
    pub fn drc_rf(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `HeightTrim`.
    pub fn height_trim(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SurroundTrim`.
    pub fn surround_trim(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Eac3AtmosSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Eac3AtmosSettings> for ::forma_core::Value<Eac3AtmosSettings> {
    fn from(v: Eac3AtmosSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EAC3_ATMOS_SETTINGS_TYPE.properties))
    }
}

/// The `Eac3Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Eac3Settings {
    props: ::forma_core::schema::Props,
}
impl Eac3Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttenuationControl`.
    pub fn attenuation_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BitstreamMode`.
    pub fn bitstream_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CodingMode`.
    pub fn coding_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DcFilter`.
    pub fn dc_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Dialnorm`.
    pub fn dialnorm(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `DrcLine`.
    pub fn drc_line(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `DrcRf`.
    pub fn drc_rf(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `LfeControl`.
    pub fn lfe_control(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `LfeFilter`.
    pub fn lfe_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `LoRoCenterMixLevel`.
    pub fn lo_ro_center_mix_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `LoRoSurroundMixLevel`.
    pub fn lo_ro_surround_mix_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `LtRtCenterMixLevel`.
    pub fn lt_rt_center_mix_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `LtRtSurroundMixLevel`.
    pub fn lt_rt_surround_mix_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `MetadataControl`.
    pub fn metadata_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `PassthroughControl`.
    pub fn passthrough_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `PhaseControl`.
    pub fn phase_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `StereoDownmix`.
    pub fn stereo_downmix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `SurroundExMode`.
    pub fn surround_ex_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `SurroundMode`.
    pub fn surround_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Eac3Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Eac3Settings> for ::forma_core::Value<Eac3Settings> {
    fn from(v: Eac3Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EAC3_SETTINGS_TYPE.properties))
    }
}

/// The `Mp2Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mp2Settings {
    props: ::forma_core::schema::Props,
}
impl Mp2Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CodingMode`.
    pub fn coding_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SampleRate`.
    pub fn sample_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Mp2Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Mp2Settings> for ::forma_core::Value<Mp2Settings> {
    fn from(v: Mp2Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MP2_SETTINGS_TYPE.properties))
    }
}

/// The `WavSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct WavSettings {
    props: ::forma_core::schema::Props,
}
impl WavSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BitDepth`.
    pub fn bit_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CodingMode`.
    pub fn coding_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SampleRate`.
    pub fn sample_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WavSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WavSettings> for ::forma_core::Value<WavSettings> {
    fn from(v: WavSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WAV_SETTINGS_TYPE.properties))
    }
}

/// The `AudioChannelMapping` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioChannelMapping {
    props: ::forma_core::schema::Props,
}
impl AudioChannelMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputChannelLevels`.
    pub fn input_channel_levels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputChannelLevel>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutputChannel`.
    pub fn output_channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioChannelMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioChannelMapping> for ::forma_core::Value<AudioChannelMapping> {
    fn from(v: AudioChannelMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_CHANNEL_MAPPING_TYPE.properties))
    }
}

/// The `Esam` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Esam {
    props: ::forma_core::schema::Props,
}
impl Esam {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AcquisitionPointId`.
    pub fn acquisition_point_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AdAvailOffset`.
    pub fn ad_avail_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PasswordParam`.
    pub fn password_param(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PoisEndpoint`.
    pub fn pois_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ZoneIdentity`.
    pub fn zone_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Esam {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Esam> for ::forma_core::Value<Esam> {
    fn from(v: Esam) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ESAM_TYPE.properties))
    }
}

/// The `Scte35SpliceInsertTimeSignalAposSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scte35SpliceInsertTimeSignalAposSettings {
    props: ::forma_core::schema::Props,
}
impl Scte35SpliceInsertTimeSignalAposSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdAvailOffset`.
    pub fn ad_avail_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NoRegionalBlackoutFlag`.
    pub fn no_regional_blackout_flag(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WebDeliveryAllowedFlag`.
    pub fn web_delivery_allowed_flag(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Scte35SpliceInsertTimeSignalAposSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scte35SpliceInsertTimeSignalAposSettings>
    for ::forma_core::Value<Scte35SpliceInsertTimeSignalAposSettings>
{
    fn from(v: Scte35SpliceInsertTimeSignalAposSettings) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SCTE35_SPLICE_INSERT_TIME_SIGNAL_APOS_SETTINGS_TYPE.properties),
        )
    }
}

/// The `BurnInDvbSubDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct BurnInDvbSubDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl BurnInDvbSubDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Alignment`.
    pub fn alignment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BackgroundColor`.
    pub fn background_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BackgroundOpacity`.
    pub fn background_opacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Font`.
    pub fn font(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FontColor`.
    pub fn font_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `FontOpacity`.
    pub fn font_opacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FontResolution`.
    pub fn font_resolution(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `FontSize`.
    pub fn font_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `OutlineColor`.
    pub fn outline_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `OutlineSize`.
    pub fn outline_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ShadowColor`.
    pub fn shadow_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ShadowOpacity`.
    pub fn shadow_opacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ShadowXOffset`.
    pub fn shadow_x_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ShadowYOffset`.
    pub fn shadow_y_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `SubtitleRows`.
    pub fn subtitle_rows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TeletextGridControl`.
    pub fn teletext_grid_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `XPosition`.
    pub fn x_position(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `YPosition`.
    pub fn y_position(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BurnInDvbSubDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BurnInDvbSubDestinationSettings> for ::forma_core::Value<BurnInDvbSubDestinationSettings> {
    fn from(v: BurnInDvbSubDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BURN_IN_DVB_SUB_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `EbuTtDDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbuTtDDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl EbuTtDDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CopyrightHolder`.
    pub fn copyright_holder(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultFontSize`.
    pub fn default_font_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DefaultLineHeight`.
    pub fn default_line_height(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FillLineGap`.
    pub fn fill_line_gap(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FontFamily`.
    pub fn font_family(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StyleControl`.
    pub fn style_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EbuTtDDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbuTtDDestinationSettings> for ::forma_core::Value<EbuTtDDestinationSettings> {
    fn from(v: EbuTtDDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBU_TT_D_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `TtmlDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TtmlDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl TtmlDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Position`.
    pub fn position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TextCaptionPositionSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StyleControl`.
    pub fn style_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TtmlDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TtmlDestinationSettings> for ::forma_core::Value<TtmlDestinationSettings> {
    fn from(v: TtmlDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TTML_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `WebvttDestinationSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebvttDestinationSettings {
    props: ::forma_core::schema::Props,
}
impl WebvttDestinationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Position`.
    pub fn position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TextCaptionPositionSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StyleControl`.
    pub fn style_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebvttDestinationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebvttDestinationSettings> for ::forma_core::Value<WebvttDestinationSettings> {
    fn from(v: WebvttDestinationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEBVTT_DESTINATION_SETTINGS_TYPE.properties))
    }
}

/// The `DisabledLockingSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DisabledLockingSettings {
    props: ::forma_core::schema::Props,
}
impl DisabledLockingSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomEpoch`.
    pub fn custom_epoch(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DisabledLockingSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DisabledLockingSettings> for ::forma_core::Value<DisabledLockingSettings> {
    fn from(v: DisabledLockingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISABLED_LOCKING_SETTINGS_TYPE.properties))
    }
}

/// The `EpochLockingSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpochLockingSettings {
    props: ::forma_core::schema::Props,
}
impl EpochLockingSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomEpoch`.
    pub fn custom_epoch(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `JamSyncTime`.
    pub fn jam_sync_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EpochLockingSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EpochLockingSettings> for ::forma_core::Value<EpochLockingSettings> {
    fn from(v: EpochLockingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPOCH_LOCKING_SETTINGS_TYPE.properties))
    }
}

/// The `ArchiveGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveGroupSettings {
    props: ::forma_core::schema::Props,
}
impl ArchiveGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArchiveCdnSettings`.
    pub fn archive_cdn_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveCdnSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RolloverInterval`.
    pub fn rollover_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArchiveGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArchiveGroupSettings> for ::forma_core::Value<ArchiveGroupSettings> {
    fn from(v: ArchiveGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `CmafIngestGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafIngestGroupSettings {
    props: ::forma_core::schema::Props,
}
impl CmafIngestGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalDestinations`.
    pub fn additional_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalDestinations>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptionLanguageMappings`.
    pub fn caption_language_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CmafIngestCaptionLanguageMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Id3Behavior`.
    pub fn id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Id3NameModifier`.
    pub fn id3_name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `KlvBehavior`.
    pub fn klv_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `KlvNameModifier`.
    pub fn klv_name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `NielsenId3Behavior`.
    pub fn nielsen_id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `NielsenId3NameModifier`.
    pub fn nielsen_id3_name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Scte35NameModifier`.
    pub fn scte35_name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Scte35Type`.
    pub fn scte35_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `SegmentLength`.
    pub fn segment_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `SegmentLengthUnits`.
    pub fn segment_length_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `SendDelayMs`.
    pub fn send_delay_ms(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Frame`.
    pub fn timed_metadata_id3_frame(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Period`.
    pub fn timed_metadata_id3_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TimedMetadataPassthrough`.
    pub fn timed_metadata_passthrough(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `WatermarkingSettings`.
    pub fn watermarking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CmafIngestWatermarkingSettings>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmafIngestGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmafIngestGroupSettings> for ::forma_core::Value<CmafIngestGroupSettings> {
    fn from(v: CmafIngestGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_INGEST_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `FrameCaptureGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameCaptureGroupSettings {
    props: ::forma_core::schema::Props,
}
impl FrameCaptureGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FrameCaptureCdnSettings`.
    pub fn frame_capture_cdn_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FrameCaptureCdnSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FrameCaptureGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FrameCaptureGroupSettings> for ::forma_core::Value<FrameCaptureGroupSettings> {
    fn from(v: FrameCaptureGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FRAME_CAPTURE_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `HlsGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsGroupSettings {
    props: ::forma_core::schema::Props,
}
impl HlsGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdMarkers`.
    pub fn ad_markers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BaseUrlContent`.
    pub fn base_url_content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BaseUrlContent1`.
    pub fn base_url_content1(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `BaseUrlManifest`.
    pub fn base_url_manifest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `BaseUrlManifest1`.
    pub fn base_url_manifest1(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `CaptionLanguageMappings`.
    pub fn caption_language_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CaptionLanguageMapping>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `CaptionLanguageSetting`.
    pub fn caption_language_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ClientCache`.
    pub fn client_cache(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `CodecSpecification`.
    pub fn codec_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ConstantIv`.
    pub fn constant_iv(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `DirectoryStructure`.
    pub fn directory_structure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `DiscontinuityTags`.
    pub fn discontinuity_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `EncryptionType`.
    pub fn encryption_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `HlsCdnSettings`.
    pub fn hls_cdn_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsCdnSettings>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `HlsId3SegmentTagging`.
    pub fn hls_id3_segment_tagging(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `IFrameOnlyPlaylists`.
    pub fn i_frame_only_playlists(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `IncompleteSegmentBehavior`.
    pub fn incomplete_segment_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `IndexNSegments`.
    pub fn index_n_segments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `InputLossAction`.
    pub fn input_loss_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `IvInManifest`.
    pub fn iv_in_manifest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `IvSource`.
    pub fn iv_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `KeepSegments`.
    pub fn keep_segments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `KeyFormat`.
    pub fn key_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `KeyFormatVersions`.
    pub fn key_format_versions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// `KeyProviderSettings`.
    pub fn key_provider_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KeyProviderSettings>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// `ManifestCompression`.
    pub fn manifest_compression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// `ManifestDurationFormat`.
    pub fn manifest_duration_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// `MinSegmentLength`.
    pub fn min_segment_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// `Mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// `OutputSelection`.
    pub fn output_selection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// `ProgramDateTime`.
    pub fn program_date_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// `ProgramDateTimeClock`.
    pub fn program_date_time_clock(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// `ProgramDateTimePeriod`.
    pub fn program_date_time_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// `RedundantManifest`.
    pub fn redundant_manifest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// `SegmentLength`.
    pub fn segment_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// `SegmentationMode`.
    pub fn segmentation_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// `SegmentsPerSubdirectory`.
    pub fn segments_per_subdirectory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// `StreamInfResolution`.
    pub fn stream_inf_resolution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Frame`.
    pub fn timed_metadata_id3_frame(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Period`.
    pub fn timed_metadata_id3_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// `TimestampDeltaMilliseconds`.
    pub fn timestamp_delta_milliseconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
    /// `TsFileMode`.
    pub fn ts_file_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(42, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsGroupSettings> for ::forma_core::Value<HlsGroupSettings> {
    fn from(v: HlsGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `MediaConnectRouterGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaConnectRouterGroupSettings {
    props: ::forma_core::schema::Props,
}
impl MediaConnectRouterGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailabilityZones`.
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaConnectRouterGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaConnectRouterGroupSettings> for ::forma_core::Value<MediaConnectRouterGroupSettings> {
    fn from(v: MediaConnectRouterGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_CONNECT_ROUTER_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `MediaPackageGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaPackageGroupSettings {
    props: ::forma_core::schema::Props,
}
impl MediaPackageGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MediapackageV2GroupSettings`.
    pub fn mediapackage_v2_group_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaPackageV2GroupSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaPackageGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaPackageGroupSettings> for ::forma_core::Value<MediaPackageGroupSettings> {
    fn from(v: MediaPackageGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_PACKAGE_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `MsSmoothGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MsSmoothGroupSettings {
    props: ::forma_core::schema::Props,
}
impl MsSmoothGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AcquisitionPointId`.
    pub fn acquisition_point_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioOnlyTimecodeControl`.
    pub fn audio_only_timecode_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CertificateMode`.
    pub fn certificate_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ConnectionRetryInterval`.
    pub fn connection_retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EventId`.
    pub fn event_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `EventIdMode`.
    pub fn event_id_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EventStopBehavior`.
    pub fn event_stop_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `FilecacheDuration`.
    pub fn filecache_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `FragmentLength`.
    pub fn fragment_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `InputLossAction`.
    pub fn input_loss_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `NumRetries`.
    pub fn num_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `RestartDelay`.
    pub fn restart_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `SegmentationMode`.
    pub fn segmentation_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `SendDelayMs`.
    pub fn send_delay_ms(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SparseTrackType`.
    pub fn sparse_track_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `StreamManifestBehavior`.
    pub fn stream_manifest_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `TimestampOffset`.
    pub fn timestamp_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `TimestampOffsetMode`.
    pub fn timestamp_offset_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MsSmoothGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MsSmoothGroupSettings> for ::forma_core::Value<MsSmoothGroupSettings> {
    fn from(v: MsSmoothGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MS_SMOOTH_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `RtmpGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct RtmpGroupSettings {
    props: ::forma_core::schema::Props,
}
impl RtmpGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdMarkers`.
    pub fn ad_markers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AuthenticationScheme`.
    pub fn authentication_scheme(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CacheFullBehavior`.
    pub fn cache_full_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CacheLength`.
    pub fn cache_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `CaptionData`.
    pub fn caption_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IncludeFillerNalUnits`.
    pub fn include_filler_nal_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `InputLossAction`.
    pub fn input_loss_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RestartDelay`.
    pub fn restart_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RtmpGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RtmpGroupSettings> for ::forma_core::Value<RtmpGroupSettings> {
    fn from(v: RtmpGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RTMP_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `SrtGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtGroupSettings {
    props: ::forma_core::schema::Props,
}
impl SrtGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputLossAction`.
    pub fn input_loss_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtGroupSettings> for ::forma_core::Value<SrtGroupSettings> {
    fn from(v: SrtGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `UdpGroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct UdpGroupSettings {
    props: ::forma_core::schema::Props,
}
impl UdpGroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputLossAction`.
    pub fn input_loss_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Frame`.
    pub fn timed_metadata_id3_frame(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Period`.
    pub fn timed_metadata_id3_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UdpGroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UdpGroupSettings> for ::forma_core::Value<UdpGroupSettings> {
    fn from(v: UdpGroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UDP_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `OutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputSettings {
    props: ::forma_core::schema::Props,
}
impl OutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArchiveOutputSettings`.
    pub fn archive_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveOutputSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CmafIngestOutputSettings`.
    pub fn cmaf_ingest_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CmafIngestFrameCaptureOutputSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FrameCaptureOutputSettings`.
    pub fn frame_capture_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CmafIngestFrameCaptureOutputSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HlsOutputSettings`.
    pub fn hls_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsOutputSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MediaConnectRouterOutputSettings`.
    pub fn media_connect_router_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaConnectRouterOutputSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MediaPackageOutputSettings`.
    pub fn media_package_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MsSmoothOutputSettings`.
    pub fn ms_smooth_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MsSmoothOutputSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MultiplexOutputSettings`.
    pub fn multiplex_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexOutputSettings>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RtmpOutputSettings`.
    pub fn rtmp_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RtmpOutputSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SrtOutputSettings`.
    pub fn srt_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SrtOutputSettings>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `UdpOutputSettings`.
    pub fn udp_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UdpOutputSettings>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputSettings> for ::forma_core::Value<OutputSettings> {
    fn from(v: OutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `Av1Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Av1Settings {
    props: ::forma_core::schema::Props,
}
impl Av1Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AfdSignaling`.
    pub fn afd_signaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BitDepth`.
    pub fn bit_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `BufSize`.
    pub fn buf_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ColorSpaceSettings`.
    pub fn color_space_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Av1ColorSpaceSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `FixedAfd`.
    pub fn fixed_afd(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FramerateDenominator`.
    pub fn framerate_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `FramerateNumerator`.
    pub fn framerate_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `GopSize`.
    pub fn gop_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `GopSizeUnits`.
    pub fn gop_size_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Level`.
    pub fn level(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `LookAheadRateControl`.
    pub fn look_ahead_rate_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `MaxBitrate`.
    pub fn max_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `MinBitrate`.
    pub fn min_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `MinIInterval`.
    pub fn min_i_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `ParDenominator`.
    pub fn par_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `ParNumerator`.
    pub fn par_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `QvbrQualityLevel`.
    pub fn qvbr_quality_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `RateControlMode`.
    pub fn rate_control_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `SceneChangeDetect`.
    pub fn scene_change_detect(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `SpatialAq`.
    pub fn spatial_aq(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `TemporalAq`.
    pub fn temporal_aq(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `TimecodeBurninSettings`.
    pub fn timecode_burnin_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimecodeBurninSettings>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `TimecodeInsertion`.
    pub fn timecode_insertion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Av1Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Av1Settings> for ::forma_core::Value<Av1Settings> {
    fn from(v: Av1Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AV1_SETTINGS_TYPE.properties))
    }
}

/// The `FrameCaptureSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameCaptureSettings {
    props: ::forma_core::schema::Props,
}
impl FrameCaptureSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaptureInterval`.
    pub fn capture_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptureIntervalUnits`.
    pub fn capture_interval_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimecodeBurninSettings`.
    pub fn timecode_burnin_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimecodeBurninSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FrameCaptureSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FrameCaptureSettings> for ::forma_core::Value<FrameCaptureSettings> {
    fn from(v: FrameCaptureSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FRAME_CAPTURE_SETTINGS_TYPE.properties))
    }
}

/// The `H264Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct H264Settings {
    props: ::forma_core::schema::Props,
}
impl H264Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdaptiveQuantization`.
    pub fn adaptive_quantization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AfdSignaling`.
    pub fn afd_signaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `BufFillPct`.
    pub fn buf_fill_pct(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `BufSize`.
    pub fn buf_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ColorMetadata`.
    pub fn color_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ColorSpaceSettings`.
    pub fn color_space_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<H264ColorSpaceSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EntropyEncoding`.
    pub fn entropy_encoding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `FilterSettings`.
    pub fn filter_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<H264H265FilterSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `FixedAfd`.
    pub fn fixed_afd(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `FlickerAq`.
    pub fn flicker_aq(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ForceFieldPictures`.
    pub fn force_field_pictures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `FramerateControl`.
    pub fn framerate_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `FramerateDenominator`.
    pub fn framerate_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `FramerateNumerator`.
    pub fn framerate_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `GopBReference`.
    pub fn gop_b_reference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `GopClosedCadence`.
    pub fn gop_closed_cadence(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `GopNumBFrames`.
    pub fn gop_num_b_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `GopSize`.
    pub fn gop_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `GopSizeUnits`.
    pub fn gop_size_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `Level`.
    pub fn level(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `LookAheadRateControl`.
    pub fn look_ahead_rate_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `MaxBitrate`.
    pub fn max_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `MinBitrate`.
    pub fn min_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `MinIInterval`.
    pub fn min_i_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// `MinQp`.
    pub fn min_qp(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// `NumRefFrames`.
    pub fn num_ref_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// `ParControl`.
    pub fn par_control(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// `ParDenominator`.
    pub fn par_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// `ParNumerator`.
    pub fn par_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// `Profile`.
    pub fn profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// `QualityLevel`.
    pub fn quality_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// `QvbrQualityLevel`.
    pub fn qvbr_quality_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// `RateControlMode`.
    pub fn rate_control_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// `ScanType`.
    pub fn scan_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// `SceneChangeDetect`.
    pub fn scene_change_detect(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// `Slices`.
    pub fn slices(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// `Softness`.
    pub fn softness(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// `SpatialAq`.
    pub fn spatial_aq(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// `SubgopLength`.
    pub fn subgop_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// `Syntax`.
    pub fn syntax(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// `TemporalAq`.
    pub fn temporal_aq(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
    /// `TimecodeBurninSettings`.
    pub fn timecode_burnin_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimecodeBurninSettings>>,
    ) -> Self {
        self.props.set(42, value.into().into_expr());
        self
    }
    /// `TimecodeInsertion`.
    pub fn timecode_insertion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(43, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for H264Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<H264Settings> for ::forma_core::Value<H264Settings> {
    fn from(v: H264Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(H264_SETTINGS_TYPE.properties))
    }
}

/// The `H265Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct H265Settings {
    props: ::forma_core::schema::Props,
}
impl H265Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdaptiveQuantization`.
    pub fn adaptive_quantization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AfdSignaling`.
    pub fn afd_signaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AlternativeTransferFunction`.
    pub fn alternative_transfer_function(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `BufSize`.
    pub fn buf_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ColorMetadata`.
    pub fn color_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ColorSpaceSettings`.
    pub fn color_space_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<H265ColorSpaceSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Deblocking`.
    pub fn deblocking(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `FilterSettings`.
    pub fn filter_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<H264H265FilterSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `FixedAfd`.
    pub fn fixed_afd(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `FlickerAq`.
    pub fn flicker_aq(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `FramerateDenominator`.
    pub fn framerate_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `FramerateNumerator`.
    pub fn framerate_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `GopBReference`.
    pub fn gop_b_reference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `GopClosedCadence`.
    pub fn gop_closed_cadence(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `GopNumBFrames`.
    pub fn gop_num_b_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `GopSize`.
    pub fn gop_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `GopSizeUnits`.
    pub fn gop_size_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `Level`.
    pub fn level(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `LookAheadRateControl`.
    pub fn look_ahead_rate_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `MaxBitrate`.
    pub fn max_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `MinBitrate`.
    pub fn min_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `MinIInterval`.
    pub fn min_i_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `MinQp`.
    pub fn min_qp(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `MvOverPictureBoundaries`.
    pub fn mv_over_picture_boundaries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// `MvTemporalPredictor`.
    pub fn mv_temporal_predictor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// `ParDenominator`.
    pub fn par_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// `ParNumerator`.
    pub fn par_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// `Profile`.
    pub fn profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// `QvbrQualityLevel`.
    pub fn qvbr_quality_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// `RateControlMode`.
    pub fn rate_control_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// `ScanType`.
    pub fn scan_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// `SceneChangeDetect`.
    pub fn scene_change_detect(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// `Slices`.
    pub fn slices(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// `SubgopLength`.
    pub fn subgop_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// `Tier`.
    pub fn tier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// `TileHeight`.
    pub fn tile_height(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// `TilePadding`.
    pub fn tile_padding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// `TileWidth`.
    pub fn tile_width(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// `TimecodeBurninSettings`.
    pub fn timecode_burnin_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimecodeBurninSettings>>,
    ) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// `TimecodeInsertion`.
    pub fn timecode_insertion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// `TreeblockSize`.
    pub fn treeblock_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for H265Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<H265Settings> for ::forma_core::Value<H265Settings> {
    fn from(v: H265Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(H265_SETTINGS_TYPE.properties))
    }
}

/// The `Mpeg2Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mpeg2Settings {
    props: ::forma_core::schema::Props,
}
impl Mpeg2Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdaptiveQuantization`.
    pub fn adaptive_quantization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AfdSignaling`.
    pub fn afd_signaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ColorMetadata`.
    pub fn color_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ColorSpace`.
    pub fn color_space(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DisplayAspectRatio`.
    pub fn display_aspect_ratio(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `FilterSettings`.
    pub fn filter_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Mpeg2FilterSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FixedAfd`.
    pub fn fixed_afd(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `FramerateDenominator`.
    pub fn framerate_denominator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `FramerateNumerator`.
    pub fn framerate_numerator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `GopClosedCadence`.
    pub fn gop_closed_cadence(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `GopNumBFrames`.
    pub fn gop_num_b_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `GopSize`.
    pub fn gop_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `GopSizeUnits`.
    pub fn gop_size_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ScanType`.
    pub fn scan_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `SubgopLength`.
    pub fn subgop_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TimecodeBurninSettings`.
    pub fn timecode_burnin_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimecodeBurninSettings>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TimecodeInsertion`.
    pub fn timecode_insertion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Mpeg2Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Mpeg2Settings> for ::forma_core::Value<Mpeg2Settings> {
    fn from(v: Mpeg2Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MPEG2_SETTINGS_TYPE.properties))
    }
}

/// The `FailoverConditionSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverConditionSettings {
    props: ::forma_core::schema::Props,
}
impl FailoverConditionSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioSilenceSettings`.
    pub fn audio_silence_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioSilenceFailoverSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputLossSettings`.
    pub fn input_loss_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLossFailoverSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VideoBlackSettings`.
    pub fn video_black_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoBlackFailoverSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FailoverConditionSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FailoverConditionSettings> for ::forma_core::Value<FailoverConditionSettings> {
    fn from(v: FailoverConditionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_CONDITION_SETTINGS_TYPE.properties))
    }
}

/// The `AudioSelectorSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioSelectorSettings {
    props: ::forma_core::schema::Props,
}
impl AudioSelectorSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioHlsRenditionSelection`.
    pub fn audio_hls_rendition_selection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioHlsRenditionSelection>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioLanguageSelection`.
    pub fn audio_language_selection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioLanguageSelection>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AudioPidSelection`.
    pub fn audio_pid_selection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioPidSelection>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AudioTrackSelection`.
    pub fn audio_track_selection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioTrackSelection>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioSelectorSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioSelectorSettings> for ::forma_core::Value<AudioSelectorSettings> {
    fn from(v: AudioSelectorSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_SELECTOR_SETTINGS_TYPE.properties))
    }
}

/// The `CaptionSelectorSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionSelectorSettings {
    props: ::forma_core::schema::Props,
}
impl CaptionSelectorSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AncillarySourceSettings`.
    pub fn ancillary_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AncillarySourceSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AribSourceSettings`.
    pub fn arib_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DvbSubSourceSettings`.
    pub fn dvb_sub_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Scte27DvbSubSourceSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EmbeddedSourceSettings`.
    pub fn embedded_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EmbeddedSourceSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Scte20SourceSettings`.
    pub fn scte20_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Scte20SourceSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Scte27SourceSettings`.
    pub fn scte27_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Scte27DvbSubSourceSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SmartSubtitleSourceSettings`.
    pub fn smart_subtitle_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SmartSubtitleSourceSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TeletextSourceSettings`.
    pub fn teletext_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TeletextSourceSettings>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptionSelectorSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptionSelectorSettings> for ::forma_core::Value<CaptionSelectorSettings> {
    fn from(v: CaptionSelectorSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTION_SELECTOR_SETTINGS_TYPE.properties))
    }
}

/// The `HlsInputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsInputSettings {
    props: ::forma_core::schema::Props,
}
impl HlsInputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Bandwidth`.
    pub fn bandwidth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BufferSegments`.
    pub fn buffer_segments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Retries`.
    pub fn retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RetryInterval`.
    pub fn retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Scte35Source`.
    pub fn scte35_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsInputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsInputSettings> for ::forma_core::Value<HlsInputSettings> {
    fn from(v: HlsInputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_INPUT_SETTINGS_TYPE.properties))
    }
}

/// The `MulticastInputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MulticastInputSettings {
    props: ::forma_core::schema::Props,
}
impl MulticastInputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SourceIpAddress`.
    pub fn source_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MulticastInputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MulticastInputSettings> for ::forma_core::Value<MulticastInputSettings> {
    fn from(v: MulticastInputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTICAST_INPUT_SETTINGS_TYPE.properties))
    }
}

/// The `VideoSelectorColorSpaceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoSelectorColorSpaceSettings {
    props: ::forma_core::schema::Props,
}
impl VideoSelectorColorSpaceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Hdr10Settings`.
    pub fn hdr10_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Hdr10Settings>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoSelectorColorSpaceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoSelectorColorSpaceSettings> for ::forma_core::Value<VideoSelectorColorSpaceSettings> {
    fn from(v: VideoSelectorColorSpaceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_SELECTOR_COLOR_SPACE_SETTINGS_TYPE.properties))
    }
}

/// The `VideoSelectorSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoSelectorSettings {
    props: ::forma_core::schema::Props,
}
impl VideoSelectorSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `VideoSelectorPid`.
    pub fn video_selector_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoSelectorPid>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VideoSelectorProgramId`.
    pub fn video_selector_program_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoSelectorProgramId>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoSelectorSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoSelectorSettings> for ::forma_core::Value<VideoSelectorSettings> {
    fn from(v: VideoSelectorSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_SELECTOR_SETTINGS_TYPE.properties))
    }
}

/// The `NielsenCBET` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NielsenCbet {
    props: ::forma_core::schema::Props,
}
impl NielsenCbet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CbetCheckDigitString`.
    pub fn cbet_check_digit_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CbetStepaside`.
    pub fn cbet_stepaside(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Csid`.
    pub fn csid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NielsenCbet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NielsenCbet> for ::forma_core::Value<NielsenCbet> {
    fn from(v: NielsenCbet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NIELSEN_CBET_TYPE.properties))
    }
}

/// The `NielsenNaesIiNwOnlySettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NielsenNaesIiNwOnlySettings {
    props: ::forma_core::schema::Props,
}
impl NielsenNaesIiNwOnlySettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CheckDigitString`.
    pub fn check_digit_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Sid`.
    pub fn sid(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Timezone`.
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NielsenNaesIiNwOnlySettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NielsenNaesIiNwOnlySettings> for ::forma_core::Value<NielsenNaesIiNwOnlySettings> {
    fn from(v: NielsenNaesIiNwOnlySettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NIELSEN_NAES_II_NW_ONLY_SETTINGS_TYPE.properties))
    }
}

/// The `InputChannelLevel` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputChannelLevel {
    props: ::forma_core::schema::Props,
}
impl InputChannelLevel {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Gain`.
    pub fn gain(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputChannel`.
    pub fn input_channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputChannelLevel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputChannelLevel> for ::forma_core::Value<InputChannelLevel> {
    fn from(v: InputChannelLevel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_CHANNEL_LEVEL_TYPE.properties))
    }
}

/// The `TextCaptionPositionSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextCaptionPositionSettings {
    props: ::forma_core::schema::Props,
}
impl TextCaptionPositionSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `YPositionPercentage`.
    pub fn y_position_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TextCaptionPositionSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TextCaptionPositionSettings> for ::forma_core::Value<TextCaptionPositionSettings> {
    fn from(v: TextCaptionPositionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_CAPTION_POSITION_SETTINGS_TYPE.properties))
    }
}

/// The `ArchiveCdnSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveCdnSettings {
    props: ::forma_core::schema::Props,
}
impl ArchiveCdnSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArchiveS3Settings`.
    pub fn archive_s3_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveFrameCaptureHlsS3Settings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArchiveCdnSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArchiveCdnSettings> for ::forma_core::Value<ArchiveCdnSettings> {
    fn from(v: ArchiveCdnSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_CDN_SETTINGS_TYPE.properties))
    }
}

/// The `OutputLocationRef` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputLocationRef {
    props: ::forma_core::schema::Props,
}
impl OutputLocationRef {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationRefId`.
    pub fn destination_ref_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputLocationRef {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputLocationRef> for ::forma_core::Value<OutputLocationRef> {
    fn from(v: OutputLocationRef) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_LOCATION_REF_TYPE.properties))
    }
}

/// The `AdditionalDestinations` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalDestinations {
    props: ::forma_core::schema::Props,
}
impl AdditionalDestinations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdditionalDestinations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdditionalDestinations> for ::forma_core::Value<AdditionalDestinations> {
    fn from(v: AdditionalDestinations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_DESTINATIONS_TYPE.properties))
    }
}

/// The `CmafIngestCaptionLanguageMapping` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafIngestCaptionLanguageMapping {
    props: ::forma_core::schema::Props,
}
impl CmafIngestCaptionLanguageMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaptionChannel`.
    pub fn caption_channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LanguageCode`.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmafIngestCaptionLanguageMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmafIngestCaptionLanguageMapping> for ::forma_core::Value<CmafIngestCaptionLanguageMapping> {
    fn from(v: CmafIngestCaptionLanguageMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_INGEST_CAPTION_LANGUAGE_MAPPING_TYPE.properties))
    }
}

/// The `CmafIngestWatermarkingSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafIngestWatermarkingSettings {
    props: ::forma_core::schema::Props,
}
impl CmafIngestWatermarkingSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CmafIngestAbWatermarkerIrdetoSettings`.
    pub fn cmaf_ingest_ab_watermarker_irdeto_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmafIngestWatermarkingSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmafIngestWatermarkingSettings> for ::forma_core::Value<CmafIngestWatermarkingSettings> {
    fn from(v: CmafIngestWatermarkingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_INGEST_WATERMARKING_SETTINGS_TYPE.properties))
    }
}

/// The `FrameCaptureCdnSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameCaptureCdnSettings {
    props: ::forma_core::schema::Props,
}
impl FrameCaptureCdnSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FrameCaptureS3Settings`.
    pub fn frame_capture_s3_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveFrameCaptureHlsS3Settings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FrameCaptureCdnSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FrameCaptureCdnSettings> for ::forma_core::Value<FrameCaptureCdnSettings> {
    fn from(v: FrameCaptureCdnSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FRAME_CAPTURE_CDN_SETTINGS_TYPE.properties))
    }
}

/// The `CaptionLanguageMapping` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionLanguageMapping {
    props: ::forma_core::schema::Props,
}
impl CaptionLanguageMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaptionChannel`.
    pub fn caption_channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LanguageCode`.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LanguageDescription`.
    pub fn language_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptionLanguageMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptionLanguageMapping> for ::forma_core::Value<CaptionLanguageMapping> {
    fn from(v: CaptionLanguageMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTION_LANGUAGE_MAPPING_TYPE.properties))
    }
}

/// The `HlsCdnSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsCdnSettings {
    props: ::forma_core::schema::Props,
}
impl HlsCdnSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HlsAkamaiSettings`.
    pub fn hls_akamai_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsAkamaiSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HlsBasicPutSettings`.
    pub fn hls_basic_put_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsBasicPutSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HlsMediaStoreSettings`.
    pub fn hls_media_store_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsMediaStoreSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HlsS3Settings`.
    pub fn hls_s3_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveFrameCaptureHlsS3Settings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `HlsWebdavSettings`.
    pub fn hls_webdav_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsWebdavSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsCdnSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsCdnSettings> for ::forma_core::Value<HlsCdnSettings> {
    fn from(v: HlsCdnSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_CDN_SETTINGS_TYPE.properties))
    }
}

/// The `KeyProviderSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyProviderSettings {
    props: ::forma_core::schema::Props,
}
impl KeyProviderSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StaticKeySettings`.
    pub fn static_key_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StaticKeySettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyProviderSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyProviderSettings> for ::forma_core::Value<KeyProviderSettings> {
    fn from(v: KeyProviderSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_PROVIDER_SETTINGS_TYPE.properties))
    }
}

/// The `MediaPackageV2GroupSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaPackageV2GroupSettings {
    props: ::forma_core::schema::Props,
}
impl MediaPackageV2GroupSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalDestinations`.
    pub fn additional_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalDestinations>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptionLanguageMappings`.
    pub fn caption_language_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CaptionLanguageMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Id3Behavior`.
    pub fn id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `KlvBehavior`.
    pub fn klv_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `NielsenId3Behavior`.
    pub fn nielsen_id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Scte35Type`.
    pub fn scte35_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SegmentLength`.
    pub fn segment_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SegmentLengthUnits`.
    pub fn segment_length_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Frame`.
    pub fn timed_metadata_id3_frame(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `TimedMetadataId3Period`.
    pub fn timed_metadata_id3_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TimedMetadataPassthrough`.
    pub fn timed_metadata_passthrough(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `WatermarkingSettings`.
    pub fn watermarking_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaPackageV2WatermarkingSettings>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaPackageV2GroupSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaPackageV2GroupSettings> for ::forma_core::Value<MediaPackageV2GroupSettings> {
    fn from(v: MediaPackageV2GroupSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_PACKAGE_V2_GROUP_SETTINGS_TYPE.properties))
    }
}

/// The `ArchiveOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveOutputSettings {
    props: ::forma_core::schema::Props,
}
impl ArchiveOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerSettings`.
    pub fn container_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchiveContainerSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Extension`.
    pub fn extension(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NameModifier`.
    pub fn name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArchiveOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArchiveOutputSettings> for ::forma_core::Value<ArchiveOutputSettings> {
    fn from(v: ArchiveOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `CmafIngestFrameCaptureOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafIngestFrameCaptureOutputSettings {
    props: ::forma_core::schema::Props,
}
impl CmafIngestFrameCaptureOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NameModifier`.
    pub fn name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmafIngestFrameCaptureOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmafIngestFrameCaptureOutputSettings>
    for ::forma_core::Value<CmafIngestFrameCaptureOutputSettings>
{
    fn from(v: CmafIngestFrameCaptureOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_INGEST_FRAME_CAPTURE_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `HlsOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsOutputSettings {
    props: ::forma_core::schema::Props,
}
impl HlsOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `H265PackagingType`.
    pub fn h265_packaging_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HlsSettings`.
    pub fn hls_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsSettings>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NameModifier`.
    pub fn name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SegmentModifier`.
    pub fn segment_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsOutputSettings> for ::forma_core::Value<HlsOutputSettings> {
    fn from(v: HlsOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `MediaConnectRouterOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaConnectRouterOutputSettings {
    props: ::forma_core::schema::Props,
}
impl MediaConnectRouterOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectedRouterInputs`.
    pub fn connected_router_inputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaConnectRouterOutputConnectionMap>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerSettings`.
    pub fn container_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UdpMediaConnectRouterContainerSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaConnectRouterOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaConnectRouterOutputSettings> for ::forma_core::Value<MediaConnectRouterOutputSettings> {
    fn from(v: MediaConnectRouterOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_CONNECT_ROUTER_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `MsSmoothOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MsSmoothOutputSettings {
    props: ::forma_core::schema::Props,
}
impl MsSmoothOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `H265PackagingType`.
    pub fn h265_packaging_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NameModifier`.
    pub fn name_modifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MsSmoothOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MsSmoothOutputSettings> for ::forma_core::Value<MsSmoothOutputSettings> {
    fn from(v: MsSmoothOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MS_SMOOTH_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `MultiplexOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexOutputSettings {
    props: ::forma_core::schema::Props,
}
impl MultiplexOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerSettings`.
    pub fn container_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexContainerSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexOutputSettings> for ::forma_core::Value<MultiplexOutputSettings> {
    fn from(v: MultiplexOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `RtmpOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct RtmpOutputSettings {
    props: ::forma_core::schema::Props,
}
impl RtmpOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateMode`.
    pub fn certificate_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConnectionRetryInterval`.
    pub fn connection_retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumRetries`.
    pub fn num_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RtmpOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RtmpOutputSettings> for ::forma_core::Value<RtmpOutputSettings> {
    fn from(v: RtmpOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RTMP_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `SrtOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtOutputSettings {
    props: ::forma_core::schema::Props,
}
impl SrtOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BufferMsec`.
    pub fn buffer_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerSettings`.
    pub fn container_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UdpMediaConnectRouterContainerSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EncryptionType`.
    pub fn encryption_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Latency`.
    pub fn latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SrtOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SrtOutputSettings> for ::forma_core::Value<SrtOutputSettings> {
    fn from(v: SrtOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SRT_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `UdpOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct UdpOutputSettings {
    props: ::forma_core::schema::Props,
}
impl UdpOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BufferMsec`.
    pub fn buffer_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerSettings`.
    pub fn container_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UdpMediaConnectRouterContainerSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FecOutputSettings`.
    pub fn fec_output_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FecOutputSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UdpOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UdpOutputSettings> for ::forma_core::Value<UdpOutputSettings> {
    fn from(v: UdpOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UDP_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `Av1ColorSpaceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Av1ColorSpaceSettings {
    props: ::forma_core::schema::Props,
}
impl Av1ColorSpaceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColorSpacePassthroughSettings`.
    pub fn color_space_passthrough_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Hdr10Settings`.
    pub fn hdr10_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Hdr10Settings>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Hlg2020Settings`.
    pub fn hlg2020_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Rec601Settings`.
    pub fn rec601_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Rec709Settings`.
    pub fn rec709_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Av1ColorSpaceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Av1ColorSpaceSettings> for ::forma_core::Value<Av1ColorSpaceSettings> {
    fn from(v: Av1ColorSpaceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AV1_COLOR_SPACE_SETTINGS_TYPE.properties))
    }
}

/// The `TimecodeBurninSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimecodeBurninSettings {
    props: ::forma_core::schema::Props,
}
impl TimecodeBurninSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FontSize`.
    pub fn font_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Position`.
    pub fn position(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimecodeBurninSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimecodeBurninSettings> for ::forma_core::Value<TimecodeBurninSettings> {
    fn from(v: TimecodeBurninSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMECODE_BURNIN_SETTINGS_TYPE.properties))
    }
}

/// The `H264ColorSpaceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct H264ColorSpaceSettings {
    props: ::forma_core::schema::Props,
}
impl H264ColorSpaceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColorSpacePassthroughSettings`.
    pub fn color_space_passthrough_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Rec601Settings`.
    pub fn rec601_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Rec709Settings`.
    pub fn rec709_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for H264ColorSpaceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<H264ColorSpaceSettings> for ::forma_core::Value<H264ColorSpaceSettings> {
    fn from(v: H264ColorSpaceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(H264_COLOR_SPACE_SETTINGS_TYPE.properties))
    }
}

/// The `H264H265FilterSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct H264H265FilterSettings {
    props: ::forma_core::schema::Props,
}
impl H264H265FilterSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BandwidthReductionFilterSettings`.
    pub fn bandwidth_reduction_filter_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BandwidthReductionFilterSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TemporalFilterSettings`.
    pub fn temporal_filter_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemporalFilterSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for H264H265FilterSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<H264H265FilterSettings> for ::forma_core::Value<H264H265FilterSettings> {
    fn from(v: H264H265FilterSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(H264_H265_FILTER_SETTINGS_TYPE.properties))
    }
}

/// The `H265ColorSpaceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct H265ColorSpaceSettings {
    props: ::forma_core::schema::Props,
}
impl H265ColorSpaceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColorSpacePassthroughSettings`.
    pub fn color_space_passthrough_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DolbyVision81Settings`.
    pub fn dolby_vision81_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Hdr10Settings`.
    pub fn hdr10_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Hdr10Settings>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Hlg2020Settings`.
    pub fn hlg2020_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Rec601Settings`.
    pub fn rec601_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Rec709Settings`.
    pub fn rec709_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for H265ColorSpaceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<H265ColorSpaceSettings> for ::forma_core::Value<H265ColorSpaceSettings> {
    fn from(v: H265ColorSpaceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(H265_COLOR_SPACE_SETTINGS_TYPE.properties))
    }
}

/// The `Mpeg2FilterSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mpeg2FilterSettings {
    props: ::forma_core::schema::Props,
}
impl Mpeg2FilterSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TemporalFilterSettings`.
    pub fn temporal_filter_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemporalFilterSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Mpeg2FilterSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Mpeg2FilterSettings> for ::forma_core::Value<Mpeg2FilterSettings> {
    fn from(v: Mpeg2FilterSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MPEG2_FILTER_SETTINGS_TYPE.properties))
    }
}

/// The `AudioSilenceFailoverSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioSilenceFailoverSettings {
    props: ::forma_core::schema::Props,
}
impl AudioSilenceFailoverSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioSelectorName`.
    pub fn audio_selector_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioSilenceThresholdMsec`.
    pub fn audio_silence_threshold_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioSilenceFailoverSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioSilenceFailoverSettings> for ::forma_core::Value<AudioSilenceFailoverSettings> {
    fn from(v: AudioSilenceFailoverSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_SILENCE_FAILOVER_SETTINGS_TYPE.properties))
    }
}

/// The `InputLossFailoverSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputLossFailoverSettings {
    props: ::forma_core::schema::Props,
}
impl InputLossFailoverSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputLossThresholdMsec`.
    pub fn input_loss_threshold_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputLossFailoverSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputLossFailoverSettings> for ::forma_core::Value<InputLossFailoverSettings> {
    fn from(v: InputLossFailoverSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_LOSS_FAILOVER_SETTINGS_TYPE.properties))
    }
}

/// The `VideoBlackFailoverSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoBlackFailoverSettings {
    props: ::forma_core::schema::Props,
}
impl VideoBlackFailoverSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlackDetectThreshold`.
    pub fn black_detect_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VideoBlackThresholdMsec`.
    pub fn video_black_threshold_msec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoBlackFailoverSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoBlackFailoverSettings> for ::forma_core::Value<VideoBlackFailoverSettings> {
    fn from(v: VideoBlackFailoverSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_BLACK_FAILOVER_SETTINGS_TYPE.properties))
    }
}

/// The `AudioHlsRenditionSelection` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioHlsRenditionSelection {
    props: ::forma_core::schema::Props,
}
impl AudioHlsRenditionSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GroupId`.
    pub fn group_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioHlsRenditionSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioHlsRenditionSelection> for ::forma_core::Value<AudioHlsRenditionSelection> {
    fn from(v: AudioHlsRenditionSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_HLS_RENDITION_SELECTION_TYPE.properties))
    }
}

/// The `AudioLanguageSelection` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioLanguageSelection {
    props: ::forma_core::schema::Props,
}
impl AudioLanguageSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LanguageCode`.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LanguageSelectionPolicy`.
    pub fn language_selection_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioLanguageSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioLanguageSelection> for ::forma_core::Value<AudioLanguageSelection> {
    fn from(v: AudioLanguageSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_LANGUAGE_SELECTION_TYPE.properties))
    }
}

/// The `AudioPidSelection` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioPidSelection {
    props: ::forma_core::schema::Props,
}
impl AudioPidSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Pid`.
    pub fn pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Pids`.
    pub fn pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioPid>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioPidSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioPidSelection> for ::forma_core::Value<AudioPidSelection> {
    fn from(v: AudioPidSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_PID_SELECTION_TYPE.properties))
    }
}

/// The `AudioTrackSelection` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioTrackSelection {
    props: ::forma_core::schema::Props,
}
impl AudioTrackSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DolbyEDecode`.
    pub fn dolby_e_decode(mut self, value: impl ::std::convert::Into<::forma_core::Value<AudioDolbyEDecode>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Tracks`.
    pub fn tracks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioTrack>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioTrackSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioTrackSelection> for ::forma_core::Value<AudioTrackSelection> {
    fn from(v: AudioTrackSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_TRACK_SELECTION_TYPE.properties))
    }
}

/// The `AncillarySourceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AncillarySourceSettings {
    props: ::forma_core::schema::Props,
}
impl AncillarySourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SourceAncillaryChannelNumber`.
    pub fn source_ancillary_channel_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AncillarySourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AncillarySourceSettings> for ::forma_core::Value<AncillarySourceSettings> {
    fn from(v: AncillarySourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANCILLARY_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The `Scte27DvbSubSourceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scte27DvbSubSourceSettings {
    props: ::forma_core::schema::Props,
}
impl Scte27DvbSubSourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OcrLanguage`.
    pub fn ocr_language(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Pid`.
    pub fn pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Scte27DvbSubSourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scte27DvbSubSourceSettings> for ::forma_core::Value<Scte27DvbSubSourceSettings> {
    fn from(v: Scte27DvbSubSourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCTE27_DVB_SUB_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The `EmbeddedSourceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbeddedSourceSettings {
    props: ::forma_core::schema::Props,
}
impl EmbeddedSourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Convert608To708`.
    pub fn convert608_to708(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Scte20Detection`.
    pub fn scte20_detection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Source608ChannelNumber`.
    pub fn source608_channel_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Source608TrackNumber`.
    pub fn source608_track_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmbeddedSourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmbeddedSourceSettings> for ::forma_core::Value<EmbeddedSourceSettings> {
    fn from(v: EmbeddedSourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMBEDDED_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The `Scte20SourceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scte20SourceSettings {
    props: ::forma_core::schema::Props,
}
impl Scte20SourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Convert608To708`.
    pub fn convert608_to708(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Source608ChannelNumber`.
    pub fn source608_channel_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Scte20SourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scte20SourceSettings> for ::forma_core::Value<Scte20SourceSettings> {
    fn from(v: Scte20SourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCTE20_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The `SmartSubtitleSourceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct SmartSubtitleSourceSettings {
    props: ::forma_core::schema::Props,
}
impl SmartSubtitleSourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaptionSynchronizationMode`.
    pub fn caption_synchronization_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InferenceFeedOutput`.
    pub fn inference_feed_output(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SmartSubtitleSourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SmartSubtitleSourceSettings> for ::forma_core::Value<SmartSubtitleSourceSettings> {
    fn from(v: SmartSubtitleSourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMART_SUBTITLE_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The `TeletextSourceSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TeletextSourceSettings {
    props: ::forma_core::schema::Props,
}
impl TeletextSourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OutputRectangle`.
    pub fn output_rectangle(mut self, value: impl ::std::convert::Into<::forma_core::Value<CaptionRectangle>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PageNumber`.
    pub fn page_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TeletextSourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TeletextSourceSettings> for ::forma_core::Value<TeletextSourceSettings> {
    fn from(v: TeletextSourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELETEXT_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The `Hdr10Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hdr10Settings {
    props: ::forma_core::schema::Props,
}
impl Hdr10Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxCll`.
    pub fn max_cll(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxFall`.
    pub fn max_fall(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Hdr10Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Hdr10Settings> for ::forma_core::Value<Hdr10Settings> {
    fn from(v: Hdr10Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HDR10_SETTINGS_TYPE.properties))
    }
}

/// The `VideoSelectorPid` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoSelectorPid {
    props: ::forma_core::schema::Props,
}
impl VideoSelectorPid {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Pid`.
    pub fn pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoSelectorPid {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoSelectorPid> for ::forma_core::Value<VideoSelectorPid> {
    fn from(v: VideoSelectorPid) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_SELECTOR_PID_TYPE.properties))
    }
}

/// The `VideoSelectorProgramId` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoSelectorProgramId {
    props: ::forma_core::schema::Props,
}
impl VideoSelectorProgramId {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ProgramId`.
    pub fn program_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoSelectorProgramId {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoSelectorProgramId> for ::forma_core::Value<VideoSelectorProgramId> {
    fn from(v: VideoSelectorProgramId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_SELECTOR_PROGRAM_ID_TYPE.properties))
    }
}

/// The `ArchiveFrameCaptureHlsS3Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveFrameCaptureHlsS3Settings {
    props: ::forma_core::schema::Props,
}
impl ArchiveFrameCaptureHlsS3Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CannedAcl`.
    pub fn canned_acl(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArchiveFrameCaptureHlsS3Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArchiveFrameCaptureHlsS3Settings> for ::forma_core::Value<ArchiveFrameCaptureHlsS3Settings> {
    fn from(v: ArchiveFrameCaptureHlsS3Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_FRAME_CAPTURE_HLS_S3_SETTINGS_TYPE.properties))
    }
}

/// The `CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings {
    props: ::forma_core::schema::Props,
}
impl CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalDestinationsAlternateDestinations`.
    pub fn additional_destinations_alternate_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputLocationRef>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AlternateDestination`.
    pub fn alternate_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputLocationRef>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomProfile`.
    pub fn custom_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbWatermarkingCustomProfile>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `License`.
    pub fn license(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `OperatorId`.
    pub fn operator_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PolyPeriod`.
    pub fn poly_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Profile`.
    pub fn profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `WatermarkIdLength`.
    pub fn watermark_id_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings>
    for ::forma_core::Value<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings>
{
    fn from(v: CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CMAF_INGEST_MEDIA_PACKAGE_V2_AB_WATERMARKER_IRDETO_SETTINGS_TYPE.properties),
        )
    }
}

/// The `HlsAkamaiSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsAkamaiSettings {
    props: ::forma_core::schema::Props,
}
impl HlsAkamaiSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectionRetryInterval`.
    pub fn connection_retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FilecacheDuration`.
    pub fn filecache_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HttpTransferMode`.
    pub fn http_transfer_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumRetries`.
    pub fn num_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RestartDelay`.
    pub fn restart_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Salt`.
    pub fn salt(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Token`.
    pub fn token(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsAkamaiSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsAkamaiSettings> for ::forma_core::Value<HlsAkamaiSettings> {
    fn from(v: HlsAkamaiSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_AKAMAI_SETTINGS_TYPE.properties))
    }
}

/// The `HlsBasicPutSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsBasicPutSettings {
    props: ::forma_core::schema::Props,
}
impl HlsBasicPutSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectionRetryInterval`.
    pub fn connection_retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FilecacheDuration`.
    pub fn filecache_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NumRetries`.
    pub fn num_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RestartDelay`.
    pub fn restart_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsBasicPutSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsBasicPutSettings> for ::forma_core::Value<HlsBasicPutSettings> {
    fn from(v: HlsBasicPutSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_BASIC_PUT_SETTINGS_TYPE.properties))
    }
}

/// The `HlsMediaStoreSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsMediaStoreSettings {
    props: ::forma_core::schema::Props,
}
impl HlsMediaStoreSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectionRetryInterval`.
    pub fn connection_retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FilecacheDuration`.
    pub fn filecache_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MediaStoreStorageClass`.
    pub fn media_store_storage_class(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumRetries`.
    pub fn num_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RestartDelay`.
    pub fn restart_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsMediaStoreSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsMediaStoreSettings> for ::forma_core::Value<HlsMediaStoreSettings> {
    fn from(v: HlsMediaStoreSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_MEDIA_STORE_SETTINGS_TYPE.properties))
    }
}

/// The `HlsWebdavSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsWebdavSettings {
    props: ::forma_core::schema::Props,
}
impl HlsWebdavSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectionRetryInterval`.
    pub fn connection_retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FilecacheDuration`.
    pub fn filecache_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HttpTransferMode`.
    pub fn http_transfer_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumRetries`.
    pub fn num_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RestartDelay`.
    pub fn restart_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsWebdavSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsWebdavSettings> for ::forma_core::Value<HlsWebdavSettings> {
    fn from(v: HlsWebdavSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_WEBDAV_SETTINGS_TYPE.properties))
    }
}

/// The `StaticKeySettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticKeySettings {
    props: ::forma_core::schema::Props,
}
impl StaticKeySettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KeyProviderServer`.
    pub fn key_provider_server(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StaticKeyValue`.
    pub fn static_key_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StaticKeySettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StaticKeySettings> for ::forma_core::Value<StaticKeySettings> {
    fn from(v: StaticKeySettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATIC_KEY_SETTINGS_TYPE.properties))
    }
}

/// The `MediaPackageV2WatermarkingSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaPackageV2WatermarkingSettings {
    props: ::forma_core::schema::Props,
}
impl MediaPackageV2WatermarkingSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MediaPackageV2AbWatermarkerIrdetoSettings`.
    pub fn media_package_v2_ab_watermarker_irdeto_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaPackageV2WatermarkingSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaPackageV2WatermarkingSettings>
    for ::forma_core::Value<MediaPackageV2WatermarkingSettings>
{
    fn from(v: MediaPackageV2WatermarkingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_PACKAGE_V2_WATERMARKING_SETTINGS_TYPE.properties))
    }
}

/// The `ArchiveContainerSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveContainerSettings {
    props: ::forma_core::schema::Props,
}
impl ArchiveContainerSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `M2tsSettings`.
    pub fn m2_ts_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<M2TsSettings>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RawSettings`.
    pub fn raw_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArchiveContainerSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArchiveContainerSettings> for ::forma_core::Value<ArchiveContainerSettings> {
    fn from(v: ArchiveContainerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_CONTAINER_SETTINGS_TYPE.properties))
    }
}

/// The `HlsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsSettings {
    props: ::forma_core::schema::Props,
}
impl HlsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioOnlyHlsSettings`.
    pub fn audio_only_hls_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioOnlyHlsSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Fmp4HlsSettings`.
    pub fn fmp4_hls_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Fmp4HlsSettings>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FrameCaptureHlsSettings`.
    pub fn frame_capture_hls_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StandardHlsSettings`.
    pub fn standard_hls_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StandardHlsSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsSettings> for ::forma_core::Value<HlsSettings> {
    fn from(v: HlsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_SETTINGS_TYPE.properties))
    }
}

/// The `MediaConnectRouterOutputConnectionMap` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaConnectRouterOutputConnectionMap {
    props: ::forma_core::schema::Props,
}
impl MediaConnectRouterOutputConnectionMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Pipeline0`.
    pub fn pipeline0(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Pipeline1`.
    pub fn pipeline1(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaConnectRouterOutputConnectionMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaConnectRouterOutputConnectionMap>
    for ::forma_core::Value<MediaConnectRouterOutputConnectionMap>
{
    fn from(v: MediaConnectRouterOutputConnectionMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_CONNECT_ROUTER_OUTPUT_CONNECTION_MAP_TYPE.properties))
    }
}

/// The `UdpMediaConnectRouterContainerSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct UdpMediaConnectRouterContainerSettings {
    props: ::forma_core::schema::Props,
}
impl UdpMediaConnectRouterContainerSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `M2tsSettings`.
    pub fn m2_ts_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<M2TsSettings>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UdpMediaConnectRouterContainerSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UdpMediaConnectRouterContainerSettings>
    for ::forma_core::Value<UdpMediaConnectRouterContainerSettings>
{
    fn from(v: UdpMediaConnectRouterContainerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UDP_MEDIA_CONNECT_ROUTER_CONTAINER_SETTINGS_TYPE.properties))
    }
}

/// The `MultiplexContainerSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexContainerSettings {
    props: ::forma_core::schema::Props,
}
impl MultiplexContainerSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MultiplexM2tsSettings`.
    pub fn multiplex_m2_ts_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexM2TsSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexContainerSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexContainerSettings> for ::forma_core::Value<MultiplexContainerSettings> {
    fn from(v: MultiplexContainerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_CONTAINER_SETTINGS_TYPE.properties))
    }
}

/// The `FecOutputSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct FecOutputSettings {
    props: ::forma_core::schema::Props,
}
impl FecOutputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnDepth`.
    pub fn column_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeFec`.
    pub fn include_fec(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RowLength`.
    pub fn row_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FecOutputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FecOutputSettings> for ::forma_core::Value<FecOutputSettings> {
    fn from(v: FecOutputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEC_OUTPUT_SETTINGS_TYPE.properties))
    }
}

/// The `BandwidthReductionFilterSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct BandwidthReductionFilterSettings {
    props: ::forma_core::schema::Props,
}
impl BandwidthReductionFilterSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PostFilterSharpening`.
    pub fn post_filter_sharpening(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Strength`.
    pub fn strength(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BandwidthReductionFilterSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BandwidthReductionFilterSettings> for ::forma_core::Value<BandwidthReductionFilterSettings> {
    fn from(v: BandwidthReductionFilterSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BANDWIDTH_REDUCTION_FILTER_SETTINGS_TYPE.properties))
    }
}

/// The `TemporalFilterSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TemporalFilterSettings {
    props: ::forma_core::schema::Props,
}
impl TemporalFilterSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PostFilterSharpening`.
    pub fn post_filter_sharpening(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Strength`.
    pub fn strength(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TemporalFilterSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TemporalFilterSettings> for ::forma_core::Value<TemporalFilterSettings> {
    fn from(v: TemporalFilterSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPORAL_FILTER_SETTINGS_TYPE.properties))
    }
}

/// The `AudioPid` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioPid {
    props: ::forma_core::schema::Props,
}
impl AudioPid {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DolbyEDecode`.
    pub fn dolby_e_decode(mut self, value: impl ::std::convert::Into<::forma_core::Value<AudioDolbyEDecode>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Pid`.
    pub fn pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PremixSettings`.
    pub fn premix_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioPreMixerSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioPid {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioPid> for ::forma_core::Value<AudioPid> {
    fn from(v: AudioPid) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_PID_TYPE.properties))
    }
}

/// The `AudioDolbyEDecode` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioDolbyEDecode {
    props: ::forma_core::schema::Props,
}
impl AudioDolbyEDecode {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ProgramSelection`.
    pub fn program_selection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioDolbyEDecode {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioDolbyEDecode> for ::forma_core::Value<AudioDolbyEDecode> {
    fn from(v: AudioDolbyEDecode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_DOLBY_E_DECODE_TYPE.properties))
    }
}

/// The `AudioTrack` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioTrack {
    props: ::forma_core::schema::Props,
}
impl AudioTrack {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PremixSettings`.
    pub fn premix_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioPreMixerSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Track`.
    pub fn track(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioTrack {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioTrack> for ::forma_core::Value<AudioTrack> {
    fn from(v: AudioTrack) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_TRACK_TYPE.properties))
    }
}

/// The `CaptionRectangle` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionRectangle {
    props: ::forma_core::schema::Props,
}
impl CaptionRectangle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Height`.
    pub fn height(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LeftOffset`.
    pub fn left_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TopOffset`.
    pub fn top_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Width`.
    pub fn width(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptionRectangle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptionRectangle> for ::forma_core::Value<CaptionRectangle> {
    fn from(v: CaptionRectangle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTION_RECTANGLE_TYPE.properties))
    }
}

/// The `AbWatermarkingCustomProfile` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AbWatermarkingCustomProfile {
    props: ::forma_core::schema::Props,
}
impl AbWatermarkingCustomProfile {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EmbeddingFrequency`.
    pub fn embedding_frequency(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SceneCut`.
    pub fn scene_cut(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TargetPsnr`.
    pub fn target_psnr(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AbWatermarkingCustomProfile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AbWatermarkingCustomProfile> for ::forma_core::Value<AbWatermarkingCustomProfile> {
    fn from(v: AbWatermarkingCustomProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AB_WATERMARKING_CUSTOM_PROFILE_TYPE.properties))
    }
}

/// The `M2tsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct M2TsSettings {
    props: ::forma_core::schema::Props,
}
impl M2TsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AbsentInputAudioBehavior`.
    pub fn absent_input_audio_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Arib`.
    pub fn arib(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AribCaptionsPid`.
    pub fn arib_captions_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AribCaptionsPidControl`.
    pub fn arib_captions_pid_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `AudioBufferModel`.
    pub fn audio_buffer_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `AudioFramesPerPes`.
    pub fn audio_frames_per_pes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `AudioPids`.
    pub fn audio_pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `AudioStreamType`.
    pub fn audio_stream_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Bitrate`.
    pub fn bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `BufferModel`.
    pub fn buffer_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `CcDescriptor`.
    pub fn cc_descriptor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `DvbNitSettings`.
    pub fn dvb_nit_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<DvbNitSettings>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `DvbSdtSettings`.
    pub fn dvb_sdt_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<DvbSdtSettings>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `DvbSubPids`.
    pub fn dvb_sub_pids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `DvbTdtSettings`.
    pub fn dvb_tdt_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<DvbTdtSettings>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `DvbTeletextPid`.
    pub fn dvb_teletext_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `Ebif`.
    pub fn ebif(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `EbpAudioInterval`.
    pub fn ebp_audio_interval(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `EbpLookaheadMs`.
    pub fn ebp_lookahead_ms(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `EbpPlacement`.
    pub fn ebp_placement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `EcmPid`.
    pub fn ecm_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `EsRateInPes`.
    pub fn es_rate_in_pes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `EtvPlatformPid`.
    pub fn etv_platform_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `EtvSignalPid`.
    pub fn etv_signal_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `FragmentTime`.
    pub fn fragment_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// `Klv`.
    pub fn klv(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// `KlvDataPids`.
    pub fn klv_data_pids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// `NielsenId3Behavior`.
    pub fn nielsen_id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// `NullPacketBitrate`.
    pub fn null_packet_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// `PatInterval`.
    pub fn pat_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// `PcrControl`.
    pub fn pcr_control(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// `PcrPeriod`.
    pub fn pcr_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// `PcrPid`.
    pub fn pcr_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// `PmtInterval`.
    pub fn pmt_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// `PmtPid`.
    pub fn pmt_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// `ProgramNum`.
    pub fn program_num(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// `RateMode`.
    pub fn rate_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// `Scte27Pids`.
    pub fn scte27_pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// `Scte35Control`.
    pub fn scte35_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// `Scte35Pid`.
    pub fn scte35_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// `Scte35PrerollPullupMilliseconds`.
    pub fn scte35_preroll_pullup_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// `SegmentationMarkers`.
    pub fn segmentation_markers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
    /// `SegmentationStyle`.
    pub fn segmentation_style(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(42, value.into().into_expr());
        self
    }
    /// `SegmentationTime`.
    pub fn segmentation_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(43, value.into().into_expr());
        self
    }
    /// `TimedMetadataBehavior`.
    pub fn timed_metadata_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(44, value.into().into_expr());
        self
    }
    /// `TimedMetadataPid`.
    pub fn timed_metadata_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(45, value.into().into_expr());
        self
    }
    /// `TransportStreamId`.
    pub fn transport_stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(46, value.into().into_expr());
        self
    }
    /// `VideoPid`.
    pub fn video_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(47, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for M2TsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<M2TsSettings> for ::forma_core::Value<M2TsSettings> {
    fn from(v: M2TsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(M2_TS_SETTINGS_TYPE.properties))
    }
}

/// The `AudioOnlyHlsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioOnlyHlsSettings {
    props: ::forma_core::schema::Props,
}
impl AudioOnlyHlsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioGroupId`.
    pub fn audio_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioOnlyImage`.
    pub fn audio_only_image(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputLocation>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AudioTrackType`.
    pub fn audio_track_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SegmentType`.
    pub fn segment_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioOnlyHlsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioOnlyHlsSettings> for ::forma_core::Value<AudioOnlyHlsSettings> {
    fn from(v: AudioOnlyHlsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_ONLY_HLS_SETTINGS_TYPE.properties))
    }
}

/// The `Fmp4HlsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fmp4HlsSettings {
    props: ::forma_core::schema::Props,
}
impl Fmp4HlsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioRenditionSets`.
    pub fn audio_rendition_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NielsenId3Behavior`.
    pub fn nielsen_id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimedMetadataBehavior`.
    pub fn timed_metadata_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Fmp4HlsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Fmp4HlsSettings> for ::forma_core::Value<Fmp4HlsSettings> {
    fn from(v: Fmp4HlsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FMP4_HLS_SETTINGS_TYPE.properties))
    }
}

/// The `StandardHlsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardHlsSettings {
    props: ::forma_core::schema::Props,
}
impl StandardHlsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioRenditionSets`.
    pub fn audio_rendition_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `M3u8Settings`.
    pub fn m3_u8_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<M3U8Settings>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StandardHlsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StandardHlsSettings> for ::forma_core::Value<StandardHlsSettings> {
    fn from(v: StandardHlsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STANDARD_HLS_SETTINGS_TYPE.properties))
    }
}

/// The `MultiplexM2tsSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexM2TsSettings {
    props: ::forma_core::schema::Props,
}
impl MultiplexM2TsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AbsentInputAudioBehavior`.
    pub fn absent_input_audio_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Arib`.
    pub fn arib(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AudioBufferModel`.
    pub fn audio_buffer_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AudioFramesPerPes`.
    pub fn audio_frames_per_pes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `AudioStreamType`.
    pub fn audio_stream_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `CcDescriptor`.
    pub fn cc_descriptor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Ebif`.
    pub fn ebif(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EsRateInPes`.
    pub fn es_rate_in_pes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Klv`.
    pub fn klv(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `NielsenId3Behavior`.
    pub fn nielsen_id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `PcrControl`.
    pub fn pcr_control(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `PcrPeriod`.
    pub fn pcr_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Scte35Control`.
    pub fn scte35_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Scte35PrerollPullupMilliseconds`.
    pub fn scte35_preroll_pullup_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexM2TsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexM2TsSettings> for ::forma_core::Value<MultiplexM2TsSettings> {
    fn from(v: MultiplexM2TsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_M2_TS_SETTINGS_TYPE.properties))
    }
}

/// The `AudioPreMixerSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioPreMixerSettings {
    props: ::forma_core::schema::Props,
}
impl AudioPreMixerSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioNormalizationSettings`.
    pub fn audio_normalization_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioNormalizationSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Channels`.
    pub fn channels(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `GainDb`.
    pub fn gain_db(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RemixSettings`.
    pub fn remix_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<RemixSettings>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioPreMixerSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioPreMixerSettings> for ::forma_core::Value<AudioPreMixerSettings> {
    fn from(v: AudioPreMixerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_PRE_MIXER_SETTINGS_TYPE.properties))
    }
}

/// The `DvbNitSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DvbNitSettings {
    props: ::forma_core::schema::Props,
}
impl DvbNitSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NetworkId`.
    pub fn network_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NetworkName`.
    pub fn network_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RepInterval`.
    pub fn rep_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DvbNitSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DvbNitSettings> for ::forma_core::Value<DvbNitSettings> {
    fn from(v: DvbNitSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DVB_NIT_SETTINGS_TYPE.properties))
    }
}

/// The `DvbSdtSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DvbSdtSettings {
    props: ::forma_core::schema::Props,
}
impl DvbSdtSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OutputSdt`.
    pub fn output_sdt(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RepInterval`.
    pub fn rep_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ServiceName`.
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ServiceProviderName`.
    pub fn service_provider_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DvbSdtSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DvbSdtSettings> for ::forma_core::Value<DvbSdtSettings> {
    fn from(v: DvbSdtSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DVB_SDT_SETTINGS_TYPE.properties))
    }
}

/// The `DvbTdtSettings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DvbTdtSettings {
    props: ::forma_core::schema::Props,
}
impl DvbTdtSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RepInterval`.
    pub fn rep_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DvbTdtSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DvbTdtSettings> for ::forma_core::Value<DvbTdtSettings> {
    fn from(v: DvbTdtSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DVB_TDT_SETTINGS_TYPE.properties))
    }
}

/// The `M3u8Settings` property type of `AWS::MediaLive::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct M3U8Settings {
    props: ::forma_core::schema::Props,
}
impl M3U8Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioFramesPerPes`.
    pub fn audio_frames_per_pes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioPids`.
    pub fn audio_pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EcmPid`.
    pub fn ecm_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `KlvBehavior`.
    pub fn klv_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `KlvDataPids`.
    pub fn klv_data_pids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `NielsenId3Behavior`.
    pub fn nielsen_id3_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PatInterval`.
    pub fn pat_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PcrControl`.
    pub fn pcr_control(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PcrPeriod`.
    pub fn pcr_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PcrPid`.
    pub fn pcr_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `PmtInterval`.
    pub fn pmt_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `PmtPid`.
    pub fn pmt_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ProgramNum`.
    pub fn program_num(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Scte35Behavior`.
    pub fn scte35_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Scte35Pid`.
    pub fn scte35_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TimedMetadataBehavior`.
    pub fn timed_metadata_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TimedMetadataPid`.
    pub fn timed_metadata_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `TransportStreamId`.
    pub fn transport_stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `VideoPid`.
    pub fn video_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for M3U8Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<M3U8Settings> for ::forma_core::Value<M3U8Settings> {
    fn from(v: M3U8Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(M3_U8_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnywhereSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANYWHERE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CdiInputSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CDI_INPUT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ChannelClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ChannelEngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_ENGINE_VERSION_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ChannelSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DryRun",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncoderSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCODER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InferenceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputAttachments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_ATTACHMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LinkedChannelSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINKED_CHANNEL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Maintenance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_CREATE_SETTINGS_TYPE),
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Vpc",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_OUTPUT_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Inputs", "Id", "Arn"],
};

static ANYWHERE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AnywhereSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelPlacementGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CDI_INPUT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CdiInputSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Resolution",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CHANNEL_ENGINE_VERSION_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ChannelEngineVersionRequest",
    properties: &[::forma_core::schema::Property {
        name: "Version",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static OUTPUT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogicalInterfaceNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MediaConnectRouterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_CONNECT_ROUTER_OUTPUT_DESTINATION_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MediaPackageSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_PACKAGE_OUTPUT_DESTINATION_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MultiplexSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_PROGRAM_CHANNEL_DESTINATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_DESTINATION_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SrtSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SRT_OUTPUT_DESTINATION_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ENCODER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.EncoderSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioDescriptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_DESCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailBlanking",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AVAIL_BLANKING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AvailConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AVAIL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BlackoutSlate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLACKOUT_SLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaptionDescriptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPTION_DESCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColorCorrectionSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLOR_CORRECTION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FeatureActivations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEATURE_ACTIVATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GlobalConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GLOBAL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MotionGraphicsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MOTION_GRAPHICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NielsenConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NIELSEN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThumbnailConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THUMBNAIL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimecodeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMECODE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoDescriptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VIDEO_DESCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static INFERENCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InferenceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioFeedInputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_FEED_INPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnrichmentMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FeedArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_ATTACHMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomaticInputFailoverSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOMATIC_INPUT_FAILOVER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputAttachmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogicalInterfaceNames",
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

static INPUT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Codec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaximumBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Resolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LINKED_CHANNEL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.LinkedChannelSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "FollowerChannelSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FOLLOWER_CHANNEL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrimaryChannelSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIMARY_CHANNEL_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static MAINTENANCE_CREATE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MaintenanceCreateSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaintenanceDay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VPC_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VpcOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "PublicAddressAllocationIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
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

static MEDIA_CONNECT_ROUTER_OUTPUT_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MediaConnectRouterOutputDestinationSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "EncryptionType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static MEDIA_PACKAGE_OUTPUT_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MediaPackageOutputDestinationSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "ChannelEndpointId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ChannelGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ChannelId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ChannelName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MediaPackageRegionName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static MULTIPLEX_PROGRAM_CHANNEL_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MultiplexProgramChannelDestinationSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "MultiplexId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ProgramName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static OUTPUT_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "PasswordParam",
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
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VirtualSourceAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SRT_OUTPUT_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.SrtOutputDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionPassphraseSecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ListenerPort",
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
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUDIO_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioDescription",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioDashRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AudioNormalizationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_NORMALIZATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AudioSelectorName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioTypeControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioWatermarkingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_WATERMARK_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CodecSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_CODEC_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DvbDashAccessibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LanguageCodeControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RemixSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REMIX_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AVAIL_BLANKING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AvailBlanking",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailBlankingImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AVAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AvailConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AVAIL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scte35SegmentationScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BLACKOUT_SLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.BlackoutSlate",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlackoutSlateImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkEndBlackout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkEndBlackoutImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CAPTION_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CaptionDescription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accessibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CaptionDashRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptionSelectorName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTION_DESTINATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DvbDashAccessibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LanguageDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COLOR_CORRECTION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ColorCorrectionSettings",
    properties: &[::forma_core::schema::Property {
        name: "GlobalColorCorrections",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&COLOR_CORRECTION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static FEATURE_ACTIVATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FeatureActivations",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputPrepareScheduleActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputStaticImageOverlayScheduleActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GLOBAL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.GlobalConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialAudioGain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InputEndAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputLossBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOSS_BEHAVIOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputLockingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputLockingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCKING_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputTimingSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SupportLowFramerateInputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MOTION_GRAPHICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MotionGraphicsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MotionGraphicsInsertion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MotionGraphicsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MOTION_GRAPHICS_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static NIELSEN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.NielsenConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DistributorId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenPcmToId3Tagging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OUTPUT_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static THUMBNAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ThumbnailConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TIMECODE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.TimecodeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SyncThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static VIDEO_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoDescription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Border",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CodecSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_CODEC_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CropRectangle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_POSITION_RECTANGLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Height",
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
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputPositionRectangle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_POSITION_RECTANGLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RespondToAfd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScalingBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Sharpness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Width",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static AUDIO_FEED_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioFeedInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioSelectorName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FeedInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTOMATIC_INPUT_FAILOVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.AutomaticInputFailoverSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "ErrorClearTimeMsec",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "FailoverConditions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&FAILOVER_CONDITION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "InputPreference",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SecondaryInputId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static INPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptionSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPTION_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeblockFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DenoiseFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilterStrength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InputFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_INPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scte35Pid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Smpte2038DataPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceEndBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VideoSelector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_SELECTOR_TYPE),
        },
    ],
    rules: &[],
};

static FOLLOWER_CHANNEL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FollowerChannelSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "LinkedChannelType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrimaryChannelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PRIMARY_CHANNEL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.PrimaryChannelSettings",
    properties: &[::forma_core::schema::Property {
        name: "LinkedChannelType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static AUDIO_NORMALIZATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioNormalizationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Algorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AlgorithmControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PeakCalculation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PeakLimiterThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetLkfs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static AUDIO_WATERMARK_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioWatermarkSettings",
    properties: &[::forma_core::schema::Property {
        name: "NielsenWatermarksSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NIELSEN_WATERMARKS_SETTINGS_TYPE),
    }],
    rules: &[],
};

static AUDIO_CODEC_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioCodecSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AacSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AAC_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Ac3Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AC3_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Eac3AtmosSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EAC3_ATMOS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Eac3Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EAC3_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Mp2Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MP2_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PassThroughSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "WavSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WAV_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static REMIX_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.RemixSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_CHANNEL_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ChannelsIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelsOut",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static INPUT_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "PasswordParam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Uri",
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

static AVAIL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AvailSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Esam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ESAM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scte35SpliceInsert",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE35_SPLICE_INSERT_TIME_SIGNAL_APOS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scte35TimeSignalApos",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE35_SPLICE_INSERT_TIME_SIGNAL_APOS_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static CAPTION_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CaptionDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AribDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "BurnInDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BURN_IN_DVB_SUB_DESTINATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DvbSubDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BURN_IN_DVB_SUB_DESTINATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EbuTtDDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBU_TT_D_DESTINATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmbeddedDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EmbeddedPlusScte20DestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RtmpCaptionInfoDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Scte20PlusEmbeddedDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Scte27DestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SmpteTtDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TeletextDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TtmlDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TTML_DESTINATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebvttDestinationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEBVTT_DESTINATION_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static COLOR_CORRECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ColorCorrection",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputColorSpace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputColorSpace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_LOSS_BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputLossBehavior",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlackFrameMsec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InputLossImageColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputLossImageSlate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputLossImageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepeatFrameMsec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static OUTPUT_LOCKING_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputLockingSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisabledLockingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISABLED_LOCKING_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EpochLockingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPOCH_LOCKING_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PipelineLockingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static MOTION_GRAPHICS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MotionGraphicsSettings",
    properties: &[::forma_core::schema::Property {
        name: "HtmlMotionGraphicsSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static OUTPUT_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArchiveGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVE_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CmafIngestGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_INGEST_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrameCaptureGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FRAME_CAPTURE_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediaConnectRouterGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_CONNECT_ROUTER_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediaPackageGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_PACKAGE_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MsSmoothGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MS_SMOOTH_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MultiplexGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RtmpGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RTMP_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SrtGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SRT_GROUP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UdpGroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UDP_GROUP_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Output",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioDescriptionNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptionDescriptionNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoDescriptionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VIDEO_CODEC_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoCodecSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Av1Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AV1_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrameCaptureSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FRAME_CAPTURE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "H264Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&H264_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "H265Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&H265_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Mpeg2Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MPEG2_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static VIDEO_POSITION_RECTANGLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoPositionRectangle",
    properties: &[
        ::forma_core::schema::Property {
            name: "Height",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Width",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "X",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Y",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static FAILOVER_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FailoverCondition",
    properties: &[::forma_core::schema::Property {
        name: "FailoverConditionSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FAILOVER_CONDITION_SETTINGS_TYPE),
    }],
    rules: &[],
};

static AUDIO_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelectorSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_SELECTOR_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static CAPTION_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CaptionSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelectorSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTION_SELECTOR_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static NETWORK_INPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.NetworkInputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "HlsInputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_INPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MulticastInputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTICAST_INPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VIDEO_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColorSpace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ColorSpaceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_SELECTOR_COLOR_SPACE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ColorSpaceUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelectorSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_SELECTOR_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static NIELSEN_WATERMARKS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.NielsenWatermarksSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "NielsenCbetSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NIELSEN_CBET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NielsenDistributionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenNaesIiNwSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NIELSEN_NAES_II_NW_ONLY_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NielsenNwOnlySettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NIELSEN_NAES_II_NW_ONLY_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static AAC_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AacSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CodingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Profile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RateControlMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RawFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SampleRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Spec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VbrQuality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AC3_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Ac3Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttenuationControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BitstreamMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CodingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dialnorm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DrcProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LfeFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetadataControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EAC3_ATMOS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Eac3AtmosSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CodingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dialnorm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DrcLine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DrcRf",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HeightTrim",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SurroundTrim",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static EAC3_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Eac3Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttenuationControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BitstreamMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CodingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DcFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dialnorm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DrcLine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DrcRf",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LfeControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LfeFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LoRoCenterMixLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoRoSurroundMixLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LtRtCenterMixLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LtRtSurroundMixLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetadataControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PassthroughControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PhaseControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StereoDownmix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SurroundExMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SurroundMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MP2_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Mp2Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CodingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SampleRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static WAV_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.WavSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BitDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CodingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SampleRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static AUDIO_CHANNEL_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioChannelMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputChannelLevels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_CHANNEL_LEVEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputChannel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ESAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Esam",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcquisitionPointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AdAvailOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PasswordParam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PoisEndpoint",
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
        ::forma_core::schema::Property {
            name: "ZoneIdentity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCTE35_SPLICE_INSERT_TIME_SIGNAL_APOS_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.Scte35SpliceInsertTimeSignalAposSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdAvailOffset",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "NoRegionalBlackoutFlag",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "WebDeliveryAllowedFlag",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static BURN_IN_DVB_SUB_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.BurnInDvbSubDestinationSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "Alignment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "BackgroundColor",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "BackgroundOpacity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Font",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "FontColor",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "FontOpacity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "FontResolution",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "FontSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OutlineColor",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OutlineSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ShadowColor",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ShadowOpacity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ShadowXOffset",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ShadowYOffset",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "SubtitleRows",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TeletextGridControl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "XPosition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "YPosition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static EBU_TT_D_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.EbuTtDDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyrightHolder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultFontSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultLineHeight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FillLineGap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FontFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StyleControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TTML_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.TtmlDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEXT_CAPTION_POSITION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StyleControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static WEBVTT_DESTINATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.WebvttDestinationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEXT_CAPTION_POSITION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StyleControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DISABLED_LOCKING_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.DisabledLockingSettings",
    properties: &[::forma_core::schema::Property {
        name: "CustomEpoch",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static EPOCH_LOCKING_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.EpochLockingSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomEpoch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JamSyncTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ARCHIVE_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ArchiveGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArchiveCdnSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVE_CDN_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RolloverInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CMAF_INGEST_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CmafIngestGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalDestinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDITIONAL_DESTINATIONS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptionLanguageMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CMAF_INGEST_CAPTION_LANGUAGE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id3NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KlvBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KlvNameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentLengthUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SendDelayMs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Frame",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataPassthrough",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WatermarkingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_INGEST_WATERMARKING_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static FRAME_CAPTURE_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FrameCaptureGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrameCaptureCdnSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FRAME_CAPTURE_CDN_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static HLS_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BaseUrlContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BaseUrlContent1",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BaseUrlManifest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BaseUrlManifest1",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CaptionLanguageMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPTION_LANGUAGE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptionLanguageSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientCache",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CodecSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConstantIv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DirectoryStructure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DiscontinuityTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HlsCdnSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_CDN_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsId3SegmentTagging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IFrameOnlyPlaylists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IncompleteSegmentBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IndexNSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InputLossAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IvInManifest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IvSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeepSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyFormatVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyProviderSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_PROVIDER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestCompression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManifestDurationFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MinSegmentLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgramDateTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgramDateTimeClock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgramDateTimePeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RedundantManifest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentsPerSubdirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamInfResolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Frame",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimestampDeltaMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TsFileMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MEDIA_CONNECT_ROUTER_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MediaConnectRouterGroupSettings",
        properties: &[::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static MEDIA_PACKAGE_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MediaPackageGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediapackageV2GroupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_PACKAGE_V2_GROUP_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static MS_SMOOTH_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MsSmoothGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcquisitionPointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioOnlyTimecodeControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConnectionRetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventIdMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventStopBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilecacheDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FragmentLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InputLossAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RestartDelay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SendDelayMs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SparseTrackType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamManifestBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimestampOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimestampOffsetMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RTMP_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.RtmpGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationScheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheFullBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CaptionData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IncludeFillerNalUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputLossAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestartDelay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SRT_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.SrtGroupSettings",
    properties: &[::forma_core::schema::Property {
        name: "InputLossAction",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static UDP_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.UdpGroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputLossAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Frame",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArchiveOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVE_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CmafIngestOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_INGEST_FRAME_CAPTURE_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrameCaptureOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_INGEST_FRAME_CAPTURE_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediaConnectRouterOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_CONNECT_ROUTER_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediaPackageOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MsSmoothOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MS_SMOOTH_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MultiplexOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RtmpOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RTMP_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SrtOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SRT_OUTPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UdpOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UDP_OUTPUT_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static AV1_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Av1Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfdSignaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BitDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BufSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ColorSpaceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AV1_COLOR_SPACE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FixedAfd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FramerateDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FramerateNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSizeUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LookAheadRateControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinIInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QvbrQualityLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RateControlMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SceneChangeDetect",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpatialAq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemporalAq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimecodeBurninSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMECODE_BURNIN_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimecodeInsertion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FRAME_CAPTURE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FrameCaptureSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaptureInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CaptureIntervalUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimecodeBurninSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMECODE_BURNIN_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static H264_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.H264Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdaptiveQuantization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AfdSignaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BufFillPct",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BufSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ColorMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ColorSpaceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&H264_COLOR_SPACE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntropyEncoding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&H264_H265_FILTER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FixedAfd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FlickerAq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ForceFieldPictures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FramerateControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FramerateDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FramerateNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopBReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GopClosedCadence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopNumBFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSizeUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LookAheadRateControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinIInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinQp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NumRefFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Profile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QualityLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QvbrQualityLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RateControlMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScanType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SceneChangeDetect",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Slices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Softness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpatialAq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubgopLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Syntax",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemporalAq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimecodeBurninSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMECODE_BURNIN_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimecodeInsertion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static H265_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.H265Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdaptiveQuantization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AfdSignaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AlternativeTransferFunction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BufSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ColorMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ColorSpaceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&H265_COLOR_SPACE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Deblocking",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&H264_H265_FILTER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FixedAfd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FlickerAq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FramerateDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FramerateNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopBReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GopClosedCadence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopNumBFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSizeUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LookAheadRateControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinIInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinQp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MvOverPictureBoundaries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MvTemporalPredictor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Profile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QvbrQualityLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RateControlMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScanType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SceneChangeDetect",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Slices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubgopLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TileHeight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TilePadding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TileWidth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimecodeBurninSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMECODE_BURNIN_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimecodeInsertion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TreeblockSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MPEG2_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Mpeg2Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdaptiveQuantization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AfdSignaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ColorMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ColorSpace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DisplayAspectRatio",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MPEG2_FILTER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FixedAfd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FramerateDenominator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FramerateNumerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopClosedCadence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopNumBFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GopSizeUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScanType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubgopLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimecodeBurninSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMECODE_BURNIN_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimecodeInsertion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FAILOVER_CONDITION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FailoverConditionSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioSilenceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_SILENCE_FAILOVER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputLossSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOSS_FAILOVER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoBlackSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_BLACK_FAILOVER_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static AUDIO_SELECTOR_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioSelectorSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioHlsRenditionSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_HLS_RENDITION_SELECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AudioLanguageSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_LANGUAGE_SELECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AudioPidSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_PID_SELECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AudioTrackSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_TRACK_SELECTION_TYPE),
        },
    ],
    rules: &[],
};

static CAPTION_SELECTOR_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CaptionSelectorSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AncillarySourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANCILLARY_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AribSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DvbSubSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE27_DVB_SUB_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmbeddedSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMBEDDED_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scte20SourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE20_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scte27SourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE27_DVB_SUB_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SmartSubtitleSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMART_SUBTITLE_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TeletextSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELETEXT_SOURCE_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static HLS_INPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsInputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bandwidth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BufferSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Retries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Scte35Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MULTICAST_INPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MulticastInputSettings",
    properties: &[::forma_core::schema::Property {
        name: "SourceIpAddress",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static VIDEO_SELECTOR_COLOR_SPACE_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.VideoSelectorColorSpaceSettings",
        properties: &[::forma_core::schema::Property {
            name: "Hdr10Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HDR10_SETTINGS_TYPE),
        }],
        rules: &[],
    };

static VIDEO_SELECTOR_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoSelectorSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "VideoSelectorPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_SELECTOR_PID_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoSelectorProgramId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_SELECTOR_PROGRAM_ID_TYPE),
        },
    ],
    rules: &[],
};

static NIELSEN_CBET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.NielsenCBET",
    properties: &[
        ::forma_core::schema::Property {
            name: "CbetCheckDigitString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CbetStepaside",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Csid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NIELSEN_NAES_II_NW_ONLY_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.NielsenNaesIiNwOnlySettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CheckDigitString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Sid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_CHANNEL_LEVEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputChannelLevel",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InputChannel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TEXT_CAPTION_POSITION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.TextCaptionPositionSettings",
    properties: &[::forma_core::schema::Property {
        name: "YPositionPercentage",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static ARCHIVE_CDN_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ArchiveCdnSettings",
    properties: &[::forma_core::schema::Property {
        name: "ArchiveS3Settings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ARCHIVE_FRAME_CAPTURE_HLS_S3_SETTINGS_TYPE),
    }],
    rules: &[],
};

static OUTPUT_LOCATION_REF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.OutputLocationRef",
    properties: &[::forma_core::schema::Property {
        name: "DestinationRefId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ADDITIONAL_DESTINATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AdditionalDestinations",
    properties: &[::forma_core::schema::Property {
        name: "Destination",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
    }],
    rules: &[],
};

static CMAF_INGEST_CAPTION_LANGUAGE_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.CmafIngestCaptionLanguageMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "CaptionChannel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "LanguageCode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static CMAF_INGEST_WATERMARKING_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.CmafIngestWatermarkingSettings",
        properties: &[::forma_core::schema::Property {
            name: "CmafIngestAbWatermarkerIrdetoSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &CMAF_INGEST_MEDIA_PACKAGE_V2_AB_WATERMARKER_IRDETO_SETTINGS_TYPE,
            ),
        }],
        rules: &[],
    };

static FRAME_CAPTURE_CDN_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FrameCaptureCdnSettings",
    properties: &[::forma_core::schema::Property {
        name: "FrameCaptureS3Settings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ARCHIVE_FRAME_CAPTURE_HLS_S3_SETTINGS_TYPE),
    }],
    rules: &[],
};

static CAPTION_LANGUAGE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CaptionLanguageMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaptionChannel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LanguageDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HLS_CDN_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsCdnSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "HlsAkamaiSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_AKAMAI_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsBasicPutSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_BASIC_PUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsMediaStoreSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_MEDIA_STORE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsS3Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVE_FRAME_CAPTURE_HLS_S3_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsWebdavSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_WEBDAV_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static KEY_PROVIDER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.KeyProviderSettings",
    properties: &[::forma_core::schema::Property {
        name: "StaticKeySettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&STATIC_KEY_SETTINGS_TYPE),
    }],
    rules: &[],
};

static MEDIA_PACKAGE_V2_GROUP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MediaPackageV2GroupSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalDestinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDITIONAL_DESTINATIONS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CaptionLanguageMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPTION_LANGUAGE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KlvBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentLengthUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Frame",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataId3Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataPassthrough",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WatermarkingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_PACKAGE_V2_WATERMARKING_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static ARCHIVE_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ArchiveOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVE_CONTAINER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Extension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CMAF_INGEST_FRAME_CAPTURE_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.CmafIngestFrameCaptureOutputSettings",
        properties: &[::forma_core::schema::Property {
            name: "NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static HLS_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "H265PackagingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HlsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MEDIA_CONNECT_ROUTER_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MediaConnectRouterOutputSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConnectedRouterInputs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MEDIA_CONNECT_ROUTER_OUTPUT_CONNECTION_MAP_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ContainerSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&UDP_MEDIA_CONNECT_ROUTER_CONTAINER_SETTINGS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Destination",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
            },
        ],
        rules: &[],
    };

static MS_SMOOTH_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MsSmoothOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "H265PackagingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NameModifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MULTIPLEX_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MultiplexOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_CONTAINER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
    ],
    rules: &[],
};

static RTMP_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.RtmpOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConnectionRetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NumRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SRT_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.SrtOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BufferMsec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ContainerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UDP_MEDIA_CONNECT_ROUTER_CONTAINER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Latency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static UDP_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.UdpOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BufferMsec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ContainerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UDP_MEDIA_CONNECT_ROUTER_CONTAINER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FecOutputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEC_OUTPUT_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static AV1_COLOR_SPACE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Av1ColorSpaceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColorSpacePassthroughSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Hdr10Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HDR10_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Hlg2020Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Rec601Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Rec709Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TIMECODE_BURNIN_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.TimecodeBurninSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "FontSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static H264_COLOR_SPACE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.H264ColorSpaceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColorSpacePassthroughSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Rec601Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Rec709Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static H264_H265_FILTER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.H264H265FilterSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BandwidthReductionFilterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BANDWIDTH_REDUCTION_FILTER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TemporalFilterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPORAL_FILTER_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static H265_COLOR_SPACE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.H265ColorSpaceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColorSpacePassthroughSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DolbyVision81Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Hdr10Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HDR10_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Hlg2020Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Rec601Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Rec709Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static MPEG2_FILTER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Mpeg2FilterSettings",
    properties: &[::forma_core::schema::Property {
        name: "TemporalFilterSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TEMPORAL_FILTER_SETTINGS_TYPE),
    }],
    rules: &[],
};

static AUDIO_SILENCE_FAILOVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioSilenceFailoverSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioSelectorName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioSilenceThresholdMsec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static INPUT_LOSS_FAILOVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.InputLossFailoverSettings",
    properties: &[::forma_core::schema::Property {
        name: "InputLossThresholdMsec",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static VIDEO_BLACK_FAILOVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoBlackFailoverSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlackDetectThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VideoBlackThresholdMsec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static AUDIO_HLS_RENDITION_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioHlsRenditionSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUDIO_LANGUAGE_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioLanguageSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LanguageSelectionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUDIO_PID_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioPidSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Pid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Pids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_PID_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AUDIO_TRACK_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioTrackSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "DolbyEDecode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_DOLBY_E_DECODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tracks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_TRACK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ANCILLARY_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AncillarySourceSettings",
    properties: &[::forma_core::schema::Property {
        name: "SourceAncillaryChannelNumber",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static SCTE27_DVB_SUB_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Scte27DvbSubSourceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "OcrLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Pid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static EMBEDDED_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.EmbeddedSourceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Convert608To708",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte20Detection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Source608ChannelNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Source608TrackNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SCTE20_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Scte20SourceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Convert608To708",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Source608ChannelNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SMART_SUBTITLE_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.SmartSubtitleSourceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaptionSynchronizationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InferenceFeedOutput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TELETEXT_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.TeletextSourceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "OutputRectangle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTION_RECTANGLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PageNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HDR10_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Hdr10Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCll",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxFall",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static VIDEO_SELECTOR_PID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoSelectorPid",
    properties: &[::forma_core::schema::Property {
        name: "Pid",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static VIDEO_SELECTOR_PROGRAM_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.VideoSelectorProgramId",
    properties: &[::forma_core::schema::Property {
        name: "ProgramId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static ARCHIVE_FRAME_CAPTURE_HLS_S3_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.ArchiveFrameCaptureHlsS3Settings",
        properties: &[::forma_core::schema::Property {
            name: "CannedAcl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static CMAF_INGEST_MEDIA_PACKAGE_V2_AB_WATERMARKER_IRDETO_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdditionalDestinationsAlternateDestinations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AlternateDestination",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_REF_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CustomProfile",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AB_WATERMARKING_CUSTOM_PROFILE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "License",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OperatorId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PolyPeriod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Profile",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "WatermarkIdLength",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static HLS_AKAMAI_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsAkamaiSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionRetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FilecacheDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpTransferMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RestartDelay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Salt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Token",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HLS_BASIC_PUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsBasicPutSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionRetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FilecacheDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NumRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RestartDelay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static HLS_MEDIA_STORE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsMediaStoreSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionRetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FilecacheDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStoreStorageClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RestartDelay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static HLS_WEBDAV_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsWebdavSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionRetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FilecacheDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpTransferMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RestartDelay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static STATIC_KEY_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.StaticKeySettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyProviderServer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StaticKeyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MEDIA_PACKAGE_V2_WATERMARKING_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MediaPackageV2WatermarkingSettings",
        properties: &[::forma_core::schema::Property {
            name: "MediaPackageV2AbWatermarkerIrdetoSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &CMAF_INGEST_MEDIA_PACKAGE_V2_AB_WATERMARKER_IRDETO_SETTINGS_TYPE,
            ),
        }],
        rules: &[],
    };

static ARCHIVE_CONTAINER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.ArchiveContainerSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "M2tsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&M2_TS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RawSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static HLS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.HlsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioOnlyHlsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_ONLY_HLS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Fmp4HlsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FMP4_HLS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrameCaptureHlsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "StandardHlsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STANDARD_HLS_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static MEDIA_CONNECT_ROUTER_OUTPUT_CONNECTION_MAP_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.MediaConnectRouterOutputConnectionMap",
        properties: &[
            ::forma_core::schema::Property {
                name: "Pipeline0",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Pipeline1",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static UDP_MEDIA_CONNECT_ROUTER_CONTAINER_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.UdpMediaConnectRouterContainerSettings",
        properties: &[::forma_core::schema::Property {
            name: "M2tsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&M2_TS_SETTINGS_TYPE),
        }],
        rules: &[],
    };

static MULTIPLEX_CONTAINER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MultiplexContainerSettings",
    properties: &[::forma_core::schema::Property {
        name: "MultiplexM2tsSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_M2_TS_SETTINGS_TYPE),
    }],
    rules: &[],
};

static FEC_OUTPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.FecOutputSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IncludeFec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RowLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static BANDWIDTH_REDUCTION_FILTER_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Channel.BandwidthReductionFilterSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "PostFilterSharpening",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Strength",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static TEMPORAL_FILTER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.TemporalFilterSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "PostFilterSharpening",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Strength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUDIO_PID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioPid",
    properties: &[
        ::forma_core::schema::Property {
            name: "DolbyEDecode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_DOLBY_E_DECODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Pid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PremixSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_PRE_MIXER_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static AUDIO_DOLBY_E_DECODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioDolbyEDecode",
    properties: &[::forma_core::schema::Property {
        name: "ProgramSelection",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static AUDIO_TRACK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioTrack",
    properties: &[
        ::forma_core::schema::Property {
            name: "PremixSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_PRE_MIXER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Track",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CAPTION_RECTANGLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.CaptionRectangle",
    properties: &[
        ::forma_core::schema::Property {
            name: "Height",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LeftOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TopOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Width",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static AB_WATERMARKING_CUSTOM_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AbWatermarkingCustomProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmbeddingFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SceneCut",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetPsnr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static M2_TS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.M2tsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsentInputAudioBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Arib",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AribCaptionsPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AribCaptionsPidControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioBufferModel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioFramesPerPes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AudioPids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioStreamType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BufferModel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CcDescriptor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DvbNitSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DVB_NIT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DvbSdtSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DVB_SDT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DvbSubPids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DvbTdtSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DVB_TDT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DvbTeletextPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ebif",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbpAudioInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbpLookaheadMs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EbpPlacement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EcmPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EsRateInPes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EtvPlatformPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EtvSignalPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FragmentTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Klv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KlvDataPids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NullPacketBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PatInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PcrControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PcrPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PcrPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PmtInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PmtPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgramNum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RateMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte27Pids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35Control",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35Pid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35PrerollPullupMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentationMarkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentationStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentationTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransportStreamId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VideoPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUDIO_ONLY_HLS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioOnlyHlsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioOnlyImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AudioTrackType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FMP4_HLS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.Fmp4HlsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioRenditionSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STANDARD_HLS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.StandardHlsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioRenditionSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "M3u8Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&M3_U8_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static MULTIPLEX_M2_TS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.MultiplexM2tsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsentInputAudioBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Arib",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioBufferModel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AudioFramesPerPes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AudioStreamType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CcDescriptor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ebif",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EsRateInPes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Klv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PcrControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PcrPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Scte35Control",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35PrerollPullupMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static AUDIO_PRE_MIXER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.AudioPreMixerSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioNormalizationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_NORMALIZATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Channels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GainDb",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RemixSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REMIX_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static DVB_NIT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.DvbNitSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DVB_SDT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.DvbSdtSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "OutputSdt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceProviderName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DVB_TDT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.DvbTdtSettings",
    properties: &[::forma_core::schema::Property {
        name: "RepInterval",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static M3_U8_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Channel.M3u8Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioFramesPerPes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AudioPids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EcmPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KlvBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KlvDataPids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NielsenId3Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PatInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PcrControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PcrPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PcrPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PmtInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PmtPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgramNum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Scte35Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scte35Pid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimedMetadataPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransportStreamId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VideoPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
