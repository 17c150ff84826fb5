//! `Storage`: the long-lived data of the platform — an archive bucket, a records table and a
//! change stream. Nothing here is rebuilt daily, so every stateful resource is retained when
//! the stack deletes or replaces it.

use forma_dsl::condition::equals;
use forma_dsl::intrinsic::{if_, sub};
use forma_dsl::{list, obj, App, DeletionPolicy, Output, ParameterDef, RawResource, Resource};

/// Handles to the storage other stacks use.
#[derive(Debug, Clone)]
pub struct Storage {
    /// The archive bucket (versioned, encrypted, private, TLS only).
    pub bucket: Resource<RawResource>,
    /// The records table (`pk`/`sk` string keys, on-demand, point-in-time recovery).
    pub table: Resource<RawResource>,
    /// The change stream (KMS-encrypted with the AWS managed key).
    pub stream: Resource<RawResource>,
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

    let bucket = stack.add(
        "ArchiveBucket",
        RawResource::new("AWS::S3::Bucket")
            .property(
                "BucketEncryption",
                obj! {
                    "ServerSideEncryptionConfiguration" => list![obj! {
                        "ServerSideEncryptionByDefault" => obj! { "SSEAlgorithm" => "AES256" },
                    }],
                },
            )
            .property("VersioningConfiguration", obj! { "Status" => "Enabled" })
            .property(
                "PublicAccessBlockConfiguration",
                obj! {
                    "BlockPublicAcls" => true,
                    "BlockPublicPolicy" => true,
                    "IgnorePublicAcls" => true,
                    "RestrictPublicBuckets" => true,
                },
            )
            .property(
                "OwnershipControls",
                obj! { "Rules" => list![obj! { "ObjectOwnership" => "BucketOwnerEnforced" }] },
            )
            .property(
                "LifecycleConfiguration",
                obj! {
                    "Rules" => list![obj! {
                        "Id" => "ExpireOldVersions",
                        "Status" => "Enabled",
                        "NoncurrentVersionExpiration" => obj! { "NoncurrentDays" => 90 },
                        "AbortIncompleteMultipartUpload" => obj! { "DaysAfterInitiation" => 7 },
                    }],
                },
            ),
    );
    retain(&bucket);

    let bucket_arn = bucket.get_att::<String>("Arn");
    stack.add(
        "ArchiveBucketPolicy",
        RawResource::new("AWS::S3::BucketPolicy").property("Bucket", bucket.reference()).property(
            "PolicyDocument",
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

    let table = stack.add(
        "RecordsTable",
        RawResource::new("AWS::DynamoDB::Table")
            .property(
                "AttributeDefinitions",
                list![
                    obj! { "AttributeName" => "pk", "AttributeType" => "S" },
                    obj! { "AttributeName" => "sk", "AttributeType" => "S" },
                ],
            )
            .property(
                "KeySchema",
                list![
                    obj! { "AttributeName" => "pk", "KeyType" => "HASH" },
                    obj! { "AttributeName" => "sk", "KeyType" => "RANGE" },
                ],
            )
            .property("BillingMode", "PAY_PER_REQUEST")
            .property("SSESpecification", obj! { "SSEEnabled" => true })
            .property("PointInTimeRecoverySpecification", obj! { "PointInTimeRecoveryEnabled" => true })
            .property("TimeToLiveSpecification", obj! { "AttributeName" => "expires_at", "Enabled" => true })
            .property("DeletionProtectionEnabled", if_::<bool>(&is_prod, true, false)),
    );
    retain(&table);

    let stream = stack.add(
        "ChangeStream",
        RawResource::new("AWS::Kinesis::Stream")
            .property("ShardCount", 1)
            .property("RetentionPeriodHours", 24)
            .property("StreamEncryption", obj! { "EncryptionType" => "KMS", "KeyId" => "alias/aws/kinesis" }),
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
fn retain(resource: &Resource<RawResource>) {
    resource.set_deletion_policy(DeletionPolicy::Retain).set_update_replace_policy(DeletionPolicy::Retain);
}
