// @generated from AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation` and its property types.

/// Definition of AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation Resource Type
///
/// CloudFormation type `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredModelAlgorithmAssociation {
    props: ::forma_core::schema::Props,
}
impl ConfiguredModelAlgorithmAssociation {
    /// A new resource with its required properties: `ConfiguredModelAlgorithmArn`, `MembershipIdentifier`, `Name`.
    #[track_caller]
    pub fn new(
        configured_model_algorithm_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        membership_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configured_model_algorithm_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, membership_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrivacyConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn privacy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivacyConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms-ml configured model algorithm association.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfiguredModelAlgorithmAssociation {
    type Attributes = ConfiguredModelAlgorithmAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation"
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
/// The attributes of a `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfiguredModelAlgorithmAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfiguredModelAlgorithmAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfiguredModelAlgorithmAssociationAttributes {
    /// `Fn::GetAtt` `ConfiguredModelAlgorithmAssociationArn`.
    pub fn configured_model_algorithm_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfiguredModelAlgorithmAssociationArn")
    }
    /// `Fn::GetAtt` `CollaborationIdentifier`.
    pub fn collaboration_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationIdentifier")
    }
}

/// The `PrivacyConfiguration` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyConfiguration {
    props: ::forma_core::schema::Props,
}
impl PrivacyConfiguration {
    /// A new value with its required properties: `Policies`.
    pub fn new(policies: impl ::std::convert::Into<::forma_core::Value<PrivacyConfigurationPolicies>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policies.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrivacyConfiguration> for ::forma_core::Value<PrivacyConfiguration> {
    fn from(v: PrivacyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVACY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
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

/// The `PrivacyConfigurationPolicies` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyConfigurationPolicies {
    props: ::forma_core::schema::Props,
}
impl PrivacyConfigurationPolicies {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TrainedModelExports`.
    pub fn trained_model_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainedModelExportsConfigurationPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TrainedModelInferenceJobs`.
    pub fn trained_model_inference_jobs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainedModelInferenceJobsConfigurationPolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TrainedModels`.
    pub fn trained_models(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainedModelsConfigurationPolicy>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivacyConfigurationPolicies {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivacyConfigurationPolicies> for ::forma_core::Value<PrivacyConfigurationPolicies> {
    fn from(v: PrivacyConfigurationPolicies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVACY_CONFIGURATION_POLICIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MODEL`, `OUTPUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrainedModelExportFileType {
    /// `MODEL`
    Model,
    /// `OUTPUT`
    Output,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrainedModelExportFileType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Model => "MODEL",
            Self::Output => "OUTPUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MODEL", "OUTPUT"]
    }
}
impl ::std::convert::From<TrainedModelExportFileType> for ::forma_core::Value<TrainedModelExportFileType> {
    fn from(v: TrainedModelExportFileType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrainedModelExportFileType {}

/// The `TrainedModelExportsConfigurationPolicy` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainedModelExportsConfigurationPolicy {
    props: ::forma_core::schema::Props,
}
impl TrainedModelExportsConfigurationPolicy {
    /// A new value with its required properties: `FilesToExport`, `MaxSize`.
    pub fn new(
        files_to_export: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TrainedModelExportFileType>>>,
        max_size: impl ::std::convert::Into<::forma_core::Value<TrainedModelExportsMaxSize>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, files_to_export.into().into_expr());
        props.set(1, max_size.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrainedModelExportsConfigurationPolicy>
    for ::forma_core::Value<TrainedModelExportsConfigurationPolicy>
{
    fn from(v: TrainedModelExportsConfigurationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINED_MODEL_EXPORTS_CONFIGURATION_POLICY_TYPE.properties))
    }
}

/// The `TrainedModelInferenceJobsConfigurationPolicy` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainedModelInferenceJobsConfigurationPolicy {
    props: ::forma_core::schema::Props,
}
impl TrainedModelInferenceJobsConfigurationPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerLogs`.
    pub fn container_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogsConfigurationPolicy>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxOutputSize`.
    pub fn max_output_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainedModelInferenceMaxOutputSize>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrainedModelInferenceJobsConfigurationPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrainedModelInferenceJobsConfigurationPolicy>
    for ::forma_core::Value<TrainedModelInferenceJobsConfigurationPolicy>
{
    fn from(v: TrainedModelInferenceJobsConfigurationPolicy) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(TRAINED_MODEL_INFERENCE_JOBS_CONFIGURATION_POLICY_TYPE.properties),
        )
    }
}

/// The `TrainedModelsConfigurationPolicy` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainedModelsConfigurationPolicy {
    props: ::forma_core::schema::Props,
}
impl TrainedModelsConfigurationPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerLogs`.
    pub fn container_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogsConfigurationPolicy>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerMetrics`.
    pub fn container_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsConfigurationPolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxArtifactSize`.
    pub fn max_artifact_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainedModelArtifactMaxSize>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrainedModelsConfigurationPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrainedModelsConfigurationPolicy> for ::forma_core::Value<TrainedModelsConfigurationPolicy> {
    fn from(v: TrainedModelsConfigurationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINED_MODELS_CONFIGURATION_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrainedModelExportsMaxSizeUnitType {
    /// `GB`
    Gb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrainedModelExportsMaxSizeUnitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gb => "GB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GB"]
    }
}
impl ::std::convert::From<TrainedModelExportsMaxSizeUnitType>
    for ::forma_core::Value<TrainedModelExportsMaxSizeUnitType>
{
    fn from(v: TrainedModelExportsMaxSizeUnitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrainedModelExportsMaxSizeUnitType {}

/// The `TrainedModelExportsMaxSize` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainedModelExportsMaxSize {
    props: ::forma_core::schema::Props,
}
impl TrainedModelExportsMaxSize {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<TrainedModelExportsMaxSizeUnitType>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrainedModelExportsMaxSize> for ::forma_core::Value<TrainedModelExportsMaxSize> {
    fn from(v: TrainedModelExportsMaxSize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINED_MODEL_EXPORTS_MAX_SIZE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `ERROR_SUMMARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogType {
    /// `ALL`
    All,
    /// `ERROR_SUMMARY`
    ErrorSummary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::ErrorSummary => "ERROR_SUMMARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "ERROR_SUMMARY"]
    }
}
impl ::std::convert::From<LogType> for ::forma_core::Value<LogType> {
    fn from(v: LogType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogType {}

/// The `LogsConfigurationPolicy` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogsConfigurationPolicy {
    props: ::forma_core::schema::Props,
}
impl LogsConfigurationPolicy {
    /// A new value with its required properties: `AllowedAccountIds`.
    pub fn new(
        allowed_account_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allowed_account_ids.into().into_expr());
        Self { props }
    }
    /// `FilterPattern`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn filter_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogRedactionConfiguration`.
    pub fn log_redaction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogRedactionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LogType`.
    pub fn log_type(mut self, value: impl ::forma_core::schema::EnumArg<LogType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<LogsConfigurationPolicy> for ::forma_core::Value<LogsConfigurationPolicy> {
    fn from(v: LogsConfigurationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGS_CONFIGURATION_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrainedModelInferenceMaxOutputSizeUnitType {
    /// `GB`
    Gb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrainedModelInferenceMaxOutputSizeUnitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gb => "GB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GB"]
    }
}
impl ::std::convert::From<TrainedModelInferenceMaxOutputSizeUnitType>
    for ::forma_core::Value<TrainedModelInferenceMaxOutputSizeUnitType>
{
    fn from(v: TrainedModelInferenceMaxOutputSizeUnitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrainedModelInferenceMaxOutputSizeUnitType {}

/// The `TrainedModelInferenceMaxOutputSize` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainedModelInferenceMaxOutputSize {
    props: ::forma_core::schema::Props,
}
impl TrainedModelInferenceMaxOutputSize {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<TrainedModelInferenceMaxOutputSizeUnitType>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrainedModelInferenceMaxOutputSize>
    for ::forma_core::Value<TrainedModelInferenceMaxOutputSize>
{
    fn from(v: TrainedModelInferenceMaxOutputSize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINED_MODEL_INFERENCE_MAX_OUTPUT_SIZE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HIGH`, `MEDIUM`, `LOW`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoiseLevelType {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NoiseLevelType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HIGH", "MEDIUM", "LOW", "NONE"]
    }
}
impl ::std::convert::From<NoiseLevelType> for ::forma_core::Value<NoiseLevelType> {
    fn from(v: NoiseLevelType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NoiseLevelType {}

/// The `MetricsConfigurationPolicy` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsConfigurationPolicy {
    props: ::forma_core::schema::Props,
}
impl MetricsConfigurationPolicy {
    /// A new value with its required properties: `NoiseLevel`.
    pub fn new(noise_level: impl ::forma_core::schema::EnumArg<NoiseLevelType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, noise_level.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricsConfigurationPolicy> for ::forma_core::Value<MetricsConfigurationPolicy> {
    fn from(v: MetricsConfigurationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_CONFIGURATION_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrainedModelArtifactMaxSizeUnitType {
    /// `GB`
    Gb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrainedModelArtifactMaxSizeUnitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gb => "GB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GB"]
    }
}
impl ::std::convert::From<TrainedModelArtifactMaxSizeUnitType>
    for ::forma_core::Value<TrainedModelArtifactMaxSizeUnitType>
{
    fn from(v: TrainedModelArtifactMaxSizeUnitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrainedModelArtifactMaxSizeUnitType {}

/// The `TrainedModelArtifactMaxSize` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainedModelArtifactMaxSize {
    props: ::forma_core::schema::Props,
}
impl TrainedModelArtifactMaxSize {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<TrainedModelArtifactMaxSizeUnitType>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrainedModelArtifactMaxSize> for ::forma_core::Value<TrainedModelArtifactMaxSize> {
    fn from(v: TrainedModelArtifactMaxSize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINED_MODEL_ARTIFACT_MAX_SIZE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL_PERSONALLY_IDENTIFIABLE_INFORMATION`, `NUMBERS`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityType {
    /// `ALL_PERSONALLY_IDENTIFIABLE_INFORMATION`
    AllPersonallyIdentifiableInformation,
    /// `NUMBERS`
    Numbers,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EntityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllPersonallyIdentifiableInformation => "ALL_PERSONALLY_IDENTIFIABLE_INFORMATION",
            Self::Numbers => "NUMBERS",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL_PERSONALLY_IDENTIFIABLE_INFORMATION", "NUMBERS", "CUSTOM"]
    }
}
impl ::std::convert::From<EntityType> for ::forma_core::Value<EntityType> {
    fn from(v: EntityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EntityType {}

/// The `LogRedactionConfiguration` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogRedactionConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogRedactionConfiguration {
    /// A new value with its required properties: `EntitiesToRedact`.
    pub fn new(
        entities_to_redact: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EntityType>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, entities_to_redact.into().into_expr());
        Self { props }
    }
    /// `CustomEntityConfig`.
    pub fn custom_entity_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomEntityConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogRedactionConfiguration> for ::forma_core::Value<LogRedactionConfiguration> {
    fn from(v: LogRedactionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_REDACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `CustomEntityConfig` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomEntityConfig {
    props: ::forma_core::schema::Props,
}
impl CustomEntityConfig {
    /// A new value with its required properties: `CustomDataIdentifiers`.
    pub fn new(
        custom_data_identifiers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_data_identifiers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomEntityConfig> for ::forma_core::Value<CustomEntityConfig> {
    fn from(v: CustomEntityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ENTITY_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfiguredModelAlgorithmArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:configured-model-algorithm/[-a-zA-Z0-9_/.]+$",
                ),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MembershipIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivacyConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PRIVACY_CONFIGURATION_TYPE),
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
    attributes: &["ConfiguredModelAlgorithmAssociationArn", "CollaborationIdentifier"],
};

static PRIVACY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.PrivacyConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Policies",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PRIVACY_CONFIGURATION_POLICIES_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.Tag",
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

static PRIVACY_CONFIGURATION_POLICIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.PrivacyConfigurationPolicies",
    properties: &[
        ::forma_core::schema::Property {
            name: "TrainedModelExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAINED_MODEL_EXPORTS_CONFIGURATION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrainedModelInferenceJobs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAINED_MODEL_INFERENCE_JOBS_CONFIGURATION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrainedModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAINED_MODELS_CONFIGURATION_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static TRAINED_MODEL_EXPORTS_CONFIGURATION_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelExportsConfigurationPolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "FilesToExport",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["MODEL", "OUTPUT"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
                ),
            },
            ::forma_core::schema::Property {
                name: "MaxSize",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TRAINED_MODEL_EXPORTS_MAX_SIZE_TYPE),
            },
        ],
        rules: &[],
    };

static TRAINED_MODEL_INFERENCE_JOBS_CONFIGURATION_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelInferenceJobsConfigurationPolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContainerLogs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&LOGS_CONFIGURATION_POLICY_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
                ),
            },
            ::forma_core::schema::Property {
                name: "MaxOutputSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TRAINED_MODEL_INFERENCE_MAX_OUTPUT_SIZE_TYPE),
            },
        ],
        rules: &[],
    };

static TRAINED_MODELS_CONFIGURATION_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelsConfigurationPolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContainerLogs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&LOGS_CONFIGURATION_POLICY_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
                ),
            },
            ::forma_core::schema::Property {
                name: "ContainerMetrics",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&METRICS_CONFIGURATION_POLICY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaxArtifactSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TRAINED_MODEL_ARTIFACT_MAX_SIZE_TYPE),
            },
        ],
        rules: &[],
    };

static TRAINED_MODEL_EXPORTS_MAX_SIZE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelExportsMaxSize",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GB"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};

static LOGS_CONFIGURATION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.LogsConfigurationPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedAccountIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FilterPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogRedactionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_REDACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ERROR_SUMMARY"]),
        },
    ],
    rules: &[],
};

static TRAINED_MODEL_INFERENCE_MAX_OUTPUT_SIZE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelInferenceMaxOutputSize",
        properties: &[
            ::forma_core::schema::Property {
                name: "Unit",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["GB"]),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.01),
                    maximum: Some(50.0),
                }),
            },
        ],
        rules: &[],
    };

static METRICS_CONFIGURATION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.MetricsConfigurationPolicy",
    properties: &[::forma_core::schema::Property {
        name: "NoiseLevel",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["HIGH", "MEDIUM", "LOW", "NONE"]),
    }],
    rules: &[],
};

static TRAINED_MODEL_ARTIFACT_MAX_SIZE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelArtifactMaxSize",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GB"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};

static LOG_REDACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.LogRedactionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomEntityConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_ENTITY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntitiesToRedact",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ALL_PERSONALLY_IDENTIFIABLE_INFORMATION", "NUMBERS", "CUSTOM"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_ENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.CustomEntityConfig",
    properties: &[::forma_core::schema::Property {
        name: "CustomDataIdentifiers",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\_\\#\\=\\@\\/\\;\\,\\-\\ \\^\\$\\?\\[\\]\\{\\}\\|\\\\\\*\\+\\.\\(\\)]+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};
