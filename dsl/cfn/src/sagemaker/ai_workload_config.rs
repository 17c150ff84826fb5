// @generated from AWS::SageMaker::AIWorkloadConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::AIWorkloadConfig` and its property types.

/// Resource Type definition for AWS::SageMaker::AIWorkloadConfig.
///
/// CloudFormation type `AWS::SageMaker::AIWorkloadConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct AiWorkloadConfig {
    props: ::forma_core::schema::Props,
}
impl AiWorkloadConfig {
    /// A new resource with its required properties: `AIWorkloadConfigName`.
    #[track_caller]
    pub fn new(ai_workload_config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ai_workload_config_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The benchmark tool configuration and workload specification.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ai_workload_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiWorkloadConfigs>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The dataset configuration for the workload.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn dataset_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<AiDatasetConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata that you apply to the AI workload configuration to help you categorize and organize it.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AiWorkloadConfig {
    type Attributes = AiWorkloadConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::AIWorkloadConfig"
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
/// The attributes of a `AWS::SageMaker::AIWorkloadConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AiWorkloadConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AiWorkloadConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AiWorkloadConfigAttributes {
    /// `Fn::GetAtt` `AIWorkloadConfigArn`.
    pub fn ai_workload_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIWorkloadConfigArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The benchmark tool configuration for an AI workload.
#[derive(Debug, Clone, PartialEq)]
pub struct AiWorkloadConfigs {
    props: ::forma_core::schema::Props,
}
impl AiWorkloadConfigs {
    /// A new value with its required properties: `WorkloadSpec`.
    pub fn new(workload_spec: impl ::std::convert::Into<::forma_core::Value<WorkloadSpec>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, workload_spec.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiWorkloadConfigs> for ::forma_core::Value<AiWorkloadConfigs> {
    fn from(v: AiWorkloadConfigs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_WORKLOAD_CONFIGS_TYPE.properties))
    }
}

/// The dataset configuration for an AI workload.
#[derive(Debug, Clone, PartialEq)]
pub struct AiDatasetConfig {
    props: ::forma_core::schema::Props,
}
impl AiDatasetConfig {
    /// A new value with its required properties: `InputDataConfig`.
    pub fn new(
        input_data_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AiWorkloadInputDataConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_data_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiDatasetConfig> for ::forma_core::Value<AiDatasetConfig> {
    fn from(v: AiDatasetConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_DATASET_CONFIG_TYPE.properties))
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

/// The workload specification for benchmark tool configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadSpec {
    props: ::forma_core::schema::Props,
}
impl WorkloadSpec {
    /// A new value with its required properties: `Inline`.
    pub fn new(inline: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, inline.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WorkloadSpec> for ::forma_core::Value<WorkloadSpec> {
    fn from(v: WorkloadSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKLOAD_SPEC_TYPE.properties))
    }
}

/// A channel of input data for an AI workload configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AiWorkloadInputDataConfig {
    props: ::forma_core::schema::Props,
}
impl AiWorkloadInputDataConfig {
    /// A new value with its required properties: `ChannelName`, `DataSource`.
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_source: impl ::std::convert::Into<::forma_core::Value<AiWorkloadDataSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel_name.into().into_expr());
        props.set(1, data_source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiWorkloadInputDataConfig> for ::forma_core::Value<AiWorkloadInputDataConfig> {
    fn from(v: AiWorkloadInputDataConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_WORKLOAD_INPUT_DATA_CONFIG_TYPE.properties))
    }
}

/// The data source for an AI workload input data channel.
#[derive(Debug, Clone, PartialEq)]
pub struct AiWorkloadDataSource {
    props: ::forma_core::schema::Props,
}
impl AiWorkloadDataSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon S3 data source configuration.
    pub fn s3_data_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiWorkloadS3DataSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AiWorkloadDataSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AiWorkloadDataSource> for ::forma_core::Value<AiWorkloadDataSource> {
    fn from(v: AiWorkloadDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_WORKLOAD_DATA_SOURCE_TYPE.properties))
    }
}

/// The Amazon S3 data source for an AI workload.
#[derive(Debug, Clone, PartialEq)]
pub struct AiWorkloadS3DataSource {
    props: ::forma_core::schema::Props,
}
impl AiWorkloadS3DataSource {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiWorkloadS3DataSource> for ::forma_core::Value<AiWorkloadS3DataSource> {
    fn from(v: AiWorkloadS3DataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_WORKLOAD_S3_DATA_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::AIWorkloadConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::AIWorkloadConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AIWorkloadConfigName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9](-*[a-z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "AIWorkloadConfigs",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&AI_WORKLOAD_CONFIGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&AI_DATASET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["AIWorkloadConfigArn", "CreationTime"],
};

static AI_WORKLOAD_CONFIGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.AIWorkloadConfigs",
    properties: &[::forma_core::schema::Property {
        name: "WorkloadSpec",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&WORKLOAD_SPEC_TYPE),
    }],
    rules: &[],
};

static AI_DATASET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.AIDatasetConfig",
    properties: &[::forma_core::schema::Property {
        name: "InputDataConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&AI_WORKLOAD_INPUT_DATA_CONFIG_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static WORKLOAD_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.WorkloadSpec",
    properties: &[::forma_core::schema::Property {
        name: "Inline",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static AI_WORKLOAD_INPUT_DATA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.AIWorkloadInputDataConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\.\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AI_WORKLOAD_DATA_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static AI_WORKLOAD_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.AIWorkloadDataSource",
    properties: &[::forma_core::schema::Property {
        name: "S3DataSource",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AI_WORKLOAD_S3_DATA_SOURCE_TYPE),
    }],
    rules: &[],
};

static AI_WORKLOAD_S3_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AIWorkloadConfig.AIWorkloadS3DataSource",
    properties: &[::forma_core::schema::Property {
        name: "S3Uri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
            min_length: None,
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};
