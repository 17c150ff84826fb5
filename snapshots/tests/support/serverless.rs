//! A serverless stack for the SAM target's tests, written as a user would: a simple table
//! and one with a stream; functions fed by a queue, a Kinesis stream, the table's stream, a
//! topic, an hourly schedule and an event pattern, one of them with its code from a
//! directory; a REST API and an HTTP API routing to a handler; outputs that name a function,
//! its role, the table and the APIs.

use forma_dsl::prelude::*;
use std::time::Duration;

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
use forma_dsl::dynamodb::{Attribute, StreamViewType, Table, TableProps};
use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, StartingPosition};
use forma_dsl::sns::{Subscription, Topic, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::{App, Output, RemovalPolicy::Destroy};

const HANDLER: &str = "def handler(event, context):\n    return {\"statusCode\": 200, \"body\": \"ok\"}\n";

/// The app: one stack, `Serverless`.
pub fn app() -> App {
    let app = App::new();
    let stack = app.stack("Serverless");
    let function = |id: &str| {
        let props = FunctionProps::new(Runtime::Python312, "index.handler", Code::inline(HANDLER))
            .timeout(Duration::from_secs(30))
            .environment("STAGE", "test");
        Function::new(&stack, id, props)
    };
    let table = Table::new(&stack, "Items", TableProps::new(Attribute::string("id")).removal_policy(Destroy));

    let jobs = Queue::new(
        &stack,
        "Jobs",
        QueueProps::default().visibility_timeout(Duration::from_secs(180)).removal_policy(Destroy),
    );
    let worker = function("Worker");
    worker.add_event_source(EventSource::sqs(&jobs).batch_size(5).report_batch_item_failures());
    table.grant_write_data(&worker);

    let clicks = Stream::new(&stack, "Clicks", StreamProps::default().removal_policy(Destroy));
    let click_writer = function("ClickWriter");
    click_writer.add_event_source(EventSource::kinesis(&clicks, StartingPosition::Latest).batch_size(100));
    table.grant_write_data(&click_writer);

    // Code from a directory: an asset, `CodeUri` in SAM's form.
    let history = Table::new(
        &stack,
        "History",
        TableProps::new(Attribute::string("id"))
            .sort_key(Attribute::number("at"))
            .stream(StreamViewType::NewImage)
            .removal_policy(Destroy),
    );
    let handler_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../snapshots/tests/support/handler");
    let archiver = Function::new(
        &stack,
        "Archiver",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::from_dir(handler_dir))
            .timeout(Duration::from_secs(30))
            .environment("STAGE", "test"),
    );
    archiver.add_event_source(EventSource::dynamodb(&history, StartingPosition::TrimHorizon).batch_size(50));

    let alerts = Topic::new(&stack, "Alerts", TopicProps::default());
    let notifier = function("Notifier");
    alerts.add_subscription(Subscription::lambda(&notifier));

    let compactor = function("Compactor");
    table.grant_read_write_data(&compactor);
    Rule::new(&stack, "Hourly", RuleProps::schedule(Schedule::hourly())).add_target(RuleTarget::function(&compactor));
    let on_alarm = forma_dsl::obj! { "source" => forma_dsl::list!["aws.cloudwatch"], "detail-type" => forma_dsl::list!["CloudWatch Alarm State Change"] };
    Rule::new(&stack, "OnAlarm", RuleProps::pattern(on_alarm)).add_target(RuleTarget::function(&notifier));

    let api_handler = function("ApiHandler");
    table.grant_read_write_data(&api_handler);
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    let items = api.root().add_resource("items");
    items.add_method("GET", &api_handler);
    items.add_method("POST", &api_handler);
    let http = HttpApi::new(&stack, "Http", HttpApiProps::default());
    http.add_route("GET /health", &api_handler);

    stack.add_output("HttpUrl", Output::new(http.url()));
    stack.add_output("WorkerArn", Output::new(worker.arn()));
    stack.add_output("WorkerRole", Output::new(worker.role().arn()));
    stack.add_output("TableName", Output::new(table.name()));
    app
}
