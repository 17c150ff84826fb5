//! `forma status`.

use super::super::assembly::{Closure, Loaded};
use super::super::context::{contexts, Contexts, Hooks, Options, Purpose};
use super::super::error::DeployError;
use super::super::outcome::finish;
use super::super::status as operation;
use crate::console::Console;
use crate::exit;

/// What `forma status` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct StatusRequest {
    /// The stacks named (patterns); none: every stack.
    pub stacks: Vec<String>,
    /// Also detect drift (`--drift`).
    pub drift: bool,
}

/// `forma status`.
pub async fn status(loaded: &Loaded, request: &StatusRequest, opts: &Options, console: &Console) -> u8 {
    let body = async {
        let stacks = loaded.select(&request.stacks, request.stacks.is_empty(), Closure::Exact)?;
        let ctxs = contexts(opts, console, &Hooks::default(), &stacks, Purpose::Read).await?;
        status_stacks(&ctxs, &stacks, request.drift).await
    };
    finish(console, body.await, exit::FAILURE)
}

/// `forma status` once connected: prints the table; [`exit::FAILURE`] when the status of
/// any stack could not be read (its error is in the table).
pub async fn status_stacks(
    ctxs: &Contexts,
    stacks: &[forma_synth::StackManifest],
    drift: bool,
) -> Result<u8, DeployError> {
    let (table, failed) = operation::status_table(ctxs, stacks, drift).await?;
    if let Some(ctx) = ctxs.default_ctx() {
        ctx.ui.console.out(table);
    }
    Ok(if failed > 0 { exit::FAILURE } else { exit::SUCCESS })
}
