//! S3: buckets that are private, encrypted and TLS-only by default, with grants.

mod bucket;
mod notifications;
pub mod perms;

pub use bucket::{AsBucket, Bucket, BucketEncryption, BucketProps, BucketRef};
/// The L1 types the bucket's options take.
pub use forma_cfn::s3::bucket::{AllowedMethods, CorsRule, Rule as LifecycleRule, RuleStatus};
pub use notifications::{EventType, NotificationTarget};
