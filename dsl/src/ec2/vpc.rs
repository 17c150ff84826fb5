//! `ec2::Vpc`: a VPC with subnet groups over several availability zones, an internet
//! gateway, NAT gateways, gateway endpoints and flow logs.

use forma_cfn::ec2 as l1;
use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::{AsScope, CfnResource, Resource, Scope, Severity};

use super::cidr::{Carver, Cidr};
use crate::iam::{PolicyStatement, Role, RoleProps, ServicePrincipal};
use crate::logs::{LogGroup, LogGroupProps, Retention};

/// What a subnet group's subnets reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubnetType {
    /// Routed to the internet gateway: load balancers, NAT gateways.
    Public,
    /// Out to the internet through a NAT gateway, not reachable from it: services.
    PrivateWithEgress,
    /// No route out of the VPC: databases.
    Isolated,
}

/// One subnet per availability zone, all of one kind.
#[derive(Debug, Clone)]
pub struct SubnetGroup {
    name: String,
    kind: SubnetType,
    cidr_mask: u8,
}

impl SubnetGroup {
    /// A group named `name` (it names the subnets: `PublicSubnet1`) of `kind`.
    pub fn new(name: impl Into<String>, kind: SubnetType) -> Self {
        SubnetGroup { name: name.into(), kind, cidr_mask: 24 }
    }

    /// The size of each subnet, `/16` to `/28`. Default: `/24` (251 usable addresses).
    pub fn cidr_mask(mut self, mask: u8) -> Self {
        self.cidr_mask = mask;
        self
    }
}

/// An endpoint that keeps traffic to an AWS service inside the VPC, through the route tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayEndpoint {
    /// Amazon S3 (`com.amazonaws.<region>.s3`).
    S3,
    /// DynamoDB (`com.amazonaws.<region>.dynamodb`).
    DynamoDb,
}

/// What a [`Vpc`] is made of. Nothing is required.
#[derive(Debug, Clone)]
pub struct VpcProps {
    cidr: String,
    max_azs: u32,
    nat_gateways: u32,
    groups: Vec<SubnetGroup>,
    endpoints: Vec<GatewayEndpoint>,
    flow_logs: Option<Retention>,
}

impl Default for VpcProps {
    fn default() -> Self {
        VpcProps {
            cidr: "10.0.0.0/16".into(),
            max_azs: 2,
            nat_gateways: 1,
            groups: Vec::new(),
            endpoints: Vec::new(),
            flow_logs: None,
        }
    }
}

impl VpcProps {
    /// The VPC's range, `/16` to `/28`. Default: `10.0.0.0/16`.
    pub fn cidr(mut self, cidr: impl Into<String>) -> Self {
        self.cidr = cidr.into();
        self
    }

    /// How many availability zones (the first of the region's, through `Fn::GetAZs`, so no
    /// account lookup is needed), 1 to 6. Default: 2.
    pub fn max_azs(mut self, azs: u32) -> Self {
        self.max_azs = azs;
        self
    }

    /// How many NAT gateways, 0 to one per availability zone; private subnets use the one
    /// in their zone, or the first. Default: 1 (cheapest; one zone's outage cuts egress).
    pub fn nat_gateways(mut self, count: u32) -> Self {
        self.nat_gateways = count;
        self
    }

    /// Adds a subnet group. Default: `Public` and `Private` (with egress) groups of `/24`s.
    pub fn subnet_group(mut self, group: SubnetGroup) -> Self {
        self.groups.push(group);
        self
    }

    /// Adds a gateway endpoint to every route table. Default: none.
    pub fn gateway_endpoint(mut self, endpoint: GatewayEndpoint) -> Self {
        if !self.endpoints.contains(&endpoint) {
            self.endpoints.push(endpoint);
        }
        self
    }

    /// Records every flow to a log group kept for `retention`. Default: no flow logs.
    pub fn flow_logs(mut self, retention: Retention) -> Self {
        self.flow_logs = Some(retention);
        self
    }
}

/// One subnet of a [`Vpc`].
#[derive(Debug, Clone)]
pub struct Subnet {
    /// The subnet's id.
    pub id: Value<String>,
    /// Its availability zone.
    pub availability_zone: Value<String>,
    /// Its route table's id.
    pub route_table_id: Value<String>,
    /// Its range, `10.0.0.0/24`.
    pub cidr: String,
    /// The kind of its subnet group.
    pub kind: SubnetType,
}

/// A VPC: the L1 `AWS::EC2::VPC` under the child id `Resource`, DNS on; per subnet group and
/// zone a subnet with its route table (`PublicSubnet1/Subnet`, `.../RouteTable`, ...); an
/// internet gateway (`IGW`, `VPCGW`) when there are public subnets; NAT gateways in the
/// public subnets, each made once its subnet reaches the internet gateway.
///
/// A VPC derefs to its [`VpcRef`]: what every VPC, made here or imported, offers.
#[derive(Clone)]
pub struct Vpc {
    scope: Scope,
    resource: Resource<l1::Vpc>,
    reference: VpcRef,
    /// The flow logs' log group and the role that writes it, when the VPC has flow logs.
    flow_logs: Option<(LogGroup, Role)>,
}

/// A VPC, made in this app or not ([`Vpc::from_attributes`]): its id, range and subnets,
/// which load balancers, services and functions are placed in.
#[derive(Clone)]
pub struct VpcRef {
    scope: Scope,
    id: Value<String>,
    cidr_block: Value<String>,
    subnets: Vec<Subnet>,
    /// The default route of each subnet of `subnets` (none in isolated ones, nor in an
    /// imported VPC, whose routes exist already).
    default_routes: Vec<Option<Resource<l1::Route>>>,
    /// The internet gateway's attachment, when this app makes it.
    attachment: Option<Resource<l1::VpcGatewayAttachment>>,
}

impl std::fmt::Debug for VpcRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VpcRef({})", self.scope.path())
    }
}

/// What [`Vpc::from_attributes`] needs of a VPC that is not in this app: its id, range and
/// the subnets of each kind, zone by zone.
#[derive(Debug, Clone)]
pub struct VpcAttributes {
    vpc_id: Value<String>,
    cidr_block: Value<String>,
    zones: Vec<Value<String>>,
    subnets: Vec<(SubnetType, Vec<Value<String>>)>,
}

impl VpcAttributes {
    /// The VPC `vpc_id` (`vpc-0123...`), whose range is `cidr_block` (`10.0.0.0/16`), over
    /// the availability zones `zones`.
    pub fn new<Z: Into<Value<String>>>(
        vpc_id: impl Into<Value<String>>,
        cidr_block: impl Into<Value<String>>,
        zones: impl IntoIterator<Item = Z>,
    ) -> Self {
        VpcAttributes {
            vpc_id: vpc_id.into(),
            cidr_block: cidr_block.into(),
            zones: zones.into_iter().map(Into::into).collect(),
            subnets: Vec::new(),
        }
    }

    /// The subnets of `kind`, one per zone, in the zones' order.
    pub fn subnets<S: Into<Value<String>>>(mut self, kind: SubnetType, ids: impl IntoIterator<Item = S>) -> Self {
        self.subnets.push((kind, ids.into_iter().map(Into::into).collect()));
        self
    }
}

forma_core::construct!(Vpc, l1::Vpc);

impl Vpc {
    /// A VPC under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ec2::{GatewayEndpoint, SubnetGroup, SubnetType, Vpc, VpcProps};
    /// let app = forma_dsl::App::new();
    /// let vpc = Vpc::new(&app.stack("Network"), "Vpc", VpcProps::default()
    ///     .max_azs(3)
    ///     .subnet_group(SubnetGroup::new("Public", SubnetType::Public))
    ///     .subnet_group(SubnetGroup::new("App", SubnetType::PrivateWithEgress).cidr_mask(22))
    ///     .gateway_endpoint(GatewayEndpoint::S3));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: VpcProps) -> Vpc {
        let scope = scope.as_scope().child(id);
        let range = match Cidr::parse(&props.cidr) {
            Ok(c) if (16..=28).contains(&c.prefix()) => Some(c),
            Ok(c) => {
                scope.report(
                    Severity::Error,
                    "vpc-cidr",
                    format!("the VPC's range {c} is /{}; AWS allows /16 to /28", c.prefix()),
                    None,
                );
                None
            }
            Err(why) => {
                scope.report(Severity::Error, "vpc-cidr", why, Some("give the range as 10.0.0.0/16"));
                None
            }
        };
        let azs = crate::limits::within(&scope, "vpc-max-azs", "max_azs", props.max_azs, 1..=6) as u32;
        let groups = if props.groups.is_empty() {
            vec![
                SubnetGroup::new("Public", SubnetType::Public),
                SubnetGroup::new("Private", SubnetType::PrivateWithEgress),
            ]
        } else {
            props.groups.clone()
        };
        let has = |k: SubnetType| groups.iter().any(|g| g.kind == k);
        let nat = props.nat_gateways.min(azs);
        if props.nat_gateways > azs {
            scope.report(
                Severity::Error,
                "vpc-nat-gateways",
                format!("{} NAT gateways for {azs} availability zones; at most one per zone", props.nat_gateways),
                None,
            );
        }
        if has(SubnetType::PrivateWithEgress) && nat == 0 {
            scope.report(
                Severity::Error,
                "vpc-egress-needs-nat",
                "private subnets with egress need a NAT gateway",
                Some("keep nat_gateways at 1 or more, or make the subnets SubnetType::Isolated"),
            );
        }
        if nat > 0 && !has(SubnetType::Public) {
            scope.report(
                Severity::Error,
                "vpc-nat-needs-public",
                "NAT gateways need a public subnet group",
                Some("add SubnetGroup::new(\"Public\", SubnetType::Public)"),
            );
        }
        let mut names: Vec<&str> = Vec::new();
        for g in &groups {
            if names.contains(&g.name.as_str()) {
                scope.report(
                    Severity::Error,
                    "duplicate-subnet-group",
                    format!("two subnet groups are named {:?}", g.name),
                    None,
                );
            }
            names.push(&g.name);
        }

        let resource = scope.add(
            "Resource",
            l1::Vpc::new().cidr_block(props.cidr.clone()).enable_dns_hostnames(true).enable_dns_support(true),
        );
        let vpc_id = resource.reference();
        let (igw, attachment) = if has(SubnetType::Public) {
            let igw = scope.add("IGW", l1::InternetGateway::new());
            let attachment =
                scope.add("VPCGW", l1::VpcGatewayAttachment::new(vpc_id.clone()).internet_gateway_id(igw.reference()));
            (Some(igw), Some(attachment))
        } else {
            (None, None)
        };

        // Carve every subnet's range, group by group, zone by zone.
        let mut carver = range.map(Carver::new);
        let mut ranges: Vec<Vec<String>> = Vec::new();
        let mut full = false;
        for g in &groups {
            let mut group_ranges = Vec::new();
            for _ in 0..azs {
                if !(16..=28).contains(&g.cidr_mask) {
                    scope.report(
                        Severity::Error,
                        "subnet-mask",
                        format!("the subnet group {:?} has /{} subnets; AWS allows /16 to /28", g.name, g.cidr_mask),
                        None,
                    );
                    group_ranges.push(String::new());
                    continue;
                }
                match carver.as_mut().and_then(|c| c.next(g.cidr_mask)) {
                    Some(c) => group_ranges.push(c.to_string()),
                    None => {
                        full = true;
                        group_ranges.push(String::new());
                    }
                }
            }
            ranges.push(group_ranges);
        }
        if full && range.is_some() {
            let wanted: Vec<String> = groups.iter().map(|g| format!("{} × /{}", azs, g.cidr_mask)).collect();
            scope.report(
                Severity::Error,
                "vpc-too-small",
                format!("{} cannot hold the subnets asked for ({})", props.cidr, wanted.join(" + ")),
                Some("use fewer availability zones, smaller subnets (a larger cidr_mask) or a larger VPC range"),
            );
        }

        let azs_list: Value<Vec<String>> = forma_core::intrinsic::get_azs("");
        let mut subnets = Vec::new();
        let mut default_routes = Vec::new();
        let mut nat_ids: Vec<Value<String>> = Vec::new();
        // Per private subnet with egress: its route table, zone, node and index in `subnets`.
        let mut private_routes: Vec<(Resource<l1::RouteTable>, usize, Scope, usize)> = Vec::new();
        for (g, group_ranges) in groups.iter().zip(&ranges) {
            for (i, cidr) in group_ranges.iter().enumerate() {
                let node = scope.child(&format!("{}Subnet{}", crate::limits::alnum(&g.name), i + 1));
                let az: Value<String> = forma_core::intrinsic::select(i as i64, azs_list.clone());
                let mut subnet = l1::Subnet::new(vpc_id.clone())
                    .availability_zone(az.clone())
                    .cidr_block(if cidr.is_empty() { "0.0.0.0/32".to_owned() } else { cidr.clone() });
                if g.kind == SubnetType::Public {
                    subnet = subnet.map_public_ip_on_launch(true);
                }
                let subnet = node.add("Subnet", subnet);
                let table = node.add("RouteTable", l1::RouteTable::new(vpc_id.clone()));
                node.add(
                    "RouteTableAssociation",
                    l1::SubnetRouteTableAssociation::new(table.reference(), subnet.reference()),
                );
                let mut default_route = None;
                match g.kind {
                    SubnetType::Public => {
                        if let (Some(igw), Some(att)) = (&igw, &attachment) {
                            let route = node.add(
                                "DefaultRoute",
                                l1::Route::new(table.reference())
                                    .destination_cidr_block("0.0.0.0/0")
                                    .gateway_id(igw.reference()),
                            );
                            route.add_depends_on(att);
                            default_route = Some(route);
                        }
                        if (nat_ids.len() as u32) < nat {
                            let eip = node.add("EIP", l1::Eip::new().domain("vpc"));
                            let gw = node.add(
                                "NATGateway",
                                l1::NatGateway::new().subnet_id(subnet.reference()).allocation_id(eip.allocation_id()),
                            );
                            // Not inferred from references: made before its subnet reaches the
                            // internet gateway, a NAT gateway fails ("no internet gateway
                            // attached"); and on destroy it must go before the gateway is
                            // detached, which its public address would block.
                            if let Some(att) = &attachment {
                                gw.add_depends_on(att);
                            }
                            if let Some(route) = &default_route {
                                gw.add_depends_on(route);
                            }
                            nat_ids.push(gw.reference());
                        }
                    }
                    SubnetType::PrivateWithEgress => {
                        private_routes.push((table.clone(), i, node.clone(), subnets.len()))
                    }
                    SubnetType::Isolated => {}
                }
                default_routes.push(default_route);
                subnets.push(Subnet {
                    id: subnet.reference(),
                    availability_zone: az,
                    route_table_id: table.reference(),
                    cidr: cidr.clone(),
                    kind: g.kind,
                });
            }
        }
        for (table, zone, node, index) in private_routes {
            if let Some(gw) = nat_ids.get(zone).or_else(|| nat_ids.first()) {
                let route = node.add(
                    "DefaultRoute",
                    l1::Route::new(table.reference()).destination_cidr_block("0.0.0.0/0").nat_gateway_id(gw.clone()),
                );
                if let Some(slot) = default_routes.get_mut(index) {
                    *slot = Some(route);
                }
            }
        }
        for endpoint in &props.endpoints {
            let (id, service) = match endpoint {
                GatewayEndpoint::S3 => ("S3Endpoint", "s3"),
                GatewayEndpoint::DynamoDb => ("DynamoDbEndpoint", "dynamodb"),
            };
            let tables: Vec<Value<String>> = subnets.iter().map(|s| s.route_table_id.clone()).collect();
            scope.add(
                id,
                l1::VpcEndpoint::new(vpc_id.clone())
                    .service_name(sub(format!("com.amazonaws.${{AWS::Region}}.{service}")))
                    .vpc_endpoint_type(l1::vpc_endpoint::VpcEndpointType::Gateway)
                    .route_table_ids(tables),
            );
        }
        let mut flow_logs = None;
        if let Some(retention) = props.flow_logs {
            let logs = LogGroup::new(&scope, "FlowLogs", LogGroupProps::default().retention(retention));
            let role =
                Role::new(&scope, "FlowLogsRole", RoleProps::new(ServicePrincipal::new("vpc-flow-logs.amazonaws.com")));
            role.add_to_policy(
                PolicyStatement::allow()
                    .actions(["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"])
                    .resource(logs.arn()),
            );
            scope.add(
                "FlowLog",
                l1::FlowLog::new(vpc_id.clone(), l1::flow_log::ResourceType::Vpc)
                    .traffic_type(l1::flow_log::TrafficType::All)
                    .log_destination_type(l1::flow_log::LogDestinationType::CloudWatchLogs)
                    .log_group_name(logs.name())
                    .deliver_logs_permission_arn(role.arn()),
            );
            flow_logs = Some((logs, role));
        }
        let reference = VpcRef {
            scope: scope.clone(),
            id: resource.reference(),
            cidr_block: resource.cidr_block(),
            subnets,
            default_routes,
            attachment,
        };
        Vpc { scope, resource, reference, flow_logs }
    }

    /// A VPC that is not in this app (the network team's), by its attributes. It works
    /// wherever a VPC of the app does: load balancers, services and functions are placed in
    /// its subnets. The subnets of each kind must be one per zone.
    ///
    /// ```
    /// use forma_dsl::ec2::{SubnetType, Vpc, VpcAttributes};
    /// let app = forma_dsl::App::new();
    /// let vpc = Vpc::from_attributes(&app.stack("Web"), "Shared", VpcAttributes::new(
    ///     "vpc-0a1b2c3d", "10.20.0.0/16", ["eu-west-1a", "eu-west-1b"])
    ///     .subnets(SubnetType::Public, ["subnet-0a", "subnet-0b"])
    ///     .subnets(SubnetType::PrivateWithEgress, ["subnet-1a", "subnet-1b"]));
    /// ```
    #[track_caller]
    pub fn from_attributes(scope: &impl AsScope, id: &str, attributes: VpcAttributes) -> VpcRef {
        let scope = scope.as_scope().child(id);
        let mut subnets = Vec::new();
        for (kind, ids) in attributes.subnets {
            if ids.len() != attributes.zones.len() {
                scope.report(
                    Severity::Error,
                    "vpc-subnets-per-zone",
                    format!("{} {kind:?} subnets for {} zones", ids.len(), attributes.zones.len()),
                    Some("give one subnet of each kind per zone, in the zones' order"),
                );
            }
            for (id, zone) in ids.into_iter().zip(&attributes.zones) {
                subnets.push(Subnet {
                    id,
                    availability_zone: zone.clone(),
                    route_table_id: Value::from(""),
                    cidr: String::new(),
                    kind,
                });
            }
        }
        let default_routes = vec![None; subnets.len()];
        VpcRef {
            scope,
            id: attributes.vpc_id,
            cidr_block: attributes.cidr_block,
            subnets,
            default_routes,
            attachment: None,
        }
    }

    /// The log group of the VPC's flow logs, when it has them ([`VpcProps::flow_logs`]).
    pub fn flow_logs(&self) -> Option<&LogGroup> {
        self.flow_logs.as_ref().map(|(logs, _)| logs)
    }

    /// The role the flow logs are delivered with (`FlowLogsRole`), when the VPC has them.
    pub fn flow_logs_role(&self) -> Option<&Role> {
        self.flow_logs.as_ref().map(|(_, role)| role)
    }
}

impl std::ops::Deref for Vpc {
    type Target = VpcRef;

    fn deref(&self) -> &VpcRef {
        &self.reference
    }
}

impl VpcRef {
    /// The VPC's id.
    pub fn id(&self) -> Value<String> {
        self.id.clone()
    }

    /// The VPC's range.
    pub fn cidr_block(&self) -> Value<String> {
        self.cidr_block.clone()
    }

    /// The subnets of `kind`, zone by zone.
    pub fn subnets(&self, kind: SubnetType) -> Vec<&Subnet> {
        self.subnets.iter().filter(|s| s.kind == kind).collect()
    }

    /// The ids of the subnets of `kind`.
    pub fn subnet_ids(&self, kind: SubnetType) -> Vec<Value<String>> {
        self.subnets(kind).into_iter().map(|s| s.id.clone()).collect()
    }

    /// The VPC's path, for messages.
    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Creates `resource` only once the subnets of `kind` reach the internet (after the
    /// gateway's attachment, for public ones, and their default routes), and deletes it before
    /// they go: an order AWS needs but does not infer. Isolated subnets: no order.
    pub fn add_internet_dependent<R: CfnResource>(&self, kind: SubnetType, resource: &Resource<R>) {
        if let (SubnetType::Public, Some(att)) = (kind, &self.attachment) {
            resource.add_depends_on(att);
        }
        let routes = self.subnets.iter().zip(&self.default_routes).filter(|(s, _)| s.kind == kind);
        for route in routes.filter_map(|(_, r)| r.as_ref()) {
            resource.add_depends_on(route);
        }
    }
}

/// Any VPC: a [`Vpc`], or one imported with [`Vpc::from_attributes`].
pub trait AsVpc {
    /// The VPC, as a reference.
    fn as_vpc(&self) -> VpcRef;
}

impl AsVpc for VpcRef {
    fn as_vpc(&self) -> VpcRef {
        self.clone()
    }
}

impl AsVpc for Vpc {
    fn as_vpc(&self) -> VpcRef {
        self.reference.clone()
    }
}
