//! What the services refuse beyond their schemas — names and identifiers — refused at
//! synthesis, wherever the value was set, each error with the construct path, the property
//! path and the line that set it.

use forma_dsl::cfn::{dynamodb, ecs, s3, sqs};
use forma_dsl::intrinsic::sub;
use forma_dsl::prelude::*;
use forma_dsl::{obj, App, Diagnostic, RawResource};
use forma_synth::{synthesize_with, Format, Settings};

fn settings() -> Settings {
    Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() }
}

/// Every diagnostic of `app` (synthesis must fail).
fn refused(app: &App) -> Vec<Diagnostic> {
    match synthesize_with(app, settings()) {
        Ok(a) => panic!("synthesis succeeded: {:?}", a.diagnostics),
        Err(e) => e.diagnostics,
    }
}

/// `code path: message` and the line of each diagnostic.
fn shown(diags: &[Diagnostic]) -> Vec<(String, u32)> {
    diags
        .iter()
        .map(|d| {
            assert!(d.is_error(), "{d}");
            assert_eq!(d.location.map(|l| l.file()), Some(file!()), "{d}");
            (format!("{} {}: {}", d.code, d.path, d.message), d.location.map_or(0, |l| l.line()))
        })
        .collect()
}

#[test]
fn bucket_names_beyond_the_pattern_are_refused() {
    let cases = [
        ("ab", "\"ab\" is 2 characters long; AWS accepts 3 to 63"),
        ("my..logs", "\"my..logs\" has two dots in a row"),
        ("192.168.5.4", "\"192.168.5.4\" is formatted as an IP address"),
        ("xn--logs", "\"xn--logs\" starts with \"xn--\", which S3 reserves"),
        ("sthree-logs", "\"sthree-logs\" starts with \"sthree-\", which S3 reserves"),
        ("amzn-s3-demo-logs", "\"amzn-s3-demo-logs\" starts with \"amzn-s3-demo-\", which S3 reserves"),
        ("logs-s3alias", "\"logs-s3alias\" ends with \"-s3alias\", which S3 reserves"),
        ("logs--ol-s3", "\"logs--ol-s3\" ends with \"--ol-s3\", which S3 reserves"),
        ("logs.mrap", "\"logs.mrap\" ends with \".mrap\", which S3 reserves"),
        ("logs--x-s3", "\"logs--x-s3\" ends with \"--x-s3\", which S3 reserves"),
    ];
    for (name, why) in cases {
        let app = App::new();
        let line = line!() + 1;
        app.stack("Files").add("Logs", s3::Bucket::new().bucket_name(name));
        assert_eq!(
            shown(&refused(&app)),
            [(format!("bucket-name Files/Logs: Properties.BucketName: {why}"), line)],
            "{name}"
        );
    }
}

#[test]
fn a_bucket_name_is_checked_wherever_it_is_set_and_only_when_literal() {
    use forma_dsl::s3::{Bucket, BucketProps};

    let app = App::new();
    let s = app.stack("Files");
    let raw_line = line!() + 1;
    s.add("Raw", RawResource::new("AWS::S3::Bucket").property("BucketName", "my..raw"));
    let construct_line = line!() + 1;
    Bucket::new(&s, "Construct", BucketProps::default().bucket_name("192.168.0.1"));
    let overridden = Bucket::new(&s, "Overridden", BucketProps::default());
    let override_line = line!() + 1;
    overridden.resource().override_property("BucketName", "xn--over");
    // The name is what is refused: the line that set it.
    let accelerate_line = line!() + 1;
    let accelerated = s.add("Fast", s3::Bucket::new().bucket_name("fast.logs"));
    accelerated.set_property("AccelerateConfiguration", obj! { "AccelerationStatus" => "Enabled" });
    // Known only at deploy time: not judged.
    s.add("Named", s3::Bucket::new().bucket_name(sub("${AWS::StackName}..logs")));
    assert_eq!(
        shown(&refused(&app)),
        [
            ("bucket-name Files/Raw: Properties.BucketName: \"my..raw\" has two dots in a row".to_owned(), raw_line),
            (
                "bucket-name Files/Construct/Resource: Properties.BucketName: \"192.168.0.1\" is formatted as an IP \
                 address"
                    .to_owned(),
                construct_line
            ),
            (
                "bucket-name Files/Overridden/Resource: Properties.BucketName: \"xn--over\" starts with \"xn--\", \
                 which S3 reserves"
                    .to_owned(),
                override_line
            ),
            (
                "bucket-name-acceleration Files/Fast: Properties.BucketName: \"fast.logs\" has a '.', which Transfer \
                 Acceleration does not take"
                    .to_owned(),
                accelerate_line
            ),
        ]
    );
    // Without a registry (no schema at all), the rules hold all the same.
    let e = forma_synth::synthesize(&app, Format::Json).expect_err("refused without a registry too");
    assert_eq!(e.errors().filter(|d| d.code.starts_with("bucket-name")).count(), 4);
}

#[test]
fn queue_names_are_refused_beyond_the_schema() {
    let app = App::new();
    let s = app.stack("Msg");
    let fifo_line = line!() + 1;
    s.add("Fifo", sqs::Queue::new().fifo_queue(true).queue_name("orders"));
    let standard_line = line!() + 1;
    s.add("Standard", RawResource::new("AWS::SQS::Queue").property("QueueName", "orders.fifo"));
    let space_line = line!() + 1;
    s.add("Spaced", sqs::Queue::new().queue_name("my jobs"));
    let long_line = line!() + 1;
    s.add("Long", sqs::Queue::new().fifo_queue(true).queue_name(format!("{}.fifo", "q".repeat(76))));
    s.add("Fine", sqs::Queue::new().fifo_queue(true).queue_name(format!("{}.fifo", "q".repeat(75))));
    assert_eq!(
        shown(&refused(&app)),
        [
            (
                "queue-name Msg/Fifo: Properties.QueueName: the FIFO queue's name \"orders\" does not end in .fifo"
                    .to_owned(),
                fifo_line
            ),
            (
                "queue-name Msg/Standard: Properties.QueueName: the name \"orders.fifo\" ends in .fifo, but the \
                 queue is not FIFO"
                    .to_owned(),
                standard_line
            ),
            ("queue-name Msg/Spaced: Properties.QueueName: \"my jobs\" contains ' '".to_owned(), space_line),
            (
                format!(
                    "queue-name Msg/Long: Properties.QueueName: \"{}.fifo\" is 81 characters long; AWS accepts 1 \
                     to 80",
                    "q".repeat(76)
                ),
                long_line
            ),
        ]
    );
}

#[test]
fn a_queue_construct_reports_its_name_once() {
    use forma_dsl::sqs::{Queue, QueueProps};

    let app = App::new();
    let line = line!() + 1;
    Queue::new(&app.stack("Msg"), "Jobs", QueueProps::default().queue_name("my jobs"));
    assert_eq!(shown(&refused(&app)), [("queue-name Msg/Jobs: \"my jobs\" contains ' '".to_owned(), line)]);
}

#[test]
fn table_index_and_task_family_names_are_refused() {
    use forma_dsl::dynamodb::{Attribute, Table, TableProps};

    let app = App::new();
    let s = app.stack("Data");
    let key = || vec![dynamodb::table::KeySchema::new("pk", dynamodb::table::KeyType::Hash)];
    let short_line = line!() + 1;
    s.add("Short", dynamodb::Table::new(key()).table_name("ab"));
    let construct_line = line!() + 1;
    Table::new(&s, "Orders", TableProps::new(Attribute::string("pk")).table_name("orders/2024"));
    let index = obj! {
        "IndexName" => "by:date",
        "KeySchema" => forma_dsl::list![obj! { "AttributeName" => "pk", "KeyType" => "HASH" }],
        "Projection" => obj! { "ProjectionType" => "ALL" },
    };
    let raw = s.add("Raw", RawResource::new("AWS::DynamoDB::Table"));
    raw.set_property("KeySchema", forma_dsl::list![obj! { "AttributeName" => "pk", "KeyType" => "HASH" }]);
    let index_line = line!() + 1;
    raw.set_property("GlobalSecondaryIndexes", forma_dsl::list![index]);
    let family_line = line!() + 1;
    s.add("Task", ecs::TaskDefinition::new().family("web.api"));
    assert_eq!(
        shown(&refused(&app)),
        [
            (
                "table-name Data/Short: Properties.TableName: \"ab\" is 2 characters long; AWS accepts 3 to 255"
                    .to_owned(),
                short_line
            ),
            (
                "table-name Data/Orders/Resource: Properties.TableName: \"orders/2024\" contains '/'".to_owned(),
                construct_line
            ),
            (
                "index-name Data/Raw: Properties.GlobalSecondaryIndexes[0].IndexName: \"by:date\" contains ':'"
                    .to_owned(),
                index_line
            ),
            ("task-family Data/Task: Properties.Family: \"web.api\" contains '.'".to_owned(), family_line),
        ]
    );
}

#[test]
fn a_task_family_made_from_an_id_with_a_dot_is_one_ecs_takes() {
    use forma_dsl::ecs::{FargateTaskDefinition, FargateTaskDefinitionProps};

    let app = App::new();
    let task = FargateTaskDefinition::new(&app.stack("Web"), "api.v2", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(forma_dsl::ecs::ContainerProps::new(
        "web",
        forma_dsl::ecs::ContainerImage::public("public.ecr.aws/nginx/nginx:1.27"),
    ));
    let a = synthesize_with(&app, settings()).unwrap_or_else(|e| panic!("{e}"));
    let resources = a.stacks[0].template()["Resources"].as_object().expect("resources").clone();
    let task = resources.values().find(|r| r["Type"] == "AWS::ECS::TaskDefinition").expect("a task definition");
    assert_eq!(task["Properties"]["Family"], "Web-api-v2");
}

#[test]
fn lambda_environment_variable_names_reserved_ones_and_the_total_are_refused() {
    use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};

    let app = App::new();
    let s = app.stack("Fn");
    let line = line!() + 1;
    Function::new(
        &s,
        "Handler",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1"))
            .environment("TABLE_NAME", "orders")
            .environment("AWS_REGION", "eu-west-1")
            .environment("TABLE-NAME", "x")
            .environment("1ST", "x")
            .environment("AWS_LAMBDA_EXEC_WRAPPER", "/opt/wrapper"),
    );
    let big_line = line!() + 1;
    Function::new(
        &s,
        "Big",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1"))
            .environment("A", "x")
            .environment("CONFIG", "c".repeat(4090)),
    );
    let path = "Properties.Environment.Variables";
    let diags = refused(&app);
    assert_eq!(
        shown(&diags),
        [
            (
                format!(
                    "lambda-variable-name Fn/Handler/Resource: {path}.AWS_REGION: \"AWS_REGION\" is reserved: the \
                     Lambda runtime sets it"
                ),
                line
            ),
            (format!("lambda-variable-name Fn/Handler/Resource: {path}.TABLE-NAME: \"TABLE-NAME\" contains '-'"), line),
            (
                format!("lambda-variable-name Fn/Handler/Resource: {path}.1ST: \"1ST\" does not start with a letter"),
                line
            ),
            (
                format!(
                    "lambda-variable-name Fn/Big/Resource: {path}.A: \"A\" is one character; Lambda takes two or more"
                ),
                big_line
            ),
            (
                format!(
                    "lambda-environment-size Fn/Big/Resource: {path}: the variables take 4111 bytes; Lambda takes at \
                     most 4096 in all"
                ),
                big_line
            ),
        ]
    );
    assert_eq!(diags[0].hint.as_deref(), Some("remove it: Lambda sets it for every function"));
    // Just within the limit, and a value known only at deploy time counted as empty.
    let app = App::new();
    let s = app.stack("Fn");
    let table = s.add(
        "Table",
        dynamodb::Table::new(vec![dynamodb::table::KeySchema::new("pk", dynamodb::table::KeyType::Hash)]),
    );
    Function::new(
        &s,
        "Fits",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1"))
            // {"CONFIG":"c...","TABLE":""}: 4096 bytes.
            .environment("CONFIG", "c".repeat(4072))
            .environment("TABLE", table.reference()),
    );
    synthesize_with(&app, settings()).unwrap_or_else(|e| panic!("{e}"));
}
