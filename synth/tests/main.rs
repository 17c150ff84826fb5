//! Synthesis from the outside: what a stack author sees.

mod support;

mod assets;
mod deploy_checks;
mod output_dir;
mod references;
mod schema;
mod templates;
mod validation;
