//! Synthesis from the outside: what a stack author sees.

mod support;

mod assets;
mod deploy_checks;
mod references;
mod templates;
mod validation;
