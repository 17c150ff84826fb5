// @generated from AWS::SageMaker::StudioLifecycleConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::StudioLifecycleConfig` and its property types.

/// Resource Type definition for AWS::SageMaker::StudioLifecycleConfig
///
/// CloudFormation type `AWS::SageMaker::StudioLifecycleConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct StudioLifecycleConfig {
    props: ::forma_core::schema::Props,
}
impl StudioLifecycleConfig {
    /// A new resource with its required properties: `StudioLifecycleConfigAppType`, `StudioLifecycleConfigContent`, `StudioLifecycleConfigName`.
    #[track_caller]
    pub fn new(
        studio_lifecycle_config_app_type: impl ::forma_core::schema::EnumArg<StudioLifecycleConfigAppType>,
        studio_lifecycle_config_content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        studio_lifecycle_config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, studio_lifecycle_config_app_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, studio_lifecycle_config_content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, studio_lifecycle_config_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags to be associated with the Lifecycle Configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StudioLifecycleConfig {
    type Attributes = StudioLifecycleConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::StudioLifecycleConfig"
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
/// The attributes of a `AWS::SageMaker::StudioLifecycleConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StudioLifecycleConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StudioLifecycleConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StudioLifecycleConfigAttributes {
    /// `Fn::GetAtt` `StudioLifecycleConfigArn`.
    pub fn studio_lifecycle_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StudioLifecycleConfigArn")
    }
}

/// The values CloudFormation documents: `JupyterServer`, `KernelGateway`, `CodeEditor`, `JupyterLab`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StudioLifecycleConfigAppType {
    /// `JupyterServer`
    JupyterServer,
    /// `KernelGateway`
    KernelGateway,
    /// `CodeEditor`
    CodeEditor,
    /// `JupyterLab`
    JupyterLab,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StudioLifecycleConfigAppType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JupyterServer => "JupyterServer",
            Self::KernelGateway => "KernelGateway",
            Self::CodeEditor => "CodeEditor",
            Self::JupyterLab => "JupyterLab",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JupyterServer", "KernelGateway", "CodeEditor", "JupyterLab"]
    }
}
impl ::std::convert::From<StudioLifecycleConfigAppType> for ::forma_core::Value<StudioLifecycleConfigAppType> {
    fn from(v: StudioLifecycleConfigAppType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StudioLifecycleConfigAppType {}

/// The `Tag` property type of `AWS::SageMaker::StudioLifecycleConfig`.
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

/// The schema of `AWS::SageMaker::StudioLifecycleConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::StudioLifecycleConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "StudioLifecycleConfigAppType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["JupyterServer", "KernelGateway", "CodeEditor", "JupyterLab"]),
        },
        ::forma_core::schema::Property {
            name: "StudioLifecycleConfigContent",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S\\s]+"),
                min_length: Some(1),
                max_length: Some(16384),
            }),
        },
        ::forma_core::schema::Property {
            name: "StudioLifecycleConfigName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["StudioLifecycleConfigArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::StudioLifecycleConfig.Tag",
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
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
