//! One stack through its life: create, update, an unchanged re-apply that does nothing,
//! `diff` and `status` along the way, destroy.

use forma_cli::exit;
use forma_dsl::{list, obj, App, RawResource};

use super::{assert_ok, Emulator};

const TABLE: &str = "forma-e2e-orders";
const QUEUE: &str = "forma-e2e-jobs";
const DEAD_LETTERS: &str = "forma-e2e-dead-letters";

/// `Basic`: a table and a queue, with a second queue when `dead_letters`; the queue's
/// visibility timeout is `visibility`.
fn basic(dead_letters: bool, visibility: i64) -> App {
    let app = App::new();
    let s = app.stack("Basic");
    s.add(
        "Orders",
        RawResource::new("AWS::DynamoDB::Table")
            .property("TableName", TABLE)
            .property("BillingMode", "PAY_PER_REQUEST")
            .property("AttributeDefinitions", list![obj! { "AttributeName" => "pk", "AttributeType" => "S" }])
            .property("KeySchema", list![obj! { "AttributeName" => "pk", "KeyType" => "HASH" }]),
    );
    s.add(
        "Jobs",
        RawResource::new("AWS::SQS::Queue").property("QueueName", QUEUE).property("VisibilityTimeout", visibility),
    );
    if dead_letters {
        s.add("DeadLetters", RawResource::new("AWS::SQS::Queue").property("QueueName", DEAD_LETTERS));
    }
    app
}

#[test]
fn create_update_skip_unchanged_and_destroy() {
    let emu = Emulator::start("lifecycle");

    let created = emu.forma(&basic(false, 30), "apply", &[]);
    assert_ok(&created);
    assert!(created.err.contains("✓ Basic: created in "), "{}", created.err);
    assert_eq!(emu.stack_status("Basic").as_deref(), Some("CREATE_COMPLETE"));
    assert!(emu.table_exists(TABLE), "the table was created");
    assert!(emu.queue_url(QUEUE).is_some(), "the queue was created");
    assert!(emu.queue_url(DEAD_LETTERS).is_none());

    let updated = emu.forma(&basic(true, 30), "apply", &[]);
    assert_ok(&updated);
    assert!(updated.err.contains("✓ Basic: updated in "), "{}", updated.err);
    assert!(updated.err.contains("Basic: 1 to add, 0 to modify, 0 to remove"), "{}", updated.err);
    assert!(updated.err.contains("+ AWS::SQS::Queue Basic/DeadLetters"), "{}", updated.err);
    assert_eq!(emu.stack_status("Basic").as_deref(), Some("UPDATE_COMPLETE"));
    assert!(emu.queue_url(DEAD_LETTERS).is_some(), "the added queue exists");
    assert!(emu.table_exists(TABLE) && emu.queue_url(QUEUE).is_some(), "the rest is still there");

    let change_sets = emu.change_set_count("Basic");
    let events = emu.event_count("Basic");
    let again = emu.forma(&basic(true, 30), "apply", &[]);
    assert_ok(&again);
    assert!(again.err.contains("✓ Basic: unchanged (skipped)"), "{}", again.err);
    assert!(!again.err.contains("creating change set"), "{}", again.err);
    assert_eq!(emu.change_set_count("Basic"), change_sets, "no change set was created");
    assert_eq!(emu.event_count("Basic"), events, "nothing happened to the stack");
    assert_eq!(emu.stack_status("Basic").as_deref(), Some("UPDATE_COMPLETE"));

    let destroyed = emu.forma(&basic(true, 30), "destroy", &[]);
    assert_ok(&destroyed);
    assert!(destroyed.err.contains("✓ Basic: destroyed in "), "{}", destroyed.err);
    assert_eq!(emu.stack_status("Basic"), None, "the stack is gone");
    assert!(!emu.table_exists(TABLE), "the table is gone");
    assert!(emu.queue_url(QUEUE).is_none() && emu.queue_url(DEAD_LETTERS).is_none(), "the queues are gone");

    let nothing = emu.forma(&basic(true, 30), "destroy", &[]);
    assert_ok(&nothing);
    assert!(nothing.err.contains("✓ Basic: not deployed (nothing to do)"), "{}", nothing.err);
}

#[test]
fn diff_exit_codes_and_status() {
    let emu = Emulator::start("diff");

    let status = emu.forma(&basic(false, 30), "status", &[]);
    assert_ok(&status);
    let line = status.out.lines().find(|l| l.starts_with("Basic ")).unwrap_or_default();
    assert!(line.contains("not deployed"), "{}", status.out);

    let new = emu.forma(&basic(false, 30), "diff", &[]);
    assert_eq!(new.code, exit::DIFF_FOUND, "{}{}", new.out, new.err);
    assert!(new.out.contains("Stack Basic (not deployed: everything is new)"), "{}", new.out);
    assert!(new.out.contains("+ AWS::SQS::Queue Basic/Jobs"), "{}", new.out);

    assert_ok(&emu.forma(&basic(false, 30), "apply", &[]));

    let same = emu.forma(&basic(false, 30), "diff", &[]);
    assert_eq!(same.code, exit::SUCCESS, "{}{}", same.out, same.err);
    assert!(same.out.contains("Stack Basic (no differences)"), "{}", same.out);

    let changed = emu.forma(&basic(false, 60), "diff", &[]);
    assert_eq!(changed.code, exit::DIFF_FOUND, "{}{}", changed.out, changed.err);
    assert!(changed.out.contains("~ AWS::SQS::Queue Basic/Jobs"), "{}", changed.out);
    assert!(changed.out.contains("Properties.VisibilityTimeout: 30 -> 60"), "{}", changed.out);
    assert!(!changed.out.contains("Orders"), "the unchanged table is not listed: {}", changed.out);

    // --changeset asks CloudFormation about replacements and leaves no change set behind.
    let sets = emu.change_set_count("Basic");
    let with_cs = emu.forma(&basic(false, 60), "diff", &["--changeset"]);
    assert_eq!(with_cs.code, exit::DIFF_FOUND, "{}{}", with_cs.out, with_cs.err);
    assert!(with_cs.out.contains("Properties.VisibilityTimeout: 30 -> 60"), "{}", with_cs.out);
    assert_eq!(emu.change_set_count("Basic"), sets, "the diff's change set is deleted");
    assert_eq!(emu.stack_status("Basic").as_deref(), Some("CREATE_COMPLETE"), "nothing was executed");

    let status = emu.forma(&basic(false, 30), "status", &[]);
    assert_ok(&status);
    let line = status.out.lines().find(|l| l.starts_with("Basic ")).unwrap_or_default();
    assert!(line.contains("CREATE_COMPLETE"), "{}", status.out);
}
