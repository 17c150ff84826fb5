// @generated from AWS::GroundStation::Config (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GroundStation::Config` and its property types.

/// AWS Ground Station config resource type for CloudFormation.
///
/// CloudFormation type `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    props: ::forma_core::schema::Props,
}
impl Config {
    /// A new resource with its required properties: `ConfigData`, `Name`.
    #[track_caller]
    pub fn new(
        config_data: impl ::std::convert::Into<::forma_core::Value<ConfigData>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, config_data.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Config {
    type Attributes = ConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::GroundStation::Config"
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
/// The attributes of a `AWS::GroundStation::Config` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
}

/// The `ConfigData` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigData {
    props: ::forma_core::schema::Props,
}
impl ConfigData {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AntennaDownlinkConfig`.
    pub fn antenna_downlink_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AntennaDownlinkConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AntennaDownlinkDemodDecodeConfig`.
    pub fn antenna_downlink_demod_decode_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AntennaDownlinkDemodDecodeConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AntennaUplinkConfig`.
    pub fn antenna_uplink_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AntennaUplinkConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DataflowEndpointConfig`.
    pub fn dataflow_endpoint_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataflowEndpointConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `S3RecordingConfig`.
    pub fn s3_recording_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3RecordingConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TelemetrySinkConfig`.
    pub fn telemetry_sink_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TelemetrySinkConfig>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TrackingConfig`.
    pub fn tracking_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrackingConfig>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `UplinkEchoConfig`.
    pub fn uplink_echo_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UplinkEchoConfig>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigData {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigData> for ::forma_core::Value<ConfigData> {
    fn from(v: ConfigData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIG_DATA_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::GroundStation::Config`.
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

/// The `AntennaDownlinkConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct AntennaDownlinkConfig {
    props: ::forma_core::schema::Props,
}
impl AntennaDownlinkConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SpectrumConfig`.
    pub fn spectrum_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpectrumConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AntennaDownlinkConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AntennaDownlinkConfig> for ::forma_core::Value<AntennaDownlinkConfig> {
    fn from(v: AntennaDownlinkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANTENNA_DOWNLINK_CONFIG_TYPE.properties))
    }
}

/// The `AntennaDownlinkDemodDecodeConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct AntennaDownlinkDemodDecodeConfig {
    props: ::forma_core::schema::Props,
}
impl AntennaDownlinkDemodDecodeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DecodeConfig`.
    pub fn decode_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DecodeConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DemodulationConfig`.
    pub fn demodulation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DemodulationConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SpectrumConfig`.
    pub fn spectrum_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpectrumConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AntennaDownlinkDemodDecodeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AntennaDownlinkDemodDecodeConfig> for ::forma_core::Value<AntennaDownlinkDemodDecodeConfig> {
    fn from(v: AntennaDownlinkDemodDecodeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANTENNA_DOWNLINK_DEMOD_DECODE_CONFIG_TYPE.properties))
    }
}

/// The `AntennaUplinkConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct AntennaUplinkConfig {
    props: ::forma_core::schema::Props,
}
impl AntennaUplinkConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SpectrumConfig`.
    pub fn spectrum_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UplinkSpectrumConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TargetEirp`.
    pub fn target_eirp(mut self, value: impl ::std::convert::Into<::forma_core::Value<Eirp>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TransmitDisabled`.
    pub fn transmit_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AntennaUplinkConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AntennaUplinkConfig> for ::forma_core::Value<AntennaUplinkConfig> {
    fn from(v: AntennaUplinkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANTENNA_UPLINK_CONFIG_TYPE.properties))
    }
}

/// The `DataflowEndpointConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataflowEndpointConfig {
    props: ::forma_core::schema::Props,
}
impl DataflowEndpointConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataflowEndpointName`.
    pub fn dataflow_endpoint_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataflowEndpointRegion`.
    pub fn dataflow_endpoint_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataflowEndpointConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataflowEndpointConfig> for ::forma_core::Value<DataflowEndpointConfig> {
    fn from(v: DataflowEndpointConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATAFLOW_ENDPOINT_CONFIG_TYPE.properties))
    }
}

/// The `S3RecordingConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3RecordingConfig {
    props: ::forma_core::schema::Props,
}
impl S3RecordingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketArn`.
    pub fn bucket_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3RecordingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3RecordingConfig> for ::forma_core::Value<S3RecordingConfig> {
    fn from(v: S3RecordingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_RECORDING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KINESIS_DATA_STREAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TelemetrySinkType {
    /// `KINESIS_DATA_STREAM`
    KinesisDataStream,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TelemetrySinkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KinesisDataStream => "KINESIS_DATA_STREAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KINESIS_DATA_STREAM"]
    }
}
impl ::std::convert::From<TelemetrySinkType> for ::forma_core::Value<TelemetrySinkType> {
    fn from(v: TelemetrySinkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TelemetrySinkType {}

/// The `TelemetrySinkConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetrySinkConfig {
    props: ::forma_core::schema::Props,
}
impl TelemetrySinkConfig {
    /// A new value with its required properties: `TelemetrySinkData`, `TelemetrySinkType`.
    pub fn new(
        telemetry_sink_data: impl ::std::convert::Into<::forma_core::Value<TelemetrySinkData>>,
        telemetry_sink_type: impl ::forma_core::schema::EnumArg<TelemetrySinkType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, telemetry_sink_data.into().into_expr());
        props.set(1, telemetry_sink_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TelemetrySinkConfig> for ::forma_core::Value<TelemetrySinkConfig> {
    fn from(v: TelemetrySinkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEMETRY_SINK_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REQUIRED`, `PREFERRED`, `REMOVED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Autotrack {
    /// `REQUIRED`
    Required,
    /// `PREFERRED`
    Preferred,
    /// `REMOVED`
    Removed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Autotrack {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "REQUIRED",
            Self::Preferred => "PREFERRED",
            Self::Removed => "REMOVED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUIRED", "PREFERRED", "REMOVED"]
    }
}
impl ::std::convert::From<Autotrack> for ::forma_core::Value<Autotrack> {
    fn from(v: Autotrack) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Autotrack {}

/// The `TrackingConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackingConfig {
    props: ::forma_core::schema::Props,
}
impl TrackingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Autotrack`.
    pub fn autotrack(mut self, value: impl ::forma_core::schema::EnumArg<Autotrack>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TrackingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrackingConfig> for ::forma_core::Value<TrackingConfig> {
    fn from(v: TrackingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACKING_CONFIG_TYPE.properties))
    }
}

/// The `UplinkEchoConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct UplinkEchoConfig {
    props: ::forma_core::schema::Props,
}
impl UplinkEchoConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AntennaUplinkConfigArn`.
    pub fn antenna_uplink_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UplinkEchoConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UplinkEchoConfig> for ::forma_core::Value<UplinkEchoConfig> {
    fn from(v: UplinkEchoConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLINK_ECHO_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LEFT_HAND`, `RIGHT_HAND`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Polarization {
    /// `LEFT_HAND`
    LeftHand,
    /// `RIGHT_HAND`
    RightHand,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Polarization {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LeftHand => "LEFT_HAND",
            Self::RightHand => "RIGHT_HAND",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEFT_HAND", "RIGHT_HAND", "NONE"]
    }
}
impl ::std::convert::From<Polarization> for ::forma_core::Value<Polarization> {
    fn from(v: Polarization) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Polarization {}

/// The `SpectrumConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpectrumConfig {
    props: ::forma_core::schema::Props,
}
impl SpectrumConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Bandwidth`.
    pub fn bandwidth(mut self, value: impl ::std::convert::Into<::forma_core::Value<FrequencyBandwidth>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CenterFrequency`.
    pub fn center_frequency(mut self, value: impl ::std::convert::Into<::forma_core::Value<Frequency>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Polarization`.
    pub fn polarization(mut self, value: impl ::forma_core::schema::EnumArg<Polarization>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SpectrumConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpectrumConfig> for ::forma_core::Value<SpectrumConfig> {
    fn from(v: SpectrumConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPECTRUM_CONFIG_TYPE.properties))
    }
}

/// The `DecodeConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeConfig {
    props: ::forma_core::schema::Props,
}
impl DecodeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `UnvalidatedJSON`.
    pub fn unvalidated_json(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DecodeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DecodeConfig> for ::forma_core::Value<DecodeConfig> {
    fn from(v: DecodeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DECODE_CONFIG_TYPE.properties))
    }
}

/// The `DemodulationConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct DemodulationConfig {
    props: ::forma_core::schema::Props,
}
impl DemodulationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `UnvalidatedJSON`.
    pub fn unvalidated_json(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DemodulationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DemodulationConfig> for ::forma_core::Value<DemodulationConfig> {
    fn from(v: DemodulationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEMODULATION_CONFIG_TYPE.properties))
    }
}

/// The `UplinkSpectrumConfig` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct UplinkSpectrumConfig {
    props: ::forma_core::schema::Props,
}
impl UplinkSpectrumConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CenterFrequency`.
    pub fn center_frequency(mut self, value: impl ::std::convert::Into<::forma_core::Value<Frequency>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Polarization`.
    pub fn polarization(mut self, value: impl ::forma_core::schema::EnumArg<Polarization>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UplinkSpectrumConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UplinkSpectrumConfig> for ::forma_core::Value<UplinkSpectrumConfig> {
    fn from(v: UplinkSpectrumConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLINK_SPECTRUM_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `dBW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EirpUnits {
    /// `dBW`
    DBw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EirpUnits {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DBw => "dBW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["dBW"]
    }
}
impl ::std::convert::From<EirpUnits> for ::forma_core::Value<EirpUnits> {
    fn from(v: EirpUnits) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EirpUnits {}

/// The `Eirp` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct Eirp {
    props: ::forma_core::schema::Props,
}
impl Eirp {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Units`.
    pub fn units(mut self, value: impl ::forma_core::schema::EnumArg<EirpUnits>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Eirp {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Eirp> for ::forma_core::Value<Eirp> {
    fn from(v: Eirp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EIRP_TYPE.properties))
    }
}

/// The `TelemetrySinkData` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetrySinkData {
    props: ::forma_core::schema::Props,
}
impl TelemetrySinkData {
    /// A new value with its required properties: `KinesisDataStreamData`.
    pub fn new(
        kinesis_data_stream_data: impl ::std::convert::Into<::forma_core::Value<KinesisDataStreamData>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kinesis_data_stream_data.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TelemetrySinkData> for ::forma_core::Value<TelemetrySinkData> {
    fn from(v: TelemetrySinkData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEMETRY_SINK_DATA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GHz`, `MHz`, `kHz`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BandwidthUnits {
    /// `GHz`
    GHz,
    /// `MHz`
    MHz,
    /// `kHz`
    KHz,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BandwidthUnits {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GHz => "GHz",
            Self::MHz => "MHz",
            Self::KHz => "kHz",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GHz", "MHz", "kHz"]
    }
}
impl ::std::convert::From<BandwidthUnits> for ::forma_core::Value<BandwidthUnits> {
    fn from(v: BandwidthUnits) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BandwidthUnits {}

/// The `FrequencyBandwidth` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct FrequencyBandwidth {
    props: ::forma_core::schema::Props,
}
impl FrequencyBandwidth {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Units`.
    pub fn units(mut self, value: impl ::forma_core::schema::EnumArg<BandwidthUnits>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FrequencyBandwidth {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FrequencyBandwidth> for ::forma_core::Value<FrequencyBandwidth> {
    fn from(v: FrequencyBandwidth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FREQUENCY_BANDWIDTH_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GHz`, `MHz`, `kHz`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FrequencyUnits {
    /// `GHz`
    GHz,
    /// `MHz`
    MHz,
    /// `kHz`
    KHz,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FrequencyUnits {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GHz => "GHz",
            Self::MHz => "MHz",
            Self::KHz => "kHz",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GHz", "MHz", "kHz"]
    }
}
impl ::std::convert::From<FrequencyUnits> for ::forma_core::Value<FrequencyUnits> {
    fn from(v: FrequencyUnits) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FrequencyUnits {}

/// The `Frequency` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct Frequency {
    props: ::forma_core::schema::Props,
}
impl Frequency {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Units`.
    pub fn units(mut self, value: impl ::forma_core::schema::EnumArg<FrequencyUnits>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Frequency {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Frequency> for ::forma_core::Value<Frequency> {
    fn from(v: Frequency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FREQUENCY_TYPE.properties))
    }
}

/// The `KinesisDataStreamData` property type of `AWS::GroundStation::Config`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisDataStreamData {
    props: ::forma_core::schema::Props,
}
impl KinesisDataStreamData {
    /// A new value with its required properties: `KinesisDataStreamArn`, `KinesisRoleArn`.
    pub fn new(
        kinesis_data_stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        kinesis_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kinesis_data_stream_arn.into().into_expr());
        props.set(1, kinesis_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisDataStreamData> for ::forma_core::Value<KinesisDataStreamData> {
    fn from(v: KinesisDataStreamData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_DATA_STREAM_DATA_TYPE.properties))
    }
}

/// The schema of `AWS::GroundStation::Config`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GroundStation::Config",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIG_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_:-]{1,256}$"),
                min_length: None,
                max_length: None,
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
    attributes: &["Arn", "Id", "Type"],
};

static CONFIG_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.ConfigData",
    properties: &[
        ::forma_core::schema::Property {
            name: "AntennaDownlinkConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANTENNA_DOWNLINK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AntennaDownlinkDemodDecodeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANTENNA_DOWNLINK_DEMOD_DECODE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AntennaUplinkConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANTENNA_UPLINK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataflowEndpointConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATAFLOW_ENDPOINT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3RecordingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_RECORDING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TelemetrySinkConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEMETRY_SINK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrackingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRACKING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UplinkEchoConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPLINK_ECHO_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9\\+\\-=._:/@]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9\\+\\-=._:/@]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static ANTENNA_DOWNLINK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.AntennaDownlinkConfig",
    properties: &[::forma_core::schema::Property {
        name: "SpectrumConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SPECTRUM_CONFIG_TYPE),
    }],
    rules: &[],
};

static ANTENNA_DOWNLINK_DEMOD_DECODE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GroundStation::Config.AntennaDownlinkDemodDecodeConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "DecodeConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DECODE_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DemodulationConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEMODULATION_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SpectrumConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SPECTRUM_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static ANTENNA_UPLINK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.AntennaUplinkConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SpectrumConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPLINK_SPECTRUM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetEirp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EIRP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TransmitDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DATAFLOW_ENDPOINT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.DataflowEndpointConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataflowEndpointName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataflowEndpointRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_RECORDING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::GroundStation::Config.S3RecordingConfig",
properties: &[
::forma_core::schema::Property { name: "BucketArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[A-Za-z0-9-]{0,64}:s3:::[A-Za-z0-9-]{1,64}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Prefix", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config\\-name}|\\{s3\\-config-id}|\\{year\\}|\\{month\\}|\\{day\\}){1,900}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "RoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[^:\\n]+:iam::[^:\\n]+:role\\/.+$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static TELEMETRY_SINK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.TelemetrySinkConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TelemetrySinkData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEMETRY_SINK_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TelemetrySinkType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KINESIS_DATA_STREAM"]),
        },
    ],
    rules: &[],
};

static TRACKING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.TrackingConfig",
    properties: &[::forma_core::schema::Property {
        name: "Autotrack",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["REQUIRED", "PREFERRED", "REMOVED"]),
    }],
    rules: &[],
};

static UPLINK_ECHO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.UplinkEchoConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AntennaUplinkConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SPECTRUM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.SpectrumConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bandwidth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FREQUENCY_BANDWIDTH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CenterFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FREQUENCY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Polarization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEFT_HAND", "RIGHT_HAND", "NONE"]),
        },
    ],
    rules: &[],
};

static DECODE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.DecodeConfig",
    properties: &[::forma_core::schema::Property {
        name: "UnvalidatedJSON",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[{}\\[\\]:.,\"0-9A-z\\-_\\s]{1,8192}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static DEMODULATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.DemodulationConfig",
    properties: &[::forma_core::schema::Property {
        name: "UnvalidatedJSON",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[{}\\[\\]:.,\"0-9A-z\\-_\\s]{1,8192}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static UPLINK_SPECTRUM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.UplinkSpectrumConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CenterFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FREQUENCY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Polarization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEFT_HAND", "RIGHT_HAND", "NONE"]),
        },
    ],
    rules: &[],
};

static EIRP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.Eirp",
    properties: &[
        ::forma_core::schema::Property {
            name: "Units",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["dBW"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static TELEMETRY_SINK_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.TelemetrySinkData",
    properties: &[::forma_core::schema::Property {
        name: "KinesisDataStreamData",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KINESIS_DATA_STREAM_DATA_TYPE),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["KinesisDataStreamData"]])],
};

static FREQUENCY_BANDWIDTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.FrequencyBandwidth",
    properties: &[
        ::forma_core::schema::Property {
            name: "Units",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GHz", "MHz", "kHz"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static FREQUENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.Frequency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Units",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GHz", "MHz", "kHz"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static KINESIS_DATA_STREAM_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::Config.KinesisDataStreamData",
    properties: &[
        ::forma_core::schema::Property {
            name: "KinesisDataStreamArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z0-9-.]{1,63}:kinesis:[-a-z0-9]{1,50}:[0-9]{12}:stream/[a-zA-Z0-9_.-]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KinesisRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[^:\\n]+:iam::[^:\\n]+:role\\/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
