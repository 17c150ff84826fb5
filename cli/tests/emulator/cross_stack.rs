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
    app_importing(true)
}

/// [`app`], with the consumer importing the table's name (its `Ref`) or not.
fn app_importing(name: bool) -> App {
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
                if name {
                    obj! { "Key" => "table", "Value" => table.reference() }
                } else {
                    obj! { "Key" => "table", "Value" => "not imported" }
                },
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

/// The exports of the region, by name.
fn exports(emu: &Emulator) -> Vec<String> {
    let out = emu.block_on(emu.cfn().list_exports().send()).expect("ListExports answers");
    out.exports().iter().filter_map(|e| e.name().map(str::to_owned)).collect()
}

#[test]
fn an_export_removed_while_imported_is_released_by_its_importer_first_in_the_same_run() {
    let emu = Emulator::start("export-lock");
    assert_ok(&emu.forma(&app(), "apply", &["--all"]));
    let before = exports(&emu);
    assert_eq!(before.len(), 2, "the table's ARN and name: {before:?}");

    // The consumer stops importing the table's name: the producer's template drops that
    // export, which CloudFormation refuses while the consumer's deployed stack imports it.
    let applied = emu.forma(&app_importing(false), "apply", &["--all"]);

    assert_ok(&applied);
    let after = exports(&emu);
    assert_eq!(after.len(), 1, "only the ARN is still exported: {after:?}");
    let removed = before.iter().find(|e| !after.contains(e)).expect("one export removed");
    assert!(
        applied
            .err
            .contains(&format!("Consumer imports {removed} and the new template removes it: releasing it first")),
        "{}",
        applied.err
    );
    assert_eq!(emu.stack_status("Producer").as_deref(), Some("UPDATE_COMPLETE"));
    assert_eq!(emu.stack_status("Consumer").as_deref(), Some("UPDATE_COMPLETE"));
    // The consumer's own template, not the released one, is what it runs now (moto does not
    // update a queue's tags in place, so the template is read).
    let consumer = emu.block_on(emu.cfn().get_template().stack_name("Consumer").send()).expect("GetTemplate answers");
    let body = consumer.template_body().unwrap_or_default();
    assert!(body.contains("not imported") && !body.contains(&format!("\"{removed}\"")), "{body}");
    let imports = emu.block_on(emu.cfn().list_imports().export_name(removed).send());
    assert!(imports.is_err(), "nothing imports the removed export any more: {imports:?}");

    // Run again: nothing to release, nothing to change.
    let again = emu.forma(&app_importing(false), "apply", &["--all"]);
    assert_ok(&again);
    assert!(!again.err.contains("releasing"), "{}", again.err);
    assert_ok(&emu.forma(&app(), "destroy", &["--all"]));
}
