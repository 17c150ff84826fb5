//! Ctrl-C while waiting: forma stops waiting and says how to attach again; running the
//! same command again finishes the job.

use std::sync::Arc;

use forma_cli::{exit, Hooks};
use forma_dsl::{App, RawResource};
use tokio::sync::watch;

use super::{assert_ok, Emulator};

const QUEUE: &str = "forma-e2e-interrupted";

/// Hooks that act as Ctrl-C right after the first operation is started.
fn interrupt_after_start() -> Hooks {
    let (tx, rx) = watch::channel(false);
    Hooks {
        after_execute: Some(Arc::new(move |_: &str| {
            let _ = tx.send(true);
        })),
        cancel: Some(rx),
    }
}

#[test]
fn an_interrupted_apply_or_destroy_finishes_when_run_again() {
    let emu = Emulator::start("interrupt");
    let app = App::new();
    app.stack("Slow").add("Queue", RawResource::new("AWS::SQS::Queue").property("QueueName", QUEUE));

    let first = emu.forma_with(&app, "apply", &[], &interrupt_after_start());
    assert_eq!(first.code, exit::INTERRUPTED, "{}", first.err);
    assert!(first.err.contains("Slow: interrupted: stopped waiting"), "{}", first.err);
    assert!(first.err.contains("hint: run the same command again"), "{}", first.err);
    assert!(!first.err.contains("✓ Slow"), "{}", first.err);

    let second = emu.forma(&app, "apply", &[]);
    assert_ok(&second);
    assert!(second.err.contains("✓ Slow: "), "{}", second.err);
    assert_eq!(emu.stack_status("Slow").as_deref(), Some("CREATE_COMPLETE"));
    assert!(emu.queue_url(QUEUE).is_some());

    let first = emu.forma_with(&app, "destroy", &[], &interrupt_after_start());
    assert_eq!(first.code, exit::INTERRUPTED, "{}", first.err);
    assert!(first.err.contains("Slow: interrupted: stopped waiting"), "{}", first.err);
    assert!(first.err.contains("hint: run the same command again"), "{}", first.err);

    let second = emu.forma(&app, "destroy", &[]);
    assert_ok(&second);
    assert!(second.err.contains("✓ Slow: "), "{}", second.err);
    assert_eq!(emu.stack_status("Slow"), None);
    assert!(emu.queue_url(QUEUE).is_none());
}
