//! `--parameter Stack:Name=Value`: parsed and checked against the selected stacks before
//! anything is sent to AWS.

use std::collections::BTreeMap;

use super::error::{DeployError, ErrorKind};

/// `--parameter Stack:Name=Value`, checked against the selected stacks: the stack must be
/// among them, have the parameter, and the value must meet the parameter's constraints
/// (before anything is sent to AWS).
pub fn parse_parameters(
    given: &[String],
    stacks: &[forma_synth::StackManifest],
) -> Result<BTreeMap<String, BTreeMap<String, String>>, DeployError> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for p in given {
        let bad = || {
            DeployError::new(ErrorKind::Input, format!("--parameter {p:?} is not Stack:Name=Value"))
                .hint(format!("for example {}", parameter_example(stacks)))
        };
        let (target, value) = p.split_once('=').ok_or_else(bad)?;
        let (stack, name) = target.split_once(':').ok_or_else(bad)?;
        let Some(m) = stacks.iter().find(|s| s.name == stack) else {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!("--parameter {p:?}: stack {stack} is not being applied"),
            )
            .hint("name the stack on the command line too, or check its spelling"));
        };
        let Some(declared) = m.parameters.get(name) else {
            let known: Vec<&str> = m.parameters.keys().map(String::as_str).collect();
            return Err(DeployError::new(ErrorKind::Input, format!("stack {stack} has no parameter {name}")).hint(
                if known.is_empty() {
                    "it takes no parameters".to_owned()
                } else {
                    format!("its parameters: {}", known.join(", "))
                },
            ));
        };
        if let Err(why) = declared.check(value) {
            let hint = match declared.default {
                Some(_) => format!("pass a value that meets it, or leave out {stack}:{name} to use the default"),
                None => "pass a value that meets it".to_owned(),
            };
            return Err(DeployError::new(ErrorKind::Input, format!("parameter {name}: {why}")).stack(stack).hint(hint));
        }
        out.entry(stack.to_owned()).or_default().insert(name.to_owned(), value.to_owned());
    }
    Ok(out)
}

/// An example `--parameter` for hints, in the user's own names: the first parameter of the
/// first selected stack that has one, else placeholders.
fn parameter_example(stacks: &[forma_synth::StackManifest]) -> String {
    stacks
        .iter()
        .find_map(|s| s.parameters.keys().next().map(|p| format!("--parameter {}:{p}=VALUE", s.name)))
        .unwrap_or_else(|| "--parameter STACK:NAME=VALUE".to_owned())
}
