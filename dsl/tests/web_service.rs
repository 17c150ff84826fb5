//! A containerized web service from the building blocks: VPC, repository, cluster, task,
//! service behind an ALB; cfn-lint accepts it.

use forma_dsl::ec2::{Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::ecs::{
    Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use forma_dsl::elbv2::{AlbProps, ApplicationLoadBalancer, ListenerProps, TargetProps};
use forma_dsl::{intrinsic::sub, App, Output, ParameterDef};
use serde_json::json;

use crate::support::{only, problems, pytools, resources, synth};

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
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", AlbProps::new(&vpc));
    let listener = lb.add_listener("Http", ListenerProps::http(80));
    listener.add_targets("Web", &service, TargetProps::new("web", 8080).health_check_path("/"));
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
    assert_eq!(s["DependsOn"], json!([listener_id]), "the service comes after the listener");
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

    let env = pytools::pyenv();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("web-lint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    a.write(&dir).unwrap_or_else(|e| panic!("{e}"));
    let output = env
        .command("cfn-lint")
        .args(["--non-zero-exit-code", "warning", "--"])
        .arg(dir.join(&a.stacks[0].manifest.template))
        .output()
        .unwrap_or_else(|e| panic!("cannot run cfn-lint: {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "cfn-lint:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
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
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", AlbProps::new(&vpc));
    lb.add_listener("Http", ListenerProps::http(80).certificate("arn:aws:acm:us-east-1:123456789012:certificate/x"));
    assert_eq!(
        problems(&app),
        [
            "error[invalid-service] Web/Public: tasks in public subnets without a public IP cannot reach the internet: \
             image pulls fail",
            "error[invalid-listener] Web/Lb: the HTTP listener on port 80 has a certificate; certificates are for HTTPS \
             listeners",
        ]
    );
}
