//! Two stacks joined by a cross-stack reference: the producer goes first on apply and last
//! on destroy, and the consumer sees the producer's value.

use std::sync::{Arc, Mutex};

use forma_cli::Hooks;
use forma_dsl::{list, obj, App, RawResource};

use super::{assert_ok, line_of, Emulator};

const TABLE: &str = "forma-e2e-catalog";
const QUEUE: &str = "forma-e2e-catalog-events";

/// `Producer` holds a table; `Consumer`'s queue carries the table's ARN and name as tags.
fn app() -> App {
    let app = App::new();
    let producer = app.stack("Producer");
    let table = producer.add(
        "Catalog",
        RawResource::new("AWS::DynamoDB::Table")
            .property("TableName", TABLE)
            .property("BillingMode", "PAY_PER_REQUEST")
            .property("AttributeDefinitions", list![obj! { "AttributeName" => "id", "AttributeType" => "S" }])
            .property("KeySchema", list![obj! { "AttributeName" => "id", "KeyType" => "HASH" }]),
    );
    app.stack("Consumer").add(
        "Events",
        RawResource::new("AWS::SQS::Queue").property("QueueName", QUEUE).property(
            "Tags",
            list![
                obj! { "Key" => "table-arn", "Value" => table.get_att::<String>("Arn") },
                obj! { "Key" => "table", "Value" => table.reference() },
            ],
        ),
    );
    app
}

/// Hooks that record the stacks whose operations were started, in order.
fn recorder() -> (Hooks, Arc<Mutex<Vec<String>>>) {
    let started = Arc::new(Mutex::new(Vec::new()));
    let log = started.clone();
    let hooks = Hooks {
        after_execute: Some(Arc::new(move |stack: &str| log.lock().unwrap().push(stack.to_owned()))),
        cancel: None,
    };
    (hooks, started)
}

#[test]
fn applies_the_producer_first_and_destroys_it_last() {
    let emu = Emulator::start("cross-stack");
    let app = app();

    // Naming only the consumer brings its producer along.
    let (hooks, started) = recorder();
    let applied = emu.forma_with(&app, "apply", &["Consumer"], &hooks);
    assert_ok(&applied);
    assert_eq!(*started.lock().unwrap(), ["Producer", "Consumer"], "executed in dependency order");
    assert!(
        line_of(&applied.err, "Producer  CREATE_COMPLETE") < line_of(&applied.err, "Consumer  creating change set"),
        "the consumer starts after the producer is complete:\n{}",
        applied.err
    );
    assert!(applied.err.contains("✓ Producer: created in ") && applied.err.contains("✓ Consumer: created in "));

    // The consumer resolved the producer's export: the queue carries the table's identity.
    let arn = emu
        .block_on(emu.dynamodb().describe_table().table_name(TABLE).send())
        .expect("the producer's table exists")
        .table()
        .and_then(|t| t.table_arn())
        .expect("a table ARN")
        .to_owned();
    let tags = emu.queue_tags(QUEUE);
    assert_eq!(tags.get("table-arn"), Some(&arn), "{tags:?}");
    assert_eq!(tags.get("table").map(String::as_str), Some(TABLE), "{tags:?}");

    // Naming only the producer takes its consumer down first.
    let (hooks, started) = recorder();
    let destroyed = emu.forma_with(&app, "destroy", &["Producer"], &hooks);
    assert_ok(&destroyed);
    assert_eq!(*started.lock().unwrap(), ["Consumer", "Producer"], "deleted in reverse dependency order");
    assert!(
        line_of(&destroyed.err, "Consumer  DELETE_IN_PROGRESS")
            < line_of(&destroyed.err, "Producer  DELETE_IN_PROGRESS"),
        "{}",
        destroyed.err
    );
    assert!(destroyed.err.contains("✓ Consumer: destroyed in ") && destroyed.err.contains("✓ Producer: destroyed in "));
    assert_eq!(emu.stack_status("Consumer"), None);
    assert_eq!(emu.stack_status("Producer"), None);
    assert!(emu.queue_url(QUEUE).is_none(), "the consumer's queue is gone");
    assert!(!emu.table_exists(TABLE), "the producer's table is gone");
}
