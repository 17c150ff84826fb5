//! Failed operations: the root cause first and by construct path, recovery from the states
//! a failure leaves, and exports still in use.

use aws_sdk_cloudformation::types::Replacement;
use forma_cli::deploy::apply::{apply_stack, Applied};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

use super::fake::{add, modify, remove, stack_arn, Cfn, Cs, Ev, Frame};
use super::{id_of, job, storage, storage_without_table, Session, NONCE, QUEUE, TABLE};

/// What CloudFormation's DynamoDB handler says about a table it cannot create.
const TABLE_INVALID: &str = "Resource handler returned message: \"One or more parameter values were invalid: \
     Some AttributeDefinitions are not used. AttributeDefinitions: [pk, sk], keys used: [pk] (Service: DynamoDb, \
     Status Code: 400, Request ID: 7P4QO2GJ8B3J2N5M0C6QGS1V8JVV4KQNSO5AEMVJF66Q9ASUAAJG)\" (RequestToken: \
     9a0c4e2b-6b1d-4c36-8f61-2d8a5b7e1f03, HandlerErrorCode: InvalidRequest)";

/// CloudFormation's text for an export another stack imports.
const EXPORT_IN_USE: &str = "Export Storage:Table cannot be deleted as it is in use by Ingest";

const EXPORT_HINT: &str = "another stack imports this export";

#[tokio::test(start_paused = true)]
async fn a_failed_create_names_the_root_cause_and_the_next_apply_starts_over() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let failed_to_create =
        format!("The following resource(s) failed to create: [{table}, {queue}]. Rollback requested by user.");
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::missing(),
        Frame::status("CREATE_IN_PROGRESS").events([
            Ev::stack("CREATE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(&table, TABLE, "CREATE_IN_PROGRESS"),
            Ev::resource(&queue, QUEUE, "CREATE_IN_PROGRESS"),
            Ev::resource(&queue, QUEUE, "CREATE_IN_PROGRESS").reason("Resource creation Initiated"),
        ]),
        Frame::status("ROLLBACK_IN_PROGRESS").reason(&failed_to_create).events([
            Ev::resource(&table, TABLE, "CREATE_FAILED").reason(TABLE_INVALID),
            Ev::resource(&queue, QUEUE, "CREATE_FAILED").reason("Resource creation cancelled"),
            Ev::stack("ROLLBACK_IN_PROGRESS").reason(&failed_to_create),
        ]),
        Frame::status("ROLLBACK_COMPLETE").events([
            Ev::resource(&queue, QUEUE, "DELETE_IN_PROGRESS"),
            Ev::resource(&table, TABLE, "DELETE_COMPLETE"),
            Ev::resource(&queue, QUEUE, "DELETE_COMPLETE"),
            Ev::stack("ROLLBACK_COMPLETE"),
        ]),
    ]);
    let adds = vec![add(&table, TABLE), add(&queue, QUEUE)];
    cfn.change_sets([Cs::Pending, Cs::Complete(adds.clone())]);
    let first = Session::new(&cfn, NONCE);

    let e = apply_stack(&first.ctx, job(&a)).await.expect_err("the create fails");

    assert_eq!(e.kind, ErrorKind::Failed);
    assert_eq!(e.stack.as_deref(), Some("Storage"));
    let lines: Vec<&str> = e.message.lines().collect();
    assert_eq!(lines[0], "failed: ROLLBACK_COMPLETE", "{}", e.message);
    assert_eq!(
        lines[1],
        format!("  root cause: Storage/Data/Table (AWS::DynamoDB::Table) CREATE_FAILED: {TABLE_INVALID}"),
        "the first failure, by construct path, comes first"
    );
    assert_eq!(lines[2], "  then: Storage/Ingest/Queue CREATE_FAILED: Resource creation cancelled");
    assert_eq!(lines.len(), 3, "{}", e.message);
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("forma deletes the empty stack")), "{:?}", e.hint);
    let shown = first.events_shown("Storage");
    assert!(
        shown.contains(&format!("CREATE_FAILED AWS::DynamoDB::Table Storage/Data/Table {TABLE_INVALID}")),
        "{shown:#?}"
    );
    cfn.assert_script_done();

    // The next apply finds the empty, rolled back stack: it deletes it and creates it anew.
    let failed_id = cfn.id();
    cfn.frames([
        Frame::status("ROLLBACK_COMPLETE").reason(&failed_to_create),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
        Frame::status("CREATE_IN_PROGRESS").events([
            Ev::stack("CREATE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(&table, TABLE, "CREATE_IN_PROGRESS"),
            Ev::resource(&queue, QUEUE, "CREATE_IN_PROGRESS"),
        ]),
        Frame::status("CREATE_COMPLETE").events([
            Ev::resource(&table, TABLE, "CREATE_COMPLETE"),
            Ev::resource(&queue, QUEUE, "CREATE_COMPLETE"),
            Ev::stack("CREATE_COMPLETE"),
        ]),
    ]);
    cfn.change_sets([Cs::Complete(adds)]);
    let before = cfn.calls().len();
    let second = Session::new(&cfn, "5eedf00d");

    let r = apply_stack(&second.ctx, job(&a)).await.expect("the second apply creates the stack");

    assert_eq!(r.applied, Applied::Created);
    cfn.assert_script_done();
    assert!(
        second.lines().contains(
            &"Storage ROLLBACK_COMPLETE after a failed first create: deleting the stack to create it again".into()
        ),
        "{}",
        second.err.text()
    );
    assert_eq!(cfn.rules.delete_stack.num_calls(), 1);
    assert_eq!(
        cfn.ops_since(before),
        [
            "DescribeStacks",
            "DeleteStack",
            "DescribeStacks",
            "CreateChangeSet",
            "DescribeChangeSet",
            "ExecuteChangeSet",
            "DescribeStacks"
        ]
    );
    let deleted = &cfn.calls_of("DeleteStack")[0];
    assert_eq!(deleted.stack, failed_id, "the failed stack is deleted by id");
    assert!(deleted.token.as_deref().is_some_and(|t| t.starts_with("forma-recover-5eedf00d-")), "{deleted:?}");
    assert_eq!(cfn.calls_of("CreateChangeSet").last().map(|c| c.detail.as_str()), Some("CREATE"));
    assert_eq!(cfn.calls_of("ExecuteChangeSet").last().map(|c| c.stack.clone()), Some(stack_arn("Storage", 2)));
    assert!(!second.err.text().contains("CREATE_FAILED"), "the first run's events are not shown again");
}

#[tokio::test(start_paused = true)]
async fn update_rollback_failed_is_continued_then_the_update_goes_ahead() {
    let a = storage();
    let table = id_of(&a.manifest, "Storage/Data/Table");
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::status("UPDATE_ROLLBACK_FAILED")
            .reason(&format!("The following resource(s) failed to update: [{table}]. "))
            .tag(FINGERPRINT_TAG, "00000000000000000000aaaa"),
        Frame::status("UPDATE_ROLLBACK_IN_PROGRESS").events([
            Ev::stack("UPDATE_ROLLBACK_IN_PROGRESS").reason("Continue rollback requested by user"),
            Ev::resource(&table, TABLE, "UPDATE_IN_PROGRESS"),
        ]),
        Frame::status("UPDATE_ROLLBACK_COMPLETE").events([
            Ev::resource(&table, TABLE, "UPDATE_COMPLETE"),
            Ev::stack("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS"),
            Ev::stack("UPDATE_ROLLBACK_COMPLETE"),
        ]),
        Frame::status("UPDATE_ROLLBACK_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa"),
        Frame::status("UPDATE_IN_PROGRESS").events([
            Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(&table, TABLE, "UPDATE_IN_PROGRESS"),
        ]),
        Frame::status("UPDATE_COMPLETE")
            .events([Ev::resource(&table, TABLE, "UPDATE_COMPLETE"), Ev::stack("UPDATE_COMPLETE")]),
    ]);
    cfn.change_sets([Cs::Complete(vec![modify(&table, TABLE, Replacement::False)])]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("the update goes ahead");

    assert_eq!(r.applied, Applied::Updated);
    cfn.assert_script_done();
    assert!(s.lines().contains(&"Storage UPDATE_ROLLBACK_FAILED: continuing the rollback".into()), "{}", s.err.text());
    assert_eq!(
        cfn.ops_since(0),
        [
            "DescribeStacks",
            "ContinueUpdateRollback",
            "DescribeStacks",
            "CreateChangeSet",
            "DescribeChangeSet",
            "ExecuteChangeSet",
            "DescribeStacks"
        ]
    );
    assert_eq!(cfn.rules.continue_update_rollback.num_calls(), 1);
    let continued = &cfn.calls_of("ContinueUpdateRollback")[0];
    assert_eq!(continued.stack, cfn.id());
    assert!(continued.token.as_deref().is_some_and(|t| t.starts_with("forma-recover-")), "{continued:?}");
    assert_eq!(cfn.calls_of("CreateChangeSet")[0].detail, "UPDATE");
}

#[tokio::test(start_paused = true)]
async fn a_rollback_that_fails_again_names_the_resource_by_construct_path() {
    let a = storage();
    let table = id_of(&a.manifest, "Storage/Data/Table");
    let still_failing = "Resource handler returned message: \"Table is being updated: Storage-DataTable-1F2E3D4C \
         (Service: DynamoDb, Status Code: 400, Request ID: 0LQ1T5NB3EJ1N1V0F6B0R4S2QBVV4KQNSO5AEMVJF66Q9ASUAAJG)\" \
         (RequestToken: 3c0d9a8e-1b2f-4c5d-8e7f-6a5b4c3d2e1f, HandlerErrorCode: ResourceConflict)";
    let cfn = Cfn::new("Storage");
    cfn.owned();
    cfn.frames([
        Frame::status("UPDATE_ROLLBACK_FAILED"),
        Frame::status("UPDATE_ROLLBACK_IN_PROGRESS").events([
            Ev::stack("UPDATE_ROLLBACK_IN_PROGRESS").reason("Continue rollback requested by user"),
            Ev::resource(&table, TABLE, "UPDATE_IN_PROGRESS"),
        ]),
        Frame::status("UPDATE_ROLLBACK_FAILED").events([
            Ev::resource(&table, TABLE, "UPDATE_FAILED").reason(still_failing),
            Ev::stack("UPDATE_ROLLBACK_FAILED")
                .reason(&format!("The following resource(s) failed to update: [{table}]. ")),
        ]),
    ]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("the rollback fails again");

    cfn.assert_script_done();
    assert_eq!(e.kind, ErrorKind::Failed);
    assert_eq!(
        e.message.lines().nth(1),
        Some(
            format!("  root cause: Storage/Data/Table (AWS::DynamoDB::Table) UPDATE_FAILED: {still_failing}").as_str()
        ),
        "{}",
        e.message
    );
    assert!(cfn.calls_of("CreateChangeSet").is_empty());
}

#[tokio::test(start_paused = true)]
async fn removing_an_export_in_use_fails_the_update_naming_the_export_and_its_importer() {
    // CloudFormation accepts the change set, then rolls the update back with the reason on
    // the stack's own event; no resource fails.
    let before = storage();
    let a = storage_without_table();
    let old_table = id_of(&before.manifest, "Storage/Data/Table");
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa").output(
            "TableName",
            "Storage-DataTable-1F2E3D4C",
            Some("Storage:Table"),
        ),
        Frame::status("UPDATE_IN_PROGRESS").events([Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("UPDATE_ROLLBACK_IN_PROGRESS")
            .events([Ev::stack("UPDATE_ROLLBACK_IN_PROGRESS").reason(EXPORT_IN_USE)]),
        Frame::status("UPDATE_ROLLBACK_COMPLETE")
            .events([Ev::stack("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS"), Ev::stack("UPDATE_ROLLBACK_COMPLETE")]),
    ]);
    cfn.change_sets([Cs::Complete(vec![remove(&old_table, TABLE)])]);
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.yes = true;

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("the update is rolled back");

    cfn.assert_script_done();
    assert_eq!(e.kind, ErrorKind::Failed);
    assert!(e.message.starts_with("failed: UPDATE_ROLLBACK_COMPLETE"), "{}", e.message);
    assert!(e.message.contains(EXPORT_IN_USE), "the cause is shown: {}", e.message);
    assert!(e.hint.as_deref().is_some_and(|h| h.contains(EXPORT_HINT)), "{:?}", e.hint);
}

#[tokio::test(start_paused = true)]
async fn an_export_in_use_refused_up_front_carries_the_importer_hint() {
    // Should CloudFormation refuse the execution itself, the error says the same.
    let a = storage_without_table();
    let queue = id_of(&a.manifest, "Storage/Ingest/Queue");
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa")]);
    cfn.change_sets([Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)])]);
    cfn.fail_next("ExecuteChangeSet", "ValidationError", EXPORT_IN_USE);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("refused");

    assert_eq!(e.kind, ErrorKind::Failed);
    assert_eq!(e.to_string(), format!("Storage: ExecuteChangeSet: ValidationError: {EXPORT_IN_USE}"));
    assert!(e.hint.as_deref().is_some_and(|h| h.contains(EXPORT_HINT)), "{:?}", e.hint);
}

#[tokio::test(start_paused = true)]
async fn a_new_stack_still_in_review_right_after_execution_is_waited_for() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::missing(),
        // CloudFormation can answer the old status once more after ExecuteChangeSet.
        Frame::status("REVIEW_IN_PROGRESS"),
        Frame::status("CREATE_IN_PROGRESS").events([Ev::stack("CREATE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("CREATE_COMPLETE").events([
            Ev::resource(&table, TABLE, "CREATE_COMPLETE"),
            Ev::resource(&queue, QUEUE, "CREATE_COMPLETE"),
            Ev::stack("CREATE_COMPLETE"),
        ]),
    ]);
    cfn.change_sets([Cs::Complete(vec![add(&table, TABLE), add(&queue, QUEUE)])]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("the create completes");

    assert_eq!(r.applied, Applied::Created, "not reported as done (or failed) while still in review");
    cfn.assert_script_done();
}
