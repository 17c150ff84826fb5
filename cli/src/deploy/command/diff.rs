//! `forma diff`.

use std::collections::BTreeMap;

use super::super::assembly::{Closure, Loaded};
use super::super::context::{contexts, Contexts, Hooks, Options, Purpose};
use super::super::error::DeployError;
use super::super::outcome::finish;
use super::super::parameters::parse_parameters;
use super::super::status as operation;
use crate::console::Console;
use crate::exit;

/// What `forma diff` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct DiffRequest {
    /// The stacks named (patterns); none: every stack.
    pub stacks: Vec<String>,
    /// `--parameter Stack:Name=Value`, compared with the deployed values.
    pub parameters: Vec<String>,
    /// Also make (and delete) a change set, for CloudFormation's own view (`--changeset`).
    pub changeset: bool,
}

/// `forma diff`: 0 when nothing differs, 1 when something does, 2 on errors.
pub async fn diff(loaded: &Loaded, request: &DiffRequest, opts: &Options, console: &Console) -> u8 {
    let body = async {
        let stacks = loaded.select(&request.stacks, request.stacks.is_empty(), Closure::Exact)?;
        let params = parse_parameters(&request.parameters, &stacks)?;
        let ctxs = contexts(opts, console, &Hooks::default(), &stacks, Purpose::Read).await?;
        diff_stacks(&ctxs, loaded, &stacks, &params, request.changeset).await
    };
    finish(console, body.await, exit::DIFF_ERROR)
}

/// `forma diff` once connected: prints each stack's diff; [`exit::DIFF_FOUND`] when any
/// template or parameter value differs, else [`exit::SUCCESS`].
pub async fn diff_stacks(
    ctxs: &Contexts,
    loaded: &Loaded,
    stacks: &[forma_synth::StackManifest],
    parameters: &BTreeMap<String, BTreeMap<String, String>>,
    changeset: bool,
) -> Result<u8, DeployError> {
    let none = BTreeMap::new();
    let mut differs = false;
    for m in stacks {
        let given = parameters.get(&m.name).unwrap_or(&none);
        let Some(ctx) = ctxs.for_stack(m) else { continue };
        let (text, any) = ctx.interruptible(&m.name, operation::diff_stack(&ctx, loaded, m, changeset, given)).await?;
        differs |= any;
        ctx.ui.console.out(text);
    }
    Ok(if differs { exit::DIFF_FOUND } else { exit::SUCCESS })
}
