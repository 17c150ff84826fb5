//! The deployer: `apply`, `destroy`, `diff`, `status` and `bootstrap`, driving
//! CloudFormation through the AWS SDK. It reads only the assembly.

pub mod apply;
pub mod assembly;
pub mod aws;
pub mod cfn;
pub mod command;
pub mod context;
pub mod destroy;
pub mod diff;
pub mod error;
pub mod events;
pub mod exports;
pub mod leftovers;
pub mod outcome;
pub mod outputs;
pub mod ownership;
pub mod parameters;
pub mod preflight;
pub mod schedule;
pub mod staging;
pub mod status;
pub mod template;
pub mod toolkit;
pub mod ui;

pub use command::{
    apply, bootstrap, destroy, diff, diff_stacks, status, status_stacks, ApplyRequest, DestroyRequest, DiffRequest,
    StatusRequest,
};
pub use context::{Contexts, Ctx, Hooks, Mutation, Observer, Options};
pub use parameters::parse_parameters;
pub use template::parse_template;
