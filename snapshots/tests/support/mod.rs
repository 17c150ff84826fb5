//! What the test modules share: synthesizing the bundled app, and naming its snapshots.

pub mod pytools;
pub mod serverless;

use forma_synth::{Assembly, Format, Settings, Target};

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

/// The bundled app synthesized in the SAM target: `(snapshot name, exact text)` of each
/// template (`Ingest.sam.template.json`).
pub fn bundled_sam_snapshots(format: Format) -> Vec<(String, String)> {
    let settings = Settings { format, target: Target::Sam, ..Settings::default() };
    let assembly = forma_synth::synthesize_with(&forma_stacks::app(), settings)
        .unwrap_or_else(|e| panic!("the bundled stacks do not synthesize in the SAM target ({format:?}):\n{e}"));
    assembly.stacks.into_iter().map(|s| (format!("{}.sam.template.{}", s.name(), format.extension()), s.body)).collect()
}

/// The serverless test stack ([`serverless`]) synthesized in `target` and `format`, every
/// literal checked. Panics with every diagnostic when synthesis fails.
pub fn synth_serverless(target: Target, format: Format) -> Assembly {
    let registry = Some(&forma_dsl::cfn::REGISTRY);
    let settings = Settings { format, target, registry, ..Settings::default() };
    forma_synth::synthesize_with(&serverless::app(), settings)
        .unwrap_or_else(|e| panic!("the serverless stack does not synthesize ({target:?}, {format:?}):\n{e}"))
}

/// Every `(snapshot name, exact text)` of the serverless stack in `format`, in both targets:
/// `Serverless.sam.template.json`.
pub fn serverless_snapshots(format: Format) -> Vec<(String, String)> {
    [Target::CloudFormation, Target::Sam]
        .into_iter()
        .flat_map(|target| {
            synth_serverless(target, format)
                .stacks
                .into_iter()
                .map(move |s| (format!("{}.{}.template.{}", s.name(), target.as_str(), format.extension()), s.body))
        })
        .collect()
}
