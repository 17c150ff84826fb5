//! Cognito: user pools with email sign-in, strong passwords and MFA, and app clients.

mod user_pool;

pub use user_pool::{AsUserPool, Mfa, SignUp, UserPool, UserPoolClient, UserPoolProps, UserPoolRef};
