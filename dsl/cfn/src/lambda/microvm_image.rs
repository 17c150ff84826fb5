// @generated from AWS::Lambda::MicrovmImage (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::MicrovmImage` and its property types.

/// Resource Type definition for AWS::Lambda::MicrovmImage
///
/// CloudFormation type `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrovmImage {
    props: ::forma_core::schema::Props,
}
impl MicrovmImage {
    /// A new resource with its required properties: `AdditionalOsCapabilities`, `BaseImageArn`, `BaseImageVersion`, `BuildRoleArn`, `CodeArtifact`, `CpuConfigurations`, `Description`, `EgressNetworkConnectors`, `EnvironmentVariables`, `Hooks`, `Logging`, `Name`, `Resources`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        additional_os_capabilities: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<AdditionalOsCapabilities>>,
        >,
        base_image_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        base_image_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        build_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        code_artifact: impl ::std::convert::Into<::forma_core::Value<CodeArtifact>>,
        cpu_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CpuConfiguration>>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        egress_network_connectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        environment_variables: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
        hooks: impl ::std::convert::Into<::forma_core::Value<Hooks>>,
        logging: impl ::std::convert::Into<::forma_core::Value<Logging>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Resources>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, additional_os_capabilities.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, base_image_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, base_image_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, build_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, code_artifact.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, cpu_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, egress_network_connectors.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, environment_variables.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, hooks.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, logging.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, resources.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Key-value pairs to associate with the MicroVM image for organization and management.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MicrovmImage {
    type Attributes = MicrovmImageAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::MicrovmImage"
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
/// The attributes of a `AWS::Lambda::MicrovmImage` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MicrovmImageAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MicrovmImageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MicrovmImageAttributes {
    /// `Fn::GetAtt` `ImageArn`.
    pub fn image_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ImageArn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `LatestActiveImageVersion`.
    pub fn latest_active_image_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestActiveImageVersion")
    }
    /// `Fn::GetAtt` `LatestFailedImageVersion`.
    pub fn latest_failed_image_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestFailedImageVersion")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdditionalOsCapabilities {
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdditionalOsCapabilities {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<AdditionalOsCapabilities> for ::forma_core::Value<AdditionalOsCapabilities> {
    fn from(v: AdditionalOsCapabilities) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdditionalOsCapabilities {}

/// The `CodeArtifact` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeArtifact {
    props: ::forma_core::schema::Props,
}
impl CodeArtifact {
    /// A new value with its required properties: `Uri`.
    pub fn new(uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeArtifact> for ::forma_core::Value<CodeArtifact> {
    fn from(v: CodeArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_ARTIFACT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ARM_64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architecture {
    /// `ARM_64`
    Arm64,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Architecture {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arm64 => "ARM_64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ARM_64"]
    }
}
impl ::std::convert::From<Architecture> for ::forma_core::Value<Architecture> {
    fn from(v: Architecture) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Architecture {}

/// The `CpuConfiguration` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuConfiguration {
    props: ::forma_core::schema::Props,
}
impl CpuConfiguration {
    /// A new value with its required properties: `Architecture`.
    pub fn new(architecture: impl ::forma_core::schema::EnumArg<Architecture>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, architecture.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CpuConfiguration> for ::forma_core::Value<CpuConfiguration> {
    fn from(v: CpuConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_CONFIGURATION_TYPE.properties))
    }
}

/// The `EnvironmentVariable` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl EnvironmentVariable {
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
impl ::std::convert::From<EnvironmentVariable> for ::forma_core::Value<EnvironmentVariable> {
    fn from(v: EnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The `Hooks` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hooks {
    props: ::forma_core::schema::Props,
}
impl Hooks {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MicrovmHooks`.
    pub fn microvm_hooks(mut self, value: impl ::std::convert::Into<::forma_core::Value<MicrovmHooks>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MicrovmImageHooks`.
    pub fn microvm_image_hooks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MicrovmImageHooks>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Port`.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Hooks {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Hooks> for ::forma_core::Value<Hooks> {
    fn from(v: Hooks) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOOKS_TYPE.properties))
    }
}

/// The `Logging` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatch`.
    pub fn cloud_watch(mut self, value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogging>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Disabled`.
    pub fn disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Logging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE.properties))
    }
}

/// The `Resources` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct Resources {
    props: ::forma_core::schema::Props,
}
impl Resources {
    /// A new value with its required properties: `MinimumMemoryInMiB`.
    pub fn new(minimum_memory_in_mi_b: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, minimum_memory_in_mi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Resources> for ::forma_core::Value<Resources> {
    fn from(v: Resources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HookState {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HookState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<HookState> for ::forma_core::Value<HookState> {
    fn from(v: HookState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HookState {}

/// The `MicrovmHooks` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrovmHooks {
    props: ::forma_core::schema::Props,
}
impl MicrovmHooks {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Resume`.
    pub fn resume(mut self, value: impl ::forma_core::schema::EnumArg<HookState>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ResumeTimeoutInSeconds`.
    ///
    /// Allowed: 1 to 60.
    pub fn resume_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Run`.
    pub fn run(mut self, value: impl ::forma_core::schema::EnumArg<HookState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `RunTimeoutInSeconds`.
    ///
    /// Allowed: 1 to 60.
    pub fn run_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Suspend`.
    pub fn suspend(mut self, value: impl ::forma_core::schema::EnumArg<HookState>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `SuspendTimeoutInSeconds`.
    ///
    /// Allowed: 1 to 60.
    pub fn suspend_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Terminate`.
    pub fn terminate(mut self, value: impl ::forma_core::schema::EnumArg<HookState>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `TerminateTimeoutInSeconds`.
    ///
    /// Allowed: 1 to 60.
    pub fn terminate_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MicrovmHooks {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MicrovmHooks> for ::forma_core::Value<MicrovmHooks> {
    fn from(v: MicrovmHooks) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MICROVM_HOOKS_TYPE.properties))
    }
}

/// The `MicrovmImageHooks` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrovmImageHooks {
    props: ::forma_core::schema::Props,
}
impl MicrovmImageHooks {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Ready`.
    pub fn ready(mut self, value: impl ::forma_core::schema::EnumArg<HookState>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ReadyTimeoutInSeconds`.
    ///
    /// Allowed: 1 to 3600.
    pub fn ready_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Validate`.
    pub fn validate(mut self, value: impl ::forma_core::schema::EnumArg<HookState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `ValidateTimeoutInSeconds`.
    ///
    /// Allowed: 1 to 3600.
    pub fn validate_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MicrovmImageHooks {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MicrovmImageHooks> for ::forma_core::Value<MicrovmImageHooks> {
    fn from(v: MicrovmImageHooks) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MICROVM_IMAGE_HOOKS_TYPE.properties))
    }
}

/// The `CloudWatchLogging` property type of `AWS::Lambda::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogging {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogGroup`.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogStream`.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchLogging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchLogging> for ::forma_core::Value<CloudWatchLogging> {
    fn from(v: CloudWatchLogging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGGING_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::MicrovmImage`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lambda::MicrovmImage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalOsCapabilities",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ALL"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BaseImageArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BaseImageVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BuildRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CodeArtifact",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_ARTIFACT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CpuConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CPU_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EgressNetworkConnectors",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Hooks",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOOKS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
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
    attributes: &[
        "ImageArn",
        "State",
        "LatestActiveImageVersion",
        "LatestFailedImageVersion",
        "CreatedAt",
        "UpdatedAt",
    ],
};

static CODE_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.CodeArtifact",
    properties: &[::forma_core::schema::Property {
        name: "Uri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[^\\s]+$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static CPU_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.CpuConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Architecture",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ARM_64"]),
    }],
    rules: &[],
};

static ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.EnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static HOOKS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.Hooks",
    properties: &[
        ::forma_core::schema::Property {
            name: "MicrovmHooks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MICROVM_HOOKS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MicrovmImageHooks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MICROVM_IMAGE_HOOKS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.Logging",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Disabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.Resources",
    properties: &[::forma_core::schema::Property {
        name: "MinimumMemoryInMiB",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.Tag",
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
            required: false,
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

static MICROVM_HOOKS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.MicrovmHooks",
    properties: &[
        ::forma_core::schema::Property {
            name: "Resume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ResumeTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Run",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RunTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Suspend",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SuspendTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Terminate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "TerminateTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        },
    ],
    rules: &[],
};

static MICROVM_IMAGE_HOOKS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.MicrovmImageHooks",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ready",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ReadyTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Validate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ValidateTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(3600.0),
            }),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::MicrovmImage.CloudWatchLogging",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-/.#]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};
