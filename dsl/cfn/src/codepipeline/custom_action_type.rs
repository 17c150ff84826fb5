// @generated from AWS::CodePipeline::CustomActionType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodePipeline::CustomActionType` and its property types.

/// The AWS::CodePipeline::CustomActionType resource creates a custom action for activities that aren't included in the CodePipeline default actions, such as running an internally developed build process or a test suite.
///
/// CloudFormation type `AWS::CodePipeline::CustomActionType`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomActionType {
    props: ::forma_core::schema::Props,
}
impl CustomActionType {
    /// A new resource with its required properties: `Category`, `InputArtifactDetails`, `OutputArtifactDetails`, `Provider`, `Version`.
    #[track_caller]
    pub fn new(
        category: impl ::forma_core::schema::EnumArg<Category>,
        input_artifact_details: impl ::std::convert::Into<::forma_core::Value<ArtifactDetails>>,
        output_artifact_details: impl ::std::convert::Into<::forma_core::Value<ArtifactDetails>>,
        provider: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, category.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, input_artifact_details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, output_artifact_details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, provider.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration properties for the custom action.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configuration_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationProperties>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// URLs that provide users information about this custom action.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Settings>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the custom action.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomActionType {
    type Attributes = CustomActionTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodePipeline::CustomActionType"
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
/// The attributes of a `AWS::CodePipeline::CustomActionType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomActionTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomActionTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomActionTypeAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `Approval`, `Build`, `Compute`, `Deploy`, `Invoke`, `Source`, `Test`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// `Approval`
    Approval,
    /// `Build`
    Build,
    /// `Compute`
    Compute,
    /// `Deploy`
    Deploy,
    /// `Invoke`
    Invoke,
    /// `Source`
    Source,
    /// `Test`
    Test,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Category {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approval => "Approval",
            Self::Build => "Build",
            Self::Compute => "Compute",
            Self::Deploy => "Deploy",
            Self::Invoke => "Invoke",
            Self::Source => "Source",
            Self::Test => "Test",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Approval", "Build", "Compute", "Deploy", "Invoke", "Source", "Test"]
    }
}
impl ::std::convert::From<Category> for ::forma_core::Value<Category> {
    fn from(v: Category) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Category {}

/// The values CloudFormation documents: `Boolean`, `Number`, `String`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `Boolean`
    Boolean,
    /// `Number`
    Number,
    /// `String`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "Boolean",
            Self::Number => "Number",
            Self::String => "String",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Boolean", "Number", "String"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The configuration properties for the custom action.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationProperties {
    props: ::forma_core::schema::Props,
}
impl ConfigurationProperties {
    /// A new value with its required properties: `Key`, `Name`, `Required`, `Secret`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<bool>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        required: impl ::std::convert::Into<::forma_core::Value<bool>>,
        secret: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, key.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(4, required.into().into_expr());
        props.set(5, secret.into().into_expr());
        Self { props }
    }
    /// The description of the action configuration property that is displayed to users.
    ///
    /// Allowed: length 1 to 160.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates that the property is used with PollForJobs.
    pub fn queryable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The type of the configuration property.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ConfigurationProperties> for ::forma_core::Value<ConfigurationProperties> {
    fn from(v: ConfigurationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_PROPERTIES_TYPE.properties))
    }
}

/// Returns information about the details of an artifact.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtifactDetails {
    props: ::forma_core::schema::Props,
}
impl ArtifactDetails {
    /// A new value with its required properties: `MaximumCount`, `MinimumCount`.
    pub fn new(
        maximum_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minimum_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum_count.into().into_expr());
        props.set(1, minimum_count.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ArtifactDetails> for ::forma_core::Value<ArtifactDetails> {
    fn from(v: ArtifactDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARTIFACT_DETAILS_TYPE.properties))
    }
}

/// Settings is a property of the AWS::CodePipeline::CustomActionType resource that provides URLs that users can access to view information about the CodePipeline custom action.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    props: ::forma_core::schema::Props,
}
impl Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URL returned to the AWS CodePipeline console that provides a deep link to the resources of the external system, such as the configuration page for an AWS CodeDeploy deployment group.
    ///
    /// Allowed: length 1 to 2048.
    pub fn entity_url_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The URL returned to the AWS CodePipeline console that contains a link to the top-level landing page for the external system, such as the console page for AWS CodeDeploy.
    ///
    /// Allowed: length 1 to 2048.
    pub fn execution_url_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The URL returned to the AWS CodePipeline console that contains a link to the page where customers can update or change the configuration of the external action.
    ///
    /// Allowed: length 1 to 2048.
    pub fn revision_url_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The URL of a sign-up page where users can sign up for an external service and perform initial configuration of the action provided by that service.
    ///
    /// Allowed: length 1 to 2048.
    pub fn third_party_configuration_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Settings> for ::forma_core::Value<Settings> {
    fn from(v: Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CodePipeline::CustomActionType`.
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

/// The schema of `AWS::CodePipeline::CustomActionType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodePipeline::CustomActionType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Approval", "Build", "Compute", "Deploy", "Invoke", "Source", "Test",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_PROPERTIES_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputArtifactDetails",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ARTIFACT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputArtifactDetails",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ARTIFACT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]+$"),
                min_length: Some(1),
                max_length: Some(35),
            }),
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_TYPE),
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
            name: "Version",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]+$"),
                min_length: Some(1),
                max_length: Some(9),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CONFIGURATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::CustomActionType.ConfigurationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(160),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Queryable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Secret",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Boolean", "Number", "String"]),
        },
    ],
    rules: &[],
};

static ARTIFACT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::CustomActionType.ArtifactDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(5.0),
            }),
        },
    ],
    rules: &[],
};

static SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::CustomActionType.Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "EntityUrlTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionUrlTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RevisionUrlTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThirdPartyConfigurationUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::CustomActionType.Tag",
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
