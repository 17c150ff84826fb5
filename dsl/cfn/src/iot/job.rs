// @generated from AWS::IoT::Job (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::Job` and its property types.

/// Use the AWS::IoT::Job resource to declare an AWS IoT job.
///
/// CloudFormation type `AWS::IoT::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    props: ::forma_core::schema::Props,
}
impl Job {
    /// A new resource with its required properties: `JobId`, `Targets`.
    #[track_caller]
    pub fn new(
        job_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, job_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, targets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The criteria that determine when and how a job abort takes place.
    #[track_caller]
    pub fn abort_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<AbortConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A short text description of the job.
    ///
    /// Allowed: length 1 to 2028.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The package version Amazon Resource Names (ARNs) that are installed on the device when the job successfully completes.
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
    /// Parameters of an Amazon Web Services managed template that you can specify to create the job document.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn document_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An S3 link, or S3 object URL, to the job document.
    ///
    /// Allowed: length 1 to 1350.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn document_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration that determines how many retries are allowed for each failure type for a job.
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
    #[track_caller]
    pub fn job_executions_rollout_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JobExecutionsRolloutConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the job template used to create the job.
    ///
    /// Allowed: length 1 to 1600.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_template_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for pre-signed S3 URLs.
    #[track_caller]
    pub fn presigned_url_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PresignedUrlConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the date and time that a job will begin the rollout of the job document to all devices in the target group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scheduling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchedulingConfig>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata which can be used to manage the job.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the job will continue to run (CONTINUOUS), or will be complete after all those things specified as targets have completed the job (SNAPSHOT).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_selection(mut self, value: impl ::forma_core::schema::EnumArg<TargetSelection>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the amount of time each device has to finish its execution of the job.
    #[track_caller]
    pub fn timeout_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeoutConfig>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Job {
    type Attributes = JobAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::Job"
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
/// The attributes of a `AWS::IoT::Job` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl JobAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The values CloudFormation documents: `CONTINUOUS`, `SNAPSHOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetSelection {
    /// `CONTINUOUS`
    Continuous,
    /// `SNAPSHOT`
    Snapshot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetSelection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Continuous => "CONTINUOUS",
            Self::Snapshot => "SNAPSHOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTINUOUS", "SNAPSHOT"]
    }
}
impl ::std::convert::From<TargetSelection> for ::forma_core::Value<TargetSelection> {
    fn from(v: TargetSelection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetSelection {}

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

/// The configuration that determines how many retries are allowed for each failure type for a job.
#[derive(Debug, Clone, PartialEq)]
pub struct JobExecutionsRetryConfig {
    props: ::forma_core::schema::Props,
}
impl JobExecutionsRetryConfig {
    /// A new value with its required properties: `CriteriaList`.
    pub fn new(criteria_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RetryCriteria>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, criteria_list.into().into_expr());
        Self { props }
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
    /// Allows you to create an exponential rate of rollout for a job.
    pub fn exponential_rate(
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

/// Configuration for pre-signed S3 URLs.
#[derive(Debug, Clone, PartialEq)]
pub struct PresignedUrlConfig {
    props: ::forma_core::schema::Props,
}
impl PresignedUrlConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// How long (in seconds) pre-signed URLs are valid.
    ///
    /// Allowed: 60 to 3600.
    pub fn expires_in_sec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of an IAM role that grants permission to download files from the S3 bucket where the job data/updates are stored.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PresignedUrlConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PresignedUrlConfig> for ::forma_core::Value<PresignedUrlConfig> {
    fn from(v: PresignedUrlConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRESIGNED_URL_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STOP_ROLLOUT`, `CANCEL`, `FORCE_CANCEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndBehavior {
    /// `STOP_ROLLOUT`
    StopRollout,
    /// `CANCEL`
    Cancel,
    /// `FORCE_CANCEL`
    ForceCancel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StopRollout => "STOP_ROLLOUT",
            Self::Cancel => "CANCEL",
            Self::ForceCancel => "FORCE_CANCEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STOP_ROLLOUT", "CANCEL", "FORCE_CANCEL"]
    }
}
impl ::std::convert::From<EndBehavior> for ::forma_core::Value<EndBehavior> {
    fn from(v: EndBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndBehavior {}

/// Specifies the date and time that a job will begin the rollout of the job document to all devices in the target group.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulingConfig {
    props: ::forma_core::schema::Props,
}
impl SchedulingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the end behavior for all job executions after a job reaches the selected endTime.
    pub fn end_behavior(mut self, value: impl ::forma_core::schema::EnumArg<EndBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The time a job will stop rollout of the job document to all devices in the target group for a job.
    ///
    /// Allowed: length 1 to 64.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional configuration within the SchedulingConfig to setup a recurring maintenance window.
    pub fn maintenance_windows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MaintenanceWindow>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The time a job will begin rollout of the job document to all devices in the target group for a job.
    ///
    /// Allowed: length 1 to 64.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchedulingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchedulingConfig> for ::forma_core::Value<SchedulingConfig> {
    fn from(v: SchedulingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULING_CONFIG_TYPE.properties))
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
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the amount of time, in minutes, this device has to finish execution of this job.
    pub fn in_progress_timeout_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeoutConfig {
    fn default() -> Self {
        Self::new()
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
pub enum RetryCriteriaFailureType {
    /// `FAILED`
    Failed,
    /// `TIMED_OUT`
    TimedOut,
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetryCriteriaFailureType {
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
impl ::std::convert::From<RetryCriteriaFailureType> for ::forma_core::Value<RetryCriteriaFailureType> {
    fn from(v: RetryCriteriaFailureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetryCriteriaFailureType {}

/// The criteria that determines how many retries are allowed for each failure type for a job.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryCriteria {
    props: ::forma_core::schema::Props,
}
impl RetryCriteria {
    /// A new value with its required properties: `FailureType`, `NumberOfRetries`.
    pub fn new(
        failure_type: impl ::forma_core::schema::EnumArg<RetryCriteriaFailureType>,
        number_of_retries: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, failure_type.into_enum_expr());
        props.set(1, number_of_retries.into().into_expr());
        Self { props }
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

/// An optional configuration within the SchedulingConfig to setup a recurring maintenance window with a predetermined start time and duration for the rollout of a job document to all devices in a target group for a job.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindow {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindow {
    /// A new value with its required properties: `DurationInMinutes`, `StartTime`.
    pub fn new(
        duration_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration_in_minutes.into().into_expr());
        props.set(1, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MaintenanceWindow> for ::forma_core::Value<MaintenanceWindow> {
    fn from(v: MaintenanceWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_TYPE.properties))
    }
}

/// Allows you to define a criteria to initiate the increase in rate of rollout for a job.
#[derive(Debug, Clone, PartialEq)]
pub struct RateIncreaseCriteria {
    props: ::forma_core::schema::Props,
}
impl RateIncreaseCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The threshold for number of notified things that will initiate the increase in rate of rollout.
    ///
    /// Allowed: at least 1.
    pub fn number_of_notified_things(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The threshold for number of succeeded things that will initiate the increase in rate of rollout.
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

/// The schema of `AWS::IoT::Job`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::Job",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbortConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABORT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]+$"),
                min_length: Some(1),
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
            name: "DocumentParameters",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(30720) },
            )),
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
            name: "JobExecutionsRetryConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&JOB_EXECUTIONS_RETRY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobExecutionsRolloutConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobTemplateArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[!-~]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "PresignedUrlConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRESIGNED_URL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchedulingConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULING_CONFIG_TYPE),
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
            name: "TargetSelection",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CONTINUOUS", "SNAPSHOT"]),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeoutConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMEOUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt"],
};

static ABORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.AbortConfig",
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
    name: "AWS::IoT::Job.JobExecutionsRetryConfig",
    properties: &[::forma_core::schema::Property {
        name: "CriteriaList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RETRY_CRITERIA_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.JobExecutionsRolloutConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExponentialRate",
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

static PRESIGNED_URL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.PresignedUrlConfig",
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
            required: false,
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

static SCHEDULING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.SchedulingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STOP_ROLLOUT", "CANCEL", "FORCE_CANCEL"]),
        },
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TIMEOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.TimeoutConfig",
    properties: &[::forma_core::schema::Property {
        name: "InProgressTimeoutInMinutes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static ABORT_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.AbortCriteria",
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
    name: "AWS::IoT::Job.RetryCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAILED", "TIMED_OUT", "ALL"]),
        },
        ::forma_core::schema::Property {
            name: "NumberOfRetries",
            required: true,
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
    name: "AWS::IoT::Job.ExponentialRolloutRate",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseRatePerMinute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "IncrementFactor",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.1),
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

static MAINTENANCE_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.MaintenanceWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationInMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1430.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
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

static RATE_INCREASE_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Job.RateIncreaseCriteria",
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
