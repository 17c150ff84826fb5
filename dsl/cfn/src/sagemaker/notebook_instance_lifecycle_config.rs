// @generated from AWS::SageMaker::NotebookInstanceLifecycleConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::NotebookInstanceLifecycleConfig` and its property types.

/// Resource Type definition for AWS::SageMaker::NotebookInstanceLifecycleConfig
///
/// CloudFormation type `AWS::SageMaker::NotebookInstanceLifecycleConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotebookInstanceLifecycleConfig {
    props: ::forma_core::schema::Props,
}
impl NotebookInstanceLifecycleConfig {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the lifecycle configuration.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn notebook_instance_lifecycle_config_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A shell script that runs only once, when you create a notebook instance.
    #[track_caller]
    pub fn on_create(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotebookInstanceLifecycleHook>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A shell script that runs every time you start a notebook instance, including when you create the notebook instance.
    #[track_caller]
    pub fn on_start(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotebookInstanceLifecycleHook>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for NotebookInstanceLifecycleConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for NotebookInstanceLifecycleConfig {
    type Attributes = NotebookInstanceLifecycleConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::NotebookInstanceLifecycleConfig"
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
/// The attributes of a `AWS::SageMaker::NotebookInstanceLifecycleConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotebookInstanceLifecycleConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotebookInstanceLifecycleConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NotebookInstanceLifecycleConfigAttributes {
    /// `Fn::GetAtt` `NotebookInstanceLifecycleConfigArn`.
    pub fn notebook_instance_lifecycle_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NotebookInstanceLifecycleConfigArn")
    }
}

/// Specifies the notebook instance lifecycle configuration script.
#[derive(Debug, Clone, PartialEq)]
pub struct NotebookInstanceLifecycleHook {
    props: ::forma_core::schema::Props,
}
impl NotebookInstanceLifecycleHook {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Content`.
    ///
    /// Allowed: length 1 to 16384.
    pub fn content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotebookInstanceLifecycleHook {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotebookInstanceLifecycleHook> for ::forma_core::Value<NotebookInstanceLifecycleHook> {
    fn from(v: NotebookInstanceLifecycleHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTEBOOK_INSTANCE_LIFECYCLE_HOOK_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::NotebookInstanceLifecycleConfig`.
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

/// The schema of `AWS::SageMaker::NotebookInstanceLifecycleConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::NotebookInstanceLifecycleConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "NotebookInstanceLifecycleConfigName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnCreate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NOTEBOOK_INSTANCE_LIFECYCLE_HOOK_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnStart",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NOTEBOOK_INSTANCE_LIFECYCLE_HOOK_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
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
    attributes: &["NotebookInstanceLifecycleConfigArn"],
};

static NOTEBOOK_INSTANCE_LIFECYCLE_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::NotebookInstanceLifecycleConfig.NotebookInstanceLifecycleHook",
    properties: &[::forma_core::schema::Property {
        name: "Content",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\S\\s]+$"),
            min_length: Some(1),
            max_length: Some(16384),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::NotebookInstanceLifecycleConfig.Tag",
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
