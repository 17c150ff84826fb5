//! ecr::Repository and the ECS constructs.

use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
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
    let _ = repo.grant_pull(&role);
    stack.add_output("Image", forma_dsl::Output::new(repo.image_uri("v1")));
    let a = synth(&app);
    let (repo_id, r) = only(&a, "Ci", "AWS::ECR::Repository");
    assert_eq!(r["Properties"]["ImageScanningConfiguration"], json!({ "ScanOnPush": true }));
    assert_eq!(r["Properties"]["ImageTagMutability"], "IMMUTABLE");
    assert!(r["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"].as_str().unwrap().contains("\"countNumber\":10"));
    assert_eq!(r["DeletionPolicy"], "Delete");
    assert_eq!(a.stacks[0].manifest.empty_on_destroy, [repo_id.to_owned()]);
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
