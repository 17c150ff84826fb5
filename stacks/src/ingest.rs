//! `Ingest`: the pipeline that feeds storage — a queue (with a dead-letter queue) drained by
//! a Lambda function that writes each record to the `Storage` stack's table, stream and
//! bucket, and announces batches on a topic. It is rebuilt every day, so its queues and log
//! group are deleted with the stack.

use forma_dsl::cfn::{iam, lambda, logs, sns, sqs, ssm};
use forma_dsl::condition::equals;
use forma_dsl::intrinsic::{if_, sub};
use forma_dsl::{obj, App, CfnResource, DeletionPolicy, Output, ParameterDef, Resource};

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

    let dead_letters = stack
        .add("DeadLetterQueue", sqs::Queue::new().sqs_managed_sse_enabled(true).message_retention_period(1_209_600));
    delete_daily(&dead_letters);

    let queue = stack.add(
        "IngestQueue",
        sqs::Queue::new()
            .sqs_managed_sse_enabled(true)
            .message_retention_period(345_600)
            // Six times the handler's timeout, as Lambda recommends for SQS sources.
            .visibility_timeout(6 * HANDLER_TIMEOUT)
            .redrive_policy(obj! { "deadLetterTargetArn" => dead_letters.arn(), "maxReceiveCount" => 5 }),
    );
    delete_daily(&queue);

    let topic = stack.add("IngestEvents", sns::Topic::new().kms_master_key_id("alias/aws/sns"));

    let logs = stack.add("HandlerLogs", logs::LogGroup::new().retention_in_days(if_::<i64>(&is_prod, 90, 14)));
    delete_daily(&logs);

    // Exactly what the handler does, on exactly the resources it does it to.
    let queue_arn = queue.arn();
    let consume = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"];
    let archive = sub("${BucketArn}/raw/*").var("BucketArn", storage.bucket.arn());
    let statements = vec![
        allow("ConsumeQueue", &consume, &queue_arn),
        allow("WriteRecords", &["dynamodb:PutItem"], storage.table.arn()),
        allow("WriteChanges", &["kinesis:PutRecord"], storage.stream.arn()),
        allow("ArchiveRaw", &["s3:PutObject"], archive),
        allow("AnnounceBatches", &["sns:Publish"], topic.reference()),
        allow("WriteLogs", &["logs:CreateLogStream", "logs:PutLogEvents"], logs.arn()),
    ];
    let role = stack.add(
        "HandlerRole",
        iam::Role::new(assume_role("lambda.amazonaws.com"))
            .description("Runs the ingest handler")
            .policies(vec![iam::role::Policy::new(document(statements), "ingest")]),
    );

    use lambda::function::{Code, Environment, LoggingConfig, Runtime};
    let handler = stack.add(
        "Handler",
        lambda::Function::new(Code::new().zip_file(HANDLER_SOURCE), role.arn())
            .description("Stores queued records in the table, the stream and the archive")
            .runtime(Runtime::Python312)
            .handler("index.handler")
            .timeout(HANDLER_TIMEOUT)
            .memory_size(256)
            .logging_config(LoggingConfig::new().log_group(logs.reference()))
            .environment(Environment::new().variables(obj! {
                "TABLE_NAME" => storage.table.reference(),
                "STREAM_NAME" => storage.stream.reference(),
                "BUCKET_NAME" => storage.bucket.reference(),
                "TOPIC_ARN" => topic.reference(),
            })),
    );

    stack.add(
        "QueueSubscription",
        lambda::EventSourceMapping::new(handler.reference())
            .event_source_arn(&queue_arn)
            .batch_size(batch_size.value())
            .function_response_types(vec![
                lambda::event_source_mapping::FunctionResponseTypes::ReportBatchItemFailures,
            ]),
    );

    stack.add(
        "QueueUrlParameter",
        ssm::Parameter::new(ssm::parameter::Type::String, queue.reference())
            .description("URL of the ingest queue, for producers")
            .name(sub("/forma/${AWS::StackName}/queue-url")),
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
fn delete_daily<R: CfnResource>(resource: &Resource<R>) {
    resource.set_deletion_policy(DeletionPolicy::Delete).set_update_replace_policy(DeletionPolicy::Delete);
}
