// @generated from AWS::AppFlow::Flow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppFlow::Flow` and its property types.

/// Resource schema for AWS::AppFlow::Flow.
///
/// CloudFormation type `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    props: ::forma_core::schema::Props,
}
impl Flow {
    /// A new resource with its required properties: `DestinationFlowConfigList`, `FlowName`, `SourceFlowConfig`, `Tasks`, `TriggerConfig`.
    #[track_caller]
    pub fn new(
        destination_flow_config_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DestinationFlowConfig>>>,
        flow_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_flow_config: impl ::std::convert::Into<::forma_core::Value<SourceFlowConfig>>,
        tasks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Task>>>,
        trigger_config: impl ::std::convert::Into<::forma_core::Value<TriggerConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination_flow_config_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, flow_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, source_flow_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, tasks.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, trigger_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the flow.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Flow activation status for Scheduled- and Event-triggered flows
    #[track_caller]
    pub fn flow_status(mut self, value: impl ::forma_core::schema::EnumArg<FlowStatus>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the AWS Key Management Service (AWS KMS) key that's used to encrypt your function's environment variables.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configurations of metadata catalog of the flow.
    #[track_caller]
    pub fn metadata_catalog_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataCatalogConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Flow {
    type Attributes = FlowAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppFlow::Flow"
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
/// The attributes of a `AWS::AppFlow::Flow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowAttributes {
    /// `Fn::GetAtt` `FlowArn`.
    pub fn flow_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowArn")
    }
}

/// The values CloudFormation documents: `Active`, `Suspended`, `Draft`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowStatus {
    /// `Active`
    Active,
    /// `Suspended`
    Suspended,
    /// `Draft`
    Draft,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Suspended => "Suspended",
            Self::Draft => "Draft",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Active", "Suspended", "Draft"]
    }
}
impl ::std::convert::From<FlowStatus> for ::forma_core::Value<FlowStatus> {
    fn from(v: FlowStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowStatus {}

/// The values CloudFormation documents: `SAPOData`, `Salesforce`, `Pardot`, `Singular`, `Slack`, `Redshift`, `S3`, `Marketo`, `Googleanalytics`, `Zendesk`, `Servicenow`, `Datadog`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectorType {
    /// `SAPOData`
    SapoData,
    /// `Salesforce`
    Salesforce,
    /// `Pardot`
    Pardot,
    /// `Singular`
    Singular,
    /// `Slack`
    Slack,
    /// `Redshift`
    Redshift,
    /// `S3`
    S3,
    /// `Marketo`
    Marketo,
    /// `Googleanalytics`
    Googleanalytics,
    /// `Zendesk`
    Zendesk,
    /// `Servicenow`
    Servicenow,
    /// `Datadog`
    Datadog,
    /// `Trendmicro`
    Trendmicro,
    /// `Snowflake`
    Snowflake,
    /// `Dynatrace`
    Dynatrace,
    /// `Infornexus`
    Infornexus,
    /// `Amplitude`
    Amplitude,
    /// `Veeva`
    Veeva,
    /// `CustomConnector`
    CustomConnector,
    /// `EventBridge`
    EventBridge,
    /// `Upsolver`
    Upsolver,
    /// `LookoutMetrics`
    LookoutMetrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SapoData => "SAPOData",
            Self::Salesforce => "Salesforce",
            Self::Pardot => "Pardot",
            Self::Singular => "Singular",
            Self::Slack => "Slack",
            Self::Redshift => "Redshift",
            Self::S3 => "S3",
            Self::Marketo => "Marketo",
            Self::Googleanalytics => "Googleanalytics",
            Self::Zendesk => "Zendesk",
            Self::Servicenow => "Servicenow",
            Self::Datadog => "Datadog",
            Self::Trendmicro => "Trendmicro",
            Self::Snowflake => "Snowflake",
            Self::Dynatrace => "Dynatrace",
            Self::Infornexus => "Infornexus",
            Self::Amplitude => "Amplitude",
            Self::Veeva => "Veeva",
            Self::CustomConnector => "CustomConnector",
            Self::EventBridge => "EventBridge",
            Self::Upsolver => "Upsolver",
            Self::LookoutMetrics => "LookoutMetrics",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SAPOData",
            "Salesforce",
            "Pardot",
            "Singular",
            "Slack",
            "Redshift",
            "S3",
            "Marketo",
            "Googleanalytics",
            "Zendesk",
            "Servicenow",
            "Datadog",
            "Trendmicro",
            "Snowflake",
            "Dynatrace",
            "Infornexus",
            "Amplitude",
            "Veeva",
            "CustomConnector",
            "EventBridge",
            "Upsolver",
            "LookoutMetrics",
        ]
    }
}
impl ::std::convert::From<ConnectorType> for ::forma_core::Value<ConnectorType> {
    fn from(v: ConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectorType {}

/// Configurations of destination connector.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationFlowConfig {
    props: ::forma_core::schema::Props,
}
impl DestinationFlowConfig {
    /// A new value with its required properties: `ConnectorType`, `DestinationConnectorProperties`.
    pub fn new(
        connector_type: impl ::forma_core::schema::EnumArg<ConnectorType>,
        destination_connector_properties: impl ::std::convert::Into<::forma_core::Value<DestinationConnectorProperties>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, connector_type.into_enum_expr());
        props.set(3, destination_connector_properties.into().into_expr());
        Self { props }
    }
    /// The API version that the destination connector uses.
    ///
    /// Allowed: length 0 to 256.
    pub fn api_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Name of destination connector profile
    ///
    /// Allowed: length 0 to 256.
    pub fn connector_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DestinationFlowConfig> for ::forma_core::Value<DestinationFlowConfig> {
    fn from(v: DestinationFlowConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_FLOW_CONFIG_TYPE.properties))
    }
}

/// Configurations of metadata catalog of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataCatalogConfig {
    props: ::forma_core::schema::Props,
}
impl MetadataCatalogConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configurations of glue data catalog of the flow.
    pub fn glue_data_catalog(mut self, value: impl ::std::convert::Into<::forma_core::Value<GlueDataCatalog>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetadataCatalogConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataCatalogConfig> for ::forma_core::Value<MetadataCatalogConfig> {
    fn from(v: MetadataCatalogConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_CATALOG_CONFIG_TYPE.properties))
    }
}

/// Configurations of Source connector of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFlowConfig {
    props: ::forma_core::schema::Props,
}
impl SourceFlowConfig {
    /// A new value with its required properties: `ConnectorType`, `SourceConnectorProperties`.
    pub fn new(
        connector_type: impl ::forma_core::schema::EnumArg<ConnectorType>,
        source_connector_properties: impl ::std::convert::Into<::forma_core::Value<SourceConnectorProperties>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, connector_type.into_enum_expr());
        props.set(4, source_connector_properties.into().into_expr());
        Self { props }
    }
    /// The API version that the destination connector uses.
    ///
    /// Allowed: length 0 to 256.
    pub fn api_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Name of source connector profile
    ///
    /// Allowed: length 0 to 256.
    pub fn connector_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for scheduled incremental data pull
    pub fn incremental_pull_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IncrementalPullConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceFlowConfig> for ::forma_core::Value<SourceFlowConfig> {
    fn from(v: SourceFlowConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_FLOW_CONFIG_TYPE.properties))
    }
}

/// A label for tagging AppFlow resources
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

/// The values CloudFormation documents: `Arithmetic`, `Filter`, `Map`, `Map_all`, `Mask`, `Merge`, `Passthrough`, `Truncate`, `Validate`, `Partition`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskType {
    /// `Arithmetic`
    Arithmetic,
    /// `Filter`
    Filter,
    /// `Map`
    Map,
    /// `Map_all`
    MapAll,
    /// `Mask`
    Mask,
    /// `Merge`
    Merge,
    /// `Passthrough`
    Passthrough,
    /// `Truncate`
    Truncate,
    /// `Validate`
    Validate,
    /// `Partition`
    Partition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TaskType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arithmetic => "Arithmetic",
            Self::Filter => "Filter",
            Self::Map => "Map",
            Self::MapAll => "Map_all",
            Self::Mask => "Mask",
            Self::Merge => "Merge",
            Self::Passthrough => "Passthrough",
            Self::Truncate => "Truncate",
            Self::Validate => "Validate",
            Self::Partition => "Partition",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Arithmetic", "Filter", "Map", "Map_all", "Mask", "Merge", "Passthrough", "Truncate", "Validate", "Partition"]
    }
}
impl ::std::convert::From<TaskType> for ::forma_core::Value<TaskType> {
    fn from(v: TaskType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TaskType {}

/// The `Task` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    props: ::forma_core::schema::Props,
}
impl Task {
    /// A new value with its required properties: `SourceFields`, `TaskType`.
    pub fn new(
        source_fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        task_type: impl ::forma_core::schema::EnumArg<TaskType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source_fields.into().into_expr());
        props.set(4, task_type.into_enum_expr());
        Self { props }
    }
    /// Operation to be performed on provided source fields
    pub fn connector_operator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOperator>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A field value on which source field should be validated
    ///
    /// Allowed: length 0 to 256.
    pub fn destination_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A Map used to store task related info
    pub fn task_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskPropertiesObject>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Task> for ::forma_core::Value<Task> {
    fn from(v: Task) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Scheduled`, `Event`, `OnDemand`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TriggerType {
    /// `Scheduled`
    Scheduled,
    /// `Event`
    Event,
    /// `OnDemand`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TriggerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "Scheduled",
            Self::Event => "Event",
            Self::OnDemand => "OnDemand",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Scheduled", "Event", "OnDemand"]
    }
}
impl ::std::convert::From<TriggerType> for ::forma_core::Value<TriggerType> {
    fn from(v: TriggerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TriggerType {}

/// Trigger settings of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerConfig {
    props: ::forma_core::schema::Props,
}
impl TriggerConfig {
    /// A new value with its required properties: `TriggerType`.
    pub fn new(trigger_type: impl ::forma_core::schema::EnumArg<TriggerType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, trigger_type.into_enum_expr());
        Self { props }
    }
    /// Details required based on the type of trigger
    pub fn trigger_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScheduledTriggerProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TriggerConfig> for ::forma_core::Value<TriggerConfig> {
    fn from(v: TriggerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_CONFIG_TYPE.properties))
    }
}

/// Destination connector details
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConnectorProperties {
    props: ::forma_core::schema::Props,
}
impl DestinationConnectorProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomConnector`.
    pub fn custom_connector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomConnectorDestinationProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EventBridge`.
    pub fn event_bridge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBridgeDestinationProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LookoutMetrics`.
    pub fn lookout_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LookoutMetricsDestinationProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Marketo`.
    pub fn marketo(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MarketoDestinationProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Redshift`.
    pub fn redshift(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftDestinationProperties>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3DestinationProperties>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SAPOData`.
    pub fn sapo_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataDestinationProperties>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceDestinationProperties>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Snowflake`.
    pub fn snowflake(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeDestinationProperties>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Upsolver`.
    pub fn upsolver(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpsolverDestinationProperties>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZendeskDestinationProperties>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationConnectorProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationConnectorProperties> for ::forma_core::Value<DestinationConnectorProperties> {
    fn from(v: DestinationConnectorProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONNECTOR_PROPERTIES_TYPE.properties))
    }
}

/// Trigger settings of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct GlueDataCatalog {
    props: ::forma_core::schema::Props,
}
impl GlueDataCatalog {
    /// A new value with its required properties: `DatabaseName`, `RoleArn`, `TablePrefix`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        props.set(2, table_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GlueDataCatalog> for ::forma_core::Value<GlueDataCatalog> {
    fn from(v: GlueDataCatalog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLUE_DATA_CATALOG_TYPE.properties))
    }
}

/// Configuration for scheduled incremental data pull
#[derive(Debug, Clone, PartialEq)]
pub struct IncrementalPullConfig {
    props: ::forma_core::schema::Props,
}
impl IncrementalPullConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Name of the datetime/timestamp data type field to be used for importing incremental records from the source
    ///
    /// Allowed: length 0 to 256.
    pub fn datetime_type_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IncrementalPullConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IncrementalPullConfig> for ::forma_core::Value<IncrementalPullConfig> {
    fn from(v: IncrementalPullConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCREMENTAL_PULL_CONFIG_TYPE.properties))
    }
}

/// Source connector details required to query a connector
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConnectorProperties {
    props: ::forma_core::schema::Props,
}
impl SourceConnectorProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Amplitude`.
    pub fn amplitude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmplitudeSourceProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomConnector`.
    pub fn custom_connector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomConnectorSourceProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Datadog`.
    pub fn datadog(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatadogSourceProperties>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Dynatrace`.
    pub fn dynatrace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DynatraceSourceProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GoogleAnalytics`.
    pub fn google_analytics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GoogleAnalyticsSourceProperties>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InforNexus`.
    pub fn infor_nexus(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InforNexusSourceProperties>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Marketo`.
    pub fn marketo(mut self, value: impl ::std::convert::Into<::forma_core::Value<MarketoSourceProperties>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Pardot`.
    pub fn pardot(mut self, value: impl ::std::convert::Into<::forma_core::Value<PardotSourceProperties>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3SourceProperties>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SAPOData`.
    pub fn sapo_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataSourceProperties>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceSourceProperties>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ServiceNow`.
    pub fn service_now(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowSourceProperties>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Singular`.
    pub fn singular(mut self, value: impl ::std::convert::Into<::forma_core::Value<SingularSourceProperties>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Slack`.
    pub fn slack(mut self, value: impl ::std::convert::Into<::forma_core::Value<SlackSourceProperties>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Trendmicro`.
    pub fn trendmicro(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrendmicroSourceProperties>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `Veeva`.
    pub fn veeva(mut self, value: impl ::std::convert::Into<::forma_core::Value<VeevaSourceProperties>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(mut self, value: impl ::std::convert::Into<::forma_core::Value<ZendeskSourceProperties>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceConnectorProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceConnectorProperties> for ::forma_core::Value<SourceConnectorProperties> {
    fn from(v: SourceConnectorProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONNECTOR_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BETWEEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AmplitudeConnectorOperator {
    /// `BETWEEN`
    Between,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AmplitudeConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Between => "BETWEEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BETWEEN"]
    }
}
impl ::std::convert::From<AmplitudeConnectorOperator> for ::forma_core::Value<AmplitudeConnectorOperator> {
    fn from(v: AmplitudeConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AmplitudeConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `CONTAINS`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `CONTAINS`
    Contains,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Contains => "CONTAINS",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "CONTAINS",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// The values CloudFormation documents: `PROJECTION`, `BETWEEN`, `EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatadogConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `BETWEEN`
    Between,
    /// `EQUAL_TO`
    EqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatadogConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::Between => "BETWEEN",
            Self::EqualTo => "EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "BETWEEN",
            "EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<DatadogConnectorOperator> for ::forma_core::Value<DatadogConnectorOperator> {
    fn from(v: DatadogConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatadogConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `BETWEEN`, `EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynatraceConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `BETWEEN`
    Between,
    /// `EQUAL_TO`
    EqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DynatraceConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::Between => "BETWEEN",
            Self::EqualTo => "EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "BETWEEN",
            "EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<DynatraceConnectorOperator> for ::forma_core::Value<DynatraceConnectorOperator> {
    fn from(v: DynatraceConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DynatraceConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `BETWEEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GoogleAnalyticsConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `BETWEEN`
    Between,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GoogleAnalyticsConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::Between => "BETWEEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROJECTION", "BETWEEN"]
    }
}
impl ::std::convert::From<GoogleAnalyticsConnectorOperator> for ::forma_core::Value<GoogleAnalyticsConnectorOperator> {
    fn from(v: GoogleAnalyticsConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GoogleAnalyticsConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `BETWEEN`, `EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InforNexusConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `BETWEEN`
    Between,
    /// `EQUAL_TO`
    EqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InforNexusConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::Between => "BETWEEN",
            Self::EqualTo => "EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "BETWEEN",
            "EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<InforNexusConnectorOperator> for ::forma_core::Value<InforNexusConnectorOperator> {
    fn from(v: InforNexusConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InforNexusConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `BETWEEN`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarketoConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MarketoConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "BETWEEN",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<MarketoConnectorOperator> for ::forma_core::Value<MarketoConnectorOperator> {
    fn from(v: MarketoConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MarketoConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `EQUAL_TO`, `NO_OP`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PardotConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `EQUAL_TO`
    EqualTo,
    /// `NO_OP`
    NoOp,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PardotConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::EqualTo => "EQUAL_TO",
            Self::NoOp => "NO_OP",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "EQUAL_TO",
            "NO_OP",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
        ]
    }
}
impl ::std::convert::From<PardotConnectorOperator> for ::forma_core::Value<PardotConnectorOperator> {
    fn from(v: PardotConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PardotConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3ConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<S3ConnectorOperator> for ::forma_core::Value<S3ConnectorOperator> {
    fn from(v: S3ConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3ConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `CONTAINS`, `GREATER_THAN`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SapoDataConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `CONTAINS`
    Contains,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SapoDataConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::Contains => "CONTAINS",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "CONTAINS",
            "GREATER_THAN",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<SapoDataConnectorOperator> for ::forma_core::Value<SapoDataConnectorOperator> {
    fn from(v: SapoDataConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SapoDataConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `CONTAINS`, `GREATER_THAN`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesforceConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `CONTAINS`
    Contains,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SalesforceConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::Contains => "CONTAINS",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "CONTAINS",
            "GREATER_THAN",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<SalesforceConnectorOperator> for ::forma_core::Value<SalesforceConnectorOperator> {
    fn from(v: SalesforceConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SalesforceConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `CONTAINS`, `GREATER_THAN`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNowConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `CONTAINS`
    Contains,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNowConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::Contains => "CONTAINS",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "CONTAINS",
            "GREATER_THAN",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<ServiceNowConnectorOperator> for ::forma_core::Value<ServiceNowConnectorOperator> {
    fn from(v: ServiceNowConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNowConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, `VALIDATE_NON_NEGATIVE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SingularConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `EQUAL_TO`
    EqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SingularConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::EqualTo => "EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<SingularConnectorOperator> for ::forma_core::Value<SingularConnectorOperator> {
    fn from(v: SingularConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SingularConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `BETWEEN`, `EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SlackConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `BETWEEN`
    Between,
    /// `EQUAL_TO`
    EqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SlackConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::Between => "BETWEEN",
            Self::EqualTo => "EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "BETWEEN",
            "EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<SlackConnectorOperator> for ::forma_core::Value<SlackConnectorOperator> {
    fn from(v: SlackConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SlackConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, `VALIDATE_NON_NEGATIVE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrendmicroConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `EQUAL_TO`
    EqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrendmicroConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::EqualTo => "EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<TrendmicroConnectorOperator> for ::forma_core::Value<TrendmicroConnectorOperator> {
    fn from(v: TrendmicroConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrendmicroConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VeevaConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VeevaConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<VeevaConnectorOperator> for ::forma_core::Value<VeevaConnectorOperator> {
    fn from(v: VeevaConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VeevaConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `GREATER_THAN`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, `VALIDATE_NON_NEGATIVE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ZendeskConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `GREATER_THAN`
    GreaterThan,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ZendeskConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::GreaterThan => "GREATER_THAN",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "GREATER_THAN",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<ZendeskConnectorOperator> for ::forma_core::Value<ZendeskConnectorOperator> {
    fn from(v: ZendeskConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ZendeskConnectorOperator {}

/// Operation to be performed on provided source fields
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorOperator {
    props: ::forma_core::schema::Props,
}
impl ConnectorOperator {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Amplitude`.
    pub fn amplitude(mut self, value: impl ::forma_core::schema::EnumArg<AmplitudeConnectorOperator>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CustomConnector`.
    pub fn custom_connector(mut self, value: impl ::forma_core::schema::EnumArg<Operator>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `Datadog`.
    pub fn datadog(mut self, value: impl ::forma_core::schema::EnumArg<DatadogConnectorOperator>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `Dynatrace`.
    pub fn dynatrace(mut self, value: impl ::forma_core::schema::EnumArg<DynatraceConnectorOperator>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `GoogleAnalytics`.
    pub fn google_analytics(
        mut self,
        value: impl ::forma_core::schema::EnumArg<GoogleAnalyticsConnectorOperator>,
    ) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `InforNexus`.
    pub fn infor_nexus(mut self, value: impl ::forma_core::schema::EnumArg<InforNexusConnectorOperator>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `Marketo`.
    pub fn marketo(mut self, value: impl ::forma_core::schema::EnumArg<MarketoConnectorOperator>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `Pardot`.
    pub fn pardot(mut self, value: impl ::forma_core::schema::EnumArg<PardotConnectorOperator>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::forma_core::schema::EnumArg<S3ConnectorOperator>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `SAPOData`.
    pub fn sapo_data(mut self, value: impl ::forma_core::schema::EnumArg<SapoDataConnectorOperator>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(mut self, value: impl ::forma_core::schema::EnumArg<SalesforceConnectorOperator>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// `ServiceNow`.
    pub fn service_now(mut self, value: impl ::forma_core::schema::EnumArg<ServiceNowConnectorOperator>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// `Singular`.
    pub fn singular(mut self, value: impl ::forma_core::schema::EnumArg<SingularConnectorOperator>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// `Slack`.
    pub fn slack(mut self, value: impl ::forma_core::schema::EnumArg<SlackConnectorOperator>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// `Trendmicro`.
    pub fn trendmicro(mut self, value: impl ::forma_core::schema::EnumArg<TrendmicroConnectorOperator>) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
    /// `Veeva`.
    pub fn veeva(mut self, value: impl ::forma_core::schema::EnumArg<VeevaConnectorOperator>) -> Self {
        self.props.set(15, value.into_enum_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(mut self, value: impl ::forma_core::schema::EnumArg<ZendeskConnectorOperator>) -> Self {
        self.props.set(16, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ConnectorOperator {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorOperator> for ::forma_core::Value<ConnectorOperator> {
    fn from(v: ConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_OPERATOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `VALUE`, `VALUES`, `DATA_TYPE`, `UPPER_BOUND`, `LOWER_BOUND`, `SOURCE_DATA_TYPE`, `DESTINATION_DATA_TYPE`, `VALIDATION_ACTION`, `MASK_VALUE`, `MASK_LENGTH`, `TRUNCATE_LENGTH`, `MATH_OPERATION_FIELDS_ORDER`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatorPropertiesKeys {
    /// `VALUE`
    Value,
    /// `VALUES`
    Values,
    /// `DATA_TYPE`
    DataType,
    /// `UPPER_BOUND`
    UpperBound,
    /// `LOWER_BOUND`
    LowerBound,
    /// `SOURCE_DATA_TYPE`
    SourceDataType,
    /// `DESTINATION_DATA_TYPE`
    DestinationDataType,
    /// `VALIDATION_ACTION`
    ValidationAction,
    /// `MASK_VALUE`
    MaskValue,
    /// `MASK_LENGTH`
    MaskLength,
    /// `TRUNCATE_LENGTH`
    TruncateLength,
    /// `MATH_OPERATION_FIELDS_ORDER`
    MathOperationFieldsOrder,
    /// `CONCAT_FORMAT`
    ConcatFormat,
    /// `SUBFIELD_CATEGORY_MAP`
    SubfieldCategoryMap,
    /// `EXCLUDE_SOURCE_FIELDS_LIST`
    ExcludeSourceFieldsList,
    /// `INCLUDE_NEW_FIELDS`
    IncludeNewFields,
    /// `ORDERED_PARTITION_KEYS_LIST`
    OrderedPartitionKeysList,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatorPropertiesKeys {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Value => "VALUE",
            Self::Values => "VALUES",
            Self::DataType => "DATA_TYPE",
            Self::UpperBound => "UPPER_BOUND",
            Self::LowerBound => "LOWER_BOUND",
            Self::SourceDataType => "SOURCE_DATA_TYPE",
            Self::DestinationDataType => "DESTINATION_DATA_TYPE",
            Self::ValidationAction => "VALIDATION_ACTION",
            Self::MaskValue => "MASK_VALUE",
            Self::MaskLength => "MASK_LENGTH",
            Self::TruncateLength => "TRUNCATE_LENGTH",
            Self::MathOperationFieldsOrder => "MATH_OPERATION_FIELDS_ORDER",
            Self::ConcatFormat => "CONCAT_FORMAT",
            Self::SubfieldCategoryMap => "SUBFIELD_CATEGORY_MAP",
            Self::ExcludeSourceFieldsList => "EXCLUDE_SOURCE_FIELDS_LIST",
            Self::IncludeNewFields => "INCLUDE_NEW_FIELDS",
            Self::OrderedPartitionKeysList => "ORDERED_PARTITION_KEYS_LIST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "VALUE",
            "VALUES",
            "DATA_TYPE",
            "UPPER_BOUND",
            "LOWER_BOUND",
            "SOURCE_DATA_TYPE",
            "DESTINATION_DATA_TYPE",
            "VALIDATION_ACTION",
            "MASK_VALUE",
            "MASK_LENGTH",
            "TRUNCATE_LENGTH",
            "MATH_OPERATION_FIELDS_ORDER",
            "CONCAT_FORMAT",
            "SUBFIELD_CATEGORY_MAP",
            "EXCLUDE_SOURCE_FIELDS_LIST",
            "INCLUDE_NEW_FIELDS",
            "ORDERED_PARTITION_KEYS_LIST",
        ]
    }
}
impl ::std::convert::From<OperatorPropertiesKeys> for ::forma_core::Value<OperatorPropertiesKeys> {
    fn from(v: OperatorPropertiesKeys) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatorPropertiesKeys {}

/// An object used to store task related info
#[derive(Debug, Clone, PartialEq)]
pub struct TaskPropertiesObject {
    props: ::forma_core::schema::Props,
}
impl TaskPropertiesObject {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::forma_core::schema::EnumArg<OperatorPropertiesKeys>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TaskPropertiesObject> for ::forma_core::Value<TaskPropertiesObject> {
    fn from(v: TaskPropertiesObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_PROPERTIES_OBJECT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Incremental`, `Complete`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataPullMode {
    /// `Incremental`
    Incremental,
    /// `Complete`
    Complete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataPullMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Incremental => "Incremental",
            Self::Complete => "Complete",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Incremental", "Complete"]
    }
}
impl ::std::convert::From<DataPullMode> for ::forma_core::Value<DataPullMode> {
    fn from(v: DataPullMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataPullMode {}

/// Details required for scheduled trigger type
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledTriggerProperties {
    props: ::forma_core::schema::Props,
}
impl ScheduledTriggerProperties {
    /// A new value with its required properties: `ScheduleExpression`.
    pub fn new(schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, schedule_expression.into().into_expr());
        Self { props }
    }
    /// `DataPullMode`.
    pub fn data_pull_mode(mut self, value: impl ::forma_core::schema::EnumArg<DataPullMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `FirstExecutionFrom`.
    pub fn first_execution_from(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FlowErrorDeactivationThreshold`.
    ///
    /// Allowed: 1 to 100.
    pub fn flow_error_deactivation_threshold(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ScheduleEndTime`.
    pub fn schedule_end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ScheduleOffset`.
    ///
    /// Allowed: 0 to 36000.
    pub fn schedule_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ScheduleStartTime`.
    pub fn schedule_start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TimeZone`.
    ///
    /// Allowed: length 0 to 256.
    pub fn time_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduledTriggerProperties> for ::forma_core::Value<ScheduledTriggerProperties> {
    fn from(v: ScheduledTriggerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULED_TRIGGER_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INSERT`, `UPSERT`, `UPDATE`, `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WriteOperationType {
    /// `INSERT`
    Insert,
    /// `UPSERT`
    Upsert,
    /// `UPDATE`
    Update,
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WriteOperationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Insert => "INSERT",
            Self::Upsert => "UPSERT",
            Self::Update => "UPDATE",
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INSERT", "UPSERT", "UPDATE", "DELETE"]
    }
}
impl ::std::convert::From<WriteOperationType> for ::forma_core::Value<WriteOperationType> {
    fn from(v: WriteOperationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WriteOperationType {}

/// The `CustomConnectorDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomConnectorDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl CustomConnectorDestinationProperties {
    /// A new value with its required properties: `EntityName`.
    pub fn new(entity_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, entity_name.into().into_expr());
        Self { props }
    }
    /// A map for properties for custom connector.
    pub fn custom_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of fields used as ID when performing a write operation.
    pub fn id_field_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `WriteOperationType`.
    pub fn write_operation_type(mut self, value: impl ::forma_core::schema::EnumArg<WriteOperationType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<CustomConnectorDestinationProperties>
    for ::forma_core::Value<CustomConnectorDestinationProperties>
{
    fn from(v: CustomConnectorDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CONNECTOR_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `EventBridgeDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl EventBridgeDestinationProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, object.into().into_expr());
        Self { props }
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventBridgeDestinationProperties> for ::forma_core::Value<EventBridgeDestinationProperties> {
    fn from(v: EventBridgeDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `LookoutMetricsDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct LookoutMetricsDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl LookoutMetricsDestinationProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Object`.
    ///
    /// Allowed: length 0 to 512.
    pub fn object(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LookoutMetricsDestinationProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LookoutMetricsDestinationProperties>
    for ::forma_core::Value<LookoutMetricsDestinationProperties>
{
    fn from(v: LookoutMetricsDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOOKOUT_METRICS_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `MarketoDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketoDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl MarketoDestinationProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, object.into().into_expr());
        Self { props }
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MarketoDestinationProperties> for ::forma_core::Value<MarketoDestinationProperties> {
    fn from(v: MarketoDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARKETO_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `RedshiftDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl RedshiftDestinationProperties {
    /// A new value with its required properties: `IntermediateBucketName`, `Object`.
    pub fn new(
        intermediate_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, intermediate_bucket_name.into().into_expr());
        props.set(3, object.into().into_expr());
        Self { props }
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftDestinationProperties> for ::forma_core::Value<RedshiftDestinationProperties> {
    fn from(v: RedshiftDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `S3DestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationProperties {
    props: ::forma_core::schema::Props,
}
impl S3DestinationProperties {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3OutputFormatConfig`.
    pub fn s3_output_format_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3OutputFormatConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DestinationProperties> for ::forma_core::Value<S3DestinationProperties> {
    fn from(v: S3DestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `SAPODataDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl SapoDataDestinationProperties {
    /// A new value with its required properties: `ObjectPath`.
    pub fn new(object_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, object_path.into().into_expr());
        Self { props }
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of fields used as ID when performing a write operation.
    pub fn id_field_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SuccessResponseHandlingConfig`.
    pub fn success_response_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SuccessResponseHandlingConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `WriteOperationType`.
    pub fn write_operation_type(mut self, value: impl ::forma_core::schema::EnumArg<WriteOperationType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SapoDataDestinationProperties> for ::forma_core::Value<SapoDataDestinationProperties> {
    fn from(v: SapoDataDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAPO_DATA_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `BULKV2`, `REST_SYNC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataTransferApi {
    /// `AUTOMATIC`
    Automatic,
    /// `BULKV2`
    Bulkv2,
    /// `REST_SYNC`
    RestSync,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataTransferApi {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Bulkv2 => "BULKV2",
            Self::RestSync => "REST_SYNC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "BULKV2", "REST_SYNC"]
    }
}
impl ::std::convert::From<DataTransferApi> for ::forma_core::Value<DataTransferApi> {
    fn from(v: DataTransferApi) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataTransferApi {}

/// The `SalesforceDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl SalesforceDestinationProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, object.into().into_expr());
        Self { props }
    }
    /// `DataTransferApi`.
    pub fn data_transfer_api(mut self, value: impl ::forma_core::schema::EnumArg<DataTransferApi>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of fields used as ID when performing a write operation.
    pub fn id_field_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `WriteOperationType`.
    pub fn write_operation_type(mut self, value: impl ::forma_core::schema::EnumArg<WriteOperationType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SalesforceDestinationProperties> for ::forma_core::Value<SalesforceDestinationProperties> {
    fn from(v: SalesforceDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `SnowflakeDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl SnowflakeDestinationProperties {
    /// A new value with its required properties: `IntermediateBucketName`, `Object`.
    pub fn new(
        intermediate_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, intermediate_bucket_name.into().into_expr());
        props.set(3, object.into().into_expr());
        Self { props }
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SnowflakeDestinationProperties> for ::forma_core::Value<SnowflakeDestinationProperties> {
    fn from(v: SnowflakeDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `UpsolverDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpsolverDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl UpsolverDestinationProperties {
    /// A new value with its required properties: `BucketName`, `S3OutputFormatConfig`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_output_format_config: impl ::std::convert::Into<::forma_core::Value<UpsolverS3OutputFormatConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(2, s3_output_format_config.into().into_expr());
        Self { props }
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UpsolverDestinationProperties> for ::forma_core::Value<UpsolverDestinationProperties> {
    fn from(v: UpsolverDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPSOLVER_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `ZendeskDestinationProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZendeskDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl ZendeskDestinationProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, object.into().into_expr());
        Self { props }
    }
    /// `ErrorHandlingConfig`.
    pub fn error_handling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorHandlingConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of fields used as ID when performing a write operation.
    pub fn id_field_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WriteOperationType`.
    pub fn write_operation_type(mut self, value: impl ::forma_core::schema::EnumArg<WriteOperationType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ZendeskDestinationProperties> for ::forma_core::Value<ZendeskDestinationProperties> {
    fn from(v: ZendeskDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZENDESK_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `AmplitudeSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmplitudeSourceProperties {
    props: ::forma_core::schema::Props,
}
impl AmplitudeSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AmplitudeSourceProperties> for ::forma_core::Value<AmplitudeSourceProperties> {
    fn from(v: AmplitudeSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMPLITUDE_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `CustomConnectorSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomConnectorSourceProperties {
    props: ::forma_core::schema::Props,
}
impl CustomConnectorSourceProperties {
    /// A new value with its required properties: `EntityName`.
    pub fn new(entity_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, entity_name.into().into_expr());
        Self { props }
    }
    /// A map for properties for custom connector.
    pub fn custom_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataTransferApi`.
    pub fn data_transfer_api(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomConnectorSourcePropertiesDataTransferApi>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomConnectorSourceProperties> for ::forma_core::Value<CustomConnectorSourceProperties> {
    fn from(v: CustomConnectorSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CONNECTOR_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `DatadogSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatadogSourceProperties {
    props: ::forma_core::schema::Props,
}
impl DatadogSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatadogSourceProperties> for ::forma_core::Value<DatadogSourceProperties> {
    fn from(v: DatadogSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATADOG_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `DynatraceSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynatraceSourceProperties {
    props: ::forma_core::schema::Props,
}
impl DynatraceSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DynatraceSourceProperties> for ::forma_core::Value<DynatraceSourceProperties> {
    fn from(v: DynatraceSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNATRACE_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `GoogleAnalyticsSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleAnalyticsSourceProperties {
    props: ::forma_core::schema::Props,
}
impl GoogleAnalyticsSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GoogleAnalyticsSourceProperties> for ::forma_core::Value<GoogleAnalyticsSourceProperties> {
    fn from(v: GoogleAnalyticsSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GOOGLE_ANALYTICS_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `InforNexusSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct InforNexusSourceProperties {
    props: ::forma_core::schema::Props,
}
impl InforNexusSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InforNexusSourceProperties> for ::forma_core::Value<InforNexusSourceProperties> {
    fn from(v: InforNexusSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFOR_NEXUS_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `MarketoSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketoSourceProperties {
    props: ::forma_core::schema::Props,
}
impl MarketoSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MarketoSourceProperties> for ::forma_core::Value<MarketoSourceProperties> {
    fn from(v: MarketoSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARKETO_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `PardotSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct PardotSourceProperties {
    props: ::forma_core::schema::Props,
}
impl PardotSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PardotSourceProperties> for ::forma_core::Value<PardotSourceProperties> {
    fn from(v: PardotSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARDOT_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `S3SourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3SourceProperties {
    props: ::forma_core::schema::Props,
}
impl S3SourceProperties {
    /// A new value with its required properties: `BucketName`, `BucketPrefix`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bucket_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, bucket_prefix.into().into_expr());
        Self { props }
    }
    /// `S3InputFormatConfig`.
    pub fn s3_input_format_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3InputFormatConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3SourceProperties> for ::forma_core::Value<S3SourceProperties> {
    fn from(v: S3SourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `SAPODataSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataSourceProperties {
    props: ::forma_core::schema::Props,
}
impl SapoDataSourceProperties {
    /// A new value with its required properties: `ObjectPath`.
    pub fn new(object_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object_path.into().into_expr());
        Self { props }
    }
    /// SAP Source connector page size
    pub fn pagination_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataPaginationConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// SAP Source connector parallelism factor
    pub fn parallelism_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataParallelismConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SapoDataSourceProperties> for ::forma_core::Value<SapoDataSourceProperties> {
    fn from(v: SapoDataSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAPO_DATA_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `SalesforceSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceSourceProperties {
    props: ::forma_core::schema::Props,
}
impl SalesforceSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, object.into().into_expr());
        Self { props }
    }
    /// `DataTransferApi`.
    pub fn data_transfer_api(mut self, value: impl ::forma_core::schema::EnumArg<DataTransferApi>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `EnableDynamicFieldUpdate`.
    pub fn enable_dynamic_field_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludeDeletedRecords`.
    pub fn include_deleted_records(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceSourceProperties> for ::forma_core::Value<SalesforceSourceProperties> {
    fn from(v: SalesforceSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `ServiceNowSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowSourceProperties {
    props: ::forma_core::schema::Props,
}
impl ServiceNowSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceNowSourceProperties> for ::forma_core::Value<ServiceNowSourceProperties> {
    fn from(v: ServiceNowSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `SingularSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SingularSourceProperties {
    props: ::forma_core::schema::Props,
}
impl SingularSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SingularSourceProperties> for ::forma_core::Value<SingularSourceProperties> {
    fn from(v: SingularSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGULAR_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `SlackSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlackSourceProperties {
    props: ::forma_core::schema::Props,
}
impl SlackSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlackSourceProperties> for ::forma_core::Value<SlackSourceProperties> {
    fn from(v: SlackSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLACK_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `TrendmicroSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendmicroSourceProperties {
    props: ::forma_core::schema::Props,
}
impl TrendmicroSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrendmicroSourceProperties> for ::forma_core::Value<TrendmicroSourceProperties> {
    fn from(v: TrendmicroSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRENDMICRO_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `VeevaSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct VeevaSourceProperties {
    props: ::forma_core::schema::Props,
}
impl VeevaSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, object.into().into_expr());
        Self { props }
    }
    /// `DocumentType`.
    ///
    /// Allowed: length 0 to 512.
    pub fn document_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeAllVersions`.
    pub fn include_all_versions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludeRenditions`.
    pub fn include_renditions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IncludeSourceFiles`.
    pub fn include_source_files(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VeevaSourceProperties> for ::forma_core::Value<VeevaSourceProperties> {
    fn from(v: VeevaSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VEEVA_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `ZendeskSourceProperties` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZendeskSourceProperties {
    props: ::forma_core::schema::Props,
}
impl ZendeskSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ZendeskSourceProperties> for ::forma_core::Value<ZendeskSourceProperties> {
    fn from(v: ZendeskSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZENDESK_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `ErrorHandlingConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorHandlingConfig {
    props: ::forma_core::schema::Props,
}
impl ErrorHandlingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketName`.
    ///
    /// Allowed: length 3 to 63.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FailOnFirstError`.
    pub fn fail_on_first_error(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ErrorHandlingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ErrorHandlingConfig> for ::forma_core::Value<ErrorHandlingConfig> {
    fn from(v: ErrorHandlingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ERROR_HANDLING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `JSON`, `PARQUET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileType {
    /// `CSV`
    Csv,
    /// `JSON`
    Json,
    /// `PARQUET`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Parquet => "PARQUET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "JSON", "PARQUET"]
    }
}
impl ::std::convert::From<FileType> for ::forma_core::Value<FileType> {
    fn from(v: FileType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileType {}

/// The `S3OutputFormatConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3OutputFormatConfig {
    props: ::forma_core::schema::Props,
}
impl S3OutputFormatConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AggregationConfig`.
    pub fn aggregation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AggregationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FileType`.
    pub fn file_type(mut self, value: impl ::forma_core::schema::EnumArg<FileType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `PrefixConfig`.
    pub fn prefix_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<PrefixConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PreserveSourceDataTyping`.
    pub fn preserve_source_data_typing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3OutputFormatConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3OutputFormatConfig> for ::forma_core::Value<S3OutputFormatConfig> {
    fn from(v: S3OutputFormatConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OUTPUT_FORMAT_CONFIG_TYPE.properties))
    }
}

/// The `SuccessResponseHandlingConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SuccessResponseHandlingConfig {
    props: ::forma_core::schema::Props,
}
impl SuccessResponseHandlingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketName`.
    ///
    /// Allowed: length 3 to 63.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SuccessResponseHandlingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SuccessResponseHandlingConfig> for ::forma_core::Value<SuccessResponseHandlingConfig> {
    fn from(v: SuccessResponseHandlingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUCCESS_RESPONSE_HANDLING_CONFIG_TYPE.properties))
    }
}

/// The `UpsolverS3OutputFormatConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpsolverS3OutputFormatConfig {
    props: ::forma_core::schema::Props,
}
impl UpsolverS3OutputFormatConfig {
    /// A new value with its required properties: `PrefixConfig`.
    pub fn new(prefix_config: impl ::std::convert::Into<::forma_core::Value<PrefixConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, prefix_config.into().into_expr());
        Self { props }
    }
    /// `AggregationConfig`.
    pub fn aggregation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AggregationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FileType`.
    pub fn file_type(mut self, value: impl ::forma_core::schema::EnumArg<FileType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<UpsolverS3OutputFormatConfig> for ::forma_core::Value<UpsolverS3OutputFormatConfig> {
    fn from(v: UpsolverS3OutputFormatConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPSOLVER_S3_OUTPUT_FORMAT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SYNC`, `ASYNC`, `AUTOMATIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SYNC`
    Sync,
    /// `ASYNC`
    Async,
    /// `AUTOMATIC`
    Automatic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sync => "SYNC",
            Self::Async => "ASYNC",
            Self::Automatic => "AUTOMATIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SYNC", "ASYNC", "AUTOMATIC"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `CustomConnectorSourcePropertiesDataTransferApi` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomConnectorSourcePropertiesDataTransferApi {
    props: ::forma_core::schema::Props,
}
impl CustomConnectorSourcePropertiesDataTransferApi {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomConnectorSourcePropertiesDataTransferApi>
    for ::forma_core::Value<CustomConnectorSourcePropertiesDataTransferApi>
{
    fn from(v: CustomConnectorSourcePropertiesDataTransferApi) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CUSTOM_CONNECTOR_SOURCE_PROPERTIES_DATA_TRANSFER_API_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `CSV`, `JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3InputFileType {
    /// `CSV`
    Csv,
    /// `JSON`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3InputFileType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "JSON"]
    }
}
impl ::std::convert::From<S3InputFileType> for ::forma_core::Value<S3InputFileType> {
    fn from(v: S3InputFileType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3InputFileType {}

/// The `S3InputFormatConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3InputFormatConfig {
    props: ::forma_core::schema::Props,
}
impl S3InputFormatConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3InputFileType`.
    pub fn s3_input_file_type(mut self, value: impl ::forma_core::schema::EnumArg<S3InputFileType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for S3InputFormatConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3InputFormatConfig> for ::forma_core::Value<S3InputFormatConfig> {
    fn from(v: S3InputFormatConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_INPUT_FORMAT_CONFIG_TYPE.properties))
    }
}

/// SAP Source connector page size
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataPaginationConfig {
    props: ::forma_core::schema::Props,
}
impl SapoDataPaginationConfig {
    /// A new value with its required properties: `maxPageSize`.
    pub fn new(max_page_size: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_page_size.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SapoDataPaginationConfig> for ::forma_core::Value<SapoDataPaginationConfig> {
    fn from(v: SapoDataPaginationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAPO_DATA_PAGINATION_CONFIG_TYPE.properties))
    }
}

/// SAP Source connector parallelism factor
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataParallelismConfig {
    props: ::forma_core::schema::Props,
}
impl SapoDataParallelismConfig {
    /// A new value with its required properties: `maxParallelism`.
    pub fn new(max_parallelism: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_parallelism.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SapoDataParallelismConfig> for ::forma_core::Value<SapoDataParallelismConfig> {
    fn from(v: SapoDataParallelismConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAPO_DATA_PARALLELISM_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `SingleFile`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AggregationType {
    /// `None`
    None,
    /// `SingleFile`
    SingleFile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AggregationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::SingleFile => "SingleFile",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "SingleFile"]
    }
}
impl ::std::convert::From<AggregationType> for ::forma_core::Value<AggregationType> {
    fn from(v: AggregationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AggregationType {}

/// The `AggregationConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregationConfig {
    props: ::forma_core::schema::Props,
}
impl AggregationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AggregationType`.
    pub fn aggregation_type(mut self, value: impl ::forma_core::schema::EnumArg<AggregationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `TargetFileSize`.
    pub fn target_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AggregationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AggregationConfig> for ::forma_core::Value<AggregationConfig> {
    fn from(v: AggregationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGGREGATION_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXECUTION_ID`, `SCHEMA_VERSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PathPrefix {
    /// `EXECUTION_ID`
    ExecutionId,
    /// `SCHEMA_VERSION`
    SchemaVersion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PathPrefix {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExecutionId => "EXECUTION_ID",
            Self::SchemaVersion => "SCHEMA_VERSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXECUTION_ID", "SCHEMA_VERSION"]
    }
}
impl ::std::convert::From<PathPrefix> for ::forma_core::Value<PathPrefix> {
    fn from(v: PathPrefix) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PathPrefix {}

/// The values CloudFormation documents: `YEAR`, `MONTH`, `DAY`, `HOUR`, `MINUTE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrefixFormat {
    /// `YEAR`
    Year,
    /// `MONTH`
    Month,
    /// `DAY`
    Day,
    /// `HOUR`
    Hour,
    /// `MINUTE`
    Minute,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrefixFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Year => "YEAR",
            Self::Month => "MONTH",
            Self::Day => "DAY",
            Self::Hour => "HOUR",
            Self::Minute => "MINUTE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"]
    }
}
impl ::std::convert::From<PrefixFormat> for ::forma_core::Value<PrefixFormat> {
    fn from(v: PrefixFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrefixFormat {}

/// The values CloudFormation documents: `FILENAME`, `PATH`, `PATH_AND_FILENAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrefixType {
    /// `FILENAME`
    Filename,
    /// `PATH`
    Path,
    /// `PATH_AND_FILENAME`
    PathAndFilename,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrefixType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Filename => "FILENAME",
            Self::Path => "PATH",
            Self::PathAndFilename => "PATH_AND_FILENAME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FILENAME", "PATH", "PATH_AND_FILENAME"]
    }
}
impl ::std::convert::From<PrefixType> for ::forma_core::Value<PrefixType> {
    fn from(v: PrefixType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrefixType {}

/// The `PrefixConfig` property type of `AWS::AppFlow::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefixConfig {
    props: ::forma_core::schema::Props,
}
impl PrefixConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PathPrefixHierarchy`.
    pub fn path_prefix_hierarchy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PathPrefix>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PrefixFormat`.
    pub fn prefix_format(mut self, value: impl ::forma_core::schema::EnumArg<PrefixFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `PrefixType`.
    pub fn prefix_type(mut self, value: impl ::forma_core::schema::EnumArg<PrefixType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PrefixConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrefixConfig> for ::forma_core::Value<PrefixConfig> {
    fn from(v: PrefixConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFIX_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppFlow::Flow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppFlow::Flow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w!@#\\-.?,\\s]*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationFlowConfigList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DESTINATION_FLOW_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FlowName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9][\\w!@#.-]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Active", "Suspended", "Draft"]),
        },
        ::forma_core::schema::Property {
            name: "KMSArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:kms:.*:[0-9]+:.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetadataCatalogConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_CATALOG_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceFlowConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_FLOW_CONFIG_TYPE),
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
        ::forma_core::schema::Property {
            name: "Tasks",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TriggerConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRIGGER_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["FlowArn"],
};

static DESTINATION_FLOW_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.DestinationFlowConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProfileName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w/!@#+=.-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SAPOData",
                "Salesforce",
                "Pardot",
                "Singular",
                "Slack",
                "Redshift",
                "S3",
                "Marketo",
                "Googleanalytics",
                "Zendesk",
                "Servicenow",
                "Datadog",
                "Trendmicro",
                "Snowflake",
                "Dynatrace",
                "Infornexus",
                "Amplitude",
                "Veeva",
                "CustomConnector",
                "EventBridge",
                "Upsolver",
                "LookoutMetrics",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DestinationConnectorProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONNECTOR_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static METADATA_CATALOG_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.MetadataCatalogConfig",
    properties: &[::forma_core::schema::Property {
        name: "GlueDataCatalog",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GLUE_DATA_CATALOG_TYPE),
    }],
    rules: &[],
};

static SOURCE_FLOW_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SourceFlowConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProfileName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w/!@#+=.-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SAPOData",
                "Salesforce",
                "Pardot",
                "Singular",
                "Slack",
                "Redshift",
                "S3",
                "Marketo",
                "Googleanalytics",
                "Zendesk",
                "Servicenow",
                "Datadog",
                "Trendmicro",
                "Snowflake",
                "Dynatrace",
                "Infornexus",
                "Amplitude",
                "Veeva",
                "CustomConnector",
                "EventBridge",
                "Upsolver",
                "LookoutMetrics",
            ]),
        },
        ::forma_core::schema::Property {
            name: "IncrementalPullConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INCREMENTAL_PULL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceConnectorProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONNECTOR_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.Tag",
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

static TASK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.Task",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OPERATOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DestinationField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceFields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_PROPERTIES_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Arithmetic",
                "Filter",
                "Map",
                "Map_all",
                "Mask",
                "Merge",
                "Passthrough",
                "Truncate",
                "Validate",
                "Partition",
            ]),
        },
    ],
    rules: &[],
};

static TRIGGER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.TriggerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TriggerProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULED_TRIGGER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TriggerType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Scheduled", "Event", "OnDemand"]),
        },
    ],
    rules: &[],
};

static DESTINATION_CONNECTOR_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.DestinationConnectorProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomConnector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_CONNECTOR_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventBridge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_BRIDGE_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LookoutMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOOKOUT_METRICS_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARKETO_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Redshift",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SAPOData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAPO_DATA_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Snowflake",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Upsolver",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPSOLVER_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZENDESK_DESTINATION_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static GLUE_DATA_CATALOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.GlueDataCatalog",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:iam:.*:[0-9]+:.*"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "TablePrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static INCREMENTAL_PULL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.IncrementalPullConfig",
    properties: &[::forma_core::schema::Property {
        name: "DatetimeTypeFieldName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static SOURCE_CONNECTOR_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SourceConnectorProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amplitude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMPLITUDE_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomConnector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_CONNECTOR_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Datadog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATADOG_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Dynatrace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNATRACE_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GoogleAnalytics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GOOGLE_ANALYTICS_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InforNexus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFOR_NEXUS_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARKETO_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Pardot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARDOT_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SAPOData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAPO_DATA_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceNow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Singular",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SINGULAR_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Slack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLACK_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Trendmicro",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRENDMICRO_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Veeva",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VEEVA_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZENDESK_SOURCE_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static CONNECTOR_OPERATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.ConnectorOperator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amplitude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BETWEEN"]),
        },
        ::forma_core::schema::Property {
            name: "CustomConnector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "CONTAINS",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Datadog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "BETWEEN",
                "EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Dynatrace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "BETWEEN",
                "EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "GoogleAnalytics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROJECTION", "BETWEEN"]),
        },
        ::forma_core::schema::Property {
            name: "InforNexus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "BETWEEN",
                "EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "BETWEEN",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Pardot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "EQUAL_TO",
                "NO_OP",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SAPOData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "CONTAINS",
                "GREATER_THAN",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "CONTAINS",
                "GREATER_THAN",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ServiceNow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "CONTAINS",
                "GREATER_THAN",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Singular",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Slack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "BETWEEN",
                "EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Trendmicro",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Veeva",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "GREATER_THAN",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
    ],
    rules: &[],
};

static TASK_PROPERTIES_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.TaskPropertiesObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "VALUE",
                "VALUES",
                "DATA_TYPE",
                "UPPER_BOUND",
                "LOWER_BOUND",
                "SOURCE_DATA_TYPE",
                "DESTINATION_DATA_TYPE",
                "VALIDATION_ACTION",
                "MASK_VALUE",
                "MASK_LENGTH",
                "TRUNCATE_LENGTH",
                "MATH_OPERATION_FIELDS_ORDER",
                "CONCAT_FORMAT",
                "SUBFIELD_CATEGORY_MAP",
                "EXCLUDE_SOURCE_FIELDS_LIST",
                "INCLUDE_NEW_FIELDS",
                "ORDERED_PARTITION_KEYS_LIST",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".+"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static SCHEDULED_TRIGGER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.ScheduledTriggerProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataPullMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Incremental", "Complete"]),
        },
        ::forma_core::schema::Property {
            name: "FirstExecutionFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowErrorDeactivationThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleEndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(36000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_CONNECTOR_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.CustomConnectorDestinationProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "CustomProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("\\S+"),
                        min_length: Some(1),
                        max_length: Some(2048),
                    },
                )),
            },
            ::forma_core::schema::Property {
                name: "EntityName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "ErrorHandlingConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "IdFieldNames",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^\\S+$"),
                        min_length: Some(0),
                        max_length: Some(128),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "WriteOperationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["INSERT", "UPSERT", "UPDATE", "DELETE"]),
            },
        ],
        rules: &[],
    };

static EVENT_BRIDGE_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.EventBridgeDestinationProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "ErrorHandlingConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Object",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static LOOKOUT_METRICS_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.LookoutMetricsDestinationProperties",
        properties: &[::forma_core::schema::Property {
            name: "Object",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        }],
        rules: &[],
    };

static MARKETO_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.MarketoDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorHandlingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static REDSHIFT_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.RedshiftDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorHandlingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntermediateBucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static S3_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.S3DestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputFormatConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_OUTPUT_FORMAT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SAPO_DATA_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SAPODataDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorHandlingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdFieldNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ObjectPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "SuccessResponseHandlingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUCCESS_RESPONSE_HANDLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WriteOperationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INSERT", "UPSERT", "UPDATE", "DELETE"]),
        },
    ],
    rules: &[],
};

static SALESFORCE_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.SalesforceDestinationProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataTransferApi",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "BULKV2", "REST_SYNC"]),
            },
            ::forma_core::schema::Property {
                name: "ErrorHandlingConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "IdFieldNames",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^\\S+$"),
                        min_length: Some(0),
                        max_length: Some(128),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Object",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "WriteOperationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["INSERT", "UPSERT", "UPDATE", "DELETE"]),
            },
        ],
        rules: &[],
    };

static SNOWFLAKE_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SnowflakeDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorHandlingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntermediateBucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static UPSOLVER_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.UpsolverDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(upsolver-appflow)\\S*"),
                min_length: Some(16),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputFormatConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPSOLVER_S3_OUTPUT_FORMAT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static ZENDESK_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.ZendeskDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorHandlingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_HANDLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdFieldNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "WriteOperationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INSERT", "UPSERT", "UPDATE", "DELETE"]),
        },
    ],
    rules: &[],
};

static AMPLITUDE_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.AmplitudeSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static CUSTOM_CONNECTOR_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.CustomConnectorSourceProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "CustomProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("\\S+"),
                        min_length: Some(1),
                        max_length: Some(2048),
                    },
                )),
            },
            ::forma_core::schema::Property {
                name: "DataTransferApi",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CUSTOM_CONNECTOR_SOURCE_PROPERTIES_DATA_TRANSFER_API_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EntityName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };

static DATADOG_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.DatadogSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static DYNATRACE_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.DynatraceSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static GOOGLE_ANALYTICS_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.GoogleAnalyticsSourceProperties",
        properties: &[::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        }],
        rules: &[],
    };

static INFOR_NEXUS_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.InforNexusSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static MARKETO_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.MarketoSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static PARDOT_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.PardotSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static S3_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.S3SourceProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3InputFormatConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_INPUT_FORMAT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SAPO_DATA_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SAPODataSourceProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "paginationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAPO_DATA_PAGINATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "parallelismConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAPO_DATA_PARALLELISM_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SALESFORCE_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SalesforceSourceProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataTransferApi",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "BULKV2", "REST_SYNC"]),
        },
        ::forma_core::schema::Property {
            name: "EnableDynamicFieldUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeDeletedRecords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_NOW_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.ServiceNowSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static SINGULAR_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SingularSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static SLACK_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SlackSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static TRENDMICRO_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.TrendmicroSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static VEEVA_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.VeevaSourceProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocumentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\w_-]+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "IncludeAllVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeRenditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeSourceFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static ZENDESK_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.ZendeskSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static ERROR_HANDLING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.ErrorHandlingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "FailOnFirstError",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static S3_OUTPUT_FORMAT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.S3OutputFormatConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGGREGATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FileType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "JSON", "PARQUET"]),
        },
        ::forma_core::schema::Property {
            name: "PrefixConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREFIX_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreserveSourceDataTyping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SUCCESS_RESPONSE_HANDLING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SuccessResponseHandlingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static UPSOLVER_S3_OUTPUT_FORMAT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.UpsolverS3OutputFormatConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGGREGATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FileType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "JSON", "PARQUET"]),
        },
        ::forma_core::schema::Property {
            name: "PrefixConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREFIX_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOM_CONNECTOR_SOURCE_PROPERTIES_DATA_TRANSFER_API_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Flow.CustomConnectorSourcePropertiesDataTransferApi",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\w/-]+"),
                    min_length: Some(0),
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SYNC", "ASYNC", "AUTOMATIC"]),
            },
        ],
        rules: &[],
    };

static S3_INPUT_FORMAT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.S3InputFormatConfig",
    properties: &[::forma_core::schema::Property {
        name: "S3InputFileType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CSV", "JSON"]),
    }],
    rules: &[],
};

static SAPO_DATA_PAGINATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SAPODataPaginationConfig",
    properties: &[::forma_core::schema::Property {
        name: "maxPageSize",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10000.0),
        }),
    }],
    rules: &[],
};

static SAPO_DATA_PARALLELISM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.SAPODataParallelismConfig",
    properties: &[::forma_core::schema::Property {
        name: "maxParallelism",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10.0),
        }),
    }],
    rules: &[],
};

static AGGREGATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.AggregationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "SingleFile"]),
        },
        ::forma_core::schema::Property {
            name: "TargetFileSize",
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

static PREFIX_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Flow.PrefixConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "PathPrefixHierarchy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["EXECUTION_ID", "SCHEMA_VERSION"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PrefixFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"]),
        },
        ::forma_core::schema::Property {
            name: "PrefixType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FILENAME", "PATH", "PATH_AND_FILENAME"]),
        },
    ],
    rules: &[],
};
