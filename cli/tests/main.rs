//! The command line from the outside.

mod support;

#[path = "cli/local.rs"]
mod local;

#[path = "cli/connect.rs"]
mod connect;

#[path = "mocked/mod.rs"]
mod mocked;

/// The deployer end to end, against moto.
mod emulator;
