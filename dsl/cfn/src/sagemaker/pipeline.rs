// @generated from AWS::SageMaker::Pipeline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Pipeline` and its property types.

/// Resource Type definition for AWS::SageMaker::Pipeline
///
/// CloudFormation type `AWS::SageMaker::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    props: ::forma_core::schema::Props,
}
impl Pipeline {
    /// A new resource with its required properties: `PipelineDefinition`, `PipelineName`, `RoleArn`.
    #[track_caller]
    pub fn new(
        pipeline_definition: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        pipeline_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, pipeline_definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, pipeline_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ParallelismConfiguration`.
    #[track_caller]
    pub fn parallelism_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParallelismConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the Pipeline.
    ///
    /// Allowed: length 0 to 3072.
    #[track_caller]
    pub fn pipeline_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name of the Pipeline.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn pipeline_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Pipeline {
    type Attributes = PipelineAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Pipeline"
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
/// The attributes of a `AWS::SageMaker::Pipeline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PipelineAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PipelineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `ParallelismConfiguration` property type of `AWS::SageMaker::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelismConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParallelismConfiguration {
    /// A new value with its required properties: `MaxParallelExecutionSteps`.
    pub fn new(max_parallel_execution_steps: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_parallel_execution_steps.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParallelismConfiguration> for ::forma_core::Value<ParallelismConfiguration> {
    fn from(v: ParallelismConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARALLELISM_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Pipeline`.
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

/// The schema of `AWS::SageMaker::Pipeline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Pipeline",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParallelismConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARALLELISM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PipelineDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PipelineDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3072),
            }),
        },
        ::forma_core::schema::Property {
            name: "PipelineDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PipelineName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
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
    attributes: &[],
};

static PARALLELISM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Pipeline.ParallelismConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MaxParallelExecutionSteps",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Pipeline.Tag",
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
