//! The app: every stack of one deployment.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use crate::model::Model;
use crate::scope::{add_stack, Scope};
use crate::stack::Stack;
use crate::value::NodeRef;

/// The root of the tree: the stacks that are synthesized and deployed together.
///
/// Handles (stacks, scopes, resources) share the app's tree, so they can be cloned and
/// passed around freely.
#[derive(Clone, Default)]
pub struct App {
    model: Rc<RefCell<Model>>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "App({} stacks)", self.model.borrow().stacks.len())
    }
}

impl App {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a stack named `name` (letters, digits and `-`, starting with a letter).
    #[track_caller]
    pub fn stack(&self, name: &str) -> Stack {
        let id = add_stack(&self.model, name);
        Stack::from_scope(Scope::new(self.model.clone(), id))
    }

    /// What every construct of every stack does with its resources when its stack is
    /// deleted or they are replaced, unless the construct or its stack
    /// ([`crate::Stack::removal_policy`]) is told otherwise. `RemovalPolicy::Destroy` for an
    /// app rebuilt every day: nothing is left behind, buckets and repositories are emptied.
    #[track_caller]
    pub fn removal_policy(&self, policy: crate::removal::RemovalPolicy) -> &Self {
        let at = std::panic::Location::caller();
        let mut model = self.model.borrow_mut();
        model.removal_policy = Some((policy, at));
        crate::removal::apply_to_defaults(&mut model, None, policy, at);
        drop(model);
        self
    }

    /// The stacks in the order they were added.
    pub fn stacks(&self) -> Vec<Stack> {
        let ids = self.model.borrow().stacks.clone();
        ids.into_iter().map(|id| Stack::from_scope(Scope::new(self.model.clone(), id))).collect()
    }

    /// The recorded tree, for synthesizers. Hold it only while reading.
    pub fn model(&self) -> Ref<'_, Model> {
        self.model.borrow()
    }

    /// Whether `r` points into this app (and not into another one).
    pub fn owns(&self, r: &NodeRef) -> bool {
        r.belongs_to(&self.model)
    }
}
