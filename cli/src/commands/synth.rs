//! `forma synth`: the assembly directory.

use std::path::Path;
use std::time::Instant;

use forma_dsl::App;

use crate::{exit, CliError, Console};

pub(crate) fn run(
    app: &App,
    stacks: &[String],
    dir: &Path,
    settings: super::Synthesis,
    quiet: bool,
    console: &Console,
) -> Result<u8, CliError> {
    let started = Instant::now();
    let style = console.style;
    let assembly = super::synthesize(app, settings, console)?.select(stacks)?;
    if !quiet {
        for d in &assembly.diagnostics {
            console.err(format!("{}\n\n", style.diagnostic(d)));
        }
    }
    assembly.write(dir)?;
    if quiet {
        return Ok(exit::SUCCESS);
    }
    let elapsed = started.elapsed();
    let n = assembly.stacks.len();
    let mut text = format!(
        "{} {n} stack{} to {} in {:.1} ms",
        style.green("Synthesized"),
        if n == 1 { "" } else { "s" },
        dir.display(),
        elapsed.as_secs_f64() * 1000.0
    );
    let width = assembly.stacks.iter().map(|s| s.manifest.template.len()).max().unwrap_or(0);
    for s in &assembly.stacks {
        let m = &s.manifest;
        let upload = if m.needs_upload { "  (deployed through S3: over 51,200 bytes)" } else { "" };
        text.push_str(&format!(
            "\n  {:width$}  {:>4} resource{}  {:>8}{upload}",
            m.template,
            m.resource_count,
            if m.resource_count == 1 { " " } else { "s" },
            human_bytes(m.size),
        ));
    }
    if !assembly.assets.is_empty() {
        let total: usize = assembly.assets.iter().map(|a| a.manifest.size).sum();
        text.push_str(&format!("\n  assets/  {} file(s)  {:>8}", assembly.assets.len(), human_bytes(total)));
    }
    console.out(text);
    Ok(exit::SUCCESS)
}

fn human_bytes(n: usize) -> String {
    if n < 1024 {
        format!("{n} B")
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}
