// @generated from AWS::SageMaker::UserProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::UserProfile` and its property types.

/// Resource Type definition for AWS::SageMaker::UserProfile
///
/// CloudFormation type `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserProfile {
    props: ::forma_core::schema::Props,
}
impl UserProfile {
    /// A new resource with its required properties: `DomainId`, `UserProfileName`.
    #[track_caller]
    pub fn new(
        domain_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, user_profile_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A specifier for the type of value specified in SingleSignOnUserValue.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn single_sign_on_user_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The username of the associated AWS Single Sign-On User for this UserProfile.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn single_sign_on_user_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to the user profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of settings.
    #[track_caller]
    pub fn user_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserSettings>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserProfile {
    type Attributes = UserProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::UserProfile"
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
/// The attributes of a `AWS::SageMaker::UserProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserProfileAttributes {
    /// `Fn::GetAtt` `UserProfileArn`.
    pub fn user_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UserProfileArn")
    }
}

/// The `Tag` property type of `AWS::SageMaker::UserProfile`.
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

/// The values CloudFormation documents: `Enabled`, `Disabled`, `DefaultAsDomain`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoMountHomeEfs {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// `DefaultAsDomain`
    DefaultAsDomain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoMountHomeEfs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::DefaultAsDomain => "DefaultAsDomain",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled", "DefaultAsDomain"]
    }
}
impl ::std::convert::From<AutoMountHomeEfs> for ::forma_core::Value<AutoMountHomeEfs> {
    fn from(v: AutoMountHomeEfs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoMountHomeEfs {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StudioWebPortal {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StudioWebPortal {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<StudioWebPortal> for ::forma_core::Value<StudioWebPortal> {
    fn from(v: StudioWebPortal) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StudioWebPortal {}

/// A collection of settings that apply to users of Amazon SageMaker Studio.
#[derive(Debug, Clone, PartialEq)]
pub struct UserSettings {
    props: ::forma_core::schema::Props,
}
impl UserSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether auto-mounting of an EFS volume is supported for the user profile.
    pub fn auto_mount_home_efs(mut self, value: impl ::forma_core::schema::EnumArg<AutoMountHomeEfs>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The CodeEditor app settings.
    pub fn code_editor_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeEditorAppSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomFileSystemConfigs`.
    pub fn custom_file_system_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomFileSystemConfig>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomPosixUserConfig`.
    pub fn custom_posix_user_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomPosixUserConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Defines which Amazon SageMaker application users are directed to by default.
    ///
    /// Allowed: length 0 to 1023.
    pub fn default_landing_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The user profile Amazon Resource Name (ARN).
    ///
    /// Allowed: length 20 to 2048.
    pub fn execution_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The JupyterLab app settings.
    pub fn jupyter_lab_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JupyterLabAppSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The Jupyter server's app settings.
    pub fn jupyter_server_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JupyterServerAppSettings>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The kernel gateway app settings.
    pub fn kernel_gateway_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KernelGatewayAppSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A collection of settings that configure user interaction with the RStudioServerPro app.
    pub fn r_studio_server_pro_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RStudioServerProAppSettings>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The security groups for the Amazon Virtual Private Cloud (VPC) that Studio uses for communication.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The sharing settings.
    pub fn sharing_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<SharingSettings>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Default storage settings for a space.
    pub fn space_storage_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultSpaceStorageSettings>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Indicates whether the Studio experience is available to users.
    pub fn studio_web_portal(mut self, value: impl ::forma_core::schema::EnumArg<StudioWebPortal>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// Studio settings.
    pub fn studio_web_portal_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StudioWebPortalSettings>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserSettings> for ::forma_core::Value<UserSettings> {
    fn from(v: UserSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_SETTINGS_TYPE.properties))
    }
}

/// The CodeEditor app settings.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeEditorAppSettings {
    props: ::forma_core::schema::Props,
}
impl CodeEditorAppSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The lifecycle configuration that runs before the default lifecycle configuration.
    ///
    /// Allowed: length 0 to 256.
    pub fn built_in_lifecycle_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of custom images for use for CodeEditor apps.
    pub fn custom_images(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomImage>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The default instance type and the Amazon Resource Name (ARN) of the default SageMaker image used by the CodeEditor app.
    pub fn default_resource_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceSpec>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A list of LifecycleConfigArns available for use with CodeEditor apps.
    pub fn lifecycle_config_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CodeEditorAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CodeEditorAppSettings> for ::forma_core::Value<CodeEditorAppSettings> {
    fn from(v: CodeEditorAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_EDITOR_APP_SETTINGS_TYPE.properties))
    }
}

/// The `CustomFileSystemConfig` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomFileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl CustomFileSystemConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EFSFileSystemConfig`.
    pub fn efs_file_system_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsFileSystemConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FSxLustreFileSystemConfig`.
    pub fn f_sx_lustre_file_system_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FSxLustreFileSystemConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3FileSystemConfig`.
    pub fn s3_file_system_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3FileSystemConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomFileSystemConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomFileSystemConfig> for ::forma_core::Value<CustomFileSystemConfig> {
    fn from(v: CustomFileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// The `CustomPosixUserConfig` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPosixUserConfig {
    props: ::forma_core::schema::Props,
}
impl CustomPosixUserConfig {
    /// A new value with its required properties: `Gid`, `Uid`.
    pub fn new(
        gid: impl ::std::convert::Into<::forma_core::Value<i64>>,
        uid: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gid.into().into_expr());
        props.set(1, uid.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomPosixUserConfig> for ::forma_core::Value<CustomPosixUserConfig> {
    fn from(v: CustomPosixUserConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_POSIX_USER_CONFIG_TYPE.properties))
    }
}

/// The JupyterLab app settings.
#[derive(Debug, Clone, PartialEq)]
pub struct JupyterLabAppSettings {
    props: ::forma_core::schema::Props,
}
impl JupyterLabAppSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The lifecycle configuration that runs before the default lifecycle configuration.
    ///
    /// Allowed: length 0 to 256.
    pub fn built_in_lifecycle_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of CodeRepositories available for use with JupyterLab apps.
    pub fn code_repositories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CodeRepository>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of custom images available for use for JupyterLab apps
    pub fn custom_images(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomImage>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The default instance type and the Amazon Resource Name (ARN) of the default SageMaker image used by the JupyterLab app.
    pub fn default_resource_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceSpec>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The configuration parameters for EMR settings.
    pub fn emr_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<EmrSettings>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of LifecycleConfigArns available for use with JupyterLab apps.
    pub fn lifecycle_config_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JupyterLabAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JupyterLabAppSettings> for ::forma_core::Value<JupyterLabAppSettings> {
    fn from(v: JupyterLabAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JUPYTER_LAB_APP_SETTINGS_TYPE.properties))
    }
}

/// The JupyterServer app settings.
#[derive(Debug, Clone, PartialEq)]
pub struct JupyterServerAppSettings {
    props: ::forma_core::schema::Props,
}
impl JupyterServerAppSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultResourceSpec`.
    pub fn default_resource_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceSpec>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of LifecycleConfigArns available for use with JupyterServer apps.
    pub fn lifecycle_config_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JupyterServerAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JupyterServerAppSettings> for ::forma_core::Value<JupyterServerAppSettings> {
    fn from(v: JupyterServerAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JUPYTER_SERVER_APP_SETTINGS_TYPE.properties))
    }
}

/// The kernel gateway app settings.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelGatewayAppSettings {
    props: ::forma_core::schema::Props,
}
impl KernelGatewayAppSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of custom SageMaker images that are configured to run as a KernelGateway app.
    pub fn custom_images(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomImage>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The default instance type and the Amazon Resource Name (ARN) of the default SageMaker image used by the KernelGateway app.
    pub fn default_resource_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceSpec>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of LifecycleConfigArns available for use with KernelGateway apps.
    pub fn lifecycle_config_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KernelGatewayAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KernelGatewayAppSettings> for ::forma_core::Value<KernelGatewayAppSettings> {
    fn from(v: KernelGatewayAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KERNEL_GATEWAY_APP_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<AccessStatus> for ::forma_core::Value<AccessStatus> {
    fn from(v: AccessStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessStatus {}

/// The values CloudFormation documents: `R_STUDIO_ADMIN`, `R_STUDIO_USER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserGroup {
    /// `R_STUDIO_ADMIN`
    RStudioAdmin,
    /// `R_STUDIO_USER`
    RStudioUser,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserGroup {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RStudioAdmin => "R_STUDIO_ADMIN",
            Self::RStudioUser => "R_STUDIO_USER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["R_STUDIO_ADMIN", "R_STUDIO_USER"]
    }
}
impl ::std::convert::From<UserGroup> for ::forma_core::Value<UserGroup> {
    fn from(v: UserGroup) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserGroup {}

/// A collection of settings that configure user interaction with the RStudioServerPro app.
#[derive(Debug, Clone, PartialEq)]
pub struct RStudioServerProAppSettings {
    props: ::forma_core::schema::Props,
}
impl RStudioServerProAppSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the current user has access to the RStudioServerPro app.
    pub fn access_status(mut self, value: impl ::forma_core::schema::EnumArg<AccessStatus>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The level of permissions that the user has within the RStudioServerPro app.
    pub fn user_group(mut self, value: impl ::forma_core::schema::EnumArg<UserGroup>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RStudioServerProAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RStudioServerProAppSettings> for ::forma_core::Value<RStudioServerProAppSettings> {
    fn from(v: RStudioServerProAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(R_STUDIO_SERVER_PRO_APP_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Allowed`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotebookOutputOption {
    /// `Allowed`
    Allowed,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotebookOutputOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allowed => "Allowed",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Allowed", "Disabled"]
    }
}
impl ::std::convert::From<NotebookOutputOption> for ::forma_core::Value<NotebookOutputOption> {
    fn from(v: NotebookOutputOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotebookOutputOption {}

/// Specifies options when sharing an Amazon SageMaker Studio notebook.
#[derive(Debug, Clone, PartialEq)]
pub struct SharingSettings {
    props: ::forma_core::schema::Props,
}
impl SharingSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to include the notebook cell output when sharing the notebook.
    pub fn notebook_output_option(mut self, value: impl ::forma_core::schema::EnumArg<NotebookOutputOption>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// When NotebookOutputOption is Allowed, the AWS Key Management Service (KMS) encryption key ID used to encrypt the notebook cell output in the Amazon S3 bucket.
    ///
    /// Allowed: length 0 to 2048.
    pub fn s3_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// When NotebookOutputOption is Allowed, the Amazon S3 bucket used to store the shared notebook snapshots.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_output_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SharingSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SharingSettings> for ::forma_core::Value<SharingSettings> {
    fn from(v: SharingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARING_SETTINGS_TYPE.properties))
    }
}

/// Default storage settings for a space.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultSpaceStorageSettings {
    props: ::forma_core::schema::Props,
}
impl DefaultSpaceStorageSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Properties related to the Amazon Elastic Block Store volume.
    pub fn default_ebs_storage_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultEbsStorageSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultSpaceStorageSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultSpaceStorageSettings> for ::forma_core::Value<DefaultSpaceStorageSettings> {
    fn from(v: DefaultSpaceStorageSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_SPACE_STORAGE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JupyterServer`, `TensorBoard`, `RStudioServerPro`, `JupyterLab`, `CodeEditor`, `DetailedProfiler`, `Canvas`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppType {
    /// `JupyterServer`
    JupyterServer,
    /// `TensorBoard`
    TensorBoard,
    /// `RStudioServerPro`
    RStudioServerPro,
    /// `JupyterLab`
    JupyterLab,
    /// `CodeEditor`
    CodeEditor,
    /// `DetailedProfiler`
    DetailedProfiler,
    /// `Canvas`
    Canvas,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JupyterServer => "JupyterServer",
            Self::TensorBoard => "TensorBoard",
            Self::RStudioServerPro => "RStudioServerPro",
            Self::JupyterLab => "JupyterLab",
            Self::CodeEditor => "CodeEditor",
            Self::DetailedProfiler => "DetailedProfiler",
            Self::Canvas => "Canvas",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JupyterServer", "TensorBoard", "RStudioServerPro", "JupyterLab", "CodeEditor", "DetailedProfiler", "Canvas"]
    }
}
impl ::std::convert::From<AppType> for ::forma_core::Value<AppType> {
    fn from(v: AppType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppType {}

/// The values CloudFormation documents: `system`, `ml.t3.micro`, `ml.t3.small`, `ml.t3.medium`, `ml.t3.large`, `ml.t3.xlarge`, `ml.t3.2xlarge`, `ml.m5.large`, `ml.m5.xlarge`, `ml.m5.2xlarge`, `ml.m5.4xlarge`, `ml.m5.8xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppInstanceType {
    /// `system`
    System,
    /// `ml.t3.micro`
    MlT3Micro,
    /// `ml.t3.small`
    MlT3Small,
    /// `ml.t3.medium`
    MlT3Medium,
    /// `ml.t3.large`
    MlT3Large,
    /// `ml.t3.xlarge`
    MlT3Xlarge,
    /// `ml.t3.2xlarge`
    MlT32xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.8xlarge`
    MlM58xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.16xlarge`
    MlM516xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5d.large`
    MlM5DLarge,
    /// `ml.m5d.xlarge`
    MlM5DXlarge,
    /// `ml.m5d.2xlarge`
    MlM5D2xlarge,
    /// `ml.m5d.4xlarge`
    MlM5D4xlarge,
    /// `ml.m5d.8xlarge`
    MlM5D8xlarge,
    /// `ml.m5d.12xlarge`
    MlM5D12xlarge,
    /// `ml.m5d.16xlarge`
    MlM5D16xlarge,
    /// `ml.m5d.24xlarge`
    MlM5D24xlarge,
    /// `ml.c5.large`
    MlC5Large,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.12xlarge`
    MlC512xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.24xlarge`
    MlC524xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3dn.24xlarge`
    MlP3Dn24xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.8xlarge`
    MlR58xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.16xlarge`
    MlR516xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.geospatial.interactive`
    MlGeospatialInteractive,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5e.48xlarge`
    MlP5E48xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.m6id.large`
    MlM6IdLarge,
    /// `ml.m6id.xlarge`
    MlM6IdXlarge,
    /// `ml.m6id.2xlarge`
    MlM6Id2xlarge,
    /// `ml.m6id.4xlarge`
    MlM6Id4xlarge,
    /// `ml.m6id.8xlarge`
    MlM6Id8xlarge,
    /// `ml.m6id.12xlarge`
    MlM6Id12xlarge,
    /// `ml.m6id.16xlarge`
    MlM6Id16xlarge,
    /// `ml.m6id.24xlarge`
    MlM6Id24xlarge,
    /// `ml.m6id.32xlarge`
    MlM6Id32xlarge,
    /// `ml.c6id.large`
    MlC6IdLarge,
    /// `ml.c6id.xlarge`
    MlC6IdXlarge,
    /// `ml.c6id.2xlarge`
    MlC6Id2xlarge,
    /// `ml.c6id.4xlarge`
    MlC6Id4xlarge,
    /// `ml.c6id.8xlarge`
    MlC6Id8xlarge,
    /// `ml.c6id.12xlarge`
    MlC6Id12xlarge,
    /// `ml.c6id.16xlarge`
    MlC6Id16xlarge,
    /// `ml.c6id.24xlarge`
    MlC6Id24xlarge,
    /// `ml.c6id.32xlarge`
    MlC6Id32xlarge,
    /// `ml.r6id.large`
    MlR6IdLarge,
    /// `ml.r6id.xlarge`
    MlR6IdXlarge,
    /// `ml.r6id.2xlarge`
    MlR6Id2xlarge,
    /// `ml.r6id.4xlarge`
    MlR6Id4xlarge,
    /// `ml.r6id.8xlarge`
    MlR6Id8xlarge,
    /// `ml.r6id.12xlarge`
    MlR6Id12xlarge,
    /// `ml.r6id.16xlarge`
    MlR6Id16xlarge,
    /// `ml.r6id.24xlarge`
    MlR6Id24xlarge,
    /// `ml.r6id.32xlarge`
    MlR6Id32xlarge,
    /// `ml.p5.4xlarge`
    MlP54xlarge,
    /// `ml.p6-b200.48xlarge`
    MlP6B20048xlarge,
    /// `ml.g7.2xlarge`
    MlG72xlarge,
    /// `ml.g7.4xlarge`
    MlG74xlarge,
    /// `ml.g7.8xlarge`
    MlG78xlarge,
    /// `ml.g7.12xlarge`
    MlG712xlarge,
    /// `ml.g7.24xlarge`
    MlG724xlarge,
    /// `ml.g7.48xlarge`
    MlG748xlarge,
    /// `ml.g7e.2xlarge`
    MlG7E2xlarge,
    /// `ml.g7e.4xlarge`
    MlG7E4xlarge,
    /// `ml.g7e.8xlarge`
    MlG7E8xlarge,
    /// `ml.g7e.12xlarge`
    MlG7E12xlarge,
    /// `ml.g7e.24xlarge`
    MlG7E24xlarge,
    /// `ml.g7e.48xlarge`
    MlG7E48xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppInstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::MlT3Micro => "ml.t3.micro",
            Self::MlT3Small => "ml.t3.small",
            Self::MlT3Medium => "ml.t3.medium",
            Self::MlT3Large => "ml.t3.large",
            Self::MlT3Xlarge => "ml.t3.xlarge",
            Self::MlT32xlarge => "ml.t3.2xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM58xlarge => "ml.m5.8xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM516xlarge => "ml.m5.16xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM5DLarge => "ml.m5d.large",
            Self::MlM5DXlarge => "ml.m5d.xlarge",
            Self::MlM5D2xlarge => "ml.m5d.2xlarge",
            Self::MlM5D4xlarge => "ml.m5d.4xlarge",
            Self::MlM5D8xlarge => "ml.m5d.8xlarge",
            Self::MlM5D12xlarge => "ml.m5d.12xlarge",
            Self::MlM5D16xlarge => "ml.m5d.16xlarge",
            Self::MlM5D24xlarge => "ml.m5d.24xlarge",
            Self::MlC5Large => "ml.c5.large",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC512xlarge => "ml.c5.12xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC524xlarge => "ml.c5.24xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP3Dn24xlarge => "ml.p3dn.24xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR58xlarge => "ml.r5.8xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR516xlarge => "ml.r5.16xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlGeospatialInteractive => "ml.geospatial.interactive",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP5E48xlarge => "ml.p5e.48xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlM6IdLarge => "ml.m6id.large",
            Self::MlM6IdXlarge => "ml.m6id.xlarge",
            Self::MlM6Id2xlarge => "ml.m6id.2xlarge",
            Self::MlM6Id4xlarge => "ml.m6id.4xlarge",
            Self::MlM6Id8xlarge => "ml.m6id.8xlarge",
            Self::MlM6Id12xlarge => "ml.m6id.12xlarge",
            Self::MlM6Id16xlarge => "ml.m6id.16xlarge",
            Self::MlM6Id24xlarge => "ml.m6id.24xlarge",
            Self::MlM6Id32xlarge => "ml.m6id.32xlarge",
            Self::MlC6IdLarge => "ml.c6id.large",
            Self::MlC6IdXlarge => "ml.c6id.xlarge",
            Self::MlC6Id2xlarge => "ml.c6id.2xlarge",
            Self::MlC6Id4xlarge => "ml.c6id.4xlarge",
            Self::MlC6Id8xlarge => "ml.c6id.8xlarge",
            Self::MlC6Id12xlarge => "ml.c6id.12xlarge",
            Self::MlC6Id16xlarge => "ml.c6id.16xlarge",
            Self::MlC6Id24xlarge => "ml.c6id.24xlarge",
            Self::MlC6Id32xlarge => "ml.c6id.32xlarge",
            Self::MlR6IdLarge => "ml.r6id.large",
            Self::MlR6IdXlarge => "ml.r6id.xlarge",
            Self::MlR6Id2xlarge => "ml.r6id.2xlarge",
            Self::MlR6Id4xlarge => "ml.r6id.4xlarge",
            Self::MlR6Id8xlarge => "ml.r6id.8xlarge",
            Self::MlR6Id12xlarge => "ml.r6id.12xlarge",
            Self::MlR6Id16xlarge => "ml.r6id.16xlarge",
            Self::MlR6Id24xlarge => "ml.r6id.24xlarge",
            Self::MlR6Id32xlarge => "ml.r6id.32xlarge",
            Self::MlP54xlarge => "ml.p5.4xlarge",
            Self::MlP6B20048xlarge => "ml.p6-b200.48xlarge",
            Self::MlG72xlarge => "ml.g7.2xlarge",
            Self::MlG74xlarge => "ml.g7.4xlarge",
            Self::MlG78xlarge => "ml.g7.8xlarge",
            Self::MlG712xlarge => "ml.g7.12xlarge",
            Self::MlG724xlarge => "ml.g7.24xlarge",
            Self::MlG748xlarge => "ml.g7.48xlarge",
            Self::MlG7E2xlarge => "ml.g7e.2xlarge",
            Self::MlG7E4xlarge => "ml.g7e.4xlarge",
            Self::MlG7E8xlarge => "ml.g7e.8xlarge",
            Self::MlG7E12xlarge => "ml.g7e.12xlarge",
            Self::MlG7E24xlarge => "ml.g7e.24xlarge",
            Self::MlG7E48xlarge => "ml.g7e.48xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "system",
            "ml.t3.micro",
            "ml.t3.small",
            "ml.t3.medium",
            "ml.t3.large",
            "ml.t3.xlarge",
            "ml.t3.2xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.8xlarge",
            "ml.m5.12xlarge",
            "ml.m5.16xlarge",
            "ml.m5.24xlarge",
            "ml.m5d.large",
            "ml.m5d.xlarge",
            "ml.m5d.2xlarge",
            "ml.m5d.4xlarge",
            "ml.m5d.8xlarge",
            "ml.m5d.12xlarge",
            "ml.m5d.16xlarge",
            "ml.m5d.24xlarge",
            "ml.c5.large",
            "ml.c5.xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.12xlarge",
            "ml.c5.18xlarge",
            "ml.c5.24xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.p3.16xlarge",
            "ml.p3dn.24xlarge",
            "ml.g4dn.xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.8xlarge",
            "ml.r5.12xlarge",
            "ml.r5.16xlarge",
            "ml.r5.24xlarge",
            "ml.g5.xlarge",
            "ml.g5.2xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.48xlarge",
            "ml.g6.xlarge",
            "ml.g6.2xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.48xlarge",
            "ml.g6e.xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.48xlarge",
            "ml.geospatial.interactive",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
            "ml.p5.48xlarge",
            "ml.p5e.48xlarge",
            "ml.p5en.48xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.32xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.48xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.32xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.48xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.32xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.48xlarge",
            "ml.m6id.large",
            "ml.m6id.xlarge",
            "ml.m6id.2xlarge",
            "ml.m6id.4xlarge",
            "ml.m6id.8xlarge",
            "ml.m6id.12xlarge",
            "ml.m6id.16xlarge",
            "ml.m6id.24xlarge",
            "ml.m6id.32xlarge",
            "ml.c6id.large",
            "ml.c6id.xlarge",
            "ml.c6id.2xlarge",
            "ml.c6id.4xlarge",
            "ml.c6id.8xlarge",
            "ml.c6id.12xlarge",
            "ml.c6id.16xlarge",
            "ml.c6id.24xlarge",
            "ml.c6id.32xlarge",
            "ml.r6id.large",
            "ml.r6id.xlarge",
            "ml.r6id.2xlarge",
            "ml.r6id.4xlarge",
            "ml.r6id.8xlarge",
            "ml.r6id.12xlarge",
            "ml.r6id.16xlarge",
            "ml.r6id.24xlarge",
            "ml.r6id.32xlarge",
            "ml.p5.4xlarge",
            "ml.p6-b200.48xlarge",
            "ml.g7.2xlarge",
            "ml.g7.4xlarge",
            "ml.g7.8xlarge",
            "ml.g7.12xlarge",
            "ml.g7.24xlarge",
            "ml.g7.48xlarge",
            "ml.g7e.2xlarge",
            "ml.g7e.4xlarge",
            "ml.g7e.8xlarge",
            "ml.g7e.12xlarge",
            "ml.g7e.24xlarge",
            "ml.g7e.48xlarge",
        ]
    }
}
impl ::std::convert::From<AppInstanceType> for ::forma_core::Value<AppInstanceType> {
    fn from(v: AppInstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppInstanceType {}

/// The values CloudFormation documents: `DataWrangler`, `FeatureStore`, `EmrClusters`, `AutoMl`, `Experiments`, `Training`, `ModelEvaluation`, `Pipelines`, `Models`, `JumpStart`, `InferenceRecommender`, `Endpoints`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MlTools {
    /// `DataWrangler`
    DataWrangler,
    /// `FeatureStore`
    FeatureStore,
    /// `EmrClusters`
    EmrClusters,
    /// `AutoMl`
    AutoMl,
    /// `Experiments`
    Experiments,
    /// `Training`
    Training,
    /// `ModelEvaluation`
    ModelEvaluation,
    /// `Pipelines`
    Pipelines,
    /// `Models`
    Models,
    /// `JumpStart`
    JumpStart,
    /// `InferenceRecommender`
    InferenceRecommender,
    /// `Endpoints`
    Endpoints,
    /// `Projects`
    Projects,
    /// `InferenceOptimization`
    InferenceOptimization,
    /// `HyperPodClusters`
    HyperPodClusters,
    /// `Comet`
    Comet,
    /// `DeepchecksLLMEvaluation`
    DeepchecksLlmEvaluation,
    /// `Fiddler`
    Fiddler,
    /// `LakeraGuard`
    LakeraGuard,
    /// `PerformanceEvaluation`
    PerformanceEvaluation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MlTools {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DataWrangler => "DataWrangler",
            Self::FeatureStore => "FeatureStore",
            Self::EmrClusters => "EmrClusters",
            Self::AutoMl => "AutoMl",
            Self::Experiments => "Experiments",
            Self::Training => "Training",
            Self::ModelEvaluation => "ModelEvaluation",
            Self::Pipelines => "Pipelines",
            Self::Models => "Models",
            Self::JumpStart => "JumpStart",
            Self::InferenceRecommender => "InferenceRecommender",
            Self::Endpoints => "Endpoints",
            Self::Projects => "Projects",
            Self::InferenceOptimization => "InferenceOptimization",
            Self::HyperPodClusters => "HyperPodClusters",
            Self::Comet => "Comet",
            Self::DeepchecksLlmEvaluation => "DeepchecksLLMEvaluation",
            Self::Fiddler => "Fiddler",
            Self::LakeraGuard => "LakeraGuard",
            Self::PerformanceEvaluation => "PerformanceEvaluation",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "DataWrangler",
            "FeatureStore",
            "EmrClusters",
            "AutoMl",
            "Experiments",
            "Training",
            "ModelEvaluation",
            "Pipelines",
            "Models",
            "JumpStart",
            "InferenceRecommender",
            "Endpoints",
            "Projects",
            "InferenceOptimization",
            "HyperPodClusters",
            "Comet",
            "DeepchecksLLMEvaluation",
            "Fiddler",
            "LakeraGuard",
            "PerformanceEvaluation",
        ]
    }
}
impl ::std::convert::From<MlTools> for ::forma_core::Value<MlTools> {
    fn from(v: MlTools) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MlTools {}

/// Studio settings.
#[derive(Debug, Clone, PartialEq)]
pub struct StudioWebPortalSettings {
    props: ::forma_core::schema::Props,
}
impl StudioWebPortalSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Applications supported in Studio that are hidden from the Studio left navigation pane.
    pub fn hidden_app_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The instance types you are hiding from the Studio user interface.
    pub fn hidden_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppInstanceType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The machine learning tools that are hidden from the Studio left navigation pane.
    pub fn hidden_ml_tools(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MlTools>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The version aliases you are hiding from the Studio user interface.
    pub fn hidden_sage_maker_image_version_aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HiddenSageMakerImage>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StudioWebPortalSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StudioWebPortalSettings> for ::forma_core::Value<StudioWebPortalSettings> {
    fn from(v: StudioWebPortalSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STUDIO_WEB_PORTAL_SETTINGS_TYPE.properties))
    }
}

/// A custom SageMaker image.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomImage {
    props: ::forma_core::schema::Props,
}
impl CustomImage {
    /// A new value with its required properties: `AppImageConfigName`, `ImageName`.
    pub fn new(
        app_image_config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_image_config_name.into().into_expr());
        props.set(1, image_name.into().into_expr());
        Self { props }
    }
    /// The version number of the CustomImage.
    ///
    /// Allowed: at least 0.
    pub fn image_version_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomImage> for ::forma_core::Value<CustomImage> {
    fn from(v: CustomImage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_IMAGE_TYPE.properties))
    }
}

/// The `ResourceSpec` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSpec {
    props: ::forma_core::schema::Props,
}
impl ResourceSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The instance type that the image version runs on.
    pub fn instance_type(mut self, value: impl ::forma_core::schema::EnumArg<AppInstanceType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Lifecycle Configuration to attach to the Resource.
    ///
    /// Allowed: length 0 to 256.
    pub fn lifecycle_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the SageMaker image that the image version belongs to.
    ///
    /// Allowed: length 0 to 256.
    pub fn sage_maker_image_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The ARN of the image version created on the instance.
    ///
    /// Allowed: length 0 to 256.
    pub fn sage_maker_image_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the training plan to use for the ResourceSpec.
    ///
    /// Allowed: length 0 to 2048.
    pub fn training_plan_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceSpec> for ::forma_core::Value<ResourceSpec> {
    fn from(v: ResourceSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SPEC_TYPE.properties))
    }
}

/// The `EFSFileSystemConfig` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsFileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl EfsFileSystemConfig {
    /// A new value with its required properties: `FileSystemId`.
    pub fn new(file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_system_id.into().into_expr());
        Self { props }
    }
    /// `FileSystemPath`.
    ///
    /// Allowed: length 1 to 256.
    pub fn file_system_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EfsFileSystemConfig> for ::forma_core::Value<EfsFileSystemConfig> {
    fn from(v: EfsFileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// The `FSxLustreFileSystemConfig` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct FSxLustreFileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl FSxLustreFileSystemConfig {
    /// A new value with its required properties: `FileSystemId`.
    pub fn new(file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_system_id.into().into_expr());
        Self { props }
    }
    /// `FileSystemPath`.
    ///
    /// Allowed: length 1 to 256.
    pub fn file_system_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FSxLustreFileSystemConfig> for ::forma_core::Value<FSxLustreFileSystemConfig> {
    fn from(v: FSxLustreFileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(F_SX_LUSTRE_FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// The `S3FileSystemConfig` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3FileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl S3FileSystemConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MountPath`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn mount_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3Uri`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3FileSystemConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3FileSystemConfig> for ::forma_core::Value<S3FileSystemConfig> {
    fn from(v: S3FileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// The `CodeRepository` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeRepository {
    props: ::forma_core::schema::Props,
}
impl CodeRepository {
    /// A new value with its required properties: `RepositoryUrl`.
    pub fn new(repository_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, repository_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeRepository> for ::forma_core::Value<CodeRepository> {
    fn from(v: CodeRepository) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_REPOSITORY_TYPE.properties))
    }
}

/// Configuration parameters specifying IAM roles assumed by SageMaker's execution role and cluster instances.
#[derive(Debug, Clone, PartialEq)]
pub struct EmrSettings {
    props: ::forma_core::schema::Props,
}
impl EmrSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of Amazon Resource Names (ARNs) of the IAM roles that the execution role of SageMaker can assume.
    pub fn assumable_role_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An array of ARNs of IAM roles used by EMR cluster instances or job execution environments.
    pub fn execution_role_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmrSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmrSettings> for ::forma_core::Value<EmrSettings> {
    fn from(v: EmrSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMR_SETTINGS_TYPE.properties))
    }
}

/// Properties related to the Amazon Elastic Block Store volume.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultEbsStorageSettings {
    props: ::forma_core::schema::Props,
}
impl DefaultEbsStorageSettings {
    /// A new value with its required properties: `DefaultEbsVolumeSizeInGb`, `MaximumEbsVolumeSizeInGb`.
    pub fn new(
        default_ebs_volume_size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
        maximum_ebs_volume_size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_ebs_volume_size_in_gb.into().into_expr());
        props.set(1, maximum_ebs_volume_size_in_gb.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DefaultEbsStorageSettings> for ::forma_core::Value<DefaultEbsStorageSettings> {
    fn from(v: DefaultEbsStorageSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_EBS_STORAGE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `sagemaker_distribution`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SageMakerImageName {
    /// `sagemaker_distribution`
    SagemakerDistribution,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SageMakerImageName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SagemakerDistribution => "sagemaker_distribution",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["sagemaker_distribution"]
    }
}
impl ::std::convert::From<SageMakerImageName> for ::forma_core::Value<SageMakerImageName> {
    fn from(v: SageMakerImageName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SageMakerImageName {}

/// The `HiddenSageMakerImage` property type of `AWS::SageMaker::UserProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct HiddenSageMakerImage {
    props: ::forma_core::schema::Props,
}
impl HiddenSageMakerImage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The SageMaker image name that you are hiding from the Studio user interface.
    pub fn sage_maker_image_name(mut self, value: impl ::forma_core::schema::EnumArg<SageMakerImageName>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `VersionAliases`.
    pub fn version_aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HiddenSageMakerImage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HiddenSageMakerImage> for ::forma_core::Value<HiddenSageMakerImage> {
    fn from(v: HiddenSageMakerImage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HIDDEN_SAGE_MAKER_IMAGE_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::UserProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::UserProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-(-*[a-z0-9]){1,61}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "SingleSignOnUserIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("UserName"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SingleSignOnUserValue",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["UserProfileArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.Tag",
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

static USER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.UserSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoMountHomeEFS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled", "DefaultAsDomain"]),
        },
        ::forma_core::schema::Property {
            name: "CodeEditorAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_EDITOR_APP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomFileSystemConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_FILE_SYSTEM_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomPosixUserConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_POSIX_USER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultLandingUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1023),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "JupyterLabAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JUPYTER_LAB_APP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JupyterServerAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JUPYTER_SERVER_APP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KernelGatewayAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KERNEL_GATEWAY_APP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RStudioServerProAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&R_STUDIO_SERVER_PRO_APP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[-0-9a-zA-Z]+"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SharingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHARING_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpaceStorageSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_SPACE_STORAGE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StudioWebPortal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "StudioWebPortalSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STUDIO_WEB_PORTAL_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static CODE_EDITOR_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.CodeEditorAppSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuiltInLifecycleConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomImages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_IMAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultResourceSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$",
                    ),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.CustomFileSystemConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EFSFileSystemConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_FILE_SYSTEM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FSxLustreFileSystemConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&F_SX_LUSTRE_FILE_SYSTEM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3FileSystemConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_FILE_SYSTEM_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOM_POSIX_USER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.CustomPosixUserConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1001.0),
                maximum: Some(4000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Uid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10000.0),
                maximum: Some(4000000.0),
            }),
        },
    ],
    rules: &[],
};

static JUPYTER_LAB_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.JupyterLabAppSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuiltInLifecycleConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "CodeRepositories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CODE_REPOSITORY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomImages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_IMAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultResourceSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmrSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMR_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$",
                    ),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
};

static JUPYTER_SERVER_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.JupyterServerAppSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultResourceSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$",
                    ),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
};

static KERNEL_GATEWAY_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.KernelGatewayAppSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomImages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_IMAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultResourceSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$",
                    ),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
};

static R_STUDIO_SERVER_PRO_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.RStudioServerProAppSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "UserGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["R_STUDIO_ADMIN", "R_STUDIO_USER"]),
        },
    ],
    rules: &[],
};

static SHARING_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.SharingSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "NotebookOutputOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Allowed", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "S3KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static DEFAULT_SPACE_STORAGE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.DefaultSpaceStorageSettings",
    properties: &[::forma_core::schema::Property {
        name: "DefaultEbsStorageSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DEFAULT_EBS_STORAGE_SETTINGS_TYPE),
    }],
    rules: &[],
};

static STUDIO_WEB_PORTAL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.StudioWebPortalSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "HiddenAppTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "JupyterServer",
                    "TensorBoard",
                    "RStudioServerPro",
                    "JupyterLab",
                    "CodeEditor",
                    "DetailedProfiler",
                    "Canvas",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HiddenInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "system",
                    "ml.t3.micro",
                    "ml.t3.small",
                    "ml.t3.medium",
                    "ml.t3.large",
                    "ml.t3.xlarge",
                    "ml.t3.2xlarge",
                    "ml.m5.large",
                    "ml.m5.xlarge",
                    "ml.m5.2xlarge",
                    "ml.m5.4xlarge",
                    "ml.m5.8xlarge",
                    "ml.m5.12xlarge",
                    "ml.m5.16xlarge",
                    "ml.m5.24xlarge",
                    "ml.m5d.large",
                    "ml.m5d.xlarge",
                    "ml.m5d.2xlarge",
                    "ml.m5d.4xlarge",
                    "ml.m5d.8xlarge",
                    "ml.m5d.12xlarge",
                    "ml.m5d.16xlarge",
                    "ml.m5d.24xlarge",
                    "ml.c5.large",
                    "ml.c5.xlarge",
                    "ml.c5.2xlarge",
                    "ml.c5.4xlarge",
                    "ml.c5.9xlarge",
                    "ml.c5.12xlarge",
                    "ml.c5.18xlarge",
                    "ml.c5.24xlarge",
                    "ml.p3.2xlarge",
                    "ml.p3.8xlarge",
                    "ml.p3.16xlarge",
                    "ml.p3dn.24xlarge",
                    "ml.g4dn.xlarge",
                    "ml.g4dn.2xlarge",
                    "ml.g4dn.4xlarge",
                    "ml.g4dn.8xlarge",
                    "ml.g4dn.12xlarge",
                    "ml.g4dn.16xlarge",
                    "ml.r5.large",
                    "ml.r5.xlarge",
                    "ml.r5.2xlarge",
                    "ml.r5.4xlarge",
                    "ml.r5.8xlarge",
                    "ml.r5.12xlarge",
                    "ml.r5.16xlarge",
                    "ml.r5.24xlarge",
                    "ml.g5.xlarge",
                    "ml.g5.2xlarge",
                    "ml.g5.4xlarge",
                    "ml.g5.8xlarge",
                    "ml.g5.12xlarge",
                    "ml.g5.16xlarge",
                    "ml.g5.24xlarge",
                    "ml.g5.48xlarge",
                    "ml.g6.xlarge",
                    "ml.g6.2xlarge",
                    "ml.g6.4xlarge",
                    "ml.g6.8xlarge",
                    "ml.g6.12xlarge",
                    "ml.g6.16xlarge",
                    "ml.g6.24xlarge",
                    "ml.g6.48xlarge",
                    "ml.g6e.xlarge",
                    "ml.g6e.2xlarge",
                    "ml.g6e.4xlarge",
                    "ml.g6e.8xlarge",
                    "ml.g6e.12xlarge",
                    "ml.g6e.16xlarge",
                    "ml.g6e.24xlarge",
                    "ml.g6e.48xlarge",
                    "ml.geospatial.interactive",
                    "ml.p4d.24xlarge",
                    "ml.p4de.24xlarge",
                    "ml.trn1.2xlarge",
                    "ml.trn1.32xlarge",
                    "ml.trn1n.32xlarge",
                    "ml.p5.48xlarge",
                    "ml.p5e.48xlarge",
                    "ml.p5en.48xlarge",
                    "ml.m6i.large",
                    "ml.m6i.xlarge",
                    "ml.m6i.2xlarge",
                    "ml.m6i.4xlarge",
                    "ml.m6i.8xlarge",
                    "ml.m6i.12xlarge",
                    "ml.m6i.16xlarge",
                    "ml.m6i.24xlarge",
                    "ml.m6i.32xlarge",
                    "ml.m7i.large",
                    "ml.m7i.xlarge",
                    "ml.m7i.2xlarge",
                    "ml.m7i.4xlarge",
                    "ml.m7i.8xlarge",
                    "ml.m7i.12xlarge",
                    "ml.m7i.16xlarge",
                    "ml.m7i.24xlarge",
                    "ml.m7i.48xlarge",
                    "ml.c6i.large",
                    "ml.c6i.xlarge",
                    "ml.c6i.2xlarge",
                    "ml.c6i.4xlarge",
                    "ml.c6i.8xlarge",
                    "ml.c6i.12xlarge",
                    "ml.c6i.16xlarge",
                    "ml.c6i.24xlarge",
                    "ml.c6i.32xlarge",
                    "ml.c7i.large",
                    "ml.c7i.xlarge",
                    "ml.c7i.2xlarge",
                    "ml.c7i.4xlarge",
                    "ml.c7i.8xlarge",
                    "ml.c7i.12xlarge",
                    "ml.c7i.16xlarge",
                    "ml.c7i.24xlarge",
                    "ml.c7i.48xlarge",
                    "ml.r6i.large",
                    "ml.r6i.xlarge",
                    "ml.r6i.2xlarge",
                    "ml.r6i.4xlarge",
                    "ml.r6i.8xlarge",
                    "ml.r6i.12xlarge",
                    "ml.r6i.16xlarge",
                    "ml.r6i.24xlarge",
                    "ml.r6i.32xlarge",
                    "ml.r7i.large",
                    "ml.r7i.xlarge",
                    "ml.r7i.2xlarge",
                    "ml.r7i.4xlarge",
                    "ml.r7i.8xlarge",
                    "ml.r7i.12xlarge",
                    "ml.r7i.16xlarge",
                    "ml.r7i.24xlarge",
                    "ml.r7i.48xlarge",
                    "ml.m6id.large",
                    "ml.m6id.xlarge",
                    "ml.m6id.2xlarge",
                    "ml.m6id.4xlarge",
                    "ml.m6id.8xlarge",
                    "ml.m6id.12xlarge",
                    "ml.m6id.16xlarge",
                    "ml.m6id.24xlarge",
                    "ml.m6id.32xlarge",
                    "ml.c6id.large",
                    "ml.c6id.xlarge",
                    "ml.c6id.2xlarge",
                    "ml.c6id.4xlarge",
                    "ml.c6id.8xlarge",
                    "ml.c6id.12xlarge",
                    "ml.c6id.16xlarge",
                    "ml.c6id.24xlarge",
                    "ml.c6id.32xlarge",
                    "ml.r6id.large",
                    "ml.r6id.xlarge",
                    "ml.r6id.2xlarge",
                    "ml.r6id.4xlarge",
                    "ml.r6id.8xlarge",
                    "ml.r6id.12xlarge",
                    "ml.r6id.16xlarge",
                    "ml.r6id.24xlarge",
                    "ml.r6id.32xlarge",
                    "ml.p5.4xlarge",
                    "ml.p6-b200.48xlarge",
                    "ml.g7.2xlarge",
                    "ml.g7.4xlarge",
                    "ml.g7.8xlarge",
                    "ml.g7.12xlarge",
                    "ml.g7.24xlarge",
                    "ml.g7.48xlarge",
                    "ml.g7e.2xlarge",
                    "ml.g7e.4xlarge",
                    "ml.g7e.8xlarge",
                    "ml.g7e.12xlarge",
                    "ml.g7e.24xlarge",
                    "ml.g7e.48xlarge",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HiddenMlTools",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "DataWrangler",
                    "FeatureStore",
                    "EmrClusters",
                    "AutoMl",
                    "Experiments",
                    "Training",
                    "ModelEvaluation",
                    "Pipelines",
                    "Models",
                    "JumpStart",
                    "InferenceRecommender",
                    "Endpoints",
                    "Projects",
                    "InferenceOptimization",
                    "HyperPodClusters",
                    "Comet",
                    "DeepchecksLLMEvaluation",
                    "Fiddler",
                    "LakeraGuard",
                    "PerformanceEvaluation",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HiddenSageMakerImageVersionAliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HIDDEN_SAGE_MAKER_IMAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_IMAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.CustomImage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppImageConfigName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageVersionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static RESOURCE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.ResourceSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "system",
                "ml.t3.micro",
                "ml.t3.small",
                "ml.t3.medium",
                "ml.t3.large",
                "ml.t3.xlarge",
                "ml.t3.2xlarge",
                "ml.m5.large",
                "ml.m5.xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.8xlarge",
                "ml.m5.12xlarge",
                "ml.m5.16xlarge",
                "ml.m5.24xlarge",
                "ml.m5d.large",
                "ml.m5d.xlarge",
                "ml.m5d.2xlarge",
                "ml.m5d.4xlarge",
                "ml.m5d.8xlarge",
                "ml.m5d.12xlarge",
                "ml.m5d.16xlarge",
                "ml.m5d.24xlarge",
                "ml.c5.large",
                "ml.c5.xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.12xlarge",
                "ml.c5.18xlarge",
                "ml.c5.24xlarge",
                "ml.p3.2xlarge",
                "ml.p3.8xlarge",
                "ml.p3.16xlarge",
                "ml.p3dn.24xlarge",
                "ml.g4dn.xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.r5.large",
                "ml.r5.xlarge",
                "ml.r5.2xlarge",
                "ml.r5.4xlarge",
                "ml.r5.8xlarge",
                "ml.r5.12xlarge",
                "ml.r5.16xlarge",
                "ml.r5.24xlarge",
                "ml.g5.xlarge",
                "ml.g5.2xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.48xlarge",
                "ml.g6.xlarge",
                "ml.g6.2xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.48xlarge",
                "ml.g6e.xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.48xlarge",
                "ml.geospatial.interactive",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.trn1.2xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
                "ml.p5.48xlarge",
                "ml.p5e.48xlarge",
                "ml.p5en.48xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.32xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.48xlarge",
                "ml.c6i.large",
                "ml.c6i.xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.32xlarge",
                "ml.c7i.large",
                "ml.c7i.xlarge",
                "ml.c7i.2xlarge",
                "ml.c7i.4xlarge",
                "ml.c7i.8xlarge",
                "ml.c7i.12xlarge",
                "ml.c7i.16xlarge",
                "ml.c7i.24xlarge",
                "ml.c7i.48xlarge",
                "ml.r6i.large",
                "ml.r6i.xlarge",
                "ml.r6i.2xlarge",
                "ml.r6i.4xlarge",
                "ml.r6i.8xlarge",
                "ml.r6i.12xlarge",
                "ml.r6i.16xlarge",
                "ml.r6i.24xlarge",
                "ml.r6i.32xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.48xlarge",
                "ml.m6id.large",
                "ml.m6id.xlarge",
                "ml.m6id.2xlarge",
                "ml.m6id.4xlarge",
                "ml.m6id.8xlarge",
                "ml.m6id.12xlarge",
                "ml.m6id.16xlarge",
                "ml.m6id.24xlarge",
                "ml.m6id.32xlarge",
                "ml.c6id.large",
                "ml.c6id.xlarge",
                "ml.c6id.2xlarge",
                "ml.c6id.4xlarge",
                "ml.c6id.8xlarge",
                "ml.c6id.12xlarge",
                "ml.c6id.16xlarge",
                "ml.c6id.24xlarge",
                "ml.c6id.32xlarge",
                "ml.r6id.large",
                "ml.r6id.xlarge",
                "ml.r6id.2xlarge",
                "ml.r6id.4xlarge",
                "ml.r6id.8xlarge",
                "ml.r6id.12xlarge",
                "ml.r6id.16xlarge",
                "ml.r6id.24xlarge",
                "ml.r6id.32xlarge",
                "ml.p5.4xlarge",
                "ml.p6-b200.48xlarge",
                "ml.g7.2xlarge",
                "ml.g7.4xlarge",
                "ml.g7.8xlarge",
                "ml.g7.12xlarge",
                "ml.g7.24xlarge",
                "ml.g7.48xlarge",
                "ml.g7e.2xlarge",
                "ml.g7e.4xlarge",
                "ml.g7e.8xlarge",
                "ml.g7e.12xlarge",
                "ml.g7e.24xlarge",
                "ml.g7e.48xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SageMakerImageArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SageMakerImageVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+|None)",
                ),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrainingPlanArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*|None)$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static EFS_FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.EFSFileSystemConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(fs-[0-9a-f]{8,})$"),
                min_length: Some(11),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileSystemPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/\\S*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static F_SX_LUSTRE_FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.FSxLustreFileSystemConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(fs-[0-9a-f]{8,})$"),
                min_length: Some(11),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileSystemPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/\\S*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static S3_FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.S3FileSystemConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MountPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(s3)://([^/]+)/?(.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static CODE_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.CodeRepository",
    properties: &[::forma_core::schema::Property {
        name: "RepositoryUrl",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^https://([.\\-_a-zA-Z0-9]+/?){3,1016}$"),
            min_length: None,
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static EMR_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.EmrSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssumableRoleArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};

static DEFAULT_EBS_STORAGE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.DefaultEbsStorageSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultEbsVolumeSizeInGb",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(16384.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumEbsVolumeSizeInGb",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(16384.0),
            }),
        },
    ],
    rules: &[],
};

static HIDDEN_SAGE_MAKER_IMAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::UserProfile.HiddenSageMakerImage",
    properties: &[
        ::forma_core::schema::Property {
            name: "SageMakerImageName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["sagemaker_distribution"]),
        },
        ::forma_core::schema::Property {
            name: "VersionAliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};
