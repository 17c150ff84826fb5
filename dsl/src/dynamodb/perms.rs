//! The IAM actions each table grant gives: the AWS CDK's lists (`aws-dynamodb/lib/perms.ts`).

/// Reading items (and the table's description, which SDKs ask for).
pub const READ_DATA_ACTIONS: &[&str] = &[
    "dynamodb:BatchGetItem",
    "dynamodb:GetRecords",
    "dynamodb:GetShardIterator",
    "dynamodb:Query",
    "dynamodb:GetItem",
    "dynamodb:Scan",
    "dynamodb:ConditionCheckItem",
    "dynamodb:DescribeTable",
];

/// Writing items.
pub const WRITE_DATA_ACTIONS: &[&str] = &[
    "dynamodb:BatchWriteItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:DescribeTable",
];

/// Reading the table's stream.
pub const READ_STREAM_ACTIONS: &[&str] =
    &["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"];

/// Finding the table's stream. IAM has no resource-level permission for it: the one action
/// granted on `*`.
pub const LIST_STREAMS_ACTION: &str = "dynamodb:ListStreams";

/// Using a customer-managed key to read.
pub const KEY_READ_ACTIONS: &[&str] = &["kms:Decrypt", "kms:DescribeKey"];

/// Using a customer-managed key to write.
pub const KEY_WRITE_ACTIONS: &[&str] =
    &["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];
