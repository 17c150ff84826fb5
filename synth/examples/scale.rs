//! The whole process of a synthesis, for timing from outside: builds the scale app of N
//! typed resources (see `benches/apps`), synthesizes it with every literal checked, and writes the assembly into OUTDIR.
//!
//! ```text
//! cargo build --release -p forma-synth --example scale
//! hyperfine --prepare 'rm -rf /tmp/scale' 'target/release/examples/scale 4000 /tmp/scale'
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use forma_synth::{synthesize_with, Format, Settings};

#[allow(dead_code)] // the benches use the other app
#[path = "../benches/apps/mod.rs"]
mod apps;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(resources), Some(out)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("usage: scale RESOURCES OUTDIR   (RESOURCES a multiple of 4)");
        return ExitCode::from(2);
    };
    if resources % 4 != 0 {
        eprintln!("error: RESOURCES must be a multiple of 4, not {resources}");
        return ExitCode::from(2);
    }
    let app = apps::scale(resources);
    // As `forma synth` does: every literal checked against the schema.
    let settings = Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() };
    let assembly = match synthesize_with(&app, settings) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = assembly.write(&PathBuf::from(out)) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    // As `forma_cli::main` does: the process ends, the operating system frees it all at once.
    std::mem::forget((app, assembly));
    ExitCode::SUCCESS
}
