//! Synthesis benchmarks: apps of 1,000 and 10,000 resources.
//!
//! Run with `cargo bench -p forma-synth --bench synth`. Building the app is measured on its
//! own (`construct`); the synthesis benches build their app once and synthesize it again and
//! again (`synthesize` takes `&App` and leaves it unchanged).
//!
//! The apps look like real ones: each stack holds services of ten resources (queues, a
//! topic, a table, a role, a function, ...) nested in groups, with nested property maps and
//! lists, `Ref`/`Fn::GetAtt` and `Fn::Sub` between them, and, from the second stack on,
//! references to the previous stack's tables, which synthesis turns into exports and imports.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput};
use forma_dsl::intrinsic::sub;
use forma_dsl::{list, obj, Aws, RawResource, Resource};
use forma_dsl::{App, DeletionPolicy};
use forma_synth::{synthesize, Format};

/// Resources in one service group.
const PER_SERVICE: usize = 10;

/// The two app sizes: `(stacks, resources per stack)`.
const SMALL: (usize, usize) = (4, 250);
const LARGE: (usize, usize) = (25, 400);

const HANDLER: &str = "import json\nimport os\n\n\ndef handler(event, context):\n    \
                       for record in event[\"Records\"]:\n        print(json.dumps(record))\n    \
                       return {\"table\": os.environ[\"TABLE_NAME\"]}\n";

/// An app of `stacks` stacks of `per_stack` resources each.
fn build_app(stacks: usize, per_stack: usize) -> App {
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

/// Checks once that the app synthesizes to what the benchmark claims.
fn check(app: &App, (stacks, per_stack): (usize, usize)) {
    let assembly = synthesize(app, Format::Json).unwrap_or_else(|e| panic!("synthesis failed:\n{e}"));
    assert_eq!(assembly.stacks.len(), stacks);
    let resources: usize = assembly.stacks.iter().map(|s| s.manifest.resource_count).sum();
    assert_eq!(resources, stacks * per_stack);
    let exports: usize = assembly.stacks.iter().map(|s| s.manifest.outputs.len()).sum();
    let expected_exports = (stacks - 1) * per_stack.div_ceil(PER_SERVICE * 4) * 3;
    assert_eq!(exports, expected_exports, "every cross-stack reference is exported");
    let bytes: usize = assembly.stacks.iter().map(|s| s.manifest.size).sum();
    eprintln!(
        "app of {resources} resources: {stacks} stacks, {exports} exports, {:.1} MB of JSON templates",
        bytes as f64 / 1e6
    );
}

fn sizes() -> [(&'static str, (usize, usize)); 2] {
    [("1k", SMALL), ("10k", LARGE)]
}

fn resources((stacks, per_stack): (usize, usize)) -> u64 {
    (stacks * per_stack) as u64
}

fn construct(c: &mut Criterion) {
    let mut group = c.benchmark_group("construct");
    for (name, size) in sizes() {
        if size == LARGE {
            group.sample_size(20).sampling_mode(SamplingMode::Flat);
        }
        group.throughput(Throughput::Elements(resources(size)));
        group.bench_with_input(BenchmarkId::from_parameter(name), &size, |b, &(stacks, per_stack)| {
            b.iter_with_large_drop(|| build_app(black_box(stacks), black_box(per_stack)))
        });
    }
    group.finish();
}

fn synthesize_json(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthesize_json");
    for (name, size) in sizes() {
        let app = build_app(size.0, size.1);
        check(&app, size);
        if size == LARGE {
            group.sample_size(20).sampling_mode(SamplingMode::Flat);
        }
        group.throughput(Throughput::Elements(resources(size)));
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter_with_large_drop(|| synthesize(black_box(&app), Format::Json).expect("synthesis"))
        });
    }
    group.finish();
}

fn synthesize_yaml(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthesize_yaml");
    group.sample_size(20).sampling_mode(SamplingMode::Flat);
    let app = build_app(LARGE.0, LARGE.1);
    group.throughput(Throughput::Elements(resources(LARGE)));
    group.bench_function(BenchmarkId::from_parameter("10k"), |b| {
        b.iter_with_large_drop(|| synthesize(black_box(&app), Format::Yaml).expect("synthesis"))
    });
    group.finish();
}

/// A directory of its own for this run, removed on drop.
struct ScratchDir(PathBuf);

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn synthesize_write(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthesize_write");
    let app = build_app(SMALL.0, SMALL.1);
    let scratch = ScratchDir(std::env::temp_dir().join(format!("forma-synth-bench-{}", std::process::id())));
    let out = scratch.0.join("out");
    group.throughput(Throughput::Elements(resources(SMALL)));
    // Each iteration writes into an empty directory (emptied outside the timing), as a
    // first synthesis does; writing over identical files would skip the writes.
    group.bench_function(BenchmarkId::from_parameter("1k"), |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(&out);
            },
            |()| {
                let assembly = synthesize(black_box(&app), Format::Json).expect("synthesis");
                assembly.write(&out).expect("write");
                assembly
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
    drop(scratch);
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    targets = construct, synthesize_json, synthesize_yaml, synthesize_write
}
criterion_main!(benches);
