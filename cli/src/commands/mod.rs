//! `synth` and `list`: the commands that need no AWS.

pub mod list;
pub mod synth;

use forma_dsl::App;
use forma_synth::{Assembly, Format};

use crate::{CliError, Console};

/// Synthesizes `app`, printing every diagnostic of a failed synthesis.
pub(crate) fn synthesize(app: &App, format: Format, console: &Console) -> Result<Assembly, CliError> {
    let settings =
        forma_synth::Settings { format, registry: Some(&forma_dsl::cfn::REGISTRY), ..forma_synth::Settings::default() };
    match forma_synth::synthesize_with(app, settings) {
        Ok(assembly) => Ok(assembly),
        Err(e) => {
            for d in &e.diagnostics {
                console.err(format!("{}\n\n", console.style.diagnostic(d)));
            }
            Err(CliError::Synth(e.errors().count()))
        }
    }
}
