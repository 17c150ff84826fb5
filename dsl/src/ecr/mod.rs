//! ECR: image repositories, scanned and encrypted, with grants.

mod repository;

pub use repository::{Repository, RepositoryProps, AUTH_ACTION, PULL_ACTIONS, PUSH_ACTIONS};
