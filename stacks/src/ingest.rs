//! `Ingest`: the pipeline that feeds storage — a queue (with a dead-letter queue) drained by
//! a Lambda function that writes each record to the `Storage` stack's table, stream and
//! bucket, and announces batches on a topic. It is rebuilt every day, so its queues and log
//! group are deleted with the stack.

use forma_dsl::condition::equals;
use forma_dsl::intrinsic::{if_, sub};
use forma_dsl::{list, obj, App, DeletionPolicy, Output, ParameterDef, RawResource, Resource};

use crate::policy::{allow, assume_role, document};
use crate::storage::Storage;

/// The handler's source, inlined into the template (`Code.ZipFile`, at most 4 KiB).
const HANDLER_SOURCE: &str = include_str!("ingest_handler.py");

/// How long the function may run on one batch, in seconds.
const HANDLER_TIMEOUT: i64 = 30;

/// Adds the `Ingest` stack to `app`, writing into `storage`.
pub fn ingest(app: &App, storage: &Storage) {
    let stack = app.stack("Ingest");
    stack
        .description("forma data platform: ingest pipeline (queue, handler, notifications), rebuilt daily")
        .tag("project", "forma")
        .tag("component", "ingest")
        .tag("lifecycle", "daily-rebuild");

    let env = stack.add_parameter(
        "Env",
        ParameterDef::string()
            .description("Deployment environment; prod keeps handler logs longer")
            .default("dev")
            .allowed_values(["dev", "staging", "prod"]),
    );
    let batch_size = stack.add_parameter(
        "BatchSize",
        ParameterDef::number()
            .description("Messages handed to one handler invocation")
            .default(10)
            .min_value(1.0)
            .max_value(10.0),
    );
    let is_prod = stack.add_condition("IsProd", equals::<String>(&env, "prod"));

    let dead_letters = stack.add(
        "DeadLetterQueue",
        RawResource::new("AWS::SQS::Queue")
            .property("SqsManagedSseEnabled", true)
            .property("MessageRetentionPeriod", 1_209_600),
    );
    delete_daily(&dead_letters);

    let queue = stack.add(
        "IngestQueue",
        RawResource::new("AWS::SQS::Queue")
            .property("SqsManagedSseEnabled", true)
            .property("MessageRetentionPeriod", 345_600)
            // Six times the handler's timeout, as Lambda recommends for SQS sources.
            .property("VisibilityTimeout", 6 * HANDLER_TIMEOUT)
            .property(
                "RedrivePolicy",
                obj! { "deadLetterTargetArn" => dead_letters.get_att::<String>("Arn"), "maxReceiveCount" => 5 },
            ),
    );
    delete_daily(&queue);

    let topic =
        stack.add("IngestEvents", RawResource::new("AWS::SNS::Topic").property("KmsMasterKeyId", "alias/aws/sns"));

    let logs = stack.add(
        "HandlerLogs",
        RawResource::new("AWS::Logs::LogGroup").property("RetentionInDays", if_::<i64>(&is_prod, 90, 14)),
    );
    delete_daily(&logs);

    // Exactly what the handler does, on exactly the resources it does it to.
    let queue_arn = queue.get_att::<String>("Arn");
    let consume = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"];
    let archive = sub("${BucketArn}/raw/*").var("BucketArn", storage.bucket.get_att::<String>("Arn"));
    let statements = vec![
        allow("ConsumeQueue", &consume, &queue_arn),
        allow("WriteRecords", &["dynamodb:PutItem"], storage.table.get_att::<String>("Arn")),
        allow("WriteChanges", &["kinesis:PutRecord"], storage.stream.get_att::<String>("Arn")),
        allow("ArchiveRaw", &["s3:PutObject"], archive),
        allow("AnnounceBatches", &["sns:Publish"], topic.reference()),
        allow("WriteLogs", &["logs:CreateLogStream", "logs:PutLogEvents"], logs.get_att::<String>("Arn")),
    ];
    let role = stack.add(
        "HandlerRole",
        RawResource::new("AWS::IAM::Role")
            .property("Description", "Runs the ingest handler")
            .property("AssumeRolePolicyDocument", assume_role("lambda.amazonaws.com"))
            .property("Policies", list![obj! { "PolicyName" => "ingest", "PolicyDocument" => document(statements) }]),
    );

    let handler = stack.add(
        "Handler",
        RawResource::new("AWS::Lambda::Function")
            .property("Description", "Stores queued records in the table, the stream and the archive")
            .property("Runtime", "python3.12")
            .property("Handler", "index.handler")
            .property("Code", obj! { "ZipFile" => HANDLER_SOURCE })
            .property("Role", role.get_att::<String>("Arn"))
            .property("Timeout", HANDLER_TIMEOUT)
            .property("MemorySize", 256)
            .property("LoggingConfig", obj! { "LogGroup" => logs.reference() })
            .property(
                "Environment",
                obj! {
                    "Variables" => obj! {
                        "TABLE_NAME" => storage.table.reference(),
                        "STREAM_NAME" => storage.stream.reference(),
                        "BUCKET_NAME" => storage.bucket.reference(),
                        "TOPIC_ARN" => topic.reference(),
                    },
                },
            ),
    );

    stack.add(
        "QueueSubscription",
        RawResource::new("AWS::Lambda::EventSourceMapping")
            .property("EventSourceArn", &queue_arn)
            .property("FunctionName", handler.reference())
            .property("BatchSize", batch_size.value())
            .property("FunctionResponseTypes", list!["ReportBatchItemFailures"]),
    );

    stack.add(
        "QueueUrlParameter",
        RawResource::new("AWS::SSM::Parameter")
            .property("Description", "URL of the ingest queue, for producers")
            .property("Name", sub("/forma/${AWS::StackName}/queue-url"))
            .property("Type", "String")
            .property("Value", queue.reference()),
    );

    stack.add_output("QueueUrl", Output::new::<String>(queue.reference()).description("URL producers send records to"));
    stack.add_output(
        "TopicArn",
        Output::new::<String>(topic.reference()).description("Topic announcing stored batches"),
    );
    stack.add_output(
        "HandlerName",
        Output::new::<String>(handler.reference()).description("Name of the ingest handler"),
    );
}

/// Deletes the physical resource with the stack (and on replacement): tomorrow's rebuild
/// makes a fresh one.
fn delete_daily(resource: &Resource<RawResource>) {
    resource.set_deletion_policy(DeletionPolicy::Delete).set_update_replace_policy(DeletionPolicy::Delete);
}
