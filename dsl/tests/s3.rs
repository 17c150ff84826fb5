//! s3::Bucket: secure defaults, options, grants, escape hatches.

use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::prelude::*;
use forma_dsl::s3::{Bucket, BucketEncryption, BucketProps, LifecycleRule, RuleStatus};
use forma_dsl::{App, RemovalPolicy};
use serde_json::json;

use crate::support::{only, problems, resources, synth};

#[test]
fn a_default_bucket_is_private_encrypted_owner_enforced_tls_only_and_retained() {
    let app = App::new();
    let stack = app.stack("Data");
    let bucket = Bucket::new(&stack, "Archive", BucketProps::default());
    assert_eq!(bucket.resource().path(), "Data/Archive/Resource");
    let a = synth(&app);
    let (id, b) = only(&a, "Data", "AWS::S3::Bucket");
    assert!(id.starts_with("Archive"), "{id}");
    assert_eq!(
        b["Properties"],
        json!({
            "BucketEncryption": { "ServerSideEncryptionConfiguration": [
                { "ServerSideEncryptionByDefault": { "SSEAlgorithm": "AES256" } }
            ] },
            "OwnershipControls": { "Rules": [{ "ObjectOwnership": "BucketOwnerEnforced" }] },
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true
            },
        })
    );
    assert_eq!((&b["DeletionPolicy"], &b["UpdateReplacePolicy"]), (&json!("Retain"), &json!("Retain")));
    let (_, p) = only(&a, "Data", "AWS::S3::BucketPolicy");
    assert_eq!(p["Properties"]["Bucket"], json!({ "Ref": id }));
    assert_eq!(
        p["Properties"]["PolicyDocument"]["Statement"],
        json!([{
            "Effect": "Deny", "Principal": "*", "Action": "s3:*",
            "Resource": [{ "Fn::GetAtt": [id, "Arn"] }, { "Fn::Sub": ["${Arn}/*", { "Arn": { "Fn::GetAtt": [id, "Arn"] } }] }],
            "Condition": { "Bool": { "aws:SecureTransport": "false" } },
        }])
    );
}

#[test]
fn options_versioning_lifecycle_website_and_a_daily_rebuild_bucket() {
    let app = App::new();
    let stack = app.stack("Data");
    Bucket::new(
        &stack,
        "Scratch",
        BucketProps::default()
            .versioned()
            .removal_policy(RemovalPolicy::Destroy)
            .empty_on_destroy()
            .lifecycle_rule(LifecycleRule::new(RuleStatus::Enabled).id("Expire").expiration_in_days(7))
            .website("index.html", Some("error.html")),
    );
    let a = synth(&app);
    let (id, b) = only(&a, "Data", "AWS::S3::Bucket");
    assert_eq!(b["Properties"]["VersioningConfiguration"], json!({ "Status": "Enabled" }));
    assert_eq!(
        b["Properties"]["LifecycleConfiguration"],
        json!({ "Rules": [{ "ExpirationInDays": 7, "Id": "Expire", "Status": "Enabled" }] })
    );
    assert_eq!(
        b["Properties"]["WebsiteConfiguration"],
        json!({ "ErrorDocument": "error.html", "IndexDocument": "index.html" })
    );
    assert_eq!((&b["DeletionPolicy"], &b["UpdateReplacePolicy"]), (&json!("Delete"), &json!("Delete")));
    assert_eq!(a.stacks[0].manifest.empty_on_destroy, [id.to_owned()]);
}

#[test]
fn emptying_a_retained_bucket_is_a_synth_error_at_the_bucket() {
    let app = App::new();
    let stack = app.stack("Data");
    Bucket::new(&stack, "Keep", BucketProps::default().empty_on_destroy());
    let got = problems(&app);
    assert!(
        got.iter().any(|p| p.starts_with("error[") && p.contains("Data/Keep/Resource")),
        "the contradiction is named at the bucket: {got:#?}"
    );
}

#[test]
fn grants_give_the_cdk_actions_on_the_bucket_and_its_objects() {
    let app = App::new();
    let stack = app.stack("Data");
    let bucket = Bucket::new(&stack, "Archive", BucketProps::default());
    let reader = Role::new(&stack, "Reader", RoleProps::new(ServicePrincipal::lambda()));
    let writer = Role::new(&stack, "Writer", RoleProps::new(ServicePrincipal::lambda()));
    bucket.grant_read(&reader);
    bucket.grant_put(&writer);
    bucket.grant_delete(&writer);
    let a = synth(&app);
    let (bucket_id, _) = only(&a, "Data", "AWS::S3::Bucket");
    let arn = json!({ "Fn::GetAtt": [bucket_id, "Arn"] });
    let objects = json!({ "Fn::Sub": ["${Arn}/*", { "Arn": arn }] });
    let statements = |role: &str| {
        resources(&a, "Data")
            .values()
            .find(|r| {
                r["Type"] == "AWS::IAM::Policy" && r["Properties"]["PolicyName"] == format!("{role}DefaultPolicy")
            })
            .map(|r| r["Properties"]["PolicyDocument"]["Statement"].clone())
            .unwrap_or_else(|| panic!("no policy for {role}"))
    };
    assert_eq!(
        statements("Reader"),
        json!([{ "Effect": "Allow", "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"], "Resource": [arn, objects] }])
    );
    assert_eq!(
        statements("Writer"),
        json!([{ "Effect": "Allow", "Action": [
            "s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging",
            "s3:PutObjectVersionTagging", "s3:Abort*", "s3:DeleteObject*"
        ], "Resource": objects }]),
        "put and delete on the same objects merge into one statement"
    );
}

#[test]
fn a_customer_key_is_granted_with_the_bucket() {
    let app = App::new();
    let stack = app.stack("Data");
    let key = Key::new(&stack, "DataKey", KeyProps::default().alias("data"));
    let bucket = Bucket::new(&stack, "Secrets", BucketProps::default().encryption(BucketEncryption::Kms(key)));
    let role = Role::new(&stack, "Reader", RoleProps::new(ServicePrincipal::lambda()));
    bucket.grant_read(&role);
    let a = synth(&app);
    let (key_id, k) = only(&a, "Data", "AWS::KMS::Key");
    assert_eq!(k["Properties"]["EnableKeyRotation"], true);
    let (_, b) = only(&a, "Data", "AWS::S3::Bucket");
    assert_eq!(
        b["Properties"]["BucketEncryption"]["ServerSideEncryptionConfiguration"][0],
        json!({ "BucketKeyEnabled": true, "ServerSideEncryptionByDefault": {
            "KMSMasterKeyID": { "Fn::GetAtt": [key_id, "Arn"] }, "SSEAlgorithm": "aws:kms" } })
    );
    let (_, p) = only(&a, "Data", "AWS::IAM::Policy");
    let statements = p["Properties"]["PolicyDocument"]["Statement"].as_array().unwrap();
    assert_eq!(
        statements[1],
        json!({ "Effect": "Allow", "Action": ["kms:Decrypt", "kms:DescribeKey"], "Resource": { "Fn::GetAtt": [key_id, "Arn"] } })
    );
    let (_, alias) = only(&a, "Data", "AWS::KMS::Alias");
    assert_eq!(alias["Properties"]["AliasName"], "alias/data");
}

#[test]
fn a_grant_across_stacks_imports_the_bucket_arn_into_the_grantees_stack() {
    let app = App::new();
    let data = app.stack("Data");
    let bucket = Bucket::new(&data, "Archive", BucketProps::default());
    let ops = app.stack("Ops");
    let role = Role::new(&ops, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    bucket.grant_read(&role);
    let a = synth(&app);
    assert!(only(&a, "Data", "AWS::S3::Bucket").0.starts_with("Archive"));
    let (_, p) = only(&a, "Ops", "AWS::IAM::Policy");
    let resource = &p["Properties"]["PolicyDocument"]["Statement"][0]["Resource"][0];
    assert!(resource.get("Fn::ImportValue").is_some(), "the policy lives with the role: {resource}");
    assert_eq!(a.stack("Ops").unwrap().manifest.dependencies, ["Data"]);
}

#[test]
fn overrides_reach_what_the_bucket_does_not_offer() {
    let app = App::new();
    let stack = app.stack("Data");
    let bucket = Bucket::new(&stack, "Archive", BucketProps::default());
    bucket.resource().override_property("ObjectLockEnabled", true);
    bucket.resource().delete_property("OwnershipControls");
    let a = synth(&app);
    let (_, b) = only(&a, "Data", "AWS::S3::Bucket");
    assert_eq!(b["Properties"]["ObjectLockEnabled"], true);
    assert!(b["Properties"].get("OwnershipControls").is_none());
}

#[test]
fn a_notification_to_a_function_names_the_bucket_so_the_permission_can_come_first() {
    use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
    use forma_dsl::s3::EventType;
    let app = App::new();
    let stack = app.stack("Uploads");
    let bucket = Bucket::new(&stack, "Inbox", BucketProps::default());
    let f =
        Function::new(&stack, "Ingest", FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")));
    bucket.add_event_notification(EventType::ObjectCreated, &f, Some("incoming/"), Some(".csv"));
    let a = synth(&app); // a dependency cycle would fail synthesis
    let (function_id, _) = only(&a, "Uploads", "AWS::Lambda::Function");
    let (permission_id, permission) = only(&a, "Uploads", "AWS::Lambda::Permission");
    let (_, b) = only(&a, "Uploads", "AWS::S3::Bucket");
    let name = json!({ "Fn::Sub": "uploads-inbox-${AWS::AccountId}-${AWS::Region}" });
    assert_eq!(b["Properties"]["BucketName"], name);
    assert_eq!(b["DependsOn"], json!([permission_id]));
    assert_eq!(
        b["Properties"]["NotificationConfiguration"],
        json!({ "LambdaConfigurations": [{
            "Event": "s3:ObjectCreated:*",
            "Filter": { "S3Key": { "Rules": [{ "Name": "prefix", "Value": "incoming/" }, { "Name": "suffix", "Value": ".csv" }] } },
            "Function": { "Fn::GetAtt": [function_id, "Arn"] },
        }] })
    );
    assert_eq!(permission["Properties"]["Principal"], "s3.amazonaws.com");
    assert_eq!(permission["Properties"]["SourceAccount"], json!({ "Ref": "AWS::AccountId" }));
    assert_eq!(
        permission["Properties"]["SourceArn"],
        json!({ "Fn::Sub": ["arn:${AWS::Partition}:s3:::${Name}", { "Name": name }] }),
        "the ARN comes from the name, not from the bucket"
    );
}

#[test]
fn notifications_to_a_queue_and_a_topic_open_their_policies_to_this_bucket_only() {
    use forma_dsl::s3::EventType;
    use forma_dsl::sns::{Topic, TopicEncryption, TopicProps};
    use forma_dsl::sqs::{Queue, QueueProps};
    let app = App::new();
    let stack = app.stack("Uploads");
    let bucket = Bucket::new(&stack, "Inbox", BucketProps::default().bucket_name("my-inbox"));
    let queue = Queue::new(&stack, "Work", QueueProps::default());
    let key = Key::new(&stack, "TopicKey", KeyProps::default());
    let topic = Topic::new(&stack, "Deleted", TopicProps::default().encryption(TopicEncryption::Kms(key)));
    bucket.add_event_notification(EventType::ObjectCreated, &queue, None, None);
    bucket.add_event_notification(EventType::ObjectRemoved, &topic, None, None);
    let a = synth(&app);
    let (_, b) = only(&a, "Uploads", "AWS::S3::Bucket");
    assert_eq!(b["Properties"]["BucketName"], "my-inbox", "the given name is kept");
    let (queue_policy_id, queue_policy) = only(&a, "Uploads", "AWS::SQS::QueuePolicy");
    let (topic_policy_id, topic_policy) = only(&a, "Uploads", "AWS::SNS::TopicPolicy");
    assert_eq!(b["DependsOn"], json!([queue_policy_id, topic_policy_id]));
    let arn = json!({ "Fn::Sub": ["arn:${AWS::Partition}:s3:::${Name}", { "Name": "my-inbox" }] });
    for (policy, action) in [(queue_policy, "sqs:SendMessage"), (topic_policy, "sns:Publish")] {
        let s = &policy["Properties"]["PolicyDocument"]["Statement"][0];
        assert_eq!(s["Action"], action);
        assert_eq!(s["Condition"]["ArnLike"]["aws:SourceArn"], arn);
        assert_eq!(s["Condition"]["StringEquals"]["aws:SourceAccount"], json!({ "Ref": "AWS::AccountId" }));
    }
    let (_, k) = only(&a, "Uploads", "AWS::KMS::Key");
    let statements = k["Properties"]["KeyPolicy"]["Statement"].as_array().unwrap();
    assert_eq!(statements[1]["Principal"], json!({ "Service": "s3.amazonaws.com" }), "S3 may use the topic's key");
}

#[test]
fn s3_cannot_deliver_to_a_topic_with_the_aws_managed_key() {
    use forma_dsl::s3::EventType;
    use forma_dsl::sns::{Topic, TopicProps};
    let app = App::new();
    let stack = app.stack("Uploads");
    let bucket = Bucket::new(&stack, "Inbox", BucketProps::default());
    let topic = Topic::new(&stack, "Events", TopicProps::default());
    bucket.add_event_notification(EventType::ObjectCreated, &topic, None, None);
    assert_eq!(
        problems(&app),
        ["error[invalid-notification] Uploads/Inbox: S3 cannot publish to Uploads/Events: it is encrypted with the AWS \
          managed key"]
    );
}
