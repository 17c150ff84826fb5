//! A stack whose removal policy is set once, to `Destroy`: applied, given data, destroyed,
//! and nothing of it is left, counted through the services' own APIs (log groups
//! included).

use std::time::Duration;

use forma_dsl::dynamodb::{Attribute, Table, TableProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::logs::{LogGroup, LogGroupProps};
use forma_dsl::s3::{Bucket, BucketProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::{App, RemovalPolicy};

use super::{assert_ok, Emulator};

const COUNTED: [&str; 8] =
    ["buckets", "tables", "queues", "streams", "log_groups", "functions", "repositories", "images"];

fn counts(inventory: &serde_json::Value) -> Vec<(&'static str, i64)> {
    COUNTED.iter().map(|k| (*k, inventory[k].as_i64().unwrap_or(-1))).collect()
}

#[test]
fn a_stack_set_to_destroy_once_leaves_nothing_behind() {
    let emu = Emulator::start("removal");
    let app = App::new();
    let stack = app.stack("Daily");
    stack.removal_policy(RemovalPolicy::Destroy);
    let uploads = Bucket::new(&stack, "Uploads", BucketProps::default());
    Table::new(&stack, "Orders", TableProps::new(Attribute::string("id")));
    Queue::new(&stack, "Jobs", QueueProps::default());
    Stream::new(&stack, "Clicks", StreamProps::default());
    LogGroup::new(&stack, "Audit", LogGroupProps::default());
    Repository::new(&stack, "Images", RepositoryProps::default());
    let code = Code::inline("def handler(event, context):\n    return None\n");
    Function::new(
        &stack,
        "Handler",
        FunctionProps::new(Runtime::Python312, "index.handler", code).timeout(Duration::from_secs(10)),
    );
    stack.add_output("UploadsBucket", forma_dsl::Output::new(uploads.name()));

    let before = counts(&emu.inventory());
    let applied = emu.forma(&app, "apply", &[]);
    assert_ok(&applied);
    let made = counts(&emu.inventory());
    for (kind, n) in &made {
        let was = before.iter().find(|(k, _)| k == kind).map_or(0, |(_, n)| *n);
        if *kind != "images" {
            assert!(*n > was, "no {kind} was made: before {before:?}, after {made:?}");
        }
    }
    // Data to remove: an object, and an image in the repository.
    let manifest = emu.manifest();
    let ids = manifest["stacks"][0]["logicalIds"].as_object().expect("the manifest's logical ids");
    let (id, _) = ids.iter().find(|(_, path)| *path == "Daily/Uploads/Resource").expect("the bucket's id");
    let bucket = emu.physical_id("Daily", id);
    emu.put(&bucket, "incoming/a.csv", "a,b\n");
    emu.push_image("daily", "v1");

    let destroyed = emu.forma(&app, "destroy", &[]);
    assert_ok(&destroyed);
    assert_eq!(emu.stack_status("Daily"), None, "the stack is gone");
    assert_eq!(counts(&emu.inventory()), before, "something was left behind");
}
