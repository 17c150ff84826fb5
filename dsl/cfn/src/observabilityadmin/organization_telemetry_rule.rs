// @generated from AWS::ObservabilityAdmin::OrganizationTelemetryRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ObservabilityAdmin::OrganizationTelemetryRule` and its property types.

/// The AWS::ObservabilityAdmin::OrganizationTelemetryRule resource defines a CloudWatch Observability Admin Organization Telemetry Rule.
///
/// CloudFormation type `AWS::ObservabilityAdmin::OrganizationTelemetryRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationTelemetryRule {
    props: ::forma_core::schema::Props,
}
impl OrganizationTelemetryRule {
    /// A new resource with its required properties: `Rule`, `RuleName`.
    #[track_caller]
    pub fn new(
        rule: impl ::std::convert::Into<::forma_core::Value<TelemetryRule>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, rule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, rule_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OrganizationTelemetryRule {
    type Attributes = OrganizationTelemetryRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::ObservabilityAdmin::OrganizationTelemetryRule"
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
/// The attributes of a `AWS::ObservabilityAdmin::OrganizationTelemetryRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationTelemetryRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationTelemetryRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationTelemetryRuleAttributes {
    /// `Fn::GetAtt` `RuleArn`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleArn")
    }
    /// `Fn::GetAtt` `RegionStatuses`.
    pub fn region_statuses(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RegionStatuses")
    }
}

/// The values CloudFormation documents: `AWS::EC2::VPC`, `AWS::WAFv2::WebACL`, `AWS::CloudTrail`, `AWS::EKS::Cluster`, `AWS::ElasticLoadBalancingV2::LoadBalancer`, `AWS::EC2::Instance`, `AWS::SecurityHub::Hub`, `AWS::SecurityHub::HubV2`, `AWS::S3::Bucket`, `AWS::MSK::Cluster`, `AWS::CloudFront::Distribution`, `AWS::CloudWatch::OTelEnrichment`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `AWS::EC2::VPC`
    AwsEc2Vpc,
    /// `AWS::WAFv2::WebACL`
    AwsWaFv2WebAcl,
    /// `AWS::CloudTrail`
    AwsCloudTrail,
    /// `AWS::EKS::Cluster`
    AwsEksCluster,
    /// `AWS::ElasticLoadBalancingV2::LoadBalancer`
    AwsElasticLoadBalancingV2LoadBalancer,
    /// `AWS::EC2::Instance`
    AwsEc2Instance,
    /// `AWS::SecurityHub::Hub`
    AwsSecurityHubHub,
    /// `AWS::SecurityHub::HubV2`
    AwsSecurityHubHubV2,
    /// `AWS::S3::Bucket`
    AwsS3Bucket,
    /// `AWS::MSK::Cluster`
    AwsMskCluster,
    /// `AWS::CloudFront::Distribution`
    AwsCloudFrontDistribution,
    /// `AWS::CloudWatch::OTelEnrichment`
    AwsCloudWatchOTelEnrichment,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsEc2Vpc => "AWS::EC2::VPC",
            Self::AwsWaFv2WebAcl => "AWS::WAFv2::WebACL",
            Self::AwsCloudTrail => "AWS::CloudTrail",
            Self::AwsEksCluster => "AWS::EKS::Cluster",
            Self::AwsElasticLoadBalancingV2LoadBalancer => "AWS::ElasticLoadBalancingV2::LoadBalancer",
            Self::AwsEc2Instance => "AWS::EC2::Instance",
            Self::AwsSecurityHubHub => "AWS::SecurityHub::Hub",
            Self::AwsSecurityHubHubV2 => "AWS::SecurityHub::HubV2",
            Self::AwsS3Bucket => "AWS::S3::Bucket",
            Self::AwsMskCluster => "AWS::MSK::Cluster",
            Self::AwsCloudFrontDistribution => "AWS::CloudFront::Distribution",
            Self::AwsCloudWatchOTelEnrichment => "AWS::CloudWatch::OTelEnrichment",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AWS::EC2::VPC",
            "AWS::WAFv2::WebACL",
            "AWS::CloudTrail",
            "AWS::EKS::Cluster",
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::EC2::Instance",
            "AWS::SecurityHub::Hub",
            "AWS::SecurityHub::HubV2",
            "AWS::S3::Bucket",
            "AWS::MSK::Cluster",
            "AWS::CloudFront::Distribution",
            "AWS::CloudWatch::OTelEnrichment",
        ]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The values CloudFormation documents: `VPC_FLOW_LOGS`, `ROUTE53_RESOLVER_QUERY_LOGS`, `EKS_AUDIT_LOGS`, `EKS_AUTHENTICATOR_LOGS`, `EKS_CONTROLLER_MANAGER_LOGS`, `EKS_SCHEDULER_LOGS`, `EKS_API_LOGS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TelemetrySourceType {
    /// `VPC_FLOW_LOGS`
    VpcFlowLogs,
    /// `ROUTE53_RESOLVER_QUERY_LOGS`
    Route53ResolverQueryLogs,
    /// `EKS_AUDIT_LOGS`
    EksAuditLogs,
    /// `EKS_AUTHENTICATOR_LOGS`
    EksAuthenticatorLogs,
    /// `EKS_CONTROLLER_MANAGER_LOGS`
    EksControllerManagerLogs,
    /// `EKS_SCHEDULER_LOGS`
    EksSchedulerLogs,
    /// `EKS_API_LOGS`
    EksApiLogs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TelemetrySourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VpcFlowLogs => "VPC_FLOW_LOGS",
            Self::Route53ResolverQueryLogs => "ROUTE53_RESOLVER_QUERY_LOGS",
            Self::EksAuditLogs => "EKS_AUDIT_LOGS",
            Self::EksAuthenticatorLogs => "EKS_AUTHENTICATOR_LOGS",
            Self::EksControllerManagerLogs => "EKS_CONTROLLER_MANAGER_LOGS",
            Self::EksSchedulerLogs => "EKS_SCHEDULER_LOGS",
            Self::EksApiLogs => "EKS_API_LOGS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "VPC_FLOW_LOGS",
            "ROUTE53_RESOLVER_QUERY_LOGS",
            "EKS_AUDIT_LOGS",
            "EKS_AUTHENTICATOR_LOGS",
            "EKS_CONTROLLER_MANAGER_LOGS",
            "EKS_SCHEDULER_LOGS",
            "EKS_API_LOGS",
        ]
    }
}
impl ::std::convert::From<TelemetrySourceType> for ::forma_core::Value<TelemetrySourceType> {
    fn from(v: TelemetrySourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TelemetrySourceType {}

/// The values CloudFormation documents: `Logs`, `Metrics`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TelemetryType {
    /// `Logs`
    Logs,
    /// `Metrics`
    Metrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TelemetryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Logs => "Logs",
            Self::Metrics => "Metrics",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Logs", "Metrics"]
    }
}
impl ::std::convert::From<TelemetryType> for ::forma_core::Value<TelemetryType> {
    fn from(v: TelemetryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TelemetryType {}

/// The telemetry rule
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryRule {
    props: ::forma_core::schema::Props,
}
impl TelemetryRule {
    /// A new value with its required properties: `ResourceType`, `TelemetryType`.
    pub fn new(
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
        telemetry_type: impl ::forma_core::schema::EnumArg<TelemetryType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, resource_type.into_enum_expr());
        props.set(8, telemetry_type.into_enum_expr());
        Self { props }
    }
    /// When true, the rule is replicated to all supported regions
    pub fn all_regions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When true, configuration drift in managed telemetry resources will be detected and remediated for resource-level fields.
    pub fn allow_field_updates(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The destination configuration for telemetry data
    pub fn destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TelemetryDestinationConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of AWS region codes where the rule should be replicated
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Selection Criteria on scope level for rule application
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Selection Criteria on resource level for rule application
    pub fn selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The telemetry source types for a telemetry rule.
    pub fn telemetry_source_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TelemetrySourceType>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TelemetryRule> for ::forma_core::Value<TelemetryRule> {
    fn from(v: TelemetryRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEMETRY_RULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource
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

/// The values CloudFormation documents: `cloud-watch-logs`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DestinationType {
    /// `cloud-watch-logs`
    CloudWatchLogs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DestinationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudWatchLogs => "cloud-watch-logs",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cloud-watch-logs"]
    }
}
impl ::std::convert::From<DestinationType> for ::forma_core::Value<DestinationType> {
    fn from(v: DestinationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DestinationType {}

/// The destination configuration for telemetry data
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl TelemetryDestinationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Telemetry parameters for Cloudtrail
    pub fn cloudtrail_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudtrailParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Pattern for telemetry data destination
    pub fn destination_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Type of telemetry destination
    pub fn destination_type(mut self, value: impl ::forma_core::schema::EnumArg<DestinationType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Telemetry parameters for ELB/NLB Load Balancer Logs
    pub fn elb_load_balancer_logging_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElbLoadBalancerLoggingParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the customer-managed AWS KMS key used to encrypt the destination log groups specified in the Telemetry Rule.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Parameters for log delivery configuration
    pub fn log_delivery_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TelemetryDestinationConfigurationLogDeliveryParameters>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Configuration parameters for Amazon MSK cluster monitoring.
    pub fn msk_monitoring_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MskMonitoringParameters>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Number of days to retain the telemetry data in the specified destination
    ///
    /// Allowed: 1 to 3653.
    pub fn retention_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Telemetry parameters for VPC Flow logs
    pub fn vpc_flow_log_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcFlowLogParameters>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Telemetry parameters for WAF v2 Web ACL
    pub fn waf_logging_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WafLoggingParameters>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TelemetryDestinationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TelemetryDestinationConfiguration>
    for ::forma_core::Value<TelemetryDestinationConfiguration>
{
    fn from(v: TelemetryDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEMETRY_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Telemetry parameters for Cloudtrail
#[derive(Debug, Clone, PartialEq)]
pub struct CloudtrailParameters {
    props: ::forma_core::schema::Props,
}
impl CloudtrailParameters {
    /// A new value with its required properties: `AdvancedEventSelectors`.
    pub fn new(
        advanced_event_selectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedEventSelector>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, advanced_event_selectors.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudtrailParameters> for ::forma_core::Value<CloudtrailParameters> {
    fn from(v: CloudtrailParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUDTRAIL_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `plain`, `json`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `plain`
    Plain,
    /// `json`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plain => "plain",
            Self::Json => "json",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["plain", "json"]
    }
}
impl ::std::convert::From<OutputFormat> for ::forma_core::Value<OutputFormat> {
    fn from(v: OutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputFormat {}

/// Telemetry parameters for ELB/NLB Load Balancer Logs
#[derive(Debug, Clone, PartialEq)]
pub struct ElbLoadBalancerLoggingParameters {
    props: ::forma_core::schema::Props,
}
impl ElbLoadBalancerLoggingParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A delimiter to delineate log fields
    pub fn field_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutputFormat`.
    pub fn output_format(mut self, value: impl ::forma_core::schema::EnumArg<OutputFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ElbLoadBalancerLoggingParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElbLoadBalancerLoggingParameters> for ::forma_core::Value<ElbLoadBalancerLoggingParameters> {
    fn from(v: ElbLoadBalancerLoggingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELB_LOAD_BALANCER_LOGGING_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SECURITY_FINDING_LOGS`, `S3_SERVER_ACCESS_LOGS`, `ACCESS_LOGS`, `CONNECTION_LOGS`, `ALB_ACCESS_LOGS`, `ALB_CONNECTION_LOGS`, `ALB_HEALTH_CHECK_LOGS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogTypes {
    /// `SECURITY_FINDING_LOGS`
    SecurityFindingLogs,
    /// `S3_SERVER_ACCESS_LOGS`
    S3ServerAccessLogs,
    /// `ACCESS_LOGS`
    AccessLogs,
    /// `CONNECTION_LOGS`
    ConnectionLogs,
    /// `ALB_ACCESS_LOGS`
    AlbAccessLogs,
    /// `ALB_CONNECTION_LOGS`
    AlbConnectionLogs,
    /// `ALB_HEALTH_CHECK_LOGS`
    AlbHealthCheckLogs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SecurityFindingLogs => "SECURITY_FINDING_LOGS",
            Self::S3ServerAccessLogs => "S3_SERVER_ACCESS_LOGS",
            Self::AccessLogs => "ACCESS_LOGS",
            Self::ConnectionLogs => "CONNECTION_LOGS",
            Self::AlbAccessLogs => "ALB_ACCESS_LOGS",
            Self::AlbConnectionLogs => "ALB_CONNECTION_LOGS",
            Self::AlbHealthCheckLogs => "ALB_HEALTH_CHECK_LOGS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SECURITY_FINDING_LOGS",
            "S3_SERVER_ACCESS_LOGS",
            "ACCESS_LOGS",
            "CONNECTION_LOGS",
            "ALB_ACCESS_LOGS",
            "ALB_CONNECTION_LOGS",
            "ALB_HEALTH_CHECK_LOGS",
        ]
    }
}
impl ::std::convert::From<LogTypes> for ::forma_core::Value<LogTypes> {
    fn from(v: LogTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogTypes {}

/// Parameters for log delivery configuration
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryDestinationConfigurationLogDeliveryParameters {
    props: ::forma_core::schema::Props,
}
impl TelemetryDestinationConfigurationLogDeliveryParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Types of logs to deliver
    pub fn log_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogTypes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TelemetryDestinationConfigurationLogDeliveryParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TelemetryDestinationConfigurationLogDeliveryParameters>
    for ::forma_core::Value<TelemetryDestinationConfigurationLogDeliveryParameters>
{
    fn from(v: TelemetryDestinationConfigurationLogDeliveryParameters) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(TELEMETRY_DESTINATION_CONFIGURATION_LOG_DELIVERY_PARAMETERS_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `DEFAULT`, `PER_BROKER`, `PER_TOPIC_PER_BROKER`, `PER_TOPIC_PER_PARTITION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnhancedMonitoring {
    /// `DEFAULT`
    Default,
    /// `PER_BROKER`
    PerBroker,
    /// `PER_TOPIC_PER_BROKER`
    PerTopicPerBroker,
    /// `PER_TOPIC_PER_PARTITION`
    PerTopicPerPartition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnhancedMonitoring {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::PerBroker => "PER_BROKER",
            Self::PerTopicPerBroker => "PER_TOPIC_PER_BROKER",
            Self::PerTopicPerPartition => "PER_TOPIC_PER_PARTITION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"]
    }
}
impl ::std::convert::From<EnhancedMonitoring> for ::forma_core::Value<EnhancedMonitoring> {
    fn from(v: EnhancedMonitoring) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnhancedMonitoring {}

/// Configuration parameters for Amazon MSK cluster monitoring.
#[derive(Debug, Clone, PartialEq)]
pub struct MskMonitoringParameters {
    props: ::forma_core::schema::Props,
}
impl MskMonitoringParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The level of enhanced monitoring for the MSK cluster.
    pub fn enhanced_monitoring(mut self, value: impl ::forma_core::schema::EnumArg<EnhancedMonitoring>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MskMonitoringParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MskMonitoringParameters> for ::forma_core::Value<MskMonitoringParameters> {
    fn from(v: MskMonitoringParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSK_MONITORING_PARAMETERS_TYPE.properties))
    }
}

/// Telemetry parameters for VPC Flow logs
#[derive(Debug, Clone, PartialEq)]
pub struct VpcFlowLogParameters {
    props: ::forma_core::schema::Props,
}
impl VpcFlowLogParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The fields to include in the flow log record.
    pub fn log_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum interval of time, in seconds, during which a flow of packets is captured and aggregated into a flow log record.
    pub fn max_aggregation_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of traffic captured for the flow log.
    pub fn traffic_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcFlowLogParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcFlowLogParameters> for ::forma_core::Value<VpcFlowLogParameters> {
    fn from(v: VpcFlowLogParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_FLOW_LOG_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WAF_LOGS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WafLogType {
    /// `WAF_LOGS`
    WafLogs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WafLogType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WafLogs => "WAF_LOGS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WAF_LOGS"]
    }
}
impl ::std::convert::From<WafLogType> for ::forma_core::Value<WafLogType> {
    fn from(v: WafLogType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WafLogType {}

/// Telemetry parameters for WAF v2 Web ACL
#[derive(Debug, Clone, PartialEq)]
pub struct WafLoggingParameters {
    props: ::forma_core::schema::Props,
}
impl WafLoggingParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of logs to generate for WAF.
    pub fn log_type(mut self, value: impl ::forma_core::schema::EnumArg<WafLogType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Default handling for logs that don't match any of the specified filtering conditions.
    pub fn logging_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Fields not to be included in the logs.
    pub fn redacted_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FieldToMatch>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WafLoggingParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WafLoggingParameters> for ::forma_core::Value<WafLoggingParameters> {
    fn from(v: WafLoggingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WAF_LOGGING_PARAMETERS_TYPE.properties))
    }
}

/// An advanced event selector that includes optional name and field selectors
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedEventSelector {
    props: ::forma_core::schema::Props,
}
impl AdvancedEventSelector {
    /// A new value with its required properties: `FieldSelectors`.
    pub fn new(
        field_selectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedFieldSelector>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_selectors.into().into_expr());
        Self { props }
    }
    /// An optional descriptive name for the advanced event selector
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdvancedEventSelector> for ::forma_core::Value<AdvancedEventSelector> {
    fn from(v: AdvancedEventSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_EVENT_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KEEP`, `DROP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterBehavior {
    /// `KEEP`
    Keep,
    /// `DROP`
    Drop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Keep => "KEEP",
            Self::Drop => "DROP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEEP", "DROP"]
    }
}
impl ::std::convert::From<FilterBehavior> for ::forma_core::Value<FilterBehavior> {
    fn from(v: FilterBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterBehavior {}

/// Default handling for logs that don't match any of the specified filtering conditions.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingFilter {
    props: ::forma_core::schema::Props,
}
impl LoggingFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The behavior required of the filter.
    pub fn default_behavior(mut self, value: impl ::forma_core::schema::EnumArg<FilterBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A list of filters to be applied.
    ///
    /// Allowed: length 1 to any.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingFilter> for ::forma_core::Value<LoggingFilter> {
    fn from(v: LoggingFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_FILTER_TYPE.properties))
    }
}

/// The field that we want to match this rule to.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatch {
    props: ::forma_core::schema::Props,
}
impl FieldToMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The method with which to match this rule.
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The query string to find the resource to match this field to.
    pub fn query_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Header for the field to match.
    pub fn single_header(mut self, value: impl ::std::convert::Into<::forma_core::Value<SingleHeader>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// This is the URI path to match this rule to.
    pub fn uri_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldToMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldToMatch> for ::forma_core::Value<FieldToMatch> {
    fn from(v: FieldToMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_TYPE.properties))
    }
}

/// A single selector statement in an advanced event selector.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedFieldSelector {
    props: ::forma_core::schema::Props,
}
impl AdvancedFieldSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An operator that includes events that match the last few characters of the event record field specified as the value of Field.
    pub fn ends_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An operator that includes events that match the exact value of the event record field specified as the value of Field.
    pub fn equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A field in a CloudTrail event record on which to filter events to be logged
    ///
    /// Allowed: length 1 to 1000.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the last few characters of the event record field specified as the value of Field.
    pub fn not_ends_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the exact value of the event record field specified as the value of Field.
    pub fn not_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the first few characters of the event record field specified as the value of Field.
    pub fn not_starts_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An operator that includes events that match the first few characters of the event record field specified as the value of Field.
    pub fn starts_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedFieldSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedFieldSelector> for ::forma_core::Value<AdvancedFieldSelector> {
    fn from(v: AdvancedFieldSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_FIELD_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MEETS_ALL`, `MEETS_ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterRequirement {
    /// `MEETS_ALL`
    MeetsAll,
    /// `MEETS_ANY`
    MeetsAny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterRequirement {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MeetsAll => "MEETS_ALL",
            Self::MeetsAny => "MEETS_ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MEETS_ALL", "MEETS_ANY"]
    }
}
impl ::std::convert::From<FilterRequirement> for ::forma_core::Value<FilterRequirement> {
    fn from(v: FilterRequirement) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterRequirement {}

/// A filter to be applied
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The behavior required of the filter.
    pub fn behavior(mut self, value: impl ::forma_core::schema::EnumArg<FilterBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A list of conditions for a filter.
    ///
    /// Allowed: length 1 to any.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The requirement portion of the filter.
    pub fn requirement(mut self, value: impl ::forma_core::schema::EnumArg<FilterRequirement>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Filter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// Header for the field to match.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleHeader {
    props: ::forma_core::schema::Props,
}
impl SingleHeader {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SingleHeader> for ::forma_core::Value<SingleHeader> {
    fn from(v: SingleHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGLE_HEADER_TYPE.properties))
    }
}

/// A condition for a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The condition of the action desired in the filter.
    pub fn action_condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<ActionCondition>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The label name of the condition.
    pub fn label_name_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LabelNameCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALLOW`, `BLOCK`, `COUNT`, `CAPTCHA`, `CHALLENGE`, `EXCLUDED_AS_COUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `ALLOW`
    Allow,
    /// `BLOCK`
    Block,
    /// `COUNT`
    Count,
    /// `CAPTCHA`
    Captcha,
    /// `CHALLENGE`
    Challenge,
    /// `EXCLUDED_AS_COUNT`
    ExcludedAsCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Block => "BLOCK",
            Self::Count => "COUNT",
            Self::Captcha => "CAPTCHA",
            Self::Challenge => "CHALLENGE",
            Self::ExcludedAsCount => "EXCLUDED_AS_COUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "BLOCK", "COUNT", "CAPTCHA", "CHALLENGE", "EXCLUDED_AS_COUNT"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The condition of the action desired in the filter.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionCondition {
    props: ::forma_core::schema::Props,
}
impl ActionCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The enumerated action to take.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ActionCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionCondition> for ::forma_core::Value<ActionCondition> {
    fn from(v: ActionCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_CONDITION_TYPE.properties))
    }
}

/// The label name of the condition.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelNameCondition {
    props: ::forma_core::schema::Props,
}
impl LabelNameCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The label name of the condition.
    ///
    /// Allowed: length 1 to 1024.
    pub fn label_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LabelNameCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LabelNameCondition> for ::forma_core::Value<LabelNameCondition> {
    fn from(v: LabelNameCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_NAME_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::ObservabilityAdmin::OrganizationTelemetryRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEMETRY_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z-]+$"),
                min_length: Some(1),
                max_length: Some(100),
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
    attributes: &["RuleArn", "RegionStatuses"],
};

static TELEMETRY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.TelemetryRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowFieldUpdates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEMETRY_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AWS::EC2::VPC",
                "AWS::WAFv2::WebACL",
                "AWS::CloudTrail",
                "AWS::EKS::Cluster",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                "AWS::EC2::Instance",
                "AWS::SecurityHub::Hub",
                "AWS::SecurityHub::HubV2",
                "AWS::S3::Bucket",
                "AWS::MSK::Cluster",
                "AWS::CloudFront::Distribution",
                "AWS::CloudWatch::OTelEnrichment",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TelemetrySourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "VPC_FLOW_LOGS",
                    "ROUTE53_RESOLVER_QUERY_LOGS",
                    "EKS_AUDIT_LOGS",
                    "EKS_AUTHENTICATOR_LOGS",
                    "EKS_CONTROLLER_MANAGER_LOGS",
                    "EKS_SCHEDULER_LOGS",
                    "EKS_API_LOGS",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TelemetryType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Logs", "Metrics"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.Tag",
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

static TELEMETRY_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.TelemetryDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudtrailParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUDTRAIL_PARAMETERS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DestinationPattern",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DestinationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["cloud-watch-logs"]),
            },
            ::forma_core::schema::Property {
                name: "ELBLoadBalancerLoggingParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ELB_LOAD_BALANCER_LOGGING_PARAMETERS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "KmsKeyArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:\\d{12}:key/(mrk-)?[a-f0-9-]+$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "LogDeliveryParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &TELEMETRY_DESTINATION_CONFIGURATION_LOG_DELIVERY_PARAMETERS_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "MskMonitoringParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MSK_MONITORING_PARAMETERS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetentionInDays",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(3653.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "VPCFlowLogParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_FLOW_LOG_PARAMETERS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "WAFLoggingParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&WAF_LOGGING_PARAMETERS_TYPE),
            },
        ],
        rules: &[],
    };

static CLOUDTRAIL_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.CloudtrailParameters",
    properties: &[::forma_core::schema::Property {
        name: "AdvancedEventSelectors",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ADVANCED_EVENT_SELECTOR_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ELB_LOAD_BALANCER_LOGGING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.ELBLoadBalancerLoggingParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "FieldDelimiter",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OutputFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["plain", "json"]),
            },
        ],
        rules: &[],
    };

static TELEMETRY_DESTINATION_CONFIGURATION_LOG_DELIVERY_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name:
            "AWS::ObservabilityAdmin::OrganizationTelemetryRule.TelemetryDestinationConfigurationLogDeliveryParameters",
        properties: &[::forma_core::schema::Property {
            name: "LogTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "SECURITY_FINDING_LOGS",
                    "S3_SERVER_ACCESS_LOGS",
                    "ACCESS_LOGS",
                    "CONNECTION_LOGS",
                    "ALB_ACCESS_LOGS",
                    "ALB_CONNECTION_LOGS",
                    "ALB_HEALTH_CHECK_LOGS",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        }],
        rules: &[],
    };

static MSK_MONITORING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.MskMonitoringParameters",
    properties: &[::forma_core::schema::Property {
        name: "EnhancedMonitoring",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "DEFAULT",
            "PER_BROKER",
            "PER_TOPIC_PER_BROKER",
            "PER_TOPIC_PER_PARTITION",
        ]),
    }],
    rules: &[],
};

static VPC_FLOW_LOG_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.VPCFlowLogParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxAggregationInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TrafficType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static WAF_LOGGING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.WAFLoggingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WAF_LOGS"]),
        },
        ::forma_core::schema::Property {
            name: "LoggingFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedactedFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static ADVANCED_EVENT_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.AdvancedEventSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldSelectors",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADVANCED_FIELD_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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

static LOGGING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.LoggingFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEEP", "DROP"]),
        },
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static FIELD_TO_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.FieldToMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SingleHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SINGLE_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UriPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ADVANCED_FIELD_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.AdvancedFieldSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Equals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotEndsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotStartsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartsWith",
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

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEEP", "DROP"]),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Requirement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MEETS_ALL", "MEETS_ANY"]),
        },
    ],
    rules: &[],
};

static SINGLE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.SingleHeader",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LabelNameCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LABEL_NAME_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static ACTION_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.ActionCondition",
    properties: &[::forma_core::schema::Property {
        name: "Action",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "ALLOW",
            "BLOCK",
            "COUNT",
            "CAPTCHA",
            "CHALLENGE",
            "EXCLUDED_AS_COUNT",
        ]),
    }],
    rules: &[],
};

static LABEL_NAME_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationTelemetryRule.LabelNameCondition",
    properties: &[::forma_core::schema::Property {
        name: "LabelName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9A-Za-z_\\-:]+$"),
            min_length: Some(1),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};
