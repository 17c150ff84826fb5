//! The apps the benchmarks and the `scale` example synthesize.
//!
//! - [`services`]: stacks, of `RawResource`s (checked against the schema when the registry is
//!   passed), of services of ten resources (queues, a topic, a table, a role, a
//!   function, ...) nested in groups, with nested property maps and lists, `Ref`/`Fn::GetAtt`
//!   and `Fn::Sub` between them, and, from the second stack on, references to the previous
//!   stack's tables, which synthesis turns into exports and imports.
//! - [`scale`]: many plain typed resources (so synthesis checks every literal against the
//!   schema), a quarter each buckets, queues, tables and topics, with
//!   encryption, tags, `Ref`/`Fn::GetAtt` between them and now and then a reference into
//!   the previous stack, in stacks of [`SCALE_PER_STACK`].

use forma_dsl::cfn::{dynamodb, s3, sns, sqs};
use forma_dsl::intrinsic::sub;
use forma_dsl::{list, obj, Aws, RawResource, Resource};
use forma_dsl::{App, DeletionPolicy};

/// Resources in one service group.
pub const PER_SERVICE: usize = 10;

const HANDLER: &str = "import json\nimport os\n\n\ndef handler(event, context):\n    \
                       for record in event[\"Records\"]:\n        print(json.dumps(record))\n    \
                       return {\"table\": os.environ[\"TABLE_NAME\"]}\n";

/// An app of `stacks` stacks of `per_stack` resources each.
pub fn services(stacks: usize, per_stack: usize) -> App {
    assert_eq!(per_stack % PER_SERVICE, 0, "a stack holds whole services");
    let app = App::new();
    let mut previous_tables: Vec<Resource<RawResource>> = Vec::new();
    for s in 0..stacks {
        let stack = app.stack(&format!("Bench-{s:02}"));
        stack.description(format!("Benchmark stack {s}")).tag("team", "bench").tag("stack", s.to_string());
        let mut tables = Vec::with_capacity(per_stack / PER_SERVICE);
        for g in 0..per_stack / PER_SERVICE {
            // Every fourth service reads the same service's table in the previous stack.
            let upstream = if g % 4 == 0 { previous_tables.get(g) } else { None };
            tables.push(add_service(&stack, g, upstream));
        }
        previous_tables = tables;
    }
    app
}

/// Adds one service of [`PER_SERVICE`] resources under `Service{g}`; returns its table.
fn add_service(stack: &forma_dsl::Stack, g: usize, upstream: Option<&Resource<RawResource>>) -> Resource<RawResource> {
    let service = stack.child(&format!("Service{g:03}"));
    let messaging = service.child("Messaging");
    let storage = service.child("Storage");
    let tags = list![
        obj! { "Key" => "service", "Value" => format!("svc-{g}") },
        obj! { "Key" => "tier", "Value" => "backend" }
    ];

    let dlq = messaging.add(
        "DeadLetters",
        RawResource::new("AWS::SQS::Queue")
            .property("MessageRetentionPeriod", 1_209_600)
            .property("SqsManagedSseEnabled", true)
            .property("Tags", tags.clone()),
    );
    let queue = messaging.add(
        "Queue",
        RawResource::new("AWS::SQS::Queue")
            .property("VisibilityTimeout", 180)
            .property("ReceiveMessageWaitTimeSeconds", 20)
            .property(
                "RedrivePolicy",
                obj! { "deadLetterTargetArn" => dlq.get_att::<String>("Arn"), "maxReceiveCount" => 5 },
            )
            .property("Tags", tags.clone()),
    );
    let topic = messaging.add(
        "Topic",
        RawResource::new("AWS::SNS::Topic")
            .property("DisplayName", sub("svc-${Index}-${AWS::Region}").var("Index", format!("{g}")))
            .property("KmsMasterKeyId", "alias/aws/sns")
            .property("Tags", tags.clone()),
    );
    messaging.add(
        "Subscription",
        RawResource::new("AWS::SNS::Subscription")
            .property("Protocol", "sqs")
            .property("TopicArn", topic.reference())
            .property("Endpoint", queue.get_att::<String>("Arn"))
            .property("RawMessageDelivery", true),
    );
    let queue_policy = messaging.add(
        "QueuePolicy",
        RawResource::new("AWS::SQS::QueuePolicy").property("Queues", list![queue.reference()]).property(
            "PolicyDocument",
            obj! {
                "Version" => "2012-10-17",
                "Statement" => list![obj! {
                    "Effect" => "Allow",
                    "Principal" => obj! { "Service" => "sns.amazonaws.com" },
                    "Action" => "sqs:SendMessage",
                    "Resource" => queue.get_att::<String>("Arn"),
                    "Condition" => obj! { "ArnEquals" => obj! { "aws:SourceArn" => topic.reference() } },
                }],
            },
        ),
    );

    let table = storage.add(
        "Table",
        RawResource::new("AWS::DynamoDB::Table")
            .property("BillingMode", "PAY_PER_REQUEST")
            .property(
                "AttributeDefinitions",
                list![
                    obj! { "AttributeName" => "pk", "AttributeType" => "S" },
                    obj! { "AttributeName" => "sk", "AttributeType" => "S" },
                    obj! { "AttributeName" => "gsi1pk", "AttributeType" => "S" },
                ],
            )
            .property(
                "KeySchema",
                list![
                    obj! { "AttributeName" => "pk", "KeyType" => "HASH" },
                    obj! { "AttributeName" => "sk", "KeyType" => "RANGE" }
                ],
            )
            .property(
                "GlobalSecondaryIndexes",
                list![obj! {
                    "IndexName" => "gsi1",
                    "KeySchema" => list![obj! { "AttributeName" => "gsi1pk", "KeyType" => "HASH" }],
                    "Projection" => obj! { "ProjectionType" => "ALL" },
                }],
            )
            .property("StreamSpecification", obj! { "StreamViewType" => "NEW_AND_OLD_IMAGES" })
            .property("PointInTimeRecoverySpecification", obj! { "PointInTimeRecoveryEnabled" => true })
            .property("SSESpecification", obj! { "SSEEnabled" => true })
            .property("Tags", tags),
    );
    table.set_deletion_policy(DeletionPolicy::Retain).set_update_replace_policy(DeletionPolicy::Retain);

    let mut resources = list![
        table.get_att::<String>("Arn"),
        sub("${TableArn}/index/*").var("TableArn", table.get_att::<String>("Arn")),
        queue.get_att::<String>("Arn"),
    ];
    if let (Some(up), forma_dsl::Expr::List(items)) = (upstream, &mut resources) {
        items.push(up.get_att::<String>("Arn").into());
    }
    let role = service.add(
        "Role",
        RawResource::new("AWS::IAM::Role")
            .property(
                "AssumeRolePolicyDocument",
                obj! {
                    "Version" => "2012-10-17",
                    "Statement" => list![obj! {
                        "Effect" => "Allow",
                        "Principal" => obj! { "Service" => list!["lambda.amazonaws.com"] },
                        "Action" => list!["sts:AssumeRole"],
                    }],
                },
            )
            .property(
                "ManagedPolicyArns",
                list![sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")],
            )
            .property(
                "Policies",
                list![obj! {
                    "PolicyName" => "data",
                    "PolicyDocument" => obj! {
                        "Version" => "2012-10-17",
                        "Statement" => list![obj! {
                            "Effect" => "Allow",
                            "Action" => list!["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "sqs:ReceiveMessage", "sqs:DeleteMessage"],
                            "Resource" => resources,
                        }],
                    },
                }],
            ),
    );

    let mut variables = obj! {
        "TABLE_NAME" => table.reference(),
        "QUEUE_URL" => queue.reference(),
        "TOPIC_ARN" => topic.reference(),
        "REGION" => Aws::region(),
    };
    if let (Some(up), forma_dsl::Expr::Map(vars)) = (upstream, &mut variables) {
        vars.insert("UPSTREAM_TABLE".into(), up.reference().into());
        vars.insert("UPSTREAM_STREAM".into(), up.get_att::<String>("StreamArn").into());
    }
    let function = service.add(
        "Function",
        RawResource::new("AWS::Lambda::Function")
            .property("Runtime", "python3.12")
            .property("Handler", "index.handler")
            .property("MemorySize", 256)
            .property("Timeout", 30)
            .property("Role", role.get_att::<String>("Arn"))
            .property("Code", obj! { "ZipFile" => HANDLER })
            .property("Environment", obj! { "Variables" => variables })
            .property("TracingConfig", obj! { "Mode" => "Active" })
            .property(
                "Description",
                sub("Handles ${Queue} for stack ${AWS::StackName}").var("Queue", queue.get_att::<String>("QueueName")),
            ),
    );
    let mapping = service.add(
        "EventSource",
        RawResource::new("AWS::Lambda::EventSourceMapping")
            .property("EventSourceArn", queue.get_att::<String>("Arn"))
            .property("FunctionName", function.reference())
            .property("BatchSize", 10)
            .property("FunctionResponseTypes", list!["ReportBatchItemFailures"]),
    );
    mapping.add_depends_on(&queue_policy);
    service.add(
        "BacklogAlarm",
        RawResource::new("AWS::CloudWatch::Alarm")
            .property("Namespace", "AWS/SQS")
            .property("MetricName", "ApproximateAgeOfOldestMessage")
            .property(
                "Dimensions",
                list![obj! { "Name" => "QueueName", "Value" => queue.get_att::<String>("QueueName") }],
            )
            .property("Statistic", "Maximum")
            .property("Period", 60)
            .property("EvaluationPeriods", 5)
            .property("Threshold", 300)
            .property("ComparisonOperator", "GreaterThanThreshold")
            .property("AlarmActions", list![topic.reference()]),
    );
    table
}

/// Resources in one stack of the [`scale`] app.
pub const SCALE_PER_STACK: usize = 400;

/// One unit of the [`scale`] app: a bucket, a queue, a table and a topic.
pub const PER_UNIT: usize = 4;

/// Every how many units a bucket notifies the previous stack's topic as well.
pub const CROSS_STACK_EVERY: usize = 10;

/// An app of `resources` resources (a multiple of 4), a quarter each of buckets, queues,
/// tables and topics, in stacks of [`SCALE_PER_STACK`] (the last one may hold fewer).
pub fn scale(resources: usize) -> App {
    assert_eq!(resources % PER_UNIT, 0, "the app holds whole units of {PER_UNIT} resources");
    let app = App::new();
    let units_per_stack = SCALE_PER_STACK / PER_UNIT;
    let units = resources / PER_UNIT;
    let mut previous_topics: Vec<Resource<sns::Topic>> = Vec::new();
    for s in 0..units.div_ceil(units_per_stack) {
        let stack = app.stack(&format!("Scale-{s:03}"));
        stack.description(format!("Scale stack {s}")).tag("team", "scale");
        let here = (units - s * units_per_stack).min(units_per_stack);
        let topics = (0..here)
            .map(|u| {
                let upstream = if u % CROSS_STACK_EVERY == 0 { previous_topics.get(u) } else { None };
                add_unit(&stack, u, upstream)
            })
            .collect();
        previous_topics = topics;
    }
    app
}

/// Adds unit `u` under `Unit{u}`; returns its topic. The bucket also notifies `upstream`,
/// a topic in another stack. Typed resources, so that synthesis validates every literal.
fn add_unit(stack: &forma_dsl::Stack, u: usize, upstream: Option<&Resource<sns::Topic>>) -> Resource<sns::Topic> {
    use forma_dsl::cfn::dynamodb::table::{
        AttributeDefinition, AttributeType, BillingMode, KeySchema, KeyType, PointInTimeRecoverySpecification,
        SseSpecification,
    };
    use forma_dsl::cfn::s3::bucket::{
        BucketEncryption, NotificationConfiguration, PublicAccessBlockConfiguration, ServerSideEncryptionByDefault,
        ServerSideEncryptionRule, SseAlgorithm, TopicConfiguration, VersioningConfiguration,
        VersioningConfigurationStatus,
    };
    let unit = stack.child(&format!("Unit{u:03}"));

    let queue = unit.add(
        "Queue",
        sqs::Queue::new()
            .sqs_managed_sse_enabled(true)
            .visibility_timeout(60)
            .message_retention_period(345_600)
            .tags(vec![sqs::queue::Tag::new("unit", format!("unit-{u}")), sqs::queue::Tag::new("owner", "scale")]),
    );
    let topic = unit.add(
        "Topic",
        sns::Topic::new()
            .kms_master_key_id("alias/aws/sns")
            .subscription(vec![sns::topic::Subscription::new(queue.arn(), "sqs")])
            .tags(vec![sns::topic::Tag::new("unit", format!("unit-{u}")), sns::topic::Tag::new("owner", "scale")]),
    );
    let mut notifications = vec![TopicConfiguration::new("s3:ObjectCreated:*", topic.reference())];
    if let Some(up) = upstream {
        notifications.push(TopicConfiguration::new("s3:ObjectRemoved:*", up.reference()));
    }
    let bucket = unit.add(
        "Bucket",
        s3::Bucket::new()
            .bucket_encryption(BucketEncryption::new(vec![ServerSideEncryptionRule::new()
                .server_side_encryption_by_default(ServerSideEncryptionByDefault::new(SseAlgorithm::AwsKms))
                .bucket_key_enabled(true)]))
            .public_access_block_configuration(
                PublicAccessBlockConfiguration::new()
                    .block_public_acls(true)
                    .block_public_policy(true)
                    .ignore_public_acls(true)
                    .restrict_public_buckets(true),
            )
            .versioning_configuration(VersioningConfiguration::new(VersioningConfigurationStatus::Enabled))
            .notification_configuration(NotificationConfiguration::new().topic_configurations(notifications))
            .tags(vec![s3::bucket::Tag::new("unit", format!("unit-{u}")), s3::bucket::Tag::new("owner", "scale")]),
    );
    bucket.set_deletion_policy(DeletionPolicy::Retain).set_update_replace_policy(DeletionPolicy::Retain);
    let table = unit.add(
        "Table",
        dynamodb::Table::new(vec![KeySchema::new("pk", KeyType::Hash)])
            .billing_mode(BillingMode::PayPerRequest)
            .attribute_definitions(vec![AttributeDefinition::new("pk", AttributeType::S)])
            .sse_specification(SseSpecification::new(true))
            .point_in_time_recovery_specification(
                PointInTimeRecoverySpecification::new().point_in_time_recovery_enabled(true),
            )
            .tags(vec![dynamodb::table::Tag::new("bucket", bucket.reference())]),
    );
    table.set_deletion_policy(DeletionPolicy::Retain).set_update_replace_policy(DeletionPolicy::Retain);
    topic
}
