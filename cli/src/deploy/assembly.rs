//! Reading an assembly from disk: deploying reads only the assembly.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use forma_synth::assembly::{glob_match, MANIFEST_FILE, MANIFEST_VERSION};
use forma_synth::{Manifest, StackManifest};
use sha2::{Digest, Sha256};

use super::error::{DeployError, ErrorKind};

/// An assembly directory and its manifest.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

/// Which related stacks a selection brings along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closure {
    /// What the selected stacks depend on (apply: they must exist first).
    Dependencies,
    /// What depends on the selected stacks (destroy: they must go first).
    Dependents,
    /// Only the selected stacks.
    Exact,
}

impl Loaded {
    /// Reads `dir/manifest.json`.
    pub fn read(dir: &Path) -> Result<Loaded, DeployError> {
        let path = dir.join(MANIFEST_FILE);
        let bytes = std::fs::read(&path).map_err(|e| {
            DeployError::new(ErrorKind::Input, format!("cannot read {}: {e}", path.display()))
                .hint("synthesize first (forma synth --out DIR), or point --assembly at an assembly directory")
        })?;
        let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| {
            DeployError::new(ErrorKind::Input, format!("{} is not a forma manifest: {e}", path.display()))
        })?;
        if manifest.version != MANIFEST_VERSION {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!(
                    "{} has manifest version {}, this forma reads version {MANIFEST_VERSION}",
                    path.display(),
                    manifest.version
                ),
            )
            .hint("synthesize the assembly again with this forma"));
        }
        if let Err(e) = manifest.check_paths() {
            let error = DeployError::new(
                ErrorKind::Input,
                format!(
                    "{} names the {} {:?}, which {}: a manifest names only files inside its assembly directory",
                    path.display(),
                    e.field,
                    e.path,
                    e.reason
                ),
            )
            .hint("synthesize again rather than editing the manifest by hand");
            return Err(match &e.stack {
                Some(stack) => error.stack(stack),
                None => error,
            });
        }
        Ok(Loaded { dir: dir.to_owned(), manifest })
    }

    /// The template of a stack, checked against the manifest's hash.
    pub fn template(&self, stack: &StackManifest) -> Result<String, DeployError> {
        let path = self.dir.join(&stack.template);
        let body = std::fs::read_to_string(&path).map_err(|e| {
            DeployError::new(ErrorKind::Input, format!("cannot read {}: {e}", path.display())).stack(&stack.name)
        })?;
        let sha = Sha256::digest(body.as_bytes()).iter().map(|b| format!("{b:02x}")).collect::<String>();
        if sha != stack.sha256 {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!("{} was changed after synthesis (its hash differs from the manifest's)", path.display()),
            )
            .stack(&stack.name)
            .hint("synthesize again rather than editing templates by hand"));
        }
        Ok(body)
    }

    /// The stacks matching `patterns` (or all of them when `all`), with their closure, in
    /// deploy order. Without patterns and without `all`, an assembly of one stack selects
    /// it; otherwise the caller must say.
    pub fn select(&self, patterns: &[String], all: bool, closure: Closure) -> Result<Vec<StackManifest>, DeployError> {
        let stacks = &self.manifest.stacks;
        let names = || stacks.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ");
        let mut wanted: BTreeSet<&str> = BTreeSet::new();
        if all || (patterns.is_empty() && stacks.len() == 1) {
            wanted.extend(stacks.iter().map(|s| s.name.as_str()));
        } else if patterns.is_empty() {
            return Err(DeployError::new(
                ErrorKind::Input,
                format!("the assembly has {} stacks: {}", stacks.len(), names()),
            )
            .hint("name the stacks (patterns with * work), or pass --all"));
        }
        for p in patterns {
            let before = wanted.len();
            let matched: Vec<&str> =
                stacks.iter().filter(|s| glob_match(p, &s.name)).map(|s| s.name.as_str()).collect();
            if matched.is_empty() {
                return Err(DeployError::new(
                    ErrorKind::Input,
                    format!("no stack matches {p:?}; the assembly has: {}", names()),
                )
                .hint("`forma list` shows the stacks"));
            }
            wanted.extend(matched);
            let _ = before;
        }
        match closure {
            Closure::Exact => {}
            Closure::Dependencies => {
                for s in stacks.iter().rev() {
                    if wanted.contains(s.name.as_str()) {
                        for d in &s.dependencies {
                            if let Some(dep) = stacks.iter().find(|x| &x.name == d) {
                                wanted.insert(&dep.name);
                            }
                        }
                    }
                }
            }
            Closure::Dependents => {
                for s in stacks.iter() {
                    if s.dependencies.iter().any(|d| wanted.contains(d.as_str())) {
                        wanted.insert(&s.name);
                    }
                }
            }
        }
        Ok(stacks.iter().filter(|s| wanted.contains(s.name.as_str())).cloned().collect())
    }
}
