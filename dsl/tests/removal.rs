//! A removal policy set once for a stack or an app: every construct and every child it
//! makes follows it unless told otherwise, before or after it was set; `Destroy` empties
//! buckets and repositories so that they can be deleted.

use forma_dsl::prelude::*;
use std::time::Duration;

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
use forma_dsl::cognito::{UserPool, UserPoolProps};
use forma_dsl::dynamodb::{Attribute, Table, TableProps};
use forma_dsl::ec2::{Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::logs::{LogGroup, LogGroupProps, Retention};
use forma_dsl::s3::{Bucket, BucketProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::{App, RemovalPolicy, Stack};
use serde_json::Value as Json;

use crate::support::synth;

/// One of every construct that holds data or makes a log group, with no removal setting.
fn everything(stack: &Stack) {
    Bucket::new(stack, "Uploads", BucketProps::default());
    Table::new(stack, "Orders", TableProps::new(Attribute::string("id")));
    Queue::new(stack, "Jobs", QueueProps::default());
    Stream::new(stack, "Clicks", StreamProps::default());
    Key::new(stack, "DataKey", KeyProps::default());
    LogGroup::new(stack, "Audit", LogGroupProps::default());
    Repository::new(stack, "Images", RepositoryProps::default());
    UserPool::new(stack, "Users", UserPoolProps::default());
    Vpc::new(stack, "Network", VpcProps::default().flow_logs(Retention::OneWeek));
    let code = Code::inline("def handler(event, context):\n    return None\n");
    let handler = Function::new(
        stack,
        "Handler",
        FunctionProps::new(Runtime::Python312, "index.handler", code).timeout(Duration::from_secs(10)),
    );
    let api = RestApi::new(stack, "Api", RestApiProps::default());
    api.root().add_resource("items").add_method("GET", &handler);
    HttpApi::new(stack, "Http", HttpApiProps::default()).add_route("GET /health", &handler);
}

/// `(logical id, type, DeletionPolicy)` of every resource of stack `name` that has one.
fn policies(app: &App, name: &str) -> Vec<(String, String, String)> {
    let assembly = synth(app);
    let stack = assembly.stacks.iter().find(|s| s.name() == name).expect("the stack");
    let template = stack.template();
    template["Resources"]
        .as_object()
        .expect("resources")
        .iter()
        .filter_map(|(id, r)| {
            let policy = r.get("DeletionPolicy")?.as_str()?.to_owned();
            Some((id.clone(), r["Type"].as_str().unwrap_or_default().to_owned(), policy))
        })
        .collect()
}

fn retained(policies: &[(String, String, String)]) -> Vec<&str> {
    policies.iter().filter(|(_, _, p)| p == "Retain").map(|(id, _, _)| id.as_str()).collect()
}

#[test]
fn a_stack_set_to_destroy_once_retains_nothing_and_empties_buckets_and_repositories() {
    let app = App::new();
    let stack = app.stack("Daily");
    stack.removal_policy(RemovalPolicy::Destroy);
    everything(&stack);
    let got = policies(&app, "Daily");
    assert!(retained(&got).is_empty(), "retained: {:?}", retained(&got));
    // Every stateful kind is there, set to be deleted (log groups included).
    for kind in
        ["AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::Logs::LogGroup", "AWS::ECR::Repository", "AWS::KMS::Key"]
    {
        assert!(got.iter().any(|(_, t, p)| t == kind && p == "Delete"), "no {kind} deleted: {got:?}");
    }
    let assembly = synth(&app);
    let daily = &assembly.stacks[0];
    let bucket = daily.manifest.logical_ids.iter().find(|(_, path)| path.as_str() == "Daily/Uploads/Resource");
    let (bucket_id, _) = bucket.expect("the bucket");
    assert_eq!(daily.manifest.empty_on_destroy, std::slice::from_ref(bucket_id), "the bucket is emptied by destroy");
    let template = daily.template();
    let repository = template["Resources"].as_object().unwrap().values().find(|r| r["Type"] == "AWS::ECR::Repository");
    assert_eq!(repository.expect("the repository")["Properties"]["EmptyOnDelete"], Json::Bool(true));
}

#[test]
fn the_policy_reaches_constructs_made_before_it_was_set_but_not_a_constructs_own_choice() {
    let app = App::new();
    let stack = app.stack("Daily");
    everything(&stack);
    Table::new(&stack, "Ledger", TableProps::new(Attribute::string("id")).removal_policy(RemovalPolicy::Retain));
    stack.removal_policy(RemovalPolicy::Destroy);
    let got = policies(&app, "Daily");
    let kept = retained(&got);
    assert_eq!(kept.len(), 1, "only the ledger, which said so: {kept:?}");
    assert!(kept[0].starts_with("Ledger"), "{kept:?}");
}

#[test]
fn an_app_wide_policy_applies_to_every_stack_without_its_own() {
    let app = App::new();
    app.removal_policy(RemovalPolicy::Destroy);
    let daily = app.stack("Daily");
    everything(&daily);
    let archive = app.stack("Archive");
    archive.removal_policy(RemovalPolicy::Retain);
    Bucket::new(&archive, "Records", BucketProps::default());
    Queue::new(&archive, "Outbox", QueueProps::default());
    assert!(retained(&policies(&app, "Daily")).is_empty());
    let archived = policies(&app, "Archive");
    assert_eq!(retained(&archived).len(), archived.len(), "the stack's own policy wins: {archived:?}");
    let assembly = synth(&app);
    let archive = assembly.stacks.iter().find(|s| s.name() == "Archive").unwrap();
    assert!(archive.manifest.empty_on_destroy.is_empty(), "a retained bucket is not emptied");
}

#[test]
fn without_a_policy_stateful_resources_are_retained_as_before() {
    let app = App::new();
    everything(&app.stack("Plain"));
    let got = policies(&app, "Plain");
    assert!(got.iter().any(|(_, t, p)| t == "AWS::S3::Bucket" && p == "Retain"), "{got:?}");
    assert!(got.iter().any(|(_, t, p)| t == "AWS::Logs::LogGroup" && p == "Retain"), "{got:?}");
}

#[test]
fn the_log_groups_constructs_make_are_reachable_from_their_handles() {
    let app = App::new();
    let stack = app.stack("Web");
    let code = Code::inline("def handler(event, context):\n    return None\n");
    let handler = Function::new(&stack, "Handler", FunctionProps::new(Runtime::Python312, "index.handler", code));
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    api.root().add_resource("items").add_method("GET", &handler);
    let http = HttpApi::new(&stack, "Http", HttpApiProps::default());
    http.add_route("GET /health", &handler);
    let vpc = Vpc::new(&stack, "Network", VpcProps::default().flow_logs(Retention::OneWeek));
    let groups =
        [handler.log_group(), api.access_logs(), http.access_logs(), vpc.flow_logs().expect("the VPC has flow logs")];
    for group in groups {
        RemovalPolicy::Destroy.apply_to(group.resource());
    }
    let got = policies(&app, "Web");
    let logs: Vec<_> = got.iter().filter(|(_, t, _)| t == "AWS::Logs::LogGroup").collect();
    assert_eq!(logs.len(), 4, "{got:?}");
    assert!(logs.iter().all(|(_, _, p)| p == "Delete"), "{logs:?}");
}

#[test]
fn the_roles_and_log_groups_constructs_make_are_reachable_from_their_handles() {
    let app = App::new();
    let stack = app.stack("S");
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    assert_eq!(api.cloud_watch_role().path(), "S/Api/CloudWatchRole");
    assert_eq!(api.access_logs().path(), "S/Api/AccessLogs");
    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default().flow_logs(Retention::OneWeek));
    assert_eq!(vpc.flow_logs_role().map(|r| r.path()), Some("S/Vpc/FlowLogsRole".to_owned()));
    assert_eq!(vpc.flow_logs().map(|l| l.path()), Some("S/Vpc/FlowLogs".to_owned()));
}
