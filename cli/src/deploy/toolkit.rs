//! The staging bucket: where assets and templates over 51,200 bytes go before
//! CloudFormation reads them. It lives in a stack of its own, `FormaToolkit`, made with
//! forma itself on first use (or by `forma bootstrap`), and is never destroyed by forma.

use forma_dsl::intrinsic::sub;
use forma_dsl::{list, obj, App, DeletionPolicy, Output, RawResource};
use forma_synth::asset::STAGING_BUCKET_SUB;
use forma_synth::StackArtifact;

use super::apply::{apply_stack, Job};
use super::error::{DeployError, ErrorKind};
use super::{cfn, Ctx};

/// The toolkit stack's name (synthesis refuses it in a user's app).
pub const TOOLKIT_STACK: &str = forma_synth::TOOLKIT_STACK;
const BUCKET_OUTPUT: &str = "BucketName";

/// The toolkit stack: an encrypted, private, TLS-only bucket named after the account and
/// region, kept when the stack is deleted.
pub fn toolkit_app() -> App {
    let app = App::new();
    let s = app.stack(TOOLKIT_STACK);
    s.description("forma staging bucket: Lambda code and large templates on their way to CloudFormation");
    let bucket = s.add(
        "StagingBucket",
        RawResource::new("AWS::S3::Bucket")
            .property("BucketName", sub(STAGING_BUCKET_SUB).build())
            .property(
                "BucketEncryption",
                obj! { "ServerSideEncryptionConfiguration" => list![obj! {
                    "ServerSideEncryptionByDefault" => obj! { "SSEAlgorithm" => "AES256" },
                }] },
            )
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
            ),
    );
    bucket.set_deletion_policy(DeletionPolicy::Retain).set_update_replace_policy(DeletionPolicy::Retain);
    let arn = bucket.get_att::<String>("Arn");
    s.add(
        "StagingBucketPolicy",
        RawResource::new("AWS::S3::BucketPolicy").property("Bucket", bucket.reference()).property(
            "PolicyDocument",
            obj! {
                "Version" => "2012-10-17",
                "Statement" => list![obj! {
                    "Sid" => "DenyInsecureTransport",
                    "Effect" => "Deny",
                    "Principal" => "*",
                    "Action" => "s3:*",
                    "Resource" => list![arn.clone(), sub("${Arn}/*").var("Arn", arn).build()],
                    "Condition" => obj! { "Bool" => obj! { "aws:SecureTransport" => "false" } },
                }],
            },
        ),
    );
    s.add_output(BUCKET_OUTPUT, Output::new(bucket.reference()).description("The staging bucket"));
    app
}

/// The staging bucket's name, deploying the toolkit stack first if it is not there.
pub async fn ensure(ctx: &Ctx) -> Result<String, DeployError> {
    ctx.staging
        .get_or_try_init(|| async {
            if let Some(info) = cfn::describe(&ctx.aws.cfn, TOOLKIT_STACK).await? {
                // Another tool's stack of this name: its bucket is not forma's to write to.
                ctx.may_change_stack(&info, super::Mutation::ChangeSet, "apply").await?;
                if info.status.ends_with("_COMPLETE") && !info.status.contains("ROLLBACK") {
                    if let Some((_, v, _)) = info.outputs.iter().find(|(k, _, _)| k == BUCKET_OUTPUT) {
                        return Ok(v.clone());
                    }
                }
            }
            ctx.ui
                .line(format!("{TOOLKIT_STACK}: deploying the staging bucket (first use in this account and region)"));
            let result = apply_stack(ctx, toolkit_job()?).await?;
            result.outputs.iter().find(|(k, _, _)| k == BUCKET_OUTPUT).map(|(_, v, _)| v.clone()).ok_or_else(|| {
                DeployError::new(ErrorKind::Failed, "the toolkit stack has no BucketName output").stack(TOOLKIT_STACK)
            })
        })
        .await
        .cloned()
}

/// The toolkit stack, synthesized: [`toolkit_app`] is the one app that may use the name
/// [`TOOLKIT_STACK`].
pub fn toolkit_artifact() -> Result<StackArtifact, DeployError> {
    let settings = forma_synth::Settings {
        format: forma_synth::Format::Json,
        app_kind: forma_synth::AppKind::Toolkit,
        registry: Some(&forma_dsl::cfn::REGISTRY),
        ..forma_synth::Settings::default()
    };
    let assembly = forma_synth::synthesize_with(&toolkit_app(), settings)
        .map_err(|e| DeployError::new(ErrorKind::Failed, format!("the toolkit stack does not synthesize: {e}")))?;
    assembly.stacks.into_iter().next().ok_or_else(|| DeployError::new(ErrorKind::Failed, "no toolkit stack"))
}

fn toolkit_job() -> Result<Job, DeployError> {
    let stack = toolkit_artifact()?;
    let stateful_types = forma_dsl::removal::STATEFUL_TYPES.iter().map(|t| (*t).to_owned()).collect();
    Ok(Job {
        manifest: stack.manifest,
        body: stack.body,
        parameters: Default::default(),
        stateful_types,
        import_existing: false,
    })
}
