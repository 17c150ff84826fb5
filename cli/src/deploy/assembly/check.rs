//! The whole manifest, and every file it names, checked before the first AWS call.
//!
//! An assembly on disk may have been edited, damaged or made by someone else. Every
//! problem is found at once, each in one line naming its stack, so that nothing is sent to
//! AWS from an assembly that synthesis would not have written.

use std::collections::{BTreeMap, BTreeSet};

use forma_synth::{Manifest, StackManifest, MAX_INLINE_TEMPLATE_BYTES, MAX_TEMPLATE_BYTES, SAM_TRANSFORM};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use super::files::Boundary;

use forma_dsl::naming;
/// Largest asset forma reads (Lambda takes at most 250 MB unzipped, 50 MB zipped direct).
pub const MAX_ASSET_BYTES: u64 = 512 * 1024 * 1024;
/// Resource types destroy empties (a repository empties itself: `EmptyOnDelete`).
pub const EMPTIABLE_TYPES: [&str; 1] = ["AWS::S3::Bucket"];

/// One problem with the assembly, about one stack or the whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub stack: Option<String>,
    pub message: String,
}

/// What the checks read and found sound: each stack's template text, by stack name.
#[derive(Debug, Default)]
pub struct Checked {
    pub templates: BTreeMap<String, String>,
}

struct Checker<'a> {
    boundary: &'a Boundary,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn stack(&mut self, stack: &str, message: impl Into<String>) {
        self.problems.push(Problem { stack: Some(stack.to_owned()), message: message.into() });
    }

    fn whole(&mut self, message: impl Into<String>) {
        self.problems.push(Problem { stack: None, message: message.into() });
    }
}

/// SHA-256 of `bytes`, lower-case hex, as the manifest records hashes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Checks the manifest and everything it names; returns what it read, and every problem.
pub fn check(boundary: &Boundary, manifest: &Manifest) -> (Checked, Vec<Problem>) {
    let mut c = Checker { boundary, problems: Vec::new() };
    let mut checked = Checked::default();
    if manifest.stacks.is_empty() {
        c.whole("the manifest lists no stacks");
    }
    check_assets(&mut c, manifest);
    let mut seen = BTreeSet::new();
    for m in &manifest.stacks {
        if !seen.insert(m.name.as_str()) {
            c.stack(&m.name, "the manifest lists this stack twice");
            continue;
        }
        check_stack(&mut c, manifest, m, &mut checked);
    }
    check_dependencies(&mut c, manifest);
    (checked, c.problems)
}

fn check_assets(c: &mut Checker<'_>, manifest: &Manifest) {
    let mut seen = BTreeSet::new();
    for a in &manifest.assets {
        let user = manifest.stacks.iter().find(|s| s.assets.contains(&a.sha256)).map(|s| s.name.clone());
        let mut problem = |message: String| c.problems.push(Problem { stack: user.clone(), message });
        if !is_sha256(&a.sha256) {
            problem(format!("asset {:?}: its sha256 {:?} is not 64 lower-case hex digits", a.file, a.sha256));
            continue;
        }
        if !seen.insert(a.sha256.as_str()) {
            problem(format!("asset {}: the manifest lists it twice", a.sha256));
            continue;
        }
        if !asset_name_fits(&a.file, &a.sha256) {
            problem(format!("asset {:?} is not named assets/<its sha256>.<extension>", a.file));
            continue;
        }
        if a.key != a.file {
            problem(format!(
                "asset {:?} would be uploaded to the key {:?}; an asset's key is its file name",
                a.file, a.key
            ));
            continue;
        }
        match c.boundary.read(&a.file, MAX_ASSET_BYTES) {
            Err(refusal) => problem(format!("asset {refusal}")),
            Ok(bytes) => {
                let sha = sha256_hex(&bytes);
                if sha != a.sha256 {
                    problem(format!(
                        "asset {:?} does not hold what the manifest records: its SHA-256 is {sha}",
                        a.file
                    ));
                } else if bytes.len() != a.size {
                    problem(format!("asset {:?} is {} bytes; the manifest records {}", a.file, bytes.len(), a.size));
                }
            }
        }
    }
}

/// `assets/<sha256>.<extension>`, the extension short and alphanumeric.
fn asset_name_fits(file: &str, sha: &str) -> bool {
    file.strip_prefix("assets/")
        .and_then(|f| f.strip_prefix(sha))
        .and_then(|f| f.strip_prefix('.'))
        .is_some_and(|ext| !ext.is_empty() && ext.len() <= 16 && ext.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn check_stack(c: &mut Checker<'_>, manifest: &Manifest, m: &StackManifest, checked: &mut Checked) {
    let name = m.name.as_str();
    if let Some(problem) = forma_dsl::stack_name_problem(name) {
        c.stack(name, format!("not a CloudFormation stack name: {problem}"));
    }
    if name == forma_synth::TOOLKIT_STACK {
        c.stack(name, "is the name of forma's own staging stack, which an assembly may not deploy");
    }
    if let Some(d) = &m.description {
        if d.len() > naming::MAX_DESCRIPTION_BYTES {
            c.stack(
                name,
                format!(
                    "the description is {} bytes; CloudFormation takes at most {}",
                    d.len(),
                    naming::MAX_DESCRIPTION_BYTES
                ),
            );
        }
    }
    check_tags(c, m);
    if let Some(problem) = m.region.as_deref().and_then(naming::region) {
        c.stack(name, format!("the region {problem}"));
    }
    if let Some(problem) = m.account.as_deref().and_then(naming::account) {
        c.stack(name, format!("the account {problem}"));
    }
    for sha in &m.assets {
        if !manifest.assets.iter().any(|a| &a.sha256 == sha) {
            c.stack(name, format!("uses the asset {sha}, which the manifest does not list"));
        }
    }
    let Some(template) = check_template(c, m, checked) else { return };
    check_against_template(c, m, &template);
}

fn check_tags(c: &mut Checker<'_>, m: &StackManifest) {
    let name = m.name.as_str();
    if m.tags.len() > naming::MAX_STACK_TAGS {
        c.stack(
            name,
            format!(
                "has {} tags; CloudFormation takes {} and forma adds its fingerprint, so at most {}",
                m.tags.len(),
                naming::MAX_TAGS,
                naming::MAX_STACK_TAGS
            ),
        );
    }
    for (k, v) in &m.tags {
        if let Some(problem) = naming::tag_key(k).or_else(|| naming::tag_value(k, v)) {
            c.stack(name, problem);
        }
    }
}

/// Reads, checks and parses the stack's template; `None` when it cannot be used.
fn check_template(c: &mut Checker<'_>, m: &StackManifest, checked: &mut Checked) -> Option<Json> {
    let name = m.name.as_str();
    let yaml = match m.template.rsplit_once('.').map(|(_, ext)| ext) {
        Some("json") => false,
        Some("yaml" | "yml") => true,
        _ => {
            c.stack(name, format!("the template {:?} is neither .json nor .yaml", m.template));
            return None;
        }
    };
    let bytes = match c.boundary.read(&m.template, MAX_TEMPLATE_BYTES as u64) {
        Ok(bytes) => bytes,
        Err(refusal) => {
            c.stack(name, format!("the template {refusal}"));
            return None;
        }
    };
    let shown = c.boundary.shown.join(&m.template);
    if sha256_hex(&bytes) != m.sha256 {
        c.stack(
            name,
            format!("{} was changed after synthesis (its hash differs from the manifest's)", shown.display()),
        );
        return None;
    }
    if bytes.len() != m.size {
        c.stack(name, format!("the template is {} bytes; the manifest records {}", bytes.len(), m.size));
    }
    if m.needs_upload != (bytes.len() > MAX_INLINE_TEMPLATE_BYTES) {
        c.stack(
            name,
            format!(
                "the manifest says the template {} the staging bucket, but it is {} bytes (the limit inline is {MAX_INLINE_TEMPLATE_BYTES})",
                if m.needs_upload { "needs" } else { "does not need" },
                bytes.len()
            ),
        );
    }
    let Ok(text) = String::from_utf8(bytes) else {
        c.stack(name, format!("{} is not UTF-8 text", shown.display()));
        return None;
    };
    let parsed: Result<Json, String> = if yaml {
        serde_yaml::from_str(&text).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(&text).map_err(|e| e.to_string())
    };
    let template = match parsed {
        Ok(t) => t,
        Err(e) => {
            c.stack(name, format!("{} is not {}: {e}", shown.display(), if yaml { "YAML" } else { "JSON" }));
            return None;
        }
    };
    if !template.is_object() {
        c.stack(name, format!("{} is not a template: it holds {}, not an object", shown.display(), kind_of(&template)));
        return None;
    }
    checked.templates.insert(m.name.clone(), text);
    Some(template)
}

fn kind_of(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "a list",
        Json::Object(_) => "an object",
    }
}

/// What the manifest says of the stack against what its template holds.
fn check_against_template(c: &mut Checker<'_>, m: &StackManifest, template: &Json) {
    let name = m.name.as_str();
    let resources = match template.get("Resources") {
        Some(Json::Object(r)) if !r.is_empty() => r,
        Some(Json::Object(_)) | None => {
            c.stack(name, "the template has no resources (CloudFormation needs at least one)");
            return;
        }
        Some(other) => {
            c.stack(name, format!("the template's Resources is {}, not an object", kind_of(other)));
            return;
        }
    };
    for (id, r) in resources {
        if !r.get("Type").is_some_and(Json::is_string) {
            c.stack(name, format!("the template's resource {id} has no Type"));
        }
    }
    if resources.len() != m.resource_count {
        c.stack(
            name,
            format!("the template holds {} resources; the manifest records {}", resources.len(), m.resource_count),
        );
    }
    for id in &m.empty_on_destroy {
        let path = m.logical_ids.get(id).map_or(id.as_str(), String::as_str);
        match resources.get(id).and_then(|r| r.get("Type")).and_then(Json::as_str) {
            None => c.stack(name, format!("emptyOnDestroy names {path}, which the template does not hold")),
            Some("AWS::ECR::Repository") => c.stack(
                name,
                format!(
                    "emptyOnDestroy names the repository {path}; a repository empties itself (EmptyOnDelete), as this forma synthesizes it"
                ),
            ),
            Some(t) if !EMPTIABLE_TYPES.contains(&t) => {
                c.stack(name, format!("emptyOnDestroy names {path}, a {t}; only buckets are emptied"))
            }
            Some(_) => {}
        }
    }
    check_transform(c, m, template);
    let declared: BTreeSet<&str> = match template.get("Parameters") {
        Some(Json::Object(p)) => p.keys().map(String::as_str).collect(),
        _ => BTreeSet::new(),
    };
    let listed: BTreeSet<&str> = m.parameters.keys().map(String::as_str).collect();
    if declared != listed {
        let missing: Vec<&str> = declared.difference(&listed).copied().collect();
        let extra: Vec<&str> = listed.difference(&declared).copied().collect();
        let mut what = Vec::new();
        if !missing.is_empty() {
            what.push(format!("the template declares {} and the manifest does not", missing.join(", ")));
        }
        if !extra.is_empty() {
            what.push(format!("the manifest lists {} and the template does not declare them", extra.join(", ")));
        }
        c.stack(name, format!("parameters differ: {}", what.join("; ")));
    }
}

/// The transform the manifest names against the template's: none, or SAM's in both. A
/// macro runs code in the account when CloudFormation expands the template, so forma
/// acknowledges only the one it writes itself.
fn check_transform(c: &mut Checker<'_>, m: &StackManifest, template: &Json) {
    let name = m.name.as_str();
    let in_template = template.get("Transform");
    match (m.transform.as_deref(), in_template) {
        (None, None) => {}
        (Some(SAM_TRANSFORM), Some(Json::String(t))) if t == SAM_TRANSFORM => {}
        (Some(t), _) if t != SAM_TRANSFORM => c.stack(
            name,
            format!("the manifest names the transform {t:?}; forma deploys only {SAM_TRANSFORM} (AWS SAM)"),
        ),
        (None, Some(t)) => {
            c.stack(name, format!("the template has a Transform ({}) that the manifest does not name", kind_or_text(t)))
        }
        (Some(_), t) => c.stack(
            name,
            format!(
                "the manifest names the SAM transform; the template's Transform is {}",
                t.map_or_else(|| "missing".to_owned(), kind_or_text)
            ),
        ),
    }
}

/// A string as itself, quoted; any other value as its kind.
fn kind_or_text(v: &Json) -> String {
    match v {
        Json::String(s) => format!("{s:?}"),
        other => kind_of(other).to_owned(),
    }
}

fn check_dependencies(c: &mut Checker<'_>, manifest: &Manifest) {
    let names: BTreeSet<&str> = manifest.stacks.iter().map(|s| s.name.as_str()).collect();
    for m in &manifest.stacks {
        let mut seen = BTreeSet::new();
        for d in &m.dependencies {
            if d == &m.name {
                c.stack(&m.name, "depends on itself");
            } else if !names.contains(d.as_str()) {
                c.stack(&m.name, format!("depends on {d:?}, which the manifest does not list"));
            } else if !seen.insert(d.as_str()) {
                c.stack(&m.name, format!("lists the dependency {d} twice"));
            }
        }
    }
    if let Some(cycle) = find_cycle(manifest) {
        c.stack(
            &cycle[0],
            format!("the stacks depend on each other in a cycle: {} (each depends on the next)", cycle.join(" → ")),
        );
    }
}

/// A dependency cycle, as the names around it with the first repeated at the end.
fn find_cycle(manifest: &Manifest) -> Option<Vec<String>> {
    let index: BTreeMap<&str, usize> = manifest.stacks.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    let deps: Vec<Vec<usize>> = manifest
        .stacks
        .iter()
        .map(|s| {
            s.dependencies.iter().filter(|d| **d != s.name).filter_map(|d| index.get(d.as_str()).copied()).collect()
        })
        .collect();
    // 0: not visited, 1: on the current path, 2: done.
    let mut state = vec![0u8; deps.len()];
    for start in 0..deps.len() {
        if state[start] != 0 {
            continue;
        }
        // Iterative depth-first search: (node, next edge), the path on the stack.
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
            if let Some(&next) = deps[node].get(*edge) {
                *edge += 1;
                match state[next] {
                    0 => {
                        state[next] = 1;
                        stack.push((next, 0));
                    }
                    1 => {
                        let from = stack.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let mut cycle: Vec<String> =
                            stack[from..].iter().map(|(n, _)| manifest.stacks[*n].name.clone()).collect();
                        cycle.push(manifest.stacks[next].name.clone());
                        return Some(cycle);
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
    None
}
