// @generated from AWS::AppStream::Stack (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::Stack` and its property types.

/// Resource Type definition for AWS::AppStream::Stack
///
/// CloudFormation type `AWS::AppStream::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    props: ::forma_core::schema::Props,
}
impl Stack {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of virtual private cloud (VPC) interface endpoint objects.
    #[track_caller]
    pub fn access_endpoints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessEndpoint>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for agent access on the stack.
    #[track_caller]
    pub fn agent_access_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AgentAccessConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The persistent application settings for users of the stack.
    #[track_caller]
    pub fn application_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationSettings>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The stack attributes to delete.
    #[track_caller]
    pub fn attributes_to_delete(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The content redirection settings for the stack.
    #[track_caller]
    pub fn content_redirection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContentRedirection>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter has been deprecated.
    #[track_caller]
    pub fn delete_storage_connectors(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description to display.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The stack name to display.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The domains where AppStream 2.0 streaming sessions can be embedded in an iframe.
    #[track_caller]
    pub fn embed_host_domains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL that users are redirected to after they click the Send Feedback link.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn feedback_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the stack.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL that users are redirected to after their streaming session ends.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn redirect_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The storage connectors to enable.
    #[track_caller]
    pub fn storage_connectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StorageConnector>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The streaming protocol that you want your stack to prefer.
    #[track_caller]
    pub fn streaming_experience_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamingExperienceSettings>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The actions that are enabled or disabled for users during their streaming sessions.
    #[track_caller]
    pub fn user_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserSetting>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Stack {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Stack {
    type Attributes = StackAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::Stack"
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
/// The attributes of a `AWS::AppStream::Stack` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StackAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StackAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StackAttributes {
    /// `Fn::GetAtt` `StorageConnectors.*.ResourceIdentifier`.
    pub fn storage_connectors_resource_identifier(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "StorageConnectors.*.ResourceIdentifier")
    }
}

/// The values CloudFormation documents: `STREAMING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// `STREAMING`
    Streaming,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Streaming => "STREAMING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STREAMING"]
    }
}
impl ::std::convert::From<EndpointType> for ::forma_core::Value<EndpointType> {
    fn from(v: EndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointType {}

/// Describes an interface VPC endpoint (interface endpoint) that lets you create a private connection between the virtual private cloud (VPC) that you specify and AppStream 2.0.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessEndpoint {
    props: ::forma_core::schema::Props,
}
impl AccessEndpoint {
    /// A new value with its required properties: `EndpointType`, `VpceId`.
    pub fn new(
        endpoint_type: impl ::forma_core::schema::EnumArg<EndpointType>,
        vpce_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint_type.into_enum_expr());
        props.set(1, vpce_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessEndpoint> for ::forma_core::Value<AccessEndpoint> {
    fn from(v: AccessEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_ENDPOINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JPEG`, `PNG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScreenImageFormat {
    /// `JPEG`
    Jpeg,
    /// `PNG`
    Png,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScreenImageFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JPEG", "PNG"]
    }
}
impl ::std::convert::From<ScreenImageFormat> for ::forma_core::Value<ScreenImageFormat> {
    fn from(v: ScreenImageFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScreenImageFormat {}

/// The values CloudFormation documents: `W_1280xH_720`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScreenResolution {
    /// `W_1280xH_720`
    W1280xH720,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScreenResolution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::W1280xH720 => "W_1280xH_720",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["W_1280xH_720"]
    }
}
impl ::std::convert::From<ScreenResolution> for ::forma_core::Value<ScreenResolution> {
    fn from(v: ScreenResolution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScreenResolution {}

/// The values CloudFormation documents: `DISABLED`, `VIEW_ONLY`, `VIEW_STOP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserControlMode {
    /// `DISABLED`
    Disabled,
    /// `VIEW_ONLY`
    ViewOnly,
    /// `VIEW_STOP`
    ViewStop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserControlMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::ViewOnly => "VIEW_ONLY",
            Self::ViewStop => "VIEW_STOP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "VIEW_ONLY", "VIEW_STOP"]
    }
}
impl ::std::convert::From<UserControlMode> for ::forma_core::Value<UserControlMode> {
    fn from(v: UserControlMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserControlMode {}

/// The configuration for agent access on a stack.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentAccessConfig {
    props: ::forma_core::schema::Props,
}
impl AgentAccessConfig {
    /// A new value with its required properties: `ScreenImageFormat`, `ScreenResolution`, `Settings`.
    pub fn new(
        screen_image_format: impl ::forma_core::schema::EnumArg<ScreenImageFormat>,
        screen_resolution: impl ::forma_core::schema::EnumArg<ScreenResolution>,
        settings: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentAccessSetting>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, screen_image_format.into_enum_expr());
        props.set(2, screen_resolution.into_enum_expr());
        props.set(4, settings.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the Amazon S3 bucket where agent screenshots are stored.
    pub fn s3_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether screenshot uploads to Amazon S3 are enabled for agent sessions.
    pub fn screenshots_upload_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The user control mode for agent sessions.
    pub fn user_control_mode(mut self, value: impl ::forma_core::schema::EnumArg<UserControlMode>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AgentAccessConfig> for ::forma_core::Value<AgentAccessConfig> {
    fn from(v: AgentAccessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_ACCESS_CONFIG_TYPE.properties))
    }
}

/// The persistent application settings for users of a stack.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSettings {
    props: ::forma_core::schema::Props,
}
impl ApplicationSettings {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The path prefix for the S3 bucket where users' persistent application settings are stored.
    ///
    /// Allowed: length 0 to 100.
    pub fn settings_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApplicationSettings> for ::forma_core::Value<ApplicationSettings> {
    fn from(v: ApplicationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_SETTINGS_TYPE.properties))
    }
}

/// The content redirection settings for the stack.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentRedirection {
    props: ::forma_core::schema::Props,
}
impl ContentRedirection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URL redirection configuration from the streaming session host to the client.
    pub fn host_to_client(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UrlRedirectionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContentRedirection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContentRedirection> for ::forma_core::Value<ContentRedirection> {
    fn from(v: ContentRedirection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_REDIRECTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GOOGLE_DRIVE`, `HOMEFOLDERS`, `ONE_DRIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectorType {
    /// `GOOGLE_DRIVE`
    GoogleDrive,
    /// `HOMEFOLDERS`
    Homefolders,
    /// `ONE_DRIVE`
    OneDrive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GoogleDrive => "GOOGLE_DRIVE",
            Self::Homefolders => "HOMEFOLDERS",
            Self::OneDrive => "ONE_DRIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GOOGLE_DRIVE", "HOMEFOLDERS", "ONE_DRIVE"]
    }
}
impl ::std::convert::From<ConnectorType> for ::forma_core::Value<ConnectorType> {
    fn from(v: ConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectorType {}

/// A connector that enables persistent storage for users.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConnector {
    props: ::forma_core::schema::Props,
}
impl StorageConnector {
    /// A new value with its required properties: `ConnectorType`.
    pub fn new(connector_type: impl ::forma_core::schema::EnumArg<ConnectorType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connector_type.into_enum_expr());
        Self { props }
    }
    /// The names of the domains for the account.
    pub fn domains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the storage connector.
    ///
    /// Allowed: length 1 to 2048.
    pub fn resource_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StorageConnector> for ::forma_core::Value<StorageConnector> {
    fn from(v: StorageConnector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CONNECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TCP`, `UDP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreferredProtocol {
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreferredProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP", "UDP"]
    }
}
impl ::std::convert::From<PreferredProtocol> for ::forma_core::Value<PreferredProtocol> {
    fn from(v: PreferredProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreferredProtocol {}

/// The streaming protocol that you want your stack to prefer.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamingExperienceSettings {
    props: ::forma_core::schema::Props,
}
impl StreamingExperienceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The preferred protocol that you want to use while streaming your application.
    pub fn preferred_protocol(mut self, value: impl ::forma_core::schema::EnumArg<PreferredProtocol>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StreamingExperienceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamingExperienceSettings> for ::forma_core::Value<StreamingExperienceSettings> {
    fn from(v: StreamingExperienceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAMING_EXPERIENCE_SETTINGS_TYPE.properties))
    }
}

/// The tag of the stack.
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

/// The values CloudFormation documents: `AUTO_TIME_ZONE_REDIRECTION`, `CLIPBOARD_COPY_FROM_LOCAL_DEVICE`, `CLIPBOARD_COPY_TO_LOCAL_DEVICE`, `DOMAIN_PASSWORD_SIGNIN`, `DOMAIN_SMART_CARD_SIGNIN`, `FILE_DOWNLOAD`, `FILE_UPLOAD`, `PRINTING_TO_LOCAL_DEVICE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `AUTO_TIME_ZONE_REDIRECTION`
    AutoTimeZoneRedirection,
    /// `CLIPBOARD_COPY_FROM_LOCAL_DEVICE`
    ClipboardCopyFromLocalDevice,
    /// `CLIPBOARD_COPY_TO_LOCAL_DEVICE`
    ClipboardCopyToLocalDevice,
    /// `DOMAIN_PASSWORD_SIGNIN`
    DomainPasswordSignin,
    /// `DOMAIN_SMART_CARD_SIGNIN`
    DomainSmartCardSignin,
    /// `FILE_DOWNLOAD`
    FileDownload,
    /// `FILE_UPLOAD`
    FileUpload,
    /// `PRINTING_TO_LOCAL_DEVICE`
    PrintingToLocalDevice,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoTimeZoneRedirection => "AUTO_TIME_ZONE_REDIRECTION",
            Self::ClipboardCopyFromLocalDevice => "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
            Self::ClipboardCopyToLocalDevice => "CLIPBOARD_COPY_TO_LOCAL_DEVICE",
            Self::DomainPasswordSignin => "DOMAIN_PASSWORD_SIGNIN",
            Self::DomainSmartCardSignin => "DOMAIN_SMART_CARD_SIGNIN",
            Self::FileDownload => "FILE_DOWNLOAD",
            Self::FileUpload => "FILE_UPLOAD",
            Self::PrintingToLocalDevice => "PRINTING_TO_LOCAL_DEVICE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AUTO_TIME_ZONE_REDIRECTION",
            "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
            "CLIPBOARD_COPY_TO_LOCAL_DEVICE",
            "DOMAIN_PASSWORD_SIGNIN",
            "DOMAIN_SMART_CARD_SIGNIN",
            "FILE_DOWNLOAD",
            "FILE_UPLOAD",
            "PRINTING_TO_LOCAL_DEVICE",
        ]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permission {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permission {
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
impl ::std::convert::From<Permission> for ::forma_core::Value<Permission> {
    fn from(v: Permission) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permission {}

/// Specifies an action and whether the action is enabled or disabled for users during their streaming sessions.
#[derive(Debug, Clone, PartialEq)]
pub struct UserSetting {
    props: ::forma_core::schema::Props,
}
impl UserSetting {
    /// A new value with its required properties: `Action`, `Permission`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        permission: impl ::forma_core::schema::EnumArg<Permission>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(2, permission.into_enum_expr());
        Self { props }
    }
    /// Specifies the number of characters that can be copied by end users from the local device to the remote session, and to the local device from the remote session.
    pub fn maximum_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UserSetting> for ::forma_core::Value<UserSetting> {
    fn from(v: UserSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COMPUTER_INPUT`, `COMPUTER_VISION`, `FORWARD_MCP_TOOLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentAction {
    /// `COMPUTER_INPUT`
    ComputerInput,
    /// `COMPUTER_VISION`
    ComputerVision,
    /// `FORWARD_MCP_TOOLS`
    ForwardMcpTools,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ComputerInput => "COMPUTER_INPUT",
            Self::ComputerVision => "COMPUTER_VISION",
            Self::ForwardMcpTools => "FORWARD_MCP_TOOLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPUTER_INPUT", "COMPUTER_VISION", "FORWARD_MCP_TOOLS"]
    }
}
impl ::std::convert::From<AgentAction> for ::forma_core::Value<AgentAction> {
    fn from(v: AgentAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentAction {}

/// A permission setting for an agent action.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentAccessSetting {
    props: ::forma_core::schema::Props,
}
impl AgentAccessSetting {
    /// A new value with its required properties: `AgentAction`, `Permission`.
    pub fn new(
        agent_action: impl ::forma_core::schema::EnumArg<AgentAction>,
        permission: impl ::forma_core::schema::EnumArg<Permission>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_action.into_enum_expr());
        props.set(1, permission.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AgentAccessSetting> for ::forma_core::Value<AgentAccessSetting> {
    fn from(v: AgentAccessSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_ACCESS_SETTING_TYPE.properties))
    }
}

/// The configuration for URL redirection.
#[derive(Debug, Clone, PartialEq)]
pub struct UrlRedirectionConfig {
    props: ::forma_core::schema::Props,
}
impl UrlRedirectionConfig {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, enabled.into().into_expr());
        Self { props }
    }
    /// The URLs that are allowed for redirection.
    pub fn allowed_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The URLs that are denied for redirection.
    pub fn denied_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UrlRedirectionConfig> for ::forma_core::Value<UrlRedirectionConfig> {
    fn from(v: UrlRedirectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(URL_REDIRECTION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppStream::Stack`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::Stack",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessEndpoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_ENDPOINT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AgentAccessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENT_ACCESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AttributesToDelete",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContentRedirection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_REDIRECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeleteStorageConnectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmbedHostDomains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FeedbackURL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RedirectURL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageConnectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STORAGE_CONNECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StreamingExperienceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAMING_EXPERIENCE_SETTINGS_TYPE),
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
            name: "UserSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["StorageConnectors.*.ResourceIdentifier"],
};

static ACCESS_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.AccessEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STREAMING"]),
        },
        ::forma_core::schema::Property {
            name: "VpceId",
            required: true,
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

static AGENT_ACCESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.AgentAccessConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3BucketArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:s3:::[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScreenImageFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JPEG", "PNG"]),
        },
        ::forma_core::schema::Property {
            name: "ScreenResolution",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["W_1280xH_720"]),
        },
        ::forma_core::schema::Property {
            name: "ScreenshotsUploadEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AGENT_ACCESS_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserControlMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "VIEW_ONLY", "VIEW_STOP"]),
        },
    ],
    rules: &[],
};

static APPLICATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.ApplicationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SettingsGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static CONTENT_REDIRECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.ContentRedirection",
    properties: &[::forma_core::schema::Property {
        name: "HostToClient",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&URL_REDIRECTION_CONFIG_TYPE),
    }],
    rules: &[],
};

static STORAGE_CONNECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.StorageConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GOOGLE_DRIVE", "HOMEFOLDERS", "ONE_DRIVE"]),
        },
        ::forma_core::schema::Property {
            name: "Domains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifier",
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

static STREAMING_EXPERIENCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.StreamingExperienceSettings",
    properties: &[::forma_core::schema::Property {
        name: "PreferredProtocol",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["TCP", "UDP"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static USER_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.UserSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AUTO_TIME_ZONE_REDIRECTION",
                "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
                "CLIPBOARD_COPY_TO_LOCAL_DEVICE",
                "DOMAIN_PASSWORD_SIGNIN",
                "DOMAIN_SMART_CARD_SIGNIN",
                "FILE_DOWNLOAD",
                "FILE_UPLOAD",
                "PRINTING_TO_LOCAL_DEVICE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MaximumLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
    ],
    rules: &[],
};

static AGENT_ACCESS_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.AgentAccessSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMPUTER_INPUT", "COMPUTER_VISION", "FORWARD_MCP_TOOLS"]),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
    ],
    rules: &[],
};

static URL_REDIRECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Stack.UrlRedirectionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedUrls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(\\*|https?://[^\\s,;]+)$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeniedUrls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(\\*|https?://[^\\s,;]+)$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};
