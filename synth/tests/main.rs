//! Synthesis from the outside: what a stack author sees.

mod support;

mod assets;
mod output_dir;
mod references;
mod templates;
mod validation;
