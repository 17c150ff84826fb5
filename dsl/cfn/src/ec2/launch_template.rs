// @generated from AWS::EC2::LaunchTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::LaunchTemplate` and its property types.

/// Specifies the properties for creating a launch template.
///
/// CloudFormation type `AWS::EC2::LaunchTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplate {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplate {
    /// A new resource with its required properties: `LaunchTemplateData`.
    #[track_caller]
    pub fn new(launch_template_data: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateData>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, launch_template_data.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A name for the launch template.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the launch template on creation.
    #[track_caller]
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchTemplateTagSpecification>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the first version of the launch template.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn version_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LaunchTemplate {
    type Attributes = LaunchTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::LaunchTemplate"
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
/// The attributes of a `AWS::EC2::LaunchTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LaunchTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LaunchTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LaunchTemplateAttributes {
    /// `Fn::GetAtt` `DefaultVersionNumber`.
    pub fn default_version_number(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultVersionNumber")
    }
    /// `Fn::GetAtt` `LaunchTemplateId`.
    pub fn launch_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LaunchTemplateId")
    }
    /// `Fn::GetAtt` `LatestVersionNumber`.
    pub fn latest_version_number(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionNumber")
    }
}

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

/// The information to include in the launch template.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateData {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateData {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The block device mapping.
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlockDeviceMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Capacity Reservation targeting option.
    pub fn capacity_reservation_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The CPU options for the instance.
    pub fn cpu_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<CpuOptions>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The credit option for CPU usage of the instance.
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CreditSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates whether to enable the instance for stop protection.
    pub fn disable_api_stop(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Indicates whether termination protection is enabled for the instance.
    pub fn disable_api_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Indicates whether the instance is optimized for Amazon EBS I/O.
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Indicates whether the instance is enabled for AWS Nitro Enclaves.
    pub fn enclave_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<EnclaveOptions>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Indicates whether an instance is enabled for hibernation.
    pub fn hibernation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HibernationOptions>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The name or Amazon Resource Name (ARN) of an IAM instance profile.
    pub fn iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamInstanceProfile>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The ID of the AMI.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown).
    pub fn instance_initiated_shutdown_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceInitiatedShutdownBehavior>,
    ) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// The market (purchasing) option for the instances.
    pub fn instance_market_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMarketOptions>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The attributes for the instance types.
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirements>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The instance type.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The ID of the kernel.
    pub fn kernel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The name of the key pair.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The license configurations.
    pub fn license_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LicenseSpecification>>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// The maintenance options of your instance.
    pub fn maintenance_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceOptions>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The metadata options for the instance.
    pub fn metadata_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetadataOptions>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The monitoring for the instance.
    pub fn monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<Monitoring>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The network interfaces for the instance.
    pub fn network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NetworkInterface>>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The settings for the network performance options for the instance.
    pub fn network_performance_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkPerformanceOptions>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The placement for the instance.
    pub fn placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<Placement>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries should be handled.
    pub fn private_dns_name_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateDnsNameOptions>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The ID of the RAM disk.
    pub fn ram_disk_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// The IDs of the security groups.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// The names of the security groups.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// The tags to apply to resources that are created during instance launch.
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagSpecification>>>,
    ) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// The user data to make available to the instance.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateData {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateData> for ::forma_core::Value<LaunchTemplateData> {
    fn from(v: LaunchTemplateData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_DATA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `application-status-check`, `capacity-block`, `capacity-manager-data-export`, `capacity-reservation`, `capacity-reservation-cancellation-quote`, `capacity-reservation-fleet`, `capacity-reservation-modification-quote`, `carrier-gateway`, `client-vpn-endpoint`, `coip-pool`, `customer-gateway`, `declarative-policies-report`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `application-status-check`
    ApplicationStatusCheck,
    /// `capacity-block`
    CapacityBlock,
    /// `capacity-manager-data-export`
    CapacityManagerDataExport,
    /// `capacity-reservation`
    CapacityReservation,
    /// `capacity-reservation-cancellation-quote`
    CapacityReservationCancellationQuote,
    /// `capacity-reservation-fleet`
    CapacityReservationFleet,
    /// `capacity-reservation-modification-quote`
    CapacityReservationModificationQuote,
    /// `carrier-gateway`
    CarrierGateway,
    /// `client-vpn-endpoint`
    ClientVpnEndpoint,
    /// `coip-pool`
    CoipPool,
    /// `customer-gateway`
    CustomerGateway,
    /// `declarative-policies-report`
    DeclarativePoliciesReport,
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
    /// `image-usage-report`
    ImageUsageReport,
    /// `import-image-task`
    ImportImageTask,
    /// `import-snapshot-task`
    ImportSnapshotTask,
    /// `instance`
    Instance,
    /// `instance-connect-endpoint`
    InstanceConnectEndpoint,
    /// `instance-event-window`
    InstanceEventWindow,
    /// `internet-gateway`
    InternetGateway,
    /// `ipam`
    Ipam,
    /// `ipam-external-resource-verification-token`
    IpamExternalResourceVerificationToken,
    /// `ipam-internet-registry-association`
    IpamInternetRegistryAssociation,
    /// `ipam-policy`
    IpamPolicy,
    /// `ipam-pool`
    IpamPool,
    /// `ipam-pool-allocation`
    IpamPoolAllocation,
    /// `ipam-prefix-list-resolver`
    IpamPrefixListResolver,
    /// `ipam-prefix-list-resolver-target`
    IpamPrefixListResolverTarget,
    /// `ipam-resource-discovery`
    IpamResourceDiscovery,
    /// `ipam-resource-discovery-association`
    IpamResourceDiscoveryAssociation,
    /// `ipam-scope`
    IpamScope,
    /// `ipv4pool-ec2`
    Ipv4PoolEc2,
    /// `ipv6pool-ec2`
    Ipv6PoolEc2,
    /// `key-pair`
    KeyPair,
    /// `launch-template`
    LaunchTemplate,
    /// `local-gateway`
    LocalGateway,
    /// `local-gateway-route-table`
    LocalGatewayRouteTable,
    /// `local-gateway-route-table-virtual-interface-group-association`
    LocalGatewayRouteTableVirtualInterfaceGroupAssociation,
    /// `local-gateway-route-table-vpc-association`
    LocalGatewayRouteTableVpcAssociation,
    /// `local-gateway-virtual-interface`
    LocalGatewayVirtualInterface,
    /// `local-gateway-virtual-interface-group`
    LocalGatewayVirtualInterfaceGroup,
    /// `mac-modification-task`
    MacModificationTask,
    /// `natgateway`
    Natgateway,
    /// `network-acl`
    NetworkAcl,
    /// `network-insights-access-scope`
    NetworkInsightsAccessScope,
    /// `network-insights-access-scope-analysis`
    NetworkInsightsAccessScopeAnalysis,
    /// `network-insights-analysis`
    NetworkInsightsAnalysis,
    /// `network-insights-path`
    NetworkInsightsPath,
    /// `network-interface`
    NetworkInterface,
    /// `outpost-lag`
    OutpostLag,
    /// `placement-group`
    PlacementGroup,
    /// `prefix-list`
    PrefixList,
    /// `replace-root-volume-task`
    ReplaceRootVolumeTask,
    /// `reserved-instances`
    ReservedInstances,
    /// `route-server`
    RouteServer,
    /// `route-server-endpoint`
    RouteServerEndpoint,
    /// `route-server-peer`
    RouteServerPeer,
    /// `route-table`
    RouteTable,
    /// `secondary-interface`
    SecondaryInterface,
    /// `secondary-network`
    SecondaryNetwork,
    /// `secondary-subnet`
    SecondarySubnet,
    /// `security-group`
    SecurityGroup,
    /// `security-group-rule`
    SecurityGroupRule,
    /// `service-link-virtual-interface`
    ServiceLinkVirtualInterface,
    /// `snapshot`
    Snapshot,
    /// `spot-fleet-request`
    SpotFleetRequest,
    /// `spot-instances-request`
    SpotInstancesRequest,
    /// `subnet`
    Subnet,
    /// `subnet-cidr-reservation`
    SubnetCidrReservation,
    /// `traffic-mirror-filter`
    TrafficMirrorFilter,
    /// `traffic-mirror-filter-rule`
    TrafficMirrorFilterRule,
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
    /// `transit-gateway-metering-policy`
    TransitGatewayMeteringPolicy,
    /// `transit-gateway-multicast-domain`
    TransitGatewayMulticastDomain,
    /// `transit-gateway-policy-table`
    TransitGatewayPolicyTable,
    /// `transit-gateway-route-table`
    TransitGatewayRouteTable,
    /// `transit-gateway-route-table-announcement`
    TransitGatewayRouteTableAnnouncement,
    /// `verified-access-endpoint`
    VerifiedAccessEndpoint,
    /// `verified-access-endpoint-target`
    VerifiedAccessEndpointTarget,
    /// `verified-access-group`
    VerifiedAccessGroup,
    /// `verified-access-instance`
    VerifiedAccessInstance,
    /// `verified-access-policy`
    VerifiedAccessPolicy,
    /// `verified-access-trust-provider`
    VerifiedAccessTrustProvider,
    /// `volume`
    Volume,
    /// `vpc`
    Vpc,
    /// `vpc-block-public-access-exclusion`
    VpcBlockPublicAccessExclusion,
    /// `vpc-encryption-control`
    VpcEncryptionControl,
    /// `vpc-endpoint`
    VpcEndpoint,
    /// `vpc-endpoint-connection`
    VpcEndpointConnection,
    /// `vpc-endpoint-connection-device-type`
    VpcEndpointConnectionDeviceType,
    /// `vpc-endpoint-service`
    VpcEndpointService,
    /// `vpc-endpoint-service-permission`
    VpcEndpointServicePermission,
    /// `vpc-flow-log`
    VpcFlowLog,
    /// `vpc-peering-connection`
    VpcPeeringConnection,
    /// `vpn-concentrator`
    VpnConcentrator,
    /// `vpn-connection`
    VpnConnection,
    /// `vpn-connection-device-type`
    VpnConnectionDeviceType,
    /// `vpn-gateway`
    VpnGateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplicationStatusCheck => "application-status-check",
            Self::CapacityBlock => "capacity-block",
            Self::CapacityManagerDataExport => "capacity-manager-data-export",
            Self::CapacityReservation => "capacity-reservation",
            Self::CapacityReservationCancellationQuote => "capacity-reservation-cancellation-quote",
            Self::CapacityReservationFleet => "capacity-reservation-fleet",
            Self::CapacityReservationModificationQuote => "capacity-reservation-modification-quote",
            Self::CarrierGateway => "carrier-gateway",
            Self::ClientVpnEndpoint => "client-vpn-endpoint",
            Self::CoipPool => "coip-pool",
            Self::CustomerGateway => "customer-gateway",
            Self::DeclarativePoliciesReport => "declarative-policies-report",
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
            Self::ImageUsageReport => "image-usage-report",
            Self::ImportImageTask => "import-image-task",
            Self::ImportSnapshotTask => "import-snapshot-task",
            Self::Instance => "instance",
            Self::InstanceConnectEndpoint => "instance-connect-endpoint",
            Self::InstanceEventWindow => "instance-event-window",
            Self::InternetGateway => "internet-gateway",
            Self::Ipam => "ipam",
            Self::IpamExternalResourceVerificationToken => "ipam-external-resource-verification-token",
            Self::IpamInternetRegistryAssociation => "ipam-internet-registry-association",
            Self::IpamPolicy => "ipam-policy",
            Self::IpamPool => "ipam-pool",
            Self::IpamPoolAllocation => "ipam-pool-allocation",
            Self::IpamPrefixListResolver => "ipam-prefix-list-resolver",
            Self::IpamPrefixListResolverTarget => "ipam-prefix-list-resolver-target",
            Self::IpamResourceDiscovery => "ipam-resource-discovery",
            Self::IpamResourceDiscoveryAssociation => "ipam-resource-discovery-association",
            Self::IpamScope => "ipam-scope",
            Self::Ipv4PoolEc2 => "ipv4pool-ec2",
            Self::Ipv6PoolEc2 => "ipv6pool-ec2",
            Self::KeyPair => "key-pair",
            Self::LaunchTemplate => "launch-template",
            Self::LocalGateway => "local-gateway",
            Self::LocalGatewayRouteTable => "local-gateway-route-table",
            Self::LocalGatewayRouteTableVirtualInterfaceGroupAssociation => {
                "local-gateway-route-table-virtual-interface-group-association"
            }
            Self::LocalGatewayRouteTableVpcAssociation => "local-gateway-route-table-vpc-association",
            Self::LocalGatewayVirtualInterface => "local-gateway-virtual-interface",
            Self::LocalGatewayVirtualInterfaceGroup => "local-gateway-virtual-interface-group",
            Self::MacModificationTask => "mac-modification-task",
            Self::Natgateway => "natgateway",
            Self::NetworkAcl => "network-acl",
            Self::NetworkInsightsAccessScope => "network-insights-access-scope",
            Self::NetworkInsightsAccessScopeAnalysis => "network-insights-access-scope-analysis",
            Self::NetworkInsightsAnalysis => "network-insights-analysis",
            Self::NetworkInsightsPath => "network-insights-path",
            Self::NetworkInterface => "network-interface",
            Self::OutpostLag => "outpost-lag",
            Self::PlacementGroup => "placement-group",
            Self::PrefixList => "prefix-list",
            Self::ReplaceRootVolumeTask => "replace-root-volume-task",
            Self::ReservedInstances => "reserved-instances",
            Self::RouteServer => "route-server",
            Self::RouteServerEndpoint => "route-server-endpoint",
            Self::RouteServerPeer => "route-server-peer",
            Self::RouteTable => "route-table",
            Self::SecondaryInterface => "secondary-interface",
            Self::SecondaryNetwork => "secondary-network",
            Self::SecondarySubnet => "secondary-subnet",
            Self::SecurityGroup => "security-group",
            Self::SecurityGroupRule => "security-group-rule",
            Self::ServiceLinkVirtualInterface => "service-link-virtual-interface",
            Self::Snapshot => "snapshot",
            Self::SpotFleetRequest => "spot-fleet-request",
            Self::SpotInstancesRequest => "spot-instances-request",
            Self::Subnet => "subnet",
            Self::SubnetCidrReservation => "subnet-cidr-reservation",
            Self::TrafficMirrorFilter => "traffic-mirror-filter",
            Self::TrafficMirrorFilterRule => "traffic-mirror-filter-rule",
            Self::TrafficMirrorSession => "traffic-mirror-session",
            Self::TrafficMirrorTarget => "traffic-mirror-target",
            Self::TransitGateway => "transit-gateway",
            Self::TransitGatewayAttachment => "transit-gateway-attachment",
            Self::TransitGatewayConnectPeer => "transit-gateway-connect-peer",
            Self::TransitGatewayMeteringPolicy => "transit-gateway-metering-policy",
            Self::TransitGatewayMulticastDomain => "transit-gateway-multicast-domain",
            Self::TransitGatewayPolicyTable => "transit-gateway-policy-table",
            Self::TransitGatewayRouteTable => "transit-gateway-route-table",
            Self::TransitGatewayRouteTableAnnouncement => "transit-gateway-route-table-announcement",
            Self::VerifiedAccessEndpoint => "verified-access-endpoint",
            Self::VerifiedAccessEndpointTarget => "verified-access-endpoint-target",
            Self::VerifiedAccessGroup => "verified-access-group",
            Self::VerifiedAccessInstance => "verified-access-instance",
            Self::VerifiedAccessPolicy => "verified-access-policy",
            Self::VerifiedAccessTrustProvider => "verified-access-trust-provider",
            Self::Volume => "volume",
            Self::Vpc => "vpc",
            Self::VpcBlockPublicAccessExclusion => "vpc-block-public-access-exclusion",
            Self::VpcEncryptionControl => "vpc-encryption-control",
            Self::VpcEndpoint => "vpc-endpoint",
            Self::VpcEndpointConnection => "vpc-endpoint-connection",
            Self::VpcEndpointConnectionDeviceType => "vpc-endpoint-connection-device-type",
            Self::VpcEndpointService => "vpc-endpoint-service",
            Self::VpcEndpointServicePermission => "vpc-endpoint-service-permission",
            Self::VpcFlowLog => "vpc-flow-log",
            Self::VpcPeeringConnection => "vpc-peering-connection",
            Self::VpnConcentrator => "vpn-concentrator",
            Self::VpnConnection => "vpn-connection",
            Self::VpnConnectionDeviceType => "vpn-connection-device-type",
            Self::VpnGateway => "vpn-gateway",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "application-status-check",
            "capacity-block",
            "capacity-manager-data-export",
            "capacity-reservation",
            "capacity-reservation-cancellation-quote",
            "capacity-reservation-fleet",
            "capacity-reservation-modification-quote",
            "carrier-gateway",
            "client-vpn-endpoint",
            "coip-pool",
            "customer-gateway",
            "declarative-policies-report",
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
            "image-usage-report",
            "import-image-task",
            "import-snapshot-task",
            "instance",
            "instance-connect-endpoint",
            "instance-event-window",
            "internet-gateway",
            "ipam",
            "ipam-external-resource-verification-token",
            "ipam-internet-registry-association",
            "ipam-policy",
            "ipam-pool",
            "ipam-pool-allocation",
            "ipam-prefix-list-resolver",
            "ipam-prefix-list-resolver-target",
            "ipam-resource-discovery",
            "ipam-resource-discovery-association",
            "ipam-scope",
            "ipv4pool-ec2",
            "ipv6pool-ec2",
            "key-pair",
            "launch-template",
            "local-gateway",
            "local-gateway-route-table",
            "local-gateway-route-table-virtual-interface-group-association",
            "local-gateway-route-table-vpc-association",
            "local-gateway-virtual-interface",
            "local-gateway-virtual-interface-group",
            "mac-modification-task",
            "natgateway",
            "network-acl",
            "network-insights-access-scope",
            "network-insights-access-scope-analysis",
            "network-insights-analysis",
            "network-insights-path",
            "network-interface",
            "outpost-lag",
            "placement-group",
            "prefix-list",
            "replace-root-volume-task",
            "reserved-instances",
            "route-server",
            "route-server-endpoint",
            "route-server-peer",
            "route-table",
            "secondary-interface",
            "secondary-network",
            "secondary-subnet",
            "security-group",
            "security-group-rule",
            "service-link-virtual-interface",
            "snapshot",
            "spot-fleet-request",
            "spot-instances-request",
            "subnet",
            "subnet-cidr-reservation",
            "traffic-mirror-filter",
            "traffic-mirror-filter-rule",
            "traffic-mirror-session",
            "traffic-mirror-target",
            "transit-gateway",
            "transit-gateway-attachment",
            "transit-gateway-connect-peer",
            "transit-gateway-metering-policy",
            "transit-gateway-multicast-domain",
            "transit-gateway-policy-table",
            "transit-gateway-route-table",
            "transit-gateway-route-table-announcement",
            "verified-access-endpoint",
            "verified-access-endpoint-target",
            "verified-access-group",
            "verified-access-instance",
            "verified-access-policy",
            "verified-access-trust-provider",
            "volume",
            "vpc",
            "vpc-block-public-access-exclusion",
            "vpc-encryption-control",
            "vpc-endpoint",
            "vpc-endpoint-connection",
            "vpc-endpoint-connection-device-type",
            "vpc-endpoint-service",
            "vpc-endpoint-service-permission",
            "vpc-flow-log",
            "vpc-peering-connection",
            "vpn-concentrator",
            "vpn-connection",
            "vpn-connection-device-type",
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

/// Specifies the tags to apply to the launch template during creation.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateTagSpecification {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateTagSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of resource.
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The tags for the resource.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateTagSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateTagSpecification> for ::forma_core::Value<LaunchTemplateTagSpecification> {
    fn from(v: LaunchTemplateTagSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_TAG_SPECIFICATION_TYPE.properties))
    }
}

/// Specifies a block device mapping for a launch template.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockDeviceMapping {
    props: ::forma_core::schema::Props,
}
impl BlockDeviceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The device name (for example, /dev/sdh or xvdh).
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    pub fn ebs(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ebs>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// To omit the device from the block device mapping, specify an empty string.
    pub fn no_device(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The virtual device name (ephemeralN).
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

/// The values CloudFormation documents: `capacity-reservations-only`, `none`, `open`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityReservationPreference {
    /// `capacity-reservations-only`
    CapacityReservationsOnly,
    /// `none`
    None,
    /// `open`
    Open,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityReservationPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityReservationsOnly => "capacity-reservations-only",
            Self::None => "none",
            Self::Open => "open",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["capacity-reservations-only", "none", "open"]
    }
}
impl ::std::convert::From<CapacityReservationPreference> for ::forma_core::Value<CapacityReservationPreference> {
    fn from(v: CapacityReservationPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityReservationPreference {}

/// Specifies an instance's Capacity Reservation targeting option.
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

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AmdSevSnp {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AmdSevSnp {
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
impl ::std::convert::From<AmdSevSnp> for ::forma_core::Value<AmdSevSnp> {
    fn from(v: AmdSevSnp) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AmdSevSnp {}

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NestedVirtualization {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NestedVirtualization {
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
impl ::std::convert::From<NestedVirtualization> for ::forma_core::Value<NestedVirtualization> {
    fn from(v: NestedVirtualization) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NestedVirtualization {}

/// Specifies the CPU options for an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuOptions {
    props: ::forma_core::schema::Props,
}
impl CpuOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to enable the instance for AMD SEV-SNP.
    pub fn amd_sev_snp(mut self, value: impl ::forma_core::schema::EnumArg<AmdSevSnp>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The number of CPU cores for the instance.
    pub fn core_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether the instance is enabled for nested virtualization.
    pub fn nested_virtualization(mut self, value: impl ::forma_core::schema::EnumArg<NestedVirtualization>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The number of threads per CPU core.
    pub fn threads_per_core(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// Specifies the credit option for CPU usage of a T2, T3, or T3a instance.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditSpecification {
    props: ::forma_core::schema::Props,
}
impl CreditSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The credit option for CPU usage of a T instance.
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
    /// If this parameter is set to `true`, the instance is enabled for AWS Nitro Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves.
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

/// Specifies whether your instance is configured for hibernation.
#[derive(Debug, Clone, PartialEq)]
pub struct HibernationOptions {
    props: ::forma_core::schema::Props,
}
impl HibernationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If you set this parameter to `true`, the instance is enabled for hibernation.
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

/// Specifies an IAM instance profile, which is a container for an IAM role for your instance.
#[derive(Debug, Clone, PartialEq)]
pub struct IamInstanceProfile {
    props: ::forma_core::schema::Props,
}
impl IamInstanceProfile {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the instance profile.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the instance profile.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamInstanceProfile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamInstanceProfile> for ::forma_core::Value<IamInstanceProfile> {
    fn from(v: IamInstanceProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_INSTANCE_PROFILE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `capacity-block`, `interruptible-capacity-reservation`, `on-demand`, `spot`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarketType {
    /// `capacity-block`
    CapacityBlock,
    /// `interruptible-capacity-reservation`
    InterruptibleCapacityReservation,
    /// `on-demand`
    OnDemand,
    /// `spot`
    Spot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MarketType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityBlock => "capacity-block",
            Self::InterruptibleCapacityReservation => "interruptible-capacity-reservation",
            Self::OnDemand => "on-demand",
            Self::Spot => "spot",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["capacity-block", "interruptible-capacity-reservation", "on-demand", "spot"]
    }
}
impl ::std::convert::From<MarketType> for ::forma_core::Value<MarketType> {
    fn from(v: MarketType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MarketType {}

/// Specifies the market (purchasing) option for an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMarketOptions {
    props: ::forma_core::schema::Props,
}
impl InstanceMarketOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The market type.
    pub fn market_type(mut self, value: impl ::forma_core::schema::EnumArg<MarketType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The options for Spot Instances.
    pub fn spot_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpotOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceMarketOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceMarketOptions> for ::forma_core::Value<InstanceMarketOptions> {
    fn from(v: InstanceMarketOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_MARKET_OPTIONS_TYPE.properties))
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

/// The values CloudFormation documents: `a100`, `a10g`, `gaudi-hl-205`, `h100`, `inferentia`, `inferentia2`, `k520`, `k80`, `l4`, `l40s`, `m60`, `radeon-pro-v520`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorNames {
    /// `a100`
    A100,
    /// `a10g`
    A10G,
    /// `gaudi-hl-205`
    GaudiHl205,
    /// `h100`
    H100,
    /// `inferentia`
    Inferentia,
    /// `inferentia2`
    Inferentia2,
    /// `k520`
    K520,
    /// `k80`
    K80,
    /// `l4`
    L4,
    /// `l40s`
    L40S,
    /// `m60`
    M60,
    /// `radeon-pro-v520`
    RadeonProV520,
    /// `t4`
    T4,
    /// `t4g`
    T4G,
    /// `trainium`
    Trainium,
    /// `trainium2`
    Trainium2,
    /// `u30`
    U30,
    /// `v100`
    V100,
    /// `vu9p`
    Vu9P,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorNames {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A100 => "a100",
            Self::A10G => "a10g",
            Self::GaudiHl205 => "gaudi-hl-205",
            Self::H100 => "h100",
            Self::Inferentia => "inferentia",
            Self::Inferentia2 => "inferentia2",
            Self::K520 => "k520",
            Self::K80 => "k80",
            Self::L4 => "l4",
            Self::L40S => "l40s",
            Self::M60 => "m60",
            Self::RadeonProV520 => "radeon-pro-v520",
            Self::T4 => "t4",
            Self::T4G => "t4g",
            Self::Trainium => "trainium",
            Self::Trainium2 => "trainium2",
            Self::U30 => "u30",
            Self::V100 => "v100",
            Self::Vu9P => "vu9p",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "a100",
            "a10g",
            "gaudi-hl-205",
            "h100",
            "inferentia",
            "inferentia2",
            "k520",
            "k80",
            "l4",
            "l40s",
            "m60",
            "radeon-pro-v520",
            "t4",
            "t4g",
            "trainium",
            "trainium2",
            "u30",
            "v100",
            "vu9p",
        ]
    }
}
impl ::std::convert::From<AcceleratorNames> for ::forma_core::Value<AcceleratorNames> {
    fn from(v: AcceleratorNames) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorNames {}

/// The values CloudFormation documents: `fpga`, `gpu`, `inference`, `media`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorTypes {
    /// `fpga`
    Fpga,
    /// `gpu`
    Gpu,
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
            Self::Fpga => "fpga",
            Self::Gpu => "gpu",
            Self::Inference => "inference",
            Self::Media => "media",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["fpga", "gpu", "inference", "media"]
    }
}
impl ::std::convert::From<AcceleratorTypes> for ::forma_core::Value<AcceleratorTypes> {
    fn from(v: AcceleratorTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorTypes {}

/// The values CloudFormation documents: `excluded`, `included`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BareMetal {
    /// `excluded`
    Excluded,
    /// `included`
    Included,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BareMetal {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excluded => "excluded",
            Self::Included => "included",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["excluded", "included", "required"]
    }
}
impl ::std::convert::From<BareMetal> for ::forma_core::Value<BareMetal> {
    fn from(v: BareMetal) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BareMetal {}

/// The values CloudFormation documents: `excluded`, `included`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BurstablePerformance {
    /// `excluded`
    Excluded,
    /// `included`
    Included,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BurstablePerformance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excluded => "excluded",
            Self::Included => "included",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["excluded", "included", "required"]
    }
}
impl ::std::convert::From<BurstablePerformance> for ::forma_core::Value<BurstablePerformance> {
    fn from(v: BurstablePerformance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BurstablePerformance {}

/// The values CloudFormation documents: `amazon-web-services`, `amd`, `apple`, `intel`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuManufacturers {
    /// `amazon-web-services`
    AmazonWebServices,
    /// `amd`
    Amd,
    /// `apple`
    Apple,
    /// `intel`
    Intel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CpuManufacturers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonWebServices => "amazon-web-services",
            Self::Amd => "amd",
            Self::Apple => "apple",
            Self::Intel => "intel",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["amazon-web-services", "amd", "apple", "intel"]
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

/// The values CloudFormation documents: `excluded`, `included`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorage {
    /// `excluded`
    Excluded,
    /// `included`
    Included,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalStorage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excluded => "excluded",
            Self::Included => "included",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["excluded", "included", "required"]
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

/// The attributes for the instance types.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirements {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance.
    pub fn accelerator_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorCount>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether instance types must have accelerators by specific manufacturers.
    pub fn accelerator_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorManufacturers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The accelerators that must be on the instance type.
    pub fn accelerator_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorNames>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of total accelerator memory, in MiB.
    pub fn accelerator_total_memory_mi_b(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorTotalMemoryMiB>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The accelerator types that must be on the instance type.
    pub fn accelerator_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorTypes>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The instance types to apply your specified attributes against.
    pub fn allowed_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Indicates whether bare metal instance types must be included, excluded, or required.
    pub fn bare_metal(mut self, value: impl ::forma_core::schema::EnumArg<BareMetal>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps.
    pub fn baseline_ebs_bandwidth_mbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselineEbsBandwidthMbps>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The baseline performance to consider, using an instance family as a baseline reference.
    pub fn baseline_performance_factors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselinePerformanceFactors>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Indicates whether burstable performance T instance types are included, excluded, or required.
    pub fn burstable_performance(mut self, value: impl ::forma_core::schema::EnumArg<BurstablePerformance>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// The CPU manufacturers to include.
    pub fn cpu_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CpuManufacturers>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The instance types to exclude.
    pub fn excluded_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Indicates whether current or previous generation instance types are included.
    pub fn instance_generations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceGenerations>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Indicates whether instance types with instance store volumes are included, excluded, or required.
    pub fn local_storage(mut self, value: impl ::forma_core::schema::EnumArg<LocalStorage>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// The type of local storage that is required.
    pub fn local_storage_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalStorageTypes>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// [Price protection] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price.
    pub fn max_spot_price_as_percentage_of_optimal_on_demand_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of memory per vCPU, in GiB.
    pub fn memory_gi_b_per_v_cpu(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryGiBPerVCpu>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of memory, in MiB.
    pub fn memory_mi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<MemoryMiB>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps).
    pub fn network_bandwidth_gbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkBandwidthGbps>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The minimum and maximum number of network interfaces.
    pub fn network_interface_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkInterfaceCount>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// [Price protection] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price.
    pub fn on_demand_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// Indicates whether instance types must support hibernation for On-Demand Instances.
    pub fn require_hibernate_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// [Price protection] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price.
    pub fn spot_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of total local storage, in GB.
    pub fn total_local_storage_gb(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TotalLocalStorageGb>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The minimum and maximum number of vCPUs.
    pub fn v_cpu_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<VCpuCount>>) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceRequirements {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceRequirements> for ::forma_core::Value<InstanceRequirements> {
    fn from(v: InstanceRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_TYPE.properties))
    }
}

/// Specifies a license configuration for an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseSpecification {
    props: ::forma_core::schema::Props,
}
impl LicenseSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the license configuration.
    pub fn license_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LicenseSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LicenseSpecification> for ::forma_core::Value<LicenseSpecification> {
    fn from(v: LicenseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoRecovery {
    /// `default`
    Default,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoRecovery {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "disabled"]
    }
}
impl ::std::convert::From<AutoRecovery> for ::forma_core::Value<AutoRecovery> {
    fn from(v: AutoRecovery) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoRecovery {}

/// The maintenance options of your instance.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceOptions {
    props: ::forma_core::schema::Props,
}
impl MaintenanceOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Disables the automatic recovery behavior of your instance or sets it to default.
    pub fn auto_recovery(mut self, value: impl ::forma_core::schema::EnumArg<AutoRecovery>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceOptions> for ::forma_core::Value<MaintenanceOptions> {
    fn from(v: MaintenanceOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_OPTIONS_TYPE.properties))
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

/// The metadata options for the instance.
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
    /// The desired HTTP PUT response hop limit for instance metadata requests.
    pub fn http_put_response_hop_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether IMDSv2 is required.
    pub fn http_tokens(mut self, value: impl ::forma_core::schema::EnumArg<HttpTokens>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Set to `enabled` to allow access to instance tags from the instance metadata.
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

/// Specifies whether detailed monitoring is enabled for an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Monitoring {
    props: ::forma_core::schema::Props,
}
impl Monitoring {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify `true` to enable detailed monitoring.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Monitoring {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Monitoring> for ::forma_core::Value<Monitoring> {
    fn from(v: Monitoring) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_TYPE.properties))
    }
}

/// Specifies the parameters for a network interface.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterface {
    props: ::forma_core::schema::Props,
}
impl NetworkInterface {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Associates a Carrier IP address with eth0 for a new network interface.
    pub fn associate_carrier_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Associates a public IPv4 address with eth0 for a new network interface.
    pub fn associate_public_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A connection tracking specification for the network interface.
    pub fn connection_tracking_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionTrackingSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether the network interface is deleted when the instance is terminated.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A description for the network interface.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The device index for the network interface attachment.
    pub fn device_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The number of ENA queues to be created with the instance.
    pub fn ena_queue_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The ENA Express configuration for the network interface.
    pub fn ena_srd_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnaSrdSpecification>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The IDs of one or more security groups.
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The type of network interface.
    pub fn interface_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The number of IPv4 prefixes to be automatically assigned to the network interface.
    pub fn ipv4_prefix_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// One or more IPv4 prefixes to be assigned to the network interface.
    pub fn ipv4_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ipv4PrefixSpecification>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The number of IPv6 addresses to assign to a network interface.
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet.
    pub fn ipv6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ipv6Add>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The number of IPv6 prefixes to be automatically assigned to the network interface.
    pub fn ipv6_prefix_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// One or more IPv6 prefixes to be assigned to the network interface.
    pub fn ipv6_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ipv6PrefixSpecification>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The index of the network card.
    pub fn network_card_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The ID of the network interface.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// The primary IPv6 address of the network interface.
    pub fn primary_ipv6(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The primary private IPv4 address of the network interface.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// One or more private IPv4 addresses.
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateIpAdd>>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The number of secondary private IPv4 addresses to assign to a network interface.
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The ID of the subnet for the network interface.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterface {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterface> for ::forma_core::Value<NetworkInterface> {
    fn from(v: NetworkInterface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `ebs-1`, `vpc-1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BandwidthWeighting {
    /// `default`
    Default,
    /// `ebs-1`
    Ebs1,
    /// `vpc-1`
    Vpc1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BandwidthWeighting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Ebs1 => "ebs-1",
            Self::Vpc1 => "vpc-1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "ebs-1", "vpc-1"]
    }
}
impl ::std::convert::From<BandwidthWeighting> for ::forma_core::Value<BandwidthWeighting> {
    fn from(v: BandwidthWeighting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BandwidthWeighting {}

/// Contains settings for the network performance options for the instance.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkPerformanceOptions {
    props: ::forma_core::schema::Props,
}
impl NetworkPerformanceOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify the bandwidth weighting option to boost the associated type of baseline bandwidth, as follows: + default This option uses the standard bandwidth configuration for your instance type.
    pub fn bandwidth_weighting(mut self, value: impl ::forma_core::schema::EnumArg<BandwidthWeighting>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NetworkPerformanceOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkPerformanceOptions> for ::forma_core::Value<NetworkPerformanceOptions> {
    fn from(v: NetworkPerformanceOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_PERFORMANCE_OPTIONS_TYPE.properties))
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

/// Specifies the placement of an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    props: ::forma_core::schema::Props,
}
impl Placement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The affinity setting for an instance on a Dedicated Host.
    pub fn affinity(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Availability Zone for the instance.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Group Id of a placement group.
    pub fn group_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the placement group for the instance.
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ID of the Dedicated Host for the instance.
    pub fn host_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ARN of the host resource group in which to launch the instances.
    pub fn host_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The number of the partition the instance should launch in.
    pub fn partition_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Reserved for future use.
    pub fn spread_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The tenancy of the instance.
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set(8, value.into_enum_expr());
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

/// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries should be handled.
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
    /// The type of hostname for EC2 instances.
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

/// Specifies the tags to apply to resources that are created during instance launch.
#[derive(Debug, Clone, PartialEq)]
pub struct TagSpecification {
    props: ::forma_core::schema::Props,
}
impl TagSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of resource to tag.
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The tags to apply to the resource.
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

/// Specifies a tag.
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

/// Parameters for a block device for an EBS volume in an Amazon EC2 launch template.
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
    /// `EbsCardIndex`.
    pub fn ebs_card_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether the EBS volume is encrypted.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The number of I/O operations per second (IOPS).
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use for EBS encryption.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ID of the snapshot.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The throughput to provision for a `gp3` volume, with a maximum of 2,000 MiB/s.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume.
    pub fn volume_initialization_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The size of the volume, in GiBs.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The volume type.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(9, value.into_enum_expr());
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

/// Specifies a target Capacity Reservation.
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
    pub fn capacity_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the Capacity Reservation resource group in which to run the instance.
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

/// The values CloudFormation documents: `one-time`, `persistent`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpotInstanceType {
    /// `one-time`
    OneTime,
    /// `persistent`
    Persistent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpotInstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneTime => "one-time",
            Self::Persistent => "persistent",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["one-time", "persistent"]
    }
}
impl ::std::convert::From<SpotInstanceType> for ::forma_core::Value<SpotInstanceType> {
    fn from(v: SpotInstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpotInstanceType {}

/// Specifies options for Spot Instances.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotOptions {
    props: ::forma_core::schema::Props,
}
impl SpotOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Deprecated.
    pub fn block_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The behavior when a Spot Instance is interrupted.
    pub fn instance_interruption_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceInterruptionBehavior>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The maximum hourly price you're willing to pay for a Spot Instance.
    pub fn max_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Spot Instance request type.
    pub fn spot_instance_type(mut self, value: impl ::forma_core::schema::EnumArg<SpotInstanceType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The end date of the request, in UTC format (*YYYY-MM-DD*T*HH:MM:SS*Z).
    pub fn valid_until(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpotOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotOptions> for ::forma_core::Value<SpotOptions> {
    fn from(v: SpotOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_OPTIONS_TYPE.properties))
    }
}

/// The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorCount {
    props: ::forma_core::schema::Props,
}
impl AcceleratorCount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of accelerators.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of accelerators.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcceleratorCount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcceleratorCount> for ::forma_core::Value<AcceleratorCount> {
    fn from(v: AcceleratorCount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_COUNT_TYPE.properties))
    }
}

/// The minimum and maximum amount of total accelerator memory, in MiB.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorTotalMemoryMiB {
    props: ::forma_core::schema::Props,
}
impl AcceleratorTotalMemoryMiB {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of accelerator memory, in MiB.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum amount of accelerator memory, in MiB.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcceleratorTotalMemoryMiB {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcceleratorTotalMemoryMiB> for ::forma_core::Value<AcceleratorTotalMemoryMiB> {
    fn from(v: AcceleratorTotalMemoryMiB) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_TOTAL_MEMORY_MI_B_TYPE.properties))
    }
}

/// The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselineEbsBandwidthMbps {
    props: ::forma_core::schema::Props,
}
impl BaselineEbsBandwidthMbps {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum baseline bandwidth, in Mbps.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum baseline bandwidth, in Mbps.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BaselineEbsBandwidthMbps {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BaselineEbsBandwidthMbps> for ::forma_core::Value<BaselineEbsBandwidthMbps> {
    fn from(v: BaselineEbsBandwidthMbps) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASELINE_EBS_BANDWIDTH_MBPS_TYPE.properties))
    }
}

/// The baseline performance to consider, using an instance family as a baseline reference.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselinePerformanceFactors {
    props: ::forma_core::schema::Props,
}
impl BaselinePerformanceFactors {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CPU performance to consider, using an instance family as the baseline reference.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<Cpu>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BaselinePerformanceFactors {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BaselinePerformanceFactors> for ::forma_core::Value<BaselinePerformanceFactors> {
    fn from(v: BaselinePerformanceFactors) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASELINE_PERFORMANCE_FACTORS_TYPE.properties))
    }
}

/// The minimum and maximum amount of memory per vCPU, in GiB.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryGiBPerVCpu {
    props: ::forma_core::schema::Props,
}
impl MemoryGiBPerVCpu {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of memory per vCPU, in GiB.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum amount of memory per vCPU, in GiB.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryGiBPerVCpu {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryGiBPerVCpu> for ::forma_core::Value<MemoryGiBPerVCpu> {
    fn from(v: MemoryGiBPerVCpu) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_GI_B_PER_V_CPU_TYPE.properties))
    }
}

/// The minimum and maximum amount of memory, in MiB.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryMiB {
    props: ::forma_core::schema::Props,
}
impl MemoryMiB {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of memory, in MiB.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum amount of memory, in MiB.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryMiB {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryMiB> for ::forma_core::Value<MemoryMiB> {
    fn from(v: MemoryMiB) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_MI_B_TYPE.properties))
    }
}

/// The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps).
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBandwidthGbps {
    props: ::forma_core::schema::Props,
}
impl NetworkBandwidthGbps {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of network bandwidth, in Gbps.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum amount of network bandwidth, in Gbps.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkBandwidthGbps {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkBandwidthGbps> for ::forma_core::Value<NetworkBandwidthGbps> {
    fn from(v: NetworkBandwidthGbps) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_BANDWIDTH_GBPS_TYPE.properties))
    }
}

/// The minimum and maximum number of network interfaces.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceCount {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceCount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of network interfaces.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of network interfaces.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterfaceCount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterfaceCount> for ::forma_core::Value<NetworkInterfaceCount> {
    fn from(v: NetworkInterfaceCount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_COUNT_TYPE.properties))
    }
}

/// The minimum and maximum amount of total local storage, in GB.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalLocalStorageGb {
    props: ::forma_core::schema::Props,
}
impl TotalLocalStorageGb {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of total local storage, in GB.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum amount of total local storage, in GB.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TotalLocalStorageGb {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TotalLocalStorageGb> for ::forma_core::Value<TotalLocalStorageGb> {
    fn from(v: TotalLocalStorageGb) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOTAL_LOCAL_STORAGE_GB_TYPE.properties))
    }
}

/// The minimum and maximum number of vCPUs.
#[derive(Debug, Clone, PartialEq)]
pub struct VCpuCount {
    props: ::forma_core::schema::Props,
}
impl VCpuCount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of vCPUs.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of vCPUs.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VCpuCount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VCpuCount> for ::forma_core::Value<VCpuCount> {
    fn from(v: VCpuCount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(V_CPU_COUNT_TYPE.properties))
    }
}

/// A security group connection tracking specification that enables you to set the idle timeout for connection tracking on an Elastic network interface.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionTrackingSpecification {
    props: ::forma_core::schema::Props,
}
impl ConnectionTrackingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Timeout (in seconds) for idle TCP connections in an established state.
    pub fn tcp_established_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one request-response transaction.
    pub fn udp_stream_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or a single request-response transaction.
    pub fn udp_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionTrackingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionTrackingSpecification> for ::forma_core::Value<ConnectionTrackingSpecification> {
    fn from(v: ConnectionTrackingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_TRACKING_SPECIFICATION_TYPE.properties))
    }
}

/// ENA Express uses AWS Scalable Reliable Datagram (SRD) technology to increase the maximum bandwidth used per stream and minimize tail latency of network traffic between EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct EnaSrdSpecification {
    props: ::forma_core::schema::Props,
}
impl EnaSrdSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether ENA Express is enabled for the network interface.
    pub fn ena_srd_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configures ENA Express for UDP network traffic.
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

/// Specifies an IPv4 prefix for a network interface.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv4PrefixSpecification {
    props: ::forma_core::schema::Props,
}
impl Ipv4PrefixSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IPv4 prefix.
    pub fn ipv4_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ipv4PrefixSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ipv4PrefixSpecification> for ::forma_core::Value<Ipv4PrefixSpecification> {
    fn from(v: Ipv4PrefixSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPV4_PREFIX_SPECIFICATION_TYPE.properties))
    }
}

/// Specifies an IPv6 address in an Amazon EC2 launch template.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv6Add {
    props: ::forma_core::schema::Props,
}
impl Ipv6Add {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ipv6Add {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ipv6Add> for ::forma_core::Value<Ipv6Add> {
    fn from(v: Ipv6Add) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPV6_ADD_TYPE.properties))
    }
}

/// Specifies an IPv6 prefix for a network interface.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv6PrefixSpecification {
    props: ::forma_core::schema::Props,
}
impl Ipv6PrefixSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IPv6 prefix.
    pub fn ipv6_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ipv6PrefixSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ipv6PrefixSpecification> for ::forma_core::Value<Ipv6PrefixSpecification> {
    fn from(v: Ipv6PrefixSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPV6_PREFIX_SPECIFICATION_TYPE.properties))
    }
}

/// Specifies a secondary private IPv4 address for a network interface.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateIpAdd {
    props: ::forma_core::schema::Props,
}
impl PrivateIpAdd {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the private IPv4 address is the primary private IPv4 address.
    pub fn primary(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The private IPv4 address.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateIpAdd {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateIpAdd> for ::forma_core::Value<PrivateIpAdd> {
    fn from(v: PrivateIpAdd) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_IP_ADD_TYPE.properties))
    }
}

/// Specifies the CPU performance to consider when using an instance family as the baseline reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Cpu {
    props: ::forma_core::schema::Props,
}
impl Cpu {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The instance family to use as the baseline reference for CPU performance.
    pub fn references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Reference>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Cpu {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Cpu> for ::forma_core::Value<Cpu> {
    fn from(v: Cpu) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_TYPE.properties))
    }
}

/// ENA Express is compatible with both TCP and UDP transport protocols.
#[derive(Debug, Clone, PartialEq)]
pub struct EnaSrdUdpSpecification {
    props: ::forma_core::schema::Props,
}
impl EnaSrdUdpSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether UDP traffic to and from the instance uses ENA Express.
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

/// Specifies an instance family to use as the baseline reference for CPU performance.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    props: ::forma_core::schema::Props,
}
impl Reference {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The instance family to use as a baseline reference.
    pub fn instance_family(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Reference {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Reference> for ::forma_core::Value<Reference> {
    fn from(v: Reference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFERENCE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::LaunchTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::LaunchTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VersionDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["DefaultVersionNumber", "LaunchTemplateId", "LatestVersionNumber"],
};

static LAUNCH_TEMPLATE_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.LaunchTemplateData",
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
            shape: ::forma_core::schema::Shape::Object(&CPU_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreditSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREDIT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableApiStop",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "EnclaveOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCLAVE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HibernationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HIBERNATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IamInstanceProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_INSTANCE_PROFILE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceInitiatedShutdownBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["stop", "terminate"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceMarketOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_MARKET_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_TYPE),
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
            name: "LicenseSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LICENSE_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_OPTIONS_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&MONITORING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkPerformanceOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_PERFORMANCE_OPTIONS_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_DNS_NAME_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RamDiskId",
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
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TagSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::LaunchTemplate.LaunchTemplateTagSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "ResourceType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "application-status-check",
                    "capacity-block",
                    "capacity-manager-data-export",
                    "capacity-reservation",
                    "capacity-reservation-cancellation-quote",
                    "capacity-reservation-fleet",
                    "capacity-reservation-modification-quote",
                    "carrier-gateway",
                    "client-vpn-endpoint",
                    "coip-pool",
                    "customer-gateway",
                    "declarative-policies-report",
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
                    "image-usage-report",
                    "import-image-task",
                    "import-snapshot-task",
                    "instance",
                    "instance-connect-endpoint",
                    "instance-event-window",
                    "internet-gateway",
                    "ipam",
                    "ipam-external-resource-verification-token",
                    "ipam-internet-registry-association",
                    "ipam-policy",
                    "ipam-pool",
                    "ipam-pool-allocation",
                    "ipam-prefix-list-resolver",
                    "ipam-prefix-list-resolver-target",
                    "ipam-resource-discovery",
                    "ipam-resource-discovery-association",
                    "ipam-scope",
                    "ipv4pool-ec2",
                    "ipv6pool-ec2",
                    "key-pair",
                    "launch-template",
                    "local-gateway",
                    "local-gateway-route-table",
                    "local-gateway-route-table-virtual-interface-group-association",
                    "local-gateway-route-table-vpc-association",
                    "local-gateway-virtual-interface",
                    "local-gateway-virtual-interface-group",
                    "mac-modification-task",
                    "natgateway",
                    "network-acl",
                    "network-insights-access-scope",
                    "network-insights-access-scope-analysis",
                    "network-insights-analysis",
                    "network-insights-path",
                    "network-interface",
                    "outpost-lag",
                    "placement-group",
                    "prefix-list",
                    "replace-root-volume-task",
                    "reserved-instances",
                    "route-server",
                    "route-server-endpoint",
                    "route-server-peer",
                    "route-table",
                    "secondary-interface",
                    "secondary-network",
                    "secondary-subnet",
                    "security-group",
                    "security-group-rule",
                    "service-link-virtual-interface",
                    "snapshot",
                    "spot-fleet-request",
                    "spot-instances-request",
                    "subnet",
                    "subnet-cidr-reservation",
                    "traffic-mirror-filter",
                    "traffic-mirror-filter-rule",
                    "traffic-mirror-session",
                    "traffic-mirror-target",
                    "transit-gateway",
                    "transit-gateway-attachment",
                    "transit-gateway-connect-peer",
                    "transit-gateway-metering-policy",
                    "transit-gateway-multicast-domain",
                    "transit-gateway-policy-table",
                    "transit-gateway-route-table",
                    "transit-gateway-route-table-announcement",
                    "verified-access-endpoint",
                    "verified-access-endpoint-target",
                    "verified-access-group",
                    "verified-access-instance",
                    "verified-access-policy",
                    "verified-access-trust-provider",
                    "volume",
                    "vpc",
                    "vpc-block-public-access-exclusion",
                    "vpc-encryption-control",
                    "vpc-endpoint",
                    "vpc-endpoint-connection",
                    "vpc-endpoint-connection-device-type",
                    "vpc-endpoint-service",
                    "vpc-endpoint-service-permission",
                    "vpc-flow-log",
                    "vpc-peering-connection",
                    "vpn-concentrator",
                    "vpn-connection",
                    "vpn-connection-device-type",
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
    name: "AWS::EC2::LaunchTemplate.BlockDeviceMapping",
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
            shape: ::forma_core::schema::Shape::Object(&EBS_TYPE),
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

static CAPACITY_RESERVATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::LaunchTemplate.CapacityReservationSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "CapacityReservationPreference",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["capacity-reservations-only", "none", "open"]),
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

static CPU_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.CpuOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmdSevSnp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
        },
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
            name: "NestedVirtualization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
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
    name: "AWS::EC2::LaunchTemplate.CreditSpecification",
    properties: &[::forma_core::schema::Property {
        name: "CpuCredits",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ENCLAVE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.EnclaveOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static HIBERNATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.HibernationOptions",
    properties: &[::forma_core::schema::Property {
        name: "Configured",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static IAM_INSTANCE_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.IamInstanceProfile",
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

static INSTANCE_MARKET_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.InstanceMarketOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "MarketType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "capacity-block",
                "interruptible-capacity-reservation",
                "on-demand",
                "spot",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SpotOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPOT_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.InstanceRequirements",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceleratorCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_COUNT_TYPE),
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
                    "a100",
                    "a10g",
                    "gaudi-hl-205",
                    "h100",
                    "inferentia",
                    "inferentia2",
                    "k520",
                    "k80",
                    "l4",
                    "l40s",
                    "m60",
                    "radeon-pro-v520",
                    "t4",
                    "t4g",
                    "trainium",
                    "trainium2",
                    "u30",
                    "v100",
                    "vu9p",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorTotalMemoryMiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_TOTAL_MEMORY_MI_B_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["fpga", "gpu", "inference", "media"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\.\\*\\-]+$"),
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
            shape: ::forma_core::schema::Shape::Enum(&["excluded", "included", "required"]),
        },
        ::forma_core::schema::Property {
            name: "BaselineEbsBandwidthMbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_EBS_BANDWIDTH_MBPS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BaselinePerformanceFactors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_PERFORMANCE_FACTORS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BurstablePerformance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["excluded", "included", "required"]),
        },
        ::forma_core::schema::Property {
            name: "CpuManufacturers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["amazon-web-services", "amd", "apple", "intel"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\.\\*\\-]+$"),
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
            shape: ::forma_core::schema::Shape::Enum(&["excluded", "included", "required"]),
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
            shape: ::forma_core::schema::Shape::Object(&MEMORY_GI_B_PER_V_CPU_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MemoryMiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_MI_B_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkBandwidthGbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_BANDWIDTH_GBPS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_COUNT_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&TOTAL_LOCAL_STORAGE_GB_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VCpuCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&V_CPU_COUNT_TYPE),
        },
    ],
    rules: &[],
};

static LICENSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.LicenseSpecification",
    properties: &[::forma_core::schema::Property {
        name: "LicenseConfigurationArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MAINTENANCE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.MaintenanceOptions",
    properties: &[::forma_core::schema::Property {
        name: "AutoRecovery",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["default", "disabled"]),
    }],
    rules: &[],
};

static METADATA_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.MetadataOptions",
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
        ::forma_core::schema::Property {
            name: "InstanceMetadataTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disabled", "enabled"]),
        },
    ],
    rules: &[],
};

static MONITORING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Monitoring",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static NETWORK_INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.NetworkInterface",
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
            name: "ConnectionTrackingSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_TRACKING_SPECIFICATION_TYPE),
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
            name: "EnaQueueCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnaSrdSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENA_SRD_SPECIFICATION_TYPE),
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
            name: "Ipv4PrefixCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv4Prefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPV4_PREFIX_SPECIFICATION_TYPE),
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
                &::forma_core::schema::Shape::Object(&IPV6_ADD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ipv6PrefixCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Prefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPV6_PREFIX_SPECIFICATION_TYPE),
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
            name: "PrimaryIpv6",
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
        ::forma_core::schema::Property {
            name: "PrivateIpAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRIVATE_IP_ADD_TYPE),
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

static NETWORK_PERFORMANCE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.NetworkPerformanceOptions",
    properties: &[::forma_core::schema::Property {
        name: "BandwidthWeighting",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["default", "ebs-1", "vpc-1"]),
    }],
    rules: &[],
};

static PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Placement",
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
            name: "GroupId",
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

static PRIVATE_DNS_NAME_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.PrivateDnsNameOptions",
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
    name: "AWS::EC2::LaunchTemplate.TagSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "application-status-check",
                "capacity-block",
                "capacity-manager-data-export",
                "capacity-reservation",
                "capacity-reservation-cancellation-quote",
                "capacity-reservation-fleet",
                "capacity-reservation-modification-quote",
                "carrier-gateway",
                "client-vpn-endpoint",
                "coip-pool",
                "customer-gateway",
                "declarative-policies-report",
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
                "image-usage-report",
                "import-image-task",
                "import-snapshot-task",
                "instance",
                "instance-connect-endpoint",
                "instance-event-window",
                "internet-gateway",
                "ipam",
                "ipam-external-resource-verification-token",
                "ipam-internet-registry-association",
                "ipam-policy",
                "ipam-pool",
                "ipam-pool-allocation",
                "ipam-prefix-list-resolver",
                "ipam-prefix-list-resolver-target",
                "ipam-resource-discovery",
                "ipam-resource-discovery-association",
                "ipam-scope",
                "ipv4pool-ec2",
                "ipv6pool-ec2",
                "key-pair",
                "launch-template",
                "local-gateway",
                "local-gateway-route-table",
                "local-gateway-route-table-virtual-interface-group-association",
                "local-gateway-route-table-vpc-association",
                "local-gateway-virtual-interface",
                "local-gateway-virtual-interface-group",
                "mac-modification-task",
                "natgateway",
                "network-acl",
                "network-insights-access-scope",
                "network-insights-access-scope-analysis",
                "network-insights-analysis",
                "network-insights-path",
                "network-interface",
                "outpost-lag",
                "placement-group",
                "prefix-list",
                "replace-root-volume-task",
                "reserved-instances",
                "route-server",
                "route-server-endpoint",
                "route-server-peer",
                "route-table",
                "secondary-interface",
                "secondary-network",
                "secondary-subnet",
                "security-group",
                "security-group-rule",
                "service-link-virtual-interface",
                "snapshot",
                "spot-fleet-request",
                "spot-instances-request",
                "subnet",
                "subnet-cidr-reservation",
                "traffic-mirror-filter",
                "traffic-mirror-filter-rule",
                "traffic-mirror-session",
                "traffic-mirror-target",
                "transit-gateway",
                "transit-gateway-attachment",
                "transit-gateway-connect-peer",
                "transit-gateway-metering-policy",
                "transit-gateway-multicast-domain",
                "transit-gateway-policy-table",
                "transit-gateway-route-table",
                "transit-gateway-route-table-announcement",
                "verified-access-endpoint",
                "verified-access-endpoint-target",
                "verified-access-group",
                "verified-access-instance",
                "verified-access-policy",
                "verified-access-trust-provider",
                "volume",
                "vpc",
                "vpc-block-public-access-exclusion",
                "vpc-encryption-control",
                "vpc-endpoint",
                "vpc-endpoint-connection",
                "vpc-endpoint-connection-device-type",
                "vpc-endpoint-service",
                "vpc-endpoint-service-permission",
                "vpc-flow-log",
                "vpc-peering-connection",
                "vpn-concentrator",
                "vpn-connection",
                "vpn-connection-device-type",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Tag",
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

static EBS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Ebs",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteOnTermination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EbsCardIndex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
            name: "Throughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeInitializationRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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

static CAPACITY_RESERVATION_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.CapacityReservationTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationResourceGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SPOT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.SpotOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlockDurationMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceInterruptionBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["hibernate", "stop", "terminate"]),
        },
        ::forma_core::schema::Property {
            name: "MaxPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpotInstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["one-time", "persistent"]),
        },
        ::forma_core::schema::Property {
            name: "ValidUntil",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACCELERATOR_COUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.AcceleratorCount",
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

static ACCELERATOR_TOTAL_MEMORY_MI_B_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.AcceleratorTotalMemoryMiB",
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

static BASELINE_EBS_BANDWIDTH_MBPS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.BaselineEbsBandwidthMbps",
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

static BASELINE_PERFORMANCE_FACTORS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.BaselinePerformanceFactors",
    properties: &[::forma_core::schema::Property {
        name: "Cpu",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CPU_TYPE),
    }],
    rules: &[],
};

static MEMORY_GI_B_PER_V_CPU_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.MemoryGiBPerVCpu",
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

static MEMORY_MI_B_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.MemoryMiB",
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

static NETWORK_BANDWIDTH_GBPS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.NetworkBandwidthGbps",
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

static NETWORK_INTERFACE_COUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.NetworkInterfaceCount",
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

static TOTAL_LOCAL_STORAGE_GB_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.TotalLocalStorageGB",
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

static V_CPU_COUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.VCpuCount",
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

static CONNECTION_TRACKING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::LaunchTemplate.ConnectionTrackingSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "TcpEstablishedTimeout",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "UdpStreamTimeout",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "UdpTimeout",
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

static ENA_SRD_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.EnaSrdSpecification",
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

static IPV4_PREFIX_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Ipv4PrefixSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Ipv4Prefix",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static IPV6_ADD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Ipv6Add",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Address",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static IPV6_PREFIX_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Ipv6PrefixSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Prefix",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PRIVATE_IP_ADD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.PrivateIpAdd",
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

static CPU_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Cpu",
    properties: &[::forma_core::schema::Property {
        name: "References",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&REFERENCE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ENA_SRD_UDP_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.EnaSrdUdpSpecification",
    properties: &[::forma_core::schema::Property {
        name: "EnaSrdUdpEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LaunchTemplate.Reference",
    properties: &[::forma_core::schema::Property {
        name: "InstanceFamily",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
