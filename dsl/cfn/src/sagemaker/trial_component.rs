// @generated from AWS::SageMaker::TrialComponent (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::TrialComponent` and its property types.

/// Resource type definition for AWS::SageMaker::TrialComponent.
///
/// CloudFormation type `AWS::SageMaker::TrialComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialComponent {
    props: ::forma_core::schema::Props,
}
impl TrialComponent {
    /// A new resource with its required properties: `TrialComponentName`.
    #[track_caller]
    pub fn new(trial_component_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, trial_component_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the component as displayed.
    ///
    /// Allowed: length 1 to 120.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The input artifacts for the component.
    #[track_caller]
    pub fn input_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata properties of the tracking entity, trial, or trial component.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metadata_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataProperties>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The output artifacts for the component.
    #[track_caller]
    pub fn output_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The hyperparameters for the component.
    #[track_caller]
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the trial component.
    #[track_caller]
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrialComponentStatus>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to associate with the trial component.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TrialComponent {
    type Attributes = TrialComponentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::TrialComponent"
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
/// The attributes of a `AWS::SageMaker::TrialComponent` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrialComponentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrialComponentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrialComponentAttributes {
    /// `Fn::GetAtt` `TrialComponentArn`.
    pub fn trial_component_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrialComponentArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `LineageGroupArn`.
    pub fn lineage_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LineageGroupArn")
    }
}

/// Represents an input or output artifact of a trial component.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialComponentArtifact {
    props: ::forma_core::schema::Props,
}
impl TrialComponentArtifact {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, value.into().into_expr());
        Self { props }
    }
    /// The media type of the artifact.
    ///
    /// Allowed: length 0 to 64.
    pub fn media_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrialComponentArtifact> for ::forma_core::Value<TrialComponentArtifact> {
    fn from(v: TrialComponentArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIAL_COMPONENT_ARTIFACT_TYPE.properties))
    }
}

/// Metadata properties of the tracking entity, trial, or trial component.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataProperties {
    props: ::forma_core::schema::Props,
}
impl MetadataProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The commit ID.
    ///
    /// Allowed: length 0 to 1024.
    pub fn commit_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The entity this entity was generated by.
    ///
    /// Allowed: length 0 to 1024.
    pub fn generated_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The project ID.
    ///
    /// Allowed: length 0 to 1024.
    pub fn project_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The repository.
    ///
    /// Allowed: length 0 to 1024.
    pub fn repository(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetadataProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataProperties> for ::forma_core::Value<MetadataProperties> {
    fn from(v: MetadataProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_PROPERTIES_TYPE.properties))
    }
}

/// The value of a hyperparameter.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialComponentParameterValue {
    props: ::forma_core::schema::Props,
}
impl TrialComponentParameterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The numeric value of a numeric hyperparameter.
    pub fn number_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The string value of a categorical hyperparameter.
    ///
    /// Allowed: length 0 to 2500.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrialComponentParameterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrialComponentParameterValue> for ::forma_core::Value<TrialComponentParameterValue> {
    fn from(v: TrialComponentParameterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIAL_COMPONENT_PARAMETER_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `InProgress`, `Completed`, `Failed`, `Stopping`, `Stopped`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrimaryStatus {
    /// `InProgress`
    InProgress,
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// `Stopping`
    Stopping,
    /// `Stopped`
    Stopped,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrimaryStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Stopping => "Stopping",
            Self::Stopped => "Stopped",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["InProgress", "Completed", "Failed", "Stopping", "Stopped"]
    }
}
impl ::std::convert::From<PrimaryStatus> for ::forma_core::Value<PrimaryStatus> {
    fn from(v: PrimaryStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrimaryStatus {}

/// The status of the trial component.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialComponentStatus {
    props: ::forma_core::schema::Props,
}
impl TrialComponentStatus {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If the component failed, a message describing why.
    ///
    /// Allowed: length 0 to 1024.
    pub fn message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The status of the trial component.
    pub fn primary_status(mut self, value: impl ::forma_core::schema::EnumArg<PrimaryStatus>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TrialComponentStatus {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrialComponentStatus> for ::forma_core::Value<TrialComponentStatus> {
    fn from(v: TrialComponentStatus) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIAL_COMPONENT_STATUS_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::SageMaker::TrialComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::TrialComponent`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::TrialComponent",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$"),
                min_length: Some(1),
                max_length: Some(120),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &TRIAL_COMPONENT_ARTIFACT_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "MetadataProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&METADATA_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &TRIAL_COMPONENT_ARTIFACT_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &TRIAL_COMPONENT_PARAMETER_VALUE_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRIAL_COMPONENT_STATUS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrialComponentName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$"),
                min_length: Some(1),
                max_length: Some(120),
            }),
        },
    ],
    rules: &[],
    attributes: &["TrialComponentArn", "CreationTime", "LastModifiedTime", "LineageGroupArn"],
};

static TRIAL_COMPONENT_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::TrialComponent.TrialComponentArtifact",
    properties: &[
        ::forma_core::schema::Property {
            name: "MediaType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-\\w]+\\/[-\\w+]+$"),
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static METADATA_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::TrialComponent.MetadataProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "CommitId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "GeneratedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Repository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TRIAL_COMPONENT_PARAMETER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::TrialComponent.TrialComponentParameterValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2500),
            }),
        },
    ],
    rules: &[],
};

static TRIAL_COMPONENT_STATUS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::TrialComponent.TrialComponentStatus",
    properties: &[
        ::forma_core::schema::Property {
            name: "Message",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["InProgress", "Completed", "Failed", "Stopping", "Stopped"]),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::TrialComponent.Tags",
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
