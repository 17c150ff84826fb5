//! The staging bucket's contents: code assets and templates too large to send inline,
//! each put once under a key named after its content.

use aws_sdk_s3::primitives::ByteStream;
use forma_synth::asset::AssetManifest;
use forma_synth::StackManifest;

use super::assembly::Loaded;
use super::error::{DeployError, ErrorKind};
use super::Ctx;

/// Every asset's bytes, read inside the assembly and checked against its hash, before
/// anything goes out.
pub fn read_assets(loaded: &Loaded, assets: &[AssetManifest]) -> Result<Vec<Vec<u8>>, DeployError> {
    assets.iter().map(|a| loaded.asset(a)).collect()
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
    ctx.proceed(forma_synth::TOOLKIT_STACK, "PutObject")?;
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

/// Uploads `assets` (their `bodies`, read and checked with [`read_assets`]) that are not in
/// the staging `bucket` yet; returns how many were uploaded and how many were already there.
pub async fn upload_assets(
    ctx: &Ctx,
    bucket: &str,
    assets: &[AssetManifest],
    bodies: Vec<Vec<u8>>,
) -> Result<(usize, usize), DeployError> {
    let (mut uploaded, mut present) = (0, 0);
    for (a, bytes) in assets.iter().zip(bodies) {
        if put_once(ctx, bucket, &a.key, a.size, ByteStream::from(bytes)).await? {
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
