//! The IAM actions each stream grant gives: the AWS CDK's lists (`aws-kinesis/lib/stream.ts`).

/// Reading records.
pub const READ_ACTIONS: &[&str] = &[
    "kinesis:DescribeStreamSummary",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:ListShards",
    "kinesis:SubscribeToShard",
    "kinesis:DescribeStream",
    "kinesis:ListStreams",
    "kinesis:DescribeStreamConsumer",
];

/// Writing records.
pub const WRITE_ACTIONS: &[&str] = &["kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"];
