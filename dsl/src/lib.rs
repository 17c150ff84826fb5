//! forma's language: the construct tree and typed values that describe AWS infrastructure.
//!
//! This is the one crate a stack crate depends on. It holds the constructs — [`s3::Bucket`],
//! [`lambda::Function`], [`dynamodb::Table`], [`apigateway::RestApi`], ... — and re-exports
//! the core language ([`forma_core`]: [`App`], [`Stack`], [`Value`], intrinsics,
//! [`RawResource`], ...) and the typed resource types of every CloudFormation service
//! ([`cfn`]).
//!
//! Every construct is made the same way, `X::new(&scope, "Id", XProps::...)`, wraps its main
//! L1 resource under the child id `Resource` (`construct.resource()`), and reports mistakes
//! as diagnostics at the caller's line, never panics. A construct keeps its own state and
//! renders the L1 property it owns again whenever that state changes (a role's default
//! policy after each statement a grant adds, a bucket's notification configuration after
//! each notification); overrides on the L1 resource (`override_property`) apply after all of
//! that, at synthesis.
//!
//! ```
//! use forma_dsl::s3::{Bucket, BucketProps};
//! let app = forma_dsl::App::new();
//! let archive = Bucket::new(&app.stack("Data"), "Archive", BucketProps::default().versioned());
//! let _arn = archive.arn();
//! ```
//!
//! ```
//! use forma_dsl::{cfn, App};
//! let app = App::new();
//! let jobs = app.stack("Web").add("Jobs", cfn::sqs::Queue::new().visibility_timeout(60).sqs_managed_sse_enabled(true));
//! let _arn = jobs.arn(); // Fn::GetAtt Jobs.Arn, typed
//! ```

#![warn(missing_docs)]

pub use forma_core::*;

pub mod apigateway;
pub mod apigatewayv2;
pub mod certificatemanager;
pub mod cloudwatch;
pub mod cognito;
pub mod dynamodb;
pub mod ec2;
pub mod ecr;
pub mod ecs;
pub mod ecs_patterns;
pub mod elbv2;
pub mod events;
pub mod iam;
pub mod kinesis;
pub mod kms;
pub mod lambda;
mod limits;
pub mod logs;
pub mod route53;
pub mod s3;
pub mod sns;
pub mod sqs;
pub mod ssm;

/// The traits that give constructs and references their methods: `use
/// forma_dsl::prelude::*;` in a stack file brings [`Construct`] (`path()`, `resource()`)
/// and every service's reference trait ([`s3::AsBucket`], [`sqs::AsQueue`], ...), whose
/// methods are the grants.
pub mod prelude {
    pub use crate::dynamodb::AsTable;
    pub use crate::ec2::Connectable;
    pub use crate::ecr::AsRepository;
    pub use crate::kinesis::AsStream;
    pub use crate::kms::AsKey;
    pub use crate::lambda::AsFunction;
    pub use crate::logs::AsLogGroup;
    pub use crate::s3::AsBucket;
    pub use crate::sns::AsTopic;
    pub use crate::sqs::AsQueue;
    pub use forma_core::{AsScope, Construct};
}

/// CloudFormation resource types, generated from the registry schemas: `cfn::sqs::Queue`,
/// `cfn::s3::Bucket`, ... (see the `forma-cfn` crate).
pub use forma_cfn as cfn;
