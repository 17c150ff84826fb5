//! ECR: image repositories, scanned and encrypted, with grants.

mod repository;

pub use repository::{
    AsRepository, Repository, RepositoryProps, RepositoryRef, AUTH_ACTION, PULL_ACTIONS, PUSH_ACTIONS,
};
