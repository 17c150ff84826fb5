//! `outputs.json`: the stacks' outputs after an apply, merged into the assembly directory.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value as Json;

use super::error::{DeployError, ErrorKind};

/// Merges the outputs into `dir/outputs.json`: stacks not applied this time keep theirs,
/// and so does anything else in the file. Written whole, under the directory's lock. An
/// existing file that is not a JSON object is kept aside (`outputs.json.bak`, or
/// `outputs.json.bak.N` when that is taken); its new name is returned.
pub(crate) fn write_outputs(
    dir: &Path,
    outputs: &BTreeMap<String, BTreeMap<String, String>>,
) -> Result<Option<std::path::PathBuf>, DeployError> {
    use forma_synth::write::{lock, write_atomic, OUTPUTS_FILE};
    let path = dir.join(OUTPUTS_FILE);
    let io = |what: &str, p: &Path, e: std::io::Error| {
        DeployError::new(ErrorKind::Input, format!("cannot {what} {}: {e}", p.display()))
            .hint("check that the directory is writable, or pick another with --out")
    };
    let written = |e: forma_synth::write::WriteError| {
        DeployError::new(ErrorKind::Input, e.to_string())
            .hint("check that the directory is writable, or pick another with --out")
    };
    std::fs::create_dir_all(dir).map_err(|e| io("create", dir, e))?;
    let _lock = lock(dir).map_err(written)?;
    let mut kept_aside = None;
    let mut all: BTreeMap<String, Json> = match std::fs::read(&path) {
        Ok(bytes) => match serde_json::from_slice::<BTreeMap<String, Json>>(&bytes) {
            Ok(all) => all,
            Err(_) => {
                let backup =
                    (1..100)
                        .map(|n| {
                            if n == 1 {
                                dir.join("outputs.json.bak")
                            } else {
                                dir.join(format!("outputs.json.bak.{n}"))
                            }
                        })
                        .find(|p| !p.exists())
                        .ok_or_else(|| {
                            DeployError::new(
                                ErrorKind::Input,
                                format!("{} is not valid JSON, and 99 earlier backups of it exist", path.display()),
                            )
                            .hint("remove the outputs.json.bak files you no longer need")
                        })?;
                std::fs::rename(&path, &backup).map_err(|e| io("move aside", &path, e))?;
                kept_aside = Some(backup);
                BTreeMap::new()
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
        Err(e) => return Err(io("read", &path, e)),
    };
    for (k, v) in outputs {
        all.insert(k.clone(), serde_json::to_value(v).unwrap_or_default());
    }
    let body = serde_json::to_string_pretty(&all).unwrap_or_default() + "\n";
    write_atomic(&path, body.as_bytes()).map_err(written)?;
    Ok(kept_aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("forma-outputs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn outputs(stack: &str, key: &str, value: &str) -> BTreeMap<String, BTreeMap<String, String>> {
        [(stack.to_owned(), [(key.to_owned(), value.to_owned())].into())].into()
    }

    fn read(path: &Path) -> Json {
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn outputs_are_merged_keeping_other_stacks_and_other_entries() {
        let dir = scratch("merge");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("outputs.json"), r#"{"Data": {"Table": "t-1"}, "Web": {"Url": "old"}, "note": [1]}"#)
            .unwrap();
        assert_eq!(write_outputs(&dir, &outputs("Web", "Url", "https://new")).unwrap(), None);
        assert_eq!(
            read(&dir.join("outputs.json")),
            serde_json::json!({"Data": {"Table": "t-1"}, "Web": {"Url": "https://new"}, "note": [1]})
        );
        let names: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn outputs_that_are_not_json_are_kept_aside_not_thrown_away() {
        let dir = scratch("broken");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("outputs.json"), "{\"Data\": {\"Table\": ").unwrap();
        let backup = write_outputs(&dir, &outputs("Web", "Url", "u")).unwrap();
        assert_eq!(backup, Some(dir.join("outputs.json.bak")));
        assert_eq!(std::fs::read_to_string(dir.join("outputs.json.bak")).unwrap(), "{\"Data\": {\"Table\": ");
        assert_eq!(read(&dir.join("outputs.json")), serde_json::json!({"Web": {"Url": "u"}}));
        // A second broken file does not replace the first backup.
        std::fs::write(dir.join("outputs.json"), "[oops").unwrap();
        let backup = write_outputs(&dir, &outputs("Web", "Url", "u")).unwrap();
        assert_eq!(backup, Some(dir.join("outputs.json.bak.2")));
        assert_eq!(std::fs::read_to_string(dir.join("outputs.json.bak")).unwrap(), "{\"Data\": {\"Table\": ");
        assert_eq!(std::fs::read_to_string(dir.join("outputs.json.bak.2")).unwrap(), "[oops");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
