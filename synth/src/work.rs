//! The state of one stack while it is synthesized, and the read-only view of it the checks
//! take.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use forma_core::model::{Model, NodeId, NodeKind, ResourceSpec};
use forma_core::schema::Object;
use indexmap::IndexMap;
use serde_json::{Map, Value as Json};

use crate::resolve::ExportKey;
use crate::template::Pending;

/// The namespaces in which logical ids must be unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Namespace {
    /// Resources and parameters share `Ref`.
    Ref,
    Condition,
    Mapping,
    Output,
    Rule,
}

pub(crate) fn namespace(kind: &NodeKind) -> Option<Namespace> {
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
pub(crate) struct Work {
    pub(crate) node: NodeId,
    pub(crate) elements: Vec<NodeId>,
    /// The stack's asset nodes.
    pub(crate) asset_nodes: Vec<NodeId>,
    pub(crate) sections: Sections,
    pub(crate) imports: Vec<ExportKey>,
    pub(crate) dependencies: BTreeSet<NodeId>,
    pub(crate) ids: HashMap<(Namespace, String), NodeId>,
    /// SHA-256 of every asset the stack's template uses.
    pub(crate) assets: BTreeSet<String>,
    /// Outputs added for other stacks' imports: output id → what it exports.
    pub(crate) exports: BTreeMap<String, ExportKey>,
    /// Two elements got one logical id (an error already reported).
    pub(crate) collisions: bool,
    /// How many resources the template holds.
    pub(crate) resource_count: usize,
    /// Logical id → the logical id of its condition, for each resource that has one.
    pub(crate) resource_conditions: HashMap<String, String>,
    /// The template, written up to its Outputs once the stack is resolved.
    pub(crate) text: Option<Pending>,
    /// The manifest's logical id → construct path of every resource, and the logical ids of
    /// those destroy empties.
    pub(crate) logical_ids: IndexMap<String, String>,
    pub(crate) empty_on_destroy: Vec<String>,
    /// The template's `Transform`, if its target wrote one.
    pub(crate) transform: Option<&'static str>,
    /// The properties of the resources that have overrides, with them applied.
    pub(crate) overridden: HashMap<NodeId, Object>,
    /// The physical names synthesis knows of its resources: `(name rule, resource, name)`.
    pub(crate) names: Vec<(usize, NodeId, String)>,
}

impl Work {
    /// A stack before synthesis: its elements and assets, in template order.
    pub(crate) fn new(model: &Model, node: NodeId) -> Self {
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
            transform: None,
            overridden: HashMap::new(),
            names: Vec::new(),
        }
    }
}

/// The sections of a template that are kept as JSON values until the template is written:
/// all but the Resources, which are written as they are resolved.
#[derive(Default)]
pub(crate) struct Sections {
    /// SAM's `Globals`, by resource kind (`Function`).
    pub(crate) globals: Map<String, Json>,
    pub(crate) metadata: Map<String, Json>,
    pub(crate) parameters: Map<String, Json>,
    pub(crate) rules: Map<String, Json>,
    pub(crate) mappings: Map<String, Json>,
    pub(crate) conditions: Map<String, Json>,
    pub(crate) outputs: Map<String, Json>,
}

impl Work {
    /// The read-only view of the stack the checks take.
    pub(crate) fn view<'a>(&'a self, model: &'a Model) -> StackView<'a> {
        StackView {
            model,
            node: self.node,
            elements: &self.elements,
            sections: &self.sections,
            exports: &self.exports,
            ids: &self.ids,
            overridden: &self.overridden,
            names: &self.names,
        }
    }
}

/// One stack as the checks see it: its elements, its sections as resolved, its resources'
/// properties with their overrides applied. Nothing in it can be changed.
#[derive(Clone, Copy)]
pub(crate) struct StackView<'a> {
    pub(crate) model: &'a Model,
    /// The stack's node.
    pub(crate) node: NodeId,
    /// Its elements, in template order.
    pub(crate) elements: &'a [NodeId],
    pub(crate) sections: &'a Sections,
    /// Outputs added for other stacks' imports: output id → what it exports.
    pub(crate) exports: &'a BTreeMap<String, ExportKey>,
    ids: &'a HashMap<(Namespace, String), NodeId>,
    overridden: &'a HashMap<NodeId, Object>,
    /// The physical names synthesis knows of its resources: `(name rule, resource, name)`.
    pub(crate) names: &'a [(usize, NodeId, String)],
}

impl<'a> StackView<'a> {
    /// The properties of resource `node` as the template holds them: its overrides applied.
    pub(crate) fn properties(&self, node: NodeId, spec: &'a ResourceSpec) -> &'a Object {
        self.overridden.get(&node).unwrap_or(&spec.properties)
    }

    /// The element that holds logical id `id` in namespace `ns`.
    pub(crate) fn element_with_id(&self, ns: Namespace, id: &str) -> Option<NodeId> {
        self.ids.get(&(ns, id.to_owned())).copied()
    }
}
