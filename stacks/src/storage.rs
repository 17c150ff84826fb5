//! `Storage`: the long-lived data of the platform — an archive bucket, a records table and a
//! change stream. Nothing here is rebuilt daily, so every stateful resource is retained when
//! the stack deletes or replaces it.

use forma_dsl::cfn::{dynamodb, kinesis, s3};
use forma_dsl::condition::equals;
use forma_dsl::intrinsic::{if_, sub};
use forma_dsl::{list, obj, App, CfnResource, DeletionPolicy, Output, ParameterDef, Resource};

/// Handles to the storage other stacks use.
#[derive(Debug, Clone)]
pub struct Storage {
    /// The archive bucket (versioned, encrypted, private, TLS only).
    pub bucket: Resource<s3::Bucket>,
    /// The records table (`pk`/`sk` string keys, on-demand, point-in-time recovery).
    pub table: Resource<dynamodb::Table>,
    /// The change stream (KMS-encrypted with the AWS managed key).
    pub stream: Resource<kinesis::Stream>,
}

/// Adds the `Storage` stack to `app`.
pub fn storage(app: &App) -> Storage {
    let stack = app.stack("Storage");
    stack
        .description("forma data platform: long-lived storage (archive bucket, records table, change stream)")
        .tag("project", "forma")
        .tag("component", "storage")
        .tag("lifecycle", "retained");

    let env = stack.add_parameter(
        "Env",
        ParameterDef::string()
            .description("Deployment environment; prod turns on table deletion protection")
            .default("dev")
            .allowed_values(["dev", "staging", "prod"]),
    );
    let is_prod = stack.add_condition("IsProd", equals::<String>(&env, "prod"));

    use s3::bucket::{
        AbortIncompleteMultipartUpload, BucketEncryption, LifecycleConfiguration, NoncurrentVersionExpiration,
        ObjectOwnership, OwnershipControls, OwnershipControlsRule, PublicAccessBlockConfiguration, Rule, RuleStatus,
        ServerSideEncryptionByDefault, ServerSideEncryptionRule, SseAlgorithm, VersioningConfiguration,
        VersioningConfigurationStatus,
    };
    let bucket = stack.add(
        "ArchiveBucket",
        s3::Bucket::new()
            .bucket_encryption(BucketEncryption::new(vec![ServerSideEncryptionRule::new()
                .server_side_encryption_by_default(ServerSideEncryptionByDefault::new(SseAlgorithm::Aes256))]))
            .versioning_configuration(VersioningConfiguration::new(VersioningConfigurationStatus::Enabled))
            .public_access_block_configuration(
                PublicAccessBlockConfiguration::new()
                    .block_public_acls(true)
                    .block_public_policy(true)
                    .ignore_public_acls(true)
                    .restrict_public_buckets(true),
            )
            .ownership_controls(OwnershipControls::new(vec![
                OwnershipControlsRule::new().object_ownership(ObjectOwnership::BucketOwnerEnforced)
            ]))
            .lifecycle_configuration(LifecycleConfiguration::new(vec![Rule::new(RuleStatus::Enabled)
                .id("ExpireOldVersions")
                .noncurrent_version_expiration(NoncurrentVersionExpiration::new(90))
                .abort_incomplete_multipart_upload(AbortIncompleteMultipartUpload::new(7))])),
    );
    retain(&bucket);

    let bucket_arn = bucket.arn();
    stack.add(
        "ArchiveBucketPolicy",
        s3::BucketPolicy::new(
            bucket.reference(),
            obj! {
                "Version" => "2012-10-17",
                "Statement" => list![obj! {
                    "Sid" => "DenyInsecureTransport",
                    "Effect" => "Deny",
                    "Principal" => "*",
                    "Action" => "s3:*",
                    "Resource" => list![bucket_arn.clone(), sub("${BucketArn}/*").var("BucketArn", bucket_arn)],
                    "Condition" => obj! { "Bool" => obj! { "aws:SecureTransport" => "false" } },
                }],
            },
        ),
    );

    use dynamodb::table::{
        AttributeDefinition, AttributeType, BillingMode, KeySchema, KeyType, PointInTimeRecoverySpecification,
        SseSpecification, TimeToLiveSpecification,
    };
    let table = stack.add(
        "RecordsTable",
        dynamodb::Table::new(vec![KeySchema::new("pk", KeyType::Hash), KeySchema::new("sk", KeyType::Range)])
            .attribute_definitions(vec![
                AttributeDefinition::new("pk", AttributeType::S),
                AttributeDefinition::new("sk", AttributeType::S),
            ])
            .billing_mode(BillingMode::PayPerRequest)
            .sse_specification(SseSpecification::new(true))
            .point_in_time_recovery_specification(
                PointInTimeRecoverySpecification::new().point_in_time_recovery_enabled(true),
            )
            .time_to_live_specification(TimeToLiveSpecification::new(true).attribute_name("expires_at"))
            .deletion_protection_enabled(if_::<bool>(&is_prod, true, false)),
    );
    retain(&table);

    use kinesis::stream::{EncryptionType, StreamEncryption};
    let stream = stack.add(
        "ChangeStream",
        kinesis::Stream::new()
            .shard_count(1)
            .retention_period_hours(24)
            .stream_encryption(StreamEncryption::new(EncryptionType::Kms, "alias/aws/kinesis")),
    );
    retain(&stream);

    stack.add_output(
        "ArchiveBucketName",
        Output::new::<String>(bucket.reference()).description("Name of the archive bucket"),
    );
    stack.add_output(
        "RecordsTableName",
        Output::new::<String>(table.reference()).description("Name of the records table"),
    );
    stack.add_output(
        "ChangeStreamName",
        Output::new::<String>(stream.reference()).description("Name of the change stream"),
    );

    Storage { bucket, table, stream }
}

/// Keeps the physical resource when the stack deletes or replaces it.
fn retain<R: CfnResource>(resource: &Resource<R>) {
    resource.set_deletion_policy(DeletionPolicy::Retain).set_update_replace_policy(DeletionPolicy::Retain);
}
