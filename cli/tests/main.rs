//! The command line from the outside.

mod support;

#[path = "cli/local.rs"]
mod local;

/// Named `local_*` so that the `local` test filter runs it.
#[path = "cli/assembly.rs"]
mod local_assembly;

#[path = "cli/connect.rs"]
mod connect;

/// Named `local_*` so that the `local` test filter runs it.
#[path = "cli/parameters.rs"]
mod local_parameters;

#[path = "mocked/mod.rs"]
mod mocked;

/// The deployer end to end, against moto.
mod emulator;
