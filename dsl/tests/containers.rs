//! ecr::Repository and the ECS constructs.

use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::prelude::*;
use forma_dsl::{App, RemovalPolicy};
use serde_json::json;

use crate::support::{only, problems, synth};

#[test]
fn a_repository_scans_on_push_keeps_the_last_images_and_grants_pull_exactly() {
    let app = App::new();
    let stack = app.stack("Ci");
    let repo = Repository::new(
        &stack,
        "Images",
        RepositoryProps::default()
            .immutable_tags()
            .keep_last_images(10)
            .removal_policy(RemovalPolicy::Destroy)
            .empty_on_destroy(),
    );
    let role = Role::new(&stack, "Puller", RoleProps::new(ServicePrincipal::ecs_tasks()));
    repo.grant_pull(&role);
    stack.add_output("Image", forma_dsl::Output::new(repo.image_uri("v1")));
    let a = synth(&app);
    let (repo_id, r) = only(&a, "Ci", "AWS::ECR::Repository");
    assert_eq!(r["Properties"]["ImageScanningConfiguration"], json!({ "ScanOnPush": true }));
    assert_eq!(r["Properties"]["ImageTagMutability"], "IMMUTABLE");
    assert!(r["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"].as_str().unwrap().contains("\"countNumber\":10"));
    assert_eq!(r["DeletionPolicy"], "Delete");
    // The repository empties itself on delete: nothing for destroy to do through ECR.
    assert_eq!(r["Properties"]["EmptyOnDelete"], true);
    assert!(a.stacks[0].manifest.empty_on_destroy.is_empty(), "{:?}", a.stacks[0].manifest.empty_on_destroy);
    let (_, p) = only(&a, "Ci", "AWS::IAM::Policy");
    assert_eq!(
        p["Properties"]["PolicyDocument"]["Statement"],
        json!([
            { "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" },
            { "Effect": "Allow", "Action": ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"],
              "Resource": { "Fn::GetAtt": [repo_id, "Arn"] } },
        ])
    );
}

#[test]
fn keeping_no_images_is_an_error() {
    let app = App::new();
    let stack = app.stack("Ci");
    Repository::new(&stack, "Images", RepositoryProps::default().keep_last_images(0));
    assert_eq!(problems(&app), ["error[invalid-repository] Ci/Images: keep_last_images(0) would expire every image"]);
}

#[test]
fn a_cluster_has_fargate_and_spot_capacity() {
    use forma_dsl::ecs::{Cluster, ClusterProps};
    let app = App::new();
    let stack = app.stack("Ci");
    Cluster::new(&stack, "Cluster", ClusterProps::default().container_insights());
    let a = synth(&app);
    let (cluster_id, c) = only(&a, "Ci", "AWS::ECS::Cluster");
    assert_eq!(c["Properties"]["ClusterSettings"], json!([{ "Name": "containerInsights", "Value": "enabled" }]));
    let (_, cp) = only(&a, "Ci", "AWS::ECS::ClusterCapacityProviderAssociations");
    assert_eq!(cp["Properties"]["Cluster"], json!({ "Ref": cluster_id }));
    assert_eq!(cp["Properties"]["CapacityProviders"], json!(["FARGATE", "FARGATE_SPOT"]));
}

#[test]
fn a_task_definition_pulls_from_its_repository_logs_and_reads_exactly_its_secrets() {
    use forma_dsl::ecs::{ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps};
    use forma_dsl::ssm::{StringParameter, StringParameterProps};
    let app = App::new();
    let stack = app.stack("Ci");
    let repo = Repository::new(&stack, "Images", RepositoryProps::default());
    let tag = stack.add_parameter("ImageTag", forma_dsl::ParameterDef::string().default("latest"));
    let token = StringParameter::new(&stack, "Token", StringParameterProps::new("x").parameter_name("/app/token"));
    let task = FargateTaskDefinition::new(&stack, "Web", FargateTaskDefinitionProps::new(512, 1024));
    task.add_container(
        ContainerProps::new("web", ContainerImage::from_repository(&repo, &tag))
            .port(8080)
            .environment("STAGE", "dev")
            .secret("TOKEN", &token)
            .secret_from_secrets_manager(
                "DB_PASSWORD",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
            )
            .health_check(["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"]),
    );
    let a = synth(&app);
    let (_, t) = only(&a, "Ci", "AWS::ECS::TaskDefinition");
    assert_eq!((&t["Properties"]["Cpu"], &t["Properties"]["Memory"]), (&json!("512"), &json!("1024")));
    assert_eq!(t["Properties"]["NetworkMode"], "awsvpc");
    assert_eq!(t["Properties"]["RequiresCompatibilities"], json!(["FARGATE"]));
    let c = &t["Properties"]["ContainerDefinitions"][0];
    assert!(c["Image"]["Fn::Sub"][0] == "${Uri}:${Tag}", "{}", c["Image"]);
    assert_eq!(c["Image"]["Fn::Sub"][1]["Tag"], json!({ "Ref": "ImageTag" }), "the tag is the stack parameter");
    assert_eq!(c["PortMappings"], json!([{ "ContainerPort": 8080, "Name": "web-8080" }]));
    assert_eq!(c["LogConfiguration"]["LogDriver"], "awslogs");
    assert_eq!(c["Secrets"][0]["Name"], "TOKEN");
    let execution = crate::support::resources(&a, "Ci")
        .values()
        .find(|r| r["Type"] == "AWS::IAM::Policy" && r["Properties"]["PolicyName"] == "ExecutionRoleDefaultPolicy")
        .expect("the execution role's policy");
    let actions: Vec<String> = execution["Properties"]["PolicyDocument"]["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| match &s["Action"] {
            serde_json::Value::Array(a) => a.iter().map(|x| x.as_str().unwrap().to_owned()).collect::<Vec<_>>(),
            one => vec![one.as_str().unwrap().to_owned()],
        })
        .collect();
    assert_eq!(c["Secrets"][1]["Name"], "DB_PASSWORD");
    for a in ["ecr:BatchGetImage", "logs:PutLogEvents", "ssm:GetParameters", "secretsmanager:GetSecretValue"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
}

#[test]
fn a_cpu_and_memory_pair_fargate_refuses_is_an_error_listing_the_allowed_ones() {
    use forma_dsl::ecs::{FargateTaskDefinition, FargateTaskDefinitionProps};
    let app = App::new();
    let stack = app.stack("Ci");
    FargateTaskDefinition::new(&stack, "Odd", FargateTaskDefinitionProps::new(256, 4096));
    FargateTaskDefinition::new(&stack, "Huge", FargateTaskDefinitionProps::new(300, 1024));
    assert_eq!(
        problems(&app),
        [
            "error[invalid-task-size] Ci/Odd: Fargate pairs 256 CPU units with 512, 1024, or 2048 MiB, not 4096 MiB",
            "error[invalid-task-size] Ci/Huge: Fargate has no task of 300 CPU units",
        ]
    );
}

#[test]
fn a_container_runs_the_command_it_is_given_in_place_of_the_images() {
    use forma_dsl::ecs::{ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps};
    let app = App::new();
    let stack = app.stack("Ci");
    let task = FargateTaskDefinition::new(&stack, "Web", FargateTaskDefinitionProps::new(256, 512));
    let image = ContainerImage::public("public.ecr.aws/docker/library/nginx:1.27-alpine");
    task.add_container(ContainerProps::new("web", image.clone()).command(["sh", "-c", "exec nginx -g 'daemon off;'"]));
    task.add_container(ContainerProps::new("plain", image));
    let a = synth(&app);
    let (_, t) = only(&a, "Ci", "AWS::ECS::TaskDefinition");
    let containers = &t["Properties"]["ContainerDefinitions"];
    assert_eq!(containers[0]["Command"], json!(["sh", "-c", "exec nginx -g 'daemon off;'"]));
    assert_eq!(containers[1].get("Command"), None, "the image's own command when none is given");
}
