//! The containerized web service of a typical ops challenge — a VPC over two zones, a
//! repository, a cluster, two Fargate tasks behind an ALB — applied and destroyed, checked
//! through the emulator's EC2, ECS, ELBv2, ECR and CloudWatch Logs APIs.

use forma_dsl::ec2::{Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::ecs::{Cluster, ClusterProps, ContainerImage};
use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
use forma_dsl::{App, ParameterDef, RemovalPolicy};

use super::{assert_ok, Emulator};

fn web() -> App {
    let app = App::new();
    let stack = app.stack("Shop");
    // Rebuilt every day: everything goes with the stack, the service's log group and the
    // repository's images included.
    stack.removal_policy(RemovalPolicy::Destroy);
    let tag = stack.add_parameter("ImageTag", ParameterDef::string().default("v1"));
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    let repo = Repository::new(&stack, "Images", RepositoryProps::default());
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    LoadBalancedFargateService::new(
        &stack,
        "Web",
        LoadBalancedFargateServiceProps::new(&cluster, &vpc, ContainerImage::from_repository(&repo, &tag))
            .container_port(8080)
            .service(|s| s.desired_count(2)),
    );
    app
}

#[test]
fn the_web_service_applies_and_destroys_leaving_nothing_behind() {
    let emu = Emulator::start("web-service");
    let empty = emu.inventory();
    let app = web();
    let applied = emu.forma(&app, "apply", &[]);
    assert_ok(&applied);
    assert!(applied.err.contains("✓ Shop: created in "), "{}", applied.err);
    let made = emu.inventory();
    eprintln!("emulator after apply: {made}");
    for (what, n) in [
        ("vpcs", 1),
        ("subnets", 4),
        ("route_tables", 4),
        ("nat_gateways", 1),
        ("internet_gateways", 1),
        ("clusters", 1),
        ("services", 1),
        ("task_definitions", 1),
        ("load_balancers", 1),
        ("target_groups", 1),
        ("repositories", 1),
    ] {
        assert_eq!(made[what].as_i64().unwrap_or(-1) - empty[what].as_i64().unwrap_or(0), n, "{what}: {made}");
    }
    // The morning's image, pushed into the repository: destroy leaves no image behind either
    // (the repository empties itself, EmptyOnDelete; forma calls no ECR API).
    let pushed = emu.push_image("shop", "v1");
    assert_eq!(pushed["images"].as_i64().unwrap_or(0) - empty["images"].as_i64().unwrap_or(0), 1, "{pushed}");
    let destroyed = emu.forma(&app, "destroy", &[]);
    assert_ok(&destroyed);
    assert!(destroyed.err.contains("✓ Shop: destroyed in "), "{}", destroyed.err);
    assert_eq!(emu.stack_status("Shop"), None);
    let after = emu.inventory();
    assert_eq!(after, empty, "everything the stack made is gone: {after}");
}
