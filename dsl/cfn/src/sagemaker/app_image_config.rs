// @generated from AWS::SageMaker::AppImageConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::AppImageConfig` and its property types.

/// Resource Type definition for AWS::SageMaker::AppImageConfig
///
/// CloudFormation type `AWS::SageMaker::AppImageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppImageConfig {
    props: ::forma_core::schema::Props,
}
impl AppImageConfig {
    /// A new resource with its required properties: `AppImageConfigName`.
    #[track_caller]
    pub fn new(app_image_config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_image_config_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The CodeEditorAppImageConfig.
    #[track_caller]
    pub fn code_editor_app_image_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeEditorAppImageConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The JupyterLabAppImageConfig.
    #[track_caller]
    pub fn jupyter_lab_app_image_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JupyterLabAppImageConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KernelGatewayImageConfig.
    #[track_caller]
    pub fn kernel_gateway_image_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KernelGatewayImageConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to the AppImageConfig.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AppImageConfig {
    type Attributes = AppImageConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::AppImageConfig"
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
/// The attributes of a `AWS::SageMaker::AppImageConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppImageConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppImageConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppImageConfigAttributes {
    /// `Fn::GetAtt` `AppImageConfigArn`.
    pub fn app_image_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppImageConfigArn")
    }
}

/// The configuration for the kernels in a SageMaker image running as a CodeEditor app.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeEditorAppImageConfig {
    props: ::forma_core::schema::Props,
}
impl CodeEditorAppImageConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The container configuration for a SageMaker image.
    pub fn container_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ContainerConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CodeEditorAppImageConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CodeEditorAppImageConfig> for ::forma_core::Value<CodeEditorAppImageConfig> {
    fn from(v: CodeEditorAppImageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_EDITOR_APP_IMAGE_CONFIG_TYPE.properties))
    }
}

/// The configuration for the kernels in a SageMaker image running as a JupyterLab app.
#[derive(Debug, Clone, PartialEq)]
pub struct JupyterLabAppImageConfig {
    props: ::forma_core::schema::Props,
}
impl JupyterLabAppImageConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The container configuration for a SageMaker image.
    pub fn container_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ContainerConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JupyterLabAppImageConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JupyterLabAppImageConfig> for ::forma_core::Value<JupyterLabAppImageConfig> {
    fn from(v: JupyterLabAppImageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JUPYTER_LAB_APP_IMAGE_CONFIG_TYPE.properties))
    }
}

/// The configuration for the file system and kernels in a SageMaker image running as a KernelGateway app.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelGatewayImageConfig {
    props: ::forma_core::schema::Props,
}
impl KernelGatewayImageConfig {
    /// A new value with its required properties: `KernelSpecs`.
    pub fn new(kernel_specs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KernelSpec>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, kernel_specs.into().into_expr());
        Self { props }
    }
    /// The Amazon Elastic File System (EFS) storage configuration for a SageMaker image.
    pub fn file_system_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FileSystemConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KernelGatewayImageConfig> for ::forma_core::Value<KernelGatewayImageConfig> {
    fn from(v: KernelGatewayImageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KERNEL_GATEWAY_IMAGE_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::AppImageConfig`.
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

/// The container configuration for a SageMaker image.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerConfig {
    props: ::forma_core::schema::Props,
}
impl ContainerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of arguments to apply to the container.
    pub fn container_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The custom entry point to use on container.
    pub fn container_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of variables to apply to the custom container.
    pub fn container_environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomImageContainerEnvironmentVariable>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerConfig> for ::forma_core::Value<ContainerConfig> {
    fn from(v: ContainerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_CONFIG_TYPE.properties))
    }
}

/// The Amazon Elastic File System (EFS) storage configuration for a SageMaker image.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl FileSystemConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The default POSIX group ID (GID).
    ///
    /// Allowed: 0 to 65535.
    pub fn default_gid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The default POSIX user ID (UID).
    ///
    /// Allowed: 0 to 65535.
    pub fn default_uid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The path within the image to mount the user's EFS home directory.
    ///
    /// Allowed: length 1 to 1024.
    pub fn mount_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FileSystemConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FileSystemConfig> for ::forma_core::Value<FileSystemConfig> {
    fn from(v: FileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// The `KernelSpec` property type of `AWS::SageMaker::AppImageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelSpec {
    props: ::forma_core::schema::Props,
}
impl KernelSpec {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// The display name of the kernel.
    ///
    /// Allowed: length 1 to 1024.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KernelSpec> for ::forma_core::Value<KernelSpec> {
    fn from(v: KernelSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KERNEL_SPEC_TYPE.properties))
    }
}

/// The `CustomImageContainerEnvironmentVariable` property type of `AWS::SageMaker::AppImageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomImageContainerEnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl CustomImageContainerEnvironmentVariable {
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
impl ::std::convert::From<CustomImageContainerEnvironmentVariable>
    for ::forma_core::Value<CustomImageContainerEnvironmentVariable>
{
    fn from(v: CustomImageContainerEnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_IMAGE_CONTAINER_ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::AppImageConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::AppImageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppImageConfigName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "CodeEditorAppImageConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_EDITOR_APP_IMAGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JupyterLabAppImageConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JUPYTER_LAB_APP_IMAGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KernelGatewayImageConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KERNEL_GATEWAY_IMAGE_CONFIG_TYPE),
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
    attributes: &["AppImageConfigArn"],
};

static CODE_EDITOR_APP_IMAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.CodeEditorAppImageConfig",
    properties: &[::forma_core::schema::Property {
        name: "ContainerConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONTAINER_CONFIG_TYPE),
    }],
    rules: &[],
};

static JUPYTER_LAB_APP_IMAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.JupyterLabAppImageConfig",
    properties: &[::forma_core::schema::Property {
        name: "ContainerConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONTAINER_CONFIG_TYPE),
    }],
    rules: &[],
};

static KERNEL_GATEWAY_IMAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.KernelGatewayImageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileSystemConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILE_SYSTEM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KernelSpecs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KERNEL_SPEC_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.Tag",
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

static CONTAINER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.ContainerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s*$).+"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainerEntrypoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s*$).+"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainerEnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_IMAGE_CONTAINER_ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        },
    ],
    rules: &[],
};

static FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.FileSystemConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultGid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultUid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MountPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/.*"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static KERNEL_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::AppImageConfig.KernelSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
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

static CUSTOM_IMAGE_CONTAINER_ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::AppImageConfig.CustomImageContainerEnvironmentVariable",
        properties: &[
            ::forma_core::schema::Property {
                name: "Key",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s*$).+"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s*$).+"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };
