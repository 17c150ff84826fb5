// @generated from AWS::DataSync::Task (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::Task` and its property types.

/// Resource schema for AWS::DataSync::Task.
///
/// CloudFormation type `AWS::DataSync::Task`.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    props: ::forma_core::schema::Props,
}
impl Task {
    /// A new resource with its required properties: `DestinationLocationArn`, `SourceLocationArn`.
    #[track_caller]
    pub fn new(
        destination_location_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_location_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination_location_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, source_location_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ARN of the Amazon CloudWatch log group that is used to monitor and log events in the task.
    ///
    /// Allowed: length 0 to 562.
    #[track_caller]
    pub fn cloud_watch_log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Excludes`.
    #[track_caller]
    pub fn excludes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilterRule>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Includes`.
    #[track_caller]
    pub fn includes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilterRule>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures a manifest, which is a list of files or objects that you want DataSync to transfer.
    #[track_caller]
    pub fn manifest_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ManifestConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a task.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the options that are available to control the behavior of a StartTaskExecution operation.
    #[track_caller]
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<Options>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the schedule you want your task to use for repeated executions.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<TaskSchedule>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the task mode for the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn task_mode(mut self, value: impl ::forma_core::schema::EnumArg<TaskMode>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies how you want to configure a task report, which provides detailed information about for your Datasync transfer.
    #[track_caller]
    pub fn task_report_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfig>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Task {
    type Attributes = TaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::Task"
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
/// The attributes of a `AWS::DataSync::Task` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TaskAttributes {
    /// `Fn::GetAtt` `TaskArn`.
    pub fn task_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TaskArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `SourceNetworkInterfaceArns`.
    pub fn source_network_interface_arns(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SourceNetworkInterfaceArns")
    }
    /// `Fn::GetAtt` `DestinationNetworkInterfaceArns`.
    pub fn destination_network_interface_arns(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DestinationNetworkInterfaceArns")
    }
}

/// The values CloudFormation documents: `BASIC`, `ENHANCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskMode {
    /// `BASIC`
    Basic,
    /// `ENHANCED`
    Enhanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TaskMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Enhanced => "ENHANCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "ENHANCED"]
    }
}
impl ::std::convert::From<TaskMode> for ::forma_core::Value<TaskMode> {
    fn from(v: TaskMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TaskMode {}

/// The values CloudFormation documents: `SIMPLE_PATTERN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterType {
    /// `SIMPLE_PATTERN`
    SimplePattern,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SimplePattern => "SIMPLE_PATTERN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SIMPLE_PATTERN"]
    }
}
impl ::std::convert::From<FilterType> for ::forma_core::Value<FilterType> {
    fn from(v: FilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterType {}

/// Specifies which files folders and objects to include or exclude when transferring files from source to destination.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterRule {
    props: ::forma_core::schema::Props,
}
impl FilterRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of filter rule to apply.
    ///
    /// Allowed: length 0 to 128.
    pub fn filter_type(mut self, value: impl ::forma_core::schema::EnumArg<FilterType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A single filter string that consists of the patterns to include or exclude.
    ///
    /// Allowed: length 0 to 409600.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterRule> for ::forma_core::Value<FilterRule> {
    fn from(v: FilterRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRANSFER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `TRANSFER`
    Transfer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transfer => "TRANSFER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRANSFER"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `CSV`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// Configures a manifest, which is a list of files or objects that you want DataSync to transfer.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestConfig {
    props: ::forma_core::schema::Props,
}
impl ManifestConfig {
    /// A new value with its required properties: `Source`.
    pub fn new(source: impl ::std::convert::Into<::forma_core::Value<ManifestConfigSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source.into().into_expr());
        Self { props }
    }
    /// Specifies what DataSync uses the manifest for.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the file format of your manifest.
    pub fn format(mut self, value: impl ::forma_core::schema::EnumArg<Format>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ManifestConfig> for ::forma_core::Value<ManifestConfig> {
    fn from(v: ManifestConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `BEST_EFFORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Atime {
    /// `NONE`
    None,
    /// `BEST_EFFORT`
    BestEffort,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Atime {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::BestEffort => "BEST_EFFORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "BEST_EFFORT"]
    }
}
impl ::std::convert::From<Atime> for ::forma_core::Value<Atime> {
    fn from(v: Atime) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Atime {}

/// The values CloudFormation documents: `NONE`, `INT_VALUE`, `NAME`, `BOTH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Gid {
    /// `NONE`
    None,
    /// `INT_VALUE`
    IntValue,
    /// `NAME`
    Name,
    /// `BOTH`
    Both,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Gid {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::IntValue => "INT_VALUE",
            Self::Name => "NAME",
            Self::Both => "BOTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "INT_VALUE", "NAME", "BOTH"]
    }
}
impl ::std::convert::From<Gid> for ::forma_core::Value<Gid> {
    fn from(v: Gid) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Gid {}

/// The values CloudFormation documents: `OFF`, `BASIC`, `TRANSFER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `OFF`
    Off,
    /// `BASIC`
    Basic,
    /// `TRANSFER`
    Transfer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Basic => "BASIC",
            Self::Transfer => "TRANSFER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "BASIC", "TRANSFER"]
    }
}
impl ::std::convert::From<LogLevel> for ::forma_core::Value<LogLevel> {
    fn from(v: LogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogLevel {}

/// The values CloudFormation documents: `NONE`, `PRESERVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mtime {
    /// `NONE`
    None,
    /// `PRESERVE`
    Preserve,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mtime {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Preserve => "PRESERVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "PRESERVE"]
    }
}
impl ::std::convert::From<Mtime> for ::forma_core::Value<Mtime> {
    fn from(v: Mtime) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mtime {}

/// The values CloudFormation documents: `PRESERVE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectMetadata {
    /// `PRESERVE`
    Preserve,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObjectMetadata {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Preserve => "PRESERVE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRESERVE", "NONE"]
    }
}
impl ::std::convert::From<ObjectMetadata> for ::forma_core::Value<ObjectMetadata> {
    fn from(v: ObjectMetadata) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObjectMetadata {}

/// The values CloudFormation documents: `PRESERVE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectTags {
    /// `PRESERVE`
    Preserve,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObjectTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Preserve => "PRESERVE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRESERVE", "NONE"]
    }
}
impl ::std::convert::From<ObjectTags> for ::forma_core::Value<ObjectTags> {
    fn from(v: ObjectTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObjectTags {}

/// The values CloudFormation documents: `ALWAYS`, `NEVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverwriteMode {
    /// `ALWAYS`
    Always,
    /// `NEVER`
    Never,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverwriteMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Always => "ALWAYS",
            Self::Never => "NEVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALWAYS", "NEVER"]
    }
}
impl ::std::convert::From<OverwriteMode> for ::forma_core::Value<OverwriteMode> {
    fn from(v: OverwriteMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverwriteMode {}

/// The values CloudFormation documents: `NONE`, `PRESERVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PosixPermissions {
    /// `NONE`
    None,
    /// `PRESERVE`
    Preserve,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PosixPermissions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Preserve => "PRESERVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "PRESERVE"]
    }
}
impl ::std::convert::From<PosixPermissions> for ::forma_core::Value<PosixPermissions> {
    fn from(v: PosixPermissions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PosixPermissions {}

/// The values CloudFormation documents: `PRESERVE`, `REMOVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreserveDeletedFiles {
    /// `PRESERVE`
    Preserve,
    /// `REMOVE`
    Remove,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreserveDeletedFiles {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Preserve => "PRESERVE",
            Self::Remove => "REMOVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRESERVE", "REMOVE"]
    }
}
impl ::std::convert::From<PreserveDeletedFiles> for ::forma_core::Value<PreserveDeletedFiles> {
    fn from(v: PreserveDeletedFiles) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreserveDeletedFiles {}

/// The values CloudFormation documents: `NONE`, `PRESERVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreserveDevices {
    /// `NONE`
    None,
    /// `PRESERVE`
    Preserve,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreserveDevices {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Preserve => "PRESERVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "PRESERVE"]
    }
}
impl ::std::convert::From<PreserveDevices> for ::forma_core::Value<PreserveDevices> {
    fn from(v: PreserveDevices) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreserveDevices {}

/// The values CloudFormation documents: `NONE`, `OWNER_DACL`, `OWNER_DACL_SACL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityDescriptorCopyFlags {
    /// `NONE`
    None,
    /// `OWNER_DACL`
    OwnerDacl,
    /// `OWNER_DACL_SACL`
    OwnerDaclSacl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecurityDescriptorCopyFlags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::OwnerDacl => "OWNER_DACL",
            Self::OwnerDaclSacl => "OWNER_DACL_SACL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "OWNER_DACL", "OWNER_DACL_SACL"]
    }
}
impl ::std::convert::From<SecurityDescriptorCopyFlags> for ::forma_core::Value<SecurityDescriptorCopyFlags> {
    fn from(v: SecurityDescriptorCopyFlags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecurityDescriptorCopyFlags {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskQueueing {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TaskQueueing {
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
impl ::std::convert::From<TaskQueueing> for ::forma_core::Value<TaskQueueing> {
    fn from(v: TaskQueueing) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TaskQueueing {}

/// The values CloudFormation documents: `CHANGED`, `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransferMode {
    /// `CHANGED`
    Changed,
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransferMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Changed => "CHANGED",
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CHANGED", "ALL"]
    }
}
impl ::std::convert::From<TransferMode> for ::forma_core::Value<TransferMode> {
    fn from(v: TransferMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransferMode {}

/// The values CloudFormation documents: `NONE`, `INT_VALUE`, `NAME`, `BOTH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Uid {
    /// `NONE`
    None,
    /// `INT_VALUE`
    IntValue,
    /// `NAME`
    Name,
    /// `BOTH`
    Both,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Uid {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::IntValue => "INT_VALUE",
            Self::Name => "NAME",
            Self::Both => "BOTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "INT_VALUE", "NAME", "BOTH"]
    }
}
impl ::std::convert::From<Uid> for ::forma_core::Value<Uid> {
    fn from(v: Uid) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Uid {}

/// The values CloudFormation documents: `POINT_IN_TIME_CONSISTENT`, `ONLY_FILES_TRANSFERRED`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VerifyMode {
    /// `POINT_IN_TIME_CONSISTENT`
    PointInTimeConsistent,
    /// `ONLY_FILES_TRANSFERRED`
    OnlyFilesTransferred,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VerifyMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PointInTimeConsistent => "POINT_IN_TIME_CONSISTENT",
            Self::OnlyFilesTransferred => "ONLY_FILES_TRANSFERRED",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POINT_IN_TIME_CONSISTENT", "ONLY_FILES_TRANSFERRED", "NONE"]
    }
}
impl ::std::convert::From<VerifyMode> for ::forma_core::Value<VerifyMode> {
    fn from(v: VerifyMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VerifyMode {}

/// Represents the options that are available to control the behavior of a StartTaskExecution operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    props: ::forma_core::schema::Props,
}
impl Options {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A file metadata value that shows the last time a file was accessed (that is, when the file was read or written to).
    pub fn atime(mut self, value: impl ::forma_core::schema::EnumArg<Atime>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A value that limits the bandwidth used by AWS DataSync.
    ///
    /// Allowed: at least -1.
    pub fn bytes_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The group ID (GID) of the file's owners.
    pub fn gid(mut self, value: impl ::forma_core::schema::EnumArg<Gid>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// A value that determines the types of logs that DataSync publishes to a log stream in the Amazon CloudWatch log group that you provide.
    pub fn log_level(mut self, value: impl ::forma_core::schema::EnumArg<LogLevel>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// A value that indicates the last time that a file was modified (that is, a file was written to) before the PREPARING phase.
    pub fn mtime(mut self, value: impl ::forma_core::schema::EnumArg<Mtime>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// A value that determines whether source object metadata should be copied to the destination.
    pub fn object_metadata(mut self, value: impl ::forma_core::schema::EnumArg<ObjectMetadata>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// A value that determines whether object tags should be read from the source object store and written to the destination object store.
    pub fn object_tags(mut self, value: impl ::forma_core::schema::EnumArg<ObjectTags>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// A value that determines whether files at the destination should be overwritten or preserved when copying files.
    pub fn overwrite_mode(mut self, value: impl ::forma_core::schema::EnumArg<OverwriteMode>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// A value that determines which users or groups can access a file for a specific purpose such as reading, writing, or execution of the file.
    pub fn posix_permissions(mut self, value: impl ::forma_core::schema::EnumArg<PosixPermissions>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// A value that specifies whether files in the destination that don't exist in the source file system should be preserved.
    pub fn preserve_deleted_files(mut self, value: impl ::forma_core::schema::EnumArg<PreserveDeletedFiles>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// A value that determines whether AWS DataSync should preserve the metadata of block and character devices in the source file system, and recreate the files with that device name and metadata on the destination.
    pub fn preserve_devices(mut self, value: impl ::forma_core::schema::EnumArg<PreserveDevices>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// A value that determines which components of the SMB security descriptor are copied during transfer.
    pub fn security_descriptor_copy_flags(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SecurityDescriptorCopyFlags>,
    ) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// A value that determines whether tasks should be queued before executing the tasks.
    pub fn task_queueing(mut self, value: impl ::forma_core::schema::EnumArg<TaskQueueing>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// A value that determines whether DataSync transfers only the data and metadata that differ between the source and the destination location, or whether DataSync transfers all the content from the source, without comparing to the destination location.
    pub fn transfer_mode(mut self, value: impl ::forma_core::schema::EnumArg<TransferMode>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// The user ID (UID) of the file's owner.
    pub fn uid(mut self, value: impl ::forma_core::schema::EnumArg<Uid>) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
    /// A value that determines whether a data integrity verification should be performed at the end of a task execution after all data and metadata have been transferred.
    pub fn verify_mode(mut self, value: impl ::forma_core::schema::EnumArg<VerifyMode>) -> Self {
        self.props.set(15, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Options {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Options> for ::forma_core::Value<Options> {
    fn from(v: Options) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
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
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Specifies the schedule you want your task to use for repeated executions.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskSchedule {
    props: ::forma_core::schema::Props,
}
impl TaskSchedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A cron expression that specifies when AWS DataSync initiates a scheduled transfer from a source to a destination location
    ///
    /// Allowed: length 0 to 256.
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies status of a schedule.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TaskSchedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskSchedule> for ::forma_core::Value<TaskSchedule> {
    fn from(v: TaskSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_SCHEDULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The values CloudFormation documents: `INCLUDE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectVersionIds {
    /// `INCLUDE`
    Include,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObjectVersionIds {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Include => "INCLUDE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INCLUDE", "NONE"]
    }
}
impl ::std::convert::From<ObjectVersionIds> for ::forma_core::Value<ObjectVersionIds> {
    fn from(v: ObjectVersionIds) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObjectVersionIds {}

/// The values CloudFormation documents: `SUMMARY_ONLY`, `STANDARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputType {
    /// `SUMMARY_ONLY`
    SummaryOnly,
    /// `STANDARD`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SummaryOnly => "SUMMARY_ONLY",
            Self::Standard => "STANDARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUMMARY_ONLY", "STANDARD"]
    }
}
impl ::std::convert::From<OutputType> for ::forma_core::Value<OutputType> {
    fn from(v: OutputType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputType {}

/// The values CloudFormation documents: `ERRORS_ONLY`, `SUCCESSES_AND_ERRORS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportLevel {
    /// `ERRORS_ONLY`
    ErrorsOnly,
    /// `SUCCESSES_AND_ERRORS`
    SuccessesAndErrors,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReportLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ErrorsOnly => "ERRORS_ONLY",
            Self::SuccessesAndErrors => "SUCCESSES_AND_ERRORS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ERRORS_ONLY", "SUCCESSES_AND_ERRORS"]
    }
}
impl ::std::convert::From<ReportLevel> for ::forma_core::Value<ReportLevel> {
    fn from(v: ReportLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReportLevel {}

/// Specifies how you want to configure a task report, which provides detailed information about for your Datasync transfer.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfig {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfig {
    /// A new value with its required properties: `Destination`, `OutputType`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigDestination>>,
        output_type: impl ::forma_core::schema::EnumArg<OutputType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(2, output_type.into_enum_expr());
        Self { props }
    }
    /// Specifies whether your task report includes the new version of each object transferred into an S3 bucket, this only applies if you enable versioning on your bucket.
    pub fn object_version_ids(mut self, value: impl ::forma_core::schema::EnumArg<ObjectVersionIds>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Customizes the reporting level for aspects of your task report.
    pub fn overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigOverrides>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies whether you want your task report to include only what went wrong with your transfer or a list of what succeeded and didn't.
    pub fn report_level(mut self, value: impl ::forma_core::schema::EnumArg<ReportLevel>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TaskReportConfig> for ::forma_core::Value<TaskReportConfig> {
    fn from(v: TaskReportConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_TYPE.properties))
    }
}

/// Specifies the manifest that you want DataSync to use and where it's hosted.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestConfigSource {
    props: ::forma_core::schema::Props,
}
impl ManifestConfigSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the S3 bucket where you're hosting the manifest that you want AWS DataSync to use.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<ManifestConfigSourceS3>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManifestConfigSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManifestConfigSource> for ::forma_core::Value<ManifestConfigSource> {
    fn from(v: ManifestConfigSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_CONFIG_SOURCE_TYPE.properties))
    }
}

/// Specifies where DataSync uploads your task report.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigDestination {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the Amazon S3 bucket where DataSync uploads your task report.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigDestinationS3>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigDestination> for ::forma_core::Value<TaskReportConfigDestination> {
    fn from(v: TaskReportConfigDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_DESTINATION_TYPE.properties))
    }
}

/// Customizes the reporting level for aspects of your task report.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigOverrides {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to delete in your destination location.
    pub fn deleted(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigOverridesDeleted>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to skip during your transfer.
    pub fn skipped(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigOverridesSkipped>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to transfer.
    pub fn transferred(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigOverridesTransferred>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to verify at the end of your transfer.
    pub fn verified(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskReportConfigOverridesVerified>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigOverrides> for ::forma_core::Value<TaskReportConfigOverrides> {
    fn from(v: TaskReportConfigOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_OVERRIDES_TYPE.properties))
    }
}

/// Specifies the S3 bucket where you're hosting the manifest that you want AWS DataSync to use.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestConfigSourceS3 {
    props: ::forma_core::schema::Props,
}
impl ManifestConfigSourceS3 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the AWS Identity and Access Management (IAM) role that allows DataSync to access your manifest.
    ///
    /// Allowed: length 0 to 2048.
    pub fn bucket_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the Amazon S3 object key of your manifest.
    ///
    /// Allowed: length 0 to 1024.
    pub fn manifest_object_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the object version ID of the manifest that you want DataSync to use.
    ///
    /// Allowed: length 1 to 100.
    pub fn manifest_object_version_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the Amazon Resource Name (ARN) of the S3 bucket where you're hosting your manifest.
    ///
    /// Allowed: length 0 to 156.
    pub fn s3_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManifestConfigSourceS3 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManifestConfigSourceS3> for ::forma_core::Value<ManifestConfigSourceS3> {
    fn from(v: ManifestConfigSourceS3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_CONFIG_SOURCE_S3_TYPE.properties))
    }
}

/// Specifies the Amazon S3 bucket where DataSync uploads your task report.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigDestinationS3 {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigDestinationS3 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the Amazon Resource Name (ARN) of the IAM policy that allows Datasync to upload a task report to your S3 bucket.
    ///
    /// Allowed: length 0 to 2048.
    pub fn bucket_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the ARN of the S3 bucket where Datasync uploads your report.
    ///
    /// Allowed: length 0 to 156.
    pub fn s3_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies a bucket prefix for your report.
    ///
    /// Allowed: length 0 to 4096.
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigDestinationS3 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigDestinationS3> for ::forma_core::Value<TaskReportConfigDestinationS3> {
    fn from(v: TaskReportConfigDestinationS3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_DESTINATION_S3_TYPE.properties))
    }
}

/// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to delete in your destination location.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigOverridesDeleted {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigOverridesDeleted {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether you want your task report to include only what went wrong with your transfer or a list of what succeeded and didn't.
    pub fn report_level(mut self, value: impl ::forma_core::schema::EnumArg<ReportLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigOverridesDeleted {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigOverridesDeleted> for ::forma_core::Value<TaskReportConfigOverridesDeleted> {
    fn from(v: TaskReportConfigOverridesDeleted) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_OVERRIDES_DELETED_TYPE.properties))
    }
}

/// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to skip during your transfer.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigOverridesSkipped {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigOverridesSkipped {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether you want your task report to include only what went wrong with your transfer or a list of what succeeded and didn't.
    pub fn report_level(mut self, value: impl ::forma_core::schema::EnumArg<ReportLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigOverridesSkipped {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigOverridesSkipped> for ::forma_core::Value<TaskReportConfigOverridesSkipped> {
    fn from(v: TaskReportConfigOverridesSkipped) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_OVERRIDES_SKIPPED_TYPE.properties))
    }
}

/// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to transfer.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigOverridesTransferred {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigOverridesTransferred {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether you want your task report to include only what went wrong with your transfer or a list of what succeeded and didn't.
    pub fn report_level(mut self, value: impl ::forma_core::schema::EnumArg<ReportLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigOverridesTransferred {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigOverridesTransferred>
    for ::forma_core::Value<TaskReportConfigOverridesTransferred>
{
    fn from(v: TaskReportConfigOverridesTransferred) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_OVERRIDES_TRANSFERRED_TYPE.properties))
    }
}

/// Specifies the level of reporting for the files, objects, and directories that Datasync attempted to verify at the end of your transfer.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReportConfigOverridesVerified {
    props: ::forma_core::schema::Props,
}
impl TaskReportConfigOverridesVerified {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether you want your task report to include only what went wrong with your transfer or a list of what succeeded and didn't.
    pub fn report_level(mut self, value: impl ::forma_core::schema::EnumArg<ReportLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TaskReportConfigOverridesVerified {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TaskReportConfigOverridesVerified>
    for ::forma_core::Value<TaskReportConfigOverridesVerified>
{
    fn from(v: TaskReportConfigOverridesVerified) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_REPORT_CONFIG_OVERRIDES_VERIFIED_TYPE.properties))
    }
}

/// The schema of `AWS::DataSync::Task`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::Task",
properties: &[
::forma_core::schema::Property { name: "CloudWatchLogGroupArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):logs:[a-z\\-0-9]*:[0-9]{12}:log-group:([^:\\*]*)(:\\*)?$"), min_length: Some(0), max_length: Some(562) }) },
::forma_core::schema::Property { name: "DestinationLocationArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:location/loc-[0-9a-z]{17}$"), min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Excludes", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&FILTER_RULE_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) }) },
::forma_core::schema::Property { name: "Includes", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&FILTER_RULE_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) }) },
::forma_core::schema::Property { name: "ManifestConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MANIFEST_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Options", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&OPTIONS_TYPE) },
::forma_core::schema::Property { name: "Schedule", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&TASK_SCHEDULE_TYPE) },
::forma_core::schema::Property { name: "SourceLocationArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:location/loc-[0-9a-z]{17}$"), min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "TaskMode", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["BASIC", "ENHANCED"]) },
::forma_core::schema::Property { name: "TaskReportConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_TYPE) },
],
rules: &[],
attributes: &["TaskArn", "Status", "SourceNetworkInterfaceArns", "DestinationNetworkInterfaceArns"],
};

static FILTER_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.FilterRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "FilterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SIMPLE_PATTERN"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x00]+$"),
                min_length: Some(0),
                max_length: Some(409600),
            }),
        },
    ],
    rules: &[],
};

static MANIFEST_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.ManifestConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TRANSFER"]),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV"]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANIFEST_CONFIG_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.Options",
    properties: &[
        ::forma_core::schema::Property {
            name: "Atime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "BEST_EFFORT"]),
        },
        ::forma_core::schema::Property {
            name: "BytesPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Gid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "INT_VALUE", "NAME", "BOTH"]),
        },
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "BASIC", "TRANSFER"]),
        },
        ::forma_core::schema::Property {
            name: "Mtime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "PRESERVE"]),
        },
        ::forma_core::schema::Property {
            name: "ObjectMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRESERVE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "ObjectTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRESERVE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OverwriteMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALWAYS", "NEVER"]),
        },
        ::forma_core::schema::Property {
            name: "PosixPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "PRESERVE"]),
        },
        ::forma_core::schema::Property {
            name: "PreserveDeletedFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRESERVE", "REMOVE"]),
        },
        ::forma_core::schema::Property {
            name: "PreserveDevices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "PRESERVE"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityDescriptorCopyFlags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "OWNER_DACL", "OWNER_DACL_SACL"]),
        },
        ::forma_core::schema::Property {
            name: "TaskQueueing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "TransferMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CHANGED", "ALL"]),
        },
        ::forma_core::schema::Property {
            name: "Uid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "INT_VALUE", "NAME", "BOTH"]),
        },
        ::forma_core::schema::Property {
            name: "VerifyMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["POINT_IN_TIME_CONSISTENT", "ONLY_FILES_TRANSFERRED", "NONE"]),
        },
    ],
    rules: &[],
};

static TASK_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.TaskSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\ \\_\\*\\?\\,\\|\\^\\-\\/\\#\\s\\(\\)\\+]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TASK_REPORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.TaskReportConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ObjectVersionIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INCLUDE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SUMMARY_ONLY", "STANDARD"]),
        },
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_OVERRIDES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReportLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERRORS_ONLY", "SUCCESSES_AND_ERRORS"]),
        },
    ],
    rules: &[],
};

static MANIFEST_CONFIG_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.ManifestConfigSource",
    properties: &[::forma_core::schema::Property {
        name: "S3",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&MANIFEST_CONFIG_SOURCE_S3_TYPE),
    }],
    rules: &[],
};

static TASK_REPORT_CONFIG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.TaskReportConfigDestination",
    properties: &[::forma_core::schema::Property {
        name: "S3",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_DESTINATION_S3_TYPE),
    }],
    rules: &[],
};

static TASK_REPORT_CONFIG_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.TaskReportConfigOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "Deleted",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_OVERRIDES_DELETED_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Skipped",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_OVERRIDES_SKIPPED_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Transferred",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_OVERRIDES_TRANSFERRED_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Verified",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_REPORT_CONFIG_OVERRIDES_VERIFIED_TYPE),
        },
    ],
    rules: &[],
};

static MANIFEST_CONFIG_SOURCE_S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Task.ManifestConfigSourceS3",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestObjectPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}\\p{C}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestObjectVersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):(s3|s3-outposts):[a-z\\-0-9]*:[0-9]*:.*$",
                ),
                min_length: Some(0),
                max_length: Some(156),
            }),
        },
    ],
    rules: &[],
};

static TASK_REPORT_CONFIG_DESTINATION_S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::Task.TaskReportConfigDestinationS3",
properties: &[
::forma_core::schema::Property { name: "BucketAccessRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "S3BucketArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):(s3|s3-outposts):[a-z\\-0-9]*:[0-9]*:.*$"), min_length: Some(0), max_length: Some(156) }) },
::forma_core::schema::Property { name: "Subdirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\p{Zs}]*$"), min_length: Some(0), max_length: Some(4096) }) },
],
rules: &[],
};

static TASK_REPORT_CONFIG_OVERRIDES_DELETED_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataSync::Task.TaskReportConfigOverridesDeleted",
        properties: &[::forma_core::schema::Property {
            name: "ReportLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERRORS_ONLY", "SUCCESSES_AND_ERRORS"]),
        }],
        rules: &[],
    };

static TASK_REPORT_CONFIG_OVERRIDES_SKIPPED_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataSync::Task.TaskReportConfigOverridesSkipped",
        properties: &[::forma_core::schema::Property {
            name: "ReportLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERRORS_ONLY", "SUCCESSES_AND_ERRORS"]),
        }],
        rules: &[],
    };

static TASK_REPORT_CONFIG_OVERRIDES_TRANSFERRED_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataSync::Task.TaskReportConfigOverridesTransferred",
        properties: &[::forma_core::schema::Property {
            name: "ReportLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERRORS_ONLY", "SUCCESSES_AND_ERRORS"]),
        }],
        rules: &[],
    };

static TASK_REPORT_CONFIG_OVERRIDES_VERIFIED_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataSync::Task.TaskReportConfigOverridesVerified",
        properties: &[::forma_core::schema::Property {
            name: "ReportLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERRORS_ONLY", "SUCCESSES_AND_ERRORS"]),
        }],
        rules: &[],
    };
