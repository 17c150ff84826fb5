//! The ownership rule and Ctrl-C: forma reads any stack, but changes, deletes, rolls back or
//! continues only the stacks it deployed (or those a run adopts), and after Ctrl-C it asks
//! nothing more of CloudFormation.

use aws_sdk_cloudformation::types::Replacement;
use forma_cli::deploy::apply::{apply_stack, Applied};
use forma_cli::deploy::destroy::{destroy_stack, OnDeleteFailure, Retained};
use forma_cli::deploy::error::ErrorKind;
use forma_dsl::{App, DeletionPolicy, RawResource};
use forma_synth::Format;

use super::fake::{add, modify, remove, Cfn, Cs, Ev, Frame};
use super::{id_of, job, storage, storage_without_table, Session, NONCE, QUEUE, TABLE};

/// Nothing was asked of CloudFormation but to read.
pub(super) fn assert_only_reads(cfn: &Cfn) {
    let reads = |op: &str| op.starts_with("Describe") || op.starts_with("List") || op == "GetTemplate";
    let writes: Vec<&str> = cfn.calls().iter().map(|c| c.op).filter(|op| !reads(op)).collect();
    assert!(writes.is_empty(), "calls that change something: {writes:?}");
}

#[tokio::test(start_paused = true)]
async fn a_foreign_stack_left_in_rollback_complete_is_not_deleted_without_adopt() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("ROLLBACK_COMPLETE")]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("not forma's stack");

    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(
        e.to_string(),
        "Storage: a stack of this name exists (ROLLBACK_COMPLETE), and forma did not deploy it: not changed"
    );
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("apply --adopt")), "{:?}", e.hint);
    assert_only_reads(&cfn);
}

#[tokio::test(start_paused = true)]
async fn with_adopt_a_foreign_rolled_back_stack_is_deleted_and_created_anew() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::status("ROLLBACK_COMPLETE"),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
        Frame::status("CREATE_IN_PROGRESS").events([Ev::stack("CREATE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("CREATE_COMPLETE").events([Ev::stack("CREATE_COMPLETE")]),
    ]);
    cfn.change_sets([Cs::Complete(vec![add(&table, TABLE), add(&queue, QUEUE)])]);
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.adopt = true;

    let r = apply_stack(&s.ctx, job(&a)).await.expect("adopted and created");

    assert_eq!(r.applied, Applied::Created);
    assert_eq!(cfn.rules.delete_stack.num_calls(), 1);
    cfn.assert_script_done();
}

#[tokio::test(start_paused = true)]
async fn a_foreign_update_rollback_failed_stack_is_not_continued() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_ROLLBACK_FAILED")]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("not forma's stack");

    assert_eq!(e.kind, ErrorKind::State);
    assert!(e.message.contains("(UPDATE_ROLLBACK_FAILED), and forma did not deploy it"), "{e}");
    assert_eq!(cfn.rules.continue_update_rollback.num_calls(), 0);
    assert_only_reads(&cfn);
}

#[tokio::test(start_paused = true)]
async fn the_hint_for_a_foreign_delete_failed_stack_never_suggests_deleting_it() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("DELETE_FAILED")]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("not forma's stack");

    let hint = e.hint.unwrap_or_default();
    assert!(!hint.contains("--retain-failed") && !hint.contains("destroy"), "{hint}");
    assert!(hint.contains("--adopt"), "{hint}");
    assert_only_reads(&cfn);

    // forma's own DELETE_FAILED stack gets the way out.
    let cfn = Cfn::new("Storage");
    cfn.owned().frames([Frame::status("DELETE_FAILED")]);
    let s = Session::new(&cfn, NONCE);
    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("needs a destroy first");
    assert!(e.hint.is_some_and(|h| h.contains("forma destroy Storage --retain-failed")));
}

#[tokio::test(start_paused = true)]
async fn destroy_refuses_a_stack_forma_did_not_deploy_and_adopt_deletes_it() {
    let a = storage_without_table();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag("owner", "another-tool")]);
    let s = Session::new(&cfn, NONCE);

    let e = destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect_err("not forma's stack");

    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(
        e.to_string(),
        "Storage: a stack of this name exists (UPDATE_COMPLETE), and forma did not deploy it: not deleted"
    );
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("pass --adopt")), "{:?}", e.hint);
    assert_only_reads(&cfn);

    cfn.frames([
        Frame::status("UPDATE_COMPLETE").tag("owner", "another-tool"),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
    ]);
    let mut s = Session::new(&cfn, "5eedf00d");
    s.ctx.adopt = true;
    destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect("--adopt deletes it");
    assert_eq!(cfn.rules.delete_stack.num_calls(), 1);
}

#[tokio::test(start_paused = true)]
async fn ctrl_c_while_the_change_set_is_created_sends_nothing_more() {
    let a = storage();
    let queue = id_of(&a.manifest, "Storage/Ingest/Queue");
    let cfn = Cfn::new("Storage");
    cfn.owned().frames([Frame::status("UPDATE_COMPLETE")]);
    cfn.change_sets([Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)])]);
    let s = Session::new(&cfn, NONCE);
    let cancel = s.cancel.clone();
    cfn.on_call("CreateChangeSet", move || {
        let _ = cancel.send(true);
    });

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("interrupted");

    assert_eq!(e.kind, ErrorKind::Interrupted, "{e}");
    assert!(e.to_string().starts_with("Storage: interrupted"), "{e}");
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 0, "the change set is never executed");
    assert_eq!(cfn.rules.create_change_set.num_calls(), 1);
}

#[tokio::test(start_paused = true)]
async fn ctrl_c_at_the_confirmation_prompt_executes_nothing() {
    let a = storage_without_table();
    let b = storage();
    let old_table = id_of(&b.manifest, "Storage/Data/Table");
    let cfn = Cfn::new("Storage");
    cfn.owned().frames([Frame::status("UPDATE_COMPLETE")]);
    cfn.change_sets([Cs::Complete(vec![remove(&old_table, TABLE)])]);
    let (cancel, rx) = tokio::sync::watch::channel(false);
    // The person presses Ctrl-C at the prompt, then Enter after typing "y".
    let s = Session::answering(&cfn, NONCE, rx, move |_| {
        let _ = cancel.send(true);
        true
    });

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("interrupted at the prompt");

    assert_eq!(e.kind, ErrorKind::Interrupted, "{e}");
    assert!(s.err.text().contains("replace or remove stateful resources or change IAM. Apply? [y/N]"));
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 0, "nothing is executed after Ctrl-C");
}

#[tokio::test(start_paused = true)]
async fn destroy_never_empties_a_bucket_the_deployed_template_retains() {
    let app = App::new();
    let stack = app.stack("Files");
    stack.add("Scratch", RawResource::new("AWS::S3::Bucket")).empty_on_destroy();
    stack.add("Ledger", RawResource::new("AWS::DynamoDB::Table")).set_deletion_policy(DeletionPolicy::Retain);
    let m = forma_synth::synthesize(&app, Format::Json).expect("synthesizes").stacks.remove(0).manifest;
    let (scratch, ledger) = (id_of(&m, "Files/Scratch"), id_of(&m, "Files/Ledger"));
    // What is deployed is an older template, in which the bucket is kept.
    let deployed = format!(
        r#"{{"Resources": {{"{scratch}": {{"Type": "AWS::S3::Bucket", "DeletionPolicy": "RetainExceptOnCreate"}},
             "{ledger}": {{"Type": "AWS::DynamoDB::Table", "DeletionPolicy": "Retain"}}}}}}"#
    );
    let cfn = Cfn::new("Files");
    cfn.owned()
        .resources(&[(&scratch, "files-scratch-1a2b3c", "AWS::S3::Bucket"), (&ledger, "Files-Ledger-9Z8Y", TABLE)])
        .template(&deployed);
    cfn.frames([
        Frame::status("UPDATE_COMPLETE"),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
    ]);
    // The session's S3 client has no answers: any call to S3 would fail the test.
    let s = Session::new(&cfn, NONCE);

    let d = destroy_stack(&s.ctx, &m, OnDeleteFailure::Report).await.expect("destroyed");

    assert!(d.emptied.is_empty(), "{:?}", d.emptied);
    assert!(
        s.lines().iter().any(|l| l.contains(
            "not emptying Files/Scratch (files-scratch-1a2b3c): its DeletionPolicy RetainExceptOnCreate keeps it"
        )),
        "{}",
        s.err.text()
    );
    assert_eq!(
        d.retained,
        [
            Retained {
                path: "Files/Scratch".into(),
                resource_type: "AWS::S3::Bucket".into(),
                physical_id: "files-scratch-1a2b3c".into(),
                why: "DeletionPolicy RetainExceptOnCreate".into(),
            },
            Retained {
                path: "Files/Ledger".into(),
                resource_type: TABLE.into(),
                physical_id: "Files-Ledger-9Z8Y".into(),
                why: "DeletionPolicy Retain".into(),
            },
        ]
    );
}
