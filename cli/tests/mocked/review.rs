//! Stacks in `REVIEW_IN_PROGRESS` (the shell a create change set makes), stacks deleted
//! under a running apply, and CloudFormation failing for a moment (HTTP 500) while forma
//! waits: each answered as CloudFormation answers, and each read the way a person expects.

use forma_cli::deploy::apply::{apply_stack, Applied};
use forma_cli::deploy::destroy::{destroy_stack, OnDeleteFailure};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::{status_stacks, Contexts};
use forma_cli::exit;

use super::fake::{add, Cfn, Cs, Ev, Frame};
use super::{id_of, job, storage, Session, NONCE, QUEUE, TABLE};

/// What CloudFormation says of a template it cannot use.
const TEMPLATE_ERROR: &str =
    "Template format error: Unresolved resource dependencies [Missing] in the Resources block of the template";

#[tokio::test(start_paused = true)]
async fn another_tools_stack_in_review_is_not_taken_over_without_adopt() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    // Made by `sam deploy --no-execute-changeset`, say: its change set awaits review.
    cfn.frames([Frame::status("REVIEW_IN_PROGRESS")]).foreign_change_set("samcli-deploy1717243200");
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("not forma's stack");

    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(
        e.to_string(),
        "Storage: a stack of this name exists (REVIEW_IN_PROGRESS), and forma did not deploy it: not changed"
    );
    super::ownership::assert_only_reads(&cfn);
}

#[tokio::test(start_paused = true)]
async fn forma_picks_up_its_own_stack_left_in_review_by_an_interrupted_run() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    // Ctrl-C came after CreateChangeSet: only forma's change set is on the stack.
    cfn.foreign_change_set("forma-0123456789abcdef01234567-cafef00d");
    cfn.frames([
        Frame::status("REVIEW_IN_PROGRESS"),
        Frame::status("CREATE_IN_PROGRESS").events([Ev::stack("CREATE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("CREATE_COMPLETE").events([Ev::stack("CREATE_COMPLETE")]),
    ]);
    cfn.change_sets([Cs::Complete(vec![add(&table, TABLE), add(&queue, QUEUE)])]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("forma's own stack");

    assert_eq!(r.applied, Applied::Created);
    cfn.assert_script_done();
}

#[tokio::test(start_paused = true)]
async fn a_failed_first_change_set_leaves_no_empty_stack_behind() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::missing(), Frame::status("REVIEW_IN_PROGRESS")]);
    cfn.change_sets([Cs::Failed(TEMPLATE_ERROR.into())]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("the change set failed");

    assert_eq!(e.kind, ErrorKind::Failed);
    let lines: Vec<&str> = e.message.lines().collect();
    assert_eq!(lines[0], format!("the change set failed: {TEMPLATE_ERROR}"));
    assert_eq!(lines[1], "  the empty stack it made (REVIEW_IN_PROGRESS) was deleted");
    let deleted = cfn.calls_of("DeleteStack");
    assert_eq!(deleted.len(), 1, "{:?}", cfn.calls());
    assert_eq!(deleted[0].stack, cfn.id(), "by id: exactly the stack the change set made");
}

#[tokio::test(start_paused = true)]
async fn a_declined_first_change_set_leaves_no_empty_stack_behind() {
    let a = super::web();
    let role = id_of(&a.manifest, "Web/Api/Role");
    let cfn = Cfn::new("Web");
    cfn.frames([Frame::missing(), Frame::status("REVIEW_IN_PROGRESS")]);
    cfn.change_sets([Cs::Complete(vec![add(&role, "AWS::IAM::Role")])]);
    // Not interactive and no --yes: an IAM change is not applied.
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("needs confirmation");

    assert_eq!(e.kind, ErrorKind::NeedsConfirmation);
    assert!(e.message.ends_with("\n  the empty stack it made (REVIEW_IN_PROGRESS) was deleted"), "{e}");
    assert_eq!(cfn.calls_of("DeleteStack").len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_stack_deleted_while_it_is_applied_says_so() {
    // Someone deletes it from the console meanwhile.
    let (a, cfn) = updating([
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").token("Console-DeleteStack-1")]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE").token("Console-DeleteStack-1")]),
    ]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("the stack is gone");

    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(e.to_string(), "Storage: deleted by another operation while applying (the stack is DELETE_COMPLETE)");
    let hint = e.hint.unwrap_or_default();
    assert!(hint.contains("run apply again to create it anew") && !hint.contains("fix the cause"), "{hint}");
}

/// `Storage`, deployed by forma, updated with the table added: CloudFormation answers the
/// polls after the update started with `then`.
fn updating(then: impl IntoIterator<Item = Frame>) -> (forma_synth::StackArtifact, Cfn) {
    let a = storage();
    let table = id_of(&a.manifest, "Storage/Data/Table");
    let cfn = Cfn::new("Storage");
    cfn.owned();
    cfn.frames([
        Frame::status("UPDATE_COMPLETE"),
        Frame::status("UPDATE_IN_PROGRESS").events([Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated")]),
    ]);
    cfn.frames(then);
    cfn.change_sets([Cs::Complete(vec![add(&table, TABLE)])]);
    (a, cfn)
}

#[tokio::test(start_paused = true)]
async fn a_server_error_while_waiting_is_asked_again_not_fatal() {
    let (a, cfn) = updating([
        Frame::internal_failure(),
        Frame::internal_failure(),
        Frame::status("UPDATE_COMPLETE").events([Ev::stack("UPDATE_COMPLETE")]),
    ]);
    cfn.fail_next("DescribeStackEvents", "InternalFailure", "An internal error occurred.");
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("the update completes");

    assert_eq!(r.applied, Applied::Updated);
    cfn.assert_script_done();
    assert!(s.err.text().contains("InternalFailure: An internal error occurred.; retrying"), "{}", s.err.text());
}

#[tokio::test(start_paused = true)]
async fn server_errors_that_do_not_stop_end_the_wait_with_the_error() {
    let (a, cfn) = updating([Frame::internal_failure()]);
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("CloudFormation keeps failing");

    assert!(e.message.contains("DescribeStacks: InternalFailure: An internal error occurred."), "{e}");
    assert!(e.transient);
}

#[tokio::test(start_paused = true)]
async fn destroy_asks_again_when_describing_the_resources_fails_for_a_moment() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.owned().template(&a.body).resources(&[]);
    cfn.fail_next("DescribeStackResources", "InternalFailure", "An internal error occurred.");
    cfn.fail_next("DescribeStackResources", "InternalFailure", "An internal error occurred.");
    cfn.frames(Frame::deployed_then_deleted());
    let s = Session::new(&cfn, NONCE);

    let d = destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect("destroyed");

    assert!(!d.absent);
    assert_eq!(cfn.rules.describe_stack_resources.num_calls(), 3);
    assert_eq!(cfn.calls_of("DeleteStack").len(), 1);
}

#[tokio::test(start_paused = true)]
async fn status_shows_a_stack_in_review_as_it_is() {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("REVIEW_IN_PROGRESS")]);
    let (ctx, out, _err) = super::status::context(cfn.client.clone());

    let code =
        status_stacks(&Contexts::single(std::sync::Arc::new(ctx)), std::slice::from_ref(&a.manifest), false).await;

    assert_eq!(code, Ok(exit::SUCCESS));
    let row = out.text().lines().find(|l| l.starts_with("Storage")).unwrap_or_default().to_owned();
    assert!(row.contains("REVIEW_IN_PROGRESS"), "not 'not deployed': {}", out.text());
}

#[tokio::test(start_paused = true)]
async fn only_a_sam_template_is_sent_with_the_capability_to_expand_macros() {
    for transform in [None, Some(forma_synth::SAM_TRANSFORM)] {
        let mut a = storage();
        a.manifest.transform = transform.map(str::to_owned);
        let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
        let cfn = Cfn::new("Storage");
        cfn.frames([
            Frame::missing(),
            Frame::status("CREATE_IN_PROGRESS").events([Ev::stack("CREATE_IN_PROGRESS").reason("User Initiated")]),
            Frame::status("CREATE_COMPLETE").events([Ev::stack("CREATE_COMPLETE")]),
        ]);
        cfn.change_sets([Cs::Complete(vec![add(&table, TABLE), add(&queue, QUEUE)])]);
        let s = Session::new(&cfn, NONCE);

        let r = apply_stack(&s.ctx, job(&a)).await.expect("the stack is created");

        assert_eq!(r.applied, Applied::Created);
        let sent = &cfn.calls_of("CreateChangeSet")[0].capabilities;
        assert!(sent.iter().any(|c| c == "CAPABILITY_NAMED_IAM"), "{sent:?}");
        assert_eq!(sent.iter().any(|c| c == "CAPABILITY_AUTO_EXPAND"), transform.is_some(), "{transform:?}: {sent:?}");
    }
}
