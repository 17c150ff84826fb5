//! The IAM actions each bucket grant gives: the same lists as the AWS CDK's
//! (`aws-s3/lib/perms.ts`), reviewed here in one place.

/// Reading objects and listing the bucket.
pub const BUCKET_READ_ACTIONS: &[&str] = &["s3:GetObject*", "s3:GetBucket*", "s3:List*"];

/// Writing objects (without ACLs) and aborting multipart uploads.
pub const BUCKET_PUT_ACTIONS: &[&str] = &[
    "s3:PutObject",
    "s3:PutObjectLegalHold",
    "s3:PutObjectRetention",
    "s3:PutObjectTagging",
    "s3:PutObjectVersionTagging",
    "s3:Abort*",
];

/// Deleting objects and their versions.
pub const BUCKET_DELETE_ACTIONS: &[&str] = &["s3:DeleteObject*"];

/// Decrypting what a customer-managed key encrypted.
pub const KEY_READ_ACTIONS: &[&str] = &["kms:Decrypt", "kms:DescribeKey"];

/// Encrypting with a customer-managed key; multipart uploads need `kms:Decrypt` as well.
pub const KEY_WRITE_ACTIONS: &[&str] = &["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"];
