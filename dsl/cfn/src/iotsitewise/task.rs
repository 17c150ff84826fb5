// @generated from AWS::IoTSiteWise::Task (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::Task` and its property types.

/// Resource schema for AWS::IoTSiteWise::Task.
///
/// CloudFormation type `AWS::IoTSiteWise::Task`.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    props: ::forma_core::schema::Props,
}
impl Task {
    /// A new resource with its required properties: `TaskConfiguration`, `TaskName`, `WorkspaceName`.
    #[track_caller]
    pub fn new(
        task_configuration: impl ::std::convert::Into<::forma_core::Value<TaskConfiguration>>,
        task_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, task_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, task_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, workspace_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the task.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Task {
    type Attributes = TaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::Task"
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
/// The attributes of a `AWS::IoTSiteWise::Task` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TaskAttributes {
    /// `Fn::GetAtt` `TaskArn`.
    pub fn task_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TaskArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
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

/// The task execution configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskConfiguration {
    props: ::forma_core::schema::Props,
}
impl TaskConfiguration {
    /// A new value with its required properties: `ContainerTaskConfiguration`.
    pub fn new(
        container_task_configuration: impl ::std::convert::Into<::forma_core::Value<ContainerTaskConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_task_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TaskConfiguration> for ::forma_core::Value<TaskConfiguration> {
    fn from(v: TaskConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GENERIC_COMPUTE_PROCESSING`, `HARDWARE_ACCELERATED_PROCESSING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProcessingType {
    /// `GENERIC_COMPUTE_PROCESSING`
    GenericComputeProcessing,
    /// `HARDWARE_ACCELERATED_PROCESSING`
    HardwareAcceleratedProcessing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProcessingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GenericComputeProcessing => "GENERIC_COMPUTE_PROCESSING",
            Self::HardwareAcceleratedProcessing => "HARDWARE_ACCELERATED_PROCESSING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENERIC_COMPUTE_PROCESSING", "HARDWARE_ACCELERATED_PROCESSING"]
    }
}
impl ::std::convert::From<ProcessingType> for ::forma_core::Value<ProcessingType> {
    fn from(v: ProcessingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProcessingType {}

/// The values CloudFormation documents: `UNITS_2`, `UNITS_4`, `UNITS_8`, `UNITS_12`, `UNITS_16`, `UNITS_24`, `UNITS_32`, `UNITS_36`, `UNITS_48`, `UNITS_60`, `UNITS_64`, `UNITS_72`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProcessingUnit {
    /// `UNITS_2`
    Units2,
    /// `UNITS_4`
    Units4,
    /// `UNITS_8`
    Units8,
    /// `UNITS_12`
    Units12,
    /// `UNITS_16`
    Units16,
    /// `UNITS_24`
    Units24,
    /// `UNITS_32`
    Units32,
    /// `UNITS_36`
    Units36,
    /// `UNITS_48`
    Units48,
    /// `UNITS_60`
    Units60,
    /// `UNITS_64`
    Units64,
    /// `UNITS_72`
    Units72,
    /// `UNITS_84`
    Units84,
    /// `UNITS_96`
    Units96,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProcessingUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Units2 => "UNITS_2",
            Self::Units4 => "UNITS_4",
            Self::Units8 => "UNITS_8",
            Self::Units12 => "UNITS_12",
            Self::Units16 => "UNITS_16",
            Self::Units24 => "UNITS_24",
            Self::Units32 => "UNITS_32",
            Self::Units36 => "UNITS_36",
            Self::Units48 => "UNITS_48",
            Self::Units60 => "UNITS_60",
            Self::Units64 => "UNITS_64",
            Self::Units72 => "UNITS_72",
            Self::Units84 => "UNITS_84",
            Self::Units96 => "UNITS_96",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "UNITS_2", "UNITS_4", "UNITS_8", "UNITS_12", "UNITS_16", "UNITS_24", "UNITS_32", "UNITS_36", "UNITS_48",
            "UNITS_60", "UNITS_64", "UNITS_72", "UNITS_84", "UNITS_96",
        ]
    }
}
impl ::std::convert::From<ProcessingUnit> for ::forma_core::Value<ProcessingUnit> {
    fn from(v: ProcessingUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProcessingUnit {}

/// Configuration for running a custom container image on managed compute.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerTaskConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContainerTaskConfiguration {
    /// A new value with its required properties: `EcrUri`, `ProcessingType`, `ProcessingUnit`, `TaskExecutionRole`.
    pub fn new(
        ecr_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        processing_type: impl ::forma_core::schema::EnumArg<ProcessingType>,
        processing_unit: impl ::forma_core::schema::EnumArg<ProcessingUnit>,
        task_execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, ecr_uri.into().into_expr());
        props.set(5, processing_type.into_enum_expr());
        props.set(6, processing_unit.into_enum_expr());
        props.set(7, task_execution_role.into().into_expr());
        Self { props }
    }
    /// The command to execute in the container.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map of environment variable key-value pairs.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Configuration for ephemeral storage attached to the container task.
    pub fn ephemeral_storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralStorageConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Mounts attached to the container filesystem.
    pub fn mounts(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Mount>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The timeout in seconds for task execution.
    ///
    /// Allowed: 60 to 86400.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerTaskConfiguration> for ::forma_core::Value<ContainerTaskConfiguration> {
    fn from(v: ContainerTaskConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_TASK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STANDARD_1`, `STANDARD_2`, `THROUGHPUT_1`, `THROUGHPUT_2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `STANDARD_1`
    Standard1,
    /// `STANDARD_2`
    Standard2,
    /// `THROUGHPUT_1`
    Throughput1,
    /// `THROUGHPUT_2`
    Throughput2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard1 => "STANDARD_1",
            Self::Standard2 => "STANDARD_2",
            Self::Throughput1 => "THROUGHPUT_1",
            Self::Throughput2 => "THROUGHPUT_2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD_1", "STANDARD_2", "THROUGHPUT_1", "THROUGHPUT_2"]
    }
}
impl ::std::convert::From<StorageClass> for ::forma_core::Value<StorageClass> {
    fn from(v: StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageClass {}

/// Configuration for ephemeral storage attached to the container task.
#[derive(Debug, Clone, PartialEq)]
pub struct EphemeralStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl EphemeralStorageConfiguration {
    /// A new value with its required properties: `StorageClass`, `StorageSizeInGiB`.
    pub fn new(
        storage_class: impl ::forma_core::schema::EnumArg<StorageClass>,
        storage_size_in_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, storage_class.into_enum_expr());
        props.set(1, storage_size_in_gi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EphemeralStorageConfiguration> for ::forma_core::Value<EphemeralStorageConfiguration> {
    fn from(v: EphemeralStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPHEMERAL_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SHARED_STORAGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageType {
    /// `SHARED_STORAGE`
    SharedStorage,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SharedStorage => "SHARED_STORAGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHARED_STORAGE"]
    }
}
impl ::std::convert::From<StorageType> for ::forma_core::Value<StorageType> {
    fn from(v: StorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageType {}

/// Attaches a data source to the container filesystem for a task at a customer-supplied relative path under the service-owned mount root.
#[derive(Debug, Clone, PartialEq)]
pub struct Mount {
    props: ::forma_core::schema::Props,
}
impl Mount {
    /// A new value with its required properties: `Name`, `RelativePath`, `Source`, `StorageType`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        relative_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<MountSource>>,
        storage_type: impl ::forma_core::schema::EnumArg<StorageType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, relative_path.into().into_expr());
        props.set(2, source.into().into_expr());
        props.set(3, storage_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Mount> for ::forma_core::Value<Mount> {
    fn from(v: Mount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOUNT_TYPE.properties))
    }
}

/// The data source configuration for a mount.
#[derive(Debug, Clone, PartialEq)]
pub struct MountSource {
    props: ::forma_core::schema::Props,
}
impl MountSource {
    /// A new value with its required properties: `S3AccessPoint`.
    pub fn new(s3_access_point: impl ::std::convert::Into<::forma_core::Value<S3AccessPointSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_access_point.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MountSource> for ::forma_core::Value<MountSource> {
    fn from(v: MountSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOUNT_SOURCE_TYPE.properties))
    }
}

/// Configures a mount that reads from an Amazon S3 access point.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessPointSource {
    props: ::forma_core::schema::Props,
}
impl S3AccessPointSource {
    /// A new value with its required properties: `AccessPointArn`.
    pub fn new(access_point_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_point_arn.into().into_expr());
        Self { props }
    }
    /// An object key name prefix.
    ///
    /// Allowed: length 1 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3AccessPointSource> for ::forma_core::Value<S3AccessPointSource> {
    fn from(v: S3AccessPointSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACCESS_POINT_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSiteWise::Task`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::Task",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
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
        ::forma_core::schema::Property {
            name: "TaskConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TaskName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["TaskArn", "Status"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Task.Tag",
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

static TASK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Task.TaskConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ContainerTaskConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONTAINER_TASK_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static CONTAINER_TASK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoTSiteWise::Task.ContainerTaskConfiguration",
properties: &[
::forma_core::schema::Property { name: "Command", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "EcrUri", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.[a-z.]+)|public\\.ecr\\.aws/[a-z][a-z0-9]+([._-][a-z0-9]+)*)/[a-z0-9]+((\\.||__|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.||__|__|-+)[a-z0-9]+)*)*(:[a-zA-Z0-9._-]+|@sha256:[a-f0-9]{64})?$"), min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "EnvironmentVariables", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(2048) })) },
::forma_core::schema::Property { name: "EphemeralStorageConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_STORAGE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Mounts", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&MOUNT_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) }) },
::forma_core::schema::Property { name: "ProcessingType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["GENERIC_COMPUTE_PROCESSING", "HARDWARE_ACCELERATED_PROCESSING"]) },
::forma_core::schema::Property { name: "ProcessingUnit", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["UNITS_2", "UNITS_4", "UNITS_8", "UNITS_12", "UNITS_16", "UNITS_24", "UNITS_32", "UNITS_36", "UNITS_48", "UNITS_60", "UNITS_64", "UNITS_72", "UNITS_84", "UNITS_96"]) },
::forma_core::schema::Property { name: "TaskExecutionRole", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:iam::[0-9]+:role/[\\w+=,.@/-]+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "TimeoutSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(60.0), maximum: Some(86400.0) }) },
],
rules: &[],
};

static EPHEMERAL_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Task.EphemeralStorageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD_1", "STANDARD_2", "THROUGHPUT_1", "THROUGHPUT_2"]),
        },
        ::forma_core::schema::Property {
            name: "StorageSizeInGiB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(16384.0),
            }),
        },
    ],
    rules: &[],
};

static MOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Task.Mount",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RelativePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^((?!.*(^|/)\\.\\.?(/|$))(?!.*//)[a-zA-Z0-9._-][a-zA-Z0-9._/-]*[a-zA-Z0-9._-]|[a-zA-Z0-9_-])$",
                ),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MOUNT_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHARED_STORAGE"]),
        },
    ],
    rules: &[],
};

static MOUNT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Task.MountSource",
    properties: &[::forma_core::schema::Property {
        name: "S3AccessPoint",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_ACCESS_POINT_SOURCE_TYPE),
    }],
    rules: &[],
};

static S3_ACCESS_POINT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Task.S3AccessPointSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:s3:[a-z0-9-]*:\\d{12}:accesspoint[/:][a-zA-Z0-9._-]+$"),
                min_length: Some(4),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
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
