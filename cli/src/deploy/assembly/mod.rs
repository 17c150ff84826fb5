//! Reading an assembly from disk: deploying reads only the assembly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use forma_synth::assembly::{glob_match, MANIFEST_FILE, MANIFEST_VERSION};
use forma_synth::asset::AssetManifest;
use forma_synth::{Manifest, StackManifest};

use super::error::{DeployError, ErrorKind};

mod check;
mod files;

pub use check::{Problem, EMPTIABLE_TYPES, MAX_ASSET_BYTES};
pub use files::Boundary;

/// The largest manifest forma reads.
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;

const RESYNTHESIZE: &str = "synthesize again rather than editing the manifest by hand";

/// An assembly directory and its manifest, checked whole: what the deploy commands read.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dir: PathBuf,
    pub manifest: Manifest,
    boundary: Boundary,
    /// Each stack's template text, by stack name, as checked.
    templates: BTreeMap<String, String>,
}

/// The error for an assembly with problems: the one problem itself, or all of them, one
/// line each.
fn refusal(manifest: &Path, problems: Vec<Problem>) -> DeployError {
    if let [one] = problems.as_slice() {
        return match &one.stack {
            Some(s) => DeployError::new(ErrorKind::Input, one.message.clone()).stack(s),
            None => DeployError::new(ErrorKind::Input, format!("{}: {}", manifest.display(), one.message)),
        }
        .hint(RESYNTHESIZE);
    }
    let lines: Vec<String> = problems
        .iter()
        .map(|p| match &p.stack {
            Some(s) => format!("  - {s}: {}", p.message),
            None => format!("  - {}", p.message),
        })
        .collect();
    DeployError::new(
        ErrorKind::Input,
        format!(
            "the assembly {} cannot be deployed; {} problems:\n{}",
            manifest.display(),
            problems.len(),
            lines.join("\n")
        ),
    )
    .hint(RESYNTHESIZE)
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
    /// Reads `dir/manifest.json` and checks it whole: every file it names is read inside
    /// `dir` (never through a link that leads out of it) and matches the hash the manifest
    /// records, and the manifest describes stacks that synthesis could have written. Every
    /// problem is reported at once, before any AWS call.
    pub fn read(dir: &Path) -> Result<Loaded, DeployError> {
        let path = dir.join(MANIFEST_FILE);
        let unreadable = |reason: String| {
            DeployError::new(ErrorKind::Input, format!("cannot read {}: {reason}", path.display()))
                .hint("synthesize first (forma synth --out DIR), or point --assembly at an assembly directory")
        };
        let boundary = Boundary::new(dir).map_err(|e| unreadable(e.to_string()))?;
        let bytes = boundary.read(MANIFEST_FILE, MAX_MANIFEST_BYTES).map_err(|refusal| {
            unreadable(refusal.strip_prefix(&format!("{MANIFEST_FILE:?} ")).unwrap_or(&refusal).to_owned())
        })?;
        let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| {
            DeployError::new(ErrorKind::Input, format!("{} is not a forma manifest: {e}", path.display()))
                .hint(RESYNTHESIZE)
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
            .hint(RESYNTHESIZE);
            return Err(match &e.stack {
                Some(stack) => error.stack(stack),
                None => error,
            });
        }
        let (checked, problems) = check::check(&boundary, &manifest);
        if !problems.is_empty() {
            return Err(refusal(&path, problems));
        }
        Ok(Loaded { dir: dir.to_owned(), manifest, boundary, templates: checked.templates })
    }

    /// The template of a stack, as checked when the assembly was read.
    pub fn template(&self, stack: &StackManifest) -> Result<String, DeployError> {
        self.templates.get(&stack.name).cloned().ok_or_else(|| {
            DeployError::new(ErrorKind::Input, format!("the assembly at {} has no such stack", self.dir.display()))
                .stack(&stack.name)
        })
    }

    /// The bytes of an asset, read inside the assembly and checked against the hash the
    /// manifest records (again: the file may have changed since the assembly was read).
    pub fn asset(&self, asset: &AssetManifest) -> Result<Vec<u8>, DeployError> {
        let bad = |why: String| {
            DeployError::new(ErrorKind::Input, format!("asset {why}")).hint("synthesize the assembly again")
        };
        if !self.manifest.assets.contains(asset) {
            return Err(bad(format!("{:?} is not listed in the manifest", asset.file)));
        }
        let bytes = self.boundary.read(&asset.file, check::MAX_ASSET_BYTES).map_err(bad)?;
        let sha = check::sha256_hex(&bytes);
        if sha != asset.sha256 {
            return Err(bad(format!("{:?} changed after the assembly was read: its SHA-256 is {sha}", asset.file)));
        }
        Ok(bytes)
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
        }
        // Until nothing more is added: the manifest's order is not relied on.
        loop {
            let before = wanted.len();
            for s in stacks {
                match closure {
                    Closure::Exact => {}
                    Closure::Dependencies if wanted.contains(s.name.as_str()) => {
                        wanted.extend(s.dependencies.iter().map(String::as_str));
                    }
                    Closure::Dependencies => {}
                    Closure::Dependents => {
                        if s.dependencies.iter().any(|d| wanted.contains(d.as_str())) {
                            wanted.insert(&s.name);
                        }
                    }
                }
            }
            if wanted.len() == before {
                break;
            }
        }
        Ok(stacks.iter().filter(|s| wanted.contains(s.name.as_str())).cloned().collect())
    }
}
