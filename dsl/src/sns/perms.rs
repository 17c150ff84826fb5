//! The IAM actions each topic grant gives: the AWS CDK's lists (`aws-sns/grants.json`).

/// Publishing to the topic.
pub const PUBLISH_ACTIONS: &[&str] = &["sns:Publish"];

/// Subscribing to the topic.
pub const SUBSCRIBE_ACTIONS: &[&str] = &["sns:Subscribe"];

/// Using a customer-managed key to publish to an encrypted topic.
pub const KEY_PUBLISH_ACTIONS: &[&str] = &["kms:Decrypt", "kms:GenerateDataKey*"];
