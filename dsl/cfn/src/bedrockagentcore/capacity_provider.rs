// @generated from AWS::BedrockAgentCore::CapacityProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::CapacityProvider` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::CapacityProvider.
///
/// CloudFormation type `AWS::BedrockAgentCore::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProvider {
    props: ::forma_core::schema::Props,
}
impl CapacityProvider {
    /// A new resource with its required properties: `ComputeConfiguration`, `Name`, `PermissionsConfiguration`.
    #[track_caller]
    pub fn new(
        compute_configuration: impl ::std::convert::Into<::forma_core::Value<ComputeConfiguration>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        permissions_configuration: impl ::std::convert::Into<::forma_core::Value<PermissionsConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, compute_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, permissions_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional description of the capacity provider.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to the capacity provider.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CapacityProvider {
    type Attributes = CapacityProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::CapacityProvider"
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
/// The attributes of a `AWS::BedrockAgentCore::CapacityProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapacityProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapacityProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapacityProviderAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CapacityProviderId`.
    pub fn capacity_provider_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CapacityProviderId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// The capacity configuration for the capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComputeConfiguration {
    /// A new value with its required properties: `Ec2Configuration`.
    pub fn new(ec2_configuration: impl ::std::convert::Into<::forma_core::Value<Ec2Configuration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ec2_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ComputeConfiguration> for ::forma_core::Value<ComputeConfiguration> {
    fn from(v: ComputeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for permissions associated with a capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionsConfiguration {
    props: ::forma_core::schema::Props,
}
impl PermissionsConfiguration {
    /// A new value with its required properties: `CapacityProviderOperatorRoleArn`.
    pub fn new(
        capacity_provider_operator_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_provider_operator_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PermissionsConfiguration> for ::forma_core::Value<PermissionsConfiguration> {
    fn from(v: PermissionsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERMISSIONS_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with the capacity provider.
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

/// Configuration for EC2-based capacity.
#[derive(Debug, Clone, PartialEq)]
pub struct Ec2Configuration {
    props: ::forma_core::schema::Props,
}
impl Ec2Configuration {
    /// A new value with its required properties: `LaunchTemplateSource`, `VpcConfiguration`.
    pub fn new(
        launch_template_source: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSource>>,
        vpc_configuration: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, launch_template_source.into().into_expr());
        props.set(4, vpc_configuration.into().into_expr());
        Self { props }
    }
    /// Configuration for managing the lifecycle of instances in a capacity provider.
    pub fn lifecycle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceLifecycleConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Customer-facing configuration for the (service-managed) root volume.
    pub fn root_volume(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RootVolumeConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Named persistent EBS volumes for this capacity provider.
    pub fn volumes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VolumeConfiguration>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Ec2Configuration> for ::forma_core::Value<Ec2Configuration> {
    fn from(v: Ec2Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EC2_CONFIGURATION_TYPE.properties))
    }
}

/// How the launch template is specified.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateSource {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateSource {
    /// A new value with its required properties: `LaunchParameters`.
    pub fn new(launch_parameters: impl ::std::convert::Into<::forma_core::Value<LaunchParameters>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, launch_parameters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LaunchTemplateSource> for ::forma_core::Value<LaunchTemplateSource> {
    fn from(v: LaunchTemplateSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_SOURCE_TYPE.properties))
    }
}

/// Configuration for managing the lifecycle of instances in a capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceLifecycleConfiguration {
    props: ::forma_core::schema::Props,
}
impl InstanceLifecycleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of seconds an instance can remain idle before it is stopped.
    ///
    /// Allowed: 60 to 1209600.
    pub fn idle_instance_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum lifetime for the instance in seconds.
    ///
    /// Allowed: 60 to 1209600.
    pub fn max_lifetime(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceLifecycleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceLifecycleConfiguration> for ::forma_core::Value<InstanceLifecycleConfiguration> {
    fn from(v: InstanceLifecycleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_LIFECYCLE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `standard`, `io1`, `io2`, `gp2`, `sc1`, `st1`, `gp3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeType {
    /// `standard`
    Standard,
    /// `io1`
    Io1,
    /// `io2`
    Io2,
    /// `gp2`
    Gp2,
    /// `sc1`
    Sc1,
    /// `st1`
    St1,
    /// `gp3`
    Gp3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VolumeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Io1 => "io1",
            Self::Io2 => "io2",
            Self::Gp2 => "gp2",
            Self::Sc1 => "sc1",
            Self::St1 => "st1",
            Self::Gp3 => "gp3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]
    }
}
impl ::std::convert::From<VolumeType> for ::forma_core::Value<VolumeType> {
    fn from(v: VolumeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VolumeType {}

/// Customer-facing configuration for the (service-managed) root volume.
#[derive(Debug, Clone, PartialEq)]
pub struct RootVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl RootVolumeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the EBS volume is encrypted.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The free space guaranteed on the root volume, in GiB.
    ///
    /// Allowed: 2 to 65000.
    pub fn free_space_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of IOPS to provision.
    ///
    /// Allowed: 100 to 256000.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Identifier of the customer managed KMS key to use for EBS encryption.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The throughput to provision for a gp3 volume, in MiB/s.
    ///
    /// Allowed: 125 to 2000.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The EBS volume type.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RootVolumeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RootVolumeConfiguration> for ::forma_core::Value<RootVolumeConfiguration> {
    fn from(v: RootVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROOT_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for a persistent volume attached to a capacity provider session.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl VolumeConfiguration {
    /// A new value with its required properties: `EbsConfiguration`.
    pub fn new(ebs_configuration: impl ::std::convert::Into<::forma_core::Value<EbsVolumeConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ebs_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VolumeConfiguration> for ::forma_core::Value<VolumeConfiguration> {
    fn from(v: VolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// VPC configuration for launching EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
    /// A new value with its required properties: `SecurityGroups`, `Subnets`.
    pub fn new(
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_groups.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASIC`, `DETAILED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Monitoring {
    /// `BASIC`
    Basic,
    /// `DETAILED`
    Detailed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Monitoring {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Detailed => "DETAILED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "DETAILED"]
    }
}
impl ::std::convert::From<Monitoring> for ::forma_core::Value<Monitoring> {
    fn from(v: Monitoring) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Monitoring {}

/// The values CloudFormation documents: `LINUX_X86_64`, `LINUX_ARM64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystem {
    /// `LINUX_X86_64`
    LinuxX8664,
    /// `LINUX_ARM64`
    LinuxArm64,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatingSystem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LinuxX8664 => "LINUX_X86_64",
            Self::LinuxArm64 => "LINUX_ARM64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINUX_X86_64", "LINUX_ARM64"]
    }
}
impl ::std::convert::From<OperatingSystem> for ::forma_core::Value<OperatingSystem> {
    fn from(v: OperatingSystem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatingSystem {}

/// Parameters for launching EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchParameters {
    props: ::forma_core::schema::Props,
}
impl LaunchParameters {
    /// A new value with its required properties: `InstanceRequirements`, `OperatingSystem`.
    pub fn new(
        instance_requirements: impl ::std::convert::Into<::forma_core::Value<InstanceRequirements>>,
        operating_system: impl ::forma_core::schema::EnumArg<OperatingSystem>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, instance_requirements.into().into_expr());
        props.set(6, operating_system.into_enum_expr());
        Self { props }
    }
    /// The Capacity Reservation targeting option.
    pub fn capacity_reservation_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The block device mapping for ephemeral (instance store) volumes.
    pub fn ephemeral_volumes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EphemeralBlockDeviceMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the IAM instance profile to associate with launched instances.
    ///
    /// Allowed: length 1 to 2048.
    pub fn instance_profile_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The license configurations.
    pub fn license_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LicenseSpecification>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The monitoring level for the instance.
    pub fn monitoring(mut self, value: impl ::forma_core::schema::EnumArg<Monitoring>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// Tags to apply to all EC2 resources (instances, volumes, and network interfaces) created by this capacity provider.
    pub fn propagated_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The name of the SSH key pair to configure on instances for SSH connectivity.
    ///
    /// Allowed: length 1 to 255.
    pub fn ssh_key_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LaunchParameters> for ::forma_core::Value<LaunchParameters> {
    fn from(v: LaunchParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_PARAMETERS_TYPE.properties))
    }
}

/// Configuration for an EBS-backed persistent volume.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl EbsVolumeConfiguration {
    /// A new value with its required properties: `Name`, `SizeGiB`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        size_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        props.set(4, size_gi_b.into().into_expr());
        Self { props }
    }
    /// Whether to encrypt the volume.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of IOPS to provision.
    ///
    /// Allowed: 100 to 256000.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Identifier of the KMS key to use for encryption.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Optional EBS snapshot ID to initialize the volume from.
    ///
    /// Allowed: length 13 to 64.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The throughput in MiB/s.
    ///
    /// Allowed: 125 to 2000.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The EBS volume type.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EbsVolumeConfiguration> for ::forma_core::Value<EbsVolumeConfiguration> {
    fn from(v: EbsVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `capacity-reservations-only`, `open`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityReservationPreference {
    /// `capacity-reservations-only`
    CapacityReservationsOnly,
    /// `open`
    Open,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityReservationPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityReservationsOnly => "capacity-reservations-only",
            Self::Open => "open",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["capacity-reservations-only", "open", "none"]
    }
}
impl ::std::convert::From<CapacityReservationPreference> for ::forma_core::Value<CapacityReservationPreference> {
    fn from(v: CapacityReservationPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityReservationPreference {}

/// The Capacity Reservation targeting option.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationSpecification {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates the instance's Capacity Reservation preferences.
    pub fn capacity_reservation_preference(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapacityReservationPreference>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Information about the target Capacity Reservation or Capacity Reservation group.
    pub fn capacity_reservation_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationTarget>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationSpecification> for ::forma_core::Value<CapacityReservationSpecification> {
    fn from(v: CapacityReservationSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_SPECIFICATION_TYPE.properties))
    }
}

/// Describes an ephemeral block device mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct EphemeralBlockDeviceMapping {
    props: ::forma_core::schema::Props,
}
impl EphemeralBlockDeviceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The device name (for example, /dev/sdh or xvdh).
    ///
    /// Allowed: length 1 to 255.
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    pub fn ebs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralEbsVolumeConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The virtual device name (ephemeralN).
    ///
    /// Allowed: length 1 to 255.
    pub fn virtual_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EphemeralBlockDeviceMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EphemeralBlockDeviceMapping> for ::forma_core::Value<EphemeralBlockDeviceMapping> {
    fn from(v: EphemeralBlockDeviceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPHEMERAL_BLOCK_DEVICE_MAPPING_TYPE.properties))
    }
}

/// Requirements for EC2 instance types.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirements {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirements {
    /// A new value with its required properties: `AllowedInstanceTypes`.
    pub fn new(
        allowed_instance_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allowed_instance_types.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InstanceRequirements> for ::forma_core::Value<InstanceRequirements> {
    fn from(v: InstanceRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_TYPE.properties))
    }
}

/// Describes a license configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseSpecification {
    props: ::forma_core::schema::Props,
}
impl LicenseSpecification {
    /// A new value with its required properties: `LicenseConfigurationArn`.
    pub fn new(
        license_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, license_configuration_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LicenseSpecification> for ::forma_core::Value<LicenseSpecification> {
    fn from(v: LicenseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_SPECIFICATION_TYPE.properties))
    }
}

/// Information about the target Capacity Reservation or Capacity Reservation group.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationTarget {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the Capacity Reservation in which to run the instance.
    ///
    /// Allowed: length 1 to 255.
    pub fn capacity_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the Capacity Reservation resource group in which to run the instance.
    ///
    /// Allowed: length 1 to 2048.
    pub fn capacity_reservation_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationTarget> for ::forma_core::Value<CapacityReservationTarget> {
    fn from(v: CapacityReservationTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_TARGET_TYPE.properties))
    }
}

/// Parameters used to automatically set up EBS volumes when the instance is launched.
#[derive(Debug, Clone, PartialEq)]
pub struct EphemeralEbsVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl EphemeralEbsVolumeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The index of the EBS card.
    ///
    /// Allowed: at least 0.
    pub fn ebs_card_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the EBS volume is encrypted.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of I/O operations per second (IOPS).
    ///
    /// Allowed: 100 to 256000.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Identifier of the customer managed KMS key to use for EBS encryption.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ID of the snapshot.
    ///
    /// Allowed: length 13 to 64.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The throughput to provision for a gp3 volume, in MiB/s.
    ///
    /// Allowed: 125 to 2000.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The rate at which the volume is initialized after creation, in MiB/s.
    ///
    /// Allowed: 100 to 300.
    pub fn volume_initialization_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The size of the volume, in GiBs.
    ///
    /// Allowed: 1 to 65536.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The volume type.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EphemeralEbsVolumeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EphemeralEbsVolumeConfiguration> for ::forma_core::Value<EphemeralEbsVolumeConfiguration> {
    fn from(v: EphemeralEbsVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPHEMERAL_EBS_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::CapacityProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::CapacityProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: Some(1),
                max_length: Some(48),
            }),
        },
        ::forma_core::schema::Property {
            name: "PermissionsConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PERMISSIONS_CONFIGURATION_TYPE),
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
    attributes: &["Arn", "CapacityProviderId", "Status", "CreatedAt", "LastUpdatedAt"],
};

static COMPUTE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.ComputeConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Ec2Configuration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EC2_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PERMISSIONS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.PermissionsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CapacityProviderOperatorRoleArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.Tag",
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

static EC2_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.Ec2Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_LIFECYCLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RootVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROOT_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.LaunchTemplateSource",
    properties: &[::forma_core::schema::Property {
        name: "LaunchParameters",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAUNCH_PARAMETERS_TYPE),
    }],
    rules: &[],
};

static INSTANCE_LIFECYCLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.InstanceLifecycleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdleInstanceTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLifetime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
    ],
    rules: &[],
};

static ROOT_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::CapacityProvider.RootVolumeConfiguration",
properties: &[
::forma_core::schema::Property { name: "Encrypted", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "FreeSpaceGiB", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(2.0), maximum: Some(65000.0) }) },
::forma_core::schema::Property { name: "Iops", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(100.0), maximum: Some(256000.0) }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Throughput", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(125.0), maximum: Some(2000.0) }) },
::forma_core::schema::Property { name: "VolumeType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]) },
],
rules: &[],
};

static VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.VolumeConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EbsConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EBS_VOLUME_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.VpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static LAUNCH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.LaunchParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EphemeralVolumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EPHEMERAL_BLOCK_DEVICE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceProfileArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws(-[^:]+)?:iam::[0-9]{12}:instance-profile/([!-~]{1,510}/)?([\\w+=,.@-]{1,128})$",
                ),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LicenseSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LICENSE_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Monitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BASIC", "DETAILED"]),
        },
        ::forma_core::schema::Property {
            name: "OperatingSystem",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINUX_X86_64", "LINUX_ARM64"]),
        },
        ::forma_core::schema::Property {
            name: "PropagatedTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "SshKeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[!-~][ -~]*[!-~]$|^[!-~]$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static EBS_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::CapacityProvider.EbsVolumeConfiguration",
properties: &[
::forma_core::schema::Property { name: "Encrypted", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Iops", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(100.0), maximum: Some(256000.0) }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z][a-zA-Z0-9_-]{0,47}$"), min_length: Some(1), max_length: Some(48) }) },
::forma_core::schema::Property { name: "SizeGiB", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65536.0) }) },
::forma_core::schema::Property { name: "SnapshotId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^snap-[a-f0-9]{8,17}$"), min_length: Some(13), max_length: Some(64) }) },
::forma_core::schema::Property { name: "Throughput", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(125.0), maximum: Some(2000.0) }) },
::forma_core::schema::Property { name: "VolumeType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]) },
],
rules: &[],
};

static CAPACITY_RESERVATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::CapacityProvider.CapacityReservationSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "CapacityReservationPreference",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["capacity-reservations-only", "open", "none"]),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationTarget",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_TARGET_TYPE),
            },
        ],
        rules: &[],
    };

static EPHEMERAL_BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.EphemeralBlockDeviceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9/._-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Ebs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_EBS_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VirtualName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ephemeral[0-9]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.InstanceRequirements",
    properties: &[::forma_core::schema::Property {
        name: "AllowedInstanceTypes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
        ),
    }],
    rules: &[],
};

static LICENSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.LicenseSpecification",
    properties: &[::forma_core::schema::Property {
        name: "LicenseConfigurationArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(
                "^arn:aws(-[^:]+)?:license-manager:[a-z0-9-]+:[0-9]{12}:license-configuration:[a-zA-Z0-9_-]+$",
            ),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static CAPACITY_RESERVATION_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::CapacityProvider.CapacityReservationTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^cr-[0-9a-z]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationResourceGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:resource-groups:[a-z0-9-]+:[0-9]{12}:group/[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static EPHEMERAL_EBS_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::CapacityProvider.EphemeralEBSVolumeConfiguration",
properties: &[
::forma_core::schema::Property { name: "EbsCardIndex", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: None }) },
::forma_core::schema::Property { name: "Encrypted", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Iops", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(100.0), maximum: Some(256000.0) }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SnapshotId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^snap-[a-f0-9]{8,17}$"), min_length: Some(13), max_length: Some(64) }) },
::forma_core::schema::Property { name: "Throughput", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(125.0), maximum: Some(2000.0) }) },
::forma_core::schema::Property { name: "VolumeInitializationRate", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(100.0), maximum: Some(300.0) }) },
::forma_core::schema::Property { name: "VolumeSize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65536.0) }) },
::forma_core::schema::Property { name: "VolumeType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]) },
],
rules: &[],
};
