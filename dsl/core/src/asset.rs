//! Assets: local files that a deployment uploads, such as a Lambda function's code.
//!
//! An asset is a directory (zipped, deterministically) or a single file. Synthesis packs it
//! into the assembly under a name derived from its content hash; `apply` uploads it once to
//! the staging bucket. The asset's [`Asset::bucket`] and [`Asset::key`] are where it will be.

use std::path::PathBuf;

use crate::value::{Expr, NodeRef, Value};

/// What an asset is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetSource {
    /// A directory, zipped with its files in name order and fixed timestamps.
    Directory(PathBuf),
    /// A file uploaded as it is (an already built `.zip`, for example).
    File(PathBuf),
}

/// Which part of an asset's location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssetPart {
    /// The staging bucket's name.
    Bucket,
    /// The object key.
    Key,
}

/// An asset of the app.
#[derive(Debug, Clone)]
pub struct Asset {
    pub(crate) node: NodeRef,
}

impl Asset {
    /// The staging bucket the asset is uploaded to.
    pub fn bucket(&self) -> Value<String> {
        Value::from_expr(Expr::Asset(self.node.clone(), AssetPart::Bucket))
    }

    /// The object key of the asset in the staging bucket (content-addressed).
    pub fn key(&self) -> Value<String> {
        Value::from_expr(Expr::Asset(self.node.clone(), AssetPart::Key))
    }
}
