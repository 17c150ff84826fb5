// @generated from AWS::Glue::Job (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Job` and its property types.

/// Resource Type definition for AWS::Glue::Job
///
/// CloudFormation type `AWS::Glue::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    props: ::forma_core::schema::Props,
}
impl Job {
    /// A new resource with its required properties: `Command`, `Role`.
    #[track_caller]
    pub fn new(
        command: impl ::std::convert::Into<::forma_core::Value<JobCommand>>,
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, command.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(18, role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The number of capacity units that are allocated to this job.
    #[track_caller]
    pub fn allocated_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the connections used by a job
    #[track_caller]
    pub fn connections(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectionsList>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultArguments`.
    #[track_caller]
    pub fn default_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the job.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the job is run with a standard or flexible execution class.
    #[track_caller]
    pub fn execution_class(mut self, value: impl ::forma_core::schema::EnumArg<ExecutionClass>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of concurrent runs that are allowed for this job.
    #[track_caller]
    pub fn execution_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExecutionProperty>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Glue version determines the versions of Apache Spark and Python that AWS Glue supports.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn glue_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Property description not available.
    #[track_caller]
    pub fn job_mode(mut self, value: impl ::forma_core::schema::EnumArg<JobMode>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Property description not available.
    #[track_caller]
    pub fn job_run_queuing_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This field is reserved for future use.
    #[track_caller]
    pub fn log_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Property description not available.
    #[track_caller]
    pub fn maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of AWS Glue data processing units (DPUs) that can be allocated when this job runs.
    #[track_caller]
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of times to retry this job after a JobRun fails
    #[track_caller]
    pub fn max_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name you assign to the job definition
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NonOverridableArguments`.
    #[track_caller]
    pub fn non_overridable_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configuration properties of a notification.
    #[track_caller]
    pub fn notification_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationProperty>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of workers of a defined workerType that are allocated when a job runs.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn number_of_workers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the SecurityConfiguration structure to be used with this job.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn security_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum time that a job run can consume resources before it is terminated and enters TIMEOUT status.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// TThe type of predefined worker that is allocated when a job runs.
    #[track_caller]
    pub fn worker_type(mut self, value: impl ::forma_core::schema::EnumArg<WorkerType>) -> Self {
        self.props.set_at(22, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Job {
    type Attributes = JobAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Job"
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
/// The attributes of a `AWS::Glue::Job` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `FLEX`, `STANDARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionClass {
    /// `FLEX`
    Flex,
    /// `STANDARD`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExecutionClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Flex => "FLEX",
            Self::Standard => "STANDARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLEX", "STANDARD"]
    }
}
impl ::std::convert::From<ExecutionClass> for ::forma_core::Value<ExecutionClass> {
    fn from(v: ExecutionClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExecutionClass {}

/// The values CloudFormation documents: `NOTEBOOK`, `SCRIPT`, `VISUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobMode {
    /// `NOTEBOOK`
    Notebook,
    /// `SCRIPT`
    Script,
    /// `VISUAL`
    Visual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JobMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Notebook => "NOTEBOOK",
            Self::Script => "SCRIPT",
            Self::Visual => "VISUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NOTEBOOK", "SCRIPT", "VISUAL"]
    }
}
impl ::std::convert::From<JobMode> for ::forma_core::Value<JobMode> {
    fn from(v: JobMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JobMode {}

/// The values CloudFormation documents: `Standard`, `G.1X`, `G.2X`, `G.025X`, `G.4X`, `G.8X`, `Z.2X`, `G.12X`, `G.16X`, `R.1X`, `R.2X`, `R.4X`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkerType {
    /// `Standard`
    Standard,
    /// `G.1X`
    G1X,
    /// `G.2X`
    G2X,
    /// `G.025X`
    G025X,
    /// `G.4X`
    G4X,
    /// `G.8X`
    G8X,
    /// `Z.2X`
    Z2X,
    /// `G.12X`
    G12X,
    /// `G.16X`
    G16X,
    /// `R.1X`
    R1X,
    /// `R.2X`
    R2X,
    /// `R.4X`
    R4X,
    /// `R.8X`
    R8X,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::G1X => "G.1X",
            Self::G2X => "G.2X",
            Self::G025X => "G.025X",
            Self::G4X => "G.4X",
            Self::G8X => "G.8X",
            Self::Z2X => "Z.2X",
            Self::G12X => "G.12X",
            Self::G16X => "G.16X",
            Self::R1X => "R.1X",
            Self::R2X => "R.2X",
            Self::R4X => "R.4X",
            Self::R8X => "R.8X",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X", "G.12X", "G.16X", "R.1X", "R.2X", "R.4X",
            "R.8X",
        ]
    }
}
impl ::std::convert::From<WorkerType> for ::forma_core::Value<WorkerType> {
    fn from(v: WorkerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkerType {}

/// The `JobCommand` property type of `AWS::Glue::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobCommand {
    props: ::forma_core::schema::Props,
}
impl JobCommand {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the job command
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Python version being used to execute a Python shell job.
    pub fn python_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Runtime is used to specify the versions of Ray, Python and additional libraries available in your environment
    ///
    /// Allowed: length 0 to 64.
    pub fn runtime(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the Amazon Simple Storage Service (Amazon S3) path to a script that executes a job
    ///
    /// Allowed: length 0 to 400000.
    pub fn script_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobCommand {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobCommand> for ::forma_core::Value<JobCommand> {
    fn from(v: JobCommand) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_COMMAND_TYPE.properties))
    }
}

/// The `ConnectionsList` property type of `AWS::Glue::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionsList {
    props: ::forma_core::schema::Props,
}
impl ConnectionsList {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of connections used by the job.
    pub fn connections(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionsList {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionsList> for ::forma_core::Value<ConnectionsList> {
    fn from(v: ConnectionsList) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTIONS_LIST_TYPE.properties))
    }
}

/// The `ExecutionProperty` property type of `AWS::Glue::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionProperty {
    props: ::forma_core::schema::Props,
}
impl ExecutionProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of concurrent runs allowed for the job.
    pub fn max_concurrent_runs(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExecutionProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExecutionProperty> for ::forma_core::Value<ExecutionProperty> {
    fn from(v: ExecutionProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXECUTION_PROPERTY_TYPE.properties))
    }
}

/// The `NotificationProperty` property type of `AWS::Glue::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationProperty {
    props: ::forma_core::schema::Props,
}
impl NotificationProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// It is the number of minutes to wait before sending a job run delay notification after a job run starts
    ///
    /// Allowed: at least 1.
    pub fn notify_delay_after(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationProperty> for ::forma_core::Value<NotificationProperty> {
    fn from(v: NotificationProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_PROPERTY_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::Job`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Job",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocatedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Command",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_COMMAND_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Connections",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTIONS_LIST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FLEX", "STANDARD"]),
        },
        ::forma_core::schema::Property {
            name: "ExecutionProperty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXECUTION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GlueVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\w+\\.)+\\w+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NOTEBOOK", "SCRIPT", "VISUAL"]),
        },
        ::forma_core::schema::Property {
            name: "JobRunQueuingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(Sun|Mon|Tue|Wed|Thu|Fri|Sat):([01]?[0-9]|2[0-3])$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "NonOverridableArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "NotificationProperty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NumberOfWorkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkerType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X", "G.12X", "G.16X", "R.1X", "R.2X", "R.4X",
                "R.8X",
            ]),
        },
    ],
    rules: &[],
    attributes: &[],
};

static JOB_COMMAND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Job.JobCommand",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PythonVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([2-3]|3[.]9)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScriptLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(400000),
            }),
        },
    ],
    rules: &[],
};

static CONNECTIONS_LIST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Job.ConnectionsList",
    properties: &[::forma_core::schema::Property {
        name: "Connections",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
        ),
    }],
    rules: &[],
};

static EXECUTION_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Job.ExecutionProperty",
    properties: &[::forma_core::schema::Property {
        name: "MaxConcurrentRuns",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static NOTIFICATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Job.NotificationProperty",
    properties: &[::forma_core::schema::Property {
        name: "NotifyDelayAfter",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: None,
        }),
    }],
    rules: &[],
};
