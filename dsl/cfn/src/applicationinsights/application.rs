// @generated from AWS::ApplicationInsights::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationInsights::Application` and its property types.

/// Resource Type definition for AWS::ApplicationInsights::Application
///
/// CloudFormation type `AWS::ApplicationInsights::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `ResourceGroupName`.
    #[track_caller]
    pub fn new(resource_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, resource_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// If set to true, the managed policies for SSM and CW will be attached to the instance roles if they are missing
    #[track_caller]
    pub fn attach_missing_permission(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If set to true, application will be configured with recommended monitoring configuration.
    #[track_caller]
    pub fn auto_configuration_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether Application Insights can listen to CloudWatch events for the application resources.
    #[track_caller]
    pub fn cwe_monitor_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The monitoring settings of the components.
    #[track_caller]
    pub fn component_monitoring_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentMonitoringSetting>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The custom grouped components.
    #[track_caller]
    pub fn custom_components(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomComponent>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The grouping type of the application
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn grouping_type(mut self, value: impl ::forma_core::schema::EnumArg<GroupingType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The log pattern sets.
    #[track_caller]
    pub fn log_pattern_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogPatternSet>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When set to true, creates opsItems for any problems detected on an application.
    #[track_caller]
    pub fn ops_center_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SNS topic provided to Application Insights that is associated to the created opsItem.
    ///
    /// Allowed: length 20 to 300.
    #[track_caller]
    pub fn ops_item_sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Application Insights sends notifications to this SNS topic whenever there is a problem update in the associated application.
    ///
    /// Allowed: length 20 to 300.
    #[track_caller]
    pub fn sns_notification_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags of Application Insights application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationInsights::Application"
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
/// The attributes of a `AWS::ApplicationInsights::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `ApplicationARN`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationARN")
    }
}

/// The values CloudFormation documents: `ACCOUNT_BASED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupingType {
    /// `ACCOUNT_BASED`
    AccountBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GroupingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountBased => "ACCOUNT_BASED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT_BASED"]
    }
}
impl ::std::convert::From<GroupingType> for ::forma_core::Value<GroupingType> {
    fn from(v: GroupingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GroupingType {}

/// The values CloudFormation documents: `DEFAULT`, `DEFAULT_WITH_OVERWRITE`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComponentConfigurationMode {
    /// `DEFAULT`
    Default,
    /// `DEFAULT_WITH_OVERWRITE`
    DefaultWithOverwrite,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComponentConfigurationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::DefaultWithOverwrite => "DEFAULT_WITH_OVERWRITE",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "DEFAULT_WITH_OVERWRITE", "CUSTOM"]
    }
}
impl ::std::convert::From<ComponentConfigurationMode> for ::forma_core::Value<ComponentConfigurationMode> {
    fn from(v: ComponentConfigurationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComponentConfigurationMode {}

/// The monitoring setting of the component.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentMonitoringSetting {
    props: ::forma_core::schema::Props,
}
impl ComponentMonitoringSetting {
    /// A new value with its required properties: `ComponentConfigurationMode`, `Tier`.
    ///
    /// CloudFormation also needs exactly one of `ComponentName` or `ComponentARN`.
    pub fn new(
        component_configuration_mode: impl ::forma_core::schema::EnumArg<ComponentConfigurationMode>,
        tier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, component_configuration_mode.into_enum_expr());
        props.set(5, tier.into().into_expr());
        Self { props }
    }
    /// The ARN of the compnonent.
    ///
    /// Allowed: length 20 to 300.
    pub fn component_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the component.
    ///
    /// Allowed: length 1 to 128.
    pub fn component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The monitoring configuration of the component.
    pub fn custom_component_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The overwritten settings on default component monitoring configuration.
    pub fn default_overwrite_component_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComponentMonitoringSetting> for ::forma_core::Value<ComponentMonitoringSetting> {
    fn from(v: ComponentMonitoringSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_MONITORING_SETTING_TYPE.properties))
    }
}

/// The custom grouped component.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomComponent {
    props: ::forma_core::schema::Props,
}
impl CustomComponent {
    /// A new value with its required properties: `ComponentName`, `ResourceList`.
    pub fn new(
        component_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, component_name.into().into_expr());
        props.set(1, resource_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomComponent> for ::forma_core::Value<CustomComponent> {
    fn from(v: CustomComponent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_COMPONENT_TYPE.properties))
    }
}

/// The log pattern set.
#[derive(Debug, Clone, PartialEq)]
pub struct LogPatternSet {
    props: ::forma_core::schema::Props,
}
impl LogPatternSet {
    /// A new value with its required properties: `LogPatterns`, `PatternSetName`.
    pub fn new(
        log_patterns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogPattern>>>,
        pattern_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_patterns.into().into_expr());
        props.set(1, pattern_set_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogPatternSet> for ::forma_core::Value<LogPatternSet> {
    fn from(v: LogPatternSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_PATTERN_SET_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The configuration settings of the component.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComponentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration settings
    pub fn configuration_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfigurationDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Sub component configurations of the component.
    pub fn sub_component_type_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubComponentTypeConfiguration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentConfiguration> for ::forma_core::Value<ComponentConfiguration> {
    fn from(v: ComponentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CONFIGURATION_TYPE.properties))
    }
}

/// The log pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct LogPattern {
    props: ::forma_core::schema::Props,
}
impl LogPattern {
    /// A new value with its required properties: `Pattern`, `PatternName`, `Rank`.
    pub fn new(
        pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pattern_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rank: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, pattern.into().into_expr());
        props.set(1, pattern_name.into().into_expr());
        props.set(2, rank.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogPattern> for ::forma_core::Value<LogPattern> {
    fn from(v: LogPattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_PATTERN_TYPE.properties))
    }
}

/// The configuration settings.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationDetails {
    props: ::forma_core::schema::Props,
}
impl ConfigurationDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of metrics to monitor for the component.
    pub fn alarm_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AlarmMetric>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of alarms to monitor for the component.
    pub fn alarms(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Alarm>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The HA cluster Prometheus Exporter settings.
    pub fn ha_cluster_prometheus_exporter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HaClusterPrometheusExporter>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The HANA DB Prometheus Exporter settings.
    pub fn hana_prometheus_exporter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HanaPrometheusExporter>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The JMX Prometheus Exporter settings.
    pub fn jmx_prometheus_exporter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JmxPrometheusExporter>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of logs to monitor for the component.
    pub fn logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Log>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The NetWeaver Prometheus Exporter settings.
    pub fn net_weaver_prometheus_exporter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetWeaverPrometheusExporter>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A list of processes to monitor for the component.
    pub fn processes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Process>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The SQL Prometheus Exporter settings.
    pub fn sql_server_prometheus_exporter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqlServerPrometheusExporter>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A list of Windows Events to log.
    pub fn windows_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WindowsEvent>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigurationDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigurationDetails> for ::forma_core::Value<ConfigurationDetails> {
    fn from(v: ConfigurationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS::EC2::Instance`, `AWS::EC2::Volume`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubComponentType {
    /// `AWS::EC2::Instance`
    AwsEc2Instance,
    /// `AWS::EC2::Volume`
    AwsEc2Volume,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SubComponentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsEc2Instance => "AWS::EC2::Instance",
            Self::AwsEc2Volume => "AWS::EC2::Volume",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS::EC2::Instance", "AWS::EC2::Volume"]
    }
}
impl ::std::convert::From<SubComponentType> for ::forma_core::Value<SubComponentType> {
    fn from(v: SubComponentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SubComponentType {}

/// One type sub component configurations for the component.
#[derive(Debug, Clone, PartialEq)]
pub struct SubComponentTypeConfiguration {
    props: ::forma_core::schema::Props,
}
impl SubComponentTypeConfiguration {
    /// A new value with its required properties: `SubComponentConfigurationDetails`, `SubComponentType`.
    pub fn new(
        sub_component_configuration_details: impl ::std::convert::Into<
            ::forma_core::Value<SubComponentConfigurationDetails>,
        >,
        sub_component_type: impl ::forma_core::schema::EnumArg<SubComponentType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sub_component_configuration_details.into().into_expr());
        props.set(1, sub_component_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubComponentTypeConfiguration> for ::forma_core::Value<SubComponentTypeConfiguration> {
    fn from(v: SubComponentTypeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUB_COMPONENT_TYPE_CONFIGURATION_TYPE.properties))
    }
}

/// A metric to be monitored for the component.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmMetric {
    props: ::forma_core::schema::Props,
}
impl AlarmMetric {
    /// A new value with its required properties: `AlarmMetricName`.
    pub fn new(alarm_metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_metric_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AlarmMetric> for ::forma_core::Value<AlarmMetric> {
    fn from(v: AlarmMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_METRIC_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HIGH`, `MEDIUM`, `LOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Severity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HIGH", "MEDIUM", "LOW"]
    }
}
impl ::std::convert::From<Severity> for ::forma_core::Value<Severity> {
    fn from(v: Severity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Severity {}

/// A CloudWatch alarm to be monitored for the component.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    props: ::forma_core::schema::Props,
}
impl Alarm {
    /// A new value with its required properties: `AlarmName`.
    pub fn new(alarm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_name.into().into_expr());
        Self { props }
    }
    /// Indicates the degree of outage when the alarm goes off.
    pub fn severity(mut self, value: impl ::forma_core::schema::EnumArg<Severity>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Alarm> for ::forma_core::Value<Alarm> {
    fn from(v: Alarm) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_TYPE.properties))
    }
}

/// The HA cluster Prometheus Exporter settings.
#[derive(Debug, Clone, PartialEq)]
pub struct HaClusterPrometheusExporter {
    props: ::forma_core::schema::Props,
}
impl HaClusterPrometheusExporter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Prometheus exporter port.
    pub fn prometheus_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HaClusterPrometheusExporter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HaClusterPrometheusExporter> for ::forma_core::Value<HaClusterPrometheusExporter> {
    fn from(v: HaClusterPrometheusExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HA_CLUSTER_PROMETHEUS_EXPORTER_TYPE.properties))
    }
}

/// The HANA DB Prometheus Exporter settings.
#[derive(Debug, Clone, PartialEq)]
pub struct HanaPrometheusExporter {
    props: ::forma_core::schema::Props,
}
impl HanaPrometheusExporter {
    /// A new value with its required properties: `AgreeToInstallHANADBClient`, `HANAPort`, `HANASID`, `HANASecretName`.
    pub fn new(
        agree_to_install_hanadb_client: impl ::std::convert::Into<::forma_core::Value<bool>>,
        hana_port: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hanasid: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hana_secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agree_to_install_hanadb_client.into().into_expr());
        props.set(1, hana_port.into().into_expr());
        props.set(2, hanasid.into().into_expr());
        props.set(3, hana_secret_name.into().into_expr());
        Self { props }
    }
    /// Prometheus exporter port.
    pub fn prometheus_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HanaPrometheusExporter> for ::forma_core::Value<HanaPrometheusExporter> {
    fn from(v: HanaPrometheusExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HANA_PROMETHEUS_EXPORTER_TYPE.properties))
    }
}

/// The JMX Prometheus Exporter settings.
#[derive(Debug, Clone, PartialEq)]
pub struct JmxPrometheusExporter {
    props: ::forma_core::schema::Props,
}
impl JmxPrometheusExporter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Java agent host port
    pub fn host_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// JMX service URL.
    pub fn jmxurl(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Prometheus exporter port.
    pub fn prometheus_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JmxPrometheusExporter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JmxPrometheusExporter> for ::forma_core::Value<JmxPrometheusExporter> {
    fn from(v: JmxPrometheusExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JMX_PROMETHEUS_EXPORTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `utf-8`, `utf-16`, `ascii`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// `utf-8`
    Utf8,
    /// `utf-16`
    Utf16,
    /// `ascii`
    Ascii,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Encoding {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Utf8 => "utf-8",
            Self::Utf16 => "utf-16",
            Self::Ascii => "ascii",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["utf-8", "utf-16", "ascii"]
    }
}
impl ::std::convert::From<Encoding> for ::forma_core::Value<Encoding> {
    fn from(v: Encoding) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Encoding {}

/// A log to be monitored for the component.
#[derive(Debug, Clone, PartialEq)]
pub struct Log {
    props: ::forma_core::schema::Props,
}
impl Log {
    /// A new value with its required properties: `LogType`.
    pub fn new(log_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, log_type.into().into_expr());
        Self { props }
    }
    /// The type of encoding of the logs to be monitored.
    pub fn encoding(mut self, value: impl ::forma_core::schema::EnumArg<Encoding>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The CloudWatch log group name to be associated to the monitored log.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The path of the logs to be monitored.
    ///
    /// Allowed: length 1 to 260.
    pub fn log_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the log pattern set.
    ///
    /// Allowed: length 1 to 30.
    pub fn pattern_set(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Log> for ::forma_core::Value<Log> {
    fn from(v: Log) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_TYPE.properties))
    }
}

/// The NetWeaver Prometheus Exporter Settings.
#[derive(Debug, Clone, PartialEq)]
pub struct NetWeaverPrometheusExporter {
    props: ::forma_core::schema::Props,
}
impl NetWeaverPrometheusExporter {
    /// A new value with its required properties: `InstanceNumbers`, `SAPSID`.
    pub fn new(
        instance_numbers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        sapsid: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_numbers.into().into_expr());
        props.set(2, sapsid.into().into_expr());
        Self { props }
    }
    /// Prometheus exporter port.
    pub fn prometheus_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetWeaverPrometheusExporter> for ::forma_core::Value<NetWeaverPrometheusExporter> {
    fn from(v: NetWeaverPrometheusExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NET_WEAVER_PROMETHEUS_EXPORTER_TYPE.properties))
    }
}

/// A process to be monitored for the component.
#[derive(Debug, Clone, PartialEq)]
pub struct Process {
    props: ::forma_core::schema::Props,
}
impl Process {
    /// A new value with its required properties: `AlarmMetrics`, `ProcessName`.
    pub fn new(
        alarm_metrics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AlarmMetric>>>,
        process_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_metrics.into().into_expr());
        props.set(1, process_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Process> for ::forma_core::Value<Process> {
    fn from(v: Process) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESS_TYPE.properties))
    }
}

/// The SQL prometheus exporter settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlServerPrometheusExporter {
    props: ::forma_core::schema::Props,
}
impl SqlServerPrometheusExporter {
    /// A new value with its required properties: `PrometheusPort`, `SQLSecretName`.
    pub fn new(
        prometheus_port: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sql_secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, prometheus_port.into().into_expr());
        props.set(1, sql_secret_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SqlServerPrometheusExporter> for ::forma_core::Value<SqlServerPrometheusExporter> {
    fn from(v: SqlServerPrometheusExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_SERVER_PROMETHEUS_EXPORTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INFORMATION`, `WARNING`, `ERROR`, `CRITICAL`, `VERBOSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventLevel {
    /// `INFORMATION`
    Information,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `CRITICAL`
    Critical,
    /// `VERBOSE`
    Verbose,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Information => "INFORMATION",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Critical => "CRITICAL",
            Self::Verbose => "VERBOSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INFORMATION", "WARNING", "ERROR", "CRITICAL", "VERBOSE"]
    }
}
impl ::std::convert::From<EventLevel> for ::forma_core::Value<EventLevel> {
    fn from(v: EventLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventLevel {}

/// A Windows Event to be monitored for the component.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowsEvent {
    props: ::forma_core::schema::Props,
}
impl WindowsEvent {
    /// A new value with its required properties: `EventLevels`, `EventName`, `LogGroupName`.
    pub fn new(
        event_levels: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventLevel>>>,
        event_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_levels.into().into_expr());
        props.set(1, event_name.into().into_expr());
        props.set(2, log_group_name.into().into_expr());
        Self { props }
    }
    /// The name of the log pattern set.
    ///
    /// Allowed: length 1 to 30.
    pub fn pattern_set(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WindowsEvent> for ::forma_core::Value<WindowsEvent> {
    fn from(v: WindowsEvent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WINDOWS_EVENT_TYPE.properties))
    }
}

/// The configuration settings of sub components.
#[derive(Debug, Clone, PartialEq)]
pub struct SubComponentConfigurationDetails {
    props: ::forma_core::schema::Props,
}
impl SubComponentConfigurationDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of metrics to monitor for the component.
    pub fn alarm_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AlarmMetric>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of logs to monitor for the component.
    pub fn logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Log>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of processes to monitor for the component.
    pub fn processes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Process>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A list of Windows Events to log.
    pub fn windows_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WindowsEvent>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SubComponentConfigurationDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SubComponentConfigurationDetails> for ::forma_core::Value<SubComponentConfigurationDetails> {
    fn from(v: SubComponentConfigurationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUB_COMPONENT_CONFIGURATION_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::ApplicationInsights::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationInsights::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttachMissingPermission",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoConfigurationEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CWEMonitorEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ComponentMonitoringSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_MONITORING_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomComponents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_COMPONENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GroupingType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT_BASED"]),
        },
        ::forma_core::schema::Property {
            name: "LogPatternSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_PATTERN_SET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OpsCenterEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OpsItemSNSTopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$"),
                min_length: Some(20),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.-_]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SNSNotificationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$"),
                min_length: Some(20),
                max_length: Some(300),
            }),
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
    attributes: &["ApplicationARN"],
};

static COMPONENT_MONITORING_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.ComponentMonitoringSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$"),
                min_length: Some(20),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComponentConfigurationMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "DEFAULT_WITH_OVERWRITE", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "ComponentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\d\\w\\-_.+]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomComponentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultOverwriteComponentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z][A-Z_]*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ComponentName"], &["ComponentARN"]])],
};

static CUSTOM_COMPONENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.CustomComponent",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\d\\w\\-_.+]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$"),
                    min_length: Some(20),
                    max_length: Some(300),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static LOG_PATTERN_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.LogPatternSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogPatterns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_PATTERN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PatternSetName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.-_]*"),
                min_length: Some(1),
                max_length: Some(30),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static COMPONENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.ComponentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubComponentTypeConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUB_COMPONENT_TYPE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static LOG_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.LogPattern",
    properties: &[
        ::forma_core::schema::Property {
            name: "Pattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "PatternName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.-_]*"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Rank",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CONFIGURATION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.ConfigurationDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ALARM_METRIC_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Alarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ALARM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HAClusterPrometheusExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HA_CLUSTER_PROMETHEUS_EXPORTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HANAPrometheusExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HANA_PROMETHEUS_EXPORTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JMXPrometheusExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JMX_PROMETHEUS_EXPORTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Logs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetWeaverPrometheusExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NET_WEAVER_PROMETHEUS_EXPORTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Processes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SQLServerPrometheusExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQL_SERVER_PROMETHEUS_EXPORTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WindowsEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WINDOWS_EVENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SUB_COMPONENT_TYPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.SubComponentTypeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubComponentConfigurationDetails",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUB_COMPONENT_CONFIGURATION_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubComponentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS::EC2::Instance", "AWS::EC2::Volume"]),
        },
    ],
    rules: &[],
};

static ALARM_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.AlarmMetric",
    properties: &[::forma_core::schema::Property {
        name: "AlarmMetricName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ALARM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.Alarm",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Severity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HIGH", "MEDIUM", "LOW"]),
        },
    ],
    rules: &[],
};

static HA_CLUSTER_PROMETHEUS_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.HAClusterPrometheusExporter",
    properties: &[::forma_core::schema::Property {
        name: "PrometheusPort",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static HANA_PROMETHEUS_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.HANAPrometheusExporter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgreeToInstallHANADBClient",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HANAPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HANASID",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HANASecretName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrometheusPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JMX_PROMETHEUS_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.JMXPrometheusExporter",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JMXURL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrometheusPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.Log",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encoding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["utf-8", "utf-16", "ascii"]),
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_/#A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z]:\\\\[\\\\\\S|*\\S]?.*|/[^\"']*)$"),
                min_length: Some(1),
                max_length: Some(260),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z][A-Z_]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PatternSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.-_]*"),
                min_length: Some(1),
                max_length: Some(30),
            }),
        },
    ],
    rules: &[],
};

static NET_WEAVER_PROMETHEUS_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.NetWeaverPrometheusExporter",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceNumbers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\b([0-9]|[0-9][0-9])\\b"),
                    min_length: Some(1),
                    max_length: Some(2),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PrometheusPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SAPSID",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.Process",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmMetrics",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ALARM_METRIC_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_,-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SQL_SERVER_PROMETHEUS_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.SQLServerPrometheusExporter",
    properties: &[
        ::forma_core::schema::Property {
            name: "PrometheusPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SQLSecretName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static WINDOWS_EVENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationInsights::Application.WindowsEvent",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventLevels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["INFORMATION", "WARNING", "ERROR", "CRITICAL", "VERBOSE"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_ \\\\/-]+$"),
                min_length: Some(1),
                max_length: Some(260),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_/#A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "PatternSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.-_]*"),
                min_length: Some(1),
                max_length: Some(30),
            }),
        },
    ],
    rules: &[],
};

static SUB_COMPONENT_CONFIGURATION_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationInsights::Application.SubComponentConfigurationDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "AlarmMetrics",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ALARM_METRIC_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Logs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&LOG_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Processes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PROCESS_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "WindowsEvents",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&WINDOWS_EVENT_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };
