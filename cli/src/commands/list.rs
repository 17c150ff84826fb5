//! `forma list`: the stacks in deploy order.

use forma_dsl::App;
use forma_synth::{Format, Target};
use serde_json::json;

use crate::{exit, CliError, Console};

pub(crate) fn run(app: &App, stacks: &[String], as_json: bool, console: &Console) -> Result<u8, CliError> {
    let style = console.style;
    let assembly =
        super::synthesize(app, super::Synthesis { format: Format::Json, target: Target::CloudFormation }, console)?
            .select(stacks)?;
    if as_json {
        let rows: Vec<_> = assembly
            .stacks
            .iter()
            .map(|s| {
                let m = &s.manifest;
                json!({
                    "name": m.name,
                    "resources": m.resource_count,
                    "dependencies": m.dependencies,
                    "description": m.description,
                })
            })
            .collect();
        console.out(serde_json::to_string_pretty(&rows).unwrap_or_default());
        return Ok(exit::SUCCESS);
    }
    let name_w = assembly.stacks.iter().map(|s| s.name().len()).max().unwrap_or(0).max("STACK".len());
    let mut text = style.bold(&format!("{:name_w$}  {:>9}  DEPENDS ON", "STACK", "RESOURCES"));
    for s in &assembly.stacks {
        let m = &s.manifest;
        let deps = if m.dependencies.is_empty() { "-".to_owned() } else { m.dependencies.join(", ") };
        text.push_str(&format!("\n{:name_w$}  {:>9}  {deps}", m.name, m.resource_count));
    }
    console.out(text);
    Ok(exit::SUCCESS)
}
