//! `synth` and `list`: the commands that need no AWS.

pub mod list;
pub mod synth;

use forma_dsl::App;
use forma_synth::{Assembly, Format, Target};

use crate::{CliError, Console};

/// What the command line chose for synthesis.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Synthesis {
    pub(crate) format: Format,
    pub(crate) target: Target,
}

/// Synthesizes `app`, printing every diagnostic of a failed synthesis.
pub(crate) fn synthesize(app: &App, chosen: Synthesis, console: &Console) -> Result<Assembly, CliError> {
    let settings = forma_synth::Settings {
        format: chosen.format,
        target: chosen.target,
        registry: Some(&forma_dsl::cfn::REGISTRY),
        ..forma_synth::Settings::default()
    };
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
