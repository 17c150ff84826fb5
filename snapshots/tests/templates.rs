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
fn each_system_is_deployed_after_the_stacks_it_imports_from() {
    let assembly = synth(Format::Json);
    let names: Vec<&str> = assembly.stacks.iter().map(|s| s.name()).collect();
    let position = |name: &str| names.iter().position(|n| *n == name).unwrap_or_else(|| panic!("no stack {name}"));
    for stack in &assembly.stacks {
        for dependency in &stack.manifest.dependencies {
            assert!(position(dependency) < position(stack.name()), "{} before {dependency}: {names:?}", stack.name());
        }
    }
    let deployer = assembly.stack("image-deployer").expect("the image deployer");
    assert_eq!(deployer.manifest.dependencies, ["web-service-images", "web-service"]);
    let services = assembly.stack("crud-api-services").expect("the CRUD API's services");
    assert_eq!(services.manifest.dependencies, ["crud-api"]);
    // Every stack's name starts with its system's.
    let systems = ["web-service", "image-deployer", "signed-cache", "crud-api", "access-cards"];
    assert!(names.iter().all(|n| systems.iter().any(|s| n.starts_with(s))), "{names:?}");
}
