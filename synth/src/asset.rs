//! Asset packaging: a directory becomes a deterministic zip named by its content hash.
//!
//! The same files give the same bytes on every machine: entries in path order, forward
//! slashes, a fixed timestamp (1980-01-01), permissions reduced to 0644 or 0755.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use forma_core::asset::AssetSource;
use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::Diagnostic;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::work::Work;

/// The staging bucket's name as a `Fn::Sub` template: one bucket per account and region.
pub const STAGING_BUCKET_SUB: &str = "forma-assets-${AWS::AccountId}-${AWS::Region}";

/// The staging bucket's name for an account and region (what [`STAGING_BUCKET_SUB`]
/// resolves to).
pub fn staging_bucket_name(account: &str, region: &str) -> String {
    format!("forma-assets-{account}-{region}")
}

/// A packaged asset.
#[derive(Debug, Clone)]
pub struct AssetArtifact {
    pub manifest: AssetManifest,
    pub bytes: Arc<Vec<u8>>,
}

/// An asset in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssetManifest {
    /// SHA-256 of the packaged bytes, lower-case hex.
    pub sha256: String,
    /// The file, relative to the assembly directory: `assets/<sha256>.zip`.
    pub file: String,
    /// The object key in the staging bucket.
    pub key: String,
    pub size: usize,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Packs an asset; the error says what is wrong with the source.
pub fn package(source: &AssetSource) -> Result<AssetArtifact, String> {
    let (bytes, ext) = match source {
        AssetSource::Directory(dir) => (zip_dir(dir)?, "zip".to_owned()),
        AssetSource::File(file) => {
            let bytes = fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("bin").to_owned();
            (bytes, ext)
        }
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    let name = format!("{sha256}.{ext}");
    Ok(AssetArtifact {
        manifest: AssetManifest {
            file: format!("assets/{name}"),
            key: format!("assets/{name}"),
            size: bytes.len(),
            sha256,
        },
        bytes: Arc::new(bytes),
    })
}

/// Packs every asset of the app, stack by stack: the manifest entry of each asset node, and
/// the packed assets by hash (one per distinct content).
pub(crate) fn package_all(
    model: &Model,
    work: &[Work],
    diags: &mut Vec<Diagnostic>,
) -> (HashMap<NodeId, AssetManifest>, BTreeMap<String, AssetArtifact>) {
    let mut by_node = HashMap::new();
    let mut packed = BTreeMap::new();
    for &n in work.iter().flat_map(|w| &w.asset_nodes) {
        let node = model.node(n);
        let NodeKind::Asset(source) = &node.kind else { continue };
        match package(source) {
            Ok(a) => {
                by_node.insert(n, a.manifest.clone());
                packed.entry(a.manifest.sha256.clone()).or_insert(a);
            }
            Err(e) => diags.push(
                Diagnostic::error("missing-asset", model.path(n), format!("the asset cannot be packed: {e}"))
                    .hint("check the path; relative paths start from the directory forma runs in")
                    .at(node.location),
            ),
        }
    }
    (by_node, packed)
}

/// What a directory asset never holds: interpreter caches and editor or VCS leftovers, which
/// differ between machines and runs (a test run writing `__pycache__` would change the
/// asset's hash, and the function with it).
fn skipped(name: &str) -> bool {
    matches!(name, "__pycache__" | ".git" | ".DS_Store" | ".mypy_cache" | ".pytest_cache")
        || name.ends_with(".pyc")
        || name.ends_with(".pyo")
        || name.ends_with('~')
}

/// Every file under `root` (but the [`skipped`] ones), as (relative path with `/`, absolute
/// path), in path order.
fn files(root: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
            if skipped(&entry.file_name().to_string_lossy()) {
                continue;
            }
            let path = entry.path();
            let meta = fs::metadata(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if meta.is_dir() {
                if !entry.file_type().is_ok_and(|t| t.is_symlink()) {
                    dirs.push(path);
                }
            } else {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let name: Vec<String> =
                    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                out.push((name.join("/"), path));
            }
        }
    }
    out.sort();
    Ok(out)
}

fn zip_dir(dir: &Path) -> Result<Vec<u8>, String> {
    if !dir.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
    }
    let files = files(dir)?;
    if files.is_empty() {
        return Err(format!("{} is empty", dir.display()));
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, path) in files {
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let executable = executable(&path);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(if executable { 0o755 } else { 0o644 });
        zip.start_file(name, options).map_err(|e| format!("cannot zip {}: {e}", path.display()))?;
        zip.write_all(&bytes).map_err(|e| format!("cannot zip {}: {e}", path.display()))?;
    }
    let cursor = zip.finish().map_err(|e| format!("cannot zip {}: {e}", dir.display()))?;
    Ok(cursor.into_inner())
}

#[cfg(unix)]
fn executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn executable(_: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("forma-asset-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("lib")).unwrap();
        fs::write(dir.join("index.py"), "def handler(e, c):\n    return 1\n").unwrap();
        fs::write(dir.join("lib/util.py"), "X = 1\n").unwrap();
        dir
    }

    #[test]
    fn zips_are_deterministic_and_content_addressed() {
        let dir = tree("det");
        let a = package(&AssetSource::Directory(dir.clone())).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        // Touching a file (new mtime, same content) changes nothing.
        fs::write(dir.join("lib/util.py"), "X = 1\n").unwrap();
        let b = package(&AssetSource::Directory(dir.clone())).unwrap();
        assert_eq!(a.bytes, b.bytes);
        assert_eq!(a.manifest.key, format!("assets/{}.zip", a.manifest.sha256));
        fs::write(dir.join("lib/util.py"), "X = 2\n").unwrap();
        let c = package(&AssetSource::Directory(dir.clone())).unwrap();
        assert_ne!(a.manifest.sha256, c.manifest.sha256);
        let mut archive = zip::ZipArchive::new(Cursor::new(c.bytes.to_vec())).unwrap();
        let names: Vec<String> =
            (0..archive.len()).map(|i| archive.by_index(i).unwrap().name().unwrap().to_string()).collect();
        assert_eq!(names, ["index.py", "lib/util.py"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_or_empty_sources_are_errors() {
        let missing = std::env::temp_dir().join("forma-asset-does-not-exist");
        assert!(package(&AssetSource::Directory(missing.clone())).unwrap_err().contains("is not a directory"));
        assert!(package(&AssetSource::File(missing)).unwrap_err().contains("cannot read"));
    }
}
