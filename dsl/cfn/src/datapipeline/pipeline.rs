// @generated from AWS::DataPipeline::Pipeline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataPipeline::Pipeline` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    props: ::forma_core::schema::Props,
}
impl Pipeline {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether to validate and start the pipeline or stop an active pipeline.
    #[track_caller]
    pub fn activate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the pipeline.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The parameter objects used with the pipeline.
    #[track_caller]
    pub fn parameter_objects(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ParameterObject>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The parameter values used with the pipeline.
    #[track_caller]
    pub fn parameter_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ParameterValue>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The objects that define the pipeline.
    #[track_caller]
    pub fn pipeline_objects(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PipelineObject>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of arbitrary tags (key-value pairs) to associate with the pipeline, which you can use to control permissions.
    #[track_caller]
    pub fn pipeline_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PipelineTag>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Pipeline {
    type Attributes = PipelineAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataPipeline::Pipeline"
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
/// The attributes of a `AWS::DataPipeline::Pipeline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PipelineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PipelineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PipelineAttributes {
    /// `Fn::GetAtt` `PipelineId`.
    pub fn pipeline_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PipelineId")
    }
}

/// The `ParameterObject` property type of `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterObject {
    props: ::forma_core::schema::Props,
}
impl ParameterObject {
    /// A new value with its required properties: `Attributes`, `Id`.
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ParameterAttribute>>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        props.set(1, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParameterObject> for ::forma_core::Value<ParameterObject> {
    fn from(v: ParameterObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_OBJECT_TYPE.properties))
    }
}

/// The `ParameterValue` property type of `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterValue {
    props: ::forma_core::schema::Props,
}
impl ParameterValue {
    /// A new value with its required properties: `Id`, `StringValue`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        string_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, string_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParameterValue> for ::forma_core::Value<ParameterValue> {
    fn from(v: ParameterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_VALUE_TYPE.properties))
    }
}

/// The `PipelineObject` property type of `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineObject {
    props: ::forma_core::schema::Props,
}
impl PipelineObject {
    /// A new value with its required properties: `Fields`, `Id`, `Name`.
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Field>>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PipelineObject> for ::forma_core::Value<PipelineObject> {
    fn from(v: PipelineObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPELINE_OBJECT_TYPE.properties))
    }
}

/// The `PipelineTag` property type of `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineTag {
    props: ::forma_core::schema::Props,
}
impl PipelineTag {
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
impl ::std::convert::From<PipelineTag> for ::forma_core::Value<PipelineTag> {
    fn from(v: PipelineTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPELINE_TAG_TYPE.properties))
    }
}

/// The `ParameterAttribute` property type of `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterAttribute {
    props: ::forma_core::schema::Props,
}
impl ParameterAttribute {
    /// A new value with its required properties: `Key`, `StringValue`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        string_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, string_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParameterAttribute> for ::forma_core::Value<ParameterAttribute> {
    fn from(v: ParameterAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_ATTRIBUTE_TYPE.properties))
    }
}

/// The `Field` property type of `AWS::DataPipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    props: ::forma_core::schema::Props,
}
impl Field {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// A field value that you specify as an identifier of another object in the same pipeline definition.
    ///
    /// Allowed: length 1 to 256.
    pub fn ref_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A field value that you specify as a string.
    ///
    /// Allowed: length 0 to 10240.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Field> for ::forma_core::Value<Field> {
    fn from(v: Field) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TYPE.properties))
    }
}

/// The schema of `AWS::DataPipeline::Pipeline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataPipeline::Pipeline",
    properties: &[
        ::forma_core::schema::Property {
            name: "Activate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParameterObjects",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ParameterValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PipelineObjects",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PIPELINE_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PipelineTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PIPELINE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["PipelineId"],
};

static PARAMETER_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataPipeline::Pipeline.ParameterObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id",
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

static PARAMETER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataPipeline::Pipeline.ParameterValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10240),
            }),
        },
    ],
    rules: &[],
};

static PIPELINE_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataPipeline::Pipeline.PipelineObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
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

static PIPELINE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataPipeline::Pipeline.PipelineTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PARAMETER_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataPipeline::Pipeline.ParameterAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10240),
            }),
        },
    ],
    rules: &[],
};

static FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataPipeline::Pipeline.Field",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RefValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10240),
            }),
        },
    ],
    rules: &[],
};
