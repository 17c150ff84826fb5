// @generated from AWS::IoT::JobTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::JobTemplate` and its property types.

/// Resource Type definition for AWS::IoT::JobTemplate.
///
/// CloudFormation type `AWS::IoT::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobTemplate {
    props: ::forma_core::schema::Props,
}
impl JobTemplate {
    /// A new resource with its required properties: `Description`, `JobTemplateId`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        job_template_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, job_template_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The criteria that determine when and how a job abort takes place.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn abort_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<AbortConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DestinationPackageVersions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_package_versions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The job document.
    ///
    /// Allowed: length 0 to 32768.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn document(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An S3 link to the job document to use in the template.
    ///
    /// Allowed: length 1 to 1350.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn document_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional for copying a JobTemplate from a pre-existing Job configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobExecutionsRetryConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_executions_retry_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JobExecutionsRetryConfig>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Allows you to create a staged rollout of a job.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_executions_rollout_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JobExecutionsRolloutConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaintenanceWindows`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn maintenance_windows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MaintenanceWindow>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for pre-signed S3 URLs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn presigned_url_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PresignedUrlConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that can be used to manage the JobTemplate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the amount of time each device has to finish its execution of the job.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn timeout_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeoutConfig>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for JobTemplate {
    type Attributes = JobTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::JobTemplate"
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
/// The attributes of a `AWS::IoT::JobTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl JobTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The criteria that determine when and how a job abort takes place.
#[derive(Debug, Clone, PartialEq)]
pub struct AbortConfig {
    props: ::forma_core::schema::Props,
}
impl AbortConfig {
    /// A new value with its required properties: `CriteriaList`.
    pub fn new(criteria_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AbortCriteria>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, criteria_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AbortConfig> for ::forma_core::Value<AbortConfig> {
    fn from(v: AbortConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABORT_CONFIG_TYPE.properties))
    }
}

/// The `JobExecutionsRetryConfig` property type of `AWS::IoT::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobExecutionsRetryConfig {
    props: ::forma_core::schema::Props,
}
impl JobExecutionsRetryConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RetryCriteriaList`.
    pub fn retry_criteria_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RetryCriteria>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobExecutionsRetryConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobExecutionsRetryConfig> for ::forma_core::Value<JobExecutionsRetryConfig> {
    fn from(v: JobExecutionsRetryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_EXECUTIONS_RETRY_CONFIG_TYPE.properties))
    }
}

/// Allows you to create a staged rollout of a job.
#[derive(Debug, Clone, PartialEq)]
pub struct JobExecutionsRolloutConfig {
    props: ::forma_core::schema::Props,
}
impl JobExecutionsRolloutConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The rate of increase for a job rollout.
    pub fn exponential_rollout_rate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExponentialRolloutRate>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of things that will be notified of a pending job, per minute.
    ///
    /// Allowed: at least 1.
    pub fn maximum_per_minute(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobExecutionsRolloutConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobExecutionsRolloutConfig> for ::forma_core::Value<JobExecutionsRolloutConfig> {
    fn from(v: JobExecutionsRolloutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE.properties))
    }
}

/// Specifies a start time and duration for a scheduled Job.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindow {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInMinutes`.
    ///
    /// Allowed: 1 to 1430.
    pub fn duration_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StartTime`.
    ///
    /// Allowed: length 1 to 256.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceWindow> for ::forma_core::Value<MaintenanceWindow> {
    fn from(v: MaintenanceWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_TYPE.properties))
    }
}

/// Configuration for pre-signed S3 URLs.
#[derive(Debug, Clone, PartialEq)]
pub struct PresignedUrlConfig {
    props: ::forma_core::schema::Props,
}
impl PresignedUrlConfig {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
    /// How number (in seconds) pre-signed URLs are valid.
    ///
    /// Allowed: 60 to 3600.
    pub fn expires_in_sec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PresignedUrlConfig> for ::forma_core::Value<PresignedUrlConfig> {
    fn from(v: PresignedUrlConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRESIGNED_URL_CONFIG_TYPE.properties))
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

/// Specifies the amount of time each device has to finish its execution of the job.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeoutConfig {
    props: ::forma_core::schema::Props,
}
impl TimeoutConfig {
    /// A new value with its required properties: `InProgressTimeoutInMinutes`.
    pub fn new(in_progress_timeout_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, in_progress_timeout_in_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimeoutConfig> for ::forma_core::Value<TimeoutConfig> {
    fn from(v: TimeoutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMEOUT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CANCEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `CANCEL`
    Cancel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cancel => "CANCEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CANCEL"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `FAILED`, `REJECTED`, `TIMED_OUT`, `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailureType {
    /// `FAILED`
    Failed,
    /// `REJECTED`
    Rejected,
    /// `TIMED_OUT`
    TimedOut,
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Failed => "FAILED",
            Self::Rejected => "REJECTED",
            Self::TimedOut => "TIMED_OUT",
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAILED", "REJECTED", "TIMED_OUT", "ALL"]
    }
}
impl ::std::convert::From<FailureType> for ::forma_core::Value<FailureType> {
    fn from(v: FailureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailureType {}

/// The criteria that determine when and how a job abort takes place.
#[derive(Debug, Clone, PartialEq)]
pub struct AbortCriteria {
    props: ::forma_core::schema::Props,
}
impl AbortCriteria {
    /// A new value with its required properties: `Action`, `FailureType`, `MinNumberOfExecutedThings`, `ThresholdPercentage`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        failure_type: impl ::forma_core::schema::EnumArg<FailureType>,
        min_number_of_executed_things: impl ::std::convert::Into<::forma_core::Value<i64>>,
        threshold_percentage: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, failure_type.into_enum_expr());
        props.set(2, min_number_of_executed_things.into().into_expr());
        props.set(3, threshold_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AbortCriteria> for ::forma_core::Value<AbortCriteria> {
    fn from(v: AbortCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABORT_CRITERIA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FAILED`, `TIMED_OUT`, `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobRetryFailureType {
    /// `FAILED`
    Failed,
    /// `TIMED_OUT`
    TimedOut,
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JobRetryFailureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Failed => "FAILED",
            Self::TimedOut => "TIMED_OUT",
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAILED", "TIMED_OUT", "ALL"]
    }
}
impl ::std::convert::From<JobRetryFailureType> for ::forma_core::Value<JobRetryFailureType> {
    fn from(v: JobRetryFailureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JobRetryFailureType {}

/// Specifies how many times a failure type should be retried.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryCriteria {
    props: ::forma_core::schema::Props,
}
impl RetryCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FailureType`.
    pub fn failure_type(mut self, value: impl ::forma_core::schema::EnumArg<JobRetryFailureType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `NumberOfRetries`.
    ///
    /// Allowed: 0 to 10.
    pub fn number_of_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetryCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetryCriteria> for ::forma_core::Value<RetryCriteria> {
    fn from(v: RetryCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETRY_CRITERIA_TYPE.properties))
    }
}

/// Allows you to create an exponential rate of rollout for a job.
#[derive(Debug, Clone, PartialEq)]
pub struct ExponentialRolloutRate {
    props: ::forma_core::schema::Props,
}
impl ExponentialRolloutRate {
    /// A new value with its required properties: `BaseRatePerMinute`, `IncrementFactor`, `RateIncreaseCriteria`.
    pub fn new(
        base_rate_per_minute: impl ::std::convert::Into<::forma_core::Value<i64>>,
        increment_factor: impl ::std::convert::Into<::forma_core::Value<f64>>,
        rate_increase_criteria: impl ::std::convert::Into<::forma_core::Value<RateIncreaseCriteria>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_rate_per_minute.into().into_expr());
        props.set(1, increment_factor.into().into_expr());
        props.set(2, rate_increase_criteria.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExponentialRolloutRate> for ::forma_core::Value<ExponentialRolloutRate> {
    fn from(v: ExponentialRolloutRate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPONENTIAL_ROLLOUT_RATE_TYPE.properties))
    }
}

/// The `RateIncreaseCriteria` property type of `AWS::IoT::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct RateIncreaseCriteria {
    props: ::forma_core::schema::Props,
}
impl RateIncreaseCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NumberOfNotifiedThings`.
    ///
    /// Allowed: at least 1.
    pub fn number_of_notified_things(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NumberOfSucceededThings`.
    ///
    /// Allowed: at least 1.
    pub fn number_of_succeeded_things(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RateIncreaseCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RateIncreaseCriteria> for ::forma_core::Value<RateIncreaseCriteria> {
    fn from(v: RateIncreaseCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_INCREASE_CRITERIA_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::JobTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::JobTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbortConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ABORT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\p{C}]+"),
                min_length: Some(0),
                max_length: Some(2028),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationPackageVersions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:[!-~]+$"),
                    min_length: Some(1),
                    max_length: Some(1600),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Document",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32768),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentSource",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1350),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobExecutionsRetryConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&JOB_EXECUTIONS_RETRY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobExecutionsRolloutConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobTemplateId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_-]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindows",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PresignedUrlConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PRESIGNED_URL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeoutConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TIMEOUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ABORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.AbortConfig",
    properties: &[::forma_core::schema::Property {
        name: "CriteriaList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ABORT_CRITERIA_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static JOB_EXECUTIONS_RETRY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.JobExecutionsRetryConfig",
    properties: &[::forma_core::schema::Property {
        name: "RetryCriteriaList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RETRY_CRITERIA_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.JobExecutionsRolloutConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExponentialRolloutRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPONENTIAL_ROLLOUT_RATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaximumPerMinute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static MAINTENANCE_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.MaintenanceWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1430.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
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

static PRESIGNED_URL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.PresignedUrlConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExpiresInSec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.Tag",
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
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TIMEOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.TimeoutConfig",
    properties: &[::forma_core::schema::Property {
        name: "InProgressTimeoutInMinutes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10080.0),
        }),
    }],
    rules: &[],
};

static ABORT_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.AbortCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CANCEL"]),
        },
        ::forma_core::schema::Property {
            name: "FailureType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAILED", "REJECTED", "TIMED_OUT", "ALL"]),
        },
        ::forma_core::schema::Property {
            name: "MinNumberOfExecutedThings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static RETRY_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.RetryCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAILED", "TIMED_OUT", "ALL"]),
        },
        ::forma_core::schema::Property {
            name: "NumberOfRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};

static EXPONENTIAL_ROLLOUT_RATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.ExponentialRolloutRate",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseRatePerMinute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IncrementFactor",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RateIncreaseCriteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_INCREASE_CRITERIA_TYPE),
        },
    ],
    rules: &[],
};

static RATE_INCREASE_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::JobTemplate.RateIncreaseCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberOfNotifiedThings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NumberOfSucceededThings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
