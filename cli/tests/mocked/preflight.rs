//! The morning check and CloudFormation's pre-deployment validation, against
//! CloudFormation's answers: findings named by construct path, a stack in a state that
//! stops the run found before any change, and the import of the app's retained resources.

use forma_cli::deploy::apply::apply_stack;
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::preflight;
use forma_dsl::{App, DeletionPolicy, RawResource};
use forma_synth::StackArtifact;

use super::fake::{Cfn, Cs, Frame};
use super::{id_of, job, Session, NONCE};

const EARLY_VALIDATION: &str =
    "The following hook(s)/validation failed: [AWS::EarlyValidation::ResourceExistenceCheck]. \
     To troubleshoot Early Validation errors, use the DescribeEvents API for detailed failure information.";

/// `Night`: a bucket with a fixed name, retained.
fn night() -> StackArtifact {
    let app = App::new();
    app.stack("Night")
        .add("Archive", RawResource::new("AWS::S3::Bucket").property("BucketName", "night-archive"))
        .set_deletion_policy(DeletionPolicy::Retain);
    forma_synth::synthesize(&app, forma_synth::Format::Json).expect("synthesizes").stacks.remove(0)
}

#[tokio::test(start_paused = true)]
async fn a_failed_validation_is_shown_with_the_construct_path() {
    let a = night();
    let archive = id_of(&a.manifest, "Night/Archive");
    let cfn = Cfn::new("Night");
    cfn.frames([Frame::missing(), Frame::status("REVIEW_IN_PROGRESS")]);
    cfn.change_sets([Cs::Failed(EARLY_VALIDATION.into())]);
    cfn.validation_error(
        &archive,
        "AWS::S3::Bucket",
        "AWS::EarlyValidation::ResourceExistenceCheck",
        "Resource of type 'AWS::S3::Bucket' with identifier 'night-archive' already exists.",
        &format!("/Resources/{archive}/Properties/BucketName"),
    );
    let s = Session::new(&cfn, NONCE);

    let e = apply_stack(&s.ctx, job(&a)).await.expect_err("the change set failed validation");

    assert_eq!(e.kind, ErrorKind::Failed);
    let lines: Vec<&str> = e.message.lines().collect();
    assert_eq!(lines[0], format!("the change set failed: {EARLY_VALIDATION}"));
    assert_eq!(
        lines[1],
        format!(
            "  Night/Archive (AWS::S3::Bucket): Resource of type 'AWS::S3::Bucket' with identifier 'night-archive' \
             already exists. at /Resources/{archive}/Properties/BucketName [ResourceExistenceCheck]"
        )
    );
    let asked = cfn.calls_of("DescribeEvents");
    assert_eq!(asked.len(), 1);
    assert!(asked[0].detail.contains("changeSet/forma-"), "asked for this change set's events: {}", asked[0].detail);
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 0);
}

#[tokio::test(start_paused = true)]
async fn a_stack_stuck_in_delete_failed_stops_the_run_before_any_change() {
    let a = night();
    let cfn = Cfn::new("Night");
    cfn.owned();
    cfn.frames([Frame::status("DELETE_FAILED")]);
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.aws.tagging = aws_smithy_mocks::mock_client!(
        aws_sdk_resourcegroupstagging,
        aws_smithy_mocks::RuleMode::MatchAny,
        &[&aws_smithy_mocks::mock!(aws_sdk_resourcegroupstagging::Client::get_resources).then_output(|| {
            aws_sdk_resourcegroupstagging::operation::get_resources::GetResourcesOutput::builder().build()
        })]
    );

    let e = preflight::check(&s.ctx, &[job(&a)], false).await.expect_err("a stack apply cannot recover");

    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(
        e.message,
        "preflight: the run would stop part way; nothing was changed:\n  Night: the stack is in DELETE_FAILED; \
         forma destroy Night --retain-failed removes it, then apply again"
    );
    assert_eq!(cfn.rules.create_change_set.num_calls() + cfn.rules.delete_stack.num_calls(), 0, "nothing changed");
}

#[tokio::test(start_paused = true)]
async fn the_import_flag_reaches_the_change_set() {
    let a = night();
    let cfn = Cfn::new("Night");
    cfn.frames([Frame::missing(), Frame::status("REVIEW_IN_PROGRESS"), Frame::status("CREATE_COMPLETE")]);
    cfn.change_sets([Cs::Complete(vec![super::fake::add(&id_of(&a.manifest, "Night/Archive"), "AWS::S3::Bucket")])]);
    let s = Session::new(&cfn, NONCE);
    let mut j = job(&a);
    j.import_existing = true;

    apply_stack(&s.ctx, j).await.expect("applied");

    let created = cfn.calls_of("CreateChangeSet");
    assert!(created[0].import_existing, "ImportExistingResources sent");
    let plain = Cfn::new("Night");
    plain.frames([Frame::missing(), Frame::status("REVIEW_IN_PROGRESS"), Frame::status("CREATE_COMPLETE")]);
    plain.change_sets([Cs::Complete(Vec::new())]);
    let s = Session::new(&plain, NONCE);
    apply_stack(&s.ctx, job(&a)).await.expect("applied");
    assert!(!plain.calls_of("CreateChangeSet")[0].import_existing, "not sent without the flag");
}
