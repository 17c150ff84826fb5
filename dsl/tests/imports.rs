//! Resources that already exist: references made with `from_*` render no resource and work
//! wherever the construct does — event source, notification target, grant resource and
//! grantee, a load balancer's VPC — and what they cannot do is an error that says why.

use forma_dsl::dynamodb::Table;
use forma_dsl::ec2::{Connectable, SubnetType, Vpc, VpcAttributes};
use forma_dsl::ecs::{
    Cluster, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use forma_dsl::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps};
use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::iam::{PolicyStatement, Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::Stream;
use forma_dsl::kms::Key;
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, StartingPosition};
use forma_dsl::prelude::*;
use forma_dsl::s3::{Bucket, BucketProps, EventType};
use forma_dsl::sns::{Subscription, Topic};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::{App, RemovalPolicy};
use serde_json::{json, Value as Json};

use crate::support::{only, problems, resources, synth};

const ACCOUNT: &str = "123456789012";

fn handler(stack: &forma_dsl::Stack, id: &str) -> Function {
    Function::new(
        stack,
        id,
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("def handler(e, c):\n    return e\n")),
    )
}

/// The statements of the role policy attached to `role_name` (a literal name, or a `Ref`
/// to a role of the stack given by its logical id).
fn statements_for(stack: &serde_json::Map<String, Json>, role: &Json) -> Vec<Json> {
    stack
        .values()
        .filter(|r| {
            r["Type"] == "AWS::IAM::Policy" && r["Properties"]["Roles"].as_array().is_some_and(|a| a.contains(role))
        })
        .flat_map(|r| r["Properties"]["PolicyDocument"]["Statement"].as_array().cloned().unwrap_or_default())
        .collect()
}

#[test]
fn references_render_no_resource() {
    let app = App::new();
    let stack = app.stack("Refs");
    let arn = |service: &str, rest: &str| format!("arn:aws:{service}:eu-west-1:{ACCOUNT}:{rest}");
    Bucket::from_name(&stack, "Bucket", "acme-reports");
    Bucket::from_arn(&stack, "BucketByArn", "arn:aws:s3:::acme-reports");
    Table::from_name(&stack, "Table", "orders");
    Queue::from_arn(&stack, "Queue", arn("sqs", "jobs"));
    Topic::from_arn(&stack, "Topic", arn("sns", "alerts"));
    Stream::from_name(&stack, "Stream", "clicks");
    Function::from_arn(&stack, "Function", arn("lambda", "function:resize"));
    Role::from_arn(&stack, "Role", format!("arn:aws:iam::{ACCOUNT}:role/deployer"));
    Key::from_arn(&stack, "Key", arn("kms", "key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    forma_dsl::ecr::Repository::from_name(&stack, "Repo", "web");
    Vpc::from_attributes(&stack, "Vpc", VpcAttributes::new("vpc-0a1b", "10.0.0.0/16", ["eu-west-1a"]));
    forma_dsl::ec2::SecurityGroup::from_id(&stack, "Sg", "sg-0a1b", true);
    Cluster::from_attributes(&stack, "Cluster", "shared", None);
    forma_dsl::route53::HostedZone::from_attributes(&stack, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
    forma_dsl::cognito::UserPool::from_id(&stack, "Pool", "eu-west-1_AbCdEf123");
    forma_dsl::logs::LogGroup::from_name(&stack, "Logs", "/shared/app");
    // A stack needs one resource: the only one is this.
    forma_dsl::ssm::StringParameter::new(&stack, "Marker", forma_dsl::ssm::StringParameterProps::new("x"));
    let a = synth(&app);
    let types: Vec<&Json> = resources(&a, "Refs").values().map(|r| &r["Type"]).collect();
    assert_eq!(types, [&json!("AWS::SSM::Parameter")], "a reference is no resource");
}

#[test]
fn imported_queue_stream_and_table_are_event_sources_with_their_grants() {
    let app = App::new();
    let stack = app.stack("Consumer");
    let queue = Queue::from_arn(&stack, "Jobs", format!("arn:aws:sqs:eu-west-1:{ACCOUNT}:jobs"));
    let stream = Stream::from_name(&stack, "Clicks", "clicks");
    let stream_arn = format!("arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/orders/stream/2026-01-01T00:00:00.000");
    let table = Table::from_name(&stack, "Orders", "orders").with_stream(stream_arn.clone());
    let f = handler(&stack, "Worker");
    f.add_event_source(EventSource::sqs(&queue));
    f.add_event_source(EventSource::kinesis(&stream, StartingPosition::Latest));
    f.add_event_source(EventSource::dynamodb(&table, StartingPosition::TrimHorizon));
    let a = synth(&app);
    let r = resources(&a, "Consumer");
    let sources: Vec<&Json> = r
        .values()
        .filter(|r| r["Type"] == "AWS::Lambda::EventSourceMapping")
        .map(|r| &r["Properties"]["EventSourceArn"])
        .collect();
    assert_eq!(
        sources,
        [
            &json!(format!("arn:aws:sqs:eu-west-1:{ACCOUNT}:jobs")),
            &json!({ "Fn::Sub": ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Name}", { "Name": "clicks" }] }),
            &json!(stream_arn),
        ]
    );
    let resources_granted: Vec<Json> =
        statements_for(r, &role_ref(r, "Worker")).iter().map(|s| s["Resource"].clone()).collect();
    assert!(
        resources_granted.contains(&json!(format!("arn:aws:sqs:eu-west-1:{ACCOUNT}:jobs"))),
        "{resources_granted:#?}"
    );
    assert!(resources_granted.contains(&json!(stream_arn)), "{resources_granted:#?}");
}

/// `{"Ref": <logical id of the role of function `id`>}`.
fn role_ref(r: &serde_json::Map<String, Json>, id: &str) -> Json {
    let (logical, _) = r
        .iter()
        .find(|(l, res)| res["Type"] == "AWS::IAM::Role" && l.starts_with(&format!("{id}ServiceRole")))
        .unwrap_or_else(|| panic!("no role of {id}"));
    json!({ "Ref": logical })
}

#[test]
fn imported_function_queue_and_topic_are_notification_targets() {
    let app = App::new();
    let stack = app.stack("Uploads");
    let bucket = Bucket::new(&stack, "Inbox", BucketProps::default().removal_policy(RemovalPolicy::Destroy));
    let function = Function::from_arn(&stack, "Resize", format!("arn:aws:lambda:eu-west-1:{ACCOUNT}:function:resize"));
    let queue = Queue::from_arn(&stack, "Jobs", format!("arn:aws:sqs:eu-west-1:{ACCOUNT}:jobs"));
    let topic = Topic::from_arn(&stack, "Alerts", format!("arn:aws:sns:eu-west-1:{ACCOUNT}:alerts"));
    bucket.add_event_notification(EventType::ObjectCreated, &function, Some("images/"), None);
    bucket.add_event_notification(EventType::ObjectCreated, &queue, Some("jobs/"), None);
    bucket.add_event_notification(EventType::ObjectRemoved, &topic, None, None);
    // The queue's and topic's policies are their owners': what they must allow is a warning.
    let warnings = problems(&app);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(warnings.iter().all(|w| w.starts_with("warning[resource-policy-not-owned]")), "{warnings:#?}");
    assert!(
        warnings[0].contains("Uploads/Jobs") && warnings[0].contains("the service s3.amazonaws.com sqs:SendMessage")
    );
    let a = synth(&app);
    let (_, b) = only(&a, "Uploads", "AWS::S3::Bucket");
    let config = &b["Properties"]["NotificationConfiguration"];
    assert_eq!(
        config["LambdaConfigurations"][0]["Function"],
        json!(format!("arn:aws:lambda:eu-west-1:{ACCOUNT}:function:resize"))
    );
    assert_eq!(config["QueueConfigurations"][0]["Queue"], json!(format!("arn:aws:sqs:eu-west-1:{ACCOUNT}:jobs")));
    assert_eq!(config["TopicConfigurations"][0]["Topic"], json!(format!("arn:aws:sns:eu-west-1:{ACCOUNT}:alerts")));
    // The function's permission is a resource of its own, made here.
    let (_, permission) = only(&a, "Uploads", "AWS::Lambda::Permission");
    assert_eq!(
        permission["Properties"]["FunctionName"],
        json!(format!("arn:aws:lambda:eu-west-1:{ACCOUNT}:function:resize"))
    );
    assert_eq!(permission["Properties"]["Principal"], "s3.amazonaws.com");
    // No policy is written for the queue or topic of another owner.
    assert!(resources(&a, "Uploads")
        .values()
        .all(|r| r["Type"] != "AWS::SQS::QueuePolicy" && r["Type"] != "AWS::SNS::TopicPolicy"));
}

#[test]
fn imported_targets_of_rules_and_subscriptions() {
    let app = App::new();
    let stack = app.stack("Events");
    let function = Function::from_name(&stack, "Cleanup", "cleanup");
    let rule = Rule::new(&stack, "Nightly", RuleProps::schedule(Schedule::cron("0 3 * * ? *")));
    rule.add_target(RuleTarget::function(&function));
    let topic = Topic::from_arn(&stack, "Alerts", format!("arn:aws:sns:eu-west-1:{ACCOUNT}:alerts"));
    let queue = Queue::new(&stack, "Copies", QueueProps::default().removal_policy(RemovalPolicy::Destroy));
    topic.add_subscription(Subscription::sqs(&queue));
    let a = synth(&app);
    let (_, r) = only(&a, "Events", "AWS::Events::Rule");
    assert_eq!(
        r["Properties"]["Targets"][0]["Arn"],
        json!({ "Fn::Sub": ["arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}", { "Name": "cleanup" }] })
    );
    let (_, sub) = only(&a, "Events", "AWS::SNS::Subscription");
    assert_eq!(sub["Properties"]["TopicArn"], json!(format!("arn:aws:sns:eu-west-1:{ACCOUNT}:alerts")));
    // The queue is this app's: its policy lets the imported topic send.
    let (_, policy) = only(&a, "Events", "AWS::SQS::QueuePolicy");
    let statement = &policy["Properties"]["PolicyDocument"]["Statement"][0];
    assert_eq!(
        statement["Condition"]["ArnEquals"]["aws:SourceArn"],
        json!(format!("arn:aws:sns:eu-west-1:{ACCOUNT}:alerts"))
    );
}

#[test]
fn grants_on_imported_resources_to_an_imported_role_go_into_a_policy_attached_to_it() {
    let app = App::new();
    let stack = app.stack("Access");
    let role = Role::from_arn(&stack, "Deployer", format!("arn:aws:iam::{ACCOUNT}:role/ops/deployer"));
    let key = Key::from_arn(&stack, "Key", format!("arn:aws:kms:eu-west-1:{ACCOUNT}:key/1234abcd"));
    let bucket = Bucket::from_name(&stack, "Reports", "acme-reports").encrypted_with(&key);
    bucket.grant_read(&role);
    Table::from_arn(&stack, "Orders", format!("arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/orders"))
        .grant_read_data(&role);
    forma_dsl::ecr::Repository::from_name(&stack, "Web", "web").grant_pull(&role);
    let a = synth(&app);
    let (id, policy) = only(&a, "Access", "AWS::IAM::Policy");
    assert!(id.starts_with("DeployerDefaultPolicy"), "{id}");
    assert_eq!(policy["Properties"]["Roles"], json!(["deployer"]), "the name, without the role's path");
    let statements = policy["Properties"]["PolicyDocument"]["Statement"].as_array().expect("statements").clone();
    let on = |action: &str| -> Json {
        statements
            .iter()
            .find(|s| s["Action"].as_array().is_some_and(|a| a.contains(&json!(action))) || s["Action"] == action)
            .unwrap_or_else(|| panic!("no statement with {action}: {statements:#?}"))["Resource"]
            .clone()
    };
    let bucket_arn = json!({ "Fn::Sub": ["arn:${AWS::Partition}:s3:::${Name}", { "Name": "acme-reports" }] });
    assert_eq!(
        on("s3:GetObject*"),
        json!([bucket_arn, { "Fn::Sub": ["${Arn}/*", { "Arn": { "Fn::Sub": ["arn:${AWS::Partition}:s3:::${Name}", { "Name": "acme-reports" }] } }] }])
    );
    assert_eq!(
        on("kms:Decrypt"),
        json!(format!("arn:aws:kms:eu-west-1:{ACCOUNT}:key/1234abcd")),
        "the key's use comes with the grant"
    );
    assert_eq!(
        on("dynamodb:GetItem"),
        json!([
            format!("arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/orders"),
            { "Fn::Sub": ["${Arn}/index/*", { "Arn": format!("arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/orders") }] }
        ])
    );
    assert_eq!(on("ecr:GetAuthorizationToken"), json!("*"));
}

#[test]
fn an_imported_function_with_its_role_is_a_grantee_and_without_one_is_an_error() {
    let app = App::new();
    let stack = app.stack("Grantee");
    let role = Role::from_name(&stack, "ResizeRole", "resize-role", None);
    let known = Function::from_attributes(
        &stack,
        "Resize",
        format!("arn:aws:lambda:eu-west-1:{ACCOUNT}:function:resize"),
        &role,
    );
    let queue = Queue::new(&stack, "Jobs", QueueProps::default().removal_policy(RemovalPolicy::Destroy));
    queue.grant_consume(&known);
    let a = synth(&app);
    let (_, policy) = only(&a, "Grantee", "AWS::IAM::Policy");
    assert_eq!(policy["Properties"]["Roles"], json!(["resize-role"]));

    let app = App::new();
    let stack = app.stack("Grantee");
    let unknown = Function::from_arn(&stack, "Resize", format!("arn:aws:lambda:eu-west-1:{ACCOUNT}:function:resize"));
    let queue = Queue::new(&stack, "Jobs", QueueProps::default().removal_policy(RemovalPolicy::Destroy));
    queue.grant_consume(&unknown);
    let p = problems(&app);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].starts_with("error[unknown-role] Grantee/Resize:"), "{p:#?}");
    assert!(p[0].contains("its role is not known"), "{p:#?}");
}

#[test]
fn an_imported_vpc_and_cluster_hold_a_load_balancer_and_a_service() {
    let app = App::new();
    let stack = app.stack("Web");
    let vpc = Vpc::from_attributes(
        &stack,
        "Shared",
        VpcAttributes::new("vpc-0a1b2c3d", "10.20.0.0/16", ["eu-west-1a", "eu-west-1b"])
            .subnets(SubnetType::Public, ["subnet-pa", "subnet-pb"])
            .subnets(SubnetType::PrivateWithEgress, ["subnet-qa", "subnet-qb"]),
    );
    let cluster = Cluster::from_attributes(&stack, "Cluster", "shared", None);
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", ApplicationLoadBalancerProps::new(&vpc));
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    let service = FargateService::new(&stack, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    service.connections().allow_from(&lb, forma_dsl::ec2::Port::tcp(80));
    let a = synth(&app);
    let (_, l) = only(&a, "Web", "AWS::ElasticLoadBalancingV2::LoadBalancer");
    assert_eq!(l["Properties"]["Subnets"], json!(["subnet-pa", "subnet-pb"]));
    let (_, s) = only(&a, "Web", "AWS::ECS::Service");
    assert_eq!(s["Properties"]["Cluster"], "shared");
    assert_eq!(
        s["Properties"]["NetworkConfiguration"]["AwsvpcConfiguration"]["Subnets"],
        json!(["subnet-qa", "subnet-qb"])
    );
    let groups: Vec<&Json> = resources(&a, "Web")
        .values()
        .filter(|r| r["Type"] == "AWS::EC2::SecurityGroup")
        .map(|r| &r["Properties"]["VpcId"])
        .collect();
    assert_eq!(groups, [&json!("vpc-0a1b2c3d"), &json!("vpc-0a1b2c3d")]);
    assert!(resources(&a, "Web").values().all(|r| r["Type"] != "AWS::EC2::VPC" && r["Type"] != "AWS::ECS::Cluster"));
}

#[test]
fn a_vpc_imported_with_a_subnet_missing_in_a_zone_is_an_error() {
    let app = App::new();
    let stack = app.stack("Web");
    Vpc::from_attributes(
        &stack,
        "Shared",
        VpcAttributes::new("vpc-0a1b2c3d", "10.20.0.0/16", ["eu-west-1a", "eu-west-1b"])
            .subnets(SubnetType::Public, ["subnet-pa"]),
    );
    forma_dsl::ssm::StringParameter::new(&stack, "Marker", forma_dsl::ssm::StringParameterProps::new("x"));
    let p = problems(&app);
    assert!(
        p.iter()
            .any(|d| d.starts_with("error[") && d.contains("Web/Shared") && d.contains("1 Public subnets for 2 zones")),
        "{p:#?}"
    );
}

#[test]
fn grants_on_an_l1_resource_name_it_by_its_attributes() {
    let app = App::new();
    let stack = app.stack("Raw");
    let queue = stack.add("Jobs", forma_dsl::cfn::sqs::Queue::new().sqs_managed_sse_enabled(true));
    let bucket = stack.add("Files", forma_dsl::cfn::s3::Bucket::new());
    let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    queue.grant_send(&role);
    bucket.grant_read(&role);
    let a = synth(&app);
    let r = resources(&a, "Raw");
    let statements = statements_for(r, &json!({ "Ref": role_logical(r) }));
    let send = statements
        .iter()
        .find(|s| s["Action"].as_array().is_some_and(|a| a.contains(&json!("sqs:SendMessage"))))
        .expect("send");
    assert_eq!(send["Resource"], json!({ "Fn::GetAtt": ["Jobs", "Arn"] }));
    let read = statements
        .iter()
        .find(|s| s["Action"].as_array().is_some_and(|a| a.contains(&json!("s3:GetObject*"))))
        .expect("read");
    assert_eq!(read["Resource"][0], json!({ "Fn::GetAtt": ["Files", "Arn"] }));
}

fn role_logical(r: &serde_json::Map<String, Json>) -> String {
    r.iter().find(|(_, res)| res["Type"] == "AWS::IAM::Role").map(|(l, _)| l.clone()).expect("a role")
}

#[test]
fn a_grant_across_stacks_imports_the_resource_into_the_grantees_policy() {
    let app = App::new();
    let data = app.stack("Data");
    let api = app.stack("Api");
    let bucket = Bucket::new(&data, "Files", BucketProps::default());
    let f = handler(&api, "Reader");
    bucket.grant_read(&f);
    let a = synth(&app);
    let r = resources(&a, "Api");
    let statements = statements_for(r, &role_ref(r, "Reader"));
    let read = statements
        .iter()
        .find(|s| s["Action"].as_array().is_some_and(|a| a.contains(&json!("s3:GetObject*"))))
        .expect("read");
    assert!(read["Resource"][0]["Fn::ImportValue"].is_string(), "the bucket's ARN is imported from Data: {read:#}");
    assert!(
        resources(&a, "Data").values().all(|r| r["Type"] != "AWS::IAM::Policy"),
        "nothing is added to Data's policies"
    );
}

#[test]
fn a_grant_to_a_service_goes_into_the_resource_policy() {
    let app = App::new();
    let stack = app.stack("Shared");
    let bucket = Bucket::new(&stack, "Logs", BucketProps::default());
    let queue = Queue::new(&stack, "Jobs", QueueProps::default());
    bucket.grant_put(&ServicePrincipal::new("delivery.logs.amazonaws.com"));
    queue.grant_send(&forma_dsl::iam::Principal::account("210987654321"));
    let a = synth(&app);
    let (_, policy) = only(&a, "Shared", "AWS::S3::BucketPolicy");
    let put = &policy["Properties"]["PolicyDocument"]["Statement"][1];
    assert_eq!(put["Principal"], json!({ "Service": "delivery.logs.amazonaws.com" }));
    assert!(put["Action"].as_array().is_some_and(|a| a.contains(&json!("s3:PutObject"))));
    let (_, policy) = only(&a, "Shared", "AWS::SQS::QueuePolicy");
    let send = &policy["Properties"]["PolicyDocument"]["Statement"][0];
    assert_eq!(send["Principal"], json!({ "AWS": { "Fn::Sub": "arn:${AWS::Partition}:iam::210987654321:root" } }));
    assert!(resources(&a, "Shared").values().all(|r| r["Type"] != "AWS::IAM::Policy"), "no role was involved");
}

#[test]
fn a_policy_on_an_imported_bucket_is_refused_with_the_reason() {
    let app = App::new();
    let stack = app.stack("Reports");
    let bucket = Bucket::from_name(&stack, "Shared", "acme-shared-reports");
    bucket.add_to_resource_policy(
        PolicyStatement::allow()
            .principal(ServicePrincipal::new("logging.s3.amazonaws.com"))
            .action("s3:PutObject")
            .resource(bucket.arn_for_objects("*")),
    );
    bucket.grant_read(&ServicePrincipal::lambda());
    forma_dsl::ssm::StringParameter::new(&stack, "Marker", forma_dsl::ssm::StringParameterProps::new("x"));
    let p = problems(&app);
    assert_eq!(p.len(), 2, "{p:#?}");
    for d in &p {
        assert!(d.starts_with("error[resource-policy-not-owned] Reports/Shared:"), "{d}");
        assert!(d.contains("is not in this app"), "{d}");
    }
    assert!(p[1].contains("a grant to the service lambda.amazonaws.com"), "{p:#?}");
    // The same on an L1 bucket, whose policy is the user's own resource.
    let app = App::new();
    let stack = app.stack("Raw");
    let raw = stack.add("Files", forma_dsl::cfn::s3::Bucket::new());
    raw.grant_read(&ServicePrincipal::lambda());
    let p = problems(&app);
    assert!(
        p.iter().any(|d| d.starts_with("error[resource-policy-not-owned] Raw/Files:") && d.contains("L1 resource")),
        "{p:#?}"
    );
}

#[test]
fn a_deployer_function_may_update_exactly_one_service_and_one_functions_code() {
    let app = App::new();
    let stack = app.stack("Deploy");
    let vpc = Vpc::from_attributes(
        &stack,
        "Vpc",
        VpcAttributes::new("vpc-0a1b", "10.0.0.0/16", ["eu-west-1a"])
            .subnets(SubnetType::PrivateWithEgress, ["subnet-qa"]),
    );
    let cluster = Cluster::from_attributes(&stack, "Cluster", "shared", None);
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    let service = FargateService::new(&stack, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    let main = handler(&stack, "Main");
    let deployer = handler(&stack, "Deployer");
    service.grant_update(&deployer);
    main.grant_update_code(&deployer);
    let a = synth(&app);
    let r = resources(&a, "Deploy");
    let statements = statements_for(r, &role_ref(r, "Deployer"));
    let with = |action: &str| -> &Json {
        statements
            .iter()
            .find(|s| s["Action"] == action || s["Action"].as_array().is_some_and(|a| a.contains(&json!(action))))
            .unwrap_or_else(|| panic!("no {action}: {statements:#?}"))
    };
    let service_id = r.iter().find(|(_, x)| x["Type"] == "AWS::ECS::Service").map(|(l, _)| l.clone()).expect("service");
    assert_eq!(with("ecs:UpdateService")["Resource"], json!({ "Ref": service_id }));
    assert_eq!(with("ecs:RegisterTaskDefinition")["Resource"], "*", "IAM has no resource-level permission for it");
    let pass = with("iam:PassRole");
    assert_eq!(pass["Resource"].as_array().map(Vec::len), Some(2), "the task role and the execution role, exactly");
    assert_eq!(pass["Condition"]["StringEquals"]["iam:PassedToService"], "ecs-tasks.amazonaws.com");
    let main_id = r
        .iter()
        .find(|(l, x)| x["Type"] == "AWS::Lambda::Function" && l.starts_with("Main"))
        .map(|(l, _)| l.clone())
        .expect("main");
    assert_eq!(with("lambda:UpdateFunctionCode")["Resource"], json!({ "Fn::GetAtt": [main_id, "Arn"] }));
}
