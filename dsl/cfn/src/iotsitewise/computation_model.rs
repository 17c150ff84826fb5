// @generated from AWS::IoTSiteWise::ComputationModel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::ComputationModel` and its property types.

/// Resource schema for AWS::IoTSiteWise::ComputationModel.
///
/// CloudFormation type `AWS::IoTSiteWise::ComputationModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputationModel {
    props: ::forma_core::schema::Props,
}
impl ComputationModel {
    /// A new resource with its required properties: `ComputationModelConfiguration`, `ComputationModelDataBinding`, `ComputationModelName`.
    #[track_caller]
    pub fn new(
        computation_model_configuration: impl ::std::convert::Into<::forma_core::Value<ComputationModelConfiguration>>,
        computation_model_data_binding: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        computation_model_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, computation_model_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, computation_model_data_binding.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, computation_model_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description about the computation model.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn computation_model_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ComputationModel {
    type Attributes = ComputationModelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::ComputationModel"
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
/// The attributes of a `AWS::IoTSiteWise::ComputationModel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComputationModelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComputationModelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComputationModelAttributes {
    /// `Fn::GetAtt` `ComputationModelArn`.
    pub fn computation_model_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputationModelArn")
    }
    /// `Fn::GetAtt` `ComputationModelId`.
    pub fn computation_model_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputationModelId")
    }
}

/// The `ComputationModelConfiguration` property type of `AWS::IoTSiteWise::ComputationModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputationModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComputationModelConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains configuration for anomaly detection computation model.
    pub fn anomaly_detection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnomalyDetectionComputationModelConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputationModelConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputationModelConfiguration> for ::forma_core::Value<ComputationModelConfiguration> {
    fn from(v: ComputationModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTATION_MODEL_CONFIGURATION_TYPE.properties))
    }
}

/// The `ComputationModelDataBindingValue` property type of `AWS::IoTSiteWise::ComputationModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputationModelDataBindingValue {
    props: ::forma_core::schema::Props,
}
impl ComputationModelDataBindingValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines an asset model property binding.
    pub fn asset_model_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AssetModelPropertyBindingValue>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines an asset property binding.
    pub fn asset_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AssetPropertyBindingValue>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Defines a list of computation model binding values.
    pub fn list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComputationModelDataBindingValue>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputationModelDataBindingValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputationModelDataBindingValue> for ::forma_core::Value<ComputationModelDataBindingValue> {
    fn from(v: ComputationModelDataBindingValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTATION_MODEL_DATA_BINDING_VALUE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTSiteWise::ComputationModel`.
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

/// The `AnomalyDetectionComputationModelConfiguration` property type of `AWS::IoTSiteWise::ComputationModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnomalyDetectionComputationModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnomalyDetectionComputationModelConfiguration {
    /// A new value with its required properties: `InputProperties`, `ResultProperty`.
    pub fn new(
        input_properties: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        result_property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_properties.into().into_expr());
        props.set(1, result_property.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AnomalyDetectionComputationModelConfiguration>
    for ::forma_core::Value<AnomalyDetectionComputationModelConfiguration>
{
    fn from(v: AnomalyDetectionComputationModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(ANOMALY_DETECTION_COMPUTATION_MODEL_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `AssetModelPropertyBindingValue` property type of `AWS::IoTSiteWise::ComputationModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetModelPropertyBindingValue {
    props: ::forma_core::schema::Props,
}
impl AssetModelPropertyBindingValue {
    /// A new value with its required properties: `AssetModelId`, `PropertyId`.
    pub fn new(
        asset_model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        property_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, asset_model_id.into().into_expr());
        props.set(1, property_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssetModelPropertyBindingValue> for ::forma_core::Value<AssetModelPropertyBindingValue> {
    fn from(v: AssetModelPropertyBindingValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_MODEL_PROPERTY_BINDING_VALUE_TYPE.properties))
    }
}

/// The `AssetPropertyBindingValue` property type of `AWS::IoTSiteWise::ComputationModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetPropertyBindingValue {
    props: ::forma_core::schema::Props,
}
impl AssetPropertyBindingValue {
    /// A new value with its required properties: `AssetId`, `PropertyId`.
    pub fn new(
        asset_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        property_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, asset_id.into().into_expr());
        props.set(1, property_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssetPropertyBindingValue> for ::forma_core::Value<AssetPropertyBindingValue> {
    fn from(v: AssetPropertyBindingValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_PROPERTY_BINDING_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSiteWise::ComputationModel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::ComputationModel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputationModelConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTATION_MODEL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputationModelDataBinding",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPUTATION_MODEL_DATA_BINDING_VALUE_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "ComputationModelDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _\\-#$*!@]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputationModelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _\\-#$*!@]+$"),
                min_length: Some(1),
                max_length: Some(256),
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
    ],
    rules: &[],
    attributes: &["ComputationModelArn", "ComputationModelId"],
};

static COMPUTATION_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::ComputationModel.ComputationModelConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AnomalyDetection",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ANOMALY_DETECTION_COMPUTATION_MODEL_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static COMPUTATION_MODEL_DATA_BINDING_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTSiteWise::ComputationModel.ComputationModelDataBindingValue",
        properties: &[
            ::forma_core::schema::Property {
                name: "AssetModelProperty",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ASSET_MODEL_PROPERTY_BINDING_VALUE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "AssetProperty",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ASSET_PROPERTY_BINDING_VALUE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "List",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&COMPUTATION_MODEL_DATA_BINDING_VALUE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::ComputationModel.Tag",
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

static ANOMALY_DETECTION_COMPUTATION_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTSiteWise::ComputationModel.AnomalyDetectionComputationModelConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "InputProperties",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\$\\{[a-z][a-z0-9_]*\\}$"),
                    min_length: Some(4),
                    max_length: Some(67),
                }),
            },
            ::forma_core::schema::Property {
                name: "ResultProperty",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\$\\{[a-z][a-z0-9_]*\\}$"),
                    min_length: Some(4),
                    max_length: Some(67),
                }),
            },
        ],
        rules: &[],
    };

static ASSET_MODEL_PROPERTY_BINDING_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTSiteWise::ComputationModel.AssetModelPropertyBindingValue",
        properties: &[
            ::forma_core::schema::Property {
                name: "AssetModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                    min_length: Some(36),
                    max_length: Some(36),
                }),
            },
            ::forma_core::schema::Property {
                name: "PropertyId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                    min_length: Some(36),
                    max_length: Some(36),
                }),
            },
        ],
        rules: &[],
    };

static ASSET_PROPERTY_BINDING_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::ComputationModel.AssetPropertyBindingValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
    ],
    rules: &[],
};
