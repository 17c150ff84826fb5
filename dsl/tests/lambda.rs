//! lambda::Function: its role, log group, code, limits, event sources, URLs, grants.

use forma_dsl::prelude::*;
use std::time::Duration;

use forma_dsl::dynamodb::{Attribute, StreamViewType, Table, TableProps};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, StartingPosition, UrlAuth};
use forma_dsl::sns::{Subscription, Topic, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::App;
use serde_json::json;

use crate::support::{only, problems, resources, synth};

fn handler() -> FunctionProps {
    FunctionProps::new(
        Runtime::Python312,
        "index.handler",
        Code::inline("def handler(event, context):\n    return 1\n"),
    )
}

#[test]
fn a_function_has_a_role_that_may_only_write_its_own_log_group() {
    let app = App::new();
    let stack = app.stack("Fn");
    let f = Function::new(
        &stack,
        "Worker",
        handler().memory_mib(256).timeout(Duration::from_secs(30)).environment("STAGE", "dev"),
    );
    assert_eq!(f.resource().path(), "Fn/Worker/Resource");
    let a = synth(&app);
    let (_, function) = only(&a, "Fn", "AWS::Lambda::Function");
    let (role_id, _) = only(&a, "Fn", "AWS::IAM::Role");
    let (group_id, group) = only(&a, "Fn", "AWS::Logs::LogGroup");
    let (policy_id, policy) = only(&a, "Fn", "AWS::IAM::Policy");
    assert_eq!(group["Properties"]["RetentionInDays"], 30);
    assert_eq!(function["Properties"]["Role"], json!({ "Fn::GetAtt": [role_id, "Arn"] }));
    assert_eq!(function["Properties"]["Runtime"], "python3.12");
    assert_eq!(function["Properties"]["MemorySize"], 256);
    assert_eq!(function["Properties"]["Timeout"], 30);
    assert_eq!(function["Properties"]["LoggingConfig"], json!({ "LogGroup": { "Ref": group_id } }));
    assert_eq!(function["Properties"]["Environment"], json!({ "Variables": { "STAGE": "dev" } }));
    assert_eq!(function["DependsOn"], json!([policy_id]), "the function waits for its permissions");
    assert_eq!(
        policy["Properties"]["PolicyDocument"]["Statement"],
        json!([{ "Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                 "Resource": { "Fn::GetAtt": [group_id, "Arn"] } }]),
        "no managed policy with logs:* on *"
    );
}

#[test]
fn function_limits_are_errors_at_the_function() {
    let app = App::new();
    let stack = app.stack("Fn");
    Function::new(&stack, "Big", handler().memory_mib(20_000).timeout(Duration::from_secs(1000)));
    Function::new(&stack, "Java", FunctionProps::new(Runtime::Java21, "x.Handler", Code::inline("class X {}")));
    let got = problems(&app);
    assert_eq!(
        got[..3],
        [
            "error[function-memory] Fn/Big: memory_mib is 20000; AWS allows 128 to 10240",
            "error[function-timeout] Fn/Big: timeout is 1000 s; AWS allows 1 to 900 s",
            "error[inline-code-runtime] Fn/Java: inline code needs a Node.js or Python runtime, not java21",
        ],
        "{got:#?}"
    );
}

#[test]
fn two_different_function_mistakes_have_two_different_codes() {
    let app = App::new();
    let stack = app.stack("Fn");
    let source = format!("def handler(event, context):\n    return {:?}\n", "x".repeat(5000));
    Function::new(
        &stack,
        "Handler",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline(source)).timeout(Duration::from_secs(901)),
    );
    let got = problems(&app);
    let codes: Vec<&str> = got.iter().filter_map(|p| p.strip_prefix("error[")?.split(']').next()).collect();
    assert_eq!(codes, ["inline-code-too-large", "function-timeout"], "{got:#?}");
}

#[test]
fn an_sqs_event_source_grants_consume_and_waits_for_the_policy() {
    let app = App::new();
    let stack = app.stack("Fn");
    let queue = Queue::new(&stack, "Jobs", QueueProps::default().visibility_timeout(Duration::from_secs(180)));
    let f = Function::new(&stack, "Worker", handler().timeout(Duration::from_secs(30)));
    f.add_event_source(EventSource::sqs(&queue).batch_size(10).report_batch_item_failures());
    let a = synth(&app);
    let (queue_id, _) = only(&a, "Fn", "AWS::SQS::Queue");
    let (function_id, _) = only(&a, "Fn", "AWS::Lambda::Function");
    let (policy_id, policy) = only(&a, "Fn", "AWS::IAM::Policy");
    let (_, mapping) = only(&a, "Fn", "AWS::Lambda::EventSourceMapping");
    assert_eq!(
        mapping["Properties"],
        json!({ "BatchSize": 10, "EventSourceArn": { "Fn::GetAtt": [queue_id, "Arn"] },
                "FunctionName": { "Ref": function_id }, "FunctionResponseTypes": ["ReportBatchItemFailures"] })
    );
    assert_eq!(mapping["DependsOn"], json!([policy_id]));
    let statements = policy["Properties"]["PolicyDocument"]["Statement"].as_array().unwrap();
    assert!(
        statements
            .iter()
            .any(|s| s["Resource"] == json!({ "Fn::GetAtt": [queue_id, "Arn"] })
                && s["Action"][0] == "sqs:ReceiveMessage")
    );
}

#[test]
fn a_queue_that_hides_messages_for_less_than_the_function_runs_is_an_error() {
    let app = App::new();
    let stack = app.stack("Fn");
    let queue = Queue::new(&stack, "Jobs", QueueProps::default());
    let f = Function::new(&stack, "Worker", handler().timeout(Duration::from_secs(60)));
    f.add_event_source(EventSource::sqs(&queue).batch_size(100));
    assert_eq!(
        problems(&app),
        [
            "error[event-source-visibility-timeout] Fn/Worker: the queue Fn/Jobs's visibility timeout (30 s) is shorter than the \
             function's timeout (60 s)",
            "error[event-source-batching-window] Fn/Worker: an SQS batch of 100 needs a batching window",
        ]
    );
}

#[test]
fn stream_event_sources_read_from_a_starting_position() {
    let app = App::new();
    let stack = app.stack("Fn");
    let stream = Stream::new(&stack, "Clicks", StreamProps::default());
    let table = Table::new(&stack, "Orders", TableProps::new(Attribute::string("pk")).stream(StreamViewType::NewImage));
    let f = Function::new(&stack, "Worker", handler());
    f.add_event_source(
        EventSource::kinesis(&stream, StartingPosition::TrimHorizon).bisect_batch_on_error().retry_attempts(3),
    );
    f.add_event_source(EventSource::dynamodb(&table, StartingPosition::Latest));
    let a = synth(&app);
    let (table_id, _) = only(&a, "Fn", "AWS::DynamoDB::Table");
    let mappings: Vec<&serde_json::Value> =
        resources(&a, "Fn").values().filter(|r| r["Type"] == "AWS::Lambda::EventSourceMapping").collect();
    assert_eq!(mappings.len(), 2);
    assert_eq!(mappings[0]["Properties"]["StartingPosition"], "TRIM_HORIZON");
    assert_eq!(mappings[0]["Properties"]["BisectBatchOnFunctionError"], true);
    assert_eq!(mappings[0]["Properties"]["MaximumRetryAttempts"], 3);
    assert_eq!(mappings[1]["Properties"]["EventSourceArn"], json!({ "Fn::GetAtt": [table_id, "StreamArn"] }));
}

#[test]
fn a_table_without_a_stream_cannot_be_an_event_source() {
    let app = App::new();
    let stack = app.stack("Fn");
    let table = Table::new(&stack, "Orders", TableProps::new(Attribute::string("pk")));
    let f = Function::new(&stack, "Worker", handler());
    f.add_event_source(EventSource::dynamodb(&table, StartingPosition::Latest));
    let got = problems(&app);
    assert_eq!(got, ["error[no-stream] Fn/Worker: the table Fn/Orders has no stream for the function to read"]);
}

#[test]
fn an_sns_subscription_gives_the_topic_and_only_it_permission_to_invoke() {
    let app = App::new();
    let stack = app.stack("Fn");
    let topic = Topic::new(&stack, "Events", TopicProps::default());
    let f = Function::new(&stack, "Worker", handler());
    topic.add_subscription(Subscription::lambda(&f));
    let a = synth(&app);
    let (topic_id, _) = only(&a, "Fn", "AWS::SNS::Topic");
    let (function_id, _) = only(&a, "Fn", "AWS::Lambda::Function");
    let (_, permission) = only(&a, "Fn", "AWS::Lambda::Permission");
    assert_eq!(
        permission["Properties"],
        json!({ "Action": "lambda:InvokeFunction", "FunctionName": { "Fn::GetAtt": [function_id, "Arn"] },
                "Principal": "sns.amazonaws.com", "SourceArn": { "Ref": topic_id } })
    );
    let (_, sub) = only(&a, "Fn", "AWS::SNS::Subscription");
    assert_eq!(sub["Properties"]["Protocol"], "lambda");
}

#[test]
fn grant_invoke_covers_versions_and_a_url_is_iam_authenticated_by_default() {
    let app = App::new();
    let stack = app.stack("Fn");
    let f = Function::new(&stack, "Api", handler());
    let caller = Role::new(&stack, "Caller", RoleProps::new(ServicePrincipal::lambda()));
    f.grant_invoke(&caller);
    let url = f.add_url(UrlAuth::Iam);
    stack.add_output("Url", forma_dsl::Output::new(url.url()));
    let a = synth(&app);
    let (function_id, _) = only(&a, "Fn", "AWS::Lambda::Function");
    let (_, u) = only(&a, "Fn", "AWS::Lambda::Url");
    assert_eq!(u["Properties"]["AuthType"], "AWS_IAM");
    assert!(resources(&a, "Fn").values().all(|r| r["Type"] != "AWS::Lambda::Permission"), "no public permission");
    let caller_policy = resources(&a, "Fn")
        .values()
        .find(|r| r["Type"] == "AWS::IAM::Policy" && r["Properties"]["PolicyName"] == "CallerDefaultPolicy")
        .expect("the caller's policy");
    let arn = json!({ "Fn::GetAtt": [function_id, "Arn"] });
    assert_eq!(
        caller_policy["Properties"]["PolicyDocument"]["Statement"],
        json!([{ "Effect": "Allow", "Action": "lambda:InvokeFunction",
                 "Resource": [arn, { "Fn::Sub": ["${Arn}:*", { "Arn": arn }] }] }])
    );
}

#[test]
fn code_from_a_directory_is_an_asset_the_template_points_at() {
    let dir = std::env::temp_dir().join(format!("forma-lambda-asset-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.py"), "def handler(e, c):\n    return 1\n").unwrap();
    let app = App::new();
    let stack = app.stack("Fn");
    Function::new(&stack, "Worker", FunctionProps::new(Runtime::Python313, "index.handler", Code::from_dir(&dir)));
    let a = synth(&app);
    let _ = std::fs::remove_dir_all(&dir);
    let (_, function) = only(&a, "Fn", "AWS::Lambda::Function");
    let code = &function["Properties"]["Code"];
    assert!(code["S3Key"].as_str().is_some_and(|k| k.ends_with(".zip")), "{code}");
    assert!(code["S3Bucket"].get("Fn::Sub").is_some(), "the staging bucket: {code}");
    assert_eq!(a.assets.len(), 1);
}
