//! One module per command.

pub mod list;
pub mod synth;

use std::io::Write;

use forma_dsl::App;
use forma_synth::{Assembly, Format};

use crate::{CliError, Style};

/// Synthesizes `app`, printing every diagnostic of a failed synthesis to `err`.
pub(crate) fn synthesize(app: &App, format: Format, err: &mut dyn Write, style: Style) -> Result<Assembly, CliError> {
    match forma_synth::synthesize(app, format) {
        Ok(assembly) => Ok(assembly),
        Err(e) => {
            for d in &e.diagnostics {
                writeln!(err, "{}\n", style.diagnostic(d))?;
            }
            Err(CliError::Synth(e.errors().count()))
        }
    }
}
