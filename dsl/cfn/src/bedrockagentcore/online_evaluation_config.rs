// @generated from AWS::BedrockAgentCore::OnlineEvaluationConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::OnlineEvaluationConfig` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::OnlineEvaluationConfig - Creates an online evaluation configuration for continuous monitoring of agent performance.
///
/// CloudFormation type `AWS::BedrockAgentCore::OnlineEvaluationConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnlineEvaluationConfig {
    props: ::forma_core::schema::Props,
}
impl OnlineEvaluationConfig {
    /// A new resource with its required properties: `DataSourceConfig`, `EvaluationExecutionRoleArn`, `OnlineEvaluationConfigName`, `Rule`.
    #[track_caller]
    pub fn new(
        data_source_config: impl ::std::convert::Into<::forma_core::Value<DataSourceConfig>>,
        evaluation_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        online_evaluation_config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule: impl ::std::convert::Into<::forma_core::Value<Rule>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, data_source_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, evaluation_execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, online_evaluation_config_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, rule.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration for clustering analysis of evaluation results.
    #[track_caller]
    pub fn clustering_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusteringConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the online evaluation configuration.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of evaluators to apply during online evaluation.
    #[track_caller]
    pub fn evaluators(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluatorReference>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The execution status indicating whether the online evaluation is currently running.
    #[track_caller]
    pub fn execution_status(mut self, value: impl ::forma_core::schema::EnumArg<ExecutionStatus>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of insights to enable for failure analysis.
    #[track_caller]
    pub fn insights(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Insight>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration that specifies where evaluation results should be written.
    #[track_caller]
    pub fn output_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputConfig>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to assign to the online evaluation configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OnlineEvaluationConfig {
    type Attributes = OnlineEvaluationConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::OnlineEvaluationConfig"
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
/// The attributes of a `AWS::BedrockAgentCore::OnlineEvaluationConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OnlineEvaluationConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OnlineEvaluationConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OnlineEvaluationConfigAttributes {
    /// `Fn::GetAtt` `OnlineEvaluationConfigId`.
    pub fn online_evaluation_config_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OnlineEvaluationConfigId")
    }
    /// `Fn::GetAtt` `OnlineEvaluationConfigArn`.
    pub fn online_evaluation_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OnlineEvaluationConfigArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExecutionStatus {
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
impl ::std::convert::From<ExecutionStatus> for ::forma_core::Value<ExecutionStatus> {
    fn from(v: ExecutionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExecutionStatus {}

/// The values CloudFormation documents: `DAILY`, `WEEKLY`, `MONTHLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClusteringFrequency {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClusteringFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAILY", "WEEKLY", "MONTHLY"]
    }
}
impl ::std::convert::From<ClusteringFrequency> for ::forma_core::Value<ClusteringFrequency> {
    fn from(v: ClusteringFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClusteringFrequency {}

/// The configuration for clustering analysis of evaluation results.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusteringConfig {
    props: ::forma_core::schema::Props,
}
impl ClusteringConfig {
    /// A new value with its required properties: `Frequencies`.
    pub fn new(
        frequencies: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClusteringFrequency>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, frequencies.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClusteringConfig> for ::forma_core::Value<ClusteringConfig> {
    fn from(v: ClusteringConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTERING_CONFIG_TYPE.properties))
    }
}

/// The configuration that specifies where to read agent traces for online evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceConfig {
    props: ::forma_core::schema::Props,
}
impl DataSourceConfig {
    /// A new value with its required properties: `CloudWatchLogs`.
    pub fn new(cloud_watch_logs: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsInputConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_logs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSourceConfig> for ::forma_core::Value<DataSourceConfig> {
    fn from(v: DataSourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_CONFIG_TYPE.properties))
    }
}

/// The reference to an evaluator used in online evaluation configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatorReference {
    props: ::forma_core::schema::Props,
}
impl EvaluatorReference {
    /// A new value with its required properties: `EvaluatorId`.
    pub fn new(evaluator_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, evaluator_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluatorReference> for ::forma_core::Value<EvaluatorReference> {
    fn from(v: EvaluatorReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATOR_REFERENCE_TYPE.properties))
    }
}

/// An insight configuration for failure analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Insight {
    props: ::forma_core::schema::Props,
}
impl Insight {
    /// A new value with its required properties: `InsightId`.
    pub fn new(insight_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, insight_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Insight> for ::forma_core::Value<Insight> {
    fn from(v: Insight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSIGHT_TYPE.properties))
    }
}

/// The configuration that specifies where evaluation results should be written.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputConfig {
    props: ::forma_core::schema::Props,
}
impl OutputConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch configuration for writing evaluation results.
    pub fn cloud_watch_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchOutputConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputConfig> for ::forma_core::Value<OutputConfig> {
    fn from(v: OutputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_CONFIG_TYPE.properties))
    }
}

/// The evaluation rule that defines sampling configuration, filtering criteria, and session detection settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `SamplingConfig`.
    pub fn new(sampling_config: impl ::std::convert::Into<::forma_core::Value<SamplingConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, sampling_config.into().into_expr());
        Self { props }
    }
    /// The list of filters that determine which agent traces should be included in the evaluation.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration that defines how agent sessions are detected.
    pub fn session_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SessionConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::OnlineEvaluationConfig`.
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

/// The configuration for reading agent traces from CloudWatch logs.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsInputConfig {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsInputConfig {
    /// A new value with its required properties: `ServiceNames`.
    ///
    /// CloudFormation also needs exactly one of `LogGroupNames` or `LogGroupNamePrefixes`.
    pub fn new(
        service_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, service_names.into().into_expr());
        Self { props }
    }
    /// The list of CloudWatch log group name prefixes to monitor for agent traces.
    pub fn log_group_name_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of CloudWatch log group names to monitor for agent traces.
    pub fn log_group_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchLogsInputConfig> for ::forma_core::Value<CloudWatchLogsInputConfig> {
    fn from(v: CloudWatchLogsInputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_INPUT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEDICATED_LOG_GROUP`, `SOURCE_LOG_GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResultDestination {
    /// `DEDICATED_LOG_GROUP`
    DedicatedLogGroup,
    /// `SOURCE_LOG_GROUP`
    SourceLogGroup,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResultDestination {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DedicatedLogGroup => "DEDICATED_LOG_GROUP",
            Self::SourceLogGroup => "SOURCE_LOG_GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEDICATED_LOG_GROUP", "SOURCE_LOG_GROUP"]
    }
}
impl ::std::convert::From<ResultDestination> for ::forma_core::Value<ResultDestination> {
    fn from(v: ResultDestination) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResultDestination {}

/// The CloudWatch configuration for writing evaluation results.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchOutputConfig {
    props: ::forma_core::schema::Props,
}
impl CloudWatchOutputConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch log group name for evaluation results.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The CloudWatch metrics namespace for evaluation result metrics.
    ///
    /// Allowed: length 1 to 255.
    pub fn metrics_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Where evaluation results are written.
    pub fn result_destination(mut self, value: impl ::forma_core::schema::EnumArg<ResultDestination>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchOutputConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchOutputConfig> for ::forma_core::Value<CloudWatchOutputConfig> {
    fn from(v: CloudWatchOutputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_OUTPUT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Equals`, `NotEquals`, `GreaterThan`, `LessThan`, `GreaterThanOrEqual`, `LessThanOrEqual`, `Contains`, `NotContains`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `Equals`
    Equals,
    /// `NotEquals`
    NotEquals,
    /// `GreaterThan`
    GreaterThan,
    /// `LessThan`
    LessThan,
    /// `GreaterThanOrEqual`
    GreaterThanOrEqual,
    /// `LessThanOrEqual`
    LessThanOrEqual,
    /// `Contains`
    Contains,
    /// `NotContains`
    NotContains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "Equals",
            Self::NotEquals => "NotEquals",
            Self::GreaterThan => "GreaterThan",
            Self::LessThan => "LessThan",
            Self::GreaterThanOrEqual => "GreaterThanOrEqual",
            Self::LessThanOrEqual => "LessThanOrEqual",
            Self::Contains => "Contains",
            Self::NotContains => "NotContains",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Equals",
            "NotEquals",
            "GreaterThan",
            "LessThan",
            "GreaterThanOrEqual",
            "LessThanOrEqual",
            "Contains",
            "NotContains",
        ]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// The filter that applies conditions to agent traces during online evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `Key`, `Operator`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator: impl ::forma_core::schema::EnumArg<Operator>,
        value: impl ::std::convert::Into<::forma_core::Value<FilterValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, operator.into_enum_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The configuration that controls what percentage of agent traces are sampled for evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingConfig {
    props: ::forma_core::schema::Props,
}
impl SamplingConfig {
    /// A new value with its required properties: `SamplingPercentage`.
    pub fn new(sampling_percentage: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sampling_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SamplingConfig> for ::forma_core::Value<SamplingConfig> {
    fn from(v: SamplingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLING_CONFIG_TYPE.properties))
    }
}

/// The configuration that defines how agent sessions are detected.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionConfig {
    props: ::forma_core::schema::Props,
}
impl SessionConfig {
    /// A new value with its required properties: `SessionTimeoutMinutes`.
    pub fn new(session_timeout_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, session_timeout_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionConfig> for ::forma_core::Value<SessionConfig> {
    fn from(v: SessionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_CONFIG_TYPE.properties))
    }
}

/// The value used in filter comparisons.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterValue {
    props: ::forma_core::schema::Props,
}
impl FilterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The boolean value for true/false filtering conditions.
    pub fn boolean_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The numeric value for numerical filtering.
    pub fn double_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The string value for text-based filtering.
    ///
    /// Allowed: length 1 to 1024.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterValue> for ::forma_core::Value<FilterValue> {
    fn from(v: FilterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::OnlineEvaluationConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::OnlineEvaluationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusteringConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTERING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSourceConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Evaluators",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATOR_REFERENCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExecutionStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Insights",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSIGHT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnlineEvaluationConfigName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Rule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_TYPE),
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
    attributes: &["OnlineEvaluationConfigId", "OnlineEvaluationConfigArn", "Status", "CreatedAt", "UpdatedAt"],
};

static CLUSTERING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.ClusteringConfig",
    properties: &[::forma_core::schema::Property {
        name: "Frequencies",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["DAILY", "WEEKLY", "MONTHLY"]),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
        ),
    }],
    rules: &[],
};

static DATA_SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.DataSourceConfig",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchLogs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_INPUT_CONFIG_TYPE),
    }],
    rules: &[],
};

static EVALUATOR_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.EvaluatorReference",
properties: &[
::forma_core::schema::Property { name: "EvaluatorId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(Builtin\\.[a-zA-Z0-9._-]+|ThirdParty\\.[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]+|[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10})$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static INSIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.Insight",
    properties: &[::forma_core::schema::Property {
        name: "InsightId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z][a-zA-Z0-9._]+$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.OutputConfig",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_OUTPUT_CONFIG_TYPE),
    }],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SamplingConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SessionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static CLOUD_WATCH_LOGS_INPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.CloudWatchLogsInputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupNamePrefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[.\\-_/#A-Za-z0-9]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogGroupNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[.\\-_/#A-Za-z0-9]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["LogGroupNames"], &["LogGroupNamePrefixes"]])],
};

static CLOUD_WATCH_OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.CloudWatchOutputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricsNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._#/:-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResultDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEDICATED_LOG_GROUP", "SOURCE_LOG_GROUP"]),
        },
    ],
    rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Equals",
                "NotEquals",
                "GreaterThan",
                "LessThan",
                "GreaterThanOrEqual",
                "LessThanOrEqual",
                "Contains",
                "NotContains",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static SAMPLING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.SamplingConfig",
    properties: &[::forma_core::schema::Property {
        name: "SamplingPercentage",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.01),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
};

static SESSION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.SessionConfig",
    properties: &[::forma_core::schema::Property {
        name: "SessionTimeoutMinutes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(1440.0),
        }),
    }],
    rules: &[],
};

static FILTER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OnlineEvaluationConfig.FilterValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DoubleValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
