//! Scopes: the handle through which constructs add children to the tree.

use std::cell::RefCell;
use std::marker::PhantomData;
use std::panic::Location;
use std::rc::Rc;

use crate::condition::{CondExpr, Condition};
use crate::diagnostic::{Diagnostic, Severity};
use crate::mapping::{Mapping, MappingDef};
use crate::model::{CondSpec, MappingSpec, Model, Node, NodeId, NodeKind, ResourceSpec};
use crate::output::Output;
use crate::parameter::{Parameter, ParameterDef};
use crate::resource::{CfnResource, Resource};
use crate::rule::Rule;
use crate::stack::Stack;
use crate::value::NodeRef;

/// Longest construct id accepted.
pub const MAX_ID_LEN: usize = 255;

/// A node of the tree that can hold children: a stack, or a construct inside one.
#[derive(Clone)]
pub struct Scope {
    pub(crate) model: Rc<RefCell<Model>>,
    pub(crate) node: NodeId,
}

impl std::fmt::Debug for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Scope({})", self.path())
    }
}

/// Anything that can serve as the parent of new constructs.
pub trait AsScope {
    fn as_scope(&self) -> &Scope;
}

impl AsScope for Scope {
    fn as_scope(&self) -> &Scope {
        self
    }
}

impl<T: AsScope + ?Sized> AsScope for &T {
    fn as_scope(&self) -> &Scope {
        (**self).as_scope()
    }
}

/// `file:line` of the code that made a node, for messages that point back at it.
fn made_at(location: &Location<'_>) -> String {
    format!("{}:{}", location.file(), location.line())
}

/// Why an id is not accepted, or `None` when it is.
pub(crate) fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("the id is empty".into());
    }
    if id.len() > MAX_ID_LEN {
        return Some(format!("the id is {} characters long (at most {MAX_ID_LEN})", id.len()));
    }
    if let Some(c) = id.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))) {
        return Some(format!("the id {id:?} contains {c:?}"));
    }
    if !id.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Some(format!("the id {id:?} has no letter or digit"));
    }
    None
}

impl Scope {
    pub(crate) fn new(model: Rc<RefCell<Model>>, node: NodeId) -> Self {
        Scope { model, node }
    }

    pub(crate) fn node_ref(&self) -> NodeRef {
        NodeRef::new(&self.model, self.node)
    }

    pub(crate) fn with_node_mut<T>(&self, f: impl FnOnce(&mut Node) -> T) -> T {
        f(self.model.borrow_mut().node_mut(self.node))
    }

    /// Whether `r` points into this scope's app (and not into another one).
    pub fn owns(&self, r: &NodeRef) -> bool {
        r.belongs_to(&self.model)
    }

    /// This node's id.
    pub fn id(&self) -> String {
        self.model.borrow().node(self.node).id.clone()
    }

    /// The construct path, `Stack/Group/Id`.
    pub fn path(&self) -> String {
        self.model.borrow().path(self.node)
    }

    /// The stack this scope belongs to.
    pub fn stack(&self) -> Stack {
        let stack = self.model.borrow().node(self.node).stack;
        Stack::from_scope(Scope::new(self.model.clone(), stack))
    }

    /// Records a problem about this construct; synthesis reports it with the others and,
    /// for an error, writes nothing. The location is the caller's.
    ///
    /// A report made inside a construct's own code (a closure, a helper without
    /// `#[track_caller]`) points at the line that made this construct instead.
    #[track_caller]
    pub fn report(&self, severity: Severity, code: &'static str, message: impl Into<String>, hint: Option<&str>) {
        let mut model = self.model.borrow_mut();
        let location = model.user_location(self.node, Location::caller());
        let mut d = Diagnostic::error(code, model.path(self.node), message).at(location);
        d.severity = severity;
        d.hint = hint.map(str::to_owned);
        model.diagnostics.push(d);
    }

    #[track_caller]
    pub(crate) fn add_node(&self, id: &str, kind: NodeKind) -> NodeId {
        let mut model = self.model.borrow_mut();
        // Made inside a construct's own code: the line that made the construct.
        let location = model.user_location(self.node, Location::caller());
        let stack = model.node(self.node).stack;
        let node = Node { id: id.to_owned(), parent: Some(self.node), stack, children: Vec::new(), kind, location };
        let word = node.kind.word();
        let new = model.push(node);
        let first = model.note_sibling_id(new);
        let problem = id_problem(id);
        if problem.is_none() && first.is_none() {
            return new;
        }
        let parent_path = model.path(self.node);
        if let Some(problem) = problem {
            let d =
                Diagnostic::error("invalid-id", format!("{parent_path}/{id}"), format!("invalid {word} id: {problem}"))
                    .hint("use letters, digits, '-', '_' or '.', at most 255 characters")
                    .at(location);
            model.diagnostics.push(d);
        }
        if let Some(first) = first {
            let made = made_at(model.node(first).location);
            let d = Diagnostic::error(
                "duplicate-id",
                format!("{parent_path}/{id}"),
                format!("{parent_path} already has a child with id {id:?} (made at {made})"),
            )
            .hint("ids must be unique among siblings; rename one of them")
            .at(location);
            model.diagnostics.push(d);
        }
        new
    }

    /// The removal policy this scope's resources follow when their construct chooses none:
    /// its stack's, else its app's, with where it was set.
    pub(crate) fn inherited_removal_policy(
        &self,
    ) -> Option<(crate::removal::RemovalPolicy, &'static Location<'static>)> {
        let model = self.model.borrow();
        let stack = model.node(self.node).stack;
        let own = match &model.node(stack).kind {
            NodeKind::Stack(spec) => spec.removal_policy,
            _ => None,
        };
        own.or(model.removal_policy)
    }

    /// This construct's node in the app's model.
    pub fn node_id(&self) -> NodeId {
        self.node
    }

    /// Records (or replaces) what this construct is, for targets with a higher-level form
    /// of it ([`crate::intent`]).
    pub fn set_intent(&self, intent: crate::intent::Intent) {
        self.model.borrow_mut().intents.insert(self.node, intent);
    }

    /// Changes this construct's intent (nothing without one).
    pub fn update_intent(&self, f: impl FnOnce(&mut crate::intent::Intent)) {
        if let Some(intent) = self.model.borrow_mut().intents.get_mut(&self.node) {
            f(intent);
        }
    }

    /// A child construct that groups others under this scope: `Web/Api` for
    /// `web.child("Api")`.
    #[track_caller]
    pub fn child(&self, id: &str) -> Scope {
        let node = self.add_node(id, NodeKind::Group);
        Scope::new(self.model.clone(), node)
    }

    /// Adds a resource under this scope and returns its handle.
    #[track_caller]
    pub fn add<R: CfnResource>(&self, id: &str, resource: R) -> Resource<R> {
        let (type_name, schema) = (resource.type_name().to_owned(), resource.schema());
        let (properties, set_at) = resource.into_parts();
        let spec = ResourceSpec {
            type_name,
            schema,
            properties,
            depends_on: Vec::new(),
            deletion_policy: None,
            update_replace_policy: None,
            condition: None,
            metadata: Default::default(),
            logical_id_override: None,
            attributes: Default::default(),
            empty_on_destroy: None,
            overrides: Vec::new(),
            removal_defaulted: false,
        };
        let node = self.add_node(id, NodeKind::Resource(spec));
        if !set_at.is_empty() {
            self.model.borrow_mut().set_at.insert(node, set_at);
        }
        Resource::new(Scope::new(self.model.clone(), node))
    }

    /// Declares a template parameter.
    #[track_caller]
    pub fn add_parameter<T>(&self, id: &str, def: ParameterDef<T>) -> Parameter<T> {
        let node = self.add_node(id, NodeKind::Parameter(def.spec));
        Parameter { node: NodeRef::new(&self.model, node), ty: PhantomData }
    }

    /// Names a condition.
    #[track_caller]
    pub fn add_condition(&self, id: &str, cond: impl Into<CondExpr>) -> Condition {
        let node = self.add_node(id, NodeKind::Condition(CondSpec { expr: cond.into().0 }));
        Condition { node: NodeRef::new(&self.model, node) }
    }

    /// Declares a mapping.
    #[track_caller]
    pub fn add_mapping(&self, id: &str, def: MappingDef) -> Mapping {
        let node = self.add_node(id, NodeKind::Mapping(MappingSpec { entries: def.entries }));
        Mapping { node: NodeRef::new(&self.model, node) }
    }

    /// Declares a stack output.
    #[track_caller]
    pub fn add_output(&self, id: &str, output: Output) {
        self.add_node(id, NodeKind::Output(output.spec));
    }

    /// Declares an asset: a local directory (zipped) or file that apply uploads to the
    /// staging bucket. Relative paths are taken from the directory synthesis runs in; use
    /// `concat!(env!("CARGO_MANIFEST_DIR"), "/path")` to anchor them to a crate.
    #[track_caller]
    pub fn add_asset(&self, id: &str, source: crate::asset::AssetSource) -> crate::asset::Asset {
        let node = self.add_node(id, NodeKind::Asset(source));
        crate::asset::Asset { node: NodeRef::new(&self.model, node) }
    }

    /// Declares a template rule.
    #[track_caller]
    pub fn add_rule(&self, id: &str, rule: Rule) {
        self.add_node(id, NodeKind::Rule(rule.spec));
    }
}

/// Records a new stack in the model (with its diagnostics).
#[track_caller]
pub(crate) fn add_stack(model: &Rc<RefCell<Model>>, name: &str) -> NodeId {
    let location = Location::caller();
    let mut m = model.borrow_mut();
    let id = m.nodes.len() as NodeId;
    let node = Node {
        id: name.to_owned(),
        parent: None,
        stack: id,
        children: Vec::new(),
        kind: NodeKind::Stack(Default::default()),
        location,
    };
    m.push(node);
    m.stacks.push(id);
    let first = m.note_sibling_id(id);
    if let Some(problem) = crate::stack::stack_name_problem(name) {
        m.diagnostics.push(
            Diagnostic::error("invalid-stack-name", name, format!("invalid stack name: {problem}"))
                .hint(
                    "a stack name starts with a letter and holds only letters, digits and '-', at most 128 characters",
                )
                .at(location),
        );
    }
    if let Some(first) = first {
        let made = made_at(m.node(first).location);
        m.diagnostics.push(
            Diagnostic::error(
                "duplicate-id",
                name,
                format!("the app already has a stack named {name:?} (made at {made})"),
            )
            .hint("stack names must be unique within an app")
            .at(location),
        );
    }
    id
}
