// @generated from AWS::SSM::MaintenanceWindowTask (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::MaintenanceWindowTask` and its property types.

/// Resource Type definition for AWS::SSM::MaintenanceWindowTask
///
/// CloudFormation type `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindowTask {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindowTask {
    /// A new resource with its required properties: `Priority`, `TaskArn`, `TaskType`, `WindowId`.
    #[track_caller]
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        task_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        task_type: impl ::forma_core::schema::EnumArg<TaskType>,
        window_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, priority.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, task_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, task_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(13, window_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The specification for whether tasks should continue to run after the cutoff time specified in the maintenance windows is reached.
    #[track_caller]
    pub fn cutoff_behavior(mut self, value: impl ::forma_core::schema::EnumArg<CutoffBehavior>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the task.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about an Amazon S3 bucket to write Run Command task-level logs to.
    #[track_caller]
    pub fn logging_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingInfo>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of targets this task can be run for, in parallel.
    ///
    /// Allowed: length 1 to 7.
    #[track_caller]
    pub fn max_concurrency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of errors allowed before this task stops being scheduled.
    ///
    /// Allowed: length 1 to 7.
    #[track_caller]
    pub fn max_errors(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The task name.
    ///
    /// Allowed: length 3 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when running a maintenance window task.
    #[track_caller]
    pub fn service_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The targets (either instances or window target ids).
    #[track_caller]
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Target>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The parameters to pass to the task when it runs.
    #[track_caller]
    pub fn task_invocation_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskInvocationParameters>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TaskParameters`.
    #[track_caller]
    pub fn task_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MaintenanceWindowTask {
    type Attributes = MaintenanceWindowTaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::MaintenanceWindowTask"
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
/// The attributes of a `AWS::SSM::MaintenanceWindowTask` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MaintenanceWindowTaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MaintenanceWindowTaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MaintenanceWindowTaskAttributes {
    /// `Fn::GetAtt` `WindowTaskId`.
    pub fn window_task_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WindowTaskId")
    }
}

/// The values CloudFormation documents: `CANCEL_TASK`, `CONTINUE_TASK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CutoffBehavior {
    /// `CANCEL_TASK`
    CancelTask,
    /// `CONTINUE_TASK`
    ContinueTask,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CutoffBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CancelTask => "CANCEL_TASK",
            Self::ContinueTask => "CONTINUE_TASK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CANCEL_TASK", "CONTINUE_TASK"]
    }
}
impl ::std::convert::From<CutoffBehavior> for ::forma_core::Value<CutoffBehavior> {
    fn from(v: CutoffBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CutoffBehavior {}

/// The values CloudFormation documents: `AUTOMATION`, `LAMBDA`, `RUN_COMMAND`, `STEP_FUNCTIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskType {
    /// `AUTOMATION`
    Automation,
    /// `LAMBDA`
    Lambda,
    /// `RUN_COMMAND`
    RunCommand,
    /// `STEP_FUNCTIONS`
    StepFunctions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TaskType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automation => "AUTOMATION",
            Self::Lambda => "LAMBDA",
            Self::RunCommand => "RUN_COMMAND",
            Self::StepFunctions => "STEP_FUNCTIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATION", "LAMBDA", "RUN_COMMAND", "STEP_FUNCTIONS"]
    }
}
impl ::std::convert::From<TaskType> for ::forma_core::Value<TaskType> {
    fn from(v: TaskType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TaskType {}

/// The `LoggingInfo` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingInfo {
    props: ::forma_core::schema::Props,
}
impl LoggingInfo {
    /// A new value with its required properties: `Region`, `S3Bucket`.
    pub fn new(
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region.into().into_expr());
        props.set(1, s3_bucket.into().into_expr());
        Self { props }
    }
    /// `S3Prefix`.
    pub fn s3_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LoggingInfo> for ::forma_core::Value<LoggingInfo> {
    fn from(v: LoggingInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_INFO_TYPE.properties))
    }
}

/// The `Target` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    props: ::forma_core::schema::Props,
}
impl Target {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Target> for ::forma_core::Value<Target> {
    fn from(v: Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TYPE.properties))
    }
}

/// The `TaskInvocationParameters` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskInvocationParameters {
    props: ::forma_core::schema::Props,
}
impl TaskInvocationParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaintenanceWindowAutomationParameters`.
    pub fn maintenance_window_automation_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindowAutomationParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaintenanceWindowLambdaParameters`.
    pub fn maintenance_window_lambda_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindowLambdaParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaintenanceWindowRunCommandParameters`.
    pub fn maintenance_window_run_command_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindowRunCommandParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaintenanceWindowStepFunctionsParameters`.
    pub fn maintenance_window_step_functions_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindowStepFunctionsParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TaskInvocationParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskInvocationParameters> for ::forma_core::Value<TaskInvocationParameters> {
    fn from(v: TaskInvocationParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_INVOCATION_PARAMETERS_TYPE.properties))
    }
}

/// The `MaintenanceWindowAutomationParameters` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindowAutomationParameters {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindowAutomationParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DocumentVersion`.
    pub fn document_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceWindowAutomationParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceWindowAutomationParameters>
    for ::forma_core::Value<MaintenanceWindowAutomationParameters>
{
    fn from(v: MaintenanceWindowAutomationParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_AUTOMATION_PARAMETERS_TYPE.properties))
    }
}

/// The `MaintenanceWindowLambdaParameters` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindowLambdaParameters {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindowLambdaParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientContext`.
    pub fn client_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Payload`.
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Qualifier`.
    pub fn qualifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceWindowLambdaParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceWindowLambdaParameters>
    for ::forma_core::Value<MaintenanceWindowLambdaParameters>
{
    fn from(v: MaintenanceWindowLambdaParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_LAMBDA_PARAMETERS_TYPE.properties))
    }
}

/// The `MaintenanceWindowRunCommandParameters` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindowRunCommandParameters {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindowRunCommandParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchOutputConfig`.
    pub fn cloud_watch_output_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchOutputConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Comment`.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DocumentHash`.
    pub fn document_hash(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DocumentHashType`.
    pub fn document_hash_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DocumentVersion`.
    pub fn document_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `NotificationConfig`.
    pub fn notification_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationConfig>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `OutputS3BucketName`.
    pub fn output_s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `OutputS3KeyPrefix`.
    pub fn output_s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ServiceRoleArn`.
    pub fn service_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TimeoutSeconds`.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceWindowRunCommandParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceWindowRunCommandParameters>
    for ::forma_core::Value<MaintenanceWindowRunCommandParameters>
{
    fn from(v: MaintenanceWindowRunCommandParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_RUN_COMMAND_PARAMETERS_TYPE.properties))
    }
}

/// The `MaintenanceWindowStepFunctionsParameters` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindowStepFunctionsParameters {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindowStepFunctionsParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Input`.
    pub fn input(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceWindowStepFunctionsParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceWindowStepFunctionsParameters>
    for ::forma_core::Value<MaintenanceWindowStepFunctionsParameters>
{
    fn from(v: MaintenanceWindowStepFunctionsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_STEP_FUNCTIONS_PARAMETERS_TYPE.properties))
    }
}

/// The `CloudWatchOutputConfig` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchOutputConfig {
    props: ::forma_core::schema::Props,
}
impl CloudWatchOutputConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the CloudWatch log group where you want to send command output.
    pub fn cloud_watch_log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables Systems Manager to send command output to CloudWatch Logs.
    pub fn cloud_watch_output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
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

/// The `NotificationConfig` property type of `AWS::SSM::MaintenanceWindowTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationConfig {
    props: ::forma_core::schema::Props,
}
impl NotificationConfig {
    /// A new value with its required properties: `NotificationArn`.
    pub fn new(notification_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, notification_arn.into().into_expr());
        Self { props }
    }
    /// `NotificationEvents`.
    pub fn notification_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NotificationType`.
    pub fn notification_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NotificationConfig> for ::forma_core::Value<NotificationConfig> {
    fn from(v: NotificationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::MaintenanceWindowTask`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::MaintenanceWindowTask",
    properties: &[
        ::forma_core::schema::Property {
            name: "CutoffBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CANCEL_TASK", "CONTINUE_TASK"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "LoggingInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$"),
                min_length: Some(1),
                max_length: Some(7),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxErrors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$"),
                min_length: Some(1),
                max_length: Some(7),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{3,128}$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "TaskInvocationParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_INVOCATION_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TaskParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TaskType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMATION", "LAMBDA", "RUN_COMMAND", "STEP_FUNCTIONS"]),
        },
        ::forma_core::schema::Property {
            name: "WindowId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^mw-[0-9a-f]{17}$"),
                min_length: Some(20),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
    attributes: &["WindowTaskId"],
};

static LOGGING_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::MaintenanceWindowTask.LoggingInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::MaintenanceWindowTask.Target",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$",
                ),
                min_length: Some(1),
                max_length: Some(163),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static TASK_INVOCATION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::MaintenanceWindowTask.TaskInvocationParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaintenanceWindowAutomationParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_AUTOMATION_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindowLambdaParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_LAMBDA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindowRunCommandParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_RUN_COMMAND_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindowStepFunctionsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_STEP_FUNCTIONS_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static MAINTENANCE_WINDOW_AUTOMATION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSM::MaintenanceWindowTask.MaintenanceWindowAutomationParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "DocumentVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Parameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
        ],
        rules: &[],
    };

static MAINTENANCE_WINDOW_LAMBDA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSM::MaintenanceWindowTask.MaintenanceWindowLambdaParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientContext",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Payload",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Qualifier",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static MAINTENANCE_WINDOW_RUN_COMMAND_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSM::MaintenanceWindowTask.MaintenanceWindowRunCommandParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudWatchOutputConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_OUTPUT_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Comment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DocumentHash",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DocumentHashType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DocumentVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "NotificationConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OutputS3BucketName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OutputS3KeyPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Parameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "ServiceRoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TimeoutSeconds",
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

static MAINTENANCE_WINDOW_STEP_FUNCTIONS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSM::MaintenanceWindowTask.MaintenanceWindowStepFunctionsParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "Input",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static CLOUD_WATCH_OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::MaintenanceWindowTask.CloudWatchOutputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchOutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static NOTIFICATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::MaintenanceWindowTask.NotificationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "NotificationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NotificationEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotificationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
