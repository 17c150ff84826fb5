//! Synthesis from the outside: what a stack author sees.

mod support;

mod references;
mod templates;
mod validation;
