//! `forma destroy`.

use super::super::assembly::{Closure, Loaded};
use super::super::context::{contexts, Hooks, Options, Purpose};
use super::super::destroy::{self as operation, OnDeleteFailure};
use super::super::error::{DeployError, ErrorKind};
use super::super::outcome::{exit_code, finish, report};
use crate::console::Console;
use crate::exit;

/// What `forma destroy` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct DestroyRequest {
    /// The stacks named (patterns), with the stacks that depend on them.
    pub stacks: Vec<String>,
    /// Every stack of the assembly.
    pub all: bool,
    /// What to do with a stack that ends `DELETE_FAILED` (`--retain-failed`, `--force`).
    pub on_failure: OnDeleteFailure,
}

/// `forma destroy`.
pub async fn destroy(
    loaded: &Loaded,
    request: &DestroyRequest,
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> u8 {
    finish(console, destroy_command(loaded, request, opts, console, hooks).await, exit::FAILURE)
}

async fn destroy_command(
    loaded: &Loaded,
    request: &DestroyRequest,
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> Result<u8, DeployError> {
    let stacks = loaded.select(&request.stacks, request.all, Closure::Dependents)?;
    let names: Vec<&str> = stacks.iter().map(|s| s.name.as_str()).collect();
    if !opts.yes && !console.confirm(&format!("Destroy {}?", names.join(", "))) {
        return Err(DeployError::new(ErrorKind::NeedsConfirmation, format!("not destroyed: {}", names.join(", ")))
            .hint("destroy deletes the stacks and their resources; pass --yes to confirm"));
    }
    let ctxs = contexts(opts, console, hooks, &stacks, Purpose::Change).await?;
    if opts.express {
        console.err("express mode: each stack completes once its resources' deletion is under way; they finish in the background");
    }
    let results = operation::destroy_all(&ctxs, stacks, request.on_failure).await;
    let style = console.style;
    let mut retained = Vec::new();
    // In the order they were destroyed: dependents first.
    for (name, r) in results.iter().rev() {
        match r {
            Ok(d) if d.absent => console.err(format!("{} {name}: not deployed (nothing to do)", style.green("✓"))),
            Ok(d) => {
                console.err(format!("{} {name}: destroyed in {:.1}s", style.green("✓"), d.seconds));
                for (what, n) in &d.emptied {
                    console.err(format!("    emptied {what}: {n} deleted"));
                }
                for (path, bucket) in &d.not_empty {
                    console.err(format!(
                        "    {} {path} ({bucket}) held objects and did not ask to be emptied (empty_on_destroy)",
                        style.yellow("warning:")
                    ));
                }
                retained.extend(d.retained.iter().map(|r| (name.clone(), r.clone())));
            }
            Err(e) => report(console, e),
        }
    }
    if !retained.is_empty() {
        let lines: Vec<String> = retained
            .iter()
            .map(|(s, r)| format!("  {s}: {} {} ({}) — {}", r.resource_type, r.path, r.physical_id, r.why))
            .collect();
        console.out(format!("Retained (these still exist and may cost money):\n{}", lines.join("\n")));
    }
    Ok(exit_code(&results))
}
