//! Synthesis from the outside: what a stack author sees.

mod support;

mod assets;
mod references;
mod templates;
mod validation;
