//! The assembly directory is forma's: writing removes only what the previous manifest
//! recorded, refuses a directory that is not an assembly, and survives concurrent writers.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Barrier};

use forma_dsl::{obj, App, AssetSource, RawResource};
use forma_synth::write::{WriteErrorKind, LOCK_FILE};
use forma_synth::{Assembly, Manifest};
use sha2::{Digest, Sha256};

use crate::support::synth;

/// A fresh directory of this test's own (not created).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forma-synth-outdir-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// Every file under `dir`, relative, with `/`, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_owned()];
    while let Some(d) = dirs.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                dirs.push(path.clone());
            }
            let rel = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            out.push(if path.is_dir() { format!("{rel}/") } else { rel });
        }
    }
    out.sort();
    out
}

/// Stacks named `names`, one queue each; `Api` also has a code asset from `code`.
fn app(names: &[&str], code: Option<&Path>) -> Assembly {
    let app = App::new();
    for name in names {
        let s = app.stack(name);
        s.add("Q", RawResource::new("AWS::SQS::Queue"));
        if let (Some(code), true) = (code, *name == "Api") {
            let asset = s.add_asset("Code", AssetSource::Directory(code.to_owned()));
            s.add(
                "Handler",
                RawResource::new("AWS::Lambda::Function")
                    .property("Code", obj! { "S3Bucket" => asset.bucket(), "S3Key" => asset.key() }),
            );
        }
    }
    synth(&app)
}

fn code_dir(name: &str) -> PathBuf {
    let dir = scratch(&format!("{name}-code"));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("index.py"), "def handler(event, context):\n    return event\n").unwrap();
    dir
}

fn read_manifest(dir: &Path) -> Manifest {
    serde_json::from_slice(&fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn a_persons_files_survive_a_synth_that_drops_a_stack() {
    let dir = scratch("survive");
    app(&["Old", "Keep"], None).write(&dir).unwrap();
    // Files a person put there, some named like forma's own.
    fs::write(dir.join("notes.txt"), "mine").unwrap();
    fs::write(dir.join("Draft.template.json"), "{}").unwrap();
    fs::create_dir_all(dir.join("assets")).unwrap();
    fs::write(dir.join("assets/diagram.png"), "png").unwrap();

    let a = app(&["Keep"], None);
    a.write(&dir).unwrap();

    assert_eq!(
        tree(&dir),
        [
            LOCK_FILE,
            "Draft.template.json",
            "Keep.template.json",
            "assets/",
            "assets/diagram.png",
            "manifest.json",
            "notes.txt"
        ],
        "only Old.template.json, which the previous manifest recorded, is gone"
    );
    assert_eq!(read_manifest(&dir), a.manifest());
    assert_eq!(fs::read_to_string(dir.join("Draft.template.json")).unwrap(), "{}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn only_recorded_assets_are_removed_and_an_emptied_assets_directory_goes_too() {
    let code = code_dir("assets");
    let dir = scratch("assets");
    let a = app(&["Api", "Other"], Some(&code));
    let asset = a.assets[0].manifest.file.clone();
    a.write(&dir).unwrap();
    assert!(dir.join(&asset).is_file());

    a.select(&["Other".into()]).unwrap().write(&dir).unwrap();
    assert_eq!(tree(&dir), [LOCK_FILE, "Other.template.json", "manifest.json"]);

    // With a person's file beside the asset, the directory stays.
    a.write(&dir).unwrap();
    fs::write(dir.join("assets/README"), "mine").unwrap();
    a.select(&["Other".into()]).unwrap().write(&dir).unwrap();
    assert_eq!(tree(&dir), [LOCK_FILE, "Other.template.json", "assets/", "assets/README", "manifest.json"]);
    fs::remove_dir_all(dir).unwrap();
    fs::remove_dir_all(code).unwrap();
}

#[test]
fn a_directory_that_is_not_an_assembly_is_refused_and_untouched() {
    let dir = scratch("foreign");
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::write(dir.join("src/main.rs"), "fn main() {}").unwrap();
    fs::write(dir.join("Cargo.toml"), "[package]").unwrap();
    let before = tree(&dir);

    let e = app(&["Web"], None).write(&dir).unwrap_err();

    assert!(matches!(e.kind, WriteErrorKind::NotAnAssembly { .. }), "{e:?}");
    assert!(e.is_foreign());
    assert_eq!(
        e.to_string(),
        format!("{} is not empty and holds no forma assembly (it has Cargo.toml, src)", dir.display())
    );
    assert_eq!(tree(&dir), before, "not even a lock file was created");

    // A manifest.json that is not forma's is not written over.
    let other = scratch("foreign-manifest");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join("manifest.json"), r#"{"name": "my-extension", "version": "1.0"}"#).unwrap();
    let e = app(&["Web"], None).write(&other).unwrap_err();
    assert!(matches!(e.kind, WriteErrorKind::ForeignManifest { .. }), "{e:?}");
    assert!(
        e.to_string().starts_with(&format!("{} is not a forma manifest (", other.join("manifest.json").display())),
        "{e}"
    );
    assert_eq!(tree(&other), ["manifest.json"]);
    assert_eq!(
        fs::read_to_string(other.join("manifest.json")).unwrap(),
        r#"{"name": "my-extension", "version": "1.0"}"#
    );
    fs::remove_dir_all(dir).unwrap();
    fs::remove_dir_all(other).unwrap();
}

#[test]
fn an_empty_directory_or_one_with_only_apply_outputs_is_written() {
    let dir = scratch("empty");
    fs::create_dir_all(&dir).unwrap();
    app(&["Web"], None).write(&dir).unwrap();
    assert_eq!(tree(&dir), [LOCK_FILE, "Web.template.json", "manifest.json"]);

    let outputs = scratch("outputs-only");
    fs::create_dir_all(&outputs).unwrap();
    fs::write(outputs.join("outputs.json"), "{}\n").unwrap();
    app(&["Web"], None).write(&outputs).unwrap();
    assert_eq!(tree(&outputs), [LOCK_FILE, "Web.template.json", "manifest.json", "outputs.json"]);
    fs::remove_dir_all(dir).unwrap();
    fs::remove_dir_all(outputs).unwrap();
}

#[test]
fn a_previous_manifest_naming_a_file_outside_the_directory_is_rejected() {
    let root = scratch("escape");
    let dir = root.join("out");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("x"), "precious").unwrap();
    app(&["Web"], None).write(&dir).unwrap();
    let path = dir.join("manifest.json");
    let edited = fs::read_to_string(&path).unwrap().replace("\"Web.template.json\"", "\"../x\"");
    fs::write(&path, &edited).unwrap();

    // The next synthesis no longer has Web: the previous manifest's "../x" would be removed.
    let e = app(&["Api"], None).write(&dir).unwrap_err();

    let WriteErrorKind::PathOutside(p) = &e.kind else { panic!("{e:?}") };
    assert_eq!((p.stack.as_deref(), p.path.as_str()), (Some("Web"), "../x"));
    assert_eq!(
        e.to_string(),
        format!(
            "{}: stack Web: the template path \"../x\" goes up with ..; a manifest names only files inside its \
             assembly directory (relative, without ..)",
            path.display()
        )
    );
    assert_eq!(fs::read_to_string(root.join("x")).unwrap(), "precious");
    assert_eq!(fs::read_to_string(&path).unwrap(), edited, "the manifest was not replaced");
    assert!(!dir.join("Api.template.json").exists());
    fs::remove_dir_all(root).unwrap();
}

#[test]
fn check_paths_names_the_stack_and_the_path() {
    let mut m = app(&["Web"], None).manifest();
    assert_eq!(m.check_paths(), Ok(()));
    m.stacks[0].template = "/etc/passwd".into();
    let e = m.check_paths().unwrap_err();
    assert_eq!(
        (e.stack.as_deref(), e.field, e.path.as_str(), e.reason),
        (Some("Web"), "template", "/etc/passwd", "is absolute")
    );
}

#[test]
fn concurrent_writers_into_one_directory_both_succeed_with_a_whole_assembly() {
    let code = code_dir("concurrent");
    let a = Arc::new(app(&["Api", "Data", "Web", "Ops"], Some(&code)));
    for round in 0..20 {
        let dir = scratch(&format!("concurrent-{round}"));
        let gate = Arc::new(Barrier::new(2));
        let writers: Vec<_> = (0..2)
            .map(|_| {
                let (a, dir, gate) = (a.clone(), dir.clone(), gate.clone());
                std::thread::spawn(move || {
                    gate.wait();
                    a.write(&dir)
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap().unwrap_or_else(|e| panic!("round {round}: {e}"));
        }
        let manifest = read_manifest(&dir);
        assert_eq!(manifest, a.manifest());
        for s in &manifest.stacks {
            let body = fs::read(dir.join(&s.template)).unwrap();
            assert_eq!(format!("{:x}", Sha256::digest(&body)), s.sha256, "{} is whole", s.template);
        }
        assert_eq!(fs::read(dir.join(&manifest.assets[0].file)).unwrap(), *a.assets[0].bytes);
        let left: Vec<String> = tree(&dir).into_iter().filter(|f| f.ends_with(".tmp")).collect();
        assert!(left.is_empty(), "temporary files left: {left:?}");
        fs::remove_dir_all(dir).unwrap();
    }
    fs::remove_dir_all(code).unwrap();
}

#[test]
fn a_first_write_interrupted_before_its_manifest_is_finished_by_the_next() {
    // What a first synth killed halfway leaves: forma's lock file and a template.
    let dir = scratch("interrupted");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(LOCK_FILE), "").unwrap();
    fs::write(dir.join("Old.template.json"), "{\"half\": ").unwrap();
    app(&["Web"], None).write(&dir).expect("forma's own directory is written again");
    assert_eq!(tree(&dir), [LOCK_FILE, "Old.template.json", "Web.template.json", "manifest.json"]);
    assert_eq!(read_manifest(&dir).stacks.len(), 1);
    fs::remove_dir_all(dir).unwrap();
}
