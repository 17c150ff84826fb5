//! forma's synthesizer: an [`App`] becomes an [`Assembly`] — one CloudFormation template per
//! stack, in deploy order, and a manifest.
//!
//! Synthesis validates everything before anything is written and reports every problem at
//! once, each with its construct path ([`SynthError`]). The same app always gives the same
//! bytes.

pub mod assembly;
pub mod asset;
pub mod graph;
pub mod logical_id;
mod parameter;
mod pattern;
mod resolve;
mod schema_check;
mod validate;
pub mod write;
pub mod yaml;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::{App, Diagnostic};
use serde_json::{json, Map, Value as Json};

pub use assembly::{Assembly, Manifest, StackArtifact, StackManifest};
pub use pattern::{pattern_support, PatternSupport};
pub use resolve::ExportKey;
use resolve::{Resolver, Site};

/// Most resources CloudFormation accepts in one stack.
pub const MAX_RESOURCES: usize = 500;
/// Most parameters CloudFormation accepts in one template.
pub const MAX_PARAMETERS: usize = 200;
/// Most outputs CloudFormation accepts in one template.
pub const MAX_OUTPUTS: usize = 200;
/// Most mappings CloudFormation accepts in one template.
pub const MAX_MAPPINGS: usize = 200;
/// Largest template CloudFormation accepts (from S3).
pub const MAX_TEMPLATE_BYTES: usize = 1_048_576;
/// Largest template CloudFormation accepts inline; larger ones go through S3.
pub const MAX_INLINE_TEMPLATE_BYTES: usize = 51_200;

/// The name of forma's own stack, which holds the staging bucket for assets and large
/// templates. A user's app may not have a stack of that name ([`AppKind`]).
pub const TOOLKIT_STACK: &str = "FormaToolkit";

/// How to synthesize an app. `Settings::default()`: JSON templates, a user's app, no
/// registry.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    /// The template file format. Default: JSON.
    pub format: Format,
    /// The resource types to check [`forma_core::RawResource`]s against, and to tell an
    /// unknown type from a known one (`forma_dsl::cfn::REGISTRY`). Typed resources carry
    /// their own schema and are checked without it. Default: none.
    pub registry: Option<&'static forma_core::schema::Registry>,
    /// Whose app it is, which decides the stack names it may use. Default: a user's.
    pub app_kind: AppKind,
}

/// Whose app is synthesized.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AppKind {
    /// A user's app: it may not name a stack [`TOOLKIT_STACK`], which forma deploys itself.
    #[default]
    User,
    /// forma's own toolkit app (the staging bucket's stack): the one app that may use the
    /// name [`TOOLKIT_STACK`].
    Toolkit,
}

/// The template file format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Json,
    Yaml,
}

impl Format {
    /// The file extension: `json` or `yaml`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Yaml => "yaml",
        }
    }
}

/// Synthesis found errors; nothing was written. Holds every diagnostic, errors and others.
#[derive(Debug, Clone)]
pub struct SynthError {
    pub diagnostics: Vec<Diagnostic>,
}

impl SynthError {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

impl fmt::Display for SynthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        let n = self.errors().count();
        write!(f, "synthesis failed with {n} error{}", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for SynthError {}

/// The namespaces in which logical ids must be unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Namespace {
    /// Resources and parameters share `Ref`.
    Ref,
    Condition,
    Mapping,
    Output,
    Rule,
}

fn namespace(kind: &NodeKind) -> Option<Namespace> {
    match kind {
        NodeKind::Resource(_) | NodeKind::Parameter(_) => Some(Namespace::Ref),
        NodeKind::Condition(_) => Some(Namespace::Condition),
        NodeKind::Mapping(_) => Some(Namespace::Mapping),
        NodeKind::Output(_) => Some(Namespace::Output),
        NodeKind::Rule(_) => Some(Namespace::Rule),
        NodeKind::Stack(_) | NodeKind::Group | NodeKind::Asset(_) => None,
    }
}

/// One stack while it is being synthesized.
struct Work {
    node: NodeId,
    elements: Vec<NodeId>,
    sections: Sections,
    imports: Vec<ExportKey>,
    dependencies: BTreeSet<NodeId>,
    ids: HashMap<(Namespace, String), NodeId>,
    /// SHA-256 of every asset the stack's template uses.
    assets: BTreeSet<String>,
    /// Outputs added for other stacks' imports: output id → what it exports.
    exports: BTreeMap<String, ExportKey>,
}

#[derive(Default)]
struct Sections {
    metadata: Map<String, Json>,
    parameters: Map<String, Json>,
    rules: Map<String, Json>,
    mappings: Map<String, Json>,
    conditions: Map<String, Json>,
    resources: Map<String, Json>,
    outputs: Map<String, Json>,
}

/// Synthesizes every stack of a user's `app` into templates of `format`.
pub fn synthesize(app: &App, format: Format) -> Result<Assembly, SynthError> {
    synthesize_with(app, Settings { format, ..Settings::default() })
}

/// Synthesizes every stack of `app` with `settings`.
pub fn synthesize_with(app: &App, settings: Settings) -> Result<Assembly, SynthError> {
    let format = settings.format;
    let model = app.model();
    let mut diags: Vec<Diagnostic> = model.diagnostics().to_vec();
    let mut logical: Vec<Option<String>> = vec![None; model.len()];

    let mut work: Vec<Work> = model
        .stacks()
        .map(|(node, _)| Work {
            node,
            elements: model
                .descendants(node)
                .into_iter()
                .filter(|&n| namespace(&model.node(n).kind).is_some())
                .collect(),
            sections: Sections::default(),
            imports: Vec::new(),
            dependencies: BTreeSet::new(),
            ids: HashMap::new(),
            assets: BTreeSet::new(),
            exports: BTreeMap::new(),
        })
        .collect();
    if work.is_empty() {
        diags.push(
            Diagnostic::error("empty-app", "App", "the app has no stacks").hint("add one with app.stack(\"Name\")"),
        );
    }

    validate::stack_names(&model, settings.app_kind, &mut diags);
    let mut patterns = schema_check::Patterns::default();
    for w in &mut work {
        assign_logical_ids(&model, w, &mut logical, &mut diags);
    }
    let (assets, packed) = package_assets(&model, &mut diags);
    for w in &mut work {
        resolve_stack(app, &model, w, &logical, &assets, &mut diags);
        validate::parameters(&model, w, &logical, &mut diags);
        validate::empty_on_destroy(&model, w, &mut diags);
        schema_check::resources(&model, w, settings.registry, &mut patterns, &mut diags);
    }
    add_exports(&model, &mut work, &mut diags);
    validate::exports(&model, &work, &mut diags);
    let order = stack_order(&model, &work, &mut diags);
    for w in &work {
        check_limits(&model, w, &mut diags);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(SynthError { diagnostics: diags });
    }

    let index: HashMap<NodeId, usize> = work.iter().enumerate().map(|(i, w)| (w.node, i)).collect();
    let mut stacks = Vec::with_capacity(work.len());
    let mut taken: Vec<Option<Work>> = work.into_iter().map(Some).collect();
    for i in order {
        let Some(w) = taken[i].take() else { continue };
        let deps: Vec<String> = w.dependencies.iter().map(|d| model.node(*d).id.clone()).collect();
        debug_assert!(w.dependencies.iter().all(|d| index.contains_key(d)));
        let template = w.sections.into_template(&model, w.node);
        let mut artifact = assembly::build_artifact(&model, w.node, template, &logical, deps, format, &mut diags);
        artifact.manifest.assets = w.assets.into_iter().collect();
        for id in w.exports.keys() {
            if let Some(o) = artifact.manifest.outputs.get_mut(id) {
                o.cross_stack = true;
            }
        }
        stacks.push(artifact);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(SynthError { diagnostics: diags });
    }
    Ok(Assembly { format, stacks, assets: packed.into_values().collect(), diagnostics: diags })
}

/// Packs every asset of the app: the manifest entry of each asset node, and the packed
/// assets by hash (one per distinct content).
fn package_assets(
    model: &Model,
    diags: &mut Vec<Diagnostic>,
) -> (HashMap<NodeId, asset::AssetManifest>, BTreeMap<String, asset::AssetArtifact>) {
    let mut by_node = HashMap::new();
    let mut packed = BTreeMap::new();
    for (stack, _) in model.stacks() {
        for n in model.descendants(stack) {
            let node = model.node(n);
            let NodeKind::Asset(source) = &node.kind else { continue };
            match asset::package(source) {
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
    }
    (by_node, packed)
}

fn assign_logical_ids(model: &Model, w: &mut Work, logical: &mut [Option<String>], diags: &mut Vec<Diagnostic>) {
    for &e in &w.elements {
        let node = model.node(e);
        let Some(ns) = namespace(&node.kind) else { continue };
        let components = model.components(e);
        let id = match &node.kind {
            NodeKind::Resource(spec) => match &spec.logical_id_override {
                Some(id) if !logical_id::is_valid(id) => {
                    diags.push(
                        Diagnostic::error(
                            "invalid-logical-id",
                            model.path(e),
                            format!("the logical id override {id:?} is not valid"),
                        )
                        .hint("a logical id holds only letters and digits, at most 255 of them")
                        .at(node.location),
                    );
                    id.clone()
                }
                Some(id) => id.clone(),
                None => logical_id::derive(&components[1..]),
            },
            _ => logical_id::derive(&components[1..]),
        };
        if let Some(&other) = w.ids.get(&(ns, id.clone())) {
            // Two siblings with one id are already reported as a duplicate id.
            if model.path(other) == model.path(e) {
                continue;
            }
            diags.push(
                Diagnostic::error(
                    "logical-id-collision",
                    model.path(e),
                    format!("its logical id {id} is also the logical id of `{}`", model.path(other)),
                )
                .hint("rename one of them, or give one another id with override_logical_id")
                .at(node.location),
            );
        } else {
            w.ids.insert((ns, id.clone()), e);
        }
        logical[e as usize] = Some(id);
    }
}

fn resolve_stack(
    app: &App,
    model: &Model,
    w: &mut Work,
    logical: &[Option<String>],
    assets: &HashMap<NodeId, asset::AssetManifest>,
    diags: &mut Vec<Diagnostic>,
) {
    let stack = w.node;
    // Resources and conditions, for the cycle check.
    let mut graph_index: HashMap<NodeId, usize> = HashMap::new();
    let mut graph_nodes: Vec<NodeId> = Vec::new();
    let mut edges: Vec<(NodeId, NodeId)> = Vec::new();
    let mut used_parameters: BTreeSet<NodeId> = BTreeSet::new();
    if let NodeKind::Stack(spec) = &model.node(stack).kind {
        w.dependencies.extend(spec.dependencies.iter().copied().filter(|&d| d != stack));
        if spec.dependencies.contains(&stack) {
            diags.push(
                Diagnostic::error("stack-cycle", model.path(stack), "the stack depends on itself")
                    .at(model.node(stack).location),
            );
        }
        let mut refs = Vec::new();
        let mut r = Resolver {
            app,
            model,
            logical,
            stack,
            element: stack,
            site: Site::Other,
            diagnostics: diags,
            imports: &mut w.imports,
            refs: &mut refs,
            assets,
            used_assets: &mut w.assets,
        };
        for (k, v) in &spec.metadata {
            let v = r.resolve(v);
            w.sections.metadata.insert(k.clone(), v);
        }
    }

    for &e in &w.elements {
        let node = model.node(e);
        let lid = logical[e as usize].clone().unwrap_or_default();
        let mut refs = Vec::new();
        let site = match node.kind {
            NodeKind::Resource(_) => Site::Resource,
            NodeKind::Condition(_) => Site::Condition,
            _ => Site::Other,
        };
        let mut r = Resolver {
            app,
            model,
            logical,
            stack,
            element: e,
            site,
            diagnostics: diags,
            imports: &mut w.imports,
            refs: &mut refs,
            assets,
            used_assets: &mut w.assets,
        };
        match &node.kind {
            NodeKind::Parameter(spec) => {
                let json = parameter_json(spec, &mut r);
                w.sections.parameters.insert(lid, json);
            }
            NodeKind::Condition(spec) => {
                let json = r.resolve(&spec.expr);
                w.sections.conditions.insert(lid, json);
            }
            NodeKind::Mapping(spec) => {
                let mut top = Map::new();
                for (k, entries) in &spec.entries {
                    let mut second = Map::new();
                    for (k2, v) in entries {
                        second.insert(k2.clone(), r.resolve(v));
                    }
                    top.insert(k.clone(), Json::Object(second));
                }
                w.sections.mappings.insert(lid, Json::Object(top));
            }
            NodeKind::Resource(spec) => {
                let mut res = Map::new();
                res.insert("Type".into(), Json::String(spec.type_name.clone()));
                if let Some(c) = &spec.condition {
                    if let Some(n) = r.local(c, "missing-condition", "condition") {
                        res.insert("Condition".into(), Json::String(r.logical_id(n)));
                    }
                }
                let mut depends_on = Vec::new();
                for d in &spec.depends_on {
                    let Some(target) = r.target(d) else { continue };
                    let t = model.node(target);
                    if !matches!(t.kind, NodeKind::Resource(_)) {
                        r.error(
                            "invalid-reference",
                            format!("depends on {} `{}`", t.kind.word(), model.path(target)),
                            "DependsOn takes resources",
                        );
                    } else if t.stack == stack {
                        depends_on.push(Json::String(r.logical_id(target)));
                        r.refs.push(target);
                    } else {
                        w.dependencies.insert(t.stack);
                    }
                }
                if !depends_on.is_empty() {
                    res.insert("DependsOn".into(), Json::Array(depends_on));
                }
                if !spec.properties.is_empty() {
                    let mut props = Map::with_capacity(spec.properties.len());
                    for (k, v) in &spec.properties {
                        let v = r.resolve(v);
                        props.insert(k.clone(), v);
                    }
                    res.insert("Properties".into(), Json::Object(props));
                }
                if let Some(p) = spec.deletion_policy {
                    res.insert("DeletionPolicy".into(), Json::String(p.as_str().into()));
                }
                if let Some(p) = spec.update_replace_policy {
                    res.insert("UpdateReplacePolicy".into(), Json::String(p.as_str().into()));
                }
                for (k, v) in &spec.attributes {
                    let v = r.resolve(v);
                    res.insert(k.clone(), v);
                }
                if !spec.metadata.is_empty() {
                    let mut meta = Map::new();
                    for (k, v) in &spec.metadata {
                        meta.insert(k.clone(), r.resolve(v));
                    }
                    res.insert("Metadata".into(), Json::Object(meta));
                }
                w.sections.resources.insert(lid, Json::Object(res));
            }
            NodeKind::Output(spec) => {
                let mut out = Map::new();
                if let Some(d) = &spec.description {
                    out.insert("Description".into(), Json::String(d.clone()));
                }
                if let Some(c) = &spec.condition {
                    if let Some(n) = r.local(c, "missing-condition", "condition") {
                        out.insert("Condition".into(), Json::String(r.logical_id(n)));
                    }
                }
                out.insert("Value".into(), r.resolve(&spec.value));
                if let Some(name) = &spec.export_name {
                    out.insert("Export".into(), json!({ "Name": r.resolve(name) }));
                }
                w.sections.outputs.insert(lid, Json::Object(out));
            }
            NodeKind::Rule(spec) => {
                let mut rule = Map::new();
                if let Some(c) = &spec.rule_condition {
                    rule.insert("RuleCondition".into(), r.resolve(c));
                }
                let assertions: Vec<Json> = spec
                    .assertions
                    .iter()
                    .map(|(a, d)| {
                        let mut m = Map::new();
                        m.insert("Assert".into(), r.resolve(a));
                        if let Some(d) = d {
                            m.insert("AssertDescription".into(), Json::String(d.clone()));
                        }
                        Json::Object(m)
                    })
                    .collect();
                rule.insert("Assertions".into(), Json::Array(assertions));
                w.sections.rules.insert(lid, Json::Object(rule));
            }
            NodeKind::Stack(_) | NodeKind::Group | NodeKind::Asset(_) => {}
        }
        // Parameters count as used wherever they are referenced.
        note_parameter_uses(model, app, stack, node, &mut used_parameters);
        if matches!(node.kind, NodeKind::Resource(_) | NodeKind::Condition(_)) {
            graph_index.entry(e).or_insert_with(|| {
                graph_nodes.push(e);
                graph_nodes.len() - 1
            });
            for t in refs {
                if matches!(model.node(t).kind, NodeKind::Resource(_) | NodeKind::Condition(_)) {
                    edges.push((e, t));
                }
            }
        }
    }
    w.dependencies.extend(w.imports.iter().map(|k| k.stack));

    for &e in &w.elements {
        let node = model.node(e);
        if let NodeKind::Parameter(spec) = &node.kind {
            if !used_parameters.contains(&e) {
                diags.push(
                    Diagnostic::warning("unused-parameter", model.path(e), "the parameter is declared but never used")
                        .hint("use it with .value(), or remove it")
                        .at(node.location),
                );
            }
            if spec.no_echo && spec.default.is_some() {
                diags.push(
                    Diagnostic::warning(
                        "secret-in-template",
                        model.path(e),
                        "a NoEcho parameter has a default, which sits in the template in clear",
                    )
                    .hint(
                        "remove the default and pass the value at deploy time, or read it from SSM or Secrets Manager",
                    )
                    .at(node.location),
                );
            }
        }
    }

    let mut adj = vec![Vec::new(); graph_nodes.len()];
    for (from, to) in edges {
        if let (Some(&a), Some(&b)) = (graph_index.get(&from), graph_index.get(&to)) {
            adj[a].push(b);
        }
    }
    for cycle in graph::cycles(&adj) {
        let first = graph_nodes[cycle[0]];
        let mut names: Vec<String> = cycle.iter().map(|&i| format!("`{}`", model.path(graph_nodes[i]))).collect();
        names.push(names[0].clone());
        let word = if matches!(model.node(first).kind, NodeKind::Condition(_)) { "condition" } else { "resource" };
        diags.push(
            Diagnostic::error(
                if word == "condition" { "condition-cycle" } else { "resource-cycle" },
                model.path(first),
                format!("dependency cycle: {}", names.join(" -> ")),
            )
            .hint("break the cycle: one of these must stop referring to (or depending on) the next")
            .at(model.node(first).location),
        );
    }
}

/// Marks the parameters of `stack` that `node` refers to.
fn note_parameter_uses(
    model: &Model,
    app: &App,
    stack: NodeId,
    node: &forma_core::model::Node,
    used: &mut BTreeSet<NodeId>,
) {
    let mut visit = |e: &forma_core::Expr| {
        if let forma_core::Expr::Ref(r) = e {
            if app.owns(r)
                && model.get(r.node()).is_some_and(|n| n.stack == stack && matches!(n.kind, NodeKind::Parameter(_)))
            {
                used.insert(r.node());
            }
        }
    };
    match &node.kind {
        NodeKind::Resource(spec) => spec
            .properties
            .values()
            .chain(spec.metadata.values())
            .chain(spec.attributes.values())
            .for_each(|e| e.walk(&mut visit)),
        NodeKind::Condition(spec) => spec.expr.walk(&mut visit),
        NodeKind::Output(spec) => {
            spec.value.walk(&mut visit);
            if let Some(e) = &spec.export_name {
                e.walk(&mut visit)
            }
        }
        NodeKind::Rule(spec) => {
            spec.rule_condition.iter().chain(spec.assertions.iter().map(|(a, _)| a)).for_each(|e| e.walk(&mut visit))
        }
        NodeKind::Mapping(_) | NodeKind::Parameter(_) | NodeKind::Stack(_) | NodeKind::Group | NodeKind::Asset(_) => {}
    }
}

fn parameter_json(spec: &forma_core::parameter::ParameterSpec, r: &mut Resolver<'_>) -> Json {
    let mut p = Map::new();
    p.insert("Type".into(), Json::String(spec.type_name.clone()));
    if let Some(d) = &spec.default {
        let mut v = r.resolve(d);
        if let Json::Array(items) = &v {
            // A list parameter's default is one comma-delimited string.
            if items.iter().all(|i| i.is_string() || i.is_number()) {
                let parts: Vec<String> =
                    items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect();
                v = Json::String(parts.join(","));
            }
        }
        if !(v.is_string() || v.is_number() || v.is_boolean()) {
            r.error(
                "invalid-parameter",
                "a parameter default must be a literal value".into(),
                "defaults cannot use intrinsic functions",
            );
        }
        p.insert("Default".into(), v);
    }
    if !spec.allowed_values.is_empty() {
        let values: Vec<Json> = spec.allowed_values.iter().map(|v| r.resolve(v)).collect();
        p.insert("AllowedValues".into(), Json::Array(values));
    }
    if let Some(v) = &spec.allowed_pattern {
        p.insert("AllowedPattern".into(), Json::String(v.clone()));
    }
    if let Some(v) = &spec.constraint_description {
        p.insert("ConstraintDescription".into(), Json::String(v.clone()));
    }
    if let Some(v) = &spec.description {
        p.insert("Description".into(), Json::String(v.clone()));
    }
    if let Some(v) = spec.max_length {
        p.insert("MaxLength".into(), Json::from(v));
    }
    if let Some(v) = spec.max_value {
        p.insert("MaxValue".into(), number(v));
    }
    if let Some(v) = spec.min_length {
        p.insert("MinLength".into(), Json::from(v));
    }
    if let Some(v) = spec.min_value {
        p.insert("MinValue".into(), number(v));
    }
    if spec.no_echo {
        p.insert("NoEcho".into(), Json::Bool(true));
    }
    Json::Object(p)
}

/// A number as JSON: integral values without a fraction.
fn number(x: f64) -> Json {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Json::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Json::Null, Json::Number)
    }
}

/// Adds, to each producer, the outputs its consumers import.
fn add_exports(model: &Model, work: &mut [Work], diags: &mut Vec<Diagnostic>) {
    let mut wanted: BTreeMap<NodeId, BTreeSet<ExportKey>> = BTreeMap::new();
    for w in work.iter() {
        for key in &w.imports {
            wanted.entry(key.stack).or_default().insert(key.clone());
        }
    }
    for w in work.iter_mut() {
        let Some(keys) = wanted.remove(&w.node) else { continue };
        let producer = model.node(w.node).id.clone();
        let mut sorted: Vec<ExportKey> = keys.into_iter().collect();
        sorted.sort_by_key(|k| k.output_id());
        for key in sorted {
            let id = key.output_id();
            if let Some(&other) = w.ids.get(&(Namespace::Output, id.clone())) {
                diags.push(
                    Diagnostic::error(
                        "logical-id-collision",
                        model.path(other),
                        format!("the output id {id} is needed for a cross-stack export of {producer}"),
                    )
                    .hint("rename this output"),
                );
                continue;
            }
            let value = match &key.attribute {
                None => json!({ "Ref": key.logical_id }),
                Some(a) => json!({ "Fn::GetAtt": [key.logical_id, a] }),
            };
            let mut out = Map::new();
            if let Some(cond) = w.sections.resources.get(&key.logical_id).and_then(|r| r.get("Condition")) {
                out.insert("Condition".into(), cond.clone());
            }
            out.insert("Value".into(), value);
            out.insert("Export".into(), json!({ "Name": key.export_name(&producer) }));
            w.sections.outputs.insert(id.clone(), Json::Object(out));
            w.exports.insert(id, key);
        }
    }
}

/// Deploy order of the stacks (indices into `work`), reporting cycles between stacks.
fn stack_order(model: &Model, work: &[Work], diags: &mut Vec<Diagnostic>) -> Vec<usize> {
    let index: HashMap<NodeId, usize> = work.iter().enumerate().map(|(i, w)| (w.node, i)).collect();
    let deps: Vec<Vec<usize>> =
        work.iter().map(|w| w.dependencies.iter().filter_map(|d| index.get(d).copied()).collect()).collect();
    for cycle in graph::cycles(&deps) {
        let mut names: Vec<String> = cycle.iter().map(|&i| model.node(work[i].node).id.clone()).collect();
        names.push(names[0].clone());
        let first = work[cycle[0]].node;
        diags.push(
            Diagnostic::error(
                "stack-cycle",
                model.path(first),
                format!("stacks depend on each other: {}", names.join(" -> ")),
            )
            .hint("move the resources they share into a stack of their own that both use")
            .at(model.node(first).location),
        );
    }
    graph::order(&deps)
}

fn check_limits(model: &Model, w: &Work, diags: &mut Vec<Diagnostic>) {
    let path = model.path(w.node);
    let location = model.node(w.node).location;
    let s = &w.sections;
    if s.resources.is_empty() {
        diags.push(
            Diagnostic::error("empty-stack", &path, "the stack has no resources")
                .hint("CloudFormation needs at least one resource; add one or remove the stack")
                .at(location),
        );
    }
    for (count, max, word) in [
        (s.resources.len(), MAX_RESOURCES, "resources"),
        (s.parameters.len(), MAX_PARAMETERS, "parameters"),
        (s.outputs.len(), MAX_OUTPUTS, "outputs"),
        (s.mappings.len(), MAX_MAPPINGS, "mappings"),
    ] {
        if count > max {
            diags.push(
                Diagnostic::error(
                    match word {
                        "resources" => "too-many-resources",
                        "parameters" => "too-many-parameters",
                        "outputs" => "too-many-outputs",
                        _ => "too-many-mappings",
                    },
                    &path,
                    format!("the stack has {count} {word}; CloudFormation accepts at most {max}"),
                )
                .hint("split the stack in two; references between stacks are wired up for you")
                .at(location),
            );
        }
    }
}

impl Sections {
    fn into_template(self, model: &Model, stack: NodeId) -> Json {
        let mut t = Map::new();
        t.insert("AWSTemplateFormatVersion".into(), Json::String("2010-09-09".into()));
        if let NodeKind::Stack(spec) = &model.node(stack).kind {
            if let Some(d) = &spec.description {
                t.insert("Description".into(), Json::String(d.clone()));
            }
        }
        if !self.metadata.is_empty() {
            t.insert("Metadata".into(), Json::Object(self.metadata));
        }
        for (name, section) in [
            ("Parameters", self.parameters),
            ("Rules", self.rules),
            ("Mappings", self.mappings),
            ("Conditions", self.conditions),
            ("Resources", self.resources),
            ("Outputs", self.outputs),
        ] {
            if !section.is_empty() {
                t.insert(name.into(), Json::Object(section));
            }
        }
        Json::Object(t)
    }
}
