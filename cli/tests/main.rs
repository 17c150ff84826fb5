//! The command line from the outside.

mod support;

#[path = "cli/local.rs"]
mod local;
