//! Change sets that change nothing, stacks that are already up to date, and risky changes
//! nobody confirmed.

use aws_sdk_cloudformation::types::Replacement;
use forma_cli::deploy::apply::{apply_stack, Applied};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

use super::fake::{modify, remove, Cfn, Cs, Frame, NO_CHANGES};
use super::{fingerprint_of, id_of, job, storage, storage_without_table, Session, NONCE, QUEUE, TABLE};

#[tokio::test(start_paused = true)]
async fn an_empty_change_set_is_deleted_and_reported_as_no_changes() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa"),
        Frame::status("UPDATE_COMPLETE").output("TableName", "Storage-DataTable-1F2E3D4C", Some("Storage:Table")),
    ]);
    cfn.change_sets([Cs::Pending, Cs::Failed(NO_CHANGES.into())]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("nothing to do is a success");

    cfn.assert_script_done();
    assert_eq!(r.applied, Applied::NoChanges);
    assert_eq!(r.outputs, [("TableName".into(), "Storage-DataTable-1F2E3D4C".into(), Some("Storage:Table".into()))]);
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 0);
    let created = cfn.calls_of("CreateChangeSet");
    let deleted = cfn.calls_of("DeleteChangeSet");
    assert_eq!(deleted.len(), 1, "the empty change set is not left behind");
    assert_eq!(deleted[0].stack, cfn.id());
    let name = deleted[0].detail.rsplit('/').nth(1).unwrap_or_default();
    assert_eq!(Some(name), created[0].token.as_deref(), "the change set this run made");
}

#[tokio::test(start_paused = true)]
async fn an_unchanged_fingerprint_skips_the_change_set() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE")
        .tag("forma:stack", "Storage")
        .tag(FINGERPRINT_TAG, &fingerprint_of(&a.manifest))
        .output("TableName", "Storage-DataTable-1F2E3D4C", Some("Storage:Table"))]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("unchanged");

    cfn.assert_script_done();
    assert_eq!(r.applied, Applied::Unchanged);
    assert_eq!(r.outputs[0].1, "Storage-DataTable-1F2E3D4C");
    assert_eq!(cfn.rules.create_change_set.num_calls(), 0);
    assert_eq!(cfn.rules.describe_stacks.num_calls(), 1, "decided by one DescribeStacks");
}

#[tokio::test(start_paused = true)]
async fn a_risky_change_without_yes_is_not_executed_and_its_change_set_is_deleted() {
    // The table is gone from the app and the queue is to be replaced.
    let old_table = id_of(&storage().manifest, "Storage/Data/Table");
    let a = storage_without_table();
    let queue = id_of(&a.manifest, "Storage/Ingest/Queue");
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa")]);
    cfn.change_sets([Cs::Complete(vec![remove(&old_table, TABLE), modify(&queue, QUEUE, Replacement::True)])]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("needs confirmation");

    cfn.assert_script_done();
    assert_eq!(e.kind, ErrorKind::NeedsConfirmation);
    assert_eq!(
        e.to_string(),
        format!("Storage: not applied: needs confirmation for Remove {old_table}, Modify Storage/Ingest/Queue")
    );
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("--yes")), "{:?}", e.hint);
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 0);
    assert_eq!(cfn.rules.delete_change_set.num_calls(), 1);
    let lines = s.lines();
    for line in [
        "Storage: 0 to add, 1 to modify, 1 to remove".to_owned(),
        format!("- AWS::DynamoDB::Table {old_table}"),
        "~ AWS::SQS::Queue Storage/Ingest/Queue (REPLACEMENT)".to_owned(),
    ] {
        assert!(lines.contains(&line), "{line} in {lines:#?}");
    }
}

#[tokio::test(start_paused = true)]
async fn a_stack_another_tool_deployed_is_not_taken_over_silently() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag("aws:cloudformation:stack-name", "Storage")]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("not forma's stack");

    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(
        e.to_string(),
        "Storage: a stack of this name exists (UPDATE_COMPLETE), and forma did not deploy it: not changed"
    );
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("--adopt")), "{:?}", e.hint);
    assert_eq!(cfn.rules.create_change_set.num_calls(), 0, "nothing was changed");
}
