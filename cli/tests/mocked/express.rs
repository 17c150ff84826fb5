//! `--express`: CloudFormation's Express mode asked for on every stack operation forma
//! starts (the change set, the deletion), and on none without the flag.

use forma_cli::deploy::apply::{apply_stack, Applied};
use forma_cli::deploy::destroy::{destroy_stack, OnDeleteFailure};
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

use super::fake::{Cfn, Cs, Frame, NO_CHANGES};
use super::{job, storage, web, Session, NONCE};

/// Applies `Storage` over a stack whose change set turns out empty; returns the deployment
/// mode the change set was created with.
async fn change_set_mode(express: bool) -> Option<String> {
    let a = storage();
    let cfn = Cfn::new("Storage");
    cfn.frames([
        Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa"),
        Frame::status("UPDATE_COMPLETE"),
    ]);
    cfn.change_sets([Cs::Pending, Cs::Failed(NO_CHANGES.into())]);
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.express = express;
    let r = apply_stack(&s.ctx, job(&a)).await.expect("nothing to do is a success");
    assert_eq!(r.applied, Applied::NoChanges);
    cfn.calls_of("CreateChangeSet")[0].mode.clone()
}

#[tokio::test(start_paused = true)]
async fn express_apply_asks_for_express_mode_on_the_change_set_and_a_plain_one_does_not() {
    assert_eq!(change_set_mode(true).await.as_deref(), Some("EXPRESS"));
    assert_eq!(change_set_mode(false).await, None, "standard mode is CloudFormation's default: nothing is sent");
}

/// Destroys `Web`; returns the deployment mode the deletion was asked with.
async fn delete_mode(express: bool) -> Option<String> {
    let a = web();
    let cfn = Cfn::new("Web");
    cfn.owned();
    cfn.resources(&[]).template(&a.body);
    cfn.frames(Frame::deployed_then_deleted());
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.express = express;
    destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect("deleted");
    cfn.assert_script_done();
    cfn.calls_of("DeleteStack")[0].mode.clone()
}

#[tokio::test(start_paused = true)]
async fn express_destroy_asks_for_express_mode_on_the_deletion_and_a_plain_one_does_not() {
    assert_eq!(delete_mode(true).await.as_deref(), Some("EXPRESS"));
    assert_eq!(delete_mode(false).await, None);
}
