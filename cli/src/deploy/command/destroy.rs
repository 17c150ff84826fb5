//! `forma destroy`.

use super::super::assembly::{Closure, Loaded};
use super::super::context::{contexts, Hooks, Options, Purpose};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use indexmap::IndexMap;

use super::super::destroy::{self as operation, Destroyed, OnDeleteFailure, Retained};
use super::super::error::{DeployError, ErrorKind};
use super::super::leftovers::{self, Leftover};
use super::super::outcome::{exit_code, finish, report};
use super::super::Ctx;
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
    let paths: HashMap<String, IndexMap<String, String>> =
        stacks.iter().map(|s| (s.name.clone(), s.logical_ids.clone())).collect();
    let mut by_region: BTreeMap<String, (Arc<Ctx>, Vec<String>)> = BTreeMap::new();
    for s in &stacks {
        if let Some(ctx) = ctxs.for_stack(s) {
            by_region.entry(ctx.aws.region.clone()).or_insert_with(|| (ctx.clone(), Vec::new())).1.push(s.name.clone());
        }
    }
    let results = operation::destroy_all(&ctxs, stacks, request.on_failure).await;
    // A stack that is still there (its deletion failed) was reported; what it holds is its.
    let gone: Vec<&String> = results.iter().filter(|(_, r)| r.is_ok()).map(|(n, _)| n).collect();
    for (_, names) in by_region.values_mut() {
        names.retain(|n| gone.contains(&n));
    }
    let retained = summarize(console, &results);
    let mut code = exit_code(&results);
    if code == exit::INTERRUPTED {
        return Ok(code);
    }
    let mut left = Vec::new();
    for (ctx, names) in by_region.values().filter(|(_, names)| !names.is_empty()) {
        match leftovers::find(ctx, names, &retained).await {
            Ok(found) => left.extend(found),
            // The stacks are gone all the same: a warning, not a failure.
            Err(e) => {
                let (what, hint) = leftovers::unchecked(&e);
                console.err(format!("{} {what}\n  hint: {hint}", console.style.yellow("warning:")));
            }
        }
    }
    let (records, left): (Vec<Leftover>, Vec<Leftover>) =
        left.into_iter().partition(|l| l.why.is_none() && leftovers::deleted_record(&l.arn));
    if !records.is_empty() {
        console.err(format!(
            "note: {} deleted resource(s) are still listed by their services at no charge (ECS keeps INACTIVE \
             clusters, services and task definition revisions; EC2 shows a deleted NAT gateway for an hour)",
            records.len()
        ));
    }
    show_left(console, &left, &retained, &paths);
    let unexpected = left.iter().filter(|l| !l.retained_by_policy()).count();
    if unexpected > 0 {
        report(
            console,
            &DeployError::new(
                ErrorKind::Failed,
                format!("{unexpected} resource(s) outlived their stacks without a deletion policy keeping them"),
            )
            .hint("delete them (they are listed above), or let forma try again: forma destroy with the same stacks"),
        );
        code = exit::FAILURE;
    }
    Ok(code)
}

/// Prints each stack's outcome; returns what the stacks retained or left, by stack.
fn summarize(console: &Console, results: &[(String, Result<Destroyed, DeployError>)]) -> Vec<(String, Retained)> {
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
    retained
}

/// Lists, by stack, what still exists: what the services report with a destroyed stack's
/// tag, and what destroy retained that they do not report; each with why and its cost.
fn show_left(
    console: &Console,
    left: &[Leftover],
    retained: &[(String, Retained)],
    paths: &HashMap<String, IndexMap<String, String>>,
) {
    let mut by_stack: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for l in left {
        let path = l.logical_id.as_ref().and_then(|id| paths.get(&l.stack).and_then(|p| p.get(id)).or(Some(id)));
        let why = l.why.as_deref().unwrap_or("not retained by any policy");
        let what = path.map_or_else(|| l.arn.clone(), |p| format!("{p} ({})", l.arn));
        by_stack.entry(&l.stack).or_default().push(format!("{what} — {why}; {}", leftovers::cost_hint(&l.arn)));
    }
    for (stack, r) in retained {
        let seen = left.iter().any(|l| &l.stack == stack && leftovers::same_resource(&l.arn, &r.physical_id));
        if !seen {
            by_stack
                .entry(stack)
                .or_default()
                .push(format!("{} {} ({}) — {}", r.resource_type, r.path, r.physical_id, r.why));
        }
    }
    if by_stack.is_empty() {
        return;
    }
    let mut lines = vec!["Left behind (these still exist and may cost money):".to_owned()];
    for (stack, items) in by_stack {
        lines.push(format!("  {stack}:"));
        lines.extend(items.into_iter().map(|i| format!("    {i}")));
    }
    console.out(lines.join("\n"));
}
