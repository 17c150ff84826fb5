//! Reading the files a manifest names, without ever leaving the assembly directory.
//!
//! An assembly may come from another job (a CI artifact built from a pull request), so a
//! path it names is resolved with every symbolic link followed and must still lie inside
//! the assembly directory; only regular files are read, and none larger than its limit.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a file named by the manifest cannot be read: one line, naming the file as the
/// manifest does.
pub type Refusal = String;

/// The assembly directory, resolved once: every read is checked against it.
#[derive(Debug, Clone)]
pub struct Boundary {
    /// The directory as the user named it, for messages.
    pub shown: PathBuf,
    /// The same directory with every symbolic link resolved.
    root: PathBuf,
}

impl Boundary {
    /// The boundary of `dir`, which must exist and be a directory.
    pub fn new(dir: &Path) -> std::io::Result<Boundary> {
        let root = std::fs::canonicalize(dir)?;
        if !root.is_dir() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a directory"));
        }
        Ok(Boundary { shown: dir.to_owned(), root })
    }

    /// Where `rel` (a path as the manifest names it) resolves, if that is inside the
    /// directory and a regular file.
    pub fn resolve(&self, rel: &str) -> Result<PathBuf, Refusal> {
        if let Some(reason) = forma_synth::write::outside(rel) {
            return Err(format!("{rel:?} {reason}"));
        }
        let joined = self.root.join(rel);
        let real = match std::fs::canonicalize(&joined) {
            Ok(real) => real,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(match std::fs::symlink_metadata(&joined) {
                    Ok(_) => format!("{rel:?} is a symbolic link to a file that does not exist"),
                    Err(_) => format!("{rel:?} does not exist ({e})"),
                })
            }
            Err(e) => return Err(format!("{rel:?} cannot be read: {e}")),
        };
        if !real.starts_with(&self.root) {
            return Err(format!(
                "{rel:?} resolves to {}, outside the assembly directory (through a symbolic link)",
                real.display()
            ));
        }
        let meta = std::fs::metadata(&real).map_err(|e| format!("{rel:?} cannot be read: {e}"))?;
        if !meta.is_file() {
            return Err(format!("{rel:?} is not a regular file"));
        }
        Ok(real)
    }

    /// The bytes of `rel`, read inside the directory, refusing a file over `limit` bytes
    /// before reading it.
    pub fn read(&self, rel: &str, limit: u64) -> Result<Vec<u8>, Refusal> {
        let real = self.resolve(rel)?;
        let file = std::fs::File::open(&real).map_err(|e| format!("{rel:?} cannot be read: {e}"))?;
        let size = file.metadata().map_err(|e| format!("{rel:?} cannot be read: {e}"))?.len();
        if size > limit {
            return Err(format!("{rel:?} is {size} bytes, over the {limit} bytes forma reads for it"));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        // One byte over the limit tells a file that grew while it was read.
        file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| format!("{rel:?} cannot be read: {e}"))?;
        if bytes.len() as u64 > limit {
            return Err(format!("{rel:?} grew over the {limit} bytes forma reads for it while it was read"));
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("forma-boundary-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("assets")).unwrap();
        dir
    }

    #[test]
    fn links_are_followed_only_while_they_stay_inside() {
        let dir = scratch("links");
        let outside = std::env::temp_dir().join(format!("forma-boundary-secret-{}", std::process::id()));
        std::fs::write(&outside, "secret").unwrap();
        std::fs::write(dir.join("real.json"), "{}").unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("leak.json")).unwrap();
        std::os::unix::fs::symlink("../real.json", dir.join("assets/inside.json")).unwrap();
        std::os::unix::fs::symlink(std::env::temp_dir(), dir.join("up")).unwrap();
        std::os::unix::fs::symlink(dir.join("gone"), dir.join("dangling.json")).unwrap();
        let b = Boundary::new(&dir).unwrap();
        assert_eq!(b.read("real.json", 10).unwrap(), b"{}");
        assert_eq!(b.read("assets/inside.json", 10).unwrap(), b"{}", "a link within the assembly is fine");
        let leak = b.read("leak.json", 100).unwrap_err();
        assert!(leak.contains("outside the assembly directory"), "{leak}");
        assert!(leak.contains(&outside.display().to_string()), "{leak}");
        let up = b.read(&format!("up/forma-boundary-secret-{}", std::process::id()), 100).unwrap_err();
        assert!(up.contains("outside the assembly directory"), "{up}");
        assert!(b.read("dangling.json", 10).unwrap_err().contains("symbolic link to a file that does not exist"));
        assert!(b.read("assets", 10).unwrap_err().contains("not a regular file"));
        assert!(b.read("missing.json", 10).unwrap_err().contains("does not exist (No such file or directory"));
        assert!(b.read("real.json", 1).unwrap_err().contains("is 2 bytes, over the 1 bytes"));
        assert!(b.read("/etc/passwd", 10).unwrap_err().ends_with("is absolute"));
        assert!(b.read("a/../../b", 10).unwrap_err().ends_with("goes up with .."));
        assert!(b.read("", 10).unwrap_err().ends_with("is empty"));
        std::fs::remove_dir_all(dir).unwrap();
        std::fs::remove_file(outside).unwrap();
    }
}
