//! forma's language: the construct tree and typed values that describe AWS infrastructure.
//!
//! This is the one crate a stack crate depends on. It re-exports the core language
//! ([`forma_core`]: [`App`], [`Stack`], [`Value`], intrinsics, [`RawResource`], ...).
//!
//! ```
//! use forma_dsl::{App, RawResource};
//! let app = App::new();
//! app.stack("Web").add("Jobs", RawResource::new("AWS::SQS::Queue"));
//! ```

pub use forma_core::*;
