// @generated from AWS::SageMaker::Space (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Space` and its property types.

/// Resource Type definition for AWS::SageMaker::Space
///
/// CloudFormation type `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct Space {
    props: ::forma_core::schema::Props,
}
impl Space {
    /// A new resource with its required properties: `DomainId`, `SpaceName`.
    #[track_caller]
    pub fn new(
        domain_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        space_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, space_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `OwnershipSettings`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ownership_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OwnershipSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SpaceDisplayName`.
    ///
    /// Allowed: length 0 to 64.
    #[track_caller]
    pub fn space_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of settings.
    #[track_caller]
    pub fn space_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpaceSettings>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SpaceSharingSettings`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn space_sharing_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpaceSharingSettings>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to the space.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Space {
    type Attributes = SpaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Space"
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
/// The attributes of a `AWS::SageMaker::Space` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SpaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SpaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SpaceAttributes {
    /// `Fn::GetAtt` `SpaceArn`.
    pub fn space_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SpaceArn")
    }
    /// `Fn::GetAtt` `Url`.
    pub fn url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Url")
    }
}

/// The `OwnershipSettings` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnershipSettings {
    props: ::forma_core::schema::Props,
}
impl OwnershipSettings {
    /// A new value with its required properties: `OwnerUserProfileName`.
    pub fn new(owner_user_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, owner_user_profile_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OwnershipSettings> for ::forma_core::Value<OwnershipSettings> {
    fn from(v: OwnershipSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OWNERSHIP_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JupyterServer`, `KernelGateway`, `TensorBoard`, `RStudioServerPro`, `RSessionGateway`, `JupyterLab`, `CodeEditor`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppType {
    /// `JupyterServer`
    JupyterServer,
    /// `KernelGateway`
    KernelGateway,
    /// `TensorBoard`
    TensorBoard,
    /// `RStudioServerPro`
    RStudioServerPro,
    /// `RSessionGateway`
    RSessionGateway,
    /// `JupyterLab`
    JupyterLab,
    /// `CodeEditor`
    CodeEditor,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JupyterServer => "JupyterServer",
            Self::KernelGateway => "KernelGateway",
            Self::TensorBoard => "TensorBoard",
            Self::RStudioServerPro => "RStudioServerPro",
            Self::RSessionGateway => "RSessionGateway",
            Self::JupyterLab => "JupyterLab",
            Self::CodeEditor => "CodeEditor",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "JupyterServer",
            "KernelGateway",
            "TensorBoard",
            "RStudioServerPro",
            "RSessionGateway",
            "JupyterLab",
            "CodeEditor",
        ]
    }
}
impl ::std::convert::From<AppType> for ::forma_core::Value<AppType> {
    fn from(v: AppType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RemoteAccess {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RemoteAccess {
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
impl ::std::convert::From<RemoteAccess> for ::forma_core::Value<RemoteAccess> {
    fn from(v: RemoteAccess) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RemoteAccess {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpaceManagedResources {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpaceManagedResources {
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
impl ::std::convert::From<SpaceManagedResources> for ::forma_core::Value<SpaceManagedResources> {
    fn from(v: SpaceManagedResources) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpaceManagedResources {}

/// A collection of settings that apply to spaces of Amazon SageMaker Studio.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceSettings {
    props: ::forma_core::schema::Props,
}
impl SpaceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AppType`.
    pub fn app_type(mut self, value: impl ::forma_core::schema::EnumArg<AppType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The CodeEditor app settings.
    pub fn code_editor_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpaceCodeEditorAppSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomFileSystems`.
    pub fn custom_file_systems(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomFileSystem>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The JupyterLab app settings.
    pub fn jupyter_lab_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpaceJupyterLabAppSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Jupyter server's app settings.
    pub fn jupyter_server_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JupyterServerAppSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The kernel gateway app settings.
    pub fn kernel_gateway_app_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KernelGatewayAppSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// This is a flag used to indicate if remote access is enabled.
    pub fn remote_access(mut self, value: impl ::forma_core::schema::EnumArg<RemoteAccess>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// This is a flag used to indicate if space managed resources needs to be created.
    pub fn space_managed_resources(mut self, value: impl ::forma_core::schema::EnumArg<SpaceManagedResources>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Default storage settings for a space.
    pub fn space_storage_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpaceStorageSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpaceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpaceSettings> for ::forma_core::Value<SpaceSettings> {
    fn from(v: SpaceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPACE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Private`, `Shared`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharingType {
    /// `Private`
    Private,
    /// `Shared`
    Shared,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SharingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Private => "Private",
            Self::Shared => "Shared",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Private", "Shared"]
    }
}
impl ::std::convert::From<SharingType> for ::forma_core::Value<SharingType> {
    fn from(v: SharingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SharingType {}

/// The `SpaceSharingSettings` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceSharingSettings {
    props: ::forma_core::schema::Props,
}
impl SpaceSharingSettings {
    /// A new value with its required properties: `SharingType`.
    pub fn new(sharing_type: impl ::forma_core::schema::EnumArg<SharingType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sharing_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SpaceSharingSettings> for ::forma_core::Value<SpaceSharingSettings> {
    fn from(v: SpaceSharingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPACE_SHARING_SETTINGS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Space`.
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

/// The CodeEditor app settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceCodeEditorAppSettings {
    props: ::forma_core::schema::Props,
}
impl SpaceCodeEditorAppSettings {
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
}
impl ::std::default::Default for SpaceCodeEditorAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpaceCodeEditorAppSettings> for ::forma_core::Value<SpaceCodeEditorAppSettings> {
    fn from(v: SpaceCodeEditorAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPACE_CODE_EDITOR_APP_SETTINGS_TYPE.properties))
    }
}

/// The `CustomFileSystem` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomFileSystem {
    props: ::forma_core::schema::Props,
}
impl CustomFileSystem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EFSFileSystem`.
    pub fn efs_file_system(mut self, value: impl ::std::convert::Into<::forma_core::Value<EfsFileSystem>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FSxLustreFileSystem`.
    pub fn f_sx_lustre_file_system(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FSxLustreFileSystem>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3FileSystem`.
    pub fn s3_file_system(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3FileSystem>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomFileSystem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomFileSystem> for ::forma_core::Value<CustomFileSystem> {
    fn from(v: CustomFileSystem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_FILE_SYSTEM_TYPE.properties))
    }
}

/// The JupyterServer app settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceJupyterLabAppSettings {
    props: ::forma_core::schema::Props,
}
impl SpaceJupyterLabAppSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of CodeRepositories available for use with JupyterLab apps.
    pub fn code_repositories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CodeRepository>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultResourceSpec`.
    pub fn default_resource_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceSpec>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpaceJupyterLabAppSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpaceJupyterLabAppSettings> for ::forma_core::Value<SpaceJupyterLabAppSettings> {
    fn from(v: SpaceJupyterLabAppSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPACE_JUPYTER_LAB_APP_SETTINGS_TYPE.properties))
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

/// The `SpaceStorageSettings` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceStorageSettings {
    props: ::forma_core::schema::Props,
}
impl SpaceStorageSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Properties related to the space's Amazon Elastic Block Store volume.
    pub fn ebs_storage_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbsStorageSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpaceStorageSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpaceStorageSettings> for ::forma_core::Value<SpaceStorageSettings> {
    fn from(v: SpaceStorageSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPACE_STORAGE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `system`, `ml.t3.micro`, `ml.t3.small`, `ml.t3.medium`, `ml.t3.large`, `ml.t3.xlarge`, `ml.t3.2xlarge`, `ml.m5.large`, `ml.m5.xlarge`, `ml.m5.2xlarge`, `ml.m5.4xlarge`, `ml.m5.8xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
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
    /// `ml.p3dn.24xlarge`
    MlP3Dn24xlarge,
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
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.geospatial.interactive`
    MlGeospatialInteractive,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
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
            Self::MlP3Dn24xlarge => "ml.p3dn.24xlarge",
            Self::MlM5DLarge => "ml.m5d.large",
            Self::MlM5DXlarge => "ml.m5d.xlarge",
            Self::MlM5D2xlarge => "ml.m5d.2xlarge",
            Self::MlM5D4xlarge => "ml.m5d.4xlarge",
            Self::MlM5D8xlarge => "ml.m5d.8xlarge",
            Self::MlM5D12xlarge => "ml.m5d.12xlarge",
            Self::MlM5D16xlarge => "ml.m5d.16xlarge",
            Self::MlM5D24xlarge => "ml.m5d.24xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlGeospatialInteractive => "ml.geospatial.interactive",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
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
            "ml.p3dn.24xlarge",
            "ml.m5d.large",
            "ml.m5d.xlarge",
            "ml.m5d.2xlarge",
            "ml.m5d.4xlarge",
            "ml.m5d.8xlarge",
            "ml.m5d.12xlarge",
            "ml.m5d.16xlarge",
            "ml.m5d.24xlarge",
            "ml.g5.xlarge",
            "ml.g5.2xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.48xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.geospatial.interactive",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
        ]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// The `ResourceSpec` property type of `AWS::SageMaker::Space`.
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
    pub fn instance_type(mut self, value: impl ::forma_core::schema::EnumArg<InstanceType>) -> Self {
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

/// The `EFSFileSystem` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsFileSystem {
    props: ::forma_core::schema::Props,
}
impl EfsFileSystem {
    /// A new value with its required properties: `FileSystemId`.
    pub fn new(file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_system_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EfsFileSystem> for ::forma_core::Value<EfsFileSystem> {
    fn from(v: EfsFileSystem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_FILE_SYSTEM_TYPE.properties))
    }
}

/// The `FSxLustreFileSystem` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct FSxLustreFileSystem {
    props: ::forma_core::schema::Props,
}
impl FSxLustreFileSystem {
    /// A new value with its required properties: `FileSystemId`.
    pub fn new(file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_system_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FSxLustreFileSystem> for ::forma_core::Value<FSxLustreFileSystem> {
    fn from(v: FSxLustreFileSystem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(F_SX_LUSTRE_FILE_SYSTEM_TYPE.properties))
    }
}

/// The `S3FileSystem` property type of `AWS::SageMaker::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3FileSystem {
    props: ::forma_core::schema::Props,
}
impl S3FileSystem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3Uri`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3FileSystem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3FileSystem> for ::forma_core::Value<S3FileSystem> {
    fn from(v: S3FileSystem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILE_SYSTEM_TYPE.properties))
    }
}

/// The `CodeRepository` property type of `AWS::SageMaker::Space`.
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

/// Properties related to the space's Amazon Elastic Block Store volume.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsStorageSettings {
    props: ::forma_core::schema::Props,
}
impl EbsStorageSettings {
    /// A new value with its required properties: `EbsVolumeSizeInGb`.
    pub fn new(ebs_volume_size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ebs_volume_size_in_gb.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EbsStorageSettings> for ::forma_core::Value<EbsStorageSettings> {
    fn from(v: EbsStorageSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_STORAGE_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Space`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Space",
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
            name: "OwnershipSettings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&OWNERSHIP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpaceDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpaceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPACE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpaceSharingSettings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SPACE_SHARING_SETTINGS_TYPE),
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
    attributes: &["SpaceArn", "Url"],
};

static OWNERSHIP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.OwnershipSettings",
    properties: &[::forma_core::schema::Property {
        name: "OwnerUserProfileName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
            min_length: None,
            max_length: Some(63),
        }),
    }],
    rules: &[],
};

static SPACE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.SpaceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "JupyterServer",
                "KernelGateway",
                "TensorBoard",
                "RStudioServerPro",
                "RSessionGateway",
                "JupyterLab",
                "CodeEditor",
            ]),
        },
        ::forma_core::schema::Property {
            name: "CodeEditorAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPACE_CODE_EDITOR_APP_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomFileSystems",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_FILE_SYSTEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "JupyterLabAppSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPACE_JUPYTER_LAB_APP_SETTINGS_TYPE),
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
            name: "RemoteAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SpaceManagedResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SpaceStorageSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPACE_STORAGE_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static SPACE_SHARING_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.SpaceSharingSettings",
    properties: &[::forma_core::schema::Property {
        name: "SharingType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Private", "Shared"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.Tag",
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

static SPACE_CODE_EDITOR_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.SpaceCodeEditorAppSettings",
    properties: &[::forma_core::schema::Property {
        name: "DefaultResourceSpec",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
    }],
    rules: &[],
};

static CUSTOM_FILE_SYSTEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.CustomFileSystem",
    properties: &[
        ::forma_core::schema::Property {
            name: "EFSFileSystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_FILE_SYSTEM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FSxLustreFileSystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&F_SX_LUSTRE_FILE_SYSTEM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3FileSystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_FILE_SYSTEM_TYPE),
        },
    ],
    rules: &[],
};

static SPACE_JUPYTER_LAB_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.SpaceJupyterLabAppSettings",
    properties: &[
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
            name: "DefaultResourceSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
        },
    ],
    rules: &[],
};

static JUPYTER_SERVER_APP_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.JupyterServerAppSettings",
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
                    pattern: Some("arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*"),
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
    name: "AWS::SageMaker::Space.KernelGatewayAppSettings",
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
                    pattern: Some("arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
};

static SPACE_STORAGE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.SpaceStorageSettings",
    properties: &[::forma_core::schema::Property {
        name: "EbsStorageSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EBS_STORAGE_SETTINGS_TYPE),
    }],
    rules: &[],
};

static RESOURCE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.ResourceSpec",
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
                "ml.p3dn.24xlarge",
                "ml.m5d.large",
                "ml.m5d.xlarge",
                "ml.m5d.2xlarge",
                "ml.m5d.4xlarge",
                "ml.m5d.8xlarge",
                "ml.m5d.12xlarge",
                "ml.m5d.16xlarge",
                "ml.m5d.24xlarge",
                "ml.g5.xlarge",
                "ml.g5.2xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.48xlarge",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.geospatial.interactive",
                "ml.trn1.2xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*"),
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
                    "^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+$",
                ),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EFS_FILE_SYSTEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.EFSFileSystem",
    properties: &[::forma_core::schema::Property {
        name: "FileSystemId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(fs-[0-9a-f]{8,})$"),
            min_length: Some(11),
            max_length: Some(21),
        }),
    }],
    rules: &[],
};

static F_SX_LUSTRE_FILE_SYSTEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.FSxLustreFileSystem",
    properties: &[::forma_core::schema::Property {
        name: "FileSystemId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(fs-[0-9a-f]{8,})$"),
            min_length: Some(11),
            max_length: Some(21),
        }),
    }],
    rules: &[],
};

static S3_FILE_SYSTEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.S3FileSystem",
    properties: &[::forma_core::schema::Property {
        name: "S3Uri",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(s3)://([^/]+)/?(.*)"),
            min_length: Some(0),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static CODE_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.CodeRepository",
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

static CUSTOM_IMAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.CustomImage",
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

static EBS_STORAGE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Space.EbsStorageSettings",
    properties: &[::forma_core::schema::Property {
        name: "EbsVolumeSizeInGb",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(5.0),
            maximum: Some(16384.0),
        }),
    }],
    rules: &[],
};
