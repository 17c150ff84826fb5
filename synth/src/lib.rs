//! forma's synthesizer: an [`App`] becomes an [`Assembly`] — one CloudFormation template per
//! stack, in deploy order, and a manifest.
//!
//! Synthesis validates everything before anything is written and reports every problem at
//! once, each with its construct path ([`SynthError`]). The same app always gives the same
//! bytes.

pub mod assembly;
pub mod asset;
mod emit;
pub mod graph;
pub mod logical_id;
mod overrides;
mod parameter;
mod pattern;
mod policies;
mod resolve;
mod schema_check;
mod sections;
mod service_rules;
mod template;
mod validate;
pub mod write;
pub mod yaml;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::{App, Diagnostic};
use indexmap::IndexMap;
use serde_json::{json, Map, Value as Json};

pub use assembly::{Assembly, Manifest, StackArtifact, StackManifest};
use emit::Emit;
pub use pattern::{pattern_support, PatternSupport};
pub use resolve::ExportKey;
use resolve::{Resolver, Site};
use template::{Head, Pending, Resources};

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
    /// What a literal the schema forbids is: an error that stops synthesis, or a warning.
    /// Default: an error.
    pub value_checks: ValueChecks,
    /// Whose app it is, which decides the stack names it may use. Default: a user's.
    pub app_kind: AppKind,
}

/// How synthesis treats a literal property value its type's schema forbids (a pattern it
/// does not match, a number out of range, ...).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ValueChecks {
    /// An error: nothing is written.
    #[default]
    Errors,
    /// A warning: the templates are written all the same (for sample data, or a schema
    /// known to be stricter than CloudFormation).
    Warnings,
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
    /// The stack's asset nodes.
    asset_nodes: Vec<NodeId>,
    sections: Sections,
    imports: Vec<ExportKey>,
    dependencies: BTreeSet<NodeId>,
    ids: HashMap<(Namespace, String), NodeId>,
    /// SHA-256 of every asset the stack's template uses.
    assets: BTreeSet<String>,
    /// Outputs added for other stacks' imports: output id → what it exports.
    exports: BTreeMap<String, ExportKey>,
    /// Two elements got one logical id (an error already reported).
    collisions: bool,
    /// How many resources the template holds.
    resource_count: usize,
    /// Logical id → the logical id of its condition, for each resource that has one.
    resource_conditions: HashMap<String, String>,
    /// The template, written up to its Outputs once the stack is resolved.
    text: Option<Pending>,
    /// The manifest's logical id → construct path of every resource, and the logical ids of
    /// those destroy empties.
    logical_ids: IndexMap<String, String>,
    empty_on_destroy: Vec<String>,
    /// The properties of the resources that have overrides, with them applied.
    overridden: HashMap<NodeId, forma_core::schema::Object>,
    /// The physical names synthesis knows of its resources: `(name rule, resource, name)`.
    names: Vec<(usize, NodeId, String)>,
}

impl Work {
    /// The properties of resource `node` as the template holds them: its overrides applied.
    fn properties<'m>(
        &'m self,
        node: NodeId,
        spec: &'m forma_core::model::ResourceSpec,
    ) -> &'m forma_core::schema::Object {
        self.overridden.get(&node).unwrap_or(&spec.properties)
    }
}

impl Work {
    /// A stack before synthesis: its elements and assets, in template order.
    fn new(model: &Model, node: NodeId) -> Self {
        let (mut elements, mut asset_nodes) = (Vec::new(), Vec::new());
        for n in model.descendants(node) {
            match &model.node(n).kind {
                NodeKind::Asset(_) => asset_nodes.push(n),
                kind if namespace(kind).is_some() => elements.push(n),
                _ => {}
            }
        }
        Work {
            node,
            elements,
            asset_nodes,
            sections: Sections::default(),
            imports: Vec::new(),
            dependencies: BTreeSet::new(),
            ids: HashMap::new(),
            assets: BTreeSet::new(),
            exports: BTreeMap::new(),
            collisions: false,
            resource_count: 0,
            resource_conditions: HashMap::new(),
            text: None,
            logical_ids: IndexMap::new(),
            empty_on_destroy: Vec::new(),
            overridden: HashMap::new(),
            names: Vec::new(),
        }
    }
}

/// The sections of a template that are kept as JSON values until the template is written:
/// all but the Resources, which are written as they are resolved.
#[derive(Default)]
struct Sections {
    metadata: Map<String, Json>,
    parameters: Map<String, Json>,
    rules: Map<String, Json>,
    mappings: Map<String, Json>,
    conditions: Map<String, Json>,
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

    let mut work: Vec<Work> = model.stacks().map(|(node, _)| Work::new(&model, node)).collect();
    if work.is_empty() {
        diags.push(
            Diagnostic::error("empty-app", "App", "the app has no stacks").hint("add one with app.stack(\"Name\")"),
        );
    }

    validate::stack_names(&model, settings.app_kind, &mut diags);
    let mut patterns = schema_check::Patterns::default();
    let mut asset_diags = Vec::new();
    let (assets, packed) = package_assets(&model, &work, &mut asset_diags);
    // One stack at a time: its logical ids, then its elements resolved and its template
    // written up to its Outputs, each stack's nodes read while they are fresh in memory. So
    // the time per resource stays flat however large the app. The diagnostics keep their
    // order: every stack's logical ids, the assets, then the rest.
    let mut id_diags = Vec::new();
    let mut stack_diags = Vec::new();
    let mut resources = Resources::new(format);
    for w in &mut work {
        assign_logical_ids(&model, w, &mut logical, &mut id_diags);
        w.overridden = overrides::apply_all(&model, &w.elements, &mut stack_diags);
        resolve_stack(app, &model, w, &logical, &assets, &mut resources, &mut stack_diags);
        validate::parameters(&model, w, &logical, &mut stack_diags);
        validate::empty_on_destroy(&model, w, &mut stack_diags);
        schema_check::resources(&model, w, settings.registry, settings.value_checks, &mut patterns, &mut stack_diags);
        w.names = service_rules::resources(&model, w, settings.value_checks == ValueChecks::Warnings, &mut stack_diags);
        sections::stack_settings(&model, w, &mut stack_diags);
        sections::mappings_and_rules(&model, w, &mut stack_diags);
        sections::conditional_references(app, &model, w, &mut stack_diags);
        let description = match &model.node(w.node).kind {
            NodeKind::Stack(spec) => spec.description.as_deref(),
            _ => None,
        };
        let s = &w.sections;
        let head = Head {
            description,
            metadata: &s.metadata,
            parameters: &s.parameters,
            rules: &s.rules,
            mappings: &s.mappings,
            conditions: &s.conditions,
        };
        w.text = Some(Pending::start(&head, &mut resources));
    }
    drop(resources);
    diags.extend(id_diags);
    diags.extend(asset_diags);
    diags.extend(stack_diags);
    add_exports(&model, &mut work, &mut diags);
    validate::exports(&model, &work, &mut diags);
    sections::physical_names(&model, &work, &mut diags);
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
        let Some(text) = w.text else { continue };
        let deps: Vec<String> = w.dependencies.iter().map(|d| model.node(*d).id.clone()).collect();
        debug_assert!(w.dependencies.iter().all(|d| index.contains_key(d)));
        let (body, compact) = text.finish(&w.sections.outputs);
        let synthesized = assembly::Synthesized {
            stack: w.node,
            body,
            compact,
            parameters: &w.sections.parameters,
            outputs: &w.sections.outputs,
            resource_count: w.resource_count,
            logical_ids: w.logical_ids,
            empty_on_destroy: w.empty_on_destroy,
        };
        let mut artifact = assembly::build_artifact(&model, synthesized, deps, format, &mut diags);
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

/// Packs every asset of the app, stack by stack: the manifest entry of each asset node, and
/// the packed assets by hash (one per distinct content).
fn package_assets(
    model: &Model,
    work: &[Work],
    diags: &mut Vec<Diagnostic>,
) -> (HashMap<NodeId, asset::AssetManifest>, BTreeMap<String, asset::AssetArtifact>) {
    let mut by_node = HashMap::new();
    let mut packed = BTreeMap::new();
    for &n in work.iter().flat_map(|w| &w.asset_nodes) {
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
    (by_node, packed)
}

fn assign_logical_ids(model: &Model, w: &mut Work, logical: &mut [Option<String>], diags: &mut Vec<Diagnostic>) {
    let mut components: Vec<&str> = Vec::new();
    for &e in &w.elements {
        let node = model.node(e);
        let Some(ns) = namespace(&node.kind) else { continue };
        let id = element_logical_id(model, e, &mut components);
        let overridden = matches!(&node.kind, NodeKind::Resource(spec) if spec.logical_id_override.is_some());
        if overridden && !logical_id::is_valid(&id) {
            diags.push(
                Diagnostic::error(
                    "invalid-logical-id",
                    model.path(e),
                    format!("the logical id override {id:?} is not valid"),
                )
                .hint("a logical id holds only letters and digits, at most 255 of them")
                .at(node.location),
            );
        }
        match w.ids.entry((ns, id)) {
            std::collections::hash_map::Entry::Occupied(taken) => {
                w.collisions = true;
                let other = *taken.get();
                let id = taken.key().1.clone();
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
                logical[e as usize] = Some(id);
            }
            std::collections::hash_map::Entry::Vacant(free) => {
                logical[e as usize] = Some(free.key().1.clone());
                free.insert(e);
            }
        }
    }
}

/// The logical id of an element, collisions aside: the one it was given, or one derived from
/// its path. `components` is scratch space.
pub(crate) fn element_logical_id<'m>(model: &'m Model, e: NodeId, components: &mut Vec<&'m str>) -> String {
    match &model.node(e).kind {
        NodeKind::Resource(spec) if spec.logical_id_override.is_some() => {
            spec.logical_id_override.clone().unwrap_or_default()
        }
        _ => {
            path_below_stack(model, e, components);
            logical_id::derive(components)
        }
    }
}

/// The ids of the path of `node` below its stack, top down, into `out`.
fn path_below_stack<'m>(model: &'m Model, node: NodeId, out: &mut Vec<&'m str>) {
    out.clear();
    let mut cur = model.node(node);
    while let Some(parent) = cur.parent {
        out.push(cur.id.as_str());
        cur = model.node(parent);
    }
    out.reverse();
}

fn resolve_stack(
    app: &App,
    model: &Model,
    w: &mut Work,
    logical: &[Option<String>],
    assets: &HashMap<NodeId, asset::AssetManifest>,
    resources: &mut Resources,
    diags: &mut Vec<Diagnostic>,
) {
    let stack = w.node;
    // With colliding logical ids (an error already), count each id once, as the template
    // would hold it.
    let mut written: BTreeSet<&str> = BTreeSet::new();
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
            diagnostics_before: diags.len(),
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

    // What each element refers to, one element after another.
    let mut refs = Vec::new();
    let mut components = Vec::new();
    for &e in &w.elements {
        let node = model.node(e);
        let lid: &str = logical[e as usize].as_deref().unwrap_or_default();
        refs.clear();
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
            diagnostics_before: diags.len(),
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
                w.sections.parameters.insert(lid.to_owned(), json);
            }
            NodeKind::Condition(spec) => {
                let json = r.resolve(&spec.expr);
                w.sections.conditions.insert(lid.to_owned(), json);
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
                w.sections.mappings.insert(lid.to_owned(), Json::Object(top));
            }
            NodeKind::Resource(spec) => {
                let condition = spec.condition.as_ref().and_then(|c| r.local(c, "missing-condition", "condition"));
                let condition = condition.map(|n| r.logical_id(n));
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
                        depends_on.push(r.logical_id(target));
                        r.refs.push(target);
                    } else {
                        w.dependencies.insert(t.stack);
                    }
                }
                if let Some(c) = condition {
                    w.resource_conditions.insert(lid.to_owned(), c.to_owned());
                }
                if !w.collisions || written.insert(lid) {
                    w.resource_count += 1;
                }
                if let Some(id) = &logical[e as usize] {
                    w.logical_ids.insert(id.clone(), assembly::path(model, e, &mut components));
                    // Buckets only: a repository empties itself (`EmptyOnDelete`).
                    if spec.empty_on_destroy.is_some() && spec.type_name == "AWS::S3::Bucket" {
                        w.empty_on_destroy.push(id.clone());
                    }
                }
                let mut out = resources.next();
                out.key(lid);
                let properties = w.overridden.get(&e).unwrap_or(&spec.properties);
                emit_resource(&mut r, spec, properties, condition, &depends_on, &mut out);
            }
            NodeKind::Output(spec) => {
                let mut out = Map::new();
                if let Some(d) = &spec.description {
                    out.insert("Description".into(), Json::String(d.clone()));
                }
                if let Some(c) = &spec.condition {
                    if let Some(n) = r.local(c, "missing-condition", "condition") {
                        out.insert("Condition".into(), Json::String(r.logical_id(n).to_owned()));
                    }
                }
                out.insert("Value".into(), r.resolve(&spec.value));
                if let Some(name) = &spec.export_name {
                    out.insert("Export".into(), json!({ "Name": r.resolve(name) }));
                }
                w.sections.outputs.insert(lid.to_owned(), Json::Object(out));
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
                w.sections.rules.insert(lid.to_owned(), Json::Object(rule));
            }
            NodeKind::Stack(_) | NodeKind::Group | NodeKind::Asset(_) => {}
        }
        // Parameters count as used wherever they are referenced.
        note_parameter_uses(model, app, stack, node, w.overridden.get(&e), &mut used_parameters);
        if matches!(node.kind, NodeKind::Resource(_) | NodeKind::Condition(_)) {
            graph_index.entry(e).or_insert_with(|| {
                graph_nodes.push(e);
                graph_nodes.len() - 1
            });
            for &t in &refs {
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

/// Emits a resource's definition: its type, condition, dependencies, properties, policies,
/// other attributes and metadata.
fn emit_resource(
    r: &mut Resolver<'_>,
    spec: &forma_core::model::ResourceSpec,
    properties: &forma_core::schema::Object,
    condition: Option<&str>,
    depends_on: &[&str],
    out: &mut impl Emit,
) {
    out.begin_map();
    out.key("Type");
    out.string(&spec.type_name);
    if let Some(c) = condition {
        out.key("Condition");
        out.string(c);
    }
    if !depends_on.is_empty() {
        out.key("DependsOn");
        out.begin_seq();
        depends_on.iter().for_each(|d| out.string(d));
        out.end_seq();
    }
    if !properties.is_empty() {
        out.key("Properties");
        out.begin_map();
        for (k, v) in properties.iter() {
            out.key(k);
            r.emit(v, out);
        }
        out.end_map();
    }
    if let Some(p) = spec.deletion_policy {
        out.key("DeletionPolicy");
        out.string(p.as_str());
    }
    if let Some(p) = spec.update_replace_policy {
        out.key("UpdateReplacePolicy");
        out.string(p.as_str());
    }
    // CreationPolicy and UpdatePolicy: set_attribute refuses the names written here.
    for (k, v) in spec.attributes.iter() {
        out.key(k);
        r.emit(v, out);
    }
    if !spec.metadata.is_empty() {
        out.key("Metadata");
        out.begin_map();
        for (k, v) in spec.metadata.iter() {
            out.key(k);
            r.emit(v, out);
        }
        out.end_map();
    }
    out.end_map();
}

/// Marks the parameters of `stack` that `node` refers to.
fn note_parameter_uses(
    model: &Model,
    app: &App,
    stack: NodeId,
    node: &forma_core::model::Node,
    overridden: Option<&forma_core::schema::Object>,
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
        NodeKind::Resource(spec) => overridden
            .unwrap_or(&spec.properties)
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
        sorted.sort_by_cached_key(ExportKey::output_id);
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
            if let Some(cond) = w.resource_conditions.get(&key.logical_id) {
                out.insert("Condition".into(), Json::String(cond.clone()));
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
    if w.resource_count == 0 {
        diags.push(
            Diagnostic::error("empty-stack", &path, "the stack has no resources")
                .hint("CloudFormation needs at least one resource; add one or remove the stack")
                .at(location),
        );
    }
    for (count, max, word) in [
        (w.resource_count, MAX_RESOURCES, "resources"),
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
