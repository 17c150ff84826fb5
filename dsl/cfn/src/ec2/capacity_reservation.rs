// @generated from AWS::EC2::CapacityReservation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::CapacityReservation` and its property types.

/// Resource Type definition for AWS::EC2::CapacityReservation
///
/// CloudFormation type `AWS::EC2::CapacityReservation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservation {
    props: ::forma_core::schema::Props,
}
impl CapacityReservation {
    /// A new resource with its required properties: `InstanceCount`, `InstancePlatform`, `InstanceType`.
    #[track_caller]
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_platform: impl ::forma_core::schema::EnumArg<InstancePlatform>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, instance_count.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, instance_platform.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, instance_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AvailabilityZone`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AvailabilityZoneId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EbsOptimized`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndDate`.
    #[track_caller]
    pub fn end_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndDateType`.
    #[track_caller]
    pub fn end_date_type(mut self, value: impl ::forma_core::schema::EnumArg<EndDateType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EphemeralStorage`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ephemeral_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InstanceMatchCriteria`.
    #[track_caller]
    pub fn instance_match_criteria(mut self, value: impl ::forma_core::schema::EnumArg<InstanceMatchCriteria>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OutPostArn`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn out_post_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PlacementGroupArn`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn placement_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TagSpecifications`.
    #[track_caller]
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagSpecification>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tenancy`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UnusedReservationBillingOwnerId`.
    #[track_caller]
    pub fn unused_reservation_billing_owner_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CapacityReservation {
    type Attributes = CapacityReservationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::CapacityReservation"
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
/// The attributes of a `AWS::EC2::CapacityReservation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapacityReservationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapacityReservationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapacityReservationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `AvailableInstanceCount`.
    pub fn available_instance_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AvailableInstanceCount")
    }
    /// `Fn::GetAtt` `TotalInstanceCount`.
    pub fn total_instance_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "TotalInstanceCount")
    }
    /// `Fn::GetAtt` `StartDate`.
    pub fn start_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StartDate")
    }
    /// `Fn::GetAtt` `CapacityReservationArn`.
    pub fn capacity_reservation_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CapacityReservationArn")
    }
    /// `Fn::GetAtt` `CreateDate`.
    pub fn create_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateDate")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `ReservationType`.
    pub fn reservation_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReservationType")
    }
    /// `Fn::GetAtt` `CapacityAllocationSet`.
    pub fn capacity_allocation_set(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CapacityAllocationSet")
    }
    /// `Fn::GetAtt` `CommitmentInfo`.
    pub fn commitment_info(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CommitmentInfo")
    }
    /// `Fn::GetAtt` `DeliveryPreference`.
    pub fn delivery_preference(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeliveryPreference")
    }
    /// `Fn::GetAtt` `CapacityReservationFleetId`.
    pub fn capacity_reservation_fleet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CapacityReservationFleetId")
    }
}

/// The values CloudFormation documents: `limited`, `unlimited`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndDateType {
    /// `limited`
    Limited,
    /// `unlimited`
    Unlimited,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndDateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Limited => "limited",
            Self::Unlimited => "unlimited",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["limited", "unlimited"]
    }
}
impl ::std::convert::From<EndDateType> for ::forma_core::Value<EndDateType> {
    fn from(v: EndDateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndDateType {}

/// The values CloudFormation documents: `open`, `targeted`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceMatchCriteria {
    /// `open`
    Open,
    /// `targeted`
    Targeted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceMatchCriteria {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Targeted => "targeted",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["open", "targeted"]
    }
}
impl ::std::convert::From<InstanceMatchCriteria> for ::forma_core::Value<InstanceMatchCriteria> {
    fn from(v: InstanceMatchCriteria) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceMatchCriteria {}

/// The values CloudFormation documents: `Linux with SQL Server Enterprise`, `Linux with SQL Server Standard`, `Linux with SQL Server Web`, `Linux/UNIX`, `RHEL with HA`, `RHEL with HA and SQL Server Enterprise`, `RHEL with HA and SQL Server Standard`, `RHEL with SQL Server Enterprise`, `RHEL with SQL Server Standard`, `RHEL with SQL Server Web`, `Red Hat Enterprise Linux`, `SUSE Linux`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstancePlatform {
    /// `Linux with SQL Server Enterprise`
    LinuxWithSqlServerEnterprise,
    /// `Linux with SQL Server Standard`
    LinuxWithSqlServerStandard,
    /// `Linux with SQL Server Web`
    LinuxWithSqlServerWeb,
    /// `Linux/UNIX`
    LinuxUnix,
    /// `RHEL with HA`
    RhelWithHa,
    /// `RHEL with HA and SQL Server Enterprise`
    RhelWithHaAndSqlServerEnterprise,
    /// `RHEL with HA and SQL Server Standard`
    RhelWithHaAndSqlServerStandard,
    /// `RHEL with SQL Server Enterprise`
    RhelWithSqlServerEnterprise,
    /// `RHEL with SQL Server Standard`
    RhelWithSqlServerStandard,
    /// `RHEL with SQL Server Web`
    RhelWithSqlServerWeb,
    /// `Red Hat Enterprise Linux`
    RedHatEnterpriseLinux,
    /// `SUSE Linux`
    SuseLinux,
    /// `Ubuntu Pro`
    UbuntuPro,
    /// `Windows`
    Windows,
    /// `Windows with SQL Server`
    WindowsWithSqlServer,
    /// `Windows with SQL Server Enterprise`
    WindowsWithSqlServerEnterprise,
    /// `Windows with SQL Server Standard`
    WindowsWithSqlServerStandard,
    /// `Windows with SQL Server Web`
    WindowsWithSqlServerWeb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstancePlatform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LinuxWithSqlServerEnterprise => "Linux with SQL Server Enterprise",
            Self::LinuxWithSqlServerStandard => "Linux with SQL Server Standard",
            Self::LinuxWithSqlServerWeb => "Linux with SQL Server Web",
            Self::LinuxUnix => "Linux/UNIX",
            Self::RhelWithHa => "RHEL with HA",
            Self::RhelWithHaAndSqlServerEnterprise => "RHEL with HA and SQL Server Enterprise",
            Self::RhelWithHaAndSqlServerStandard => "RHEL with HA and SQL Server Standard",
            Self::RhelWithSqlServerEnterprise => "RHEL with SQL Server Enterprise",
            Self::RhelWithSqlServerStandard => "RHEL with SQL Server Standard",
            Self::RhelWithSqlServerWeb => "RHEL with SQL Server Web",
            Self::RedHatEnterpriseLinux => "Red Hat Enterprise Linux",
            Self::SuseLinux => "SUSE Linux",
            Self::UbuntuPro => "Ubuntu Pro",
            Self::Windows => "Windows",
            Self::WindowsWithSqlServer => "Windows with SQL Server",
            Self::WindowsWithSqlServerEnterprise => "Windows with SQL Server Enterprise",
            Self::WindowsWithSqlServerStandard => "Windows with SQL Server Standard",
            Self::WindowsWithSqlServerWeb => "Windows with SQL Server Web",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Linux with SQL Server Enterprise",
            "Linux with SQL Server Standard",
            "Linux with SQL Server Web",
            "Linux/UNIX",
            "RHEL with HA",
            "RHEL with HA and SQL Server Enterprise",
            "RHEL with HA and SQL Server Standard",
            "RHEL with SQL Server Enterprise",
            "RHEL with SQL Server Standard",
            "RHEL with SQL Server Web",
            "Red Hat Enterprise Linux",
            "SUSE Linux",
            "Ubuntu Pro",
            "Windows",
            "Windows with SQL Server",
            "Windows with SQL Server Enterprise",
            "Windows with SQL Server Standard",
            "Windows with SQL Server Web",
        ]
    }
}
impl ::std::convert::From<InstancePlatform> for ::forma_core::Value<InstancePlatform> {
    fn from(v: InstancePlatform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstancePlatform {}

/// The values CloudFormation documents: `dedicated`, `default`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tenancy {
    /// `dedicated`
    Dedicated,
    /// `default`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tenancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dedicated => "dedicated",
            Self::Default => "default",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["dedicated", "default"]
    }
}
impl ::std::convert::From<Tenancy> for ::forma_core::Value<Tenancy> {
    fn from(v: Tenancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tenancy {}

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

/// The `TagSpecification` property type of `AWS::EC2::CapacityReservation`.
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

/// The `Tag` property type of `AWS::EC2::CapacityReservation`.
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

/// The schema of `AWS::EC2::CapacityReservation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::CapacityReservation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsOptimized",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EndDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndDateType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["limited", "unlimited"]),
        },
        ::forma_core::schema::Property {
            name: "EphemeralStorage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceMatchCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["open", "targeted"]),
        },
        ::forma_core::schema::Property {
            name: "InstancePlatform",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Linux with SQL Server Enterprise",
                "Linux with SQL Server Standard",
                "Linux with SQL Server Web",
                "Linux/UNIX",
                "RHEL with HA",
                "RHEL with HA and SQL Server Enterprise",
                "RHEL with HA and SQL Server Standard",
                "RHEL with SQL Server Enterprise",
                "RHEL with SQL Server Standard",
                "RHEL with SQL Server Web",
                "Red Hat Enterprise Linux",
                "SUSE Linux",
                "Ubuntu Pro",
                "Windows",
                "Windows with SQL Server",
                "Windows with SQL Server Enterprise",
                "Windows with SQL Server Standard",
                "Windows with SQL Server Web",
            ]),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutPostArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([a-z-]+)?:outposts:[a-z\\d-]+:\\d{12}:outpost/op-[a-f0-9]{17}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PlacementGroupArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([a-z-]+)?:ec2:[a-z\\d-]+:\\d{12}:placement-group/^.{1,255}$"),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tenancy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["dedicated", "default"]),
        },
        ::forma_core::schema::Property {
            name: "UnusedReservationBillingOwnerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "AvailableInstanceCount",
        "TotalInstanceCount",
        "StartDate",
        "CapacityReservationArn",
        "CreateDate",
        "State",
        "OwnerId",
        "ReservationType",
        "CapacityAllocationSet",
        "CommitmentInfo",
        "DeliveryPreference",
        "CapacityReservationFleetId",
    ],
};

static TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::CapacityReservation.TagSpecification",
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
    name: "AWS::EC2::CapacityReservation.Tag",
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
