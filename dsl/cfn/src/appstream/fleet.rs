// @generated from AWS::AppStream::Fleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::Fleet` and its property types.

/// Resource Type definition for AWS::AppStream::Fleet
///
/// CloudFormation type `AWS::AppStream::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fleet {
    props: ::forma_core::schema::Props,
}
impl Fleet {
    /// A new resource with its required properties: `InstanceType`, `Name`.
    #[track_caller]
    pub fn new(
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(13, instance_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(17, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AttributesToDelete`.
    #[track_caller]
    pub fn attributes_to_delete(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributesToDelete>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComputeCapacity`.
    #[track_caller]
    pub fn compute_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComputeCapacity>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisableIMDSV1`.
    #[track_caller]
    pub fn disable_imdsv1(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisconnectTimeoutInSeconds`.
    ///
    /// Allowed: 60 to 360000.
    #[track_caller]
    pub fn disconnect_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainJoinInfo`.
    #[track_caller]
    pub fn domain_join_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<DomainJoinInfo>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableDefaultInternetAccess`.
    #[track_caller]
    pub fn enable_default_internet_access(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FleetType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn fleet_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IamRoleArn`.
    #[track_caller]
    pub fn iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdleDisconnectTimeoutInSeconds`.
    ///
    /// Allowed: 0 to 3600.
    #[track_caller]
    pub fn idle_disconnect_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageArn`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn image_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageName`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn image_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxConcurrentSessions`.
    #[track_caller]
    pub fn max_concurrent_sessions(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxSessionsPerInstance`.
    #[track_caller]
    pub fn max_sessions_per_instance(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxUserDurationInSeconds`.
    ///
    /// Allowed: 600 to 360000.
    #[track_caller]
    pub fn max_user_duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Platform`.
    #[track_caller]
    pub fn platform(mut self, value: impl ::forma_core::schema::EnumArg<Platform>) -> Self {
        self.props.set_at(18, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RootVolumeConfig`.
    #[track_caller]
    pub fn root_volume_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VolumeConfig>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SessionScriptS3Location`.
    #[track_caller]
    pub fn session_script_s3_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StreamView`.
    #[track_caller]
    pub fn stream_view(mut self, value: impl ::forma_core::schema::EnumArg<StreamView>) -> Self {
        self.props.set_at(21, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UsbDeviceFilterStrings`.
    #[track_caller]
    pub fn usb_device_filter_strings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcConfig`.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Fleet {
    type Attributes = FleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::Fleet"
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
/// The attributes of a `AWS::AppStream::Fleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FleetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `VPC_CONFIGURATION`, `VPC_CONFIGURATION_SECURITY_GROUP_IDS`, `DOMAIN_JOIN_INFO`, `IAM_ROLE_ARN`, `USB_DEVICE_FILTER_STRINGS`, `SESSION_SCRIPT_S3_LOCATION`, `MAX_SESSIONS_PER_INSTANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributesToDelete {
    /// `VPC_CONFIGURATION`
    VpcConfiguration,
    /// `VPC_CONFIGURATION_SECURITY_GROUP_IDS`
    VpcConfigurationSecurityGroupIds,
    /// `DOMAIN_JOIN_INFO`
    DomainJoinInfo,
    /// `IAM_ROLE_ARN`
    IamRoleArn,
    /// `USB_DEVICE_FILTER_STRINGS`
    UsbDeviceFilterStrings,
    /// `SESSION_SCRIPT_S3_LOCATION`
    SessionScriptS3Location,
    /// `MAX_SESSIONS_PER_INSTANCE`
    MaxSessionsPerInstance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributesToDelete {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VpcConfiguration => "VPC_CONFIGURATION",
            Self::VpcConfigurationSecurityGroupIds => "VPC_CONFIGURATION_SECURITY_GROUP_IDS",
            Self::DomainJoinInfo => "DOMAIN_JOIN_INFO",
            Self::IamRoleArn => "IAM_ROLE_ARN",
            Self::UsbDeviceFilterStrings => "USB_DEVICE_FILTER_STRINGS",
            Self::SessionScriptS3Location => "SESSION_SCRIPT_S3_LOCATION",
            Self::MaxSessionsPerInstance => "MAX_SESSIONS_PER_INSTANCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "VPC_CONFIGURATION",
            "VPC_CONFIGURATION_SECURITY_GROUP_IDS",
            "DOMAIN_JOIN_INFO",
            "IAM_ROLE_ARN",
            "USB_DEVICE_FILTER_STRINGS",
            "SESSION_SCRIPT_S3_LOCATION",
            "MAX_SESSIONS_PER_INSTANCE",
        ]
    }
}
impl ::std::convert::From<AttributesToDelete> for ::forma_core::Value<AttributesToDelete> {
    fn from(v: AttributesToDelete) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributesToDelete {}

/// The values CloudFormation documents: `AMAZON_LINUX2`, `RHEL8`, `ROCKY_LINUX8`, `UBUNTU_PRO_2404`, `WINDOWS`, `WINDOWS_SERVER_2016`, `WINDOWS_SERVER_2019`, `WINDOWS_SERVER_2022`, `WINDOWS_SERVER_2025`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Platform {
    /// `AMAZON_LINUX2`
    AmazonLinux2,
    /// `RHEL8`
    Rhel8,
    /// `ROCKY_LINUX8`
    RockyLinux8,
    /// `UBUNTU_PRO_2404`
    UbuntuPro2404,
    /// `WINDOWS`
    Windows,
    /// `WINDOWS_SERVER_2016`
    WindowsServer2016,
    /// `WINDOWS_SERVER_2019`
    WindowsServer2019,
    /// `WINDOWS_SERVER_2022`
    WindowsServer2022,
    /// `WINDOWS_SERVER_2025`
    WindowsServer2025,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Platform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonLinux2 => "AMAZON_LINUX2",
            Self::Rhel8 => "RHEL8",
            Self::RockyLinux8 => "ROCKY_LINUX8",
            Self::UbuntuPro2404 => "UBUNTU_PRO_2404",
            Self::Windows => "WINDOWS",
            Self::WindowsServer2016 => "WINDOWS_SERVER_2016",
            Self::WindowsServer2019 => "WINDOWS_SERVER_2019",
            Self::WindowsServer2022 => "WINDOWS_SERVER_2022",
            Self::WindowsServer2025 => "WINDOWS_SERVER_2025",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AMAZON_LINUX2",
            "RHEL8",
            "ROCKY_LINUX8",
            "UBUNTU_PRO_2404",
            "WINDOWS",
            "WINDOWS_SERVER_2016",
            "WINDOWS_SERVER_2019",
            "WINDOWS_SERVER_2022",
            "WINDOWS_SERVER_2025",
        ]
    }
}
impl ::std::convert::From<Platform> for ::forma_core::Value<Platform> {
    fn from(v: Platform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Platform {}

/// The values CloudFormation documents: `APP`, `DESKTOP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamView {
    /// `APP`
    App,
    /// `DESKTOP`
    Desktop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamView {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::App => "APP",
            Self::Desktop => "DESKTOP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APP", "DESKTOP"]
    }
}
impl ::std::convert::From<StreamView> for ::forma_core::Value<StreamView> {
    fn from(v: StreamView) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamView {}

/// The `ComputeCapacity` property type of `AWS::AppStream::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeCapacity {
    props: ::forma_core::schema::Props,
}
impl ComputeCapacity {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DesiredInstances`.
    pub fn desired_instances(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DesiredSessions`.
    pub fn desired_sessions(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputeCapacity {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputeCapacity> for ::forma_core::Value<ComputeCapacity> {
    fn from(v: ComputeCapacity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_CAPACITY_TYPE.properties))
    }
}

/// The `DomainJoinInfo` property type of `AWS::AppStream::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainJoinInfo {
    props: ::forma_core::schema::Props,
}
impl DomainJoinInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DirectoryName`.
    pub fn directory_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OrganizationalUnitDistinguishedName`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn organizational_unit_distinguished_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainJoinInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainJoinInfo> for ::forma_core::Value<DomainJoinInfo> {
    fn from(v: DomainJoinInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_JOIN_INFO_TYPE.properties))
    }
}

/// The `VolumeConfig` property type of `AWS::AppStream::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeConfig {
    props: ::forma_core::schema::Props,
}
impl VolumeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `VolumeSizeInGb`.
    pub fn volume_size_in_gb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VolumeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VolumeConfig> for ::forma_core::Value<VolumeConfig> {
    fn from(v: VolumeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_CONFIG_TYPE.properties))
    }
}

/// The `S3Location` property type of `AWS::AppStream::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `S3Bucket`, `S3Key`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(1, s3_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppStream::Fleet`.
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
    /// `Value`.
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

/// The `VpcConfig` property type of `AWS::AppStream::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppStream::Fleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::AppStream::Fleet",
properties: &[
::forma_core::schema::Property { name: "AttributesToDelete", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["VPC_CONFIGURATION", "VPC_CONFIGURATION_SECURITY_GROUP_IDS", "DOMAIN_JOIN_INFO", "IAM_ROLE_ARN", "USB_DEVICE_FILTER_STRINGS", "SESSION_SCRIPT_S3_LOCATION", "MAX_SESSIONS_PER_INSTANCE"]), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "ComputeCapacity", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&COMPUTE_CAPACITY_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "DisableIMDSV1", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "DisconnectTimeoutInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(60.0), maximum: Some(360000.0) }) },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "DomainJoinInfo", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DOMAIN_JOIN_INFO_TYPE) },
::forma_core::schema::Property { name: "EnableDefaultInternetAccess", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "FleetType", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^ALWAYS_ON$|^ON_DEMAND$|^ELASTIC$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "IamRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:iam::[0-9]{12}:role/.+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "IdleDisconnectTimeoutInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(3600.0) }) },
::forma_core::schema::Property { name: "ImageArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]+:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:.+$"), min_length: None, max_length: Some(1024) }) },
::forma_core::schema::Property { name: "ImageName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"), min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "InstanceType", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "MaxConcurrentSessions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "MaxSessionsPerInstance", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "MaxUserDurationInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(600.0), maximum: Some(360000.0) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Platform", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AMAZON_LINUX2", "RHEL8", "ROCKY_LINUX8", "UBUNTU_PRO_2404", "WINDOWS", "WINDOWS_SERVER_2016", "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022", "WINDOWS_SERVER_2025"]) },
::forma_core::schema::Property { name: "RootVolumeConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VOLUME_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SessionScriptS3Location", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE) },
::forma_core::schema::Property { name: "StreamView", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["APP", "DESKTOP"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) }) },
::forma_core::schema::Property { name: "UsbDeviceFilterStrings", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((\\w*)\\s*(\\w*)\\s*\\,\\s*(\\w*)\\s*\\,\\s*\\*?(\\w*)\\s*\\,\\s*\\*?(\\w*)\\s*\\,\\s*\\*?\\d*\\s*\\,\\s*\\*?\\d*\\s*\\,\\s*[0-1]\\s*\\,\\s*[0-1]\\s*)$"), min_length: Some(0), max_length: Some(100) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VpcConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE) },
],
rules: &[],
attributes: &["Arn"],
};

static COMPUTE_CAPACITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Fleet.ComputeCapacity",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredInstances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DesiredSessions",
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

static DOMAIN_JOIN_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Fleet.DomainJoinInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "DirectoryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnitDistinguishedName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
    ],
    rules: &[],
};

static VOLUME_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Fleet.VolumeConfig",
    properties: &[::forma_core::schema::Property {
        name: "VolumeSizeInGb",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Fleet.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z\\.\\-]*(?<!\\.)$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Fleet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[\\S\\s]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Fleet.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
