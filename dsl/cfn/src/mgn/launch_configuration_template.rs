// @generated from AWS::MGN::LaunchConfigurationTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MGN::LaunchConfigurationTemplate` and its property types.

/// Account level Launch Configuration Template for AWS Application Migration Service.
///
/// CloudFormation type `AWS::MGN::LaunchConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchConfigurationTemplate {
    props: ::forma_core::schema::Props,
}
impl LaunchConfigurationTemplate {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to associate a public IP address with the launched instance.
    #[track_caller]
    pub fn associate_public_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Launch configuration template boot mode.
    #[track_caller]
    pub fn boot_mode(mut self, value: impl ::forma_core::schema::EnumArg<BootMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to copy the private IP of the source server.
    #[track_caller]
    pub fn copy_private_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to copy the tags of the source server.
    #[track_caller]
    pub fn copy_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to enable map auto tagging.
    #[track_caller]
    pub fn enable_map_auto_tagging(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to enable encryption of the AWS Systems Manager parameters used by post launch actions.
    #[track_caller]
    pub fn enable_parameters_encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Launch template disk configuration.
    #[track_caller]
    pub fn large_volume_conf(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateDiskConf>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Launch disposition.
    #[track_caller]
    pub fn launch_disposition(mut self, value: impl ::forma_core::schema::EnumArg<LaunchDisposition>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration of a machine's license.
    #[track_caller]
    pub fn licensing(mut self, value: impl ::std::convert::Into<::forma_core::Value<Licensing>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Launch configuration template map auto tagging MPE ID.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn map_auto_tagging_mpe_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN of the KMS key used to encrypt the AWS Systems Manager parameters used by post launch actions.
    ///
    /// Allowed: length 20 to 276.
    #[track_caller]
    pub fn parameters_encryption_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Post launch actions to execute on the Test or Cutover instance.
    #[track_caller]
    pub fn post_launch_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PostLaunchActions>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Launch template disk configuration.
    #[track_caller]
    pub fn small_volume_conf(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateDiskConf>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Small volume maximum size, in GiB.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn small_volume_max_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of tags to be associated with the Launch Configuration Template.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Target instance type right-sizing method.
    #[track_caller]
    pub fn target_instance_type_right_sizing_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TargetInstanceTypeRightSizingMethod>,
    ) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for LaunchConfigurationTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LaunchConfigurationTemplate {
    type Attributes = LaunchConfigurationTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::MGN::LaunchConfigurationTemplate"
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
/// The attributes of a `AWS::MGN::LaunchConfigurationTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LaunchConfigurationTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LaunchConfigurationTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LaunchConfigurationTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `LaunchConfigurationTemplateID`.
    pub fn launch_configuration_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LaunchConfigurationTemplateID")
    }
    /// `Fn::GetAtt` `Ec2LaunchTemplateID`.
    pub fn ec2_launch_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ec2LaunchTemplateID")
    }
}

/// The values CloudFormation documents: `LEGACY_BIOS`, `UEFI`, `USE_SOURCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BootMode {
    /// `LEGACY_BIOS`
    LegacyBios,
    /// `UEFI`
    Uefi,
    /// `USE_SOURCE`
    UseSource,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BootMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LegacyBios => "LEGACY_BIOS",
            Self::Uefi => "UEFI",
            Self::UseSource => "USE_SOURCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEGACY_BIOS", "UEFI", "USE_SOURCE"]
    }
}
impl ::std::convert::From<BootMode> for ::forma_core::Value<BootMode> {
    fn from(v: BootMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BootMode {}

/// The values CloudFormation documents: `STOPPED`, `STARTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LaunchDisposition {
    /// `STOPPED`
    Stopped,
    /// `STARTED`
    Started,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LaunchDisposition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stopped => "STOPPED",
            Self::Started => "STARTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STOPPED", "STARTED"]
    }
}
impl ::std::convert::From<LaunchDisposition> for ::forma_core::Value<LaunchDisposition> {
    fn from(v: LaunchDisposition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LaunchDisposition {}

/// The values CloudFormation documents: `NONE`, `BASIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetInstanceTypeRightSizingMethod {
    /// `NONE`
    None,
    /// `BASIC`
    Basic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetInstanceTypeRightSizingMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Basic => "BASIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "BASIC"]
    }
}
impl ::std::convert::From<TargetInstanceTypeRightSizingMethod>
    for ::forma_core::Value<TargetInstanceTypeRightSizingMethod>
{
    fn from(v: TargetInstanceTypeRightSizingMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetInstanceTypeRightSizingMethod {}

/// The values CloudFormation documents: `io1`, `io2`, `gp3`, `gp2`, `st1`, `sc1`, `standard`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeType {
    /// `io1`
    Io1,
    /// `io2`
    Io2,
    /// `gp3`
    Gp3,
    /// `gp2`
    Gp2,
    /// `st1`
    St1,
    /// `sc1`
    Sc1,
    /// `standard`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VolumeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Io1 => "io1",
            Self::Io2 => "io2",
            Self::Gp3 => "gp3",
            Self::Gp2 => "gp2",
            Self::St1 => "st1",
            Self::Sc1 => "sc1",
            Self::Standard => "standard",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["io1", "io2", "gp3", "gp2", "st1", "sc1", "standard"]
    }
}
impl ::std::convert::From<VolumeType> for ::forma_core::Value<VolumeType> {
    fn from(v: VolumeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VolumeType {}

/// Launch template disk configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateDiskConf {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateDiskConf {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Launch template disk IOPS configuration.
    ///
    /// Allowed: 100 to 64000.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Launch template disk throughput configuration, in MiB/s.
    ///
    /// Allowed: 125 to 1000.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Launch template disk volume type configuration.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateDiskConf {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateDiskConf> for ::forma_core::Value<LaunchTemplateDiskConf> {
    fn from(v: LaunchTemplateDiskConf) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_DISK_CONF_TYPE.properties))
    }
}

/// Configuration of a machine's license.
#[derive(Debug, Clone, PartialEq)]
pub struct Licensing {
    props: ::forma_core::schema::Props,
}
impl Licensing {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to configure BYOL OS licensing.
    pub fn os_byol(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Licensing {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Licensing> for ::forma_core::Value<Licensing> {
    fn from(v: Licensing) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TEST_AND_CUTOVER`, `CUTOVER_ONLY`, `TEST_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Deployment {
    /// `TEST_AND_CUTOVER`
    TestAndCutover,
    /// `CUTOVER_ONLY`
    CutoverOnly,
    /// `TEST_ONLY`
    TestOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Deployment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TestAndCutover => "TEST_AND_CUTOVER",
            Self::CutoverOnly => "CUTOVER_ONLY",
            Self::TestOnly => "TEST_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEST_AND_CUTOVER", "CUTOVER_ONLY", "TEST_ONLY"]
    }
}
impl ::std::convert::From<Deployment> for ::forma_core::Value<Deployment> {
    fn from(v: Deployment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Deployment {}

/// Post launch actions to execute on the Test or Cutover instance.
#[derive(Debug, Clone, PartialEq)]
pub struct PostLaunchActions {
    props: ::forma_core::schema::Props,
}
impl PostLaunchActions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// AWS Systems Manager Command's CloudWatch log group name.
    ///
    /// Allowed: length 1 to 512.
    pub fn cloud_watch_log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Deployment type in which AWS Systems Manager Documents will be executed.
    pub fn deployment(mut self, value: impl ::forma_core::schema::EnumArg<Deployment>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// AWS Systems Manager Command's logs S3 log bucket.
    ///
    /// Allowed: length 3 to 63.
    pub fn s3_log_bucket(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// AWS Systems Manager Command's logs S3 output key prefix.
    ///
    /// Allowed: length 0 to 256.
    pub fn s3_output_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// AWS Systems Manager Documents to execute, in order.
    pub fn ssm_documents(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SsmDocument>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PostLaunchActions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PostLaunchActions> for ::forma_core::Value<PostLaunchActions> {
    fn from(v: PostLaunchActions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POST_LAUNCH_ACTIONS_TYPE.properties))
    }
}

/// A key-value pair to associate with the Launch Configuration Template.
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

/// An AWS Systems Manager Document to execute as a post launch action.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmDocument {
    props: ::forma_core::schema::Props,
}
impl SsmDocument {
    /// A new value with its required properties: `ActionName`, `SsmDocumentName`.
    pub fn new(
        action_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssm_document_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action_name.into().into_expr());
        props.set(4, ssm_document_name.into().into_expr());
        Self { props }
    }
    /// AWS Systems Manager Document external parameters.
    pub fn external_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether Cutover is blocked when the document has failed.
    pub fn must_succeed_for_cutover(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// AWS Systems Manager Document parameters, each resolved from AWS Systems Manager Parameter Store.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// AWS Systems Manager Document timeout, in seconds.
    ///
    /// Allowed: at least 1.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SsmDocument> for ::forma_core::Value<SsmDocument> {
    fn from(v: SsmDocument) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_DOCUMENT_TYPE.properties))
    }
}

/// An AWS Systems Manager Document external parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmExternalParameter {
    props: ::forma_core::schema::Props,
}
impl SsmExternalParameter {
    /// A new value with its required properties: `DynamicPath`.
    pub fn new(dynamic_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dynamic_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SsmExternalParameter> for ::forma_core::Value<SsmExternalParameter> {
    fn from(v: SsmExternalParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_EXTERNAL_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `SECURE_STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParameterType {
    /// `STRING`
    String,
    /// `SECURE_STRING`
    SecureString,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParameterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::SecureString => "SECURE_STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "SECURE_STRING"]
    }
}
impl ::std::convert::From<ParameterType> for ::forma_core::Value<ParameterType> {
    fn from(v: ParameterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParameterType {}

/// An AWS Systems Manager Parameter Store parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmParameterStoreParameter {
    props: ::forma_core::schema::Props,
}
impl SsmParameterStoreParameter {
    /// A new value with its required properties: `ParameterName`, `ParameterType`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_type: impl ::forma_core::schema::EnumArg<ParameterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SsmParameterStoreParameter> for ::forma_core::Value<SsmParameterStoreParameter> {
    fn from(v: SsmParameterStoreParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_PARAMETER_STORE_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::MGN::LaunchConfigurationTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::MGN::LaunchConfigurationTemplate",
properties: &[
::forma_core::schema::Property { name: "AssociatePublicIpAddress", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "BootMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["LEGACY_BIOS", "UEFI", "USE_SOURCE"]) },
::forma_core::schema::Property { name: "CopyPrivateIp", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "CopyTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EnableMapAutoTagging", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EnableParametersEncryption", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "LargeVolumeConf", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_DISK_CONF_TYPE) },
::forma_core::schema::Property { name: "LaunchDisposition", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["STOPPED", "STARTED"]) },
::forma_core::schema::Property { name: "Licensing", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LICENSING_TYPE) },
::forma_core::schema::Property { name: "MapAutoTaggingMpeID", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "ParametersEncryptionKey", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((arn:[\\w-]+:kms:([a-z]{2}-(gov-)?[a-z]+-\\d{1})?:(\\d{12})?:((alias|key)/[a-zA-Z0-9:/_-]{1,256}))|())$"), min_length: Some(20), max_length: Some(276) }) },
::forma_core::schema::Property { name: "PostLaunchActions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&POST_LAUNCH_ACTIONS_TYPE) },
::forma_core::schema::Property { name: "SmallVolumeConf", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_DISK_CONF_TYPE) },
::forma_core::schema::Property { name: "SmallVolumeMaxSize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "TargetInstanceTypeRightSizingMethod", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["NONE", "BASIC"]) },
],
rules: &[],
attributes: &["Arn", "LaunchConfigurationTemplateID", "Ec2LaunchTemplateID"],
};

static LAUNCH_TEMPLATE_DISK_CONF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.LaunchTemplateDiskConf",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(100.0),
                maximum: Some(64000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Throughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(125.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["io1", "io2", "gp3", "gp2", "st1", "sc1", "standard"]),
        },
    ],
    rules: &[],
};

static LICENSING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.Licensing",
    properties: &[::forma_core::schema::Property {
        name: "OsByol",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static POST_LAUNCH_ACTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.PostLaunchActions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Deployment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TEST_AND_CUTOVER", "CUTOVER_ONLY", "TEST_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "S3LogBucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputKeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SsmDocuments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SSM_DOCUMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
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
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SSM_DOCUMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.SsmDocument",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExternalParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&SSM_EXTERNAL_PARAMETER_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "MustSucceedForCutover",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SSM_PARAMETER_STORE_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            )),
        },
        ::forma_core::schema::Property {
            name: "SsmDocumentName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z0-9/:_\\.-])+$"),
                min_length: Some(3),
                max_length: Some(172),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SSM_EXTERNAL_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.SsmExternalParameter",
    properties: &[::forma_core::schema::Property {
        name: "DynamicPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9_]+(\\.[a-zA-Z0-9_\\[\\]]+)*$"),
            min_length: Some(1),
            max_length: Some(1011),
        }),
    }],
    rules: &[],
};

static SSM_PARAMETER_STORE_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::LaunchConfigurationTemplate.SsmParameterStoreParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z0-9_\\.-])+$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParameterType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "SECURE_STRING"]),
        },
    ],
    rules: &[],
};
