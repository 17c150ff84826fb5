//! The per-stack pass ([`resolve_all`]): each stack's logical ids, its elements resolved,
//! its checks, and its template written up to its Outputs, one stack after another.
//!
//! One stack's elements resolved, one after another ([`resolve`]): each kind by its function in
//! [`crate::element`], the resources written by the stack's target as they resolve. What
//! the elements refer to is gathered on the way: the stacks it depends on, the values it
//! imports, the assets it uses, the parameters it reads, and the references between its
//! resources and conditions (checked for cycles).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::{App, Diagnostic};

use crate::asset::{self, AssetArtifact, AssetManifest};
use crate::resolve::{ExportKey, Resolver, Site};
use crate::target::{self, Plan, Writer};
use crate::template::{Head, Pending, Resources};
use crate::work::Work;
use crate::{element, graph, ids, overrides, schema_check, sections, service_rules, validate, Settings, ValueChecks};

/// What every element of the app is resolved against.
pub(crate) struct Context<'a> {
    pub(crate) app: &'a App,
    pub(crate) model: &'a Model,
    /// Logical id of every element node, indexed by node id.
    pub(crate) logical: &'a [Option<String>],
    /// The packed assets, by asset node.
    pub(crate) assets: &'a HashMap<NodeId, AssetManifest>,
    /// The form the templates take.
    pub(crate) target: &'a dyn Writer,
    /// What the target does with the stack being resolved.
    pub(crate) plan: &'a Plan<'a>,
}

/// What resolving a stack's elements collects besides the template: the values it imports
/// from other stacks, the assets it uses, and the same-stack resources and conditions the
/// element being resolved refers to.
#[derive(Default)]
pub(crate) struct Uses {
    pub(crate) imports: Vec<ExportKey>,
    pub(crate) assets: BTreeSet<String>,
    pub(crate) refs: Vec<NodeId>,
}

impl Context<'_> {
    /// A resolver for `element` of `stack`, reporting into `diags` and collecting into `uses`.
    pub(crate) fn resolver<'r>(
        &'r self,
        stack: NodeId,
        element: NodeId,
        site: Site,
        diags: &'r mut Vec<Diagnostic>,
        uses: &'r mut Uses,
    ) -> Resolver<'r> {
        Resolver {
            app: self.app,
            model: self.model,
            logical: self.logical,
            stack,
            element,
            diagnostics_before: diags.len(),
            site,
            diagnostics: diags,
            imports: &mut uses.imports,
            refs: &mut uses.refs,
            assets: self.assets,
            used_assets: &mut uses.assets,
        }
    }
}

/// Resolves and checks one stack at a time: its logical ids, then its elements resolved
/// and its template written up to its Outputs, each stack's nodes read while they are fresh
/// in memory, so the time per resource stays flat however large the app. The diagnostics
/// keep their order: every stack's logical ids, the assets, then the rest. Returns the
/// packed assets, by hash.
pub(crate) fn resolve_all(
    app: &App,
    model: &Model,
    settings: Settings,
    work: &mut [Work],
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<String, AssetArtifact> {
    let mut logical: Vec<Option<String>> = vec![None; model.len()];
    let mut patterns = schema_check::Patterns::default();
    let mut asset_diags = Vec::new();
    let (assets, packed) = asset::package_all(model, work, &mut asset_diags);
    let (mut id_diags, mut stack_diags) = (Vec::new(), Vec::new());
    let mut resources = Resources::new(settings.format);
    let target = target::writer(settings.target);
    // Logical ids of each stack that stacks resolved before it import: a target keeps them.
    let mut imported: HashMap<NodeId, HashSet<String>> = HashMap::new();
    for w in work.iter_mut() {
        ids::assign(model, w, &mut logical, &mut id_diags);
        w.overridden = overrides::apply_all(model, &w.elements, &mut stack_diags);
        let plan = target.plan(model, w, &mut logical, imported.get(&w.node));
        let cx = Context { app, model, logical: &logical, assets: &assets, target, plan: &plan };
        resolve(&cx, w, &mut resources, &mut stack_diags);
        for key in &w.imports {
            imported.entry(key.stack).or_default().insert(key.logical_id.clone());
        }
        let view = w.view(model);
        validate::parameters(&view, &logical, &mut stack_diags);
        validate::empty_on_destroy(&view, &mut stack_diags);
        schema_check::resources(&view, settings.registry, settings.value_checks, &mut patterns, &mut stack_diags);
        let lenient = settings.value_checks == ValueChecks::Warnings;
        let names = service_rules::resources(&view, lenient, &mut stack_diags);
        sections::stack_settings(&view, &mut stack_diags);
        sections::mappings_and_rules(&view, &mut stack_diags);
        sections::conditional_references(app, &view, &mut stack_diags);
        w.names = names;
        w.transform = target.transform(&plan);
        w.text = Some(start_template(model, w, w.transform, &mut resources));
    }
    diags.extend(id_diags);
    diags.extend(asset_diags);
    diags.extend(stack_diags);
    packed
}

/// Writes stack `w`'s template up to its Outputs, taking the resources written.
fn start_template(model: &Model, w: &Work, transform: Option<&str>, resources: &mut Resources) -> Pending {
    let description = match &model.node(w.node).kind {
        NodeKind::Stack(spec) => spec.description.as_deref(),
        _ => None,
    };
    let s = &w.sections;
    let head = Head {
        transform,
        globals: &s.globals,
        description,
        metadata: &s.metadata,
        parameters: &s.parameters,
        rules: &s.rules,
        mappings: &s.mappings,
        conditions: &s.conditions,
    };
    Pending::start(&head, resources)
}

/// Resolves the elements of stack `w`: its sections into `w.sections`, its resources into
/// `resources`, what they refer to into `w`.
pub(crate) fn resolve(cx: &Context<'_>, w: &mut Work, resources: &mut Resources, diags: &mut Vec<Diagnostic>) {
    let mut uses =
        Uses { imports: std::mem::take(&mut w.imports), assets: std::mem::take(&mut w.assets), refs: vec![] };
    stack_settings(cx, w, &mut uses, diags);
    let mut references = References::default();
    let mut used_parameters = BTreeSet::new();
    let mut written = element::Written::default();
    for i in 0..w.elements.len() {
        let e = w.elements[i];
        let node = cx.model.node(e);
        uses.refs.clear();
        let site = match node.kind {
            NodeKind::Resource(_) => Site::Resource,
            NodeKind::Condition(_) => Site::Condition,
            _ => Site::Other,
        };
        let mut r = cx.resolver(w.node, e, site, diags, &mut uses);
        element::resolve(cx, &mut r, w, e, resources, &mut written);
        // Parameters count as used wherever they are referenced.
        element::note_parameter_uses(cx, w.node, node, w.overridden.get(&e), &mut used_parameters);
        references.add(cx.model, e, &uses.refs);
    }
    w.imports = uses.imports;
    w.assets = uses.assets;
    w.dependencies.extend(w.imports.iter().map(|k| k.stack));
    parameter_warnings(cx.model, w, &used_parameters, diags);
    references.report_cycles(cx.model, diags);
}

/// The stack's own settings: the stacks it is told to depend on, and its metadata.
fn stack_settings(cx: &Context<'_>, w: &mut Work, uses: &mut Uses, diags: &mut Vec<Diagnostic>) {
    let (model, stack) = (cx.model, w.node);
    let NodeKind::Stack(spec) = &model.node(stack).kind else { return };
    w.dependencies.extend(spec.dependencies.iter().copied().filter(|&d| d != stack));
    if spec.dependencies.contains(&stack) {
        diags.push(
            Diagnostic::error("stack-cycle", model.path(stack), "the stack depends on itself")
                .at(model.node(stack).location),
        );
    }
    let mut r = cx.resolver(stack, stack, Site::Other, diags, uses);
    for (k, v) in &spec.metadata {
        let v = r.resolve(v);
        w.sections.metadata.insert(k.clone(), v);
    }
    if !cx.plan.function_globals.is_empty() {
        let function: serde_json::Map<String, serde_json::Value> =
            cx.plan.function_globals.iter().map(|(name, v)| ((*name).to_owned(), r.resolve(v))).collect();
        w.sections.globals.insert("Function".to_owned(), serde_json::Value::Object(function));
    }
    uses.refs.clear();
}

/// Parameters declared and never used, and secrets with a default.
fn parameter_warnings(model: &Model, w: &Work, used: &BTreeSet<NodeId>, diags: &mut Vec<Diagnostic>) {
    for &e in &w.elements {
        let node = model.node(e);
        let NodeKind::Parameter(spec) = &node.kind else { continue };
        if !used.contains(&e) {
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
                .hint("remove the default and pass the value at deploy time, or read it from SSM or Secrets Manager")
                .at(node.location),
            );
        }
    }
}

/// The references between a stack's resources and conditions, for the cycle check.
#[derive(Default)]
struct References {
    index: HashMap<NodeId, usize>,
    nodes: Vec<NodeId>,
    edges: Vec<(NodeId, NodeId)>,
}

fn in_graph(kind: &NodeKind) -> bool {
    matches!(kind, NodeKind::Resource(_) | NodeKind::Condition(_))
}

impl References {
    /// Notes that element `e` refers to `refs`.
    fn add(&mut self, model: &Model, e: NodeId, refs: &[NodeId]) {
        if !in_graph(&model.node(e).kind) {
            return;
        }
        let nodes = &mut self.nodes;
        self.index.entry(e).or_insert_with(|| {
            nodes.push(e);
            nodes.len() - 1
        });
        self.edges.extend(refs.iter().filter(|&&t| in_graph(&model.node(t).kind)).map(|&t| (e, t)));
    }

    /// Reports each cycle of references, with the path around it.
    fn report_cycles(self, model: &Model, diags: &mut Vec<Diagnostic>) {
        let mut adj = vec![Vec::new(); self.nodes.len()];
        for (from, to) in self.edges {
            if let (Some(&a), Some(&b)) = (self.index.get(&from), self.index.get(&to)) {
                adj[a].push(b);
            }
        }
        for cycle in graph::cycles(&adj) {
            let first = self.nodes[cycle[0]];
            let mut names: Vec<String> = cycle.iter().map(|&i| format!("`{}`", model.path(self.nodes[i]))).collect();
            names.push(names[0].clone());
            let condition = matches!(model.node(first).kind, NodeKind::Condition(_));
            diags.push(
                Diagnostic::error(
                    if condition { "condition-cycle" } else { "resource-cycle" },
                    model.path(first),
                    format!("dependency cycle: {}", names.join(" -> ")),
                )
                .hint("break the cycle: one of these must stop referring to (or depending on) the next")
                .at(model.node(first).location),
            );
        }
    }
}
