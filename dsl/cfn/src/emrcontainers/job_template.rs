// @generated from AWS::EMRContainers::JobTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMRContainers::JobTemplate` and its property types.

/// Represents an Amazon EMR on EKS job template.
///
/// CloudFormation type `AWS::EMRContainers::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobTemplate {
    props: ::forma_core::schema::Props,
}
impl JobTemplate {
    /// A new resource with its required properties: `JobTemplateData`, `Name`.
    #[track_caller]
    pub fn new(
        job_template_data: impl ::std::convert::Into<::forma_core::Value<JobTemplateData>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, job_template_data.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags that are associated with the job template.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for JobTemplate {
    type Attributes = JobTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMRContainers::JobTemplate"
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
/// The attributes of a `AWS::EMRContainers::JobTemplate` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
}

/// The values of a StartJobRun API request used in job runs started using the job template.
#[derive(Debug, Clone, PartialEq)]
pub struct JobTemplateData {
    props: ::forma_core::schema::Props,
}
impl JobTemplateData {
    /// A new value with its required properties: `ExecutionRoleArn`, `JobDriver`, `ReleaseLabel`.
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        job_driver: impl ::std::convert::Into<::forma_core::Value<JobDriver>>,
        release_label: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, execution_role_arn.into().into_expr());
        props.set(2, job_driver.into().into_expr());
        props.set(5, release_label.into().into_expr());
        Self { props }
    }
    /// A configuration specification to be used to override existing configurations.
    pub fn configuration_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParametricConfigurationOverrides>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The tags assigned to jobs started using the job template.
    pub fn job_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The configuration of parameters existing in the job template.
    pub fn parameter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JobTemplateData> for ::forma_core::Value<JobTemplateData> {
    fn from(v: JobTemplateData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_TEMPLATE_DATA_TYPE.properties))
    }
}

/// A key-value pair to associate with the job template.
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

/// A configuration specification to be used to override existing configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct ParametricConfigurationOverrides {
    props: ::forma_core::schema::Props,
}
impl ParametricConfigurationOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationConfiguration`.
    pub fn application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Configuration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration setting for monitoring.
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParametricMonitoringConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParametricConfigurationOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParametricConfigurationOverrides> for ::forma_core::Value<ParametricConfigurationOverrides> {
    fn from(v: ParametricConfigurationOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETRIC_CONFIGURATION_OVERRIDES_TYPE.properties))
    }
}

/// Specify the driver that the job runs on.
#[derive(Debug, Clone, PartialEq)]
pub struct JobDriver {
    props: ::forma_core::schema::Props,
}
impl JobDriver {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `SparkSubmitJobDriver` or `SparkSqlJobDriver`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The job driver for job type.
    pub fn spark_sql_job_driver(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SparkSqlJobDriver>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The information about job driver for Spark submit.
    pub fn spark_submit_job_driver(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SparkSubmitJobDriver>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobDriver {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobDriver> for ::forma_core::Value<JobDriver> {
    fn from(v: JobDriver) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_DRIVER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NUMBER`, `STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `NUMBER`
    Number,
    /// `STRING`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Number => "NUMBER",
            Self::String => "STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NUMBER", "STRING"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The configuration of a job template parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateParameterConfiguration {
    props: ::forma_core::schema::Props,
}
impl TemplateParameterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The default value for the job template parameter.
    ///
    /// Allowed: length 1 to 1024.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of the job template parameter.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TemplateParameterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TemplateParameterConfiguration> for ::forma_core::Value<TemplateParameterConfiguration> {
    fn from(v: TemplateParameterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_PARAMETER_CONFIGURATION_TYPE.properties))
    }
}

/// A configuration specification to be used when provisioning virtual clusters, which can include configurations for applications and software bundled with Amazon EMR on EKS.
#[derive(Debug, Clone, PartialEq)]
pub struct Configuration {
    props: ::forma_core::schema::Props,
}
impl Configuration {
    /// A new value with its required properties: `Classification`.
    pub fn new(classification: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, classification.into().into_expr());
        Self { props }
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Configuration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A set of properties specified within a configuration classification.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Configuration> for ::forma_core::Value<Configuration> {
    fn from(v: Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_TYPE.properties))
    }
}

/// Configuration setting for monitoring.
#[derive(Debug, Clone, PartialEq)]
pub struct ParametricMonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParametricMonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A configuration for CloudWatch monitoring.
    pub fn cloud_watch_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParametricCloudWatchMonitoringConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Monitoring configurations for the persistent application UI, or a template parameter reference.
    ///
    /// Allowed: length 1 to 512.
    pub fn persistent_app_ui(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Amazon S3 configuration for monitoring log publishing.
    pub fn s3_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParametricS3MonitoringConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParametricMonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParametricMonitoringConfiguration>
    for ::forma_core::Value<ParametricMonitoringConfiguration>
{
    fn from(v: ParametricMonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETRIC_MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The job driver for job type.
#[derive(Debug, Clone, PartialEq)]
pub struct SparkSqlJobDriver {
    props: ::forma_core::schema::Props,
}
impl SparkSqlJobDriver {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EntryPoint`.
    ///
    /// Allowed: length 1 to 256.
    pub fn entry_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SparkSqlParameters`.
    ///
    /// Allowed: length 1 to 102400.
    pub fn spark_sql_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SparkSqlJobDriver {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SparkSqlJobDriver> for ::forma_core::Value<SparkSqlJobDriver> {
    fn from(v: SparkSqlJobDriver) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPARK_SQL_JOB_DRIVER_TYPE.properties))
    }
}

/// The information about job driver for Spark submit.
#[derive(Debug, Clone, PartialEq)]
pub struct SparkSubmitJobDriver {
    props: ::forma_core::schema::Props,
}
impl SparkSubmitJobDriver {
    /// A new value with its required properties: `EntryPoint`.
    pub fn new(entry_point: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entry_point.into().into_expr());
        Self { props }
    }
    /// `EntryPointArguments`.
    pub fn entry_point_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SparkSubmitParameters`.
    ///
    /// Allowed: length 1 to 102400.
    pub fn spark_submit_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SparkSubmitJobDriver> for ::forma_core::Value<SparkSubmitJobDriver> {
    fn from(v: SparkSubmitJobDriver) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPARK_SUBMIT_JOB_DRIVER_TYPE.properties))
    }
}

/// A configuration for CloudWatch monitoring.
#[derive(Debug, Clone, PartialEq)]
pub struct ParametricCloudWatchMonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParametricCloudWatchMonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the log group for log publishing, or a template parameter reference.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The specified name prefix for log streams.
    ///
    /// Allowed: length 1 to 256.
    pub fn log_stream_name_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParametricCloudWatchMonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParametricCloudWatchMonitoringConfiguration>
    for ::forma_core::Value<ParametricCloudWatchMonitoringConfiguration>
{
    fn from(v: ParametricCloudWatchMonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PARAMETRIC_CLOUD_WATCH_MONITORING_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Amazon S3 configuration for monitoring log publishing.
#[derive(Debug, Clone, PartialEq)]
pub struct ParametricS3MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParametricS3MonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Amazon S3 destination URI for log publishing.
    ///
    /// Allowed: length 1 to 10280.
    pub fn log_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParametricS3MonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParametricS3MonitoringConfiguration>
    for ::forma_core::Value<ParametricS3MonitoringConfiguration>
{
    fn from(v: ParametricS3MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETRIC_S3_MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::EMRContainers::JobTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMRContainers::JobTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "JobTemplateData",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&JOB_TEMPLATE_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
    ],
    rules: &[],
    attributes: &["Id", "Arn", "CreatedAt", "CreatedBy"],
};

static JOB_TEMPLATE_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EMRContainers::JobTemplate.JobTemplateData",
properties: &[
::forma_core::schema::Property { name: "ConfigurationOverrides", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PARAMETRIC_CONFIGURATION_OVERRIDES_TYPE) },
::forma_core::schema::Property { name: "ExecutionRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:(aws[a-zA-Z0-9-]*):iam::(\\d{12})?:(role((\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F))[\\w+=,.@-]+)$)|([\\.\\-_\\#A-Za-z0-9\\$\\{\\}]+)$"), min_length: Some(4), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "JobDriver", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&JOB_DRIVER_TYPE) },
::forma_core::schema::Property { name: "JobTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) })) },
::forma_core::schema::Property { name: "ParameterConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&TEMPLATE_PARAMETER_CONFIGURATION_TYPE)) },
::forma_core::schema::Property { name: "ReleaseLabel", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\.\\-_/A-Za-z0-9]+|\\$\\{[a-zA-Z]\\w*\\})$"), min_length: Some(1), max_length: Some(64) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::JobTemplate.Tag",
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

static PARAMETRIC_CONFIGURATION_OVERRIDES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::JobTemplate.ParametricConfigurationOverrides",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApplicationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "MonitoringConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PARAMETRIC_MONITORING_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static JOB_DRIVER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::JobTemplate.JobDriver",
    properties: &[
        ::forma_core::schema::Property {
            name: "SparkSqlJobDriver",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPARK_SQL_JOB_DRIVER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SparkSubmitJobDriver",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPARK_SUBMIT_JOB_DRIVER_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["SparkSubmitJobDriver"], &["SparkSqlJobDriver"]])],
};

static TEMPLATE_PARAMETER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::JobTemplate.TemplateParameterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NUMBER", "STRING"]),
        },
    ],
    rules: &[],
};

static CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::JobTemplate.Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: Some("\\S"), min_length: Some(1), max_length: Some(1024) },
            )),
        },
    ],
    rules: &[],
};

static PARAMETRIC_MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::JobTemplate.ParametricMonitoringConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudWatchMonitoringConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PARAMETRIC_CLOUD_WATCH_MONITORING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PersistentAppUI",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\.\\-_/#A-Za-z0-9\\$\\{\\}]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3MonitoringConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PARAMETRIC_S3_MONITORING_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static SPARK_SQL_JOB_DRIVER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::JobTemplate.SparkSqlJobDriver",
    properties: &[
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SparkSqlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
    ],
    rules: &[],
};

static SPARK_SUBMIT_JOB_DRIVER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::JobTemplate.SparkSubmitJobDriver",
    properties: &[
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntryPointArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S"),
                    min_length: Some(1),
                    max_length: Some(10280),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SparkSubmitParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
    ],
    rules: &[],
};

static PARAMETRIC_CLOUD_WATCH_MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::JobTemplate.ParametricCloudWatchMonitoringConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "LogGroupName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\.\\-_/#A-Za-z0-9\\$\\{\\}]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "LogStreamNamePrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static PARAMETRIC_S3_MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::JobTemplate.ParametricS3MonitoringConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "LogUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\r\\n\\t]*$"),
                min_length: Some(1),
                max_length: Some(10280),
            }),
        }],
        rules: &[],
    };
