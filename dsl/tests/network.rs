//! ec2::Vpc and ec2::SecurityGroup.

use forma_dsl::ec2::{
    GatewayEndpoint, Port, SecurityGroup, SecurityGroupProps, SubnetGroup, SubnetType, Vpc, VpcProps,
};
use forma_dsl::logs::Retention;
use forma_dsl::prelude::*;
use forma_dsl::App;
use serde_json::json;

use crate::support::{default_routes, only, problems, resources, synth};

fn of_type<'a>(a: &'a forma_synth::Assembly, t: &str) -> Vec<(&'a String, &'a serde_json::Value)> {
    resources(a, "Net").iter().filter(|(_, r)| r["Type"] == t).collect()
}

#[test]
fn a_default_vpc_has_public_and_private_subnets_in_two_zones_and_one_nat() {
    let app = App::new();
    let stack = app.stack("Net");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    assert_eq!(vpc.resource().path(), "Net/Vpc/Resource");
    assert_eq!(vpc.subnets(SubnetType::Public).len(), 2);
    let a = synth(&app);
    let subnets = of_type(&a, "AWS::EC2::Subnet");
    let cidrs: Vec<&str> = subnets.iter().map(|(_, s)| s["Properties"]["CidrBlock"].as_str().unwrap()).collect();
    assert_eq!(cidrs, ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]);
    assert_eq!(
        subnets[1].1["Properties"]["AvailabilityZone"],
        json!({ "Fn::Select": [1, { "Fn::GetAZs": "" }] }),
        "zones come from Fn::GetAZs: no account lookup"
    );
    assert_eq!(subnets[0].1["Properties"]["MapPublicIpOnLaunch"], true);
    assert_eq!(of_type(&a, "AWS::EC2::NatGateway").len(), 1);
    assert_eq!(of_type(&a, "AWS::EC2::EIP").len(), 1);
    assert_eq!(of_type(&a, "AWS::EC2::InternetGateway").len(), 1);
    assert_eq!(of_type(&a, "AWS::EC2::RouteTable").len(), 4);
    assert_eq!(of_type(&a, "AWS::EC2::SubnetRouteTableAssociation").len(), 4);
    let routes = of_type(&a, "AWS::EC2::Route");
    let (nat_id, _) = of_type(&a, "AWS::EC2::NatGateway")[0];
    let to_nat = routes.iter().filter(|(_, r)| r["Properties"]["NatGatewayId"] == json!({ "Ref": nat_id })).count();
    assert_eq!(to_nat, 2, "both private subnets go out through the one NAT");
    let (attachment_id, _) = of_type(&a, "AWS::EC2::VPCGatewayAttachment")[0];
    let public_routes: Vec<_> = routes.iter().filter(|(_, r)| r["Properties"].get("GatewayId").is_some()).collect();
    assert_eq!(public_routes.len(), 2);
    assert!(public_routes.iter().all(|(_, r)| r["DependsOn"] == json!([attachment_id])));
}

#[test]
fn a_nat_gateway_is_made_once_its_subnet_reaches_the_internet_gateway() {
    let app = App::new();
    let stack = app.stack("Net");
    Vpc::new(&stack, "Vpc", VpcProps::default().max_azs(3).nat_gateways(2));
    let a = synth(&app);
    let (attachment_id, _) = only(&a, "Net", "AWS::EC2::VPCGatewayAttachment");
    let (to_igw, _) = default_routes(&a, "Net");
    let nats = of_type(&a, "AWS::EC2::NatGateway");
    assert_eq!(nats.len(), 2);
    for (id, nat) in nats {
        // The default route of the NAT gateway's own subnet, through the subnet's route table.
        let subnet = &nat["Properties"]["SubnetId"];
        let table = of_type(&a, "AWS::EC2::SubnetRouteTableAssociation")
            .into_iter()
            .find(|(_, r)| r["Properties"]["SubnetId"] == *subnet)
            .map(|(_, r)| r["Properties"]["RouteTableId"].clone())
            .unwrap_or_else(|| panic!("{id}: no route table for {subnet}"));
        let route = to_igw
            .iter()
            .find(|r| resources(&a, "Net")[r.as_str()]["Properties"]["RouteTableId"] == table)
            .unwrap_or_else(|| panic!("{id}: its subnet has no route to the internet gateway"));
        assert_eq!(nat["DependsOn"], json!([attachment_id, route]), "{id} waits for the gateway and its route");
    }
}

#[test]
fn three_zones_isolated_subnets_endpoints_and_flow_logs() {
    let app = App::new();
    let stack = app.stack("Net");
    let vpc = Vpc::new(
        &stack,
        "Vpc",
        VpcProps::default()
            .cidr("10.1.0.0/16")
            .max_azs(3)
            .nat_gateways(3)
            .subnet_group(SubnetGroup::new("Public", SubnetType::Public).cidr_mask(26))
            .subnet_group(SubnetGroup::new("App", SubnetType::PrivateWithEgress).cidr_mask(20))
            .subnet_group(SubnetGroup::new("Data", SubnetType::Isolated).cidr_mask(24))
            .gateway_endpoint(GatewayEndpoint::S3)
            .gateway_endpoint(GatewayEndpoint::DynamoDb)
            .flow_logs(Retention::OneWeek),
    );
    assert_eq!(vpc.subnet_ids(SubnetType::Isolated).len(), 3);
    let a = synth(&app);
    let cidrs: Vec<String> = of_type(&a, "AWS::EC2::Subnet")
        .iter()
        .map(|(_, s)| s["Properties"]["CidrBlock"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        cidrs,
        [
            "10.1.0.0/26",
            "10.1.0.64/26",
            "10.1.0.128/26",
            "10.1.16.0/20",
            "10.1.32.0/20",
            "10.1.48.0/20",
            "10.1.64.0/24",
            "10.1.65.0/24",
            "10.1.66.0/24"
        ]
    );
    assert_eq!(of_type(&a, "AWS::EC2::NatGateway").len(), 3);
    assert_eq!(of_type(&a, "AWS::EC2::VPCEndpoint").len(), 2);
    let (_, flow) = of_type(&a, "AWS::EC2::FlowLog")[0];
    assert_eq!(flow["Properties"]["TrafficType"], "ALL");
    let isolated_routes = of_type(&a, "AWS::EC2::Route").len();
    assert_eq!(isolated_routes, 6, "public and app subnets have a default route, data subnets none");
}

#[test]
fn a_vpc_that_cannot_hold_its_subnets_is_an_error_at_the_vpc() {
    let app = App::new();
    let stack = app.stack("Net");
    Vpc::new(&stack, "Small", VpcProps::default().cidr("10.0.0.0/24").max_azs(3));
    Vpc::new(&stack, "NoNat", VpcProps::default().nat_gateways(0));
    Vpc::new(&stack, "Odd", VpcProps::default().cidr("10.0.0.1/16"));
    assert_eq!(
        problems(&app),
        [
            "error[vpc-too-small] Net/Small: 10.0.0.0/24 cannot hold the subnets asked for (3 × /24 + 3 × /24)",
            "error[vpc-egress-needs-nat] Net/NoNat: private subnets with egress need a NAT gateway",
            "error[vpc-cidr] Net/Odd: \"10.0.0.1/16\" does not start its block (the block is 10.0.0.0/16)",
        ]
    );
}

#[test]
fn connections_add_rules_on_both_sides_without_a_cycle() {
    let app = App::new();
    let stack = app.stack("Net");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let lb = SecurityGroup::new(&stack, "LbSg", SecurityGroupProps::new(&vpc).deny_all_outbound());
    let service = SecurityGroup::new(&stack, "ServiceSg", SecurityGroupProps::new(&vpc));
    lb.connections().allow_from_any_ipv4(Port::tcp(443));
    service.connections().allow_from(&lb, Port::tcp(8080));
    // And back the other way: groups that name each other still synthesize.
    lb.connections().allow_from(&service, Port::tcp(9000));
    let a = synth(&app);
    let ingress = of_type(&a, "AWS::EC2::SecurityGroupIngress");
    let egress = of_type(&a, "AWS::EC2::SecurityGroupEgress");
    assert_eq!(ingress.len(), 3);
    assert_eq!(egress.len(), 1, "only the group that denies outbound traffic needs an egress rule");
    let (lb_id, _) = resources(&a, "Net").iter().find(|(k, _)| k.starts_with("LbSg")).unwrap();
    let (svc_id, _) = resources(&a, "Net").iter().find(|(k, _)| k.starts_with("ServiceSg")).unwrap();
    let to_service = ingress
        .iter()
        .find(|(_, r)| r["Properties"]["FromPort"] == 8080)
        .map(|(_, r)| &r["Properties"])
        .expect("the service's ingress");
    assert_eq!(to_service["GroupId"], json!({ "Fn::GetAtt": [svc_id, "GroupId"] }));
    assert_eq!(to_service["SourceSecurityGroupId"], json!({ "Fn::GetAtt": [lb_id, "GroupId"] }));
    assert_eq!(egress[0].1["Properties"]["DestinationSecurityGroupId"], json!({ "Fn::GetAtt": [svc_id, "GroupId"] }));
}

#[test]
fn cfn_lint_accepts_a_full_vpc_with_containers() {
    let app = App::new();
    let stack = app.stack("Net");
    let vpc = Vpc::new(
        &stack,
        "Vpc",
        VpcProps::default()
            .max_azs(3)
            .nat_gateways(2)
            .subnet_group(SubnetGroup::new("Public", SubnetType::Public))
            .subnet_group(SubnetGroup::new("App", SubnetType::PrivateWithEgress))
            .subnet_group(SubnetGroup::new("Data", SubnetType::Isolated))
            .gateway_endpoint(GatewayEndpoint::S3)
            .flow_logs(Retention::OneWeek),
    );
    let lb = SecurityGroup::new(&stack, "LbSg", SecurityGroupProps::new(&vpc).deny_all_outbound());
    let service = SecurityGroup::new(&stack, "ServiceSg", SecurityGroupProps::new(&vpc));
    lb.connections().allow_from_any_ipv4(Port::tcp(443));
    service.connections().allow_from(&lb, Port::tcp(8080));
    use forma_dsl::ecs::{
        Cluster, ClusterProps, ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps,
    };
    Cluster::new(&stack, "Cluster", ClusterProps::default());
    let repo =
        forma_dsl::ecr::Repository::new(&stack, "Repo", forma_dsl::ecr::RepositoryProps::default().keep_last_images(5));
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(1024, 2048));
    task.add_container(ContainerProps::new("app", ContainerImage::from_repository(&repo, "v1")).port(8080));
    task.add_container(
        ContainerProps::new("proxy", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27"))
            .port(80)
            .not_essential(),
    );
    let a = synth(&app);
    crate::support::cfn_lint(&a, "vpc", "warning");
}
