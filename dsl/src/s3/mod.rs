//! S3: buckets that are private, encrypted and TLS-only by default, with grants.

mod bucket;
pub mod perms;

pub use bucket::{Bucket, BucketEncryption, BucketProps};
/// The L1 types the bucket's options take.
pub use forma_cfn::s3::bucket::{AllowedMethods, CorsRule, Rule as LifecycleRule, RuleStatus};
