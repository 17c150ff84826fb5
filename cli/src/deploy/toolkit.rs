//! The staging bucket: where assets and templates over 51,200 bytes go before
//! CloudFormation reads them. It lives in a stack of its own, `FormaToolkit`, made with
//! forma itself on first use (or by `forma bootstrap`), and is never destroyed by forma.

use aws_sdk_s3::primitives::ByteStream;
use forma_dsl::intrinsic::sub;
use forma_dsl::{list, obj, App, DeletionPolicy, Output, RawResource};
use forma_synth::asset::{AssetManifest, STAGING_BUCKET_SUB};
use forma_synth::{StackArtifact, StackManifest};

use super::apply::{apply_stack, Job};
use super::assembly::Loaded;
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
    Ok(Job { manifest: stack.manifest, body: stack.body, parameters: Default::default(), stateful_types })
}

/// Puts `bytes` at `key` unless an object of the same size is there (keys are content
/// hashes). Returns whether it uploaded.
async fn put_once(ctx: &Ctx, bucket: &str, key: &str, size: usize, body: ByteStream) -> Result<bool, DeployError> {
    match ctx.aws.s3.head_object().bucket(bucket).key(key).send().await {
        Ok(head) if head.content_length() == Some(size as i64) => return Ok(false),
        Ok(_) => {}
        Err(e) if e.as_service_error().is_some_and(|s| s.is_not_found()) => {}
        Err(e) if e.raw_response().is_some_and(|r| r.status().as_u16() == 404) => {}
        Err(e) => return Err(DeployError::aws(&format!("HeadObject s3://{bucket}/{key}"), &e)),
    }
    ctx.proceed(TOOLKIT_STACK, "PutObject")?;
    ctx.aws
        .s3
        .put_object()
        .bucket(bucket)
        .key(key)
        .body(body)
        .send()
        .await
        .map_err(|e| DeployError::aws(&format!("PutObject s3://{bucket}/{key}"), &e))?;
    Ok(true)
}

/// Uploads the assets that are not in the staging bucket yet; returns how many were
/// uploaded and how many were already there.
/// Each asset is read inside the assembly and checked against its hash before it goes out.
pub async fn upload_assets(
    ctx: &Ctx,
    loaded: &Loaded,
    assets: &[AssetManifest],
) -> Result<(usize, usize), DeployError> {
    if assets.is_empty() {
        return Ok((0, 0));
    }
    // Every asset is read and checked before the first call.
    let bodies = assets.iter().map(|a| loaded.asset(a)).collect::<Result<Vec<Vec<u8>>, DeployError>>()?;
    let bucket = ensure(ctx).await?;
    let (mut uploaded, mut present) = (0, 0);
    for (a, bytes) in assets.iter().zip(bodies) {
        if put_once(ctx, &bucket, &a.key, a.size, ByteStream::from(bytes)).await? {
            uploaded += 1;
        } else {
            present += 1;
        }
    }
    Ok((uploaded, present))
}

/// Uploads a template too large to send inline; returns its URL. The staging bucket must
/// have been ensured first (apply does it before any stack that needs it).
pub async fn upload_template(ctx: &Ctx, m: &StackManifest, body: &str) -> Result<String, DeployError> {
    let bucket = ctx.staging.get().cloned().ok_or_else(|| {
        DeployError::new(ErrorKind::Failed, "the staging bucket is needed but was not set up").stack(&m.name)
    })?;
    let ext = m.template.rsplit('.').next().unwrap_or("json");
    let key = format!("templates/{}.{ext}", m.sha256);
    put_once(ctx, &bucket, &key, body.len(), ByteStream::from(body.as_bytes().to_vec()))
        .await
        .map_err(|e| e.stack(&m.name))?;
    Ok(format!("https://{bucket}.s3.{}.amazonaws.com/{key}", ctx.aws.region))
}
