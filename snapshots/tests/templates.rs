//! Every template and manifest, in every format, against its reviewed snapshot.

use forma_synth::Format;

use crate::support::{bundled_sam_snapshots, insta_settings, snapshots, synth, FORMATS};

/// Snapshots each template of the `format` assembly, and its manifest.
fn assert_assembly_snapshots(format: Format) {
    let assembly = synth(format);
    insta_settings().bind(|| {
        for (name, body) in snapshots(&assembly) {
            insta::assert_snapshot!(name, body);
        }
    });
}

#[test]
fn json_templates_match_their_snapshots() {
    assert_assembly_snapshots(Format::Json);
}

#[test]
fn yaml_templates_match_their_snapshots() {
    assert_assembly_snapshots(Format::Yaml);
}

#[test]
fn bundled_templates_match_their_snapshots_in_the_sam_target() {
    for format in FORMATS {
        let snapshots = bundled_sam_snapshots(format);
        insta_settings().bind(|| {
            for (name, body) in snapshots {
                insta::assert_snapshot!(name, body);
            }
        });
    }
}

#[test]
fn bundled_stacks_synthesize_without_warnings() {
    for format in FORMATS {
        let assembly = synth(format);
        let found: Vec<String> = assembly.diagnostics.iter().map(ToString::to_string).collect();
        assert!(found.is_empty(), "synthesis ({format:?}) reported:\n{}", found.join("\n"));
    }
}

#[test]
fn storage_is_deployed_before_the_stacks_that_import_from_it() {
    let assembly = synth(Format::Json);
    let names: Vec<&str> = assembly.stacks.iter().map(|s| s.name()).collect();
    assert_eq!(names, ["Storage", "Ingest"]);
    let ingest = assembly.stack("Ingest").expect("an Ingest stack");
    assert_eq!(ingest.manifest.dependencies, ["Storage"]);
}
