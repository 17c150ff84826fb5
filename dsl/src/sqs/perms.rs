//! The IAM actions each queue grant gives: the AWS CDK's lists (`aws-sqs/lib/queue-base.ts`).

/// Receiving and deleting messages.
pub const CONSUME_ACTIONS: &[&str] = &[
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
];

/// Sending messages.
pub const SEND_ACTIONS: &[&str] = &["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"];

/// Purging the queue.
pub const PURGE_ACTIONS: &[&str] = &["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"];
