//! `forma synth`: the assembly directory.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use forma_dsl::App;
use forma_synth::Format;

use crate::{exit, CliError, Style};

#[allow(clippy::too_many_arguments)]
pub(crate) fn run(
    app: &App,
    stacks: &[String],
    dir: &Path,
    format: Format,
    quiet: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
    style: Style,
) -> Result<u8, CliError> {
    let started = Instant::now();
    let assembly = super::synthesize(app, format, err, style)?.select(stacks)?;
    if !quiet {
        for d in &assembly.diagnostics {
            writeln!(err, "{}\n", style.diagnostic(d))?;
        }
    }
    assembly.write(dir)?;
    if quiet {
        return Ok(exit::SUCCESS);
    }
    let elapsed = started.elapsed();
    let n = assembly.stacks.len();
    writeln!(
        out,
        "{} {n} stack{} to {} in {:.1} ms",
        style.green("Synthesized"),
        if n == 1 { "" } else { "s" },
        dir.display(),
        elapsed.as_secs_f64() * 1000.0
    )?;
    let width = assembly.stacks.iter().map(|s| s.manifest.template.len()).max().unwrap_or(0);
    for s in &assembly.stacks {
        let m = &s.manifest;
        let upload = if m.needs_upload { "  (deployed through S3: over 51,200 bytes)" } else { "" };
        writeln!(
            out,
            "  {:width$}  {:>4} resource{}  {:>8}{upload}",
            m.template,
            m.resource_count,
            if m.resource_count == 1 { " " } else { "s" },
            human_bytes(m.size),
        )?;
    }
    Ok(exit::SUCCESS)
}

fn human_bytes(n: usize) -> String {
    if n < 1024 {
        format!("{n} B")
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}
