// @generated from AWS::Config::ConfigurationRecorder (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::ConfigurationRecorder` and its property types.

/// Resource type definition for AWS::Config::ConfigurationRecorder
///
/// CloudFormation type `AWS::Config::ConfigurationRecorder`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationRecorder {
    props: ::forma_core::schema::Props,
}
impl ConfigurationRecorder {
    /// A new resource with its required properties: `RoleARN`.
    #[track_caller]
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the configuration recorder.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies which resource types are in scope for the configuration recorder to record.
    #[track_caller]
    pub fn recording_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<RecordingGroup>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the default recording frequency for the configuration recorder.
    #[track_caller]
    pub fn recording_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<RecordingMode>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defaults to 'true'.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn started_on_create(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationRecorder {
    type Attributes = ConfigurationRecorderAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::ConfigurationRecorder"
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
/// The attributes of a `AWS::Config::ConfigurationRecorder` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationRecorderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationRecorderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationRecorderAttributes {
    /// `Fn::GetAtt` `ResourceARN`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceARN")
    }
}

/// Specifies which resource types AWS Config records for configuration changes.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingGroup {
    props: ::forma_core::schema::Props,
}
impl RecordingGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether AWS Config records configuration changes for all supported resource types, excluding the global IAM resource types.
    pub fn all_supported(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that specifies how AWS Config excludes resource types from being recorded by the configuration recorder.
    pub fn exclusion_by_resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExclusionByResourceTypes>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This option is a bundle which only applies to the global IAM resource types: IAM users, groups, roles, and customer managed policies.
    pub fn include_global_resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An object that specifies the recording strategy for the configuration recorder.
    pub fn recording_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RecordingStrategy>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A comma-separated list that specifies which resource types AWS Config records.
    pub fn resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecordingGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecordingGroup> for ::forma_core::Value<RecordingGroup> {
    fn from(v: RecordingGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORDING_GROUP_TYPE.properties))
    }
}

/// Specifies the default recording frequency for the configuration recorder.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingMode {
    props: ::forma_core::schema::Props,
}
impl RecordingMode {
    /// A new value with its required properties: `RecordingFrequency`.
    pub fn new(recording_frequency: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, recording_frequency.into().into_expr());
        Self { props }
    }
    /// An array of 'RecordingModeOverride' objects for you to specify your overrides for the recording mode.
    pub fn recording_mode_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecordingModeOverride>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordingMode> for ::forma_core::Value<RecordingMode> {
    fn from(v: RecordingMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORDING_MODE_TYPE.properties))
    }
}

/// Specifies whether the configuration recorder excludes certain resource types from being recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct ExclusionByResourceTypes {
    props: ::forma_core::schema::Props,
}
impl ExclusionByResourceTypes {
    /// A new value with its required properties: `ResourceTypes`.
    pub fn new(
        resource_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_types.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExclusionByResourceTypes> for ::forma_core::Value<ExclusionByResourceTypes> {
    fn from(v: ExclusionByResourceTypes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXCLUSION_BY_RESOURCE_TYPES_TYPE.properties))
    }
}

/// Specifies the recording strategy of the configuration recorder.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingStrategy {
    props: ::forma_core::schema::Props,
}
impl RecordingStrategy {
    /// A new value with its required properties: `UseOnly`.
    pub fn new(use_only: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, use_only.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecordingStrategy> for ::forma_core::Value<RecordingStrategy> {
    fn from(v: RecordingStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORDING_STRATEGY_TYPE.properties))
    }
}

/// Specifies your overrides for the recording mode
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingModeOverride {
    props: ::forma_core::schema::Props,
}
impl RecordingModeOverride {
    /// A new value with its required properties: `RecordingFrequency`, `ResourceTypes`.
    pub fn new(
        recording_frequency: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, recording_frequency.into().into_expr());
        props.set(2, resource_types.into().into_expr());
        Self { props }
    }
    /// A description that you provide for the override.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordingModeOverride> for ::forma_core::Value<RecordingModeOverride> {
    fn from(v: RecordingModeOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORDING_MODE_OVERRIDE_TYPE.properties))
    }
}

/// The schema of `AWS::Config::ConfigurationRecorder`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::ConfigurationRecorder",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordingGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORDING_GROUP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORDING_MODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role)\\/.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartedOnCreate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["ResourceARN"],
};

static RECORDING_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationRecorder.RecordingGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllSupported",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExclusionByResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXCLUSION_BY_RESOURCE_TYPES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeGlobalResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RecordingStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORDING_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RECORDING_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationRecorder.RecordingMode",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordingFrequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordingModeOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECORDING_MODE_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EXCLUSION_BY_RESOURCE_TYPES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationRecorder.ExclusionByResourceTypes",
    properties: &[::forma_core::schema::Property {
        name: "ResourceTypes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static RECORDING_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationRecorder.RecordingStrategy",
    properties: &[::forma_core::schema::Property {
        name: "UseOnly",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static RECORDING_MODE_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationRecorder.RecordingModeOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordingFrequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
