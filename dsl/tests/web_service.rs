//! A containerized web service from the building blocks: VPC, repository, cluster, task,
//! service behind an ALB; cfn-lint accepts it.

use forma_dsl::ec2::{SubnetGroup, SubnetType, Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::ecs::{
    Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use forma_dsl::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps, ListenerProps};
use forma_dsl::{intrinsic::sub, App, Output, ParameterDef};
use serde_json::json;

use crate::support::{default_routes, only, problems, resources, synth};

fn web(app: &App) {
    let stack = app.stack("Web");
    let tag = stack.add_parameter("ImageTag", ParameterDef::string().description("The image's tag: a git commit"));
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let repo = Repository::new(&stack, "Images", RepositoryProps::default().keep_last_images(20));
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::from_repository(&repo, &tag)).port(8080));
    let service =
        FargateService::new(&stack, "Service", FargateServiceProps::new(&cluster, &task, &vpc).desired_count(2));
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", ApplicationLoadBalancerProps::new(&vpc));
    let listener = lb.add_listener("Http", ListenerProps::http(80));
    listener.add_targets("Web", &service.load_balancer_target("web", 8080), |g| g.health_check_path("/"));
    stack.add_output("Url", Output::new(sub("http://${Dns}/").var("Dns", lb.dns_name())));
}

#[test]
fn the_web_service_wires_the_load_balancer_to_the_tasks_and_cfn_lint_accepts_it() {
    let app = App::new();
    web(&app);
    let a = synth(&app);
    let (tg_id, tg) = only(&a, "Web", "AWS::ElasticLoadBalancingV2::TargetGroup");
    assert_eq!(tg["Properties"]["TargetType"], "ip");
    assert_eq!(tg["Properties"]["HealthCheckPath"], "/");
    let (listener_id, l) = only(&a, "Web", "AWS::ElasticLoadBalancingV2::Listener");
    assert_eq!(l["Properties"]["DefaultActions"], json!([{ "TargetGroupArn": { "Ref": tg_id }, "Type": "forward" }]));
    let (_, s) = only(&a, "Web", "AWS::ECS::Service");
    assert_eq!(s["Properties"]["DesiredCount"], 2);
    assert_eq!(
        s["Properties"]["LoadBalancers"],
        json!([{ "ContainerName": "web", "ContainerPort": 8080, "TargetGroupArn": { "Ref": tg_id } }])
    );
    let (_, private_routes) = default_routes(&a, "Web");
    assert_eq!(private_routes.len(), 2);
    assert_eq!(
        s["DependsOn"],
        json!([private_routes[0], private_routes[1], listener_id]),
        "the service comes after its subnets' routes out (through NAT) and the listener"
    );
    assert_eq!(s["Properties"]["NetworkConfiguration"]["AwsvpcConfiguration"]["AssignPublicIp"], "DISABLED");
    assert_eq!(
        s["Properties"]["DeploymentConfiguration"]["DeploymentCircuitBreaker"],
        json!({ "Enable": true, "Rollback": true })
    );
    let ingress: Vec<_> = resources(&a, "Web")
        .values()
        .filter(|r| r["Type"] == "AWS::EC2::SecurityGroupIngress")
        .map(|r| (r["Properties"]["FromPort"].clone(), r["Properties"].get("CidrIp").cloned()))
        .collect();
    assert!(ingress.contains(&(json!(80), Some(json!("0.0.0.0/0")))), "the internet reaches the LB: {ingress:?}");
    assert!(ingress.contains(&(json!(8080), None)), "the LB reaches the tasks: {ingress:?}");

    crate::support::cfn_lint(&a, "web", "warning");
}

#[test]
fn an_internet_facing_load_balancer_waits_for_the_internet_gateway_and_an_internal_one_does_not() {
    let app = App::new();
    let stack = app.stack("Web");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default().max_azs(3));
    ApplicationLoadBalancer::new(&stack, "Public", ApplicationLoadBalancerProps::new(&vpc));
    ApplicationLoadBalancer::new(&stack, "Internal", ApplicationLoadBalancerProps::new(&vpc).internal());
    let a = synth(&app);
    let (attachment_id, _) = only(&a, "Web", "AWS::EC2::VPCGatewayAttachment");
    let (to_igw, _) = default_routes(&a, "Web");
    assert_eq!(to_igw.len(), 3);
    let lb = |scheme: &str| {
        resources(&a, "Web")
            .values()
            .find(|r| r["Type"] == "AWS::ElasticLoadBalancingV2::LoadBalancer" && r["Properties"]["Scheme"] == scheme)
            .unwrap_or_else(|| panic!("no {scheme} load balancer"))
    };
    assert_eq!(
        lb("internet-facing")["DependsOn"],
        json!([attachment_id, to_igw[0], to_igw[1], to_igw[2]]),
        "made once every public subnet reaches the internet gateway"
    );
    assert_eq!(lb("internal").get("DependsOn"), None, "an internal one does not wait");
}

#[test]
fn a_service_is_made_once_its_subnets_reach_the_internet() {
    let app = App::new();
    let stack = app.stack("Web");
    let vpc = Vpc::new(
        &stack,
        "Vpc",
        VpcProps::default()
            .subnet_group(SubnetGroup::new("Public", SubnetType::Public))
            .subnet_group(SubnetGroup::new("App", SubnetType::PrivateWithEgress))
            .subnet_group(SubnetGroup::new("Data", SubnetType::Isolated)),
    );
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    let props = || FargateServiceProps::new(&cluster, &task, &vpc);
    FargateService::new(&stack, "Public", props().subnets(SubnetType::Public).assign_public_ip());
    FargateService::new(&stack, "Private", props());
    FargateService::new(&stack, "Isolated", props().subnets(SubnetType::Isolated));
    let a = synth(&app);
    let (attachment_id, _) = only(&a, "Web", "AWS::EC2::VPCGatewayAttachment");
    let (to_igw, to_nat) = default_routes(&a, "Web");
    let depends_on = |id: &str| {
        let (_, service) = resources(&a, "Web")
            .iter()
            .find(|(lid, r)| r["Type"] == "AWS::ECS::Service" && lid.starts_with(id))
            .unwrap_or_else(|| panic!("no service {id}"));
        service.get("DependsOn").cloned()
    };
    assert_eq!(depends_on("Public"), Some(json!([attachment_id, to_igw[0], to_igw[1]])));
    assert_eq!(depends_on("Private"), Some(json!([to_nat[0], to_nat[1]])));
    assert_eq!(depends_on("Isolated"), None, "isolated subnets reach nothing to wait for");
}

#[test]
fn unreachable_tasks_and_a_certificate_without_https_are_errors() {
    let app = App::new();
    let stack = app.stack("Web");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    FargateService::new(
        &stack,
        "Public",
        FargateServiceProps::new(&cluster, &task, &vpc).subnets(forma_dsl::ec2::SubnetType::Public),
    );
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", ApplicationLoadBalancerProps::new(&vpc));
    lb.add_listener("Http", ListenerProps::http(80).certificate("arn:aws:acm:us-east-1:123456789012:certificate/x"));
    assert_eq!(
        problems(&app),
        [
            "error[service-public-ip] Web/Public: tasks in public subnets without a public IP cannot reach the internet: \
             image pulls fail",
            "error[invalid-listener] Web/Lb: the HTTP listener on port 80 has a certificate; certificates are for HTTPS \
             listeners",
        ]
    );
}

/// The web service of a typical ops challenge with the pattern; `domain` adds HTTPS.
fn with_pattern(app: &App, domain: bool) {
    use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
    use forma_dsl::route53::HostedZone;
    // BEGIN USER CODE
    let stack = app.stack("Shop");
    let tag = stack.add_parameter("ImageTag", ParameterDef::string().description("The image's tag: a git commit"));
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default().max_azs(2));
    let repo = Repository::new(&stack, "Images", RepositoryProps::default().keep_last_images(20));
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let mut props = LoadBalancedFargateServiceProps::new(&cluster, &vpc, ContainerImage::from_repository(&repo, &tag))
        .container_port(8080)
        .service(|s| s.desired_count(2))
        .target_group(|g| g.health_check_path("/"));
    if domain {
        let zone = HostedZone::from_attributes(&stack, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
        props = props.domain(&zone, "shop.example.com");
    }
    LoadBalancedFargateService::new(&stack, "Web", props);
    // END USER CODE
}

/// Lints `a`'s one template, warnings included.
fn lint(a: &forma_synth::Assembly, name: &str) {
    crate::support::cfn_lint(a, name, "warning");
}

#[test]
fn the_pattern_makes_the_web_service_in_a_dozen_lines_and_outputs_its_url() {
    let source = include_str!("web_service.rs");
    let body = source.split("// BEGIN USER CODE").nth(1).and_then(|s| s.split("// END USER CODE").next()).unwrap_or("");
    assert!(body.lines().filter(|l| !l.trim().is_empty()).count() < 40);
    let app = App::new();
    with_pattern(&app, false);
    let a = synth(&app);
    let outputs = &a.stacks[0].template()["Outputs"];
    assert!(outputs["WebUrl"]["Value"]["Fn::Sub"][0] == "http://${Dns}/", "{outputs}");
    let (_, s) = only(&a, "Shop", "AWS::ECS::Service");
    assert_eq!(s["Properties"]["DesiredCount"], 2);
    lint(&a, "shop-http");
}

#[test]
fn https_with_a_certificate_validated_in_the_zone_and_an_alias_record() {
    let app = App::new();
    with_pattern(&app, true);
    let a = synth(&app);
    let (_, cert) = only(&a, "Shop", "AWS::CertificateManager::Certificate");
    assert_eq!(cert["Properties"]["ValidationMethod"], "DNS");
    assert_eq!(
        cert["Properties"]["DomainValidationOptions"],
        json!([{ "DomainName": "shop.example.com", "HostedZoneId": "Z0123456789ABCDEFGHIJ" }])
    );
    let listeners: Vec<_> =
        resources(&a, "Shop").values().filter(|r| r["Type"] == "AWS::ElasticLoadBalancingV2::Listener").collect();
    assert_eq!(listeners.len(), 2);
    assert_eq!(listeners[0]["Properties"]["DefaultActions"][0]["Type"], "redirect");
    assert_eq!(listeners[1]["Properties"]["Protocol"], "HTTPS");
    let (_, record) = only(&a, "Shop", "AWS::Route53::RecordSet");
    assert_eq!(record["Properties"]["Name"], "shop.example.com.");
    assert!(record["Properties"]["AliasTarget"]["DNSName"].get("Fn::GetAtt").is_some());
    assert_eq!(a.stacks[0].template()["Outputs"]["WebUrl"]["Value"], "https://shop.example.com/");
    lint(&a, "shop-https");
}

#[test]
fn a_frontend_reaches_its_backend_by_name_through_service_connect_and_scales_on_cpu() {
    use forma_dsl::ec2::{Connectable, Port};
    use forma_dsl::ecs::Scaling;
    let app = App::new();
    let stack = app.stack("Shop");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default().service_connect_namespace("shop.internal"));
    let image = |name: &str| ContainerImage::public(format!("public.ecr.aws/shop/{name}:1"));
    let api_task = FargateTaskDefinition::new(&stack, "ApiTask", FargateTaskDefinitionProps::new(256, 512));
    api_task.add_container(ContainerProps::new("api", image("api")).port(9000));
    let api =
        FargateService::new(
            &stack,
            "Api",
            FargateServiceProps::new(&cluster, &api_task, &vpc)
                .service_connect_server("api", "api", 9000)
                .auto_scaling(2, 6, Scaling::Cpu(60.0)),
        );
    let web_task = FargateTaskDefinition::new(&stack, "WebTask", FargateTaskDefinitionProps::new(256, 512));
    web_task.add_container(ContainerProps::new("web", image("web")).port(80).environment("API_URL", "http://api:9000"));
    let web = FargateService::new(
        &stack,
        "Web",
        FargateServiceProps::new(&cluster, &web_task, &vpc).service_connect_client(),
    );
    api.connections().allow_from(&web, Port::tcp(9000));
    let a = synth(&app);
    let (ns_id, _) = only(&a, "Shop", "AWS::ServiceDiscovery::HttpNamespace");
    let (_, c) = only(&a, "Shop", "AWS::ECS::Cluster");
    assert_eq!(c["Properties"]["ServiceConnectDefaults"], json!({ "Namespace": { "Fn::GetAtt": [ns_id, "Arn"] } }));
    let services: Vec<_> = resources(&a, "Shop").values().filter(|r| r["Type"] == "AWS::ECS::Service").collect();
    assert_eq!(
        services[0]["Properties"]["ServiceConnectConfiguration"],
        json!({ "Enabled": true, "Namespace": { "Fn::GetAtt": [ns_id, "Arn"] }, "Services": [{
            "ClientAliases": [{ "DnsName": "api", "Port": 9000 }], "DiscoveryName": "api", "PortName": "api-9000" }] })
    );
    assert_eq!(
        services[1]["Properties"]["ServiceConnectConfiguration"],
        json!({ "Enabled": true, "Namespace": { "Fn::GetAtt": [ns_id, "Arn"] } })
    );
    let (_, target) = only(&a, "Shop", "AWS::ApplicationAutoScaling::ScalableTarget");
    assert_eq!((&target["Properties"]["MinCapacity"], &target["Properties"]["MaxCapacity"]), (&json!(2), &json!(6)));
    let (_, policy) = only(&a, "Shop", "AWS::ApplicationAutoScaling::ScalingPolicy");
    assert_eq!(
        policy["Properties"]["TargetTrackingScalingPolicyConfiguration"]["PredefinedMetricSpecification"]
            ["PredefinedMetricType"],
        "ECSServiceAverageCPUUtilization"
    );
    lint(&a, "shop-connect");
}

#[test]
fn service_connect_without_a_namespace_is_an_error() {
    let app = App::new();
    let stack = app.stack("Shop");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    FargateService::new(&stack, "Web", FargateServiceProps::new(&cluster, &task, &vpc).service_connect_client());
    assert_eq!(
        problems(&app),
        ["error[service-connect-namespace] Shop/Web: Service Connect needs a namespace, and the cluster Shop/Cluster has none"]
    );
}

#[test]
fn two_listeners_to_one_service_open_its_port_once_and_share_or_split_target_groups() {
    let app = App::new();
    let stack = app.stack("Web");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    let service = FargateService::new(&stack, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", ApplicationLoadBalancerProps::new(&vpc));
    lb.add_listener("Http", ListenerProps::http(80)).add_targets("Plain", &service, |g| g);
    let blue = lb.add_listener("Alt", ListenerProps::http(8080)).add_targets("Blue", &service, |g| g);
    let green = forma_dsl::elbv2::ApplicationTargetGroup::new(
        &stack,
        "Green",
        forma_dsl::elbv2::ApplicationTargetGroupProps::new(&vpc, 80, forma_dsl::elbv2::TargetType::Ip),
    );
    let alt = lb.add_listener("Alt2", ListenerProps::http(8081));
    alt.add_target_groups(&[&blue, &green]);
    let a = synth(&app);
    let r = resources(&a, "Web");
    // EC2 refuses the same rule twice: the service's port is opened to the load balancer once.
    let ingress: Vec<_> = r
        .values()
        .filter(|x| {
            x["Type"] == "AWS::EC2::SecurityGroupIngress" && x["Properties"]["SourceSecurityGroupId"].is_object()
        })
        .collect();
    assert_eq!(ingress.len(), 1, "{ingress:#?}");
    let listener = r
        .iter()
        .find(|(id, x)| x["Type"] == "AWS::ElasticLoadBalancingV2::Listener" && id.starts_with("LbAlt2"))
        .map(|(_, x)| x)
        .expect("the third listener");
    let groups = &listener["Properties"]["DefaultActions"][0]["ForwardConfig"]["TargetGroups"];
    assert_eq!(groups.as_array().map(Vec::len), Some(2), "{listener:#}");
}
