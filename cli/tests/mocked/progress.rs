//! Following an operation: per-resource events under construct paths, polling while in
//! progress, throttling, another operation running first, Ctrl-C.

use aws_sdk_cloudformation::types::Replacement;
use forma_cli::deploy::apply::{apply_stack, Applied};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

use super::fake::{modify, Cfn, Cs, Ev, Frame};
use super::{fingerprint_of, id_of, job, storage, Session, NONCE, QUEUE, TABLE};

const OLD_FINGERPRINT: &str = "00000000000000000000aaaa";

/// A previous run's update of both resources that failed on the queue and rolled back.
fn previous_run(table: &str, queue: &str) -> Vec<Ev> {
    let old = "forma-exec-00000000000000000000aaaa-11111111";
    vec![
        Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated").token(old),
        Ev::resource(table, TABLE, "UPDATE_IN_PROGRESS").token(old),
        Ev::resource(table, TABLE, "UPDATE_COMPLETE").token(old),
        Ev::resource(queue, QUEUE, "UPDATE_IN_PROGRESS").token(old),
        Ev::resource(queue, QUEUE, "UPDATE_FAILED")
            .reason("Resource handler returned message: \"old failure\" (HandlerErrorCode: InvalidRequest)")
            .token(old),
        Ev::stack("UPDATE_ROLLBACK_IN_PROGRESS")
            .reason(&format!("The following resource(s) failed to update: [{queue}]. "))
            .token(old),
        Ev::resource(table, TABLE, "UPDATE_IN_PROGRESS").token(old),
        Ev::resource(table, TABLE, "UPDATE_COMPLETE").token(old),
        Ev::stack("UPDATE_ROLLBACK_COMPLETE").token(old),
    ]
}

/// An update of both resources, in the frames CloudFormation answers while it runs.
fn update_frames(table: &str, queue: &str, in_progress_polls: usize) -> Vec<Frame> {
    let mut frames = vec![
        Frame::status("UPDATE_IN_PROGRESS").events([
            Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(table, TABLE, "UPDATE_IN_PROGRESS"),
            Ev::resource(queue, QUEUE, "UPDATE_IN_PROGRESS"),
        ]),
        Frame::status("UPDATE_IN_PROGRESS").events([Ev::resource(table, TABLE, "UPDATE_COMPLETE")]),
    ];
    frames.extend((2..in_progress_polls).map(|_| Frame::status("UPDATE_IN_PROGRESS")));
    frames.push(
        Frame::status("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")
            .events([Ev::resource(queue, QUEUE, "UPDATE_COMPLETE"), Ev::stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")]),
    );
    frames.push(Frame::status("UPDATE_COMPLETE").events([Ev::stack("UPDATE_COMPLETE")]));
    frames
}

fn expected_update_events() -> Vec<String> {
    [
        "UPDATE_IN_PROGRESS AWS::CloudFormation::Stack Storage User Initiated",
        "UPDATE_IN_PROGRESS AWS::DynamoDB::Table Storage/Data/Table",
        "UPDATE_IN_PROGRESS AWS::SQS::Queue Storage/Ingest/Queue",
        "UPDATE_COMPLETE AWS::DynamoDB::Table Storage/Data/Table",
        "UPDATE_COMPLETE AWS::SQS::Queue Storage/Ingest/Queue",
        "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS AWS::CloudFormation::Stack Storage",
        "UPDATE_COMPLETE AWS::CloudFormation::Stack Storage",
    ]
    .map(String::from)
    .to_vec()
}

fn assert_gaps(gaps: &[f64], expected: &[f64]) {
    assert_eq!(gaps.len(), expected.len(), "poll gaps {gaps:?}, expected {expected:?}");
    for (g, e) in gaps.iter().zip(expected) {
        assert!((g - e).abs() < 0.01, "poll gaps {gaps:?}, expected {expected:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn an_update_shows_this_operations_resource_events_by_construct_path() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    // Two events a page: the operation's first poll has to page back to its start.
    cfn.page_size(2).history(previous_run(&table, &queue));
    cfn.frames([Frame::status("UPDATE_ROLLBACK_COMPLETE").tag(FINGERPRINT_TAG, OLD_FINGERPRINT)]);
    cfn.frames(update_frames(&table, &queue, 4));
    cfn.change_sets([
        Cs::Pending,
        Cs::Complete(vec![modify(&table, TABLE, Replacement::False), modify(&queue, QUEUE, Replacement::False)]),
    ]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("the update succeeds");

    assert_eq!(r.applied, Applied::Updated);
    cfn.assert_script_done();
    let executed = cfn.calls_of("ExecuteChangeSet");
    let token = format!("forma-exec-{}-{NONCE}", fingerprint_of(&a.manifest));
    assert_eq!(executed.len(), 1);
    assert_eq!(executed[0].token.as_deref(), Some(token.as_str()), "events are told apart by this token");
    assert_eq!(s.events_shown("Storage"), expected_update_events(), "{}", s.err.text());
    let lines = s.lines();
    assert!(!s.err.text().contains("old failure"), "the previous run's events are not shown:\n{}", s.err.text());
    assert!(lines.contains(&"Storage: 0 to add, 2 to modify, 0 to remove".to_owned()), "{lines:#?}");
    assert!(lines.contains(&"~ AWS::DynamoDB::Table Storage/Data/Table".to_owned()), "{lines:#?}");
    assert!(lines.contains(&"Storage UPDATE_COMPLETE_CLEANUP_IN_PROGRESS".to_owned()), "status changes: {lines:#?}");
    // While in progress: a poll after 1 s, then each 1.5 times later.
    assert_gaps(&cfn.poll_gaps(1), &[1.0, 1.5, 2.25, 3.375, 5.0]);
}

#[tokio::test(start_paused = true)]
async fn polling_backs_off_to_five_seconds_even_when_nobody_can_cancel() {
    // An embedder's `Hooks::cancel` whose sender is gone must not turn waiting into a
    // busy loop of DescribeStacks calls.
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, OLD_FINGERPRINT)]);
    cfn.frames(update_frames(&table, &queue, 7));
    cfn.change_sets([Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)])]);
    let s = Session::new(&cfn, NONCE);
    drop(s.cancel);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("the update succeeds");

    assert_eq!(r.applied, Applied::Updated);
    cfn.assert_script_done();
    assert_gaps(&cfn.poll_gaps(1), &[1.0, 1.5, 2.25, 3.375, 5.0, 5.0, 5.0, 5.0]);
}

#[tokio::test(start_paused = true)]
async fn throttling_while_waiting_is_never_fatal_and_no_event_is_lost() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, OLD_FINGERPRINT)]);
    let mut frames = update_frames(&table, &queue, 2);
    // Two polls in a row are throttled while the queue finishes.
    frames.insert(2, Frame::throttled().events([Ev::resource(&queue, QUEUE, "UPDATE_COMPLETE")]));
    frames.insert(3, Frame::throttled());
    frames[4] =
        Frame::status("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS").events([Ev::stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")]);
    cfn.frames(frames);
    cfn.fail_next("DescribeChangeSet", "Throttling", "Rate exceeded");
    cfn.fail_next("DescribeStackEvents", "Throttling", "Rate exceeded");
    cfn.change_sets([Cs::Complete(vec![modify(&table, TABLE, Replacement::False)])]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("throttling does not fail the apply");

    assert_eq!(r.applied, Applied::Updated);
    cfn.assert_script_done();
    assert_eq!(cfn.rules.describe_change_set.num_calls(), 2, "the throttled DescribeChangeSet is asked again");
    let throttled: Vec<_> = cfn.calls_of("DescribeStacks").into_iter().filter(|c| c.detail == "Throttling").collect();
    assert_eq!(throttled.len(), 2);
    assert_eq!(s.events_shown("Storage"), expected_update_events(), "each event once, none lost");
    let notes = s.lines().iter().filter(|l| *l == "Storage throttled by CloudFormation; retrying").count();
    assert_eq!(notes, 2, "{}", s.err.text());
}

#[tokio::test(start_paused = true)]
async fn another_operation_in_progress_is_waited_for_before_the_change_set() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let other = "Console-UpdateStack-5e2d4f1a-8c3b-4e7d-9a6f-0b1c2d3e4f5a";
    let cfn = Cfn::new("Storage");
    cfn.owned();
    cfn.frames([
        Frame::status("UPDATE_IN_PROGRESS").events([
            Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated").token(other),
            Ev::resource(&table, TABLE, "UPDATE_IN_PROGRESS").token(other),
        ]),
        Frame::status("UPDATE_IN_PROGRESS").events([Ev::resource(&table, TABLE, "UPDATE_COMPLETE").token(other)]),
        Frame::status("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")
            .events([Ev::stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS").token(other)]),
        Frame::status("UPDATE_COMPLETE").events([Ev::stack("UPDATE_COMPLETE").token(other)]),
        // Looked at again once the other operation is over.
        Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, OLD_FINGERPRINT),
        Frame::status("UPDATE_IN_PROGRESS").events([
            Ev::stack("UPDATE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(&queue, QUEUE, "UPDATE_IN_PROGRESS"),
        ]),
        Frame::status("UPDATE_COMPLETE")
            .events([Ev::resource(&queue, QUEUE, "UPDATE_COMPLETE"), Ev::stack("UPDATE_COMPLETE")]),
    ]);
    cfn.change_sets([Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)])]);
    let s = Session::new(&cfn, NONCE);

    let r = apply_stack(&s.ctx, job(&a)).await.expect("the update succeeds after the other one");

    assert_eq!(r.applied, Applied::Updated);
    cfn.assert_script_done();
    let lines = s.lines();
    let note = lines.iter().position(|l| l == "Storage UPDATE_IN_PROGRESS is in progress; waiting for it to finish");
    let creating = lines.iter().position(|l| l == "Storage creating change set");
    assert!(note.is_some() && note < creating, "{lines:#?}");
    // The change set came only after the stack was seen settled.
    let calls = cfn.calls();
    let create = calls.iter().position(|c| c.op == "CreateChangeSet").expect("a change set");
    assert_eq!(calls[create - 1].detail, "UPDATE_COMPLETE", "{calls:#?}");
    assert_eq!(calls[create].detail, "UPDATE");
    assert_eq!(
        s.events_shown("Storage"),
        [
            "UPDATE_IN_PROGRESS AWS::CloudFormation::Stack Storage User Initiated",
            "UPDATE_IN_PROGRESS AWS::SQS::Queue Storage/Ingest/Queue",
            "UPDATE_COMPLETE AWS::SQS::Queue Storage/Ingest/Queue",
            "UPDATE_COMPLETE AWS::CloudFormation::Stack Storage",
        ],
        "only this run's events, not the other operation's"
    );
}

#[tokio::test(start_paused = true)]
async fn ctrl_c_stops_waiting_and_leaves_cloudformation_working() {
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, OLD_FINGERPRINT)]);
    cfn.frames(update_frames(&table, &queue, 2).into_iter().take(2));
    cfn.change_sets([Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)])]);
    let s = Session::new(&cfn, NONCE);
    let cancel = s.cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        let _ = cancel.send(true);
    });

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("interrupted");

    assert_eq!(e.kind, ErrorKind::Interrupted);
    assert_eq!(
        e.to_string(),
        "Storage: interrupted: stopped waiting; CloudFormation carries on with the stack (UPDATE_IN_PROGRESS)"
    );
    assert_eq!(e.hint.as_deref(), Some("run the same command again to attach to the stack and wait for it"));
    cfn.assert_script_done();
    // Polls at 0, 1 and 2.5 s; Ctrl-C at 3 s ends the wait at once, with one last look.
    assert_gaps(&cfn.poll_gaps(1), &[1.0, 1.5, 0.5]);
    assert_eq!(
        cfn.ops_since(0),
        ["DescribeStacks", "CreateChangeSet", "DescribeChangeSet", "ExecuteChangeSet", "DescribeStacks"],
        "nothing is cancelled or rolled back on CloudFormation's side"
    );
}
