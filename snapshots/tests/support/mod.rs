//! What the test modules share: synthesizing the bundled app, and naming its snapshots.

pub mod pytools;

use forma_synth::{Assembly, Format};

/// Every template format, in the order snapshots are taken.
pub const FORMATS: [Format; 2] = [Format::Json, Format::Yaml];

/// Where the snapshot files live.
pub const SNAPSHOT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots");

/// The bundled app, freshly built and synthesized in `format`. Panics with every diagnostic
/// when synthesis fails.
pub fn synth(format: Format) -> Assembly {
    forma_synth::synthesize(&forma_stacks::app(), format)
        .unwrap_or_else(|e| panic!("the bundled stacks do not synthesize ({format:?}):\n{e}"))
}

/// The snapshot name of an assembly's manifest: `json-assembly.manifest.json`.
pub fn manifest_snapshot_name(format: Format) -> String {
    format!("{}-assembly.manifest.json", format.extension())
}

/// Every `(snapshot name, exact text)` an assembly yields: each template under its file
/// name (`Storage.template.json`), then the manifest.
pub fn snapshots(assembly: &Assembly) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        assembly.stacks.iter().map(|s| (s.manifest.template.clone(), s.body.clone())).collect();
    out.push((manifest_snapshot_name(assembly.format), assembly.manifest_body()));
    out
}

/// insta settings for every snapshot here: files named after the snapshot alone
/// (`Storage.template.json.snap`), in [`SNAPSHOT_DIR`].
pub fn insta_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(SNAPSHOT_DIR);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}
