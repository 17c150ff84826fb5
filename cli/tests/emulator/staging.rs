//! The staging bucket: Lambda code assets uploaded once, and templates over 51,200 bytes
//! sent to CloudFormation through it.

use forma_dsl::{list, obj, App, AssetSource, RawResource};

use super::{assert_ok, Emulator, STAGING_BUCKET};

const FUNCTION: &str = "forma-e2e-handler";

/// `Fn`: a role and a Lambda function whose code is the directory `code`.
fn function_app(code: &std::path::Path, timeout: i64) -> App {
    let app = App::new();
    let s = app.stack("Fn");
    let asset = s.add_asset("Code", AssetSource::Directory(code.to_owned()));
    let role = s.add(
        "Role",
        RawResource::new("AWS::IAM::Role").property(
            "AssumeRolePolicyDocument",
            obj! {
                "Version" => "2012-10-17",
                "Statement" => list![obj! {
                    "Effect" => "Allow",
                    "Principal" => obj! { "Service" => "lambda.amazonaws.com" },
                    "Action" => "sts:AssumeRole",
                }],
            },
        ),
    );
    s.add(
        "Handler",
        RawResource::new("AWS::Lambda::Function")
            .property("FunctionName", FUNCTION)
            .property("Runtime", "python3.12")
            .property("Handler", "index.handler")
            .property("Role", role.get_att::<String>("Arn"))
            .property("Timeout", timeout)
            .property("Code", obj! { "S3Bucket" => asset.bucket(), "S3Key" => asset.key() }),
    );
    app
}

#[test]
fn a_code_asset_is_uploaded_once_and_the_function_runs_it() {
    let emu = Emulator::start("assets");
    let code = emu.scratch("code");
    std::fs::write(code.join("index.py"), "def handler(event, context):\n    return {'ok': True}\n").unwrap();

    let first = emu.forma(&function_app(&code, 3), "apply", &[]);
    assert_ok(&first);
    assert!(first.err.contains("FormaToolkit: deploying the staging bucket"), "{}", first.err);
    assert!(first.err.contains("assets: 1 uploaded, 0 already in the staging bucket"), "{}", first.err);
    assert!(first.err.contains("✓ Fn: created in "), "{}", first.err);
    assert_eq!(emu.stack_status("FormaToolkit").as_deref(), Some("CREATE_COMPLETE"));

    let manifest = emu.manifest();
    let asset = &manifest["assets"][0];
    let key = asset["key"].as_str().expect("the asset's key").to_owned();
    assert_eq!(emu.keys(STAGING_BUCKET, "assets/"), std::slice::from_ref(&key), "the zip is in the staging bucket");

    let function = emu.block_on(emu.lambda().get_function().function_name(FUNCTION).send()).expect("the function");
    let config = function.configuration().expect("a configuration");
    assert_eq!(config.timeout(), Some(3));
    assert_eq!(config.code_size(), asset["size"].as_i64().expect("the asset's size"), "it runs the uploaded zip");

    // Another change: the toolkit is there and the asset is not sent again.
    let second = emu.forma(&function_app(&code, 10), "apply", &[]);
    assert_ok(&second);
    assert!(!second.err.contains("deploying the staging bucket"), "{}", second.err);
    assert!(second.err.contains("assets: 0 uploaded, 1 already in the staging bucket"), "{}", second.err);
    assert!(second.err.contains("✓ Fn: updated in "), "{}", second.err);
    assert_eq!(emu.keys(STAGING_BUCKET, "assets/"), [key]);
    let function = emu.block_on(emu.lambda().get_function().function_name(FUNCTION).send()).expect("the function");
    assert_eq!(function.configuration().and_then(|c| c.timeout()), Some(10));

    // Changed code is a new asset under a new key.
    std::fs::write(code.join("index.py"), "def handler(event, context):\n    return {'ok': False}\n").unwrap();
    let third = emu.forma(&function_app(&code, 10), "apply", &[]);
    assert_ok(&third);
    assert!(third.err.contains("assets: 1 uploaded, 0 already in the staging bucket"), "{}", third.err);
    assert_eq!(emu.keys(STAGING_BUCKET, "assets/").len(), 2);
}

const QUEUES: usize = 24;

/// `Big`: queues with long tags, a template well over 51,200 bytes.
fn big_app() -> App {
    let app = App::new();
    let s = app.stack("Big");
    for i in 0..QUEUES {
        let tags: Vec<forma_dsl::Expr> = (0..8)
            .map(|t| obj! { "Key" => format!("note-{t}"), "Value" => format!("{i:02}-{t}-{}", "x".repeat(240)) })
            .collect();
        s.add(
            &format!("Queue{i:02}"),
            RawResource::new("AWS::SQS::Queue")
                .property("QueueName", format!("forma-e2e-big-{i:02}"))
                .property("Tags", tags),
        );
    }
    app
}

#[test]
fn a_large_template_goes_through_the_staging_bucket() {
    let emu = Emulator::start("large-template");
    let app = big_app();

    let applied = emu.forma(&app, "apply", &[]);
    assert_ok(&applied);
    let manifest = emu.manifest();
    let stack = &manifest["stacks"][0];
    assert!(stack["size"].as_u64().expect("a size") > 51_200, "the template is large: {}", stack["size"]);
    assert_eq!(stack["needsUpload"], true, "{stack}");
    assert!(applied.err.contains("FormaToolkit: deploying the staging bucket"), "{}", applied.err);
    assert!(applied.err.contains("✓ Big: created in "), "{}", applied.err);

    let sha = stack["sha256"].as_str().expect("a hash");
    assert_eq!(emu.keys(STAGING_BUCKET, "templates/"), [format!("templates/{sha}.json")]);
    let queues = emu
        .block_on(emu.sqs().list_queues().queue_name_prefix("forma-e2e-big-").send())
        .expect("ListQueues")
        .queue_urls()
        .len();
    assert_eq!(queues, QUEUES, "every queue was created");
    let tags = emu.queue_tags("forma-e2e-big-07");
    assert_eq!(tags.len(), 8, "{tags:?}");
    assert!(tags["note-3"].starts_with("07-3-xxx"), "{tags:?}");

    let again = emu.forma(&app, "apply", &[]);
    assert_ok(&again);
    assert!(again.err.contains("✓ Big: unchanged (skipped)"), "{}", again.err);
}
