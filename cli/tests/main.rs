//! The command line from the outside.

mod support;

#[path = "cli/local.rs"]
mod local;

#[path = "mocked/mod.rs"]
mod mocked;

/// The deployer end to end, against moto.
mod emulator;
