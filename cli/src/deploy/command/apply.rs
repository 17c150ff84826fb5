//! `forma apply`.

use std::collections::BTreeMap;

use super::super::apply::{self, Applied, Job};
use super::super::assembly::{Closure, Loaded};
use super::super::context::{contexts, Hooks, Options, Purpose};
use super::super::error::{DeployError, ErrorKind};
use super::super::outcome::{exit_code, finish, report};
use super::super::outputs::write_outputs;
use super::super::parameters::parse_parameters;
use super::super::{preflight, staging, toolkit};
use crate::console::Console;
use crate::exit;

/// What `forma apply` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct ApplyRequest {
    /// The stacks named (patterns), with the stacks they depend on.
    pub stacks: Vec<String>,
    /// Every stack of the assembly.
    pub all: bool,
    /// `--parameter Stack:Name=Value`.
    pub parameters: Vec<String>,
    /// `--import-existing-resources`: the app's retained resources are taken back.
    pub import_existing: bool,
}

/// `forma apply`.
pub async fn apply(loaded: &Loaded, request: &ApplyRequest, opts: &Options, console: &Console, hooks: &Hooks) -> u8 {
    finish(console, apply_command(loaded, request, opts, console, hooks).await, exit::FAILURE)
}

async fn apply_command(
    loaded: &Loaded,
    request: &ApplyRequest,
    opts: &Options,
    console: &Console,
    hooks: &Hooks,
) -> Result<u8, DeployError> {
    let stacks = loaded.select(&request.stacks, request.all, Closure::Dependencies)?;
    let params = parse_parameters(&request.parameters, &stacks)?;
    // outputs.json goes there afterwards: a directory that is not forma's is refused now.
    forma_synth::write::check_dir(&opts.out_dir).map_err(|e| {
        DeployError::new(ErrorKind::Input, format!("{e}: apply writes outputs.json there"))
            .hint("forma writes only into an empty or new directory, or over its own assembly: choose one with --out")
    })?;
    let mut jobs = stacks
        .iter()
        .map(|m| {
            Ok(Job {
                manifest: m.clone(),
                body: loaded.template(m)?,
                parameters: params.get(&m.name).cloned().unwrap_or_default(),
                stateful_types: stateful_types(&loaded.manifest),
                import_existing: false,
            })
        })
        .collect::<Result<Vec<Job>, DeployError>>()?;
    let ctxs = contexts(opts, console, hooks, &stacks, Purpose::Change).await?;
    if opts.express {
        console.err("express mode: each stack completes once its resources are configured; they become ready in the background, and a failed operation is not rolled back");
    }
    // Before the first change: what would stop the run part way, for every region.
    let mut seen = BTreeMap::new();
    for (region, ctx) in &ctxs.by_region {
        let here: Vec<Job> = jobs
            .iter()
            .filter(|j| j.manifest.region.as_deref().unwrap_or(&ctxs.default_region) == region.as_str())
            .cloned()
            .collect();
        let plan = ctx.interruptible("preflight", preflight::check(ctx, &here, request.import_existing)).await?;
        for w in &plan.warnings {
            console.err(format!("{} {w}", console.style.yellow("warning:")));
        }
        seen.extend(plan.seen);
        for j in jobs.iter_mut().filter(|j| plan.import.contains(&j.manifest.name)) {
            console.err(format!(
                "{}: taking back the resources an earlier {} stack retained",
                j.manifest.name, j.manifest.name
            ));
            j.import_existing = true;
        }
    }
    // Per region: the staging bucket where a stack needs it, and the assets its stacks use.
    for (region, ctx) in &ctxs.by_region {
        let here: Vec<&forma_synth::StackManifest> =
            stacks.iter().filter(|s| s.region.as_deref().unwrap_or(&ctxs.default_region) == region.as_str()).collect();
        let wanted: Vec<&String> = here.iter().flat_map(|s| &s.assets).collect();
        let assets: Vec<_> = loaded.manifest.assets.iter().filter(|a| wanted.contains(&&a.sha256)).cloned().collect();
        let staged = ctx
            .interruptible(toolkit::TOOLKIT_STACK, async {
                // Every asset is read and checked before the first call.
                let bodies = staging::read_assets(loaded, &assets)?;
                if here.iter().any(|s| s.needs_upload) || !assets.is_empty() {
                    let bucket = toolkit::ensure(ctx).await?;
                    return staging::upload_assets(ctx, &bucket, &assets, bodies).await;
                }
                Ok((0, 0))
            })
            .await?;
        match staged {
            (0, 0) => {}
            (up, there) => console.err(format!("assets: {up} uploaded, {there} already in the staging bucket")),
        }
    }
    let results = apply::apply_all(&ctxs, jobs, seen).await;
    print_results(console, &stacks, &results, opts)?;
    Ok(exit_code(&results))
}

/// Prints each stack's outcome and the outputs (but the exports made for other stacks),
/// and merges the outputs into `outputs.json`.
fn print_results(
    console: &Console,
    stacks: &[forma_synth::StackManifest],
    results: &[(String, Result<apply::StackResult, DeployError>)],
    opts: &Options,
) -> Result<(), DeployError> {
    let style = console.style;
    let mut outputs: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    // Exports synthesis added for other stacks: in outputs.json, not on the screen.
    let mut hidden: std::collections::BTreeSet<(String, String)> = Default::default();
    for (name, r) in results {
        match r {
            Ok(res) => {
                let what = match res.applied {
                    Applied::Unchanged => "unchanged (skipped)".to_owned(),
                    Applied::NoChanges => "no changes".to_owned(),
                    Applied::Created => format!("created in {:.1}s", res.seconds),
                    Applied::Updated => format!("updated in {:.1}s", res.seconds),
                };
                console.err(format!("{} {name}: {what}", style.green("✓")));
                outputs.insert(name.clone(), res.outputs.iter().map(|(k, v, _)| (k.clone(), v.clone())).collect());
                if let Some(m) = stacks.iter().find(|s| &s.name == name) {
                    hidden.extend(
                        m.outputs.iter().filter(|(_, o)| o.cross_stack).map(|(k, _)| (name.clone(), k.clone())),
                    );
                }
            }
            Err(e) => report(console, e),
        }
    }
    let shown: Vec<String> = outputs
        .iter()
        .flat_map(|(s, o)| o.iter().map(move |(k, v)| (s, k, v)))
        .filter(|(s, k, _)| !hidden.contains(&((*s).clone(), (*k).clone())))
        .map(|(s, k, v)| format!("{s}.{k} = {v}"))
        .collect();
    if !shown.is_empty() {
        console.out(format!("Outputs:\n  {}", shown.join("\n  ")));
    }
    if let Some(backup) = write_outputs(&opts.out_dir, &outputs)? {
        console.err(format!(
            "{} {} was not a JSON object: kept it as {} and wrote a new one",
            style.yellow("warning:"),
            opts.out_dir.join(forma_synth::write::OUTPUTS_FILE).display(),
            backup.display()
        ));
    }
    Ok(())
}

/// The resource types whose replacement or removal needs confirmation: forma's own list,
/// and whatever more the manifest names (an edited manifest cannot shorten it).
fn stateful_types(manifest: &forma_synth::Manifest) -> Vec<String> {
    let mut types: Vec<String> = forma_dsl::removal::STATEFUL_TYPES.iter().map(|t| (*t).to_owned()).collect();
    for t in &manifest.stateful_types {
        if !types.contains(t) {
            types.push(t.clone());
        }
    }
    types
}
