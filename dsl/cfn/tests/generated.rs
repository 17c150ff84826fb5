//! The generated code (and the every-type test's data) is what the generator makes of the
//! vendored schemas: regenerating into a temporary directory changes nothing. When this fails, run
//! `python3 dsl/codegen/generate.py` and commit the result.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                out.insert(path.strip_prefix(root).expect("under the root").to_owned(), bytes);
            }
        }
    }
    out
}

#[test]
fn regenerating_from_the_vendored_schemas_changes_nothing() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generator = crate_dir.join("../codegen/generate.py");
    let tmp = std::env::temp_dir().join(format!("forma-cfn-regenerated-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).expect("a temporary directory");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let status = std::process::Command::new(&python)
        .arg(&generator)
        .arg("--out")
        .arg(&tmp)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {python} {}: {e}", generator.display()));
    assert!(status.success(), "the generator failed ({status})");

    let mut problems: Vec<String> = Vec::new();
    // The crate's code, and the every-type test's data (tests/every_type.rs is hand-written).
    for dir in ["src", "tests/every_type"] {
        let committed = files(&crate_dir.join(dir));
        let fresh = files(&tmp.join(dir));
        for (path, bytes) in &fresh {
            match committed.get(path) {
                None => problems.push(format!("new: {dir}/{}", path.display())),
                Some(old) if old != bytes => problems.push(format!("changed: {dir}/{}", path.display())),
                Some(_) => {}
            }
        }
        problems.extend(
            committed.keys().filter(|p| !fresh.contains_key(*p)).map(|p| format!("stale: {dir}/{}", p.display())),
        );
    }
    let toml = std::fs::read(crate_dir.join("Cargo.toml")).expect("Cargo.toml");
    if std::fs::read(tmp.join("Cargo.toml")).ok().as_ref() != Some(&toml) {
        problems.push("changed: Cargo.toml".into());
    }
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(
        problems.is_empty(),
        "{} generated file(s) differ from what the generator makes:\n  {}\nhint: run `python3 dsl/codegen/generate.py` and commit",
        problems.len(),
        problems.iter().take(20).cloned().collect::<Vec<_>>().join("\n  ")
    );
}
