//! The assembly: templates in deploy order and the manifest that describes them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::Diagnostic;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use sha2::{Digest, Sha256};

use crate::asset::{AssetArtifact, AssetManifest};
use crate::work::Work;
use crate::{Format, MAX_INLINE_TEMPLATE_BYTES, MAX_TEMPLATE_BYTES};

/// The manifest's format version.
pub const MANIFEST_VERSION: u32 = 1;
/// The manifest's file name inside an assembly directory.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Every stack of an app, synthesized, in deploy order.
#[derive(Debug, Clone)]
pub struct Assembly {
    pub format: Format,
    /// Stacks in deploy order: each after the stacks it depends on.
    pub stacks: Vec<StackArtifact>,
    /// Packed assets, by hash.
    pub assets: Vec<AssetArtifact>,
    /// Warnings and notes (synthesis succeeded).
    pub diagnostics: Vec<Diagnostic>,
}

/// One stack's template and its manifest entry.
pub struct StackArtifact {
    /// The template file's exact bytes.
    pub body: String,
    pub manifest: StackManifest,
    /// For a YAML template, the template as compact JSON; a JSON template is its own.
    compact: Option<String>,
    /// [`StackArtifact::template`], parsed the first time it is read.
    json: OnceLock<Json>,
}

impl StackArtifact {
    pub fn name(&self) -> &str {
        &self.manifest.name
    }

    /// The template as a JSON value, read like one (`artifact.template()["Resources"]`).
    /// Synthesis writes templates as text and builds no JSON tree; this one is parsed the
    /// first time it is asked for, from the file's text for a JSON template and from a
    /// compact JSON text written alongside for a YAML one. (A template nested deeper than
    /// 128 levels, which serde_json does not parse, reads as `null`; its text is unaffected.)
    pub fn template(&self) -> &Json {
        self.json.get_or_init(|| parse_template(self.compact.as_deref().unwrap_or(&self.body)))
    }
}

fn parse_template(text: &str) -> Json {
    serde_json::from_str(text).unwrap_or(Json::Null)
}

impl Clone for StackArtifact {
    fn clone(&self) -> Self {
        StackArtifact {
            body: self.body.clone(),
            manifest: self.manifest.clone(),
            compact: self.compact.clone(),
            json: OnceLock::new(),
        }
    }
}

impl fmt::Debug for StackArtifact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StackArtifact")
            .field("manifest", &self.manifest)
            .field("template", self.template())
            .finish_non_exhaustive()
    }
}

/// `manifest.json`: what an assembly holds, enough to deploy it without the stack code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub version: u32,
    /// Stacks in deploy order.
    pub stacks: Vec<StackManifest>,
    /// Files apply uploads to the staging bucket.
    #[serde(default)]
    pub assets: Vec<AssetManifest>,
    /// Resource types whose replacement or removal loses data
    /// ([`forma_core::removal::STATEFUL_TYPES`]): apply asks before a change would replace or
    /// remove one.
    #[serde(default)]
    pub stateful_types: Vec<String>,
}

/// One stack in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StackManifest {
    pub name: String,
    /// The template's file name, relative to the assembly directory.
    pub template: String,
    /// SHA-256 of the template file, lower-case hex.
    pub sha256: String,
    /// The template's size in bytes.
    pub size: usize,
    /// Over 51,200 bytes: CloudFormation takes it only from S3.
    pub needs_upload: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Stacks that must be deployed first.
    pub dependencies: Vec<String>,
    pub tags: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub termination_protection: bool,
    /// The macro CloudFormation expands the template with (`AWS::Serverless-2016-10-31`
    /// for a stack the SAM target wrote in serverless forms): deploying it needs
    /// `CAPABILITY_AUTO_EXPAND`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transform: Option<String>,
    /// How many resources the template holds.
    pub resource_count: usize,
    pub parameters: IndexMap<String, ParameterManifest>,
    pub outputs: IndexMap<String, OutputManifest>,
    /// Logical id → construct path, for every resource.
    pub logical_ids: IndexMap<String, String>,
    /// SHA-256 of the assets the template uses.
    #[serde(default)]
    pub assets: Vec<String>,
    /// Logical ids of the buckets and repositories destroy must empty first.
    #[serde(default)]
    pub empty_on_destroy: Vec<String>,
}

/// A parameter in the manifest: its type, default and constraints, enough to check a value
/// before it is sent ([`ParameterManifest::check`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParameterManifest {
    #[serde(rename = "type")]
    pub type_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Json>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_echo: bool,
    /// `AllowedValues`, as text: the only values (list items, for a list type) accepted.
    /// Empty: any value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_values: Vec<String>,
    /// `AllowedPattern`: a Java regular expression the whole value (each item, for a list
    /// type) must match. `None`: any value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_pattern: Option<String>,
    /// `MinLength` of a string value; `None`: no minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    /// `MaxLength` of a string value; `None`: no maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// `MinValue` of a `Number`; `None`: no minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    /// `MaxValue` of a `Number`; `None`: no maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
    /// `ConstraintDescription`: what to tell someone whose value breaks a constraint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint_description: Option<String>,
}

/// An output in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutputManifest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The export name, when the output is exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export: Option<Json>,
    /// Added by synthesis for another stack's `Fn::ImportValue`, not by the stack code.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cross_stack: bool,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Renders a template in `format`, ending with a newline.
pub fn render(template: &Json, format: Format) -> Result<String, String> {
    let mut body = match format {
        Format::Json => serde_json::to_string_pretty(template).map_err(|e| e.to_string())?,
        Format::Yaml => crate::yaml::to_string(template),
    };
    if !body.ends_with('\n') {
        body.push('\n');
    }
    Ok(body)
}

/// What [`build_artifact`] needs of a synthesized stack.
pub(crate) struct Synthesized<'a> {
    pub stack: NodeId,
    /// The template file's text, and, for a YAML template, the template as compact JSON.
    pub body: String,
    pub compact: Option<String>,
    pub parameters: &'a Map<String, Json>,
    pub outputs: &'a Map<String, Json>,
    pub resource_count: usize,
    /// Logical id → construct path, for every resource.
    pub logical_ids: IndexMap<String, String>,
    /// Logical ids of the buckets and repositories destroy must empty first.
    pub empty_on_destroy: Vec<String>,
    pub transform: Option<&'static str>,
}

pub(crate) fn build_artifact(
    model: &Model,
    stack: Synthesized<'_>,
    dependencies: Vec<String>,
    format: Format,
    diags: &mut Vec<Diagnostic>,
) -> StackArtifact {
    let node = model.node(stack.stack);
    let name = node.id.clone();
    let body = stack.body;
    let size = body.len();
    if size > MAX_TEMPLATE_BYTES {
        diags.push(
            Diagnostic::error(
                "template-too-large",
                &name,
                format!("the template is {size} bytes; CloudFormation accepts at most {MAX_TEMPLATE_BYTES}"),
            )
            .hint("split the stack in two; references between stacks are wired up for you")
            .at(node.location),
        );
    } else if size > MAX_INLINE_TEMPLATE_BYTES {
        diags.push(
            Diagnostic::note(
                "template-needs-upload",
                &name,
                format!(
                    "the template is {size} bytes, over the {MAX_INLINE_TEMPLATE_BYTES} CloudFormation takes inline"
                ),
            )
            .hint("apply uploads it to the staging bucket and deploys it from there"),
        );
    }
    let spec = match &node.kind {
        NodeKind::Stack(spec) => spec.clone(),
        _ => Default::default(),
    };
    let parameters = stack.parameters.iter().map(|(k, p)| (k.clone(), ParameterManifest::from_template(p))).collect();
    let outputs = stack
        .outputs
        .iter()
        .map(|(k, o)| {
            let om = OutputManifest {
                description: o.get("Description").and_then(Json::as_str).map(str::to_owned),
                export: o.get("Export").and_then(|e| e.get("Name")).cloned(),
                cross_stack: false,
            };
            (k.clone(), om)
        })
        .collect();
    let manifest = StackManifest {
        template: format!("{name}.template.{}", format.extension()),
        sha256: hex(&Sha256::digest(body.as_bytes())),
        size,
        needs_upload: size > MAX_INLINE_TEMPLATE_BYTES,
        description: spec.description,
        dependencies,
        tags: spec.tags,
        account: spec.account,
        region: spec.region,
        termination_protection: spec.termination_protection,
        transform: stack.transform.map(str::to_owned),
        resource_count: stack.resource_count,
        parameters,
        outputs,
        logical_ids: stack.logical_ids,
        assets: Vec::new(),
        empty_on_destroy: stack.empty_on_destroy,
        name,
    };
    StackArtifact { body, manifest, compact: stack.compact, json: OnceLock::new() }
}

/// `model.path(node)`, in one allocation; `components` is scratch space.
pub(crate) fn path<'m>(model: &'m Model, node: NodeId, components: &mut Vec<&'m str>) -> String {
    components.clear();
    let mut cur = Some(node);
    while let Some(n) = cur {
        let node = model.node(n);
        components.push(&node.id);
        cur = node.parent;
    }
    let len = components.iter().map(|c| c.len() + 1).sum::<usize>();
    let mut out = String::with_capacity(len);
    for (i, c) in components.iter().rev().enumerate() {
        if i > 0 {
            out.push('/');
        }
        out.push_str(c);
    }
    out
}

/// A stack name given on the command line that the app does not have.
#[derive(Debug, Clone, thiserror::Error)]
#[error("no stack matches {pattern:?}; the app has: {}", known.join(", "))]
pub struct UnknownStack {
    pub pattern: String,
    pub known: Vec<String>,
}

pub use crate::write::WriteError;

/// Whether `name` matches `pattern`, where `*` matches any run of characters.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == name;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !name.starts_with(first) || !name[first.len()..].ends_with(last) || name.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &name[first.len()..name.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

impl Assembly {
    pub fn stack(&self, name: &str) -> Option<&StackArtifact> {
        self.stacks.iter().find(|s| s.name() == name)
    }

    pub fn manifest(&self) -> Manifest {
        Manifest {
            version: MANIFEST_VERSION,
            stacks: self.stacks.iter().map(|s| s.manifest.clone()).collect(),
            assets: self.assets.iter().map(|a| a.manifest.clone()).collect(),
            stateful_types: forma_core::removal::STATEFUL_TYPES.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    /// The stacks matching `patterns` (names, `*` wildcards), with everything they depend
    /// on, in deploy order. No patterns selects every stack.
    pub fn select(&self, patterns: &[String]) -> Result<Assembly, UnknownStack> {
        if patterns.is_empty() {
            return Ok(self.clone());
        }
        let mut wanted: BTreeSet<&str> = BTreeSet::new();
        for p in patterns {
            let before = wanted.len();
            let mut matched = false;
            for s in &self.stacks {
                if glob_match(p, s.name()) {
                    matched = true;
                    wanted.insert(s.name());
                }
            }
            if !matched {
                return Err(UnknownStack {
                    pattern: p.clone(),
                    known: self.stacks.iter().map(|s| s.name().to_owned()).collect(),
                });
            }
            let _ = before;
        }
        // Dependencies come earlier in deploy order, so one backwards pass closes the set.
        for s in self.stacks.iter().rev() {
            if wanted.contains(s.name()) {
                for d in &s.manifest.dependencies {
                    if let Some(dep) = self.stack(d) {
                        wanted.insert(dep.name());
                    }
                }
            }
        }
        let stacks: Vec<StackArtifact> = self.stacks.iter().filter(|s| wanted.contains(s.name())).cloned().collect();
        let used: BTreeSet<&String> = stacks.iter().flat_map(|s| &s.manifest.assets).collect();
        let assets = self.assets.iter().filter(|a| used.contains(&a.manifest.sha256)).cloned().collect();
        Ok(Assembly { format: self.format, stacks, assets, diagnostics: self.diagnostics.clone() })
    }

    /// The manifest's exact bytes.
    pub fn manifest_body(&self) -> String {
        crate::write::ManifestRef::of_assembly(self).body()
    }

    /// Writes the templates, assets and manifest into `dir` (created if missing), each file
    /// whole and the manifest last, under the directory's lock. Removes only the files the
    /// previous manifest there recorded and this one does not; refuses a directory that holds
    /// something other than a forma assembly. The rules: [`crate::write`].
    pub fn write(&self, dir: &Path) -> Result<(), WriteError> {
        crate::write::write_assembly(self, dir)
    }
}

/// Finishes each stack's template with its Outputs and makes its artifact, in deploy order.
pub(crate) fn assemble(
    model: &Model,
    format: Format,
    work: Vec<Work>,
    order: Vec<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<StackArtifact> {
    let mut stacks = Vec::with_capacity(work.len());
    let mut taken: Vec<Option<Work>> = work.into_iter().map(Some).collect();
    for i in order {
        let Some(w) = taken.get_mut(i).and_then(Option::take) else { continue };
        let Some(text) = w.text else { continue };
        let deps: Vec<String> = w.dependencies.iter().map(|d| model.node(*d).id.clone()).collect();
        let (body, compact) = text.finish(&w.sections.outputs);
        let synthesized = Synthesized {
            stack: w.node,
            body,
            compact,
            parameters: &w.sections.parameters,
            outputs: &w.sections.outputs,
            resource_count: w.resource_count,
            logical_ids: w.logical_ids,
            empty_on_destroy: w.empty_on_destroy,
            transform: w.transform,
        };
        let mut artifact = build_artifact(model, synthesized, deps, format, diags);
        artifact.manifest.assets = w.assets.into_iter().collect();
        for id in w.exports.keys() {
            if let Some(o) = artifact.manifest.outputs.get_mut(id) {
                o.cross_stack = true;
            }
        }
        stacks.push(artifact);
    }
    stacks
}

#[cfg(test)]
mod tests {
    use super::{glob_match, parse_template};
    use serde_json::json;

    #[test]
    fn a_template_reads_as_the_json_it_was_written_from() {
        let value = json!({"Resources": {"Q": {"Properties": {"A": 1.603964615428183e143, "B": -9.643915712060552e-234,
            "C": [1, "x", null, {"D": true}]}}}, "Outputs": {}});
        let t = parse_template(&serde_json::to_string(&value).unwrap());
        assert_eq!(t, value);
        assert_eq!(t["Resources"]["Q"]["Properties"]["C"][3]["D"], true);
        let pretty = parse_template(&serde_json::to_string_pretty(&value).unwrap());
        assert_eq!(pretty, value, "every number reads back as written");
    }

    #[test]
    fn globs() {
        assert!(glob_match("Web", "Web"));
        assert!(!glob_match("Web", "Web2"));
        assert!(glob_match("Web*", "Web-Prod"));
        assert!(glob_match("*-Prod", "Web-Prod"));
        assert!(glob_match("*", "Anything"));
        assert!(glob_match("W*b*d", "Web-Prod"));
        assert!(!glob_match("W*x*d", "Web-Prod"));
        assert!(!glob_match("ab*ba", "aba"));
    }
}
