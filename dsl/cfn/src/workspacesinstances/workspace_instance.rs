// @generated from AWS::WorkspacesInstances::WorkspaceInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkspacesInstances::WorkspaceInstance` and its property types.

/// Resource Type definition for AWS::WorkspacesInstances::WorkspaceInstance
///
/// CloudFormation type `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceInstance {
    props: ::forma_core::schema::Props,
}
impl WorkspaceInstance {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ManagedInstance`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn managed_instance(mut self, value: impl ::std::convert::Into<::forma_core::Value<ManagedInstance>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for WorkspaceInstance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for WorkspaceInstance {
    type Attributes = WorkspaceInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkspacesInstances::WorkspaceInstance"
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
/// The attributes of a `AWS::WorkspacesInstances::WorkspaceInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspaceInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspaceInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspaceInstanceAttributes {
    /// `Fn::GetAtt` `WorkspaceInstanceId`.
    pub fn workspace_instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkspaceInstanceId")
    }
    /// `Fn::GetAtt` `ProvisionState`.
    pub fn provision_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProvisionState")
    }
    /// `Fn::GetAtt` `EC2ManagedInstance`.
    pub fn ec2_managed_instance(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EC2ManagedInstance")
    }
    /// `Fn::GetAtt` `EC2ManagedInstance.InstanceId`.
    pub fn ec2_managed_instance_instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EC2ManagedInstance.InstanceId")
    }
}

/// The `ManagedInstance` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstance {
    props: ::forma_core::schema::Props,
}
impl ManagedInstance {
    /// A new value with its required properties: `ImageId`, `InstanceType`.
    pub fn new(
        image_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(10, image_id.into().into_expr());
        props.set(11, instance_type.into().into_expr());
        Self { props }
    }
    /// `BlockDeviceMappings`.
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlockDeviceMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CapacityReservationSpecification`.
    pub fn capacity_reservation_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CpuOptions`.
    pub fn cpu_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<CpuOptionsRequest>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CreditSpecification`.
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CreditSpecificationRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DisableApiStop`.
    pub fn disable_api_stop(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EbsOptimized`.
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `EnablePrimaryIpv6`.
    pub fn enable_primary_ipv6(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EnclaveOptions`.
    pub fn enclave_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnclaveOptionsRequest>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `HibernationOptions`.
    pub fn hibernation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HibernationOptionsRequest>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `IamInstanceProfile`.
    pub fn iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamInstanceProfileSpecification>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Ipv6AddressCount`.
    ///
    /// Allowed: at least 0.
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `KeyName`.
    ///
    /// Allowed: length 0 to 64.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `LicenseSpecifications`.
    pub fn license_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LicenseConfigurationRequest>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `MaintenanceOptions`.
    pub fn maintenance_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMaintenanceOptionsRequest>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `MetadataOptions`.
    pub fn metadata_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMetadataOptionsRequest>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Monitoring`.
    pub fn monitoring(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RunInstancesMonitoringEnabled>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `NetworkInterfaces`.
    pub fn network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceNetworkInterfaceSpecification>>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `NetworkPerformanceOptions`.
    pub fn network_performance_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceNetworkPerformanceOptionsRequest>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `Placement`.
    pub fn placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<Placement>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `PrivateDnsNameOptions`.
    pub fn private_dns_name_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateDnsNameOptionsRequest>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `TagSpecifications`.
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagSpecification>>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `UserData`.
    ///
    /// Allowed: length 0 to 16000.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ManagedInstance> for ::forma_core::Value<ManagedInstance> {
    fn from(v: ManagedInstance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
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

/// The `BlockDeviceMapping` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockDeviceMapping {
    props: ::forma_core::schema::Props,
}
impl BlockDeviceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeviceName`.
    ///
    /// Allowed: length 0 to 32.
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Ebs`.
    pub fn ebs(mut self, value: impl ::std::convert::Into<::forma_core::Value<EbsBlockDevice>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NoDevice`.
    ///
    /// Allowed: length 0 to 32.
    pub fn no_device(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
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
impl ::std::default::Default for BlockDeviceMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlockDeviceMapping> for ::forma_core::Value<BlockDeviceMapping> {
    fn from(v: BlockDeviceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_DEVICE_MAPPING_TYPE.properties))
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

/// The `CapacityReservationSpecification` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationSpecification {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityReservationPreference`.
    pub fn capacity_reservation_preference(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapacityReservationPreference>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CapacityReservationTarget`.
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

/// The `CpuOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl CpuOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CoreCount`.
    ///
    /// Allowed: at least 0.
    pub fn core_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ThreadsPerCore`.
    ///
    /// Allowed: at least 0.
    pub fn threads_per_core(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CpuOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CpuOptionsRequest> for ::forma_core::Value<CpuOptionsRequest> {
    fn from(v: CpuOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `standard`, `unlimited`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuCredits {
    /// `standard`
    Standard,
    /// `unlimited`
    Unlimited,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CpuCredits {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Unlimited => "unlimited",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard", "unlimited"]
    }
}
impl ::std::convert::From<CpuCredits> for ::forma_core::Value<CpuCredits> {
    fn from(v: CpuCredits) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CpuCredits {}

/// The `CreditSpecificationRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditSpecificationRequest {
    props: ::forma_core::schema::Props,
}
impl CreditSpecificationRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CpuCredits`.
    pub fn cpu_credits(mut self, value: impl ::forma_core::schema::EnumArg<CpuCredits>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CreditSpecificationRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CreditSpecificationRequest> for ::forma_core::Value<CreditSpecificationRequest> {
    fn from(v: CreditSpecificationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDIT_SPECIFICATION_REQUEST_TYPE.properties))
    }
}

/// The `EnclaveOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnclaveOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl EnclaveOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnclaveOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnclaveOptionsRequest> for ::forma_core::Value<EnclaveOptionsRequest> {
    fn from(v: EnclaveOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCLAVE_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The `HibernationOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct HibernationOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl HibernationOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Configured`.
    pub fn configured(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HibernationOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HibernationOptionsRequest> for ::forma_core::Value<HibernationOptionsRequest> {
    fn from(v: HibernationOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HIBERNATION_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The `IamInstanceProfileSpecification` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct IamInstanceProfileSpecification {
    props: ::forma_core::schema::Props,
}
impl IamInstanceProfileSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 0 to 64.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamInstanceProfileSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamInstanceProfileSpecification> for ::forma_core::Value<IamInstanceProfileSpecification> {
    fn from(v: IamInstanceProfileSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_INSTANCE_PROFILE_SPECIFICATION_TYPE.properties))
    }
}

/// The `LicenseConfigurationRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseConfigurationRequest {
    props: ::forma_core::schema::Props,
}
impl LicenseConfigurationRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LicenseConfigurationArn`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn license_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LicenseConfigurationRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LicenseConfigurationRequest> for ::forma_core::Value<LicenseConfigurationRequest> {
    fn from(v: LicenseConfigurationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_CONFIGURATION_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `disabled`, `default`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoRecovery {
    /// `disabled`
    Disabled,
    /// `default`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoRecovery {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Default => "default",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disabled", "default"]
    }
}
impl ::std::convert::From<AutoRecovery> for ::forma_core::Value<AutoRecovery> {
    fn from(v: AutoRecovery) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoRecovery {}

/// The `InstanceMaintenanceOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMaintenanceOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl InstanceMaintenanceOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoRecovery`.
    pub fn auto_recovery(mut self, value: impl ::forma_core::schema::EnumArg<AutoRecovery>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InstanceMaintenanceOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceMaintenanceOptionsRequest>
    for ::forma_core::Value<InstanceMaintenanceOptionsRequest>
{
    fn from(v: InstanceMaintenanceOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_MAINTENANCE_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpEndpoint {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpEndpoint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enabled", "disabled"]
    }
}
impl ::std::convert::From<HttpEndpoint> for ::forma_core::Value<HttpEndpoint> {
    fn from(v: HttpEndpoint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpEndpoint {}

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpProtocolIpv6 {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpProtocolIpv6 {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enabled", "disabled"]
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

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceMetadataTags {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceMetadataTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enabled", "disabled"]
    }
}
impl ::std::convert::From<InstanceMetadataTags> for ::forma_core::Value<InstanceMetadataTags> {
    fn from(v: InstanceMetadataTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceMetadataTags {}

/// The `InstanceMetadataOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMetadataOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl InstanceMetadataOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HttpEndpoint`.
    pub fn http_endpoint(mut self, value: impl ::forma_core::schema::EnumArg<HttpEndpoint>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `HttpProtocolIpv6`.
    pub fn http_protocol_ipv6(mut self, value: impl ::forma_core::schema::EnumArg<HttpProtocolIpv6>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `HttpPutResponseHopLimit`.
    ///
    /// Allowed: 1 to 64.
    pub fn http_put_response_hop_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HttpTokens`.
    pub fn http_tokens(mut self, value: impl ::forma_core::schema::EnumArg<HttpTokens>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `InstanceMetadataTags`.
    pub fn instance_metadata_tags(mut self, value: impl ::forma_core::schema::EnumArg<InstanceMetadataTags>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InstanceMetadataOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceMetadataOptionsRequest> for ::forma_core::Value<InstanceMetadataOptionsRequest> {
    fn from(v: InstanceMetadataOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_METADATA_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The `RunInstancesMonitoringEnabled` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInstancesMonitoringEnabled {
    props: ::forma_core::schema::Props,
}
impl RunInstancesMonitoringEnabled {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RunInstancesMonitoringEnabled {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RunInstancesMonitoringEnabled> for ::forma_core::Value<RunInstancesMonitoringEnabled> {
    fn from(v: RunInstancesMonitoringEnabled) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUN_INSTANCES_MONITORING_ENABLED_TYPE.properties))
    }
}

/// The `InstanceNetworkInterfaceSpecification` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceNetworkInterfaceSpecification {
    props: ::forma_core::schema::Props,
}
impl InstanceNetworkInterfaceSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeviceIndex`.
    ///
    /// Allowed: at least 0.
    pub fn device_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Groups`.
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceNetworkInterfaceSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceNetworkInterfaceSpecification>
    for ::forma_core::Value<InstanceNetworkInterfaceSpecification>
{
    fn from(v: InstanceNetworkInterfaceSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_NETWORK_INTERFACE_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `vpc-1`, `ebs-1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BandwidthWeighting {
    /// `default`
    Default,
    /// `vpc-1`
    Vpc1,
    /// `ebs-1`
    Ebs1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BandwidthWeighting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Vpc1 => "vpc-1",
            Self::Ebs1 => "ebs-1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "vpc-1", "ebs-1"]
    }
}
impl ::std::convert::From<BandwidthWeighting> for ::forma_core::Value<BandwidthWeighting> {
    fn from(v: BandwidthWeighting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BandwidthWeighting {}

/// The `InstanceNetworkPerformanceOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceNetworkPerformanceOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl InstanceNetworkPerformanceOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BandwidthWeighting`.
    pub fn bandwidth_weighting(mut self, value: impl ::forma_core::schema::EnumArg<BandwidthWeighting>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InstanceNetworkPerformanceOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceNetworkPerformanceOptionsRequest>
    for ::forma_core::Value<InstanceNetworkPerformanceOptionsRequest>
{
    fn from(v: InstanceNetworkPerformanceOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_NETWORK_PERFORMANCE_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `dedicated`, `host`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tenancy {
    /// `default`
    Default,
    /// `dedicated`
    Dedicated,
    /// `host`
    Host,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tenancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Dedicated => "dedicated",
            Self::Host => "host",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "dedicated", "host"]
    }
}
impl ::std::convert::From<Tenancy> for ::forma_core::Value<Tenancy> {
    fn from(v: Tenancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tenancy {}

/// The `Placement` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    props: ::forma_core::schema::Props,
}
impl Placement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailabilityZone`.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GroupId`.
    pub fn group_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `GroupName`.
    ///
    /// Allowed: length 0 to 255.
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PartitionNumber`.
    ///
    /// Allowed: at least 0.
    pub fn partition_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Tenancy`.
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Placement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Placement> for ::forma_core::Value<Placement> {
    fn from(v: Placement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_TYPE.properties))
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

/// The `PrivateDnsNameOptionsRequest` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateDnsNameOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl PrivateDnsNameOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnableResourceNameDnsAAAARecord`.
    pub fn enable_resource_name_dns_aaaa_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableResourceNameDnsARecord`.
    pub fn enable_resource_name_dns_a_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HostnameType`.
    pub fn hostname_type(mut self, value: impl ::forma_core::schema::EnumArg<HostnameType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PrivateDnsNameOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateDnsNameOptionsRequest> for ::forma_core::Value<PrivateDnsNameOptionsRequest> {
    fn from(v: PrivateDnsNameOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_DNS_NAME_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `instance`, `volume`, `spot-instances-request`, `network-interface`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `instance`
    Instance,
    /// `volume`
    Volume,
    /// `spot-instances-request`
    SpotInstancesRequest,
    /// `network-interface`
    NetworkInterface,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Volume => "volume",
            Self::SpotInstancesRequest => "spot-instances-request",
            Self::NetworkInterface => "network-interface",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["instance", "volume", "spot-instances-request", "network-interface"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The `TagSpecification` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagSpecification {
    props: ::forma_core::schema::Props,
}
impl TagSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResourceType`.
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagSpecification> for ::forma_core::Value<TagSpecification> {
    fn from(v: TagSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_SPECIFICATION_TYPE.properties))
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

/// The `EbsBlockDevice` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsBlockDevice {
    props: ::forma_core::schema::Props,
}
impl EbsBlockDevice {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Encrypted`.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Iops`.
    ///
    /// Allowed: at least 0.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 0 to 128.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Throughput`.
    ///
    /// Allowed: at least 0.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `VolumeSize`.
    ///
    /// Allowed: at least 0.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `VolumeType`.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EbsBlockDevice {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsBlockDevice> for ::forma_core::Value<EbsBlockDevice> {
    fn from(v: EbsBlockDevice) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_BLOCK_DEVICE_TYPE.properties))
    }
}

/// The `CapacityReservationTarget` property type of `AWS::WorkspacesInstances::WorkspaceInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationTarget {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityReservationId`.
    ///
    /// Allowed: length 0 to 128.
    pub fn capacity_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CapacityReservationResourceGroupArn`.
    ///
    /// Allowed: length 0 to 2048.
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

/// The schema of `AWS::WorkspacesInstances::WorkspaceInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkspacesInstances::WorkspaceInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedInstance",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
    attributes: &["WorkspaceInstanceId", "ProvisionState", "EC2ManagedInstance", "EC2ManagedInstance.InstanceId"],
};

static MANAGED_INSTANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.ManagedInstance",
    properties: &[
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
            name: "CapacityReservationSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CpuOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CPU_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreditSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREDIT_SPECIFICATION_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableApiStop",
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
            name: "EnablePrimaryIpv6",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnclaveOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCLAVE_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HibernationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HIBERNATION_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IamInstanceProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_INSTANCE_PROFILE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ami-[0-9a-zA-Z]{1,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z0-9-]+)\\.([a-z0-9]+)$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6AddressCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LicenseSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LICENSE_CONFIGURATION_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_MAINTENANCE_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetadataOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_METADATA_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Monitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUN_INSTANCES_MONITORING_ENABLED_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_NETWORK_INTERFACE_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkPerformanceOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_NETWORK_PERFORMANCE_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Placement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PLACEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsNameOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_DNS_NAME_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^subnet-[0-9a-zA-Z]{1,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(16000),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.BlockDeviceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Ebs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_BLOCK_DEVICE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "VirtualName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ephemeral(0|[1-9][0-9]{0,2})$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CAPACITY_RESERVATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkspacesInstances::WorkspaceInstance.CapacityReservationSpecification",
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

static CPU_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.CpuOptionsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoreCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThreadsPerCore",
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

static CREDIT_SPECIFICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.CreditSpecificationRequest",
    properties: &[::forma_core::schema::Property {
        name: "CpuCredits",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["standard", "unlimited"]),
    }],
    rules: &[],
};

static ENCLAVE_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.EnclaveOptionsRequest",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static HIBERNATION_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.HibernationOptionsRequest",
    properties: &[::forma_core::schema::Property {
        name: "Configured",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static IAM_INSTANCE_PROFILE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkspacesInstances::WorkspaceInstance.IamInstanceProfileSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "Arn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:.*"),
                    min_length: Some(0),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(64),
                }),
            },
        ],
        rules: &[],
    };

static LICENSE_CONFIGURATION_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.LicenseConfigurationRequest",
    properties: &[::forma_core::schema::Property {
        name: "LicenseConfigurationArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*"),
            min_length: Some(0),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static INSTANCE_MAINTENANCE_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkspacesInstances::WorkspaceInstance.InstanceMaintenanceOptionsRequest",
        properties: &[::forma_core::schema::Property {
            name: "AutoRecovery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disabled", "default"]),
        }],
        rules: &[],
    };

static INSTANCE_METADATA_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkspacesInstances::WorkspaceInstance.InstanceMetadataOptionsRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "HttpEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
            },
            ::forma_core::schema::Property {
                name: "HttpProtocolIpv6",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
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
                shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
            },
        ],
        rules: &[],
    };

static RUN_INSTANCES_MONITORING_ENABLED_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.RunInstancesMonitoringEnabled",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static INSTANCE_NETWORK_INTERFACE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkspacesInstances::WorkspaceInstance.InstanceNetworkInterfaceSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "Description",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S\\s]*$"),
                    min_length: Some(0),
                    max_length: Some(1000),
                }),
            },
            ::forma_core::schema::Property {
                name: "DeviceIndex",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Groups",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^sg-[0-9a-zA-Z]{1,63}$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SubnetId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{1,63}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };

static INSTANCE_NETWORK_PERFORMANCE_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkspacesInstances::WorkspaceInstance.InstanceNetworkPerformanceOptionsRequest",
        properties: &[::forma_core::schema::Property {
            name: "BandwidthWeighting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["default", "vpc-1", "ebs-1"]),
        }],
        rules: &[],
    };

static PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.Placement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]{2}-[a-z]+-\\d[a-z](-[a-z0-9]+)?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^pg-[0-9a-zA-Z]{1,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartitionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tenancy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["default", "dedicated", "host"]),
        },
    ],
    rules: &[],
};

static PRIVATE_DNS_NAME_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.PrivateDnsNameOptionsRequest",
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

static TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.TagSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "instance",
                "volume",
                "spot-instances-request",
                "network-interface",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
    ],
    rules: &[],
};

static EBS_BLOCK_DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.EbsBlockDevice",
    properties: &[
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
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Throughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]),
        },
    ],
    rules: &[],
};

static CAPACITY_RESERVATION_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkspacesInstances::WorkspaceInstance.CapacityReservationTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationResourceGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
