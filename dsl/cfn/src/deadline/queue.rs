// @generated from AWS::Deadline::Queue (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::Queue` and its property types.

/// Resource Type definition for AWS::Deadline::Queue
///
/// CloudFormation type `AWS::Deadline::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct Queue {
    props: ::forma_core::schema::Props,
}
impl Queue {
    /// A new resource with its required properties: `DisplayName`, `FarmId`.
    #[track_caller]
    pub fn new(
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, farm_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AllowedStorageProfileIds`.
    #[track_caller]
    pub fn allowed_storage_profile_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultBudgetAction`.
    #[track_caller]
    pub fn default_budget_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DefaultQueueBudgetAction>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobAttachmentSettings`.
    #[track_caller]
    pub fn job_attachment_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JobAttachmentSettings>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobRunAsUser`.
    #[track_caller]
    pub fn job_run_as_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<JobRunAsUser>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RequiredFileSystemLocationNames`.
    #[track_caller]
    pub fn required_file_system_location_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SchedulingConfiguration`.
    #[track_caller]
    pub fn scheduling_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Queue {
    type Attributes = QueueAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::Queue"
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
/// The attributes of a `AWS::Deadline::Queue` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueueAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueueAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueueAttributes {
    /// `Fn::GetAtt` `QueueId`.
    pub fn queue_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueueId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `NONE`, `STOP_SCHEDULING_AND_COMPLETE_TASKS`, `STOP_SCHEDULING_AND_CANCEL_TASKS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultQueueBudgetAction {
    /// `NONE`
    None,
    /// `STOP_SCHEDULING_AND_COMPLETE_TASKS`
    StopSchedulingAndCompleteTasks,
    /// `STOP_SCHEDULING_AND_CANCEL_TASKS`
    StopSchedulingAndCancelTasks,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultQueueBudgetAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::StopSchedulingAndCompleteTasks => "STOP_SCHEDULING_AND_COMPLETE_TASKS",
            Self::StopSchedulingAndCancelTasks => "STOP_SCHEDULING_AND_CANCEL_TASKS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "STOP_SCHEDULING_AND_COMPLETE_TASKS", "STOP_SCHEDULING_AND_CANCEL_TASKS"]
    }
}
impl ::std::convert::From<DefaultQueueBudgetAction> for ::forma_core::Value<DefaultQueueBudgetAction> {
    fn from(v: DefaultQueueBudgetAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultQueueBudgetAction {}

/// The `JobAttachmentSettings` property type of `AWS::Deadline::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobAttachmentSettings {
    props: ::forma_core::schema::Props,
}
impl JobAttachmentSettings {
    /// A new value with its required properties: `RootPrefix`, `S3BucketName`.
    pub fn new(
        root_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, root_prefix.into().into_expr());
        props.set(1, s3_bucket_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JobAttachmentSettings> for ::forma_core::Value<JobAttachmentSettings> {
    fn from(v: JobAttachmentSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_ATTACHMENT_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `QUEUE_CONFIGURED_USER`, `WORKER_AGENT_USER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunAs {
    /// `QUEUE_CONFIGURED_USER`
    QueueConfiguredUser,
    /// `WORKER_AGENT_USER`
    WorkerAgentUser,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RunAs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::QueueConfiguredUser => "QUEUE_CONFIGURED_USER",
            Self::WorkerAgentUser => "WORKER_AGENT_USER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["QUEUE_CONFIGURED_USER", "WORKER_AGENT_USER"]
    }
}
impl ::std::convert::From<RunAs> for ::forma_core::Value<RunAs> {
    fn from(v: RunAs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RunAs {}

/// The `JobRunAsUser` property type of `AWS::Deadline::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRunAsUser {
    props: ::forma_core::schema::Props,
}
impl JobRunAsUser {
    /// A new value with its required properties: `RunAs`.
    pub fn new(run_as: impl ::forma_core::schema::EnumArg<RunAs>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, run_as.into_enum_expr());
        Self { props }
    }
    /// `Posix`.
    pub fn posix(mut self, value: impl ::std::convert::Into<::forma_core::Value<PosixUser>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Windows`.
    pub fn windows(mut self, value: impl ::std::convert::Into<::forma_core::Value<WindowsUser>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JobRunAsUser> for ::forma_core::Value<JobRunAsUser> {
    fn from(v: JobRunAsUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_RUN_AS_USER_TYPE.properties))
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

/// The `PosixUser` property type of `AWS::Deadline::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct PosixUser {
    props: ::forma_core::schema::Props,
}
impl PosixUser {
    /// A new value with its required properties: `Group`, `User`.
    pub fn new(
        group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, group.into().into_expr());
        props.set(1, user.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PosixUser> for ::forma_core::Value<PosixUser> {
    fn from(v: PosixUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POSIX_USER_TYPE.properties))
    }
}

/// The `WindowsUser` property type of `AWS::Deadline::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowsUser {
    props: ::forma_core::schema::Props,
}
impl WindowsUser {
    /// A new value with its required properties: `PasswordArn`, `User`.
    pub fn new(
        password_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, password_arn.into().into_expr());
        props.set(1, user.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WindowsUser> for ::forma_core::Value<WindowsUser> {
    fn from(v: WindowsUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WINDOWS_USER_TYPE.properties))
    }
}

/// The schema of `AWS::Deadline::Queue`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::Queue",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedStorageProfileIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sp-[0-9a-f]{32}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultBudgetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NONE",
                "STOP_SCHEDULING_AND_COMPLETE_TASKS",
                "STOP_SCHEDULING_AND_CANCEL_TASKS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "JobAttachmentSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_ATTACHMENT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobRunAsUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_RUN_AS_USER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RequiredFileSystemLocationNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9A-Za-z ]*$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):iam::\\d{12}:role(/[!-.0-~]+)*/[\\w+=,.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SchedulingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["QueueId", "Arn"],
};

static JOB_ATTACHMENT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Deadline::Queue.JobAttachmentSettings",
properties: &[
::forma_core::schema::Property { name: "RootPrefix", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9-_/]+$"), min_length: Some(1), max_length: Some(63) }) },
::forma_core::schema::Property { name: "S3BucketName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)"), min_length: Some(3), max_length: Some(63) }) },
],
rules: &[],
};

static JOB_RUN_AS_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Queue.JobRunAsUser",
    properties: &[
        ::forma_core::schema::Property {
            name: "Posix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POSIX_USER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RunAs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["QUEUE_CONFIGURED_USER", "WORKER_AGENT_USER"]),
        },
        ::forma_core::schema::Property {
            name: "Windows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WINDOWS_USER_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Queue.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static POSIX_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Queue.PosixUser",
    properties: &[
        ::forma_core::schema::Property {
            name: "Group",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:[a-z][a-z0-9-]{0,30})?$"),
                min_length: Some(0),
                max_length: Some(31),
            }),
        },
        ::forma_core::schema::Property {
            name: "User",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:[a-z][a-z0-9-]{0,30})?$"),
                min_length: Some(0),
                max_length: Some(31),
            }),
        },
    ],
    rules: &[],
};

static WINDOWS_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Deadline::Queue.WindowsUser",
properties: &[
::forma_core::schema::Property { name: "PasswordArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:secret:[a-zA-Z0-9-/_+=.@]{1,2028}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "User", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\"'/\\[\\]:;|=,+*?<>\\s]*$"), min_length: Some(0), max_length: Some(111) }) },
],
rules: &[],
};
