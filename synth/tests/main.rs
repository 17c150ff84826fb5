//! Synthesis from the outside: what a stack author sees.

mod support;

mod assets;
mod deploy_checks;
mod output_dir;
mod overrides;
mod policies;
mod references;
mod schema;
mod service_rules;
mod template_rules;
mod templates;
mod validation;
mod yaml;
