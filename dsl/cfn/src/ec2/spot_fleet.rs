// @generated from AWS::EC2::SpotFleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SpotFleet` and its property types.

/// Resource Type definition for AWS::EC2::SpotFleet
///
/// CloudFormation type `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotFleet {
    props: ::forma_core::schema::Props,
}
impl SpotFleet {
    /// A new resource with its required properties: `SpotFleetRequestConfigData`.
    #[track_caller]
    pub fn new(
        spot_fleet_request_config_data: impl ::std::convert::Into<::forma_core::Value<SpotFleetRequestConfigData>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, spot_fleet_request_config_data.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags to specify in SpotFleetRequestConfigData
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SpotFleet {
    type Attributes = SpotFleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SpotFleet"
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
/// The attributes of a `AWS::EC2::SpotFleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SpotFleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SpotFleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SpotFleetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `capacityOptimized`, `capacityOptimizedPrioritized`, `diversified`, `lowestPrice`, `priceCapacityOptimized`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllocationStrategy {
    /// `capacityOptimized`
    CapacityOptimized,
    /// `capacityOptimizedPrioritized`
    CapacityOptimizedPrioritized,
    /// `diversified`
    Diversified,
    /// `lowestPrice`
    LowestPrice,
    /// `priceCapacityOptimized`
    PriceCapacityOptimized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllocationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityOptimized => "capacityOptimized",
            Self::CapacityOptimizedPrioritized => "capacityOptimizedPrioritized",
            Self::Diversified => "diversified",
            Self::LowestPrice => "lowestPrice",
            Self::PriceCapacityOptimized => "priceCapacityOptimized",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["capacityOptimized", "capacityOptimizedPrioritized", "diversified", "lowestPrice", "priceCapacityOptimized"]
    }
}
impl ::std::convert::From<AllocationStrategy> for ::forma_core::Value<AllocationStrategy> {
    fn from(v: AllocationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllocationStrategy {}

/// The values CloudFormation documents: `Default`, `NoTermination`, `default`, `noTermination`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExcessCapacityTerminationPolicy {
    /// `Default`
    Default,
    /// `NoTermination`
    NoTermination,
    /// `default`
    Default_,
    /// `noTermination`
    NoTermination_,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExcessCapacityTerminationPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::NoTermination => "NoTermination",
            Self::Default_ => "default",
            Self::NoTermination_ => "noTermination",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Default", "NoTermination", "default", "noTermination"]
    }
}
impl ::std::convert::From<ExcessCapacityTerminationPolicy> for ::forma_core::Value<ExcessCapacityTerminationPolicy> {
    fn from(v: ExcessCapacityTerminationPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExcessCapacityTerminationPolicy {}

/// The values CloudFormation documents: `hibernate`, `stop`, `terminate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceInterruptionBehavior {
    /// `hibernate`
    Hibernate,
    /// `stop`
    Stop,
    /// `terminate`
    Terminate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceInterruptionBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hibernate => "hibernate",
            Self::Stop => "stop",
            Self::Terminate => "terminate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["hibernate", "stop", "terminate"]
    }
}
impl ::std::convert::From<InstanceInterruptionBehavior> for ::forma_core::Value<InstanceInterruptionBehavior> {
    fn from(v: InstanceInterruptionBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceInterruptionBehavior {}

/// The values CloudFormation documents: `vcpu`, `memory-mib`, `units`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetCapacityUnitType {
    /// `vcpu`
    Vcpu,
    /// `memory-mib`
    MemoryMib,
    /// `units`
    Units,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetCapacityUnitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vcpu => "vcpu",
            Self::MemoryMib => "memory-mib",
            Self::Units => "units",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["vcpu", "memory-mib", "units"]
    }
}
impl ::std::convert::From<TargetCapacityUnitType> for ::forma_core::Value<TargetCapacityUnitType> {
    fn from(v: TargetCapacityUnitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetCapacityUnitType {}

/// The values CloudFormation documents: `maintain`, `request`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `maintain`
    Maintain,
    /// `request`
    Request,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Maintain => "maintain",
            Self::Request => "request",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["maintain", "request"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `SpotFleetRequestConfigData` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotFleetRequestConfigData {
    props: ::forma_core::schema::Props,
}
impl SpotFleetRequestConfigData {
    /// A new value with its required properties: `IamFleetRole`, `TargetCapacity`.
    pub fn new(
        iam_fleet_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, iam_fleet_role.into().into_expr());
        props.set(17, target_capacity.into().into_expr());
        Self { props }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(mut self, value: impl ::forma_core::schema::EnumArg<AllocationStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Context`.
    pub fn context(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExcessCapacityTerminationPolicy`.
    pub fn excess_capacity_termination_policy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ExcessCapacityTerminationPolicy>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `InstanceInterruptionBehavior`.
    pub fn instance_interruption_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceInterruptionBehavior>,
    ) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `InstancePoolsToUseCount`.
    pub fn instance_pools_to_use_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `LaunchSpecifications`.
    pub fn launch_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SpotFleetLaunchSpecification>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `LaunchTemplateConfigs`.
    pub fn launch_template_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchTemplateConfig>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `LoadBalancersConfig`.
    pub fn load_balancers_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoadBalancersConfig>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `OnDemandAllocationStrategy`.
    pub fn on_demand_allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `OnDemandMaxTotalPrice`.
    pub fn on_demand_max_total_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `OnDemandTargetCapacity`.
    pub fn on_demand_target_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ReplaceUnhealthyInstances`.
    pub fn replace_unhealthy_instances(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `SpotMaintenanceStrategies`.
    pub fn spot_maintenance_strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpotMaintenanceStrategies>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `SpotMaxTotalPrice`.
    pub fn spot_max_total_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SpotPrice`.
    pub fn spot_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TagSpecifications`.
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SpotFleetTagSpecification>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `TargetCapacityUnitType`.
    pub fn target_capacity_unit_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TargetCapacityUnitType>,
    ) -> Self {
        self.props.set(18, value.into_enum_expr());
        self
    }
    /// `TerminateInstancesWithExpiration`.
    pub fn terminate_instances_with_expiration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(20, value.into_enum_expr());
        self
    }
    /// `ValidFrom`.
    pub fn valid_from(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `ValidUntil`.
    pub fn valid_until(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SpotFleetRequestConfigData> for ::forma_core::Value<SpotFleetRequestConfigData> {
    fn from(v: SpotFleetRequestConfigData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_FLEET_REQUEST_CONFIG_DATA_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::SpotFleet`.
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

/// The `SpotFleetLaunchSpecification` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotFleetLaunchSpecification {
    props: ::forma_core::schema::Props,
}
impl SpotFleetLaunchSpecification {
    /// A new value with its required properties: `ImageId`.
    pub fn new(image_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, image_id.into().into_expr());
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
    /// `EbsOptimized`.
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IamInstanceProfile`.
    pub fn iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamInstanceProfileSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InstanceRequirements`.
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirementsRequest>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `KernelId`.
    pub fn kernel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `KeyName`.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Monitoring`.
    pub fn monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpotFleetMonitoring>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `NetworkInterfaces`.
    pub fn network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceNetworkInterfaceSpecification>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Placement`.
    pub fn placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpotPlacement>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `RamdiskId`.
    pub fn ramdisk_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupIdentifier>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `SpotPrice`.
    pub fn spot_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TagSpecifications`.
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SpotFleetTagSpecification>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `WeightedCapacity`.
    pub fn weighted_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SpotFleetLaunchSpecification> for ::forma_core::Value<SpotFleetLaunchSpecification> {
    fn from(v: SpotFleetLaunchSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_FLEET_LAUNCH_SPECIFICATION_TYPE.properties))
    }
}

/// The `LaunchTemplateConfig` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateConfig {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LaunchTemplateSpecification`.
    pub fn launch_template_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FleetLaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Overrides`.
    pub fn overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchTemplateOverrides>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateConfig> for ::forma_core::Value<LaunchTemplateConfig> {
    fn from(v: LaunchTemplateConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_CONFIG_TYPE.properties))
    }
}

/// The `LoadBalancersConfig` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancersConfig {
    props: ::forma_core::schema::Props,
}
impl LoadBalancersConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClassicLoadBalancersConfig`.
    pub fn classic_load_balancers_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClassicLoadBalancersConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TargetGroupsConfig`.
    pub fn target_groups_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetGroupsConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBalancersConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBalancersConfig> for ::forma_core::Value<LoadBalancersConfig> {
    fn from(v: LoadBalancersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BALANCERS_CONFIG_TYPE.properties))
    }
}

/// The `SpotMaintenanceStrategies` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotMaintenanceStrategies {
    props: ::forma_core::schema::Props,
}
impl SpotMaintenanceStrategies {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityRebalance`.
    pub fn capacity_rebalance(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpotCapacityRebalance>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpotMaintenanceStrategies {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotMaintenanceStrategies> for ::forma_core::Value<SpotMaintenanceStrategies> {
    fn from(v: SpotMaintenanceStrategies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_MAINTENANCE_STRATEGIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `client-vpn-endpoint`, `customer-gateway`, `dedicated-host`, `dhcp-options`, `egress-only-internet-gateway`, `elastic-gpu`, `elastic-ip`, `export-image-task`, `export-instance-task`, `fleet`, `fpga-image`, `host-reservation`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `client-vpn-endpoint`
    ClientVpnEndpoint,
    /// `customer-gateway`
    CustomerGateway,
    /// `dedicated-host`
    DedicatedHost,
    /// `dhcp-options`
    DhcpOptions,
    /// `egress-only-internet-gateway`
    EgressOnlyInternetGateway,
    /// `elastic-gpu`
    ElasticGpu,
    /// `elastic-ip`
    ElasticIp,
    /// `export-image-task`
    ExportImageTask,
    /// `export-instance-task`
    ExportInstanceTask,
    /// `fleet`
    Fleet,
    /// `fpga-image`
    FpgaImage,
    /// `host-reservation`
    HostReservation,
    /// `image`
    Image,
    /// `import-image-task`
    ImportImageTask,
    /// `import-snapshot-task`
    ImportSnapshotTask,
    /// `instance`
    Instance,
    /// `internet-gateway`
    InternetGateway,
    /// `key-pair`
    KeyPair,
    /// `launch-template`
    LaunchTemplate,
    /// `local-gateway-route-table-vpc-association`
    LocalGatewayRouteTableVpcAssociation,
    /// `natgateway`
    Natgateway,
    /// `network-acl`
    NetworkAcl,
    /// `network-insights-analysis`
    NetworkInsightsAnalysis,
    /// `network-insights-path`
    NetworkInsightsPath,
    /// `network-interface`
    NetworkInterface,
    /// `placement-group`
    PlacementGroup,
    /// `reserved-instances`
    ReservedInstances,
    /// `route-table`
    RouteTable,
    /// `security-group`
    SecurityGroup,
    /// `snapshot`
    Snapshot,
    /// `spot-fleet-request`
    SpotFleetRequest,
    /// `spot-instances-request`
    SpotInstancesRequest,
    /// `subnet`
    Subnet,
    /// `traffic-mirror-filter`
    TrafficMirrorFilter,
    /// `traffic-mirror-session`
    TrafficMirrorSession,
    /// `traffic-mirror-target`
    TrafficMirrorTarget,
    /// `transit-gateway`
    TransitGateway,
    /// `transit-gateway-attachment`
    TransitGatewayAttachment,
    /// `transit-gateway-connect-peer`
    TransitGatewayConnectPeer,
    /// `transit-gateway-multicast-domain`
    TransitGatewayMulticastDomain,
    /// `transit-gateway-route-table`
    TransitGatewayRouteTable,
    /// `volume`
    Volume,
    /// `vpc`
    Vpc,
    /// `vpc-flow-log`
    VpcFlowLog,
    /// `vpc-peering-connection`
    VpcPeeringConnection,
    /// `vpn-connection`
    VpnConnection,
    /// `vpn-gateway`
    VpnGateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientVpnEndpoint => "client-vpn-endpoint",
            Self::CustomerGateway => "customer-gateway",
            Self::DedicatedHost => "dedicated-host",
            Self::DhcpOptions => "dhcp-options",
            Self::EgressOnlyInternetGateway => "egress-only-internet-gateway",
            Self::ElasticGpu => "elastic-gpu",
            Self::ElasticIp => "elastic-ip",
            Self::ExportImageTask => "export-image-task",
            Self::ExportInstanceTask => "export-instance-task",
            Self::Fleet => "fleet",
            Self::FpgaImage => "fpga-image",
            Self::HostReservation => "host-reservation",
            Self::Image => "image",
            Self::ImportImageTask => "import-image-task",
            Self::ImportSnapshotTask => "import-snapshot-task",
            Self::Instance => "instance",
            Self::InternetGateway => "internet-gateway",
            Self::KeyPair => "key-pair",
            Self::LaunchTemplate => "launch-template",
            Self::LocalGatewayRouteTableVpcAssociation => "local-gateway-route-table-vpc-association",
            Self::Natgateway => "natgateway",
            Self::NetworkAcl => "network-acl",
            Self::NetworkInsightsAnalysis => "network-insights-analysis",
            Self::NetworkInsightsPath => "network-insights-path",
            Self::NetworkInterface => "network-interface",
            Self::PlacementGroup => "placement-group",
            Self::ReservedInstances => "reserved-instances",
            Self::RouteTable => "route-table",
            Self::SecurityGroup => "security-group",
            Self::Snapshot => "snapshot",
            Self::SpotFleetRequest => "spot-fleet-request",
            Self::SpotInstancesRequest => "spot-instances-request",
            Self::Subnet => "subnet",
            Self::TrafficMirrorFilter => "traffic-mirror-filter",
            Self::TrafficMirrorSession => "traffic-mirror-session",
            Self::TrafficMirrorTarget => "traffic-mirror-target",
            Self::TransitGateway => "transit-gateway",
            Self::TransitGatewayAttachment => "transit-gateway-attachment",
            Self::TransitGatewayConnectPeer => "transit-gateway-connect-peer",
            Self::TransitGatewayMulticastDomain => "transit-gateway-multicast-domain",
            Self::TransitGatewayRouteTable => "transit-gateway-route-table",
            Self::Volume => "volume",
            Self::Vpc => "vpc",
            Self::VpcFlowLog => "vpc-flow-log",
            Self::VpcPeeringConnection => "vpc-peering-connection",
            Self::VpnConnection => "vpn-connection",
            Self::VpnGateway => "vpn-gateway",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "client-vpn-endpoint",
            "customer-gateway",
            "dedicated-host",
            "dhcp-options",
            "egress-only-internet-gateway",
            "elastic-gpu",
            "elastic-ip",
            "export-image-task",
            "export-instance-task",
            "fleet",
            "fpga-image",
            "host-reservation",
            "image",
            "import-image-task",
            "import-snapshot-task",
            "instance",
            "internet-gateway",
            "key-pair",
            "launch-template",
            "local-gateway-route-table-vpc-association",
            "natgateway",
            "network-acl",
            "network-insights-analysis",
            "network-insights-path",
            "network-interface",
            "placement-group",
            "reserved-instances",
            "route-table",
            "security-group",
            "snapshot",
            "spot-fleet-request",
            "spot-instances-request",
            "subnet",
            "traffic-mirror-filter",
            "traffic-mirror-session",
            "traffic-mirror-target",
            "transit-gateway",
            "transit-gateway-attachment",
            "transit-gateway-connect-peer",
            "transit-gateway-multicast-domain",
            "transit-gateway-route-table",
            "volume",
            "vpc",
            "vpc-flow-log",
            "vpc-peering-connection",
            "vpn-connection",
            "vpn-gateway",
        ]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The `SpotFleetTagSpecification` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotFleetTagSpecification {
    props: ::forma_core::schema::Props,
}
impl SpotFleetTagSpecification {
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
impl ::std::default::Default for SpotFleetTagSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotFleetTagSpecification> for ::forma_core::Value<SpotFleetTagSpecification> {
    fn from(v: SpotFleetTagSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_FLEET_TAG_SPECIFICATION_TYPE.properties))
    }
}

/// The `BlockDeviceMapping` property type of `AWS::EC2::SpotFleet`.
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
    /// `Ebs`.
    pub fn ebs(mut self, value: impl ::std::convert::Into<::forma_core::Value<EbsBlockDevice>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NoDevice`.
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
impl ::std::convert::From<BlockDeviceMapping> for ::forma_core::Value<BlockDeviceMapping> {
    fn from(v: BlockDeviceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_DEVICE_MAPPING_TYPE.properties))
    }
}

/// The `IamInstanceProfileSpecification` property type of `AWS::EC2::SpotFleet`.
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
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
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

/// The values CloudFormation documents: `amazon-web-services`, `amd`, `habana`, `nvidia`, `xilinx`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorManufacturers {
    /// `amazon-web-services`
    AmazonWebServices,
    /// `amd`
    Amd,
    /// `habana`
    Habana,
    /// `nvidia`
    Nvidia,
    /// `xilinx`
    Xilinx,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorManufacturers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonWebServices => "amazon-web-services",
            Self::Amd => "amd",
            Self::Habana => "habana",
            Self::Nvidia => "nvidia",
            Self::Xilinx => "xilinx",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["amazon-web-services", "amd", "habana", "nvidia", "xilinx"]
    }
}
impl ::std::convert::From<AcceleratorManufacturers> for ::forma_core::Value<AcceleratorManufacturers> {
    fn from(v: AcceleratorManufacturers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorManufacturers {}

/// The values CloudFormation documents: `a10g`, `a100`, `h100`, `inferentia`, `k520`, `k80`, `m60`, `radeon-pro-v520`, `t4`, `t4g`, `vu9p`, `v100`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorNames {
    /// `a10g`
    A10G,
    /// `a100`
    A100,
    /// `h100`
    H100,
    /// `inferentia`
    Inferentia,
    /// `k520`
    K520,
    /// `k80`
    K80,
    /// `m60`
    M60,
    /// `radeon-pro-v520`
    RadeonProV520,
    /// `t4`
    T4,
    /// `t4g`
    T4G,
    /// `vu9p`
    Vu9P,
    /// `v100`
    V100,
    /// `l40s`
    L40S,
    /// `l4`
    L4,
    /// `gaudi-hl-205`
    GaudiHl205,
    /// `inferentia2`
    Inferentia2,
    /// `trainium`
    Trainium,
    /// `trainium2`
    Trainium2,
    /// `u30`
    U30,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorNames {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A10G => "a10g",
            Self::A100 => "a100",
            Self::H100 => "h100",
            Self::Inferentia => "inferentia",
            Self::K520 => "k520",
            Self::K80 => "k80",
            Self::M60 => "m60",
            Self::RadeonProV520 => "radeon-pro-v520",
            Self::T4 => "t4",
            Self::T4G => "t4g",
            Self::Vu9P => "vu9p",
            Self::V100 => "v100",
            Self::L40S => "l40s",
            Self::L4 => "l4",
            Self::GaudiHl205 => "gaudi-hl-205",
            Self::Inferentia2 => "inferentia2",
            Self::Trainium => "trainium",
            Self::Trainium2 => "trainium2",
            Self::U30 => "u30",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "a10g",
            "a100",
            "h100",
            "inferentia",
            "k520",
            "k80",
            "m60",
            "radeon-pro-v520",
            "t4",
            "t4g",
            "vu9p",
            "v100",
            "l40s",
            "l4",
            "gaudi-hl-205",
            "inferentia2",
            "trainium",
            "trainium2",
            "u30",
        ]
    }
}
impl ::std::convert::From<AcceleratorNames> for ::forma_core::Value<AcceleratorNames> {
    fn from(v: AcceleratorNames) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorNames {}

/// The values CloudFormation documents: `gpu`, `fpga`, `inference`, `media`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorTypes {
    /// `gpu`
    Gpu,
    /// `fpga`
    Fpga,
    /// `inference`
    Inference,
    /// `media`
    Media,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "gpu",
            Self::Fpga => "fpga",
            Self::Inference => "inference",
            Self::Media => "media",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["gpu", "fpga", "inference", "media"]
    }
}
impl ::std::convert::From<AcceleratorTypes> for ::forma_core::Value<AcceleratorTypes> {
    fn from(v: AcceleratorTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorTypes {}

/// The values CloudFormation documents: `included`, `required`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BareMetal {
    /// `included`
    Included,
    /// `required`
    Required,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BareMetal {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "required", "excluded"]
    }
}
impl ::std::convert::From<BareMetal> for ::forma_core::Value<BareMetal> {
    fn from(v: BareMetal) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BareMetal {}

/// The values CloudFormation documents: `included`, `required`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BurstablePerformance {
    /// `included`
    Included,
    /// `required`
    Required,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BurstablePerformance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "required", "excluded"]
    }
}
impl ::std::convert::From<BurstablePerformance> for ::forma_core::Value<BurstablePerformance> {
    fn from(v: BurstablePerformance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BurstablePerformance {}

/// The values CloudFormation documents: `intel`, `amd`, `amazon-web-services`, `apple`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuManufacturers {
    /// `intel`
    Intel,
    /// `amd`
    Amd,
    /// `amazon-web-services`
    AmazonWebServices,
    /// `apple`
    Apple,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CpuManufacturers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Intel => "intel",
            Self::Amd => "amd",
            Self::AmazonWebServices => "amazon-web-services",
            Self::Apple => "apple",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["intel", "amd", "amazon-web-services", "apple"]
    }
}
impl ::std::convert::From<CpuManufacturers> for ::forma_core::Value<CpuManufacturers> {
    fn from(v: CpuManufacturers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CpuManufacturers {}

/// The values CloudFormation documents: `current`, `previous`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceGenerations {
    /// `current`
    Current,
    /// `previous`
    Previous,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceGenerations {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Current => "current",
            Self::Previous => "previous",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["current", "previous"]
    }
}
impl ::std::convert::From<InstanceGenerations> for ::forma_core::Value<InstanceGenerations> {
    fn from(v: InstanceGenerations) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceGenerations {}

/// The values CloudFormation documents: `included`, `required`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorage {
    /// `included`
    Included,
    /// `required`
    Required,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalStorage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "required", "excluded"]
    }
}
impl ::std::convert::From<LocalStorage> for ::forma_core::Value<LocalStorage> {
    fn from(v: LocalStorage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LocalStorage {}

/// The values CloudFormation documents: `hdd`, `ssd`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorageTypes {
    /// `hdd`
    Hdd,
    /// `ssd`
    Ssd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalStorageTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hdd => "hdd",
            Self::Ssd => "ssd",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["hdd", "ssd"]
    }
}
impl ::std::convert::From<LocalStorageTypes> for ::forma_core::Value<LocalStorageTypes> {
    fn from(v: LocalStorageTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LocalStorageTypes {}

/// The `InstanceRequirementsRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirementsRequest {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirementsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AcceleratorCount`.
    pub fn accelerator_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorCountRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AcceleratorManufacturers`.
    pub fn accelerator_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorManufacturers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AcceleratorNames`.
    pub fn accelerator_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorNames>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AcceleratorTotalMemoryMiB`.
    pub fn accelerator_total_memory_mi_b(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorTotalMemoryMiBRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `AcceleratorTypes`.
    pub fn accelerator_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorTypes>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `AllowedInstanceTypes`.
    pub fn allowed_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `BareMetal`.
    pub fn bare_metal(mut self, value: impl ::forma_core::schema::EnumArg<BareMetal>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `BaselineEbsBandwidthMbps`.
    pub fn baseline_ebs_bandwidth_mbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselineEbsBandwidthMbpsRequest>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `BaselinePerformanceFactors`.
    pub fn baseline_performance_factors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselinePerformanceFactorsRequest>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `BurstablePerformance`.
    pub fn burstable_performance(mut self, value: impl ::forma_core::schema::EnumArg<BurstablePerformance>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// `CpuManufacturers`.
    pub fn cpu_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CpuManufacturers>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ExcludedInstanceTypes`.
    pub fn excluded_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `InstanceGenerations`.
    pub fn instance_generations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceGenerations>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `LocalStorage`.
    pub fn local_storage(mut self, value: impl ::forma_core::schema::EnumArg<LocalStorage>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// `LocalStorageTypes`.
    pub fn local_storage_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalStorageTypes>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `MaxSpotPriceAsPercentageOfOptimalOnDemandPrice`.
    pub fn max_spot_price_as_percentage_of_optimal_on_demand_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `MemoryGiBPerVCpu`.
    pub fn memory_gi_b_per_v_cpu(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryGiBPerVCpuRequest>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `MemoryMiB`.
    pub fn memory_mi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<MemoryMiBRequest>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `NetworkBandwidthGbps`.
    pub fn network_bandwidth_gbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkBandwidthGbpsRequest>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `NetworkInterfaceCount`.
    pub fn network_interface_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkInterfaceCountRequest>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `OnDemandMaxPricePercentageOverLowestPrice`.
    pub fn on_demand_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `RequireEncryptionInTransit`.
    pub fn require_encryption_in_transit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `RequireHibernateSupport`.
    pub fn require_hibernate_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `SpotMaxPricePercentageOverLowestPrice`.
    pub fn spot_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `TotalLocalStorageGB`.
    pub fn total_local_storage_gb(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TotalLocalStorageGbRequest>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// `VCpuCount`.
    pub fn v_cpu_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<VCpuCountRangeRequest>>) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceRequirementsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceRequirementsRequest> for ::forma_core::Value<InstanceRequirementsRequest> {
    fn from(v: InstanceRequirementsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_REQUEST_TYPE.properties))
    }
}

/// The `SpotFleetMonitoring` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotFleetMonitoring {
    props: ::forma_core::schema::Props,
}
impl SpotFleetMonitoring {
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
impl ::std::default::Default for SpotFleetMonitoring {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotFleetMonitoring> for ::forma_core::Value<SpotFleetMonitoring> {
    fn from(v: SpotFleetMonitoring) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_FLEET_MONITORING_TYPE.properties))
    }
}

/// The `InstanceNetworkInterfaceSpecification` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceNetworkInterfaceSpecification {
    props: ::forma_core::schema::Props,
}
impl InstanceNetworkInterfaceSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AssociatePublicIpAddress`.
    pub fn associate_public_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeleteOnTermination`.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DeviceIndex`.
    pub fn device_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Groups`.
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Ipv6Addresses`.
    pub fn ipv6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceIpv6Address>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateIpAddressSpecification>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SecondaryPrivateIpAddressCount`.
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
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

/// The values CloudFormation documents: `dedicated`, `default`, `host`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tenancy {
    /// `dedicated`
    Dedicated,
    /// `default`
    Default,
    /// `host`
    Host,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tenancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dedicated => "dedicated",
            Self::Default => "default",
            Self::Host => "host",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["dedicated", "default", "host"]
    }
}
impl ::std::convert::From<Tenancy> for ::forma_core::Value<Tenancy> {
    fn from(v: Tenancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tenancy {}

/// The `SpotPlacement` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotPlacement {
    props: ::forma_core::schema::Props,
}
impl SpotPlacement {
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
    /// `AvailabilityZoneId`.
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `GroupName`.
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Tenancy`.
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SpotPlacement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotPlacement> for ::forma_core::Value<SpotPlacement> {
    fn from(v: SpotPlacement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_PLACEMENT_TYPE.properties))
    }
}

/// The `GroupIdentifier` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupIdentifier {
    props: ::forma_core::schema::Props,
}
impl GroupIdentifier {
    /// A new value with its required properties: `GroupId`.
    pub fn new(group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, group_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GroupIdentifier> for ::forma_core::Value<GroupIdentifier> {
    fn from(v: GroupIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUP_IDENTIFIER_TYPE.properties))
    }
}

/// The `FleetLaunchTemplateSpecification` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetLaunchTemplateSpecification {
    props: ::forma_core::schema::Props,
}
impl FleetLaunchTemplateSpecification {
    /// A new value with its required properties: `Version`.
    pub fn new(version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, version.into().into_expr());
        Self { props }
    }
    /// `LaunchTemplateId`.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LaunchTemplateName`.
    ///
    /// Allowed: length 3 to 128.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FleetLaunchTemplateSpecification> for ::forma_core::Value<FleetLaunchTemplateSpecification> {
    fn from(v: FleetLaunchTemplateSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLEET_LAUNCH_TEMPLATE_SPECIFICATION_TYPE.properties))
    }
}

/// The `LaunchTemplateOverrides` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateOverrides {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateOverrides {
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
    /// `AvailabilityZoneId`.
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InstanceRequirements`.
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirementsRequest>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SpotPrice`.
    pub fn spot_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `WeightedCapacity`.
    pub fn weighted_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateOverrides> for ::forma_core::Value<LaunchTemplateOverrides> {
    fn from(v: LaunchTemplateOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_OVERRIDES_TYPE.properties))
    }
}

/// The `ClassicLoadBalancersConfig` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassicLoadBalancersConfig {
    props: ::forma_core::schema::Props,
}
impl ClassicLoadBalancersConfig {
    /// A new value with its required properties: `ClassicLoadBalancers`.
    pub fn new(
        classic_load_balancers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClassicLoadBalancer>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, classic_load_balancers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClassicLoadBalancersConfig> for ::forma_core::Value<ClassicLoadBalancersConfig> {
    fn from(v: ClassicLoadBalancersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLASSIC_LOAD_BALANCERS_CONFIG_TYPE.properties))
    }
}

/// The `TargetGroupsConfig` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupsConfig {
    props: ::forma_core::schema::Props,
}
impl TargetGroupsConfig {
    /// A new value with its required properties: `TargetGroups`.
    pub fn new(target_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetGroup>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_groups.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetGroupsConfig> for ::forma_core::Value<TargetGroupsConfig> {
    fn from(v: TargetGroupsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUPS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `launch`, `launch-before-terminate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplacementStrategy {
    /// `launch`
    Launch,
    /// `launch-before-terminate`
    LaunchBeforeTerminate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplacementStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Launch => "launch",
            Self::LaunchBeforeTerminate => "launch-before-terminate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["launch", "launch-before-terminate"]
    }
}
impl ::std::convert::From<ReplacementStrategy> for ::forma_core::Value<ReplacementStrategy> {
    fn from(v: ReplacementStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplacementStrategy {}

/// The `SpotCapacityRebalance` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotCapacityRebalance {
    props: ::forma_core::schema::Props,
}
impl SpotCapacityRebalance {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReplacementStrategy`.
    pub fn replacement_strategy(mut self, value: impl ::forma_core::schema::EnumArg<ReplacementStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `TerminationDelay`.
    pub fn termination_delay(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpotCapacityRebalance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotCapacityRebalance> for ::forma_core::Value<SpotCapacityRebalance> {
    fn from(v: SpotCapacityRebalance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_CAPACITY_REBALANCE_TYPE.properties))
    }
}

/// The `EbsBlockDevice` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsBlockDevice {
    props: ::forma_core::schema::Props,
}
impl EbsBlockDevice {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeleteOnTermination`.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Encrypted`.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `VolumeSize`.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `VolumeType`.
    pub fn volume_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
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

/// The `AcceleratorCountRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorCountRequest {
    props: ::forma_core::schema::Props,
}
impl AcceleratorCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcceleratorCountRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcceleratorCountRequest> for ::forma_core::Value<AcceleratorCountRequest> {
    fn from(v: AcceleratorCountRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_COUNT_REQUEST_TYPE.properties))
    }
}

/// The `AcceleratorTotalMemoryMiBRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorTotalMemoryMiBRequest {
    props: ::forma_core::schema::Props,
}
impl AcceleratorTotalMemoryMiBRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcceleratorTotalMemoryMiBRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcceleratorTotalMemoryMiBRequest> for ::forma_core::Value<AcceleratorTotalMemoryMiBRequest> {
    fn from(v: AcceleratorTotalMemoryMiBRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE.properties))
    }
}

/// The `BaselineEbsBandwidthMbpsRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselineEbsBandwidthMbpsRequest {
    props: ::forma_core::schema::Props,
}
impl BaselineEbsBandwidthMbpsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BaselineEbsBandwidthMbpsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BaselineEbsBandwidthMbpsRequest> for ::forma_core::Value<BaselineEbsBandwidthMbpsRequest> {
    fn from(v: BaselineEbsBandwidthMbpsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE.properties))
    }
}

/// The `BaselinePerformanceFactorsRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselinePerformanceFactorsRequest {
    props: ::forma_core::schema::Props,
}
impl BaselinePerformanceFactorsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Cpu`.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<CpuPerformanceFactorRequest>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BaselinePerformanceFactorsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BaselinePerformanceFactorsRequest>
    for ::forma_core::Value<BaselinePerformanceFactorsRequest>
{
    fn from(v: BaselinePerformanceFactorsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASELINE_PERFORMANCE_FACTORS_REQUEST_TYPE.properties))
    }
}

/// The `MemoryGiBPerVCpuRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryGiBPerVCpuRequest {
    props: ::forma_core::schema::Props,
}
impl MemoryGiBPerVCpuRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryGiBPerVCpuRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryGiBPerVCpuRequest> for ::forma_core::Value<MemoryGiBPerVCpuRequest> {
    fn from(v: MemoryGiBPerVCpuRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE.properties))
    }
}

/// The `MemoryMiBRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryMiBRequest {
    props: ::forma_core::schema::Props,
}
impl MemoryMiBRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryMiBRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryMiBRequest> for ::forma_core::Value<MemoryMiBRequest> {
    fn from(v: MemoryMiBRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_MI_B_REQUEST_TYPE.properties))
    }
}

/// The `NetworkBandwidthGbpsRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBandwidthGbpsRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkBandwidthGbpsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkBandwidthGbpsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkBandwidthGbpsRequest> for ::forma_core::Value<NetworkBandwidthGbpsRequest> {
    fn from(v: NetworkBandwidthGbpsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE.properties))
    }
}

/// The `NetworkInterfaceCountRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceCountRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterfaceCountRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterfaceCountRequest> for ::forma_core::Value<NetworkInterfaceCountRequest> {
    fn from(v: NetworkInterfaceCountRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_COUNT_REQUEST_TYPE.properties))
    }
}

/// The `TotalLocalStorageGBRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalLocalStorageGbRequest {
    props: ::forma_core::schema::Props,
}
impl TotalLocalStorageGbRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TotalLocalStorageGbRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TotalLocalStorageGbRequest> for ::forma_core::Value<TotalLocalStorageGbRequest> {
    fn from(v: TotalLocalStorageGbRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE.properties))
    }
}

/// The `VCpuCountRangeRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct VCpuCountRangeRequest {
    props: ::forma_core::schema::Props,
}
impl VCpuCountRangeRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VCpuCountRangeRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VCpuCountRangeRequest> for ::forma_core::Value<VCpuCountRangeRequest> {
    fn from(v: VCpuCountRangeRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(V_CPU_COUNT_RANGE_REQUEST_TYPE.properties))
    }
}

/// The `InstanceIpv6Address` property type of `AWS::EC2::SpotFleet`.
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

/// The `PrivateIpAddressSpecification` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateIpAddressSpecification {
    props: ::forma_core::schema::Props,
}
impl PrivateIpAddressSpecification {
    /// A new value with its required properties: `PrivateIpAddress`.
    pub fn new(private_ip_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, private_ip_address.into().into_expr());
        Self { props }
    }
    /// `Primary`.
    pub fn primary(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PrivateIpAddressSpecification> for ::forma_core::Value<PrivateIpAddressSpecification> {
    fn from(v: PrivateIpAddressSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE.properties))
    }
}

/// The `ClassicLoadBalancer` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassicLoadBalancer {
    props: ::forma_core::schema::Props,
}
impl ClassicLoadBalancer {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClassicLoadBalancer> for ::forma_core::Value<ClassicLoadBalancer> {
    fn from(v: ClassicLoadBalancer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLASSIC_LOAD_BALANCER_TYPE.properties))
    }
}

/// The `TargetGroup` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    props: ::forma_core::schema::Props,
}
impl TargetGroup {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetGroup> for ::forma_core::Value<TargetGroup> {
    fn from(v: TargetGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_TYPE.properties))
    }
}

/// The `CpuPerformanceFactorRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuPerformanceFactorRequest {
    props: ::forma_core::schema::Props,
}
impl CpuPerformanceFactorRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `References`.
    pub fn references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PerformanceFactorReferenceRequest>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CpuPerformanceFactorRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CpuPerformanceFactorRequest> for ::forma_core::Value<CpuPerformanceFactorRequest> {
    fn from(v: CpuPerformanceFactorRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_PERFORMANCE_FACTOR_REQUEST_TYPE.properties))
    }
}

/// The `PerformanceFactorReferenceRequest` property type of `AWS::EC2::SpotFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PerformanceFactorReferenceRequest {
    props: ::forma_core::schema::Props,
}
impl PerformanceFactorReferenceRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InstanceFamily`.
    pub fn instance_family(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PerformanceFactorReferenceRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PerformanceFactorReferenceRequest>
    for ::forma_core::Value<PerformanceFactorReferenceRequest>
{
    fn from(v: PerformanceFactorReferenceRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::SpotFleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SpotFleet",
    properties: &[
        ::forma_core::schema::Property {
            name: "SpotFleetRequestConfigData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPOT_FLEET_REQUEST_CONFIG_DATA_TYPE),
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
    attributes: &["Id"],
};

static SPOT_FLEET_REQUEST_CONFIG_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotFleetRequestConfigData",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "capacityOptimized",
                "capacityOptimizedPrioritized",
                "diversified",
                "lowestPrice",
                "priceCapacityOptimized",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Context",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExcessCapacityTerminationPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Default", "NoTermination", "default", "noTermination"]),
        },
        ::forma_core::schema::Property {
            name: "IamFleetRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceInterruptionBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["hibernate", "stop", "terminate"]),
        },
        ::forma_core::schema::Property {
            name: "InstancePoolsToUseCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SPOT_FLEET_LAUNCH_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancersConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOAD_BALANCERS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnDemandAllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnDemandMaxTotalPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnDemandTargetCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplaceUnhealthyInstances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SpotMaintenanceStrategies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPOT_MAINTENANCE_STRATEGIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpotMaxTotalPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpotPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SPOT_FLEET_TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetCapacityUnitType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["vcpu", "memory-mib", "units"]),
        },
        ::forma_core::schema::Property {
            name: "TerminateInstancesWithExpiration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["maintain", "request"]),
        },
        ::forma_core::schema::Property {
            name: "ValidFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValidUntil",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["LaunchSpecifications"], &["LaunchTemplateConfigs"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.Tag",
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

static SPOT_FLEET_LAUNCH_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotFleetLaunchSpecification",
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
            name: "EbsOptimized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Monitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPOT_FLEET_MONITORING_TYPE),
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
            name: "Placement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPOT_PLACEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RamdiskId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_IDENTIFIER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpotPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SPOT_FLEET_TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WeightedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.LaunchTemplateConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLEET_LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_OVERRIDES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static LOAD_BALANCERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.LoadBalancersConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClassicLoadBalancersConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLASSIC_LOAD_BALANCERS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_GROUPS_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SPOT_MAINTENANCE_STRATEGIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotMaintenanceStrategies",
    properties: &[::forma_core::schema::Property {
        name: "CapacityRebalance",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SPOT_CAPACITY_REBALANCE_TYPE),
    }],
    rules: &[],
};

static SPOT_FLEET_TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotFleetTagSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "client-vpn-endpoint",
                "customer-gateway",
                "dedicated-host",
                "dhcp-options",
                "egress-only-internet-gateway",
                "elastic-gpu",
                "elastic-ip",
                "export-image-task",
                "export-instance-task",
                "fleet",
                "fpga-image",
                "host-reservation",
                "image",
                "import-image-task",
                "import-snapshot-task",
                "instance",
                "internet-gateway",
                "key-pair",
                "launch-template",
                "local-gateway-route-table-vpc-association",
                "natgateway",
                "network-acl",
                "network-insights-analysis",
                "network-insights-path",
                "network-interface",
                "placement-group",
                "reserved-instances",
                "route-table",
                "security-group",
                "snapshot",
                "spot-fleet-request",
                "spot-instances-request",
                "subnet",
                "traffic-mirror-filter",
                "traffic-mirror-session",
                "traffic-mirror-target",
                "transit-gateway",
                "transit-gateway-attachment",
                "transit-gateway-connect-peer",
                "transit-gateway-multicast-domain",
                "transit-gateway-route-table",
                "volume",
                "vpc",
                "vpc-flow-log",
                "vpc-peering-connection",
                "vpn-connection",
                "vpn-gateway",
            ]),
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
};

static BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.BlockDeviceMapping",
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
            shape: ::forma_core::schema::Shape::Object(&EBS_BLOCK_DEVICE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static IAM_INSTANCE_PROFILE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::SpotFleet.IamInstanceProfileSpecification",
        properties: &[::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static INSTANCE_REQUIREMENTS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.InstanceRequirementsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceleratorCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_COUNT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorManufacturers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["amazon-web-services", "amd", "habana", "nvidia", "xilinx"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "a10g",
                    "a100",
                    "h100",
                    "inferentia",
                    "k520",
                    "k80",
                    "m60",
                    "radeon-pro-v520",
                    "t4",
                    "t4g",
                    "vu9p",
                    "v100",
                    "l40s",
                    "l4",
                    "gaudi-hl-205",
                    "inferentia2",
                    "trainium",
                    "trainium2",
                    "u30",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorTotalMemoryMiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["gpu", "fpga", "inference", "media"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9\\.\\*]+"),
                    min_length: Some(1),
                    max_length: Some(30),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BareMetal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "required", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "BaselineEbsBandwidthMbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BaselinePerformanceFactors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_PERFORMANCE_FACTORS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BurstablePerformance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "required", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "CpuManufacturers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["intel", "amd", "amazon-web-services", "apple"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9\\.\\*]+"),
                    min_length: Some(1),
                    max_length: Some(30),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceGenerations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["current", "previous"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LocalStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "required", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "LocalStorageTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["hdd", "ssd"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MemoryGiBPerVCpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MemoryMiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_MI_B_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkBandwidthGbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_COUNT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnDemandMaxPricePercentageOverLowestPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RequireEncryptionInTransit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RequireHibernateSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SpotMaxPricePercentageOverLowestPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalLocalStorageGB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VCpuCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&V_CPU_COUNT_RANGE_REQUEST_TYPE),
        },
    ],
    rules: &[],
};

static SPOT_FLEET_MONITORING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotFleetMonitoring",
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
        name: "AWS::EC2::SpotFleet.InstanceNetworkInterfaceSpecification",
        properties: &[
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
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Groups",
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
        rules: &[],
    };

static SPOT_PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotPlacement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tenancy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["dedicated", "default", "host"]),
        },
    ],
    rules: &[],
};

static GROUP_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.GroupIdentifier",
    properties: &[::forma_core::schema::Property {
        name: "GroupId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static FLEET_LAUNCH_TEMPLATE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::SpotFleet.FleetLaunchTemplateSpecification",
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
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9\\(\\)\\.\\-/_]+"),
                    min_length: Some(3),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "Version",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static LAUNCH_TEMPLATE_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.LaunchTemplateOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpotPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WeightedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CLASSIC_LOAD_BALANCERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.ClassicLoadBalancersConfig",
    properties: &[::forma_core::schema::Property {
        name: "ClassicLoadBalancers",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CLASSIC_LOAD_BALANCER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TARGET_GROUPS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.TargetGroupsConfig",
    properties: &[::forma_core::schema::Property {
        name: "TargetGroups",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&TARGET_GROUP_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SPOT_CAPACITY_REBALANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.SpotCapacityRebalance",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReplacementStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["launch", "launch-before-terminate"]),
        },
        ::forma_core::schema::Property {
            name: "TerminationDelay",
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

static EBS_BLOCK_DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.EbsBlockDevice",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACCELERATOR_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.AcceleratorCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::SpotFleet.AcceleratorTotalMemoryMiBRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
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

static BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::SpotFleet.BaselineEbsBandwidthMbpsRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
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

static BASELINE_PERFORMANCE_FACTORS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::SpotFleet.BaselinePerformanceFactorsRequest",
        properties: &[::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CPU_PERFORMANCE_FACTOR_REQUEST_TYPE),
        }],
        rules: &[],
    };

static MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.MemoryGiBPerVCpuRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static MEMORY_MI_B_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.MemoryMiBRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.NetworkBandwidthGbpsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static NETWORK_INTERFACE_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.NetworkInterfaceCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.TotalLocalStorageGBRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static V_CPU_COUNT_RANGE_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.VCpuCountRangeRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static INSTANCE_IPV6_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.InstanceIpv6Address",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Address",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.PrivateIpAddressSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Primary",
            required: false,
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

static CLASSIC_LOAD_BALANCER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.ClassicLoadBalancer",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TARGET_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.TargetGroup",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CPU_PERFORMANCE_FACTOR_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SpotFleet.CpuPerformanceFactorRequest",
    properties: &[::forma_core::schema::Property {
        name: "References",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::SpotFleet.PerformanceFactorReferenceRequest",
        properties: &[::forma_core::schema::Property {
            name: "InstanceFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
