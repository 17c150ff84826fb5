// @generated from AWS::EMR::Step (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::Step` and its property types.

/// Schema for AWS::EMR::Step
///
/// CloudFormation type `AWS::EMR::Step`.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    props: ::forma_core::schema::Props,
}
impl Step {
    /// A new resource with its required properties: `ActionOnFailure`, `HadoopJarStep`, `JobFlowId`, `Name`.
    #[track_caller]
    pub fn new(
        action_on_failure: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hadoop_jar_step: impl ::std::convert::Into<::forma_core::Value<HadoopJarStepConfig>>,
        job_flow_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action_on_failure.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, hadoop_jar_step.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, job_flow_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The KMS key ARN to encrypt the logs published to the given Amazon S3 destination.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 destination URI for log publishing.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Step {
    type Attributes = StepAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::Step"
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
/// The attributes of a `AWS::EMR::Step` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StepAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StepAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StepAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `HadoopJarStepConfig` property type of `AWS::EMR::Step`.
#[derive(Debug, Clone, PartialEq)]
pub struct HadoopJarStepConfig {
    props: ::forma_core::schema::Props,
}
impl HadoopJarStepConfig {
    /// A new value with its required properties: `Jar`.
    pub fn new(jar: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, jar.into().into_expr());
        Self { props }
    }
    /// `Args`.
    pub fn args(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MainClass`.
    pub fn main_class(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StepProperties`.
    pub fn step_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValue>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HadoopJarStepConfig> for ::forma_core::Value<HadoopJarStepConfig> {
    fn from(v: HadoopJarStepConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HADOOP_JAR_STEP_CONFIG_TYPE.properties))
    }
}

/// The `KeyValue` property type of `AWS::EMR::Step`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValue {
    props: ::forma_core::schema::Props,
}
impl KeyValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyValue> for ::forma_core::Value<KeyValue> {
    fn from(v: KeyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::EMR::Step`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::Step",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionOnFailure",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HadoopJarStep",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&HADOOP_JAR_STEP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobFlowId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogUri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static HADOOP_JAR_STEP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Step.HadoopJarStepConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Args",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Jar",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MainClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StepProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static KEY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Step.KeyValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
