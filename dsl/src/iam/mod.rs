//! IAM, typed: policy statements and documents, principals, roles, and the grants other
//! constructs give.
//!
//! ```
//! use forma_dsl::iam::{PolicyStatement, Role, RoleProps, ServicePrincipal};
//! let app = forma_dsl::App::new();
//! let stack = app.stack("Ops");
//! let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda())
//!     .aws_managed_policy("service-role/AWSLambdaBasicExecutionRole"));
//! role.add_to_policy(PolicyStatement::allow().action("sqs:SendMessage").resource("arn:aws:sqs:eu-west-1:123456789012:jobs"));
//! ```

mod grant;
mod policy;
mod principal;
mod resource_policy;
mod role;

pub(crate) use grant::{grant_on_any_resource, GrantTarget, Holder, PolicyAccess};
pub use grant::{Grant, GrantPrincipal, Grantable};
pub use policy::{Effect, PolicyDocument, PolicyStatement};
pub use principal::{Principal, ServicePrincipal};
pub(crate) use resource_policy::ResourcePolicy;
pub use role::{aws_managed_policy_arn, Role, RoleProps, RoleRef};
