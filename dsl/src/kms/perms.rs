//! The IAM actions each key grant gives: the AWS CDK's lists (`aws-kms/lib/private/perms.ts`).

/// Decrypting.
pub const DECRYPT_ACTIONS: &[&str] = &["kms:Decrypt"];

/// Encrypting and making data keys.
pub const ENCRYPT_ACTIONS: &[&str] = &["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];
