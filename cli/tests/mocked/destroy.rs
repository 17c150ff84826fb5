//! Destroy: DELETE_FAILED with each failed resource and its reason, `--retain-failed`, and
//! a stack whose export another stack still imports.

use forma_cli::deploy::destroy::{destroy_stack, OnDeleteFailure, Retained};
use forma_cli::deploy::error::ErrorKind;

use super::fake::{Cfn, Ev, Frame};
use super::{id_of, storage, web, Session, NONCE, QUEUE, TABLE};

const SECURITY_GROUP: &str = "AWS::EC2::SecurityGroup";
const ROLE: &str = "AWS::IAM::Role";
const SG_ID: &str = "sg-0a1b2c3d4e5f60718";
const ROLE_NAME: &str = "Web-ApiRole-1Q2W3E4R5T6Y";
/// A failure destroy cannot act on (waiting does not change a permission).
const SG_REASON: &str = "Resource handler returned message: \"You are not authorized to perform this operation. \
     (Service: Ec2, Status Code: 403, Request ID: 3b1f0e2d-4c5a-4e6f-9a8b-7c6d5e4f3a2b)\" (RequestToken: \
     6e5d4c3b-2a19-4f8e-8d7c-6b5a4f3e2d1c, HandlerErrorCode: AccessDenied)";
/// A security group that Lambda's network interfaces still hold: it lets go by itself.
const SG_IN_USE: &str = "Resource handler returned message: \"resource sg-0a1b2c3d4e5f60718 has a dependent object \
     (Service: Ec2, Status Code: 400, Request ID: 7c2d1e0f-3a4b-4c5d-8e9f-0a1b2c3d4e5f)\" (RequestToken: \
     0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0, HandlerErrorCode: GeneralServiceException)";
const BUCKET_NOT_EMPTY: &str = "Resource handler returned message: \"The bucket you tried to delete is not empty \
     (Service: S3, Status Code: 409, Request ID: 4Z5X6C7V8B9N0M1Q, Extended Request ID: \
     q8Gm2rT0w+FhJ9kLxYp3vN6bC1dE5aZ7sU4iO0e=)\" (RequestToken: 2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819, \
     HandlerErrorCode: GeneralServiceException)";
const ROLE_REASON: &str = "Resource handler returned message: \"Cannot delete entity, must detach all policies first. \
     (Service: Iam, Status Code: 409, Request ID: 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a)\" (RequestToken: \
     1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, HandlerErrorCode: GeneralServiceException)";

/// `Web` deployed, then a delete in which the security group and the role fail.
fn failing_delete() -> (Cfn, String, String) {
    let a = web();
    let (sg, role) = (id_of(&a.manifest, "Web/Api/SecurityGroup"), id_of(&a.manifest, "Web/Api/Role"));
    let failed = format!("The following resource(s) failed to delete: [{sg}, {role}]. ");
    let cfn = Cfn::new("Web");
    cfn.owned();
    cfn.resources(&[(&sg, SG_ID, SECURITY_GROUP), (&role, ROLE_NAME, ROLE)]).template(&a.body);
    cfn.frames([
        Frame::status("CREATE_COMPLETE"),
        Frame::status("DELETE_IN_PROGRESS").events([
            Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(&role, ROLE, "DELETE_IN_PROGRESS").physical(ROLE_NAME),
            Ev::resource(&sg, SECURITY_GROUP, "DELETE_IN_PROGRESS").physical(SG_ID),
        ]),
        Frame::status("DELETE_FAILED").reason(&failed).events([
            Ev::resource(&sg, SECURITY_GROUP, "DELETE_FAILED").physical(SG_ID).reason(SG_REASON),
            Ev::resource(&role, ROLE, "DELETE_FAILED").physical(ROLE_NAME).reason(ROLE_REASON),
            Ev::stack("DELETE_FAILED").reason(&failed),
        ]),
    ]);
    (cfn, sg, role)
}

/// What [`failing_delete`] leaves, each with `why` before CloudFormation's reason.
fn left_by_failing_delete(why: &str) -> [Retained; 2] {
    let left = |path: &str, resource_type: &str, physical_id: &str, reason: &str| Retained {
        path: path.into(),
        resource_type: resource_type.into(),
        physical_id: physical_id.into(),
        why: format!("{why}: {reason}"),
    };
    [
        left("Web/Api/SecurityGroup", SECURITY_GROUP, SG_ID, SG_REASON),
        left("Web/Api/Role", ROLE, ROLE_NAME, ROLE_REASON),
    ]
}

#[tokio::test(start_paused = true)]
async fn delete_failed_reports_each_failed_resource_and_its_reason() {
    let (cfn, _, _) = failing_delete();
    let s = Session::new(&cfn, NONCE);

    let e = destroy_stack(&s.ctx, &web().manifest, OnDeleteFailure::Report).await.expect_err("DELETE_FAILED");

    cfn.assert_script_done();
    assert_eq!(e.kind, ErrorKind::Failed);
    let lines: Vec<&str> = e.message.lines().collect();
    assert_eq!(lines[0], "failed: DELETE_FAILED");
    assert_eq!(
        lines[1],
        format!("  root cause: Web/Api/SecurityGroup (AWS::EC2::SecurityGroup) DELETE_FAILED: {SG_REASON}")
    );
    assert_eq!(lines[2], format!("  then: Web/Api/Role DELETE_FAILED: {ROLE_REASON}"));
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("forma destroy Web --retain-failed")), "{:?}", e.hint);
    assert_eq!(cfn.rules.delete_stack.num_calls(), 1, "no second attempt without --retain-failed");
    let shown = s.events_shown("Web");
    for line in [
        format!("DELETE_FAILED AWS::EC2::SecurityGroup Web/Api/SecurityGroup {SG_REASON}"),
        format!("DELETE_FAILED AWS::IAM::Role Web/Api/Role {ROLE_REASON}"),
    ] {
        assert!(shown.contains(&line), "{line} in {shown:#?}");
    }
}

#[tokio::test(start_paused = true)]
async fn retain_failed_deletes_again_keeping_the_failed_resources_and_lists_them() {
    let (cfn, sg, role) = failing_delete();
    cfn.frames([
        Frame::status("DELETE_IN_PROGRESS").events([
            Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated"),
            Ev::resource(&sg, SECURITY_GROUP, "DELETE_SKIPPED").physical(SG_ID),
            Ev::resource(&role, ROLE, "DELETE_SKIPPED").physical(ROLE_NAME),
        ]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
    ]);
    let s = Session::new(&cfn, NONCE);

    let d = destroy_stack(&s.ctx, &web().manifest, OnDeleteFailure::RetainFailed)
        .await
        .expect("deleted, keeping what failed");

    cfn.assert_script_done();
    assert!(!d.absent);
    let deletes = cfn.calls_of("DeleteStack");
    assert_eq!(deletes.len(), 2);
    assert_eq!(deletes[0].detail, "", "the first delete retains nothing");
    assert_eq!(deletes[1].detail, format!("{sg},{role}"), "RetainResources: the failed logical ids");
    assert_eq!(deletes[1].stack, cfn.id());
    assert_ne!(deletes[0].token, deletes[1].token, "each delete is its own operation");
    assert!(
        s.lines().contains(&format!("Web DELETE_FAILED; deleting again, retaining {sg}, {role}")),
        "{}",
        s.err.text()
    );
    assert_eq!(d.retained, left_by_failing_delete("could not be deleted"));
}

#[tokio::test(start_paused = true)]
async fn force_deletes_a_delete_failed_stack_and_lists_what_it_left_with_the_reasons() {
    let (cfn, sg, role) = failing_delete();
    cfn.frames([
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_COMPLETE").events([Ev::stack("DELETE_COMPLETE")]),
    ]);
    let s = Session::new(&cfn, NONCE);

    let d = destroy_stack(&s.ctx, &web().manifest, OnDeleteFailure::Force).await.expect("the stack is gone");

    cfn.assert_script_done();
    let deletes = cfn.calls_of("DeleteStack");
    assert_eq!(deletes.len(), 2);
    assert_eq!(deletes[0].deletion, None, "the first delete is a plain one");
    assert_eq!(deletes[1].deletion.as_deref(), Some("FORCE_DELETE_STACK"));
    assert_eq!(deletes[1].detail, "", "a forced delete retains nothing by name: CloudFormation leaves what failed");
    assert!(
        s.lines().contains(&format!("Web DELETE_FAILED; force-deleting the stack, leaving {sg}, {role}")),
        "{}",
        s.err.text()
    );
    assert_eq!(d.retained, left_by_failing_delete("left in place by --force"));
}

#[tokio::test(start_paused = true)]
async fn destroying_a_stack_whose_export_is_imported_says_which_stack_imports_it() {
    // CloudFormation takes the DeleteStack, then leaves the stack as it was
    // (UPDATE_COMPLETE), the reason on the stack and on its event.
    const EXPORT_IN_USE: &str = "Export Storage:Table cannot be deleted as it is in use by Ingest";
    let a = storage();
    let (table, queue) = (id_of(&a.manifest, "Storage/Data/Table"), id_of(&a.manifest, "Storage/Ingest/Queue"));
    let cfn = Cfn::new("Storage");
    cfn.owned();
    cfn.resources(&[(&table, "Storage-DataTable-1F2E3D4C", TABLE), (&queue, "https://sqs/Storage-IngestQueue", QUEUE)])
        .template(&a.body);
    cfn.frames([
        Frame::status("UPDATE_COMPLETE").output("TableName", "Storage-DataTable-1F2E3D4C", Some("Storage:Table")),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("UPDATE_COMPLETE")
            .reason(EXPORT_IN_USE)
            .events([Ev::stack("UPDATE_COMPLETE").reason(EXPORT_IN_USE)]),
    ]);
    let s = Session::new(&cfn, NONCE);

    let e = destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::RetainFailed).await.expect_err("the stack stays");

    cfn.assert_script_done();
    assert_eq!(e.kind, ErrorKind::Failed);
    assert!(e.message.contains(EXPORT_IN_USE), "{}", e.message);
    assert!(
        e.hint.as_deref().is_some_and(|h| h.contains("another stack imports this export")),
        "not `run destroy again`: {:?}",
        e.hint
    );
    assert_eq!(cfn.rules.delete_stack.num_calls(), 1, "nothing failed to delete, so nothing to retain");
}

#[tokio::test(start_paused = true)]
async fn resources_slow_to_delete_are_named_with_the_reason_before_the_wait() {
    use forma_dsl::{obj, App, RawResource};
    let app = App::new();
    let edge = app.stack("Edge");
    edge.add(
        "Worker",
        RawResource::new("AWS::Lambda::Function")
            .property("Role", "arn:aws:iam::123456789012:role/worker")
            .property("Code", obj! { "ZipFile" => "def handler(e, c): pass" })
            .property("VpcConfig", obj! { "SubnetIds" => vec!["subnet-0a"], "SecurityGroupIds" => vec!["sg-0a"] }),
    );
    edge.add(
        "Cdn",
        RawResource::new("AWS::CloudFront::Distribution").property(
            "DistributionConfig",
            obj! {
                "Enabled" => true,
                "DefaultCacheBehavior" => obj! {
                    "TargetOriginId" => "site",
                    "ViewerProtocolPolicy" => "redirect-to-https",
                    "LambdaFunctionAssociations" => vec![obj! {
                        "EventType" => "viewer-request",
                        "LambdaFunctionARN" => "arn:aws:lambda:us-east-1:123456789012:function:edge:1",
                    }],
                },
            },
        ),
    );
    let settings = forma_synth::Settings { value_checks: forma_synth::ValueChecks::Warnings, ..Default::default() };
    let a = forma_synth::synthesize_with(&app, settings).expect("the app synthesizes").stacks.remove(0);
    let cfn = Cfn::new("Edge");
    cfn.owned();
    cfn.resources(&[]).template(&a.body);
    cfn.frames(Frame::deployed_then_deleted());
    let s = Session::new(&cfn, NONCE);

    destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect("deleted");

    let lines = s.lines();
    let named =
        |path: &str, words: &str| lines.iter().any(|l| l.starts_with(&format!("Edge {path}: ")) && l.contains(words));
    assert!(named("Edge/Worker", "runs in a VPC") && named("Edge/Worker", "5 to 40 minutes"), "{lines:#?}");
    assert!(named("Edge/Cdn", "Lambda@Edge") && named("Edge/Cdn", "a few hours"), "{lines:#?}");
}

/// A deployed stack whose first delete ends DELETE_FAILED on one resource `(logical id,
/// type, physical id)` for `reason`, and whose second delete completes.
fn fails_once_then_deletes(cfn: &Cfn, (logical, kind, physical): (&str, &str, &str), reason: &str) {
    let failed = format!("The following resource(s) failed to delete: [{logical}]. ");
    cfn.frames([
        Frame::status("CREATE_COMPLETE"),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_FAILED").reason(&failed).events([
            Ev::resource(logical, kind, "DELETE_FAILED").physical(physical).reason(reason),
            Ev::stack("DELETE_FAILED").reason(&failed),
        ]),
        Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
        Frame::status("DELETE_COMPLETE")
            .events([Ev::resource(logical, kind, "DELETE_COMPLETE").physical(physical), Ev::stack("DELETE_COMPLETE")]),
    ]);
}

#[tokio::test(start_paused = true)]
async fn a_resource_still_in_use_is_given_time_and_the_stack_deleted_again() {
    let a = web();
    let sg = id_of(&a.manifest, "Web/Api/SecurityGroup");
    let cfn = Cfn::new("Web");
    cfn.owned();
    cfn.resources(&[(&sg, SG_ID, SECURITY_GROUP)]).template(&a.body);
    fails_once_then_deletes(&cfn, (&sg, SECURITY_GROUP, SG_ID), SG_IN_USE);
    let s = Session::new(&cfn, NONCE);
    let start = tokio::time::Instant::now();

    let d = destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect("deleted on the second try");

    cfn.assert_script_done();
    assert!(d.retained.is_empty(), "{:?}", d.retained);
    let deletes = cfn.calls_of("DeleteStack");
    assert_eq!(deletes.len(), 2, "deleted again once the security group was let go");
    assert_ne!(deletes[0].token, deletes[1].token, "each delete is its own operation");
    assert_eq!(deletes[1].detail, "", "nothing retained: the retry is a plain delete");
    assert!(
        s.lines().contains(&format!(
            "Web Web/Api/SecurityGroup ({SG_ID}) is still in use; waiting 60s for it to be let go, then deleting again"
        )),
        "{}",
        s.err.text()
    );
    assert!(start.elapsed() >= std::time::Duration::from_secs(60), "waited before the second delete");
}

#[tokio::test(start_paused = true)]
async fn a_resource_that_stays_in_use_is_tried_three_more_times_then_reported() {
    let a = web();
    let sg = id_of(&a.manifest, "Web/Api/SecurityGroup");
    let failed = format!("The following resource(s) failed to delete: [{sg}]. ");
    let cfn = Cfn::new("Web");
    cfn.owned();
    cfn.resources(&[(&sg, SG_ID, SECURITY_GROUP)]).template(&a.body);
    cfn.frames([Frame::status("CREATE_COMPLETE")]);
    for _ in 0..4 {
        cfn.frames([
            Frame::status("DELETE_IN_PROGRESS").events([Ev::stack("DELETE_IN_PROGRESS").reason("User Initiated")]),
            Frame::status("DELETE_FAILED").reason(&failed).events([
                Ev::resource(&sg, SECURITY_GROUP, "DELETE_FAILED").physical(SG_ID).reason(SG_IN_USE),
                Ev::stack("DELETE_FAILED").reason(&failed),
            ]),
        ]);
    }
    let s = Session::new(&cfn, NONCE);
    let start = tokio::time::Instant::now();

    let e = destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect_err("still in use");

    cfn.assert_script_done();
    assert_eq!(cfn.calls_of("DeleteStack").len(), 4, "the first delete and three more");
    assert!(start.elapsed() >= std::time::Duration::from_secs(60 + 120 + 240), "waits grow: 1, 2, 4 minutes");
    assert!(e.message.contains(SG_IN_USE), "{}", e.message);
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("--retain-failed")), "{:?}", e.hint);
}

/// A bucket's objects, behind `ListObjectVersions` and `DeleteObjects` as S3 answers them.
#[derive(Clone, Default)]
struct Objects(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Objects {
    fn put(&self, key: &str) {
        self.0.lock().expect("objects").push(key.into());
    }

    fn rules(&self) -> Vec<aws_smithy_mocks::Rule> {
        use aws_sdk_s3::operation::delete_objects::DeleteObjectsOutput;
        use aws_sdk_s3::operation::list_object_versions::ListObjectVersionsOutput;
        use aws_sdk_s3::types::ObjectVersion;
        let (list, delete) = (self.clone(), self.clone());
        vec![
            aws_smithy_mocks::mock!(aws_sdk_s3::Client::list_object_versions).then_compute_output(move |_| {
                let keys = list.0.lock().expect("objects").clone();
                ListObjectVersionsOutput::builder()
                    .set_versions(Some(
                        keys.iter().map(|k| ObjectVersion::builder().key(k).version_id("null").build()).collect(),
                    ))
                    .build()
            }),
            aws_smithy_mocks::mock!(aws_sdk_s3::Client::delete_objects).then_compute_output(move |input| {
                let gone: Vec<String> = input
                    .delete()
                    .map(|d| d.objects().iter().map(|o| o.key().to_owned()).collect())
                    .unwrap_or_default();
                delete.0.lock().expect("objects").retain(|k| !gone.contains(k));
                DeleteObjectsOutput::builder().build()
            }),
        ]
    }
}

#[tokio::test(start_paused = true)]
async fn a_bucket_that_gains_objects_during_the_delete_is_emptied_again_and_the_stack_deleted() {
    use forma_dsl::{App, RawResource};
    const BUCKET: &str = "files-scratch-1a2b3c";
    const BUCKET_TYPE: &str = "AWS::S3::Bucket";
    let app = App::new();
    app.stack("Files").add("Scratch", RawResource::new(BUCKET_TYPE)).empty_on_destroy();
    let a = forma_synth::synthesize(&app, forma_synth::Format::Json).expect("synthesizes").stacks.remove(0);
    let bucket = id_of(&a.manifest, "Files/Scratch");
    let cfn = Cfn::new("Files");
    cfn.owned();
    cfn.resources(&[(&bucket, BUCKET, BUCKET_TYPE)]).template(&a.body);
    fails_once_then_deletes(&cfn, (&bucket, BUCKET_TYPE, BUCKET), BUCKET_NOT_EMPTY);
    let objects = Objects::default();
    for key in ["a.json", "b.json"] {
        objects.put(key);
    }
    // A writer that was still running: an object lands while CloudFormation deletes.
    let writer = objects.clone();
    let first = std::sync::atomic::AtomicBool::new(true);
    cfn.on_call("DeleteStack", move || {
        if first.swap(false, std::sync::atomic::Ordering::SeqCst) {
            writer.put("late.json");
        }
    });
    let mut s = Session::new(&cfn, NONCE);
    let rules = objects.rules();
    s.ctx.aws.s3 = aws_smithy_mocks::mock_client!(aws_sdk_s3, aws_smithy_mocks::RuleMode::MatchAny, &rules);

    let d = destroy_stack(&s.ctx, &a.manifest, OnDeleteFailure::Report).await.expect("deleted on the second try");

    cfn.assert_script_done();
    assert_eq!(cfn.calls_of("DeleteStack").len(), 2);
    assert_eq!(d.emptied, [(BUCKET.to_owned(), 3)], "two objects before the delete, one after");
    assert!(
        s.lines().contains(&format!(
            "Files Files/Scratch ({BUCKET}) gained objects while it was deleted: emptied again (1)"
        )),
        "{}",
        s.err.text()
    );
}
