// @generated from AWS::GuardDuty::Detector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GuardDuty::Detector` and its property types.

/// Resource Type definition for AWS::GuardDuty::Detector
///
/// CloudFormation type `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Detector {
    props: ::forma_core::schema::Props,
}
impl Detector {
    /// A new resource with its required properties: `Enable`.
    #[track_caller]
    pub fn new(enable: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, enable.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DataSources`.
    #[track_caller]
    pub fn data_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CfnDataSourceConfigurations>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Features`.
    #[track_caller]
    pub fn features(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CfnFeatureConfiguration>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FindingPublishingFrequency`.
    #[track_caller]
    pub fn finding_publishing_frequency(
        mut self,
        value: impl ::forma_core::schema::EnumArg<FindingPublishingFrequency>,
    ) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagItem>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Detector {
    type Attributes = DetectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::GuardDuty::Detector"
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
/// The attributes of a `AWS::GuardDuty::Detector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DetectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DetectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DetectorAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `FIFTEEN_MINUTES`, `ONE_HOUR`, `SIX_HOURS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingPublishingFrequency {
    /// `FIFTEEN_MINUTES`
    FifteenMinutes,
    /// `ONE_HOUR`
    OneHour,
    /// `SIX_HOURS`
    SixHours,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FindingPublishingFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FifteenMinutes => "FIFTEEN_MINUTES",
            Self::OneHour => "ONE_HOUR",
            Self::SixHours => "SIX_HOURS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"]
    }
}
impl ::std::convert::From<FindingPublishingFrequency> for ::forma_core::Value<FindingPublishingFrequency> {
    fn from(v: FindingPublishingFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FindingPublishingFrequency {}

/// The `CFNDataSourceConfigurations` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnDataSourceConfigurations {
    props: ::forma_core::schema::Props,
}
impl CfnDataSourceConfigurations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Kubernetes`.
    pub fn kubernetes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CfnKubernetesConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MalwareProtection`.
    pub fn malware_protection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CfnMalwareProtectionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3Logs`.
    pub fn s3_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<Cfns3LogsConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CfnDataSourceConfigurations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CfnDataSourceConfigurations> for ::forma_core::Value<CfnDataSourceConfigurations> {
    fn from(v: CfnDataSourceConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_DATA_SOURCE_CONFIGURATIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AI_ANALYST`, `AI_PROTECTION`, `EBS_MALWARE_PROTECTION`, `EKS_AUDIT_LOGS`, `EKS_RUNTIME_MONITORING`, `LAMBDA_NETWORK_LOGS`, `RDS_LOGIN_EVENTS`, `RUNTIME_MONITORING`, `S3_DATA_EVENTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `AI_ANALYST`
    AiAnalyst,
    /// `AI_PROTECTION`
    AiProtection,
    /// `EBS_MALWARE_PROTECTION`
    EbsMalwareProtection,
    /// `EKS_AUDIT_LOGS`
    EksAuditLogs,
    /// `EKS_RUNTIME_MONITORING`
    EksRuntimeMonitoring,
    /// `LAMBDA_NETWORK_LOGS`
    LambdaNetworkLogs,
    /// `RDS_LOGIN_EVENTS`
    RdsLoginEvents,
    /// `RUNTIME_MONITORING`
    RuntimeMonitoring,
    /// `S3_DATA_EVENTS`
    S3DataEvents,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAnalyst => "AI_ANALYST",
            Self::AiProtection => "AI_PROTECTION",
            Self::EbsMalwareProtection => "EBS_MALWARE_PROTECTION",
            Self::EksAuditLogs => "EKS_AUDIT_LOGS",
            Self::EksRuntimeMonitoring => "EKS_RUNTIME_MONITORING",
            Self::LambdaNetworkLogs => "LAMBDA_NETWORK_LOGS",
            Self::RdsLoginEvents => "RDS_LOGIN_EVENTS",
            Self::RuntimeMonitoring => "RUNTIME_MONITORING",
            Self::S3DataEvents => "S3_DATA_EVENTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AI_ANALYST",
            "AI_PROTECTION",
            "EBS_MALWARE_PROTECTION",
            "EKS_AUDIT_LOGS",
            "EKS_RUNTIME_MONITORING",
            "LAMBDA_NETWORK_LOGS",
            "RDS_LOGIN_EVENTS",
            "RUNTIME_MONITORING",
            "S3_DATA_EVENTS",
        ]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
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
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The `CFNFeatureConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnFeatureConfiguration {
    props: ::forma_core::schema::Props,
}
impl CfnFeatureConfiguration {
    /// A new value with its required properties: `Name`, `Status`.
    pub fn new(
        name: impl ::forma_core::schema::EnumArg<Name>,
        status: impl ::forma_core::schema::EnumArg<Status>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into_enum_expr());
        props.set(2, status.into_enum_expr());
        Self { props }
    }
    /// `AdditionalConfiguration`.
    pub fn additional_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CfnFeatureAdditionalConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CfnFeatureConfiguration> for ::forma_core::Value<CfnFeatureConfiguration> {
    fn from(v: CfnFeatureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_FEATURE_CONFIGURATION_TYPE.properties))
    }
}

/// The `TagItem` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagItem {
    props: ::forma_core::schema::Props,
}
impl TagItem {
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
impl ::std::convert::From<TagItem> for ::forma_core::Value<TagItem> {
    fn from(v: TagItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_ITEM_TYPE.properties))
    }
}

/// The `CFNKubernetesConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnKubernetesConfiguration {
    props: ::forma_core::schema::Props,
}
impl CfnKubernetesConfiguration {
    /// A new value with its required properties: `AuditLogs`.
    pub fn new(
        audit_logs: impl ::std::convert::Into<::forma_core::Value<CfnKubernetesAuditLogsConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audit_logs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CfnKubernetesConfiguration> for ::forma_core::Value<CfnKubernetesConfiguration> {
    fn from(v: CfnKubernetesConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_KUBERNETES_CONFIGURATION_TYPE.properties))
    }
}

/// The `CFNMalwareProtectionConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnMalwareProtectionConfiguration {
    props: ::forma_core::schema::Props,
}
impl CfnMalwareProtectionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ScanEc2InstanceWithFindings`.
    pub fn scan_ec2_instance_with_findings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CfnScanEc2InstanceWithFindingsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CfnMalwareProtectionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CfnMalwareProtectionConfiguration>
    for ::forma_core::Value<CfnMalwareProtectionConfiguration>
{
    fn from(v: CfnMalwareProtectionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_MALWARE_PROTECTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `CFNS3LogsConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cfns3LogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl Cfns3LogsConfiguration {
    /// A new value with its required properties: `Enable`.
    pub fn new(enable: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Cfns3LogsConfiguration> for ::forma_core::Value<Cfns3LogsConfiguration> {
    fn from(v: Cfns3LogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFNS3_LOGS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EC2_AGENT_MANAGEMENT`, `ECS_FARGATE_AGENT_MANAGEMENT`, `EKS_ADDON_MANAGEMENT`, `RDS_DATA_RISK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CfnFeatureAdditionalConfigurationName {
    /// `EC2_AGENT_MANAGEMENT`
    Ec2AgentManagement,
    /// `ECS_FARGATE_AGENT_MANAGEMENT`
    EcsFargateAgentManagement,
    /// `EKS_ADDON_MANAGEMENT`
    EksAddonManagement,
    /// `RDS_DATA_RISK`
    RdsDataRisk,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CfnFeatureAdditionalConfigurationName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2AgentManagement => "EC2_AGENT_MANAGEMENT",
            Self::EcsFargateAgentManagement => "ECS_FARGATE_AGENT_MANAGEMENT",
            Self::EksAddonManagement => "EKS_ADDON_MANAGEMENT",
            Self::RdsDataRisk => "RDS_DATA_RISK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2_AGENT_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EKS_ADDON_MANAGEMENT", "RDS_DATA_RISK"]
    }
}
impl ::std::convert::From<CfnFeatureAdditionalConfigurationName>
    for ::forma_core::Value<CfnFeatureAdditionalConfigurationName>
{
    fn from(v: CfnFeatureAdditionalConfigurationName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CfnFeatureAdditionalConfigurationName {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CfnFeatureAdditionalConfigurationStatus {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CfnFeatureAdditionalConfigurationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<CfnFeatureAdditionalConfigurationStatus>
    for ::forma_core::Value<CfnFeatureAdditionalConfigurationStatus>
{
    fn from(v: CfnFeatureAdditionalConfigurationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CfnFeatureAdditionalConfigurationStatus {}

/// The `CFNFeatureAdditionalConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnFeatureAdditionalConfiguration {
    props: ::forma_core::schema::Props,
}
impl CfnFeatureAdditionalConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 256.
    pub fn name(mut self, value: impl ::forma_core::schema::EnumArg<CfnFeatureAdditionalConfigurationName>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Status`.
    ///
    /// Allowed: length 1 to 128.
    pub fn status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CfnFeatureAdditionalConfigurationStatus>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CfnFeatureAdditionalConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CfnFeatureAdditionalConfiguration>
    for ::forma_core::Value<CfnFeatureAdditionalConfiguration>
{
    fn from(v: CfnFeatureAdditionalConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_FEATURE_ADDITIONAL_CONFIGURATION_TYPE.properties))
    }
}

/// The `CFNKubernetesAuditLogsConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnKubernetesAuditLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl CfnKubernetesAuditLogsConfiguration {
    /// A new value with its required properties: `Enable`.
    pub fn new(enable: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CfnKubernetesAuditLogsConfiguration>
    for ::forma_core::Value<CfnKubernetesAuditLogsConfiguration>
{
    fn from(v: CfnKubernetesAuditLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_KUBERNETES_AUDIT_LOGS_CONFIGURATION_TYPE.properties))
    }
}

/// The `CFNScanEc2InstanceWithFindingsConfiguration` property type of `AWS::GuardDuty::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnScanEc2InstanceWithFindingsConfiguration {
    props: ::forma_core::schema::Props,
}
impl CfnScanEc2InstanceWithFindingsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EbsVolumes`.
    pub fn ebs_volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CfnScanEc2InstanceWithFindingsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CfnScanEc2InstanceWithFindingsConfiguration>
    for ::forma_core::Value<CfnScanEc2InstanceWithFindingsConfiguration>
{
    fn from(v: CfnScanEc2InstanceWithFindingsConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CFN_SCAN_EC2_INSTANCE_WITH_FINDINGS_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The schema of `AWS::GuardDuty::Detector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GuardDuty::Detector",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CFN_DATA_SOURCE_CONFIGURATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Features",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CFN_FEATURE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingPublishingFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CFN_DATA_SOURCE_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::Detector.CFNDataSourceConfigurations",
    properties: &[
        ::forma_core::schema::Property {
            name: "Kubernetes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CFN_KUBERNETES_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MalwareProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CFN_MALWARE_PROTECTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Logs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CFNS3_LOGS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CFN_FEATURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::Detector.CFNFeatureConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CFN_FEATURE_ADDITIONAL_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AI_ANALYST",
                "AI_PROTECTION",
                "EBS_MALWARE_PROTECTION",
                "EKS_AUDIT_LOGS",
                "EKS_RUNTIME_MONITORING",
                "LAMBDA_NETWORK_LOGS",
                "RDS_LOGIN_EVENTS",
                "RUNTIME_MONITORING",
                "S3_DATA_EVENTS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::Detector.TagItem",
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

static CFN_KUBERNETES_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::Detector.CFNKubernetesConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AuditLogs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CFN_KUBERNETES_AUDIT_LOGS_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static CFN_MALWARE_PROTECTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GuardDuty::Detector.CFNMalwareProtectionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ScanEc2InstanceWithFindings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CFN_SCAN_EC2_INSTANCE_WITH_FINDINGS_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static CFNS3_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::Detector.CFNS3LogsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enable",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CFN_FEATURE_ADDITIONAL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GuardDuty::Detector.CFNFeatureAdditionalConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "EC2_AGENT_MANAGEMENT",
                    "ECS_FARGATE_AGENT_MANAGEMENT",
                    "EKS_ADDON_MANAGEMENT",
                    "RDS_DATA_RISK",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Status",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
            },
        ],
        rules: &[],
    };

static CFN_KUBERNETES_AUDIT_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GuardDuty::Detector.CFNKubernetesAuditLogsConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Enable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static CFN_SCAN_EC2_INSTANCE_WITH_FINDINGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GuardDuty::Detector.CFNScanEc2InstanceWithFindingsConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "EbsVolumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };
