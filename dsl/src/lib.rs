//! forma's language: the construct tree and typed values that describe AWS infrastructure.
//!
//! This is the one crate a stack crate depends on. It re-exports the core language
//! ([`forma_core`]: [`App`], [`Stack`], [`Value`], intrinsics, [`RawResource`], ...) and the
//! typed resource types of every CloudFormation service ([`cfn`]).
//!
//! ```
//! use forma_dsl::{cfn, App};
//! let app = App::new();
//! let jobs = app.stack("Web").add("Jobs", cfn::sqs::Queue::new().visibility_timeout(60).sqs_managed_sse_enabled(true));
//! let _arn = jobs.arn(); // Fn::GetAtt Jobs.Arn, typed
//! ```

pub use forma_core::*;

pub mod apigateway;
pub mod apigatewayv2;
pub mod cloudwatch;
pub mod cognito;
pub mod dynamodb;
pub mod events;
pub mod iam;
pub mod kinesis;
pub mod kms;
pub mod lambda;
mod limits;
pub mod logs;
pub mod s3;
pub mod sns;
pub mod sqs;
pub mod ssm;

/// CloudFormation resource types, generated from the registry schemas: `cfn::sqs::Queue`,
/// `cfn::s3::Bucket`, ... (see the `forma-cfn` crate).
pub use forma_cfn as cfn;
