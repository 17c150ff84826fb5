//! Stacks: the unit of deployment.

use std::ops::Deref;
use std::panic::Location;

use crate::diagnostic::Diagnostic;
use crate::model::NodeKind;
use crate::scope::{AsScope, Scope};
use crate::value::Expr;

/// Longest stack name CloudFormation accepts.
pub const MAX_STACK_NAME_LEN: usize = 128;

/// Whether CloudFormation refuses to delete the stack until this is turned off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TerminationProtection {
    #[default]
    Disabled,
    Enabled,
}

/// Why a stack name is not accepted, or `None` when it is.
pub fn stack_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("the name is empty".into());
    }
    if name.len() > MAX_STACK_NAME_LEN {
        return Some(format!("the name is {} characters long (at most {MAX_STACK_NAME_LEN})", name.len()));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some(format!("{name:?} does not start with a letter"));
    }
    if let Some(c) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-')) {
        return Some(format!("{name:?} contains {c:?}"));
    }
    None
}

/// A stack of the app: a scope for constructs, plus the settings of the deployed stack.
///
/// Methods that change settings take `&self` and return `&Self`, so they chain:
/// `app.stack("Web").description("The web tier").tag("team", "web");`
#[derive(Clone, Debug)]
pub struct Stack {
    scope: Scope,
}

impl Deref for Stack {
    type Target = Scope;
    fn deref(&self) -> &Scope {
        &self.scope
    }
}

impl AsScope for Stack {
    fn as_scope(&self) -> &Scope {
        &self.scope
    }
}

impl Stack {
    pub(crate) fn from_scope(scope: Scope) -> Self {
        Stack { scope }
    }

    fn edit(&self, f: impl FnOnce(&mut crate::model::StackSpec)) -> &Self {
        self.scope.with_node_mut(|node| {
            if let NodeKind::Stack(spec) = &mut node.kind {
                f(spec)
            }
        });
        self
    }

    /// The stack name (its id).
    pub fn name(&self) -> String {
        self.scope.id()
    }

    /// The template's `Description` (at most 1,024 bytes).
    #[track_caller]
    pub fn description(&self, text: impl Into<String>) -> &Self {
        let (text, at) = (text.into(), Location::caller());
        self.edit(|s| {
            s.description = Some(text);
            s.set_at.push(("Description".into(), at));
        })
    }

    /// A stack tag; CloudFormation copies stack tags onto every resource that takes tags
    /// (at most 50; keys starting with `aws:` or `forma:` are reserved).
    #[track_caller]
    pub fn tag(&self, key: impl Into<String>, value: impl Into<String>) -> &Self {
        let (k, v, at) = (key.into(), value.into(), Location::caller());
        self.edit(|s| {
            s.set_at.push((format!("Tags.{k}"), at));
            s.tags.insert(k, v);
        })
    }

    /// The account this stack must be deployed to (twelve digits); any account when unset.
    #[track_caller]
    pub fn account(&self, account: impl Into<String>) -> &Self {
        let (a, at) = (account.into(), Location::caller());
        self.edit(|s| {
            s.account = Some(a);
            s.set_at.push(("Account".into(), at));
        })
    }

    /// The region this stack must be deployed to (`us-east-1`); the configured region when
    /// unset.
    #[track_caller]
    pub fn region(&self, region: impl Into<String>) -> &Self {
        let (r, at) = (region.into(), Location::caller());
        self.edit(|s| {
            s.region = Some(r);
            s.set_at.push(("Region".into(), at));
        })
    }

    /// What every construct of the stack does with its resources when the stack is deleted
    /// or they are replaced, unless the construct is told otherwise — set once for a stack
    /// rebuilt every day: `RemovalPolicy::Destroy` deletes them all, data and all, and
    /// empties buckets and repositories first. Constructs added before or after follow it;
    /// it wins over the app's ([`crate::App::removal_policy`]).
    #[track_caller]
    pub fn removal_policy(&self, policy: crate::removal::RemovalPolicy) -> &Self {
        let at = Location::caller();
        self.edit(|s| s.removal_policy = Some((policy, at)));
        let stack = self.scope.node_id();
        crate::removal::apply_to_defaults(&mut self.scope.model.borrow_mut(), Some(stack), policy, at);
        self
    }

    pub fn termination_protection(&self, setting: TerminationProtection) -> &Self {
        self.edit(|s| s.termination_protection = setting == TerminationProtection::Enabled)
    }

    /// Deploys this stack after `other`, even without a reference between them.
    #[track_caller]
    pub fn add_dependency(&self, other: &Stack) -> &Self {
        if !std::rc::Rc::ptr_eq(&self.scope.model, &other.scope.model) {
            let location = std::panic::Location::caller();
            let d = Diagnostic::error(
                "foreign-reference",
                self.path(),
                format!("depends on stack {:?} of another app", other.name()),
            )
            .hint("stacks of one deployment belong to one App")
            .at(location);
            self.scope.model.borrow_mut().diagnostics.push(d);
            return self;
        }
        let other = other.scope.node;
        self.edit(|s| {
            if !s.dependencies.contains(&other) {
                s.dependencies.push(other)
            }
        })
    }

    /// Adds an entry to the template's `Metadata`.
    pub fn add_metadata(&self, key: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let (k, v) = (key.into(), value.into());
        self.edit(|s| {
            s.metadata.insert(k, v);
        })
    }
}
