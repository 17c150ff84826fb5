// @generated from AWS::GreengrassV2::ComponentVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GreengrassV2::ComponentVersion` and its property types.

/// Resource for Greengrass component version.
///
/// CloudFormation type `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentVersion {
    props: ::forma_core::schema::Props,
}
impl ComponentVersion {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InlineRecipe`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inline_recipe(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LambdaFunction`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn lambda_function(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaFunctionRecipeSource>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ComponentVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ComponentVersion {
    type Attributes = ComponentVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::GreengrassV2::ComponentVersion"
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
/// The attributes of a `AWS::GreengrassV2::ComponentVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComponentVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComponentVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComponentVersionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ComponentName`.
    pub fn component_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComponentName")
    }
    /// `Fn::GetAtt` `ComponentVersion`.
    pub fn component_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComponentVersion")
    }
}

/// The `LambdaFunctionRecipeSource` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaFunctionRecipeSource {
    props: ::forma_core::schema::Props,
}
impl LambdaFunctionRecipeSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComponentDependencies`.
    pub fn component_dependencies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ComponentLambdaParameters`.
    pub fn component_lambda_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaExecutionParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ComponentName`.
    ///
    /// Allowed: length 1 to 128.
    pub fn component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ComponentPlatforms`.
    pub fn component_platforms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentPlatform>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ComponentVersion`.
    ///
    /// Allowed: length 1 to 64.
    pub fn component_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LambdaArn`.
    ///
    /// Allowed: length 1 to any.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaFunctionRecipeSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaFunctionRecipeSource> for ::forma_core::Value<LambdaFunctionRecipeSource> {
    fn from(v: LambdaFunctionRecipeSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_FUNCTION_RECIPE_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SOFT`, `HARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DependencyType {
    /// `SOFT`
    Soft,
    /// `HARD`
    Hard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DependencyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Soft => "SOFT",
            Self::Hard => "HARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SOFT", "HARD"]
    }
}
impl ::std::convert::From<DependencyType> for ::forma_core::Value<DependencyType> {
    fn from(v: DependencyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DependencyType {}

/// The `ComponentDependencyRequirement` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentDependencyRequirement {
    props: ::forma_core::schema::Props,
}
impl ComponentDependencyRequirement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DependencyType`.
    pub fn dependency_type(mut self, value: impl ::forma_core::schema::EnumArg<DependencyType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `VersionRequirement`.
    pub fn version_requirement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentDependencyRequirement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentDependencyRequirement> for ::forma_core::Value<ComponentDependencyRequirement> {
    fn from(v: ComponentDependencyRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_DEPENDENCY_REQUIREMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `json`, `binary`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputPayloadEncodingType {
    /// `json`
    Json,
    /// `binary`
    Binary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputPayloadEncodingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Binary => "binary",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["json", "binary"]
    }
}
impl ::std::convert::From<InputPayloadEncodingType> for ::forma_core::Value<InputPayloadEncodingType> {
    fn from(v: InputPayloadEncodingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputPayloadEncodingType {}

/// The `LambdaExecutionParameters` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaExecutionParameters {
    props: ::forma_core::schema::Props,
}
impl LambdaExecutionParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnvironmentVariables`.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EventSources`.
    pub fn event_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LambdaEventSource>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExecArgs`.
    pub fn exec_args(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InputPayloadEncodingType`.
    pub fn input_payload_encoding_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InputPayloadEncodingType>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `LinuxProcessParams`.
    pub fn linux_process_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaLinuxProcessParams>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MaxIdleTimeInSeconds`.
    pub fn max_idle_time_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MaxInstancesCount`.
    pub fn max_instances_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MaxQueueSize`.
    pub fn max_queue_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Pinned`.
    pub fn pinned(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `StatusTimeoutInSeconds`.
    pub fn status_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TimeoutInSeconds`.
    pub fn timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaExecutionParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaExecutionParameters> for ::forma_core::Value<LambdaExecutionParameters> {
    fn from(v: LambdaExecutionParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_EXECUTION_PARAMETERS_TYPE.properties))
    }
}

/// The `ComponentPlatform` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentPlatform {
    props: ::forma_core::schema::Props,
}
impl ComponentPlatform {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attributes`.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to any.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentPlatform {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentPlatform> for ::forma_core::Value<ComponentPlatform> {
    fn from(v: ComponentPlatform) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_PLATFORM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUB_SUB`, `IOT_CORE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `PUB_SUB`
    PubSub,
    /// `IOT_CORE`
    IotCore,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PubSub => "PUB_SUB",
            Self::IotCore => "IOT_CORE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUB_SUB", "IOT_CORE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `LambdaEventSource` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaEventSource {
    props: ::forma_core::schema::Props,
}
impl LambdaEventSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Topic`.
    pub fn topic(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LambdaEventSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaEventSource> for ::forma_core::Value<LambdaEventSource> {
    fn from(v: LambdaEventSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_EVENT_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GreengrassContainer`, `NoContainer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IsolationMode {
    /// `GreengrassContainer`
    GreengrassContainer,
    /// `NoContainer`
    NoContainer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IsolationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreengrassContainer => "GreengrassContainer",
            Self::NoContainer => "NoContainer",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GreengrassContainer", "NoContainer"]
    }
}
impl ::std::convert::From<IsolationMode> for ::forma_core::Value<IsolationMode> {
    fn from(v: IsolationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IsolationMode {}

/// The `LambdaLinuxProcessParams` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaLinuxProcessParams {
    props: ::forma_core::schema::Props,
}
impl LambdaLinuxProcessParams {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerParams`.
    pub fn container_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaContainerParams>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IsolationMode`.
    pub fn isolation_mode(mut self, value: impl ::forma_core::schema::EnumArg<IsolationMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LambdaLinuxProcessParams {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaLinuxProcessParams> for ::forma_core::Value<LambdaLinuxProcessParams> {
    fn from(v: LambdaLinuxProcessParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_LINUX_PROCESS_PARAMS_TYPE.properties))
    }
}

/// The `LambdaContainerParams` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaContainerParams {
    props: ::forma_core::schema::Props,
}
impl LambdaContainerParams {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Devices`.
    pub fn devices(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LambdaDeviceMount>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MemorySizeInKB`.
    pub fn memory_size_in_kb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MountROSysfs`.
    pub fn mount_ro_sysfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Volumes`.
    pub fn volumes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LambdaVolumeMount>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaContainerParams {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaContainerParams> for ::forma_core::Value<LambdaContainerParams> {
    fn from(v: LambdaContainerParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONTAINER_PARAMS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ro`, `rw`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LambdaFilesystemPermission {
    /// `ro`
    Ro,
    /// `rw`
    Rw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LambdaFilesystemPermission {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ro => "ro",
            Self::Rw => "rw",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ro", "rw"]
    }
}
impl ::std::convert::From<LambdaFilesystemPermission> for ::forma_core::Value<LambdaFilesystemPermission> {
    fn from(v: LambdaFilesystemPermission) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LambdaFilesystemPermission {}

/// The `LambdaDeviceMount` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaDeviceMount {
    props: ::forma_core::schema::Props,
}
impl LambdaDeviceMount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddGroupOwner`.
    pub fn add_group_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Permission`.
    pub fn permission(mut self, value: impl ::forma_core::schema::EnumArg<LambdaFilesystemPermission>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LambdaDeviceMount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaDeviceMount> for ::forma_core::Value<LambdaDeviceMount> {
    fn from(v: LambdaDeviceMount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_DEVICE_MOUNT_TYPE.properties))
    }
}

/// The `LambdaVolumeMount` property type of `AWS::GreengrassV2::ComponentVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaVolumeMount {
    props: ::forma_core::schema::Props,
}
impl LambdaVolumeMount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddGroupOwner`.
    pub fn add_group_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DestinationPath`.
    pub fn destination_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Permission`.
    pub fn permission(mut self, value: impl ::forma_core::schema::EnumArg<LambdaFilesystemPermission>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `SourcePath`.
    pub fn source_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaVolumeMount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaVolumeMount> for ::forma_core::Value<LambdaVolumeMount> {
    fn from(v: LambdaVolumeMount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_VOLUME_MOUNT_TYPE.properties))
    }
}

/// The schema of `AWS::GreengrassV2::ComponentVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GreengrassV2::ComponentVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "InlineRecipe",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunction",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_FUNCTION_RECIPE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ComponentName", "ComponentVersion"],
};

static LAMBDA_FUNCTION_RECIPE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaFunctionRecipeSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentDependencies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPONENT_DEPENDENCY_REQUIREMENT_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "ComponentLambdaParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_EXECUTION_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComponentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComponentPlatforms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_PLATFORM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComponentVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[^:]*:lambda:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static COMPONENT_DEPENDENCY_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.ComponentDependencyRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "DependencyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SOFT", "HARD"]),
        },
        ::forma_core::schema::Property {
            name: "VersionRequirement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAMBDA_EXECUTION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaExecutionParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "EventSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAMBDA_EVENT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExecArgs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputPayloadEncodingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["json", "binary"]),
        },
        ::forma_core::schema::Property {
            name: "LinuxProcessParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_LINUX_PROCESS_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxIdleTimeInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxInstancesCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxQueueSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Pinned",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StatusTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static COMPONENT_PLATFORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.ComponentPlatform",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static LAMBDA_EVENT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaEventSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Topic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PUB_SUB", "IOT_CORE"]),
        },
    ],
    rules: &[],
};

static LAMBDA_LINUX_PROCESS_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaLinuxProcessParams",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONTAINER_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsolationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GreengrassContainer", "NoContainer"]),
        },
    ],
    rules: &[],
};

static LAMBDA_CONTAINER_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaContainerParams",
    properties: &[
        ::forma_core::schema::Property {
            name: "Devices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAMBDA_DEVICE_MOUNT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MemorySizeInKB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MountROSysfs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAMBDA_VOLUME_MOUNT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static LAMBDA_DEVICE_MOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaDeviceMount",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddGroupOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ro", "rw"]),
        },
    ],
    rules: &[],
};

static LAMBDA_VOLUME_MOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::ComponentVersion.LambdaVolumeMount",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddGroupOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DestinationPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ro", "rw"]),
        },
        ::forma_core::schema::Property {
            name: "SourcePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
