// @generated from AWS::ObservabilityAdmin::OrganizationCentralizationRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ObservabilityAdmin::OrganizationCentralizationRule` and its property types.

/// Resource schema for AWS:ObservabilityAdmin:OrganizationCentralizationRule
///
/// CloudFormation type `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCentralizationRule {
    props: ::forma_core::schema::Props,
}
impl OrganizationCentralizationRule {
    /// A new resource with its required properties: `Rule`, `RuleName`.
    #[track_caller]
    pub fn new(
        rule: impl ::std::convert::Into<::forma_core::Value<CentralizationRule>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, rule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, rule_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OrganizationCentralizationRule {
    type Attributes = OrganizationCentralizationRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::ObservabilityAdmin::OrganizationCentralizationRule"
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
/// The attributes of a `AWS::ObservabilityAdmin::OrganizationCentralizationRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationCentralizationRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationCentralizationRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationCentralizationRuleAttributes {
    /// `Fn::GetAtt` `RuleArn`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleArn")
    }
}

/// The `CentralizationRule` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CentralizationRule {
    props: ::forma_core::schema::Props,
}
impl CentralizationRule {
    /// A new value with its required properties: `Destination`, `Source`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<CentralizationRuleDestination>>,
        source: impl ::std::convert::Into<::forma_core::Value<CentralizationRuleSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CentralizationRule> for ::forma_core::Value<CentralizationRule> {
    fn from(v: CentralizationRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CENTRALIZATION_RULE_TYPE.properties))
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

/// The `CentralizationRuleDestination` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CentralizationRuleDestination {
    props: ::forma_core::schema::Props,
}
impl CentralizationRuleDestination {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, region.into().into_expr());
        Self { props }
    }
    /// `Account`.
    ///
    /// Allowed: length 12 to 12.
    pub fn account(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DestinationLogsConfiguration`.
    pub fn destination_logs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationLogsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DestinationMetricsConfiguration`.
    pub fn destination_metrics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationMetricsConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CentralizationRuleDestination> for ::forma_core::Value<CentralizationRuleDestination> {
    fn from(v: CentralizationRuleDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CENTRALIZATION_RULE_DESTINATION_TYPE.properties))
    }
}

/// The `CentralizationRuleSource` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CentralizationRuleSource {
    props: ::forma_core::schema::Props,
}
impl CentralizationRuleSource {
    /// A new value with its required properties: `Regions`.
    pub fn new(
        regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, regions.into().into_expr());
        Self { props }
    }
    /// `Scope`.
    ///
    /// Allowed: length 1 to 2000.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SourceLogsConfiguration`.
    pub fn source_logs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceLogsConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SourceMetricsConfiguration`.
    pub fn source_metrics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceMetricsConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CentralizationRuleSource> for ::forma_core::Value<CentralizationRuleSource> {
    fn from(v: CentralizationRuleSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CENTRALIZATION_RULE_SOURCE_TYPE.properties))
    }
}

/// The `DestinationLogsConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationLogsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackupConfiguration`.
    pub fn backup_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogsBackupConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogGroupNameConfiguration`.
    pub fn log_group_name_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogGroupNameConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogsEncryptionConfiguration`.
    pub fn logs_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogsEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TagPropagationConfiguration`.
    pub fn tag_propagation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TagPropagationConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationLogsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationLogsConfiguration> for ::forma_core::Value<DestinationLogsConfiguration> {
    fn from(v: DestinationLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_LOGS_CONFIGURATION_TYPE.properties))
    }
}

/// The `DestinationMetricsConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationMetricsConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationMetricsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackupConfiguration`.
    pub fn backup_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsBackupConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationMetricsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationMetricsConfiguration> for ::forma_core::Value<DestinationMetricsConfiguration> {
    fn from(v: DestinationMetricsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_METRICS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALLOW`, `SKIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptedLogGroupStrategy {
    /// `ALLOW`
    Allow,
    /// `SKIP`
    Skip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptedLogGroupStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Skip => "SKIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "SKIP"]
    }
}
impl ::std::convert::From<EncryptedLogGroupStrategy> for ::forma_core::Value<EncryptedLogGroupStrategy> {
    fn from(v: EncryptedLogGroupStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptedLogGroupStrategy {}

/// The `SourceLogsConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceLogsConfiguration {
    /// A new value with its required properties: `EncryptedLogGroupStrategy`.
    pub fn new(encrypted_log_group_strategy: impl ::forma_core::schema::EnumArg<EncryptedLogGroupStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, encrypted_log_group_strategy.into_enum_expr());
        Self { props }
    }
    /// `DataSourceSelectionCriteria`.
    ///
    /// Allowed: length 1 to 2000.
    pub fn data_source_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogGroupSelectionCriteria`.
    ///
    /// Allowed: length 1 to 2000.
    pub fn log_group_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceLogsConfiguration> for ::forma_core::Value<SourceLogsConfiguration> {
    fn from(v: SourceLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_LOGS_CONFIGURATION_TYPE.properties))
    }
}

/// The `SourceMetricsConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceMetricsConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceMetricsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MetricsSelectionCriteria`.
    ///
    /// Allowed: length 1 to 2000.
    pub fn metrics_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceMetricsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceMetricsConfiguration> for ::forma_core::Value<SourceMetricsConfiguration> {
    fn from(v: SourceMetricsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_METRICS_CONFIGURATION_TYPE.properties))
    }
}

/// The `LogsBackupConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogsBackupConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogsBackupConfiguration {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, region.into().into_expr());
        Self { props }
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 1 to 1011.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogsBackupConfiguration> for ::forma_core::Value<LogsBackupConfiguration> {
    fn from(v: LogsBackupConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGS_BACKUP_CONFIGURATION_TYPE.properties))
    }
}

/// The `LogGroupNameConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogGroupNameConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogGroupNameConfiguration {
    /// A new value with its required properties: `LogGroupNamePattern`.
    pub fn new(log_group_name_pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group_name_pattern.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogGroupNameConfiguration> for ::forma_core::Value<LogGroupNameConfiguration> {
    fn from(v: LogGroupNameConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_GROUP_NAME_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALLOW`, `SKIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionConflictResolutionStrategy {
    /// `ALLOW`
    Allow,
    /// `SKIP`
    Skip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionConflictResolutionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Skip => "SKIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "SKIP"]
    }
}
impl ::std::convert::From<EncryptionConflictResolutionStrategy>
    for ::forma_core::Value<EncryptionConflictResolutionStrategy>
{
    fn from(v: EncryptionConflictResolutionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionConflictResolutionStrategy {}

/// The values CloudFormation documents: `ENCRYPTED_SOURCE_ONLY`, `NEW_DESTINATION_LOG_GROUPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionScope {
    /// `ENCRYPTED_SOURCE_ONLY`
    EncryptedSourceOnly,
    /// `NEW_DESTINATION_LOG_GROUPS`
    NewDestinationLogGroups,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EncryptedSourceOnly => "ENCRYPTED_SOURCE_ONLY",
            Self::NewDestinationLogGroups => "NEW_DESTINATION_LOG_GROUPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENCRYPTED_SOURCE_ONLY", "NEW_DESTINATION_LOG_GROUPS"]
    }
}
impl ::std::convert::From<EncryptionScope> for ::forma_core::Value<EncryptionScope> {
    fn from(v: EncryptionScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionScope {}

/// The values CloudFormation documents: `CUSTOMER_MANAGED`, `AWS_OWNED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionStrategy {
    /// `CUSTOMER_MANAGED`
    CustomerManaged,
    /// `AWS_OWNED`
    AwsOwned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManaged => "CUSTOMER_MANAGED",
            Self::AwsOwned => "AWS_OWNED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED", "AWS_OWNED"]
    }
}
impl ::std::convert::From<EncryptionStrategy> for ::forma_core::Value<EncryptionStrategy> {
    fn from(v: EncryptionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionStrategy {}

/// The `LogsEncryptionConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogsEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogsEncryptionConfiguration {
    /// A new value with its required properties: `EncryptionStrategy`.
    pub fn new(encryption_strategy: impl ::forma_core::schema::EnumArg<EncryptionStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, encryption_strategy.into_enum_expr());
        Self { props }
    }
    /// `EncryptionConflictResolutionStrategy`.
    pub fn encryption_conflict_resolution_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EncryptionConflictResolutionStrategy>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `EncryptionScope`.
    pub fn encryption_scope(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionScope>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 1 to 1011.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogsEncryptionConfiguration> for ::forma_core::Value<LogsEncryptionConfiguration> {
    fn from(v: LogsEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGS_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IN_SYNC`, `ADD_ONLY`, `UPDATE_SYNC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TagConflictResolutionStrategy {
    /// `IN_SYNC`
    InSync,
    /// `ADD_ONLY`
    AddOnly,
    /// `UPDATE_SYNC`
    UpdateSync,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TagConflictResolutionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InSync => "IN_SYNC",
            Self::AddOnly => "ADD_ONLY",
            Self::UpdateSync => "UPDATE_SYNC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IN_SYNC", "ADD_ONLY", "UPDATE_SYNC"]
    }
}
impl ::std::convert::From<TagConflictResolutionStrategy> for ::forma_core::Value<TagConflictResolutionStrategy> {
    fn from(v: TagConflictResolutionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TagConflictResolutionStrategy {}

/// The `TagPropagationConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagPropagationConfiguration {
    props: ::forma_core::schema::Props,
}
impl TagPropagationConfiguration {
    /// A new value with its required properties: `DestinationRoleArn`.
    pub fn new(destination_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_role_arn.into().into_expr());
        Self { props }
    }
    /// The strategy to resolve tag conflicts during propagation.
    pub fn tag_conflict_resolution_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TagConflictResolutionStrategy>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TagPropagationConfiguration> for ::forma_core::Value<TagPropagationConfiguration> {
    fn from(v: TagPropagationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_PROPAGATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `MetricsBackupConfiguration` property type of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsBackupConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetricsBackupConfiguration {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricsBackupConfiguration> for ::forma_core::Value<MetricsBackupConfiguration> {
    fn from(v: MetricsBackupConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_BACKUP_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ObservabilityAdmin::OrganizationCentralizationRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CENTRALIZATION_RULE_TYPE),
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
    attributes: &["RuleArn"],
};

static CENTRALIZATION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CENTRALIZATION_RULE_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CENTRALIZATION_RULE_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.Tag",
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

static CENTRALIZATION_RULE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRuleDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Account",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationLogsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_LOGS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DestinationMetricsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_METRICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CENTRALIZATION_RULE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRuleSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Regions",
            required: true,
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
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceLogsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_LOGS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceMetricsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_METRICS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DESTINATION_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.DestinationLogsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGS_BACKUP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogGroupNameConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_GROUP_NAME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogsEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGS_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TagPropagationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TAG_PROPAGATION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DESTINATION_METRICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.DestinationMetricsConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "BackupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_BACKUP_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static SOURCE_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.SourceLogsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceSelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptedLogGroupStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "SKIP"]),
        },
        ::forma_core::schema::Property {
            name: "LogGroupSelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2000),
            }),
        },
    ],
    rules: &[],
};

static SOURCE_METRICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.SourceMetricsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MetricsSelectionCriteria",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2000),
        }),
    }],
    rules: &[],
};

static LOGS_BACKUP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogsBackupConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([a-z0-9\\-]+)?:([a-zA-Z0-9\\-]+):([a-z0-9\\-]+)?:([0-9]{12})?:(.+)$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static LOG_GROUP_NAME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogGroupNameConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupNamePattern",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?:[\\._\\-/#A-Za-z0-9]+|\\$\\{[A-Za-z]+(?:\\.[A-Za-z]+){1,2}\\})+$"),
            min_length: Some(1),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static LOGS_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogsEncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConflictResolutionStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "SKIP"]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENCRYPTED_SOURCE_ONLY", "NEW_DESTINATION_LOG_GROUPS"]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER_MANAGED", "AWS_OWNED"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([a-z0-9\\-]+)?:([a-zA-Z0-9\\-]+):([a-z0-9\\-]+)?:([0-9]{12})?:(.+)$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
    ],
    rules: &[],
};

static TAG_PROPAGATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.TagPropagationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagConflictResolutionStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IN_SYNC", "ADD_ONLY", "UPDATE_SYNC"]),
        },
    ],
    rules: &[],
};

static METRICS_BACKUP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::OrganizationCentralizationRule.MetricsBackupConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Region",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};
