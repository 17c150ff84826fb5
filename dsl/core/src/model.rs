//! The recorded construct tree, read by synthesizers.
//!
//! User code builds the tree through handles ([`crate::App`], [`crate::Stack`],
//! [`crate::Scope`], [`crate::Resource`], ...); this module is the read-only view of what
//! they recorded. Nodes are stored in creation order, so walking them is deterministic.

use std::collections::BTreeMap;
use std::panic::Location;

use indexmap::IndexMap;

use crate::diagnostic::Diagnostic;
use crate::parameter::ParameterSpec;
use crate::rule::RuleSpec;
use crate::value::Expr;

/// Index of a node in its [`Model`].
pub type NodeId = u32;

/// Every construct, stack and element of one [`crate::App`].
#[derive(Debug, Default)]
pub struct Model {
    pub(crate) nodes: Vec<Node>,
    pub(crate) stacks: Vec<NodeId>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Every node by `(parent, id)`, to find duplicate ids without scanning siblings.
    pub(crate) sibling_ids: SiblingIds,
    /// The intents constructs recorded, by construct node.
    pub(crate) intents: std::collections::BTreeMap<NodeId, crate::intent::Intent>,
    /// Where each resource's properties were set (a builder's setter, `set_property`), by
    /// resource node: read for messages only, so kept apart from the resources themselves.
    pub(crate) set_at: std::collections::HashMap<NodeId, crate::schema::SetAt>,
    /// The app-wide removal policy, and where it was set.
    pub(crate) removal_policy: Option<(crate::removal::RemovalPolicy, &'static Location<'static>)>,
}

/// Every node keyed by `(parent, id)` (stacks with [`APP_PARENT`] as their parent), the
/// keys read from the nodes themselves.
#[derive(Debug, Default)]
pub(crate) struct SiblingIds {
    /// `(hash of the key, node)`: growing the table rehashes nothing.
    table: hashbrown::HashTable<(u64, NodeId)>,
    hasher: std::hash::RandomState,
}

fn parent_key(node: &Node) -> NodeId {
    node.parent.unwrap_or(APP_PARENT)
}

/// The parent id used for stacks in `sibling_ids`.
pub(crate) const APP_PARENT: NodeId = NodeId::MAX;

impl Model {
    /// The node with this id. Ids come from this model's own handles, so they are in range.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The node with this id, or `None` when it does not exist.
    pub fn get(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id as usize)
    }

    /// How many nodes the tree has; node ids run from 0 to `len() - 1`.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tree is empty (an app without stacks).
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Stacks in the order they were defined.
    pub fn stacks(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.stacks.iter().map(|&id| (id, self.node(id)))
    }

    /// The intent recorded for a construct, if any.
    pub fn intent(&self, id: NodeId) -> Option<&crate::intent::Intent> {
        self.intents.get(&id)
    }

    /// Every recorded intent, by construct node, in node order.
    pub fn intents(&self) -> impl Iterator<Item = (NodeId, &crate::intent::Intent)> {
        self.intents.iter().map(|(id, i)| (*id, i))
    }

    /// Problems recorded while the tree was built (invalid or duplicate ids, ...).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Where the properties of resource `node` were set: `(name, line)` in the order set, a
    /// name set twice listed twice, the later last.
    pub fn set_at(&self, node: NodeId) -> &[(std::borrow::Cow<'static, str>, &'static Location<'static>)] {
        self.set_at.get(&node).map_or(&[], Vec::as_slice)
    }

    /// The line of the user's code a diagnostic about `node` points at: `location`, unless
    /// that is in forma's own source (a construct's body, a generated setter) and the line
    /// that made `node` ([`Node::location`]) is not, then that one.
    pub fn user_location(&self, node: NodeId, location: &'static Location<'static>) -> &'static Location<'static> {
        use crate::diagnostic::in_forma;
        match self.get(node) {
            Some(n) if in_forma(location) && !in_forma(n.location) => n.location,
            _ => location,
        }
    }

    /// The construct path of a node: the ids from its stack down, joined by `/`.
    pub fn path(&self, id: NodeId) -> String {
        let mut parts = self.path_components(id);
        parts.reverse();
        parts.join("/")
    }

    /// Path components from the stack down (the stack's own id first).
    pub fn components(&self, id: NodeId) -> Vec<&str> {
        let mut parts = self.path_components(id);
        parts.reverse();
        parts
    }

    fn path_components(&self, id: NodeId) -> Vec<&str> {
        let mut parts = Vec::new();
        let mut cur = Some(id);
        while let Some(n) = cur {
            let node = self.node(n);
            parts.push(node.id.as_str());
            cur = node.parent;
        }
        parts
    }

    /// All nodes below `root`, depth first, in creation order (the root itself excluded).
    pub fn descendants(&self, root: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack: Vec<NodeId> = self.node(root).children.iter().rev().copied().collect();
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.node(n).children.iter().rev().copied());
        }
        out
    }

    pub(crate) fn push(&mut self, node: Node) -> NodeId {
        let id = self.nodes.len() as NodeId;
        if let Some(parent) = node.parent {
            self.nodes[parent as usize].children.push(id);
        }
        self.nodes.push(node);
        id
    }

    /// Records the node just pushed under its parent and id, or, when a sibling has its id
    /// already, returns that sibling.
    pub(crate) fn note_sibling_id(&mut self, new: NodeId) -> Option<NodeId> {
        use std::hash::BuildHasher;
        let Model { nodes, sibling_ids: SiblingIds { table, hasher }, .. } = self;
        let node = &nodes[new as usize];
        let key = (parent_key(node), node.id.as_str());
        let hash = hasher.hash_one(key);
        let same = |&(h, n): &(u64, NodeId)| {
            let other = &nodes[n as usize];
            h == hash && (parent_key(other), other.id.as_str()) == key
        };
        if let Some(&(_, first)) = table.find(hash, same) {
            return Some(first);
        }
        table.insert_unique(hash, (hash, new), |&(h, _)| h);
        None
    }

    pub(crate) fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id as usize]
    }
}

/// One node of the tree.
#[derive(Debug)]
pub struct Node {
    /// The id, unique among siblings.
    pub id: String,
    /// The parent; `None` for a stack.
    pub parent: Option<NodeId>,
    /// The stack this node belongs to (itself, for a stack).
    pub stack: NodeId,
    /// Children in creation order.
    pub children: Vec<NodeId>,
    /// What this node is.
    pub kind: NodeKind,
    /// Where in the user's code it was created: the caller of the method that added it, or,
    /// when that is in forma's own source (inside a construct), where its parent was created.
    pub location: &'static Location<'static>,
}

/// What a node is.
#[derive(Debug)]
pub enum NodeKind {
    Stack(StackSpec),
    /// A construct that only groups children (an L2 construct, or a plain scope).
    Group,
    Resource(ResourceSpec),
    Parameter(ParameterSpec),
    Condition(CondSpec),
    Mapping(MappingSpec),
    Output(OutputSpec),
    Rule(RuleSpec),
    Asset(crate::asset::AssetSource),
}

impl NodeKind {
    /// A short word for messages: "resource", "parameter", ...
    pub fn word(&self) -> &'static str {
        match self {
            NodeKind::Stack(_) => "stack",
            NodeKind::Group => "construct",
            NodeKind::Resource(_) => "resource",
            NodeKind::Parameter(_) => "parameter",
            NodeKind::Condition(_) => "condition",
            NodeKind::Mapping(_) => "mapping",
            NodeKind::Output(_) => "output",
            NodeKind::Rule(_) => "rule",
            NodeKind::Asset(_) => "asset",
        }
    }
}

/// Stack settings.
#[derive(Debug, Default, Clone)]
pub struct StackSpec {
    pub description: Option<String>,
    /// Stack tags; CloudFormation copies them onto every resource that supports tags.
    pub tags: BTreeMap<String, String>,
    pub account: Option<String>,
    pub region: Option<String>,
    pub termination_protection: bool,
    /// Stacks that must be deployed before this one, besides those found from references.
    pub dependencies: Vec<NodeId>,
    /// Template-level metadata.
    pub metadata: IndexMap<String, Expr>,
    /// Where each setting was last set (`Description`, `Region`, `Account`, `Tags.<key>`),
    /// for messages about it.
    pub set_at: Vec<(String, &'static Location<'static>)>,
    /// What the stack's constructs do with their resources when it is deleted, unless a
    /// construct is told otherwise, and where it was set.
    pub removal_policy: Option<(crate::removal::RemovalPolicy, &'static Location<'static>)>,
}

impl StackSpec {
    /// Where `setting` was last set, if it was.
    pub fn set_at(&self, setting: &str) -> Option<&'static Location<'static>> {
        self.set_at.iter().rev().find(|(s, _)| s == setting).map(|(_, at)| *at)
    }
}

/// A CloudFormation resource.
#[derive(Debug, Clone)]
pub struct ResourceSpec {
    /// The resource type, `AWS::S3::Bucket`.
    pub type_name: String,
    /// The type's registry schema, for a generated (typed) resource.
    pub schema: Option<&'static crate::schema::ResourceType>,
    /// The properties: a typed resource's in schema order, a `RawResource`'s in the order
    /// they were set. Where each was set: [`Model::set_at`].
    pub properties: crate::schema::Object,
    /// Resources (in any stack) that must be created first.
    pub depends_on: Vec<crate::value::NodeRef>,
    pub deletion_policy: Option<crate::resource::DeletionPolicy>,
    pub update_replace_policy: Option<crate::resource::DeletionPolicy>,
    pub condition: Option<crate::value::NodeRef>,
    /// The resource's `Metadata`, in the order set.
    pub metadata: crate::schema::Object,
    /// A logical id chosen by hand (for adopting existing stacks).
    pub logical_id_override: Option<String>,
    /// Extra resource attributes (`CreationPolicy`, `UpdatePolicy`, ...), in the order set.
    pub attributes: crate::schema::Object,
    /// Changes to the properties applied after everything else, in order.
    pub overrides: Vec<crate::resource::PropertyOverride>,
    /// Destroy empties it first (every object version of a bucket, every image of a
    /// repository), so that deleting it can succeed: where `empty_on_destroy()` was called.
    /// `None` (the default): not emptied.
    pub empty_on_destroy: Option<&'static Location<'static>>,
    /// Its removal policy is not the construct's choice but a default (its stack's, its
    /// app's, or its type's): a stack- or app-wide policy set later replaces it.
    pub removal_defaulted: bool,
}

/// A condition: a name for a boolean expression over parameters and pseudo parameters.
#[derive(Debug, Clone)]
pub struct CondSpec {
    pub expr: Expr,
}

/// A two-level lookup table.
#[derive(Debug, Clone)]
pub struct MappingSpec {
    pub entries: IndexMap<String, IndexMap<String, Expr>>,
}

/// A stack output, optionally exported.
#[derive(Debug, Clone)]
pub struct OutputSpec {
    pub value: Expr,
    pub description: Option<String>,
    pub export_name: Option<Expr>,
    pub condition: Option<crate::value::NodeRef>,
}
