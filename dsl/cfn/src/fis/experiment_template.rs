// @generated from AWS::FIS::ExperimentTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FIS::ExperimentTemplate` and its property types.

/// Resource schema for AWS::FIS::ExperimentTemplate
///
/// CloudFormation type `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplate {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplate {
    /// A new resource with its required properties: `Description`, `RoleArn`, `StopConditions`, `Targets`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stop_conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExperimentTemplateStopCondition>>>,
        targets: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, stop_conditions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, targets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The actions for the experiment.
    #[track_caller]
    pub fn actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExperimentOptions`.
    #[track_caller]
    pub fn experiment_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateExperimentOptions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExperimentReportConfiguration`.
    #[track_caller]
    pub fn experiment_report_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateExperimentReportConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogConfiguration`.
    #[track_caller]
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateLogConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ExperimentTemplate {
    type Attributes = ExperimentTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::FIS::ExperimentTemplate"
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
/// The attributes of a `AWS::FIS::ExperimentTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ExperimentTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ExperimentTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ExperimentTemplateAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// Specifies an action for the experiment template.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateAction {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateAction {
    /// A new value with its required properties: `ActionId`.
    pub fn new(action_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action_id.into().into_expr());
        Self { props }
    }
    /// A description for the action.
    ///
    /// Allowed: length 0 to 512.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The parameters for the action, if applicable.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The names of the actions that must be completed before the current action starts.
    pub fn start_after(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// One or more targets for the action.
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateAction> for ::forma_core::Value<ExperimentTemplateAction> {
    fn from(v: ExperimentTemplateAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_TEMPLATE_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `multi-account`, `single-account`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountTargeting {
    /// `multi-account`
    MultiAccount,
    /// `single-account`
    SingleAccount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccountTargeting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MultiAccount => "multi-account",
            Self::SingleAccount => "single-account",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["multi-account", "single-account"]
    }
}
impl ::std::convert::From<AccountTargeting> for ::forma_core::Value<AccountTargeting> {
    fn from(v: AccountTargeting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccountTargeting {}

/// The values CloudFormation documents: `fail`, `skip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmptyTargetResolutionMode {
    /// `fail`
    Fail,
    /// `skip`
    Skip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EmptyTargetResolutionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fail => "fail",
            Self::Skip => "skip",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["fail", "skip"]
    }
}
impl ::std::convert::From<EmptyTargetResolutionMode> for ::forma_core::Value<EmptyTargetResolutionMode> {
    fn from(v: EmptyTargetResolutionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EmptyTargetResolutionMode {}

/// The `ExperimentTemplateExperimentOptions` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateExperimentOptions {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateExperimentOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The account targeting setting for the experiment template.
    pub fn account_targeting(mut self, value: impl ::forma_core::schema::EnumArg<AccountTargeting>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The target resolution failure mode for the experiment template.
    pub fn empty_target_resolution_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EmptyTargetResolutionMode>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ExperimentTemplateExperimentOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExperimentTemplateExperimentOptions>
    for ::forma_core::Value<ExperimentTemplateExperimentOptions>
{
    fn from(v: ExperimentTemplateExperimentOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_TEMPLATE_EXPERIMENT_OPTIONS_TYPE.properties))
    }
}

/// The `ExperimentTemplateExperimentReportConfiguration` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateExperimentReportConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateExperimentReportConfiguration {
    /// A new value with its required properties: `Outputs`.
    pub fn new(
        outputs: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateExperimentReportConfigurationOutputs>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, outputs.into().into_expr());
        Self { props }
    }
    /// `DataSources`.
    pub fn data_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateExperimentReportConfigurationDataSources>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PostExperimentDuration`.
    ///
    /// Allowed: length 0 to 32.
    pub fn post_experiment_duration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PreExperimentDuration`.
    ///
    /// Allowed: length 0 to 32.
    pub fn pre_experiment_duration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateExperimentReportConfiguration>
    for ::forma_core::Value<ExperimentTemplateExperimentReportConfiguration>
{
    fn from(v: ExperimentTemplateExperimentReportConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `ExperimentTemplateLogConfiguration` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateLogConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateLogConfiguration {
    /// A new value with its required properties: `LogSchemaVersion`.
    pub fn new(log_schema_version: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, log_schema_version.into().into_expr());
        Self { props }
    }
    /// `CloudWatchLogsConfiguration`.
    pub fn cloud_watch_logs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3Configuration`.
    pub fn s3_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentTemplateLogConfigurationS3Configuration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateLogConfiguration>
    for ::forma_core::Value<ExperimentTemplateLogConfiguration>
{
    fn from(v: ExperimentTemplateLogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `ExperimentTemplateStopCondition` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateStopCondition {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateStopCondition {
    /// A new value with its required properties: `Source`.
    pub fn new(source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source.into().into_expr());
        Self { props }
    }
    /// `Value`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateStopCondition> for ::forma_core::Value<ExperimentTemplateStopCondition> {
    fn from(v: ExperimentTemplateStopCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_TEMPLATE_STOP_CONDITION_TYPE.properties))
    }
}

/// Specifies a target for an experiment.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateTarget {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateTarget {
    /// A new value with its required properties: `ResourceType`, `SelectionMode`.
    pub fn new(
        resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        selection_mode: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, resource_type.into().into_expr());
        props.set(5, selection_mode.into().into_expr());
        Self { props }
    }
    /// `Filters`.
    pub fn filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExperimentTemplateTargetFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Names (ARNs) of the target resources.
    pub fn resource_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ResourceTags`.
    pub fn resource_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateTarget> for ::forma_core::Value<ExperimentTemplateTarget> {
    fn from(v: ExperimentTemplateTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_TEMPLATE_TARGET_TYPE.properties))
    }
}

/// The `ExperimentTemplateExperimentReportConfigurationDataSources` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateExperimentReportConfigurationDataSources {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateExperimentReportConfigurationDataSources {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchDashboards`.
    pub fn cloud_watch_dashboards(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CloudWatchDashboard>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExperimentTemplateExperimentReportConfigurationDataSources {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExperimentTemplateExperimentReportConfigurationDataSources>
    for ::forma_core::Value<ExperimentTemplateExperimentReportConfigurationDataSources>
{
    fn from(v: ExperimentTemplateExperimentReportConfigurationDataSources) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_DATA_SOURCES_TYPE.properties),
        )
    }
}

/// The `ExperimentTemplateExperimentReportConfigurationOutputs` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateExperimentReportConfigurationOutputs {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateExperimentReportConfigurationOutputs {
    /// A new value with its required properties: `ExperimentReportS3Configuration`.
    pub fn new(
        experiment_report_s3_configuration: impl ::std::convert::Into<
            ::forma_core::Value<ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, experiment_report_s3_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExperimentTemplateExperimentReportConfigurationOutputs>
    for ::forma_core::Value<ExperimentTemplateExperimentReportConfigurationOutputs>
{
    fn from(v: ExperimentTemplateExperimentReportConfigurationOutputs) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_OUTPUTS_TYPE.properties),
        )
    }
}

/// The `ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration {
    /// A new value with its required properties: `LogGroupArn`.
    pub fn new(log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration>
    for ::forma_core::Value<ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration>
{
    fn from(v: ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_CLOUD_WATCH_LOGS_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `ExperimentTemplateLogConfigurationS3Configuration` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateLogConfigurationS3Configuration {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateLogConfigurationS3Configuration {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// `Prefix`.
    ///
    /// Allowed: length 1 to 700.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateLogConfigurationS3Configuration>
    for ::forma_core::Value<ExperimentTemplateLogConfigurationS3Configuration>
{
    fn from(v: ExperimentTemplateLogConfigurationS3Configuration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_S3_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Describes a filter used for the target resource input in an experiment template.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateTargetFilter {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateTargetFilter {
    /// A new value with its required properties: `Path`, `Values`.
    pub fn new(
        path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, path.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExperimentTemplateTargetFilter> for ::forma_core::Value<ExperimentTemplateTargetFilter> {
    fn from(v: ExperimentTemplateTargetFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_TEMPLATE_TARGET_FILTER_TYPE.properties))
    }
}

/// The `CloudWatchDashboard` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchDashboard {
    props: ::forma_core::schema::Props,
}
impl CloudWatchDashboard {
    /// A new value with its required properties: `DashboardIdentifier`.
    pub fn new(dashboard_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dashboard_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchDashboard> for ::forma_core::Value<CloudWatchDashboard> {
    fn from(v: CloudWatchDashboard) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_DASHBOARD_TYPE.properties))
    }
}

/// The `ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration` property type of `AWS::FIS::ExperimentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration {
    props: ::forma_core::schema::Props,
}
impl ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// `Prefix`.
    ///
    /// Allowed: length 1 to 256.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration>
    for ::forma_core::Value<ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration>
{
    fn from(v: ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(
                EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_OUTPUTS_EXPERIMENT_REPORT_S3_CONFIGURATION_TYPE
                    .properties,
            ),
        )
    }
}

/// The schema of `AWS::FIS::ExperimentTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FIS::ExperimentTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &EXPERIMENT_TEMPLATE_ACTION_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]+$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExperimentOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPERIMENT_TEMPLATE_EXPERIMENT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExperimentReportConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(20),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "StopConditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPERIMENT_TEMPLATE_STOP_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &EXPERIMENT_TEMPLATE_TARGET_TYPE,
            )),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static EXPERIMENT_TEMPLATE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(1024) },
            )),
        },
        ::forma_core::schema::Property {
            name: "StartAfter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(64) },
            )),
        },
    ],
    rules: &[],
};

static EXPERIMENT_TEMPLATE_EXPERIMENT_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentOptions",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccountTargeting",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["multi-account", "single-account"]),
            },
            ::forma_core::schema::Property {
                name: "EmptyTargetResolutionMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["fail", "skip"]),
            },
        ],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentReportConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataSources",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_DATA_SOURCES_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "Outputs",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_OUTPUTS_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "PostExperimentDuration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S]+$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
            },
            ::forma_core::schema::Property {
                name: "PreExperimentDuration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S]+$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
            },
        ],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateLogConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudWatchLogsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_CLOUD_WATCH_LOGS_CONFIGURATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "LogSchemaVersion",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_S3_CONFIGURATION_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_STOP_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateStopCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Source",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S]+$"),
                    min_length: Some(0),
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]+$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPERIMENT_TEMPLATE_TARGET_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(1024) },
            )),
        },
        ::forma_core::schema::Property {
            name: "ResourceArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SelectionMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_DATA_SOURCES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentReportConfigurationDataSources",
        properties: &[::forma_core::schema::Property {
            name: "CloudWatchDashboards",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLOUD_WATCH_DASHBOARD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_OUTPUTS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentReportConfigurationOutputs",
        properties: &[::forma_core::schema::Property {
            name: "ExperimentReportS3Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_OUTPUTS_EXPERIMENT_REPORT_S3_CONFIGURATION_TYPE,
            ),
        }],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_CLOUD_WATCH_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateLogConfigurationCloudWatchLogsConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "LogGroupArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        }],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_LOG_CONFIGURATION_S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateLogConfigurationS3Configuration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BucketName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S]+$"),
                    min_length: Some(3),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "Prefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]+$"),
                    min_length: Some(1),
                    max_length: Some(700),
                }),
            },
        ],
        rules: &[],
    };

static EXPERIMENT_TEMPLATE_TARGET_FILTER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateTargetFilter",
        properties: &[
            ::forma_core::schema::Property {
                name: "Path",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Values",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: None,
                        max_length: Some(128),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static CLOUD_WATCH_DASHBOARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FIS::ExperimentTemplate.CloudWatchDashboard",
    properties: &[::forma_core::schema::Property {
        name: "DashboardIdentifier",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\S]+$"),
            min_length: Some(1),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static EXPERIMENT_TEMPLATE_EXPERIMENT_REPORT_CONFIGURATION_OUTPUTS_EXPERIMENT_REPORT_S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentReportConfigurationOutputsExperimentReportS3Configuration",
properties: &[
::forma_core::schema::Property { name: "BucketName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(3), max_length: Some(63) }) },
::forma_core::schema::Property { name: "Prefix", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) }) },
],
rules: &[],
};
