//! The deploy commands, one file each: each takes its request, connects, runs the
//! operations and prints what they did; its exit code comes from [`super::outcome`].

mod apply;
mod bootstrap;
mod destroy;
mod diff;
mod status;

pub use apply::{apply, ApplyRequest};
pub use bootstrap::bootstrap;
pub use destroy::{destroy, DestroyRequest};
pub use diff::{diff, diff_stacks, DiffRequest};
pub use status::{status, status_stacks, StatusRequest};
