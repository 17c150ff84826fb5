// @generated from AWS::EC2::Instance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::Instance` and its property types.

/// Resource Type definition for AWS::EC2::Instance
///
/// CloudFormation type `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    props: ::forma_core::schema::Props,
}
impl Instance {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This property is reserved for internal use.
    #[track_caller]
    pub fn additional_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the instance is associated with a dedicated host.
    #[track_caller]
    pub fn affinity(mut self, value: impl ::forma_core::schema::EnumArg<Affinity>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zone of the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The block device mapping entries that defines the block devices to attach to the instance at launch.
    #[track_caller]
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlockDeviceMapping>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The CPU options for the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cpu_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<CpuOptions>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The credit option for CPU usage of the burstable performance instance.
    #[track_caller]
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CreditSpecification>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you set this parameter to true, you can't terminate the instance using the Amazon EC2 console, CLI, or API; otherwise, you can.
    #[track_caller]
    pub fn disable_api_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the instance is optimized for Amazon EBS I/O.
    #[track_caller]
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An elastic GPU to associate with the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn elastic_gpu_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ElasticGpuSpecification>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An elastic inference accelerator to associate with the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn elastic_inference_accelerators(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ElasticInferenceAccelerator>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the instance is enabled for AWS Nitro Enclaves.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enclave_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<EnclaveOptions>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether an instance is enabled for hibernation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn hibernation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HibernationOptions>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you specify host for the Affinity property, the ID of a dedicated host that the instance is associated with.
    #[track_caller]
    pub fn host_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the host resource group in which to launch the instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn host_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IAM instance profile.
    #[track_caller]
    pub fn iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the AMI.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown).
    #[track_caller]
    pub fn instance_initiated_shutdown_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceInitiatedShutdownBehavior>,
    ) -> Self {
        self.props.set_at(16, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance type.
    #[track_caller]
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [EC2-VPC] The number of IPv6 addresses to associate with the primary network interface.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [EC2-VPC] The IPv6 addresses from the range of the subnet to associate with the primary network interface.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceIpv6Address>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the kernel.
    #[track_caller]
    pub fn kernel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the key pair.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The launch template to use to launch the instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn launch_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The license configurations.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LicenseSpecification>>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata options for the instance
    #[track_caller]
    pub fn metadata_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetadataOptions>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether detailed monitoring is enabled for the instance.
    #[track_caller]
    pub fn monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network interfaces to associate with the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NetworkInterface>>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an existing placement group that you want to launch the instance into (cluster | partition | spread).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn placement_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The options for the instance hostname.
    #[track_caller]
    pub fn private_dns_name_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateDnsNameOptions>>,
    ) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [EC2-VPC] The primary IPv4 address.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to assign the tags from the instance to all of the volumes attached to the instance at launch.
    #[track_caller]
    pub fn propagate_tags_to_volume_on_creation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the RAM disk to select.
    #[track_caller]
    pub fn ramdisk_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the security groups.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// the names of the security groups.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(33, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to enable an instance launched in a VPC to perform NAT.
    #[track_caller]
    pub fn source_dest_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SSM document and parameter values in AWS Systems Manager to associate with this instance.
    #[track_caller]
    pub fn ssm_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SsmAssociation>>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [EC2-VPC] The ID of the subnet to launch the instance into.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(36, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to add to the instance.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tenancy of the instance (if the instance is running in a VPC).
    #[track_caller]
    pub fn tenancy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(38, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user data to make available to the instance.
    #[track_caller]
    pub fn user_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(39, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The volumes to attach to the instance.
    #[track_caller]
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set_at(40, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Instance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Instance {
    type Attributes = InstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::Instance"
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
/// The attributes of a `AWS::EC2::Instance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstanceAttributes {
    /// `Fn::GetAtt` `InstanceId`.
    pub fn instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceId")
    }
    /// `Fn::GetAtt` `PrivateIp`.
    pub fn private_ip(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrivateIp")
    }
    /// `Fn::GetAtt` `PublicDnsName`.
    pub fn public_dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublicDnsName")
    }
    /// `Fn::GetAtt` `PublicIp`.
    pub fn public_ip(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublicIp")
    }
    /// `Fn::GetAtt` `PrivateDnsName`.
    pub fn private_dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrivateDnsName")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `default`, `host`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Affinity {
    /// `default`
    Default,
    /// `host`
    Host,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Affinity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Host => "host",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "host"]
    }
}
impl ::std::convert::From<Affinity> for ::forma_core::Value<Affinity> {
    fn from(v: Affinity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Affinity {}

/// The values CloudFormation documents: `stop`, `terminate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceInitiatedShutdownBehavior {
    /// `stop`
    Stop,
    /// `terminate`
    Terminate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceInitiatedShutdownBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::Terminate => "terminate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["stop", "terminate"]
    }
}
impl ::std::convert::From<InstanceInitiatedShutdownBehavior>
    for ::forma_core::Value<InstanceInitiatedShutdownBehavior>
{
    fn from(v: InstanceInitiatedShutdownBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceInitiatedShutdownBehavior {}

/// The `BlockDeviceMapping` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockDeviceMapping {
    props: ::forma_core::schema::Props,
}
impl BlockDeviceMapping {
    /// A new value with its required properties: `DeviceName`.
    pub fn new(device_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, device_name.into().into_expr());
        Self { props }
    }
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    pub fn ebs(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ebs>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NoDevice`.
    pub fn no_device(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VirtualName`.
    pub fn virtual_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BlockDeviceMapping> for ::forma_core::Value<BlockDeviceMapping> {
    fn from(v: BlockDeviceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_DEVICE_MAPPING_TYPE.properties))
    }
}

/// The CPU options for the instance.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuOptions {
    props: ::forma_core::schema::Props,
}
impl CpuOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CoreCount`.
    pub fn core_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ThreadsPerCore`.
    pub fn threads_per_core(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CpuOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CpuOptions> for ::forma_core::Value<CpuOptions> {
    fn from(v: CpuOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_OPTIONS_TYPE.properties))
    }
}

/// The credit option for CPU usage of the burstable performance instance.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditSpecification {
    props: ::forma_core::schema::Props,
}
impl CreditSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CPUCredits`.
    pub fn cpu_credits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CreditSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CreditSpecification> for ::forma_core::Value<CreditSpecification> {
    fn from(v: CreditSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDIT_SPECIFICATION_TYPE.properties))
    }
}

/// The `ElasticGpuSpecification` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticGpuSpecification {
    props: ::forma_core::schema::Props,
}
impl ElasticGpuSpecification {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ElasticGpuSpecification> for ::forma_core::Value<ElasticGpuSpecification> {
    fn from(v: ElasticGpuSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTIC_GPU_SPECIFICATION_TYPE.properties))
    }
}

/// The `ElasticInferenceAccelerator` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticInferenceAccelerator {
    props: ::forma_core::schema::Props,
}
impl ElasticInferenceAccelerator {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into().into_expr());
        Self { props }
    }
    /// The number of elastic inference accelerators to attach to the instance.
    ///
    /// Allowed: at least 0.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ElasticInferenceAccelerator> for ::forma_core::Value<ElasticInferenceAccelerator> {
    fn from(v: ElasticInferenceAccelerator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTIC_INFERENCE_ACCELERATOR_TYPE.properties))
    }
}

/// Indicates whether the instance is enabled for AWS Nitro Enclaves.
#[derive(Debug, Clone, PartialEq)]
pub struct EnclaveOptions {
    props: ::forma_core::schema::Props,
}
impl EnclaveOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If this parameter is set to true, the instance is enabled for AWS Nitro Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnclaveOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnclaveOptions> for ::forma_core::Value<EnclaveOptions> {
    fn from(v: EnclaveOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCLAVE_OPTIONS_TYPE.properties))
    }
}

/// Indicates whether an instance is enabled for hibernation.
#[derive(Debug, Clone, PartialEq)]
pub struct HibernationOptions {
    props: ::forma_core::schema::Props,
}
impl HibernationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If you set this parameter to true, your instance is enabled for hibernation.
    pub fn configured(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HibernationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HibernationOptions> for ::forma_core::Value<HibernationOptions> {
    fn from(v: HibernationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HIBERNATION_OPTIONS_TYPE.properties))
    }
}

/// The `InstanceIpv6Address` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceIpv6Address {
    props: ::forma_core::schema::Props,
}
impl InstanceIpv6Address {
    /// A new value with its required properties: `Ipv6Address`.
    pub fn new(ipv6_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ipv6_address.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InstanceIpv6Address> for ::forma_core::Value<InstanceIpv6Address> {
    fn from(v: InstanceIpv6Address) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_IPV6_ADDRESS_TYPE.properties))
    }
}

/// The `LaunchTemplateSpecification` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateSpecification {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateSpecification {
    /// A new value with its required properties: `Version`.
    ///
    /// CloudFormation also needs exactly one of `LaunchTemplateName` or `LaunchTemplateId`.
    pub fn new(version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, version.into().into_expr());
        Self { props }
    }
    /// The ID of the launch template.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the launch template.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LaunchTemplateSpecification> for ::forma_core::Value<LaunchTemplateSpecification> {
    fn from(v: LaunchTemplateSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_SPECIFICATION_TYPE.properties))
    }
}

/// The `LicenseSpecification` property type of `AWS::EC2::Instance`.
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

/// The values CloudFormation documents: `disabled`, `enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpEndpoint {
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpEndpoint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disabled", "enabled"]
    }
}
impl ::std::convert::From<HttpEndpoint> for ::forma_core::Value<HttpEndpoint> {
    fn from(v: HttpEndpoint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpEndpoint {}

/// The values CloudFormation documents: `disabled`, `enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpProtocolIpv6 {
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpProtocolIpv6 {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disabled", "enabled"]
    }
}
impl ::std::convert::From<HttpProtocolIpv6> for ::forma_core::Value<HttpProtocolIpv6> {
    fn from(v: HttpProtocolIpv6) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpProtocolIpv6 {}

/// The values CloudFormation documents: `optional`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpTokens {
    /// `optional`
    Optional,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpTokens {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Optional => "optional",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["optional", "required"]
    }
}
impl ::std::convert::From<HttpTokens> for ::forma_core::Value<HttpTokens> {
    fn from(v: HttpTokens) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpTokens {}

/// The values CloudFormation documents: `disabled`, `enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceMetadataTags {
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceMetadataTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disabled", "enabled"]
    }
}
impl ::std::convert::From<InstanceMetadataTags> for ::forma_core::Value<InstanceMetadataTags> {
    fn from(v: InstanceMetadataTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceMetadataTags {}

/// The `MetadataOptions` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataOptions {
    props: ::forma_core::schema::Props,
}
impl MetadataOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables or disables the HTTP metadata endpoint on your instances.
    pub fn http_endpoint(mut self, value: impl ::forma_core::schema::EnumArg<HttpEndpoint>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Enables or disables the IPv6 endpoint for the instance metadata service.
    pub fn http_protocol_ipv6(mut self, value: impl ::forma_core::schema::EnumArg<HttpProtocolIpv6>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The number of network hops that the metadata token can travel.
    ///
    /// Allowed: 1 to 64.
    pub fn http_put_response_hop_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether IMDSv2 is required.
    pub fn http_tokens(mut self, value: impl ::forma_core::schema::EnumArg<HttpTokens>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Indicates whether tags from the instance are propagated to the EBS volumes.
    pub fn instance_metadata_tags(mut self, value: impl ::forma_core::schema::EnumArg<InstanceMetadataTags>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MetadataOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataOptions> for ::forma_core::Value<MetadataOptions> {
    fn from(v: MetadataOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_OPTIONS_TYPE.properties))
    }
}

/// The `NetworkInterface` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterface {
    props: ::forma_core::schema::Props,
}
impl NetworkInterface {
    /// A new value with its required properties: `DeviceIndex`.
    pub fn new(device_index: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, device_index.into().into_expr());
        Self { props }
    }
    /// Not currently supported by AWS CloudFormation.
    pub fn associate_carrier_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether to assign a public IPv4 address to an instance you launch in a VPC.
    pub fn associate_public_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// If set to true, the interface is deleted when the instance is terminated.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The description of the network interface.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies the ENA Express settings for the network interface that's attached to the instance.
    pub fn ena_srd_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnaSrdSpecification>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The IDs of the security groups for the network interface.
    pub fn group_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A number of IPv6 addresses to assign to the network interface.
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The IPv6 addresses associated with the network interface.
    pub fn ipv6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceIpv6Address>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The ID of the network interface.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The private IPv4 address of the network interface.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// One or more private IPv4 addresses to assign to the network interface.
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateIpAddressSpecification>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The number of secondary private IPv4 addresses.
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The ID of the subnet.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetworkInterface> for ::forma_core::Value<NetworkInterface> {
    fn from(v: NetworkInterface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ip-name`, `resource-name`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostnameType {
    /// `ip-name`
    IpName,
    /// `resource-name`
    ResourceName,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HostnameType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IpName => "ip-name",
            Self::ResourceName => "resource-name",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ip-name", "resource-name"]
    }
}
impl ::std::convert::From<HostnameType> for ::forma_core::Value<HostnameType> {
    fn from(v: HostnameType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HostnameType {}

/// The `PrivateDnsNameOptions` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateDnsNameOptions {
    props: ::forma_core::schema::Props,
}
impl PrivateDnsNameOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records.
    pub fn enable_resource_name_dns_aaaa_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
    pub fn enable_resource_name_dns_a_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of hostnames to assign to instances in the subnet at launch.
    pub fn hostname_type(mut self, value: impl ::forma_core::schema::EnumArg<HostnameType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PrivateDnsNameOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateDnsNameOptions> for ::forma_core::Value<PrivateDnsNameOptions> {
    fn from(v: PrivateDnsNameOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_DNS_NAME_OPTIONS_TYPE.properties))
    }
}

/// The `SsmAssociation` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmAssociation {
    props: ::forma_core::schema::Props,
}
impl SsmAssociation {
    /// A new value with its required properties: `DocumentName`.
    pub fn new(document_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, document_name.into().into_expr());
        Self { props }
    }
    /// The input parameter values to use with the associated SSM document.
    pub fn association_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssociationParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SsmAssociation> for ::forma_core::Value<SsmAssociation> {
    fn from(v: SsmAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_ASSOCIATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::Instance`.
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

/// The `Volume` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    props: ::forma_core::schema::Props,
}
impl Volume {
    /// A new value with its required properties: `Device`, `VolumeId`.
    pub fn new(
        device: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, device.into().into_expr());
        props.set(1, volume_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Volume> for ::forma_core::Value<Volume> {
    fn from(v: Volume) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_TYPE.properties))
    }
}

/// The values CloudFormation documents: `gp2`, `gp3`, `io1`, `io2`, `sc1`, `st1`, `standard`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeType {
    /// `gp2`
    Gp2,
    /// `gp3`
    Gp3,
    /// `io1`
    Io1,
    /// `io2`
    Io2,
    /// `sc1`
    Sc1,
    /// `st1`
    St1,
    /// `standard`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VolumeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gp2 => "gp2",
            Self::Gp3 => "gp3",
            Self::Io1 => "io1",
            Self::Io2 => "io2",
            Self::Sc1 => "sc1",
            Self::St1 => "st1",
            Self::Standard => "standard",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["gp2", "gp3", "io1", "io2", "sc1", "st1", "standard"]
    }
}
impl ::std::convert::From<VolumeType> for ::forma_core::Value<VolumeType> {
    fn from(v: VolumeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VolumeType {}

/// The `Ebs` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ebs {
    props: ::forma_core::schema::Props,
}
impl Ebs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the EBS volume is deleted on instance termination.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the volume should be encrypted.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of I/O operations per second (IOPS).
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The identifier of the AWS Key Management Service (AWS KMS) customer managed CMK to use for Amazon EBS encryption.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ID of the snapshot.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The size of the volume, in GiBs.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The volume type.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Ebs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ebs> for ::forma_core::Value<Ebs> {
    fn from(v: Ebs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_TYPE.properties))
    }
}

/// Specifies the ENA Express settings for the network interface that's attached to the instance.
#[derive(Debug, Clone, PartialEq)]
pub struct EnaSrdSpecification {
    props: ::forma_core::schema::Props,
}
impl EnaSrdSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether ENA Express is enabled for the network interface when you launch an instance.
    pub fn ena_srd_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains ENA Express settings for UDP network traffic for the network interface that's attached to the instance.
    pub fn ena_srd_udp_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnaSrdUdpSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnaSrdSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnaSrdSpecification> for ::forma_core::Value<EnaSrdSpecification> {
    fn from(v: EnaSrdSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENA_SRD_SPECIFICATION_TYPE.properties))
    }
}

/// The `PrivateIpAddressSpecification` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateIpAddressSpecification {
    props: ::forma_core::schema::Props,
}
impl PrivateIpAddressSpecification {
    /// A new value with its required properties: `Primary`, `PrivateIpAddress`.
    pub fn new(
        primary: impl ::std::convert::Into<::forma_core::Value<bool>>,
        private_ip_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, primary.into().into_expr());
        props.set(1, private_ip_address.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrivateIpAddressSpecification> for ::forma_core::Value<PrivateIpAddressSpecification> {
    fn from(v: PrivateIpAddressSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE.properties))
    }
}

/// The `AssociationParameter` property type of `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociationParameter {
    props: ::forma_core::schema::Props,
}
impl AssociationParameter {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssociationParameter> for ::forma_core::Value<AssociationParameter> {
    fn from(v: AssociationParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATION_PARAMETER_TYPE.properties))
    }
}

/// Contains ENA Express settings for UDP network traffic for the network interface that's attached to the instance.
#[derive(Debug, Clone, PartialEq)]
pub struct EnaSrdUdpSpecification {
    props: ::forma_core::schema::Props,
}
impl EnaSrdUdpSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether UDP traffic uses ENA Express for your instance.
    pub fn ena_srd_udp_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnaSrdUdpSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnaSrdUdpSpecification> for ::forma_core::Value<EnaSrdUdpSpecification> {
    fn from(v: EnaSrdUdpSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENA_SRD_UDP_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::Instance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::Instance",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Affinity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["default", "host"]),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BlockDeviceMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BLOCK_DEVICE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CpuOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CPU_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreditSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREDIT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableApiTermination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EbsOptimized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ElasticGpuSpecifications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ELASTIC_GPU_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ElasticInferenceAccelerators",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ELASTIC_INFERENCE_ACCELERATOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnclaveOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCLAVE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HibernationOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&HIBERNATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HostId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostResourceGroupArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IamInstanceProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceInitiatedShutdownBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["stop", "terminate"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv6AddressCount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Addresses",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_IPV6_ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "KernelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LicenseSpecifications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LICENSE_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetadataOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Monitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaces",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlacementGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsNameOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_DNS_NAME_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PropagateTagsToVolumeOnCreation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RamdiskId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceDestCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SsmAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SSM_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "Tenancy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::Excludes("NetworkInterfaces", &["SubnetId"]),
        ::forma_core::schema::Combination::Excludes("SubnetId", &["NetworkInterfaces"]),
    ],
    attributes: &["InstanceId", "PrivateIp", "PublicDnsName", "PublicIp", "PrivateDnsName", "VpcId", "State"],
};

static BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.BlockDeviceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ebs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "VirtualName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["VirtualName"], &["Ebs"], &["NoDevice"]])],
};

static CPU_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.CpuOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoreCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThreadsPerCore",
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

static CREDIT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.CreditSpecification",
    properties: &[::forma_core::schema::Property {
        name: "CPUCredits",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ELASTIC_GPU_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.ElasticGpuSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ELASTIC_INFERENCE_ACCELERATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.ElasticInferenceAccelerator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENCLAVE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.EnclaveOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static HIBERNATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.HibernationOptions",
    properties: &[::forma_core::schema::Property {
        name: "Configured",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static INSTANCE_IPV6_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.InstanceIpv6Address",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Address",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static LAUNCH_TEMPLATE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.LaunchTemplateSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["LaunchTemplateName", "Version"],
        &["LaunchTemplateId", "Version"],
    ])],
};

static LICENSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.LicenseSpecification",
    properties: &[::forma_core::schema::Property {
        name: "LicenseConfigurationArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static METADATA_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.MetadataOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disabled", "enabled"]),
        },
        ::forma_core::schema::Property {
            name: "HttpProtocolIpv6",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disabled", "enabled"]),
        },
        ::forma_core::schema::Property {
            name: "HttpPutResponseHopLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(64.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpTokens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["optional", "required"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceMetadataTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disabled", "enabled"]),
        },
    ],
    rules: &[],
};

static NETWORK_INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.NetworkInterface",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociateCarrierIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AssociatePublicIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeleteOnTermination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceIndex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnaSrdSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENA_SRD_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GroupSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ipv6AddressCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Addresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_IPV6_ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecondaryPrivateIpAddressCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::Excludes("AssociateCarrierIpAddress", &["NetworkInterfaceId"]),
        ::forma_core::schema::Combination::Excludes("AssociatePublicIpAddress", &["NetworkInterfaceId"]),
        ::forma_core::schema::Combination::Excludes(
            "NetworkInterfaceId",
            &["AssociateCarrierIpAddress", "AssociatePublicIpAddress"],
        ),
    ],
};

static PRIVATE_DNS_NAME_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.PrivateDnsNameOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableResourceNameDnsAAAARecord",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableResourceNameDnsARecord",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HostnameType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ip-name", "resource-name"]),
        },
    ],
    rules: &[],
};

static SSM_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.SsmAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociationParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSOCIATION_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DocumentName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.Tag",
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

static VOLUME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.Volume",
    properties: &[
        ::forma_core::schema::Property {
            name: "Device",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VolumeId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EBS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.Ebs",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteOnTermination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Encrypted",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VolumeSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["gp2", "gp3", "io1", "io2", "sc1", "st1", "standard"]),
        },
    ],
    rules: &[],
};

static ENA_SRD_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.EnaSrdSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnaSrdEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnaSrdUdpSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENA_SRD_UDP_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.PrivateIpAddressSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Primary",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ASSOCIATION_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.AssociationParameter",
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
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ENA_SRD_UDP_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Instance.EnaSrdUdpSpecification",
    properties: &[::forma_core::schema::Property {
        name: "EnaSrdUdpEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
