//! The event pipeline of the constructs' tests, as a user would write it: uploads → topic →
//! queue (with a dead-letter queue) → function → table; a click stream → function → table;
//! a REST API with five CRUD routes on the table; an hourly job; an alarm on failures.
//! Shared with the deployer's emulator tests (`cli/tests`), which apply and destroy it.

use forma_dsl::prelude::*;
use std::time::Duration;

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison, MissingData};
use forma_dsl::dynamodb::{Attribute, Table, TableProps};
use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, StartingPosition};
use forma_dsl::s3::{Bucket, BucketProps, EventType};
use forma_dsl::sns::{Subscription, Topic, TopicEncryption, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::{App, Output, RemovalPolicy::Destroy};

const HANDLER: &str = "def handler(event, context):\n    return {\"statusCode\": 200, \"body\": \"ok\"}\n";

/// Adds the `Pipeline` stack to `app`: rebuilt every day, so everything is destroyed with it.
// BEGIN USER CODE
pub fn pipeline(app: &App) {
    let stack = app.stack("Pipeline");
    let function = |id: &str| {
        let code = Code::inline(HANDLER);
        Function::new(
            &stack,
            id,
            FunctionProps::new(Runtime::Python312, "index.handler", code).timeout(Duration::from_secs(30)),
        )
    };
    let table = Table::new(
        &stack,
        "Records",
        TableProps::new(Attribute::string("pk")).sort_key(Attribute::string("sk")).removal_policy(Destroy),
    );
    let key = Key::new(&stack, "EventsKey", KeyProps::default().removal_policy(Destroy));
    let topic = Topic::new(&stack, "Uploaded", TopicProps::default().encryption(TopicEncryption::Kms(key)));
    let uploads = Bucket::new(&stack, "Uploads", BucketProps::default().removal_policy(Destroy).empty_on_destroy());
    uploads.add_event_notification(EventType::ObjectCreated, &topic, Some("incoming/"), None);

    let failed = Queue::new(&stack, "Failed", QueueProps::default().removal_policy(Destroy));
    let work = Queue::new(
        &stack,
        "Work",
        QueueProps::default()
            .visibility_timeout(Duration::from_secs(180))
            .dead_letter_queue(&failed, 3)
            .removal_policy(Destroy),
    );
    topic.add_subscription(Subscription::sqs(&work).raw_message_delivery());
    let worker = function("Worker");
    worker.add_event_source(EventSource::sqs(&work).report_batch_item_failures());
    table.grant_write_data(&worker);

    let clicks = Stream::new(&stack, "Clicks", StreamProps::default().removal_policy(Destroy));
    let click_writer = function("ClickWriter");
    click_writer.add_event_source(EventSource::kinesis(&clicks, StartingPosition::TrimHorizon).batch_size(500));
    table.grant_write_data(&click_writer);

    let api_handler = function("ApiHandler");
    table.grant_read_write_data(&api_handler);
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    let items = api.root().add_resource("items");
    items.add_method("GET", &api_handler);
    items.add_method("POST", &api_handler);
    let item = items.add_resource("{id}");
    for method in ["GET", "PUT", "DELETE"] {
        item.add_method(method, &api_handler);
    }

    let compactor = function("Compactor");
    table.grant_read_write_data(&compactor);
    Rule::new(&stack, "Hourly", RuleProps::schedule(Schedule::hourly())).add_target(RuleTarget::function(&compactor));

    let failures = Alarm::new(
        &stack,
        "FailedMessages",
        AlarmProps::new(failed.metric_visible_messages(), Comparison::GreaterThan, 0.0)
            .missing_data(MissingData::NotBreaching),
    );
    failures.add_alarm_action(&topic);
    stack.add_output("UploadsBucket", Output::new(uploads.name()));
}
// END USER CODE
