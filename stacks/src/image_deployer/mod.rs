//! `image-deployer`: rolls a new image out to the web service when it is pushed. An
//! EventBridge rule on ECR's successful pushes to the service's repository invokes a Python
//! function that registers a new revision of the service's task definition running the
//! pushed tag, and updates the service to it (which then rolls, as the service's deployment
//! configuration says). Only tags that look like a git commit id are rolled out.

use std::time::Duration;

use forma_dsl::events::{Rule, RuleProps, RuleTarget};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::{list, obj, App, RemovalPolicy};

use crate::web_service::{WebService, COMMIT_TAG_PATTERN};

/// The deployer's handles.
#[derive(Clone)]
pub struct ImageDeployer {
    /// The function that rolls images out.
    pub function: Function,
    /// The rule that invokes it on each push.
    pub rule: Rule,
}

/// Adds the stack `image-deployer` to `app`, deploying to `web`'s service the images pushed
/// to its repository.
pub fn image_deployer(app: &App, web: &WebService) -> ImageDeployer {
    let stack = app.stack("image-deployer");
    stack
        .description("image-deployer: rolls each image pushed to web-service's repository out to its service")
        .removal_policy(RemovalPolicy::Destroy);

    let service = web.service.service();
    let task = web.service.task_definition();
    let function = Function::new(
        &stack,
        "Deployer",
        FunctionProps::new(
            Runtime::Python312,
            "index.handler",
            Code::from_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/image_deployer/deployer")),
        )
        .description("Registers a task definition revision running the pushed image and updates the service to it")
        // Three ECS calls, and a cold client: well within 30 s.
        .timeout(Duration::from_secs(30))
        .environment("CLUSTER_NAME", web.cluster.name())
        .environment("SERVICE_NAME", service.name())
        .environment("TASK_FAMILY", task.family())
        .environment("REPOSITORY_URI", web.repository.uri())
        .environment("TAG_PATTERN", COMMIT_TAG_PATTERN),
    );
    // Exactly this service, exactly its task's two roles to pass; registering a task
    // definition cannot be scoped in IAM.
    service.grant_update(&function);

    let rule = Rule::new(
        &stack,
        "OnPush",
        RuleProps::pattern(obj! {
            "source" => list!["aws.ecr"],
            "detail-type" => list!["ECR Image Action"],
            "detail" => obj! {
                "action-type" => list!["PUSH"],
                "result" => list!["SUCCESS"],
                "repository-name" => list![web.repository.name()],
            },
        })
        .description("Each image pushed to web-service's repository"),
    );
    rule.add_target(RuleTarget::function(&function));

    ImageDeployer { function, rule }
}
