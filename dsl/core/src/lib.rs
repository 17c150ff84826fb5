//! forma's language: the construct tree and typed values that describe AWS infrastructure.
//!
//! An [`App`] holds [`Stack`]s; stacks hold constructs, which hold resources, parameters,
//! conditions, mappings and outputs. Every element has an id unique among its siblings and a
//! path (`Stack/Group/Resource`) that names it in every message. Properties are typed
//! [`Value`]s: literals, or intrinsics (`Ref`, `Fn::GetAtt`, `Fn::Sub`, ...) built from
//! handles, so user code never spells a logical id.
//!
//! This crate knows nothing about synthesis: it records the tree, and `forma-synth` reads it
//! through [`model`].

mod app;
pub mod asset;
pub mod condition;
mod construct;
pub mod diagnostic;
pub mod intent;
pub mod intrinsic;
pub mod mapping;
pub mod model;
pub mod naming;
pub mod output;
pub mod parameter;
pub mod pseudo;
pub mod raw;
pub mod removal;
pub mod resource;
pub mod rule;
pub mod schema;
mod scope;
mod stack;
pub mod value;

pub use app::App;
pub use asset::{Asset, AssetSource};
pub use condition::{CondExpr, Condition};
pub use construct::Construct;
pub use diagnostic::{Diagnostic, Severity};
/// The ordered map properties are kept in (re-exported for generated code).
pub use indexmap::IndexMap;
pub use mapping::{Mapping, MappingDef};
pub use output::Output;
pub use parameter::{Parameter, ParameterDef};
pub use pseudo::Aws;
pub use raw::RawResource;
pub use removal::RemovalPolicy;
pub use resource::{CfnResource, DeletionPolicy, Resource, ResourceLike};
pub use rule::Rule;
pub use scope::{AsScope, Scope};
pub use stack::{stack_name_problem, Stack, TerminationProtection};
pub use value::{Expr, Json, Value};
