// @generated from AWS::CleanRoomsML::ConfiguredModelAlgorithm (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRoomsML::ConfiguredModelAlgorithm` and its property types.

/// Definition of AWS::CleanRoomsML::ConfiguredModelAlgorithm Resource Type
///
/// CloudFormation type `AWS::CleanRoomsML::ConfiguredModelAlgorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredModelAlgorithm {
    props: ::forma_core::schema::Props,
}
impl ConfiguredModelAlgorithm {
    /// A new resource with its required properties: `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InferenceContainerConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inference_container_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceContainerConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms-ml configured model algorithm.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrainingContainerConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn training_container_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerConfig>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfiguredModelAlgorithm {
    type Attributes = ConfiguredModelAlgorithmAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRoomsML::ConfiguredModelAlgorithm"
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
/// The attributes of a `AWS::CleanRoomsML::ConfiguredModelAlgorithm` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfiguredModelAlgorithmAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfiguredModelAlgorithmAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfiguredModelAlgorithmAttributes {
    /// `Fn::GetAtt` `ConfiguredModelAlgorithmArn`.
    pub fn configured_model_algorithm_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfiguredModelAlgorithmArn")
    }
}

/// The `InferenceContainerConfig` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceContainerConfig {
    props: ::forma_core::schema::Props,
}
impl InferenceContainerConfig {
    /// A new value with its required properties: `ImageUri`.
    pub fn new(image_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, image_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceContainerConfig> for ::forma_core::Value<InferenceContainerConfig> {
    fn from(v: InferenceContainerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_CONTAINER_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithm`.
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

/// The `ContainerConfig` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerConfig {
    props: ::forma_core::schema::Props,
}
impl ContainerConfig {
    /// A new value with its required properties: `ImageUri`.
    pub fn new(image_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, image_uri.into().into_expr());
        Self { props }
    }
    /// `Arguments`.
    pub fn arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Entrypoint`.
    pub fn entrypoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MetricDefinitions`.
    pub fn metric_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDefinition>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerConfig> for ::forma_core::Value<ContainerConfig> {
    fn from(v: ContainerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_CONFIG_TYPE.properties))
    }
}

/// The `MetricDefinition` property type of `AWS::CleanRoomsML::ConfiguredModelAlgorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDefinition {
    props: ::forma_core::schema::Props,
}
impl MetricDefinition {
    /// A new value with its required properties: `Name`, `Regex`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        regex: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, regex.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricDefinition> for ::forma_core::Value<MetricDefinition> {
    fn from(v: MetricDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRoomsML::ConfiguredModelAlgorithm`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRoomsML::ConfiguredModelAlgorithm",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InferenceContainerConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_CONTAINER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:iam::[0-9]{12}:role/.+$"),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrainingContainerConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ConfiguredModelAlgorithmArn"],
};

static INFERENCE_CONTAINER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithm.InferenceContainerConfig",
    properties: &[::forma_core::schema::Property {
        name: "ImageUri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.*$"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithm.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CONTAINER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithm.ContainerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Entrypoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImageUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(40) },
            ),
        },
    ],
    rules: &[],
};

static METRIC_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::ConfiguredModelAlgorithm.MetricDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Regex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};
