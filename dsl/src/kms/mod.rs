//! KMS: customer-managed keys, rotated, with grants.

mod key;
pub mod perms;

pub use key::{AsKey, Key, KeyProps, KeyRef};
