//! The assembly directory: forma's, and nothing else in it is touched.
//!
//! One rule for every file forma puts there (templates, assets, the manifest, apply's
//! `outputs.json`):
//!
//! - forma writes into a directory that is missing, empty, or holds a forma manifest; a
//!   directory holding anything else (or a `manifest.json` that is not forma's) is refused
//!   and left as it is. forma's own bookkeeping ([`LOCK_FILE`], [`OUTPUTS_FILE`] and its
//!   backups) does not count as anything else.
//! - Each file is written whole: into a temporary file beside it, named for this process and
//!   write, then renamed over the old one. The manifest goes last, so a reader sees either
//!   the old assembly or the new one, never a mix.
//! - A write holds an advisory lock on [`LOCK_FILE`] from the moment it looks at the
//!   directory until the manifest is in place: concurrent runs take turns.
//! - The only files removed are those the previous manifest recorded (templates and assets)
//!   that the new one does not. Files a person put there stay.
//! - A manifest names files inside its directory only: relative paths, no `..`
//!   ([`Manifest::check_paths`]).

use std::collections::BTreeSet;
use std::error::Error;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use crate::assembly::{Assembly, Manifest, StackManifest, MANIFEST_FILE, MANIFEST_VERSION};
use crate::asset::AssetManifest;

/// The lock file inside an assembly directory, held while forma writes there.
pub const LOCK_FILE: &str = ".forma.lock";
/// Where apply keeps the stacks' outputs, inside the assembly directory.
pub const OUTPUTS_FILE: &str = "outputs.json";

/// Writing into an assembly directory failed. `path` is the file or directory concerned.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub kind: WriteErrorKind,
}

/// Why a write failed.
#[derive(Debug)]
pub enum WriteErrorKind {
    /// The file system refused.
    Io(io::Error),
    /// The directory is not empty and holds no forma manifest; `found` lists (some of) what
    /// it holds.
    NotAnAssembly { found: Vec<String> },
    /// The directory's `manifest.json` is not a forma manifest.
    ForeignManifest { reason: String },
    /// The directory's manifest names a file outside the directory.
    PathOutside(PathError),
}

impl WriteError {
    fn io(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
        move |e| WriteError { path: path.to_owned(), kind: WriteErrorKind::Io(e) }
    }

    /// The directory (or its manifest) is not forma's to write: nothing was written.
    pub fn is_foreign(&self) -> bool {
        !matches!(self.kind, WriteErrorKind::Io(_))
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            WriteErrorKind::Io(e) => write!(f, "cannot write {path}: {e}"),
            WriteErrorKind::NotAnAssembly { found } => {
                write!(f, "{path} is not empty and holds no forma assembly (it has {})", found.join(", "))
            }
            WriteErrorKind::ForeignManifest { reason } => {
                write!(f, "{path} is not a forma manifest ({reason})")
            }
            WriteErrorKind::PathOutside(e) => write!(f, "{path}: {e}"),
        }
    }
}

impl Error for WriteError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match &self.kind {
            WriteErrorKind::Io(e) => Some(e),
            WriteErrorKind::PathOutside(e) => Some(e),
            _ => None,
        }
    }
}

/// A manifest names a file outside its assembly directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// The stack whose template it is, or the first stack using the asset.
    pub stack: Option<String>,
    /// `template` or `asset`.
    pub field: &'static str,
    pub path: String,
    /// What is wrong with it: `is absolute`, `goes up with ..`, ...
    pub reason: &'static str,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(stack) = &self.stack {
            write!(f, "stack {stack}: ")?;
        }
        write!(
            f,
            "the {} path {:?} {}; a manifest names only files inside its assembly directory (relative, without ..)",
            self.field, self.path, self.reason
        )
    }
}

impl Error for PathError {}

/// Why `path` does not stay inside the directory it is relative to, if it does not (read
/// without the file system: links are the reader's to resolve).
pub fn outside(path: &str) -> Option<&'static str> {
    if path.is_empty() {
        return Some("is empty");
    }
    // A manifest may be read on another system than the one that wrote it.
    if path.contains('\\') {
        return Some("contains a backslash");
    }
    let mut names = 0;
    for c in Path::new(path).components() {
        match c {
            Component::Normal(_) => names += 1,
            Component::CurDir => {}
            Component::ParentDir => return Some("goes up with .."),
            Component::RootDir => return Some("is absolute"),
            Component::Prefix(_) => return Some("has a drive or share prefix"),
        }
    }
    (names == 0).then_some("names no file")
}

impl Manifest {
    /// Checks that every template and asset path stays inside the assembly directory: a
    /// relative path without `..`, root or prefix. The first offender is the error.
    pub fn check_paths(&self) -> Result<(), PathError> {
        ManifestRef::of(self).check_paths()
    }
}

/// A manifest borrowed from what it describes: what the writer checks and writes, without a
/// copy of every stack's entry. Serializes exactly as [`Manifest`] does.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ManifestRef<'a> {
    version: u32,
    stacks: Vec<&'a StackManifest>,
    assets: Vec<&'a AssetManifest>,
    stateful_types: Vec<&'a str>,
}

impl<'a> ManifestRef<'a> {
    fn of(m: &'a Manifest) -> Self {
        ManifestRef {
            version: m.version,
            stacks: m.stacks.iter().collect(),
            assets: m.assets.iter().collect(),
            stateful_types: m.stateful_types.iter().map(String::as_str).collect(),
        }
    }

    pub(crate) fn of_assembly(a: &'a Assembly) -> Self {
        ManifestRef {
            version: MANIFEST_VERSION,
            stacks: a.stacks.iter().map(|s| &s.manifest).collect(),
            assets: a.assets.iter().map(|a| &a.manifest).collect(),
            stateful_types: forma_core::removal::STATEFUL_TYPES.to_vec(),
        }
    }

    fn check_paths(&self) -> Result<(), PathError> {
        for s in &self.stacks {
            if let Some(reason) = outside(&s.template) {
                return Err(PathError {
                    stack: Some(s.name.clone()),
                    field: "template",
                    path: s.template.clone(),
                    reason,
                });
            }
        }
        for a in &self.assets {
            if let Some(reason) = outside(&a.file) {
                let user = self.stacks.iter().find(|s| s.assets.contains(&a.sha256));
                return Err(PathError {
                    stack: user.map(|s| s.name.clone()),
                    field: "asset",
                    path: a.file.clone(),
                    reason,
                });
            }
        }
        Ok(())
    }

    /// The files of the assembly: templates and assets, relative to its directory.
    fn files(&self) -> BTreeSet<&'a str> {
        let templates = self.stacks.iter().map(|s| s.template.as_str());
        templates.chain(self.assets.iter().map(|a| a.file.as_str())).collect()
    }

    pub(crate) fn body(&self) -> String {
        let mut body = serde_json::to_string_pretty(self).unwrap_or_default();
        body.push('\n');
        body
    }
}

/// forma's own files in an assembly directory, other than the assembly itself.
fn bookkeeping(name: &str) -> bool {
    name == LOCK_FILE || name == OUTPUTS_FILE || name.starts_with("outputs.json.bak")
}

/// What an assembly directory holds now: `None` when it is missing or holds nothing but
/// forma's bookkeeping, the manifest of the assembly there, or the error that says why forma
/// must not write there.
pub fn check_dir(dir: &Path) -> Result<Option<Manifest>, WriteError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(WriteError::io(dir)(e)),
    };
    let mut found = Vec::new();
    let mut has_manifest = false;
    let mut has_lock = false;
    for entry in entries {
        let name = entry.map_err(WriteError::io(dir))?.file_name().to_string_lossy().into_owned();
        has_lock |= name == LOCK_FILE;
        if name == MANIFEST_FILE {
            has_manifest = true;
        } else if !bookkeeping(&name) {
            found.push(name);
        }
    }
    if has_manifest {
        let path = dir.join(MANIFEST_FILE);
        let bytes = fs::read(&path).map_err(WriteError::io(&path))?;
        let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| WriteError {
            path: path.clone(),
            kind: WriteErrorKind::ForeignManifest { reason: e.to_string() },
        })?;
        manifest.check_paths().map_err(|e| WriteError { path, kind: WriteErrorKind::PathOutside(e) })?;
        return Ok(Some(manifest));
    }
    // forma's lock file is made only in a directory forma accepted: a first write that was
    // interrupted before its manifest landed left it. Nothing is recorded, so nothing is
    // removed; the new assembly is written over what is there.
    if found.is_empty() || has_lock {
        return Ok(None);
    }
    found.sort();
    let more = found.len().saturating_sub(3);
    found.truncate(3);
    if more > 0 {
        found.push(format!("{more} more"));
    }
    Err(WriteError { path: dir.to_owned(), kind: WriteErrorKind::NotAnAssembly { found } })
}

/// The advisory lock on an assembly directory, released when dropped.
#[derive(Debug)]
pub struct DirLock {
    file: File,
}

impl Drop for DirLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Waits for, and takes, the lock on `dir` (which must exist). On a file system without
/// advisory locks, writing goes ahead unlocked.
pub fn lock(dir: &Path) -> Result<DirLock, WriteError> {
    let path = dir.join(LOCK_FILE);
    let file =
        OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(WriteError::io(&path))?;
    match file.lock() {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::Unsupported => {}
        Err(e) => return Err(WriteError::io(&path)(e)),
    }
    Ok(DirLock { file })
}

/// Makes temporary file names unique within this process.
static TEMPORARIES: AtomicU64 = AtomicU64::new(0);

/// Writes `body` to `path` whole: into a temporary file beside it, then renamed over it.
/// An existing file with the same bytes is left alone. Creates the parent directory.
pub fn write_atomic(path: &Path, body: &[u8]) -> Result<(), WriteError> {
    if fs::read(path).is_ok_and(|old| old == body) {
        return Ok(());
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let n = TEMPORARIES.fetch_add(1, Ordering::Relaxed);
    let tmp = path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()));
    let create = || OpenOptions::new().write(true).create_new(true).open(&tmp);
    let mut file = match create() {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(WriteError::io(parent))?;
            }
            create()
        }
        other => other,
    }
    .map_err(WriteError::io(path))?;
    let written = file.write_all(body).and_then(|()| file.flush());
    drop(file);
    match written.and_then(|()| fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(WriteError::io(path)(e))
        }
    }
}

/// [`Assembly::write`]: see the module's rules.
pub(crate) fn write_assembly(assembly: &Assembly, dir: &Path) -> Result<(), WriteError> {
    let manifest = ManifestRef::of_assembly(assembly);
    let manifest_path = dir.join(MANIFEST_FILE);
    manifest
        .check_paths()
        .map_err(|e| WriteError { path: manifest_path.clone(), kind: WriteErrorKind::PathOutside(e) })?;
    // A first look before anything is created, so that a directory that is not forma's stays
    // as it is. Another run may be writing its first assembly here right now: its lock file
    // came first, and with it the final answer comes from the look under the lock.
    if let Err(e) = check_dir(dir) {
        if !dir.join(LOCK_FILE).exists() {
            return Err(e);
        }
    }
    fs::create_dir_all(dir).map_err(WriteError::io(dir))?;
    let _lock = lock(dir)?;
    let previous = check_dir(dir)?;
    for s in &assembly.stacks {
        write_atomic(&dir.join(&s.manifest.template), s.body.as_bytes())?;
    }
    for a in &assembly.assets {
        write_atomic(&dir.join(&a.manifest.file), &a.bytes)?;
    }
    write_atomic(&manifest_path, manifest.body().as_bytes())?;
    if let Some(previous) = previous {
        remove_stale(dir, &ManifestRef::of(&previous), &manifest)?;
    }
    Ok(())
}

/// Removes the files `previous` recorded that `current` does not, then the directories they
/// were in if that left them empty (never `dir` itself).
fn remove_stale(dir: &Path, previous: &ManifestRef<'_>, current: &ManifestRef<'_>) -> Result<(), WriteError> {
    let keep = current.files();
    let mut parents = BTreeSet::new();
    for file in previous.files().difference(&keep) {
        let path = dir.join(file);
        match fs::symlink_metadata(&path) {
            Ok(meta) if !meta.is_dir() => {}
            _ => continue,
        }
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(WriteError::io(&path)(e)),
        }
        let mut parent = Path::new(file).parent();
        while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
            parents.insert(p.to_owned());
            parent = p.parent();
        }
    }
    // Deepest first; a directory still holding anything stays.
    for p in parents.iter().rev() {
        let _ = fs::remove_dir(dir.join(p));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::outside;

    #[test]
    fn paths_inside_and_outside() {
        assert_eq!(outside("Web.template.json"), None);
        assert_eq!(outside("assets/abc.zip"), None);
        assert_eq!(outside("./Web.template.json"), None);
        assert_eq!(outside("../x"), Some("goes up with .."));
        assert_eq!(outside("assets/../../x"), Some("goes up with .."));
        assert_eq!(outside("/etc/passwd"), Some("is absolute"));
        assert_eq!(outside("..\\x"), Some("contains a backslash"));
        assert_eq!(outside(""), Some("is empty"));
        assert_eq!(outside("."), Some("names no file"));
    }
}
