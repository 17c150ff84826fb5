// @generated from AWS::EC2::EC2Fleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::EC2Fleet` and its property types.

/// Resource Type definition for AWS::EC2::EC2Fleet
///
/// CloudFormation type `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ec2Fleet {
    props: ::forma_core::schema::Props,
}
impl Ec2Fleet {
    /// A new resource with its required properties: `LaunchTemplateConfigs`, `TargetCapacitySpecification`.
    #[track_caller]
    pub fn new(
        launch_template_configs: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<FleetLaunchTemplateConfigRequest>>,
        >,
        target_capacity_specification: impl ::std::convert::Into<::forma_core::Value<TargetCapacitySpecificationRequest>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, launch_template_configs.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, target_capacity_specification.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Context`.
    #[track_caller]
    pub fn context(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExcessCapacityTerminationPolicy`.
    #[track_caller]
    pub fn excess_capacity_termination_policy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ExcessCapacityTerminationPolicy>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OnDemandOptions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn on_demand_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandOptionsRequest>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReplaceUnhealthyInstances`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn replace_unhealthy_instances(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReservedCapacityOptions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn reserved_capacity_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReservedCapacityOptionsRequest>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SpotOptions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn spot_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpotOptionsRequest>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TagSpecifications`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagSpecification>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TerminateInstancesWithExpiration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn terminate_instances_with_expiration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Type`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ValidFrom`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn valid_from(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ValidUntil`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn valid_until(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Ec2Fleet {
    type Attributes = Ec2FleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::EC2Fleet"
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
/// The attributes of a `AWS::EC2::EC2Fleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct Ec2FleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for Ec2FleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl Ec2FleetAttributes {
    /// `Fn::GetAtt` `FleetId`.
    pub fn fleet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FleetId")
    }
}

/// The values CloudFormation documents: `termination`, `no-termination`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExcessCapacityTerminationPolicy {
    /// `termination`
    Termination,
    /// `no-termination`
    NoTermination,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExcessCapacityTerminationPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Termination => "termination",
            Self::NoTermination => "no-termination",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["termination", "no-termination"]
    }
}
impl ::std::convert::From<ExcessCapacityTerminationPolicy> for ::forma_core::Value<ExcessCapacityTerminationPolicy> {
    fn from(v: ExcessCapacityTerminationPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExcessCapacityTerminationPolicy {}

/// The values CloudFormation documents: `maintain`, `request`, `instant`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `maintain`
    Maintain,
    /// `request`
    Request,
    /// `instant`
    Instant,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Maintain => "maintain",
            Self::Request => "request",
            Self::Instant => "instant",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["maintain", "request", "instant"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `FleetLaunchTemplateConfigRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetLaunchTemplateConfigRequest {
    props: ::forma_core::schema::Props,
}
impl FleetLaunchTemplateConfigRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LaunchTemplateSpecification`.
    pub fn launch_template_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FleetLaunchTemplateSpecificationRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Overrides`.
    pub fn overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FleetLaunchTemplateOverridesRequest>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FleetLaunchTemplateConfigRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FleetLaunchTemplateConfigRequest> for ::forma_core::Value<FleetLaunchTemplateConfigRequest> {
    fn from(v: FleetLaunchTemplateConfigRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLEET_LAUNCH_TEMPLATE_CONFIG_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `lowest-price`, `prioritized`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllocationStrategy {
    /// `lowest-price`
    LowestPrice,
    /// `prioritized`
    Prioritized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllocationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowestPrice => "lowest-price",
            Self::Prioritized => "prioritized",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["lowest-price", "prioritized"]
    }
}
impl ::std::convert::From<AllocationStrategy> for ::forma_core::Value<AllocationStrategy> {
    fn from(v: AllocationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllocationStrategy {}

/// The `OnDemandOptionsRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl OnDemandOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(mut self, value: impl ::forma_core::schema::EnumArg<AllocationStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CapacityReservationOptions`.
    pub fn capacity_reservation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationOptionsRequest>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxTotalPrice`.
    pub fn max_total_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MinTargetCapacity`.
    pub fn min_target_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SingleAvailabilityZone`.
    pub fn single_availability_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SingleInstanceType`.
    pub fn single_instance_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnDemandOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnDemandOptionsRequest> for ::forma_core::Value<OnDemandOptionsRequest> {
    fn from(v: OnDemandOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `prioritized`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReservedCapacityOptionsRequestAllocationStrategy {
    /// `prioritized`
    Prioritized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReservedCapacityOptionsRequestAllocationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prioritized => "prioritized",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["prioritized"]
    }
}
impl ::std::convert::From<ReservedCapacityOptionsRequestAllocationStrategy>
    for ::forma_core::Value<ReservedCapacityOptionsRequestAllocationStrategy>
{
    fn from(v: ReservedCapacityOptionsRequestAllocationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReservedCapacityOptionsRequestAllocationStrategy {}

/// The values CloudFormation documents: `on-demand-capacity-reservation`, `capacity-block`, `interruptible-capacity-reservation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReservationTypes {
    /// `on-demand-capacity-reservation`
    OnDemandCapacityReservation,
    /// `capacity-block`
    CapacityBlock,
    /// `interruptible-capacity-reservation`
    InterruptibleCapacityReservation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReservationTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemandCapacityReservation => "on-demand-capacity-reservation",
            Self::CapacityBlock => "capacity-block",
            Self::InterruptibleCapacityReservation => "interruptible-capacity-reservation",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on-demand-capacity-reservation", "capacity-block", "interruptible-capacity-reservation"]
    }
}
impl ::std::convert::From<ReservationTypes> for ::forma_core::Value<ReservationTypes> {
    fn from(v: ReservationTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReservationTypes {}

/// The `ReservedCapacityOptionsRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReservedCapacityOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl ReservedCapacityOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ReservedCapacityOptionsRequestAllocationStrategy>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CapacityReservationTarget`.
    pub fn capacity_reservation_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationTargetRequest>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ReservationTypes`.
    pub fn reservation_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReservationTypes>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ReservedCapacityFallbackOptions`.
    pub fn reserved_capacity_fallback_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReservedCapacityFallbackOptionsRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReservedCapacityOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReservedCapacityOptionsRequest> for ::forma_core::Value<ReservedCapacityOptionsRequest> {
    fn from(v: ReservedCapacityOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESERVED_CAPACITY_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `lowest-price`, `lowestPrice`, `diversified`, `capacityOptimized`, `capacity-optimized`, `capacityOptimizedPrioritized`, `capacity-optimized-prioritized`, `priceCapacityOptimized`, `price-capacity-optimized`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpotOptionsRequestAllocationStrategy {
    /// `lowest-price`
    LowestPrice,
    /// `lowestPrice`
    LowestPrice_,
    /// `diversified`
    Diversified,
    /// `capacityOptimized`
    CapacityOptimized,
    /// `capacity-optimized`
    CapacityOptimized_,
    /// `capacityOptimizedPrioritized`
    CapacityOptimizedPrioritized,
    /// `capacity-optimized-prioritized`
    CapacityOptimizedPrioritized_,
    /// `priceCapacityOptimized`
    PriceCapacityOptimized,
    /// `price-capacity-optimized`
    PriceCapacityOptimized_,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpotOptionsRequestAllocationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowestPrice => "lowest-price",
            Self::LowestPrice_ => "lowestPrice",
            Self::Diversified => "diversified",
            Self::CapacityOptimized => "capacityOptimized",
            Self::CapacityOptimized_ => "capacity-optimized",
            Self::CapacityOptimizedPrioritized => "capacityOptimizedPrioritized",
            Self::CapacityOptimizedPrioritized_ => "capacity-optimized-prioritized",
            Self::PriceCapacityOptimized => "priceCapacityOptimized",
            Self::PriceCapacityOptimized_ => "price-capacity-optimized",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "lowest-price",
            "lowestPrice",
            "diversified",
            "capacityOptimized",
            "capacity-optimized",
            "capacityOptimizedPrioritized",
            "capacity-optimized-prioritized",
            "priceCapacityOptimized",
            "price-capacity-optimized",
        ]
    }
}
impl ::std::convert::From<SpotOptionsRequestAllocationStrategy>
    for ::forma_core::Value<SpotOptionsRequestAllocationStrategy>
{
    fn from(v: SpotOptionsRequestAllocationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpotOptionsRequestAllocationStrategy {}

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

/// The `SpotOptionsRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl SpotOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SpotOptionsRequestAllocationStrategy>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `InstanceInterruptionBehavior`.
    pub fn instance_interruption_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceInterruptionBehavior>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `InstancePoolsToUseCount`.
    pub fn instance_pools_to_use_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaintenanceStrategies`.
    pub fn maintenance_strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceStrategies>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaxTotalPrice`.
    pub fn max_total_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MinTargetCapacity`.
    pub fn min_target_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SingleAvailabilityZone`.
    pub fn single_availability_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SingleInstanceType`.
    pub fn single_instance_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpotOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotOptionsRequest> for ::forma_core::Value<SpotOptionsRequest> {
    fn from(v: SpotOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_OPTIONS_REQUEST_TYPE.properties))
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

/// The `TagSpecification` property type of `AWS::EC2::EC2Fleet`.
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

/// The values CloudFormation documents: `on-demand`, `spot`, `capacity-block`, `reserved-capacity`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultTargetCapacityType {
    /// `on-demand`
    OnDemand,
    /// `spot`
    Spot,
    /// `capacity-block`
    CapacityBlock,
    /// `reserved-capacity`
    ReservedCapacity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultTargetCapacityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "on-demand",
            Self::Spot => "spot",
            Self::CapacityBlock => "capacity-block",
            Self::ReservedCapacity => "reserved-capacity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on-demand", "spot", "capacity-block", "reserved-capacity"]
    }
}
impl ::std::convert::From<DefaultTargetCapacityType> for ::forma_core::Value<DefaultTargetCapacityType> {
    fn from(v: DefaultTargetCapacityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultTargetCapacityType {}

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

/// The `TargetCapacitySpecificationRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetCapacitySpecificationRequest {
    props: ::forma_core::schema::Props,
}
impl TargetCapacitySpecificationRequest {
    /// A new value with its required properties: `TotalTargetCapacity`.
    pub fn new(total_target_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, total_target_capacity.into().into_expr());
        Self { props }
    }
    /// `DefaultTargetCapacityType`.
    pub fn default_target_capacity_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DefaultTargetCapacityType>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `OnDemandTargetCapacity`.
    pub fn on_demand_target_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SpotTargetCapacity`.
    pub fn spot_target_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TargetCapacityUnitType`.
    pub fn target_capacity_unit_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TargetCapacityUnitType>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TargetCapacitySpecificationRequest>
    for ::forma_core::Value<TargetCapacitySpecificationRequest>
{
    fn from(v: TargetCapacitySpecificationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_CAPACITY_SPECIFICATION_REQUEST_TYPE.properties))
    }
}

/// The `FleetLaunchTemplateSpecificationRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetLaunchTemplateSpecificationRequest {
    props: ::forma_core::schema::Props,
}
impl FleetLaunchTemplateSpecificationRequest {
    /// A new value with its required properties: `Version`.
    pub fn new(version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, version.into().into_expr());
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
    /// `LaunchTemplateSpecificationUserData`.
    pub fn launch_template_specification_user_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FleetLaunchTemplateSpecificationRequest>
    for ::forma_core::Value<FleetLaunchTemplateSpecificationRequest>
{
    fn from(v: FleetLaunchTemplateSpecificationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLEET_LAUNCH_TEMPLATE_SPECIFICATION_REQUEST_TYPE.properties))
    }
}

/// The `FleetLaunchTemplateOverridesRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetLaunchTemplateOverridesRequest {
    props: ::forma_core::schema::Props,
}
impl FleetLaunchTemplateOverridesRequest {
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
    /// `BlockDeviceMappings`.
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlockDeviceMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IamInstanceProfile`.
    pub fn iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamInstanceProfileSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
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
    /// `KeyName`.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MaxPrice`.
    pub fn max_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `MetadataOptions`.
    pub fn metadata_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMetadataOptionsRequest>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `NetworkInterfaces`.
    pub fn network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NetworkInterfaceSpecificationRequest>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Placement`.
    pub fn placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<Placement>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `WeightedCapacity`.
    pub fn weighted_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FleetLaunchTemplateOverridesRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FleetLaunchTemplateOverridesRequest>
    for ::forma_core::Value<FleetLaunchTemplateOverridesRequest>
{
    fn from(v: FleetLaunchTemplateOverridesRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLEET_LAUNCH_TEMPLATE_OVERRIDES_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `use-capacity-reservations-first`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageStrategy {
    /// `use-capacity-reservations-first`
    UseCapacityReservationsFirst,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UsageStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UseCapacityReservationsFirst => "use-capacity-reservations-first",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["use-capacity-reservations-first"]
    }
}
impl ::std::convert::From<UsageStrategy> for ::forma_core::Value<UsageStrategy> {
    fn from(v: UsageStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UsageStrategy {}

/// The `CapacityReservationOptionsRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `UsageStrategy`.
    pub fn usage_strategy(mut self, value: impl ::forma_core::schema::EnumArg<UsageStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationOptionsRequest>
    for ::forma_core::Value<CapacityReservationOptionsRequest>
{
    fn from(v: CapacityReservationOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The `CapacityReservationTargetRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationTargetRequest {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationTargetRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityReservationIds`.
    pub fn capacity_reservation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CapacityReservationResourceGroupArns`.
    pub fn capacity_reservation_resource_group_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationTargetRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationTargetRequest> for ::forma_core::Value<CapacityReservationTargetRequest> {
    fn from(v: CapacityReservationTargetRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_TARGET_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `on-demand`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarketTypes {
    /// `on-demand`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MarketTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "on-demand",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on-demand"]
    }
}
impl ::std::convert::From<MarketTypes> for ::forma_core::Value<MarketTypes> {
    fn from(v: MarketTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MarketTypes {}

/// The `ReservedCapacityFallbackOptionsRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReservedCapacityFallbackOptionsRequest {
    props: ::forma_core::schema::Props,
}
impl ReservedCapacityFallbackOptionsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MarketTypes`.
    pub fn market_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MarketTypes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReservedCapacityFallbackOptionsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReservedCapacityFallbackOptionsRequest>
    for ::forma_core::Value<ReservedCapacityFallbackOptionsRequest>
{
    fn from(v: ReservedCapacityFallbackOptionsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESERVED_CAPACITY_FALLBACK_OPTIONS_REQUEST_TYPE.properties))
    }
}

/// The `MaintenanceStrategies` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceStrategies {
    props: ::forma_core::schema::Props,
}
impl MaintenanceStrategies {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityRebalance`.
    pub fn capacity_rebalance(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityRebalance>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceStrategies {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceStrategies> for ::forma_core::Value<MaintenanceStrategies> {
    fn from(v: MaintenanceStrategies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_STRATEGIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::EC2Fleet`.
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

/// The `BlockDeviceMapping` property type of `AWS::EC2::EC2Fleet`.
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

/// The `IamInstanceProfileSpecification` property type of `AWS::EC2::EC2Fleet`.
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
    /// `Name`.
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

/// The `InstanceRequirementsRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `InstanceMetadataOptionsRequest` property type of `AWS::EC2::EC2Fleet`.
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
    /// `HttpPutResponseHopLimit`.
    pub fn http_put_response_hop_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HttpTokens`.
    pub fn http_tokens(mut self, value: impl ::forma_core::schema::EnumArg<HttpTokens>) -> Self {
        self.props.set(2, value.into_enum_expr());
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

/// The `NetworkInterfaceSpecificationRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceSpecificationRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceSpecificationRequest {
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
    /// `InterfaceType`.
    pub fn interface_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Ipv6Addresses`.
    pub fn ipv6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ipv6AddressRequest>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `NetworkCardIndex`.
    pub fn network_card_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateIpAddressSpecificationRequest>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `SecondaryPrivateIpAddressCount`.
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterfaceSpecificationRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterfaceSpecificationRequest>
    for ::forma_core::Value<NetworkInterfaceSpecificationRequest>
{
    fn from(v: NetworkInterfaceSpecificationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_SPECIFICATION_REQUEST_TYPE.properties))
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

/// The `Placement` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    props: ::forma_core::schema::Props,
}
impl Placement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Affinity`.
    pub fn affinity(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AvailabilityZone`.
    pub fn availability_zone(
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
    /// `HostId`.
    pub fn host_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `HostResourceGroupArn`.
    pub fn host_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PartitionNumber`.
    pub fn partition_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SpreadDomain`.
    pub fn spread_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Tenancy`.
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set(7, value.into_enum_expr());
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

/// The `CapacityRebalance` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityRebalance {
    props: ::forma_core::schema::Props,
}
impl CapacityRebalance {
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
impl ::std::default::Default for CapacityRebalance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityRebalance> for ::forma_core::Value<CapacityRebalance> {
    fn from(v: CapacityRebalance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_REBALANCE_TYPE.properties))
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

/// The `EbsBlockDevice` property type of `AWS::EC2::EC2Fleet`.
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
    /// `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MultiAvailabilityZoneConfiguration`.
    pub fn multi_availability_zone_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiAvailabilityZoneConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `VolumeSize`.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `VolumeType`.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(7, value.into_enum_expr());
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

/// The `AcceleratorCountRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `AcceleratorTotalMemoryMiBRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `BaselineEbsBandwidthMbpsRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `BaselinePerformanceFactorsRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `MemoryGiBPerVCpuRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `MemoryMiBRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `NetworkBandwidthGbpsRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `NetworkInterfaceCountRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `TotalLocalStorageGBRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `VCpuCountRangeRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `Ipv6AddressRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv6AddressRequest {
    props: ::forma_core::schema::Props,
}
impl Ipv6AddressRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Ipv6Address`.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ipv6AddressRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ipv6AddressRequest> for ::forma_core::Value<Ipv6AddressRequest> {
    fn from(v: Ipv6AddressRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPV6_ADDRESS_REQUEST_TYPE.properties))
    }
}

/// The `PrivateIpAddressSpecificationRequest` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateIpAddressSpecificationRequest {
    props: ::forma_core::schema::Props,
}
impl PrivateIpAddressSpecificationRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Primary`.
    pub fn primary(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateIpAddressSpecificationRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateIpAddressSpecificationRequest>
    for ::forma_core::Value<PrivateIpAddressSpecificationRequest>
{
    fn from(v: PrivateIpAddressSpecificationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_IP_ADDRESS_SPECIFICATION_REQUEST_TYPE.properties))
    }
}

/// The `MultiAvailabilityZoneConfiguration` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiAvailabilityZoneConfiguration {
    props: ::forma_core::schema::Props,
}
impl MultiAvailabilityZoneConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConfigurationType`.
    pub fn configuration_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StandbyAvailabilityZones`.
    pub fn standby_availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StandbyAvailabilityZone>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiAvailabilityZoneConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiAvailabilityZoneConfiguration>
    for ::forma_core::Value<MultiAvailabilityZoneConfiguration>
{
    fn from(v: MultiAvailabilityZoneConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_AVAILABILITY_ZONE_CONFIGURATION_TYPE.properties))
    }
}

/// The `CpuPerformanceFactorRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The `StandbyAvailabilityZone` property type of `AWS::EC2::EC2Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct StandbyAvailabilityZone {
    props: ::forma_core::schema::Props,
}
impl StandbyAvailabilityZone {
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
}
impl ::std::default::Default for StandbyAvailabilityZone {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StandbyAvailabilityZone> for ::forma_core::Value<StandbyAvailabilityZone> {
    fn from(v: StandbyAvailabilityZone) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STANDBY_AVAILABILITY_ZONE_TYPE.properties))
    }
}

/// The `PerformanceFactorReferenceRequest` property type of `AWS::EC2::EC2Fleet`.
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

/// The schema of `AWS::EC2::EC2Fleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::EC2Fleet",
    properties: &[
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
            shape: ::forma_core::schema::Shape::Enum(&["termination", "no-termination"]),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateConfigs",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLEET_LAUNCH_TEMPLATE_CONFIG_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnDemandOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplaceUnhealthyInstances",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReservedCapacityOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RESERVED_CAPACITY_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpotOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SPOT_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetCapacitySpecification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_CAPACITY_SPECIFICATION_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TerminateInstancesWithExpiration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["maintain", "request", "instant"]),
        },
        ::forma_core::schema::Property {
            name: "ValidFrom",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValidUntil",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["FleetId"],
};

static FLEET_LAUNCH_TEMPLATE_CONFIG_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.FleetLaunchTemplateConfigRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "LaunchTemplateSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FLEET_LAUNCH_TEMPLATE_SPECIFICATION_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Overrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&FLEET_LAUNCH_TEMPLATE_OVERRIDES_REQUEST_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static ON_DEMAND_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.OnDemandOptionsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["lowest-price", "prioritized"]),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_OPTIONS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxTotalPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MinTargetCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SingleAvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SingleInstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static RESERVED_CAPACITY_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.ReservedCapacityOptionsRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllocationStrategy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["prioritized"]),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationTarget",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_TARGET_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ReservationTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&[
                        "on-demand-capacity-reservation",
                        "capacity-block",
                        "interruptible-capacity-reservation",
                    ]),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ReservedCapacityFallbackOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESERVED_CAPACITY_FALLBACK_OPTIONS_REQUEST_TYPE),
            },
        ],
        rules: &[],
    };

static SPOT_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.SpotOptionsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "lowest-price",
                "lowestPrice",
                "diversified",
                "capacityOptimized",
                "capacity-optimized",
                "capacityOptimizedPrioritized",
                "capacity-optimized-prioritized",
                "priceCapacityOptimized",
                "price-capacity-optimized",
            ]),
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
            name: "MaintenanceStrategies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_STRATEGIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxTotalPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MinTargetCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SingleAvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SingleInstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.TagSpecification",
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

static TARGET_CAPACITY_SPECIFICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.TargetCapacitySpecificationRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "DefaultTargetCapacityType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["on-demand", "spot", "capacity-block", "reserved-capacity"]),
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
                name: "SpotTargetCapacity",
                required: false,
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
                name: "TotalTargetCapacity",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static FLEET_LAUNCH_TEMPLATE_SPECIFICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.FleetLaunchTemplateSpecificationRequest",
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
                name: "LaunchTemplateSpecificationUserData",
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
        rules: &[],
    };

static FLEET_LAUNCH_TEMPLATE_OVERRIDES_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.FleetLaunchTemplateOverridesRequest",
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
                name: "BlockDeviceMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&BLOCK_DEVICE_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "IamInstanceProfile",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IAM_INSTANCE_PROFILE_SPECIFICATION_TYPE),
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
                name: "KeyName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MaxPrice",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MetadataOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INSTANCE_METADATA_OPTIONS_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NetworkInterfaces",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_SPECIFICATION_REQUEST_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Placement",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PLACEMENT_TYPE),
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

static CAPACITY_RESERVATION_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.CapacityReservationOptionsRequest",
        properties: &[::forma_core::schema::Property {
            name: "UsageStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["use-capacity-reservations-first"]),
        }],
        rules: &[],
    };

static CAPACITY_RESERVATION_TARGET_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.CapacityReservationTargetRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "CapacityReservationIds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationResourceGroupArns",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static RESERVED_CAPACITY_FALLBACK_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.ReservedCapacityFallbackOptionsRequest",
        properties: &[::forma_core::schema::Property {
            name: "MarketTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["on-demand"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static MAINTENANCE_STRATEGIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.MaintenanceStrategies",
    properties: &[::forma_core::schema::Property {
        name: "CapacityRebalance",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CAPACITY_REBALANCE_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.Tag",
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

static BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.BlockDeviceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: false,
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
    rules: &[],
};

static IAM_INSTANCE_PROFILE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.IamInstanceProfileSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "Arn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static INSTANCE_REQUIREMENTS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.InstanceRequirementsRequest",
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(400) },
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(400) },
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

static INSTANCE_METADATA_OPTIONS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.InstanceMetadataOptionsRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "HttpEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["disabled", "enabled"]),
            },
            ::forma_core::schema::Property {
                name: "HttpPutResponseHopLimit",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "HttpTokens",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["optional", "required"]),
            },
        ],
        rules: &[],
    };

static NETWORK_INTERFACE_SPECIFICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.NetworkInterfaceSpecificationRequest",
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
                name: "InterfaceType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
                    &::forma_core::schema::Shape::Object(&IPV6_ADDRESS_REQUEST_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "NetworkCardIndex",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
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
                    &::forma_core::schema::Shape::Object(&PRIVATE_IP_ADDRESS_SPECIFICATION_REQUEST_TYPE),
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

static PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.Placement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Affinity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
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
            name: "HostId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostResourceGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PartitionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpreadDomain",
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

static CAPACITY_REBALANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.CapacityRebalance",
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
    name: "AWS::EC2::EC2Fleet.EbsBlockDevice",
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
            name: "MultiAvailabilityZoneConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTI_AVAILABILITY_ZONE_CONFIGURATION_TYPE),
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

static ACCELERATOR_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.AcceleratorCountRequest",
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
        name: "AWS::EC2::EC2Fleet.AcceleratorTotalMemoryMiBRequest",
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
        name: "AWS::EC2::EC2Fleet.BaselineEbsBandwidthMbpsRequest",
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
        name: "AWS::EC2::EC2Fleet.BaselinePerformanceFactorsRequest",
        properties: &[::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CPU_PERFORMANCE_FACTOR_REQUEST_TYPE),
        }],
        rules: &[],
    };

static MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.MemoryGiBPerVCpuRequest",
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
    name: "AWS::EC2::EC2Fleet.MemoryMiBRequest",
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
    name: "AWS::EC2::EC2Fleet.NetworkBandwidthGbpsRequest",
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
    name: "AWS::EC2::EC2Fleet.NetworkInterfaceCountRequest",
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
    name: "AWS::EC2::EC2Fleet.TotalLocalStorageGBRequest",
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
    name: "AWS::EC2::EC2Fleet.VCpuCountRangeRequest",
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

static IPV6_ADDRESS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.Ipv6AddressRequest",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Address",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PRIVATE_IP_ADDRESS_SPECIFICATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.PrivateIpAddressSpecificationRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Primary",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "PrivateIpAddress",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static MULTI_AVAILABILITY_ZONE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.MultiAvailabilityZoneConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConfigurationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "StandbyAvailabilityZones",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&STANDBY_AVAILABILITY_ZONE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static CPU_PERFORMANCE_FACTOR_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.CpuPerformanceFactorRequest",
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

static STANDBY_AVAILABILITY_ZONE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::EC2Fleet.StandbyAvailabilityZone",
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
    ],
    rules: &[],
};

static PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::EC2Fleet.PerformanceFactorReferenceRequest",
        properties: &[::forma_core::schema::Property {
            name: "InstanceFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
