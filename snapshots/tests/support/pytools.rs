//! Python tools for tests (cfn-lint, and whatever else `snapshots/python-requirements.txt`
//! pins), installed on first use into one virtual environment that every crate's tests
//! share: `pyenv` in cargo's target directory (`<workspace>/target/pyenv` unless
//! `CARGO_TARGET_DIR` says otherwise).
//!
//! Uses nothing but std, so another crate's tests can include it as is:
//! `#[path = "../../snapshots/tests/support/pytools.rs"] mod pytools;`
//!
//! Needs `python3` with its `venv` module on `PATH` (or the interpreter named by
//! `FORMA_PYTHON`); pip reads its usual configuration (index, proxy, find-links). The venv
//! is reinstalled whenever the requirements file changes. Provisioning is serialized across
//! test processes by an exclusive lock on `pyenv.lock` beside it. Every failure
//! panics with the failing command's output: a test that needs a tool never skips silently.

#![allow(dead_code)]

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The requirements file, relative to the workspace root.
pub const REQUIREMENTS: &str = "snapshots/python-requirements.txt";

/// Copy of the requirements the venv was last provisioned from, inside the venv.
const STAMP: &str = "forma-requirements.txt";

/// Environment variable naming the Python interpreter that creates the venv.
pub const PYTHON_VAR: &str = "FORMA_PYTHON";

/// The workspace root: the nearest directory above the crate whose tests include this file
/// that holds [`REQUIREMENTS`] (`dsl/cfn` is two levels down).
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .ancestors()
        .skip(1)
        .find(|dir| dir.join(REQUIREMENTS).is_file())
        .unwrap_or_else(|| manifest_dir.parent().unwrap_or(manifest_dir))
        .to_path_buf()
}

/// Cargo's target directory for this build: the parent of the test's `CARGO_TARGET_TMPDIR`
/// (`<target>/tmp`), so a shared `CARGO_TARGET_DIR` shares the venv too.
pub fn target_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().map(Path::to_path_buf).unwrap_or_else(|| workspace_root().join("target"))
}

/// A provisioned virtual environment.
#[derive(Debug, Clone)]
pub struct PyEnv {
    dir: PathBuf,
}

impl PyEnv {
    /// The venv's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of an executable the venv installed: `bin("cfn-lint")`.
    pub fn bin(&self, name: &str) -> PathBuf {
        if cfg!(windows) {
            self.dir.join("Scripts").join(format!("{name}.exe"))
        } else {
            self.dir.join("bin").join(name)
        }
    }

    /// The venv's Python interpreter.
    pub fn python(&self) -> PathBuf {
        self.bin("python")
    }

    /// A command running one of the venv's executables.
    pub fn command(&self, name: &str) -> Command {
        Command::new(self.bin(name))
    }
}

/// The shared venv with every requirement installed; provisions it first when it is
/// missing or its requirements changed. Panics, with the reason, when that fails.
pub fn pyenv() -> PyEnv {
    match provision() {
        Ok(env) => env,
        Err(e) => panic!("cannot provision the Python tools the tests need: {e}"),
    }
}

/// Like [`pyenv`], but returns the failure.
pub fn provision() -> Result<PyEnv, String> {
    let root = workspace_root();
    let requirements_path = root.join(REQUIREMENTS);
    let requirements = fs::read_to_string(&requirements_path)
        .map_err(|e| format!("cannot read {}: {e}", requirements_path.display()))?;
    let target = target_dir();
    fs::create_dir_all(&target).map_err(|e| format!("cannot create {}: {e}", target.display()))?;

    let lock_path = target.join("pyenv.lock");
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("cannot open {}: {e}", lock_path.display()))?;
    lock.lock().map_err(|e| format!("cannot lock {}: {e}", lock_path.display()))?;
    // Held until `lock` is dropped at the end of this function.

    let env = PyEnv { dir: target.join("pyenv") };
    let stamp = env.dir.join(STAMP);
    if env.python().is_file() && fs::read_to_string(&stamp).is_ok_and(|s| s == requirements) {
        return Ok(env);
    }
    // From here on the venv is not known to be complete until the stamp is rewritten.
    let _ = fs::remove_file(&stamp);

    if !env.python().is_file() {
        if env.dir.exists() {
            fs::remove_dir_all(&env.dir)
                .map_err(|e| format!("cannot remove the broken venv {}: {e}", env.dir.display()))?;
        }
        let python = std::env::var_os(PYTHON_VAR).unwrap_or_else(|| "python3".into());
        eprintln!("pytools: creating {} (once)", env.dir.display());
        run(Command::new(&python).arg("-m").arg("venv").arg(&env.dir), NO_PYTHON)?;
    }
    eprintln!("pytools: installing {} into {}", requirements_path.display(), env.dir.display());
    run(
        Command::new(env.python())
            .args(["-m", "pip", "install", "--disable-pip-version-check", "--quiet", "--requirement"])
            .arg(&requirements_path),
        NO_PACKAGES,
    )?;
    fs::write(&stamp, &requirements).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    drop(lock);
    Ok(env)
}

const NO_PYTHON: &str = "install Python 3 with its venv module (Debian/Ubuntu: `apt-get install python3-venv`), \
     or set FORMA_PYTHON to an interpreter that has it";
const NO_PACKAGES: &str = "pip needs its package index, or PIP_INDEX_URL / PIP_FIND_LINKS pointing at a mirror";

/// Runs `command` to completion; on failure, describes it with its output and `hint`.
fn run(command: &mut Command, hint: &str) -> Result<(), String> {
    let shown = format!("{command:?}");
    let output = command.output().map_err(|e| format!("cannot run {shown}: {e}\nhint: {hint}"))?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{shown} failed ({})\n--- stdout\n{}\n--- stderr\n{}\nhint: {hint}",
        output.status,
        String::from_utf8_lossy(&output.stdout).trim_end(),
        String::from_utf8_lossy(&output.stderr).trim_end(),
    ))
}
