//! Resources: the handle returned when a resource is added to a scope, and the trait every
//! resource type implements.

use std::marker::PhantomData;

use indexmap::IndexMap;

use crate::condition::Condition;
use crate::model::NodeKind;
use crate::scope::Scope;
use crate::value::{Expr, NodeRef, Value};

/// A CloudFormation resource type: its type name and its properties.
///
/// Generated L1 types and [`crate::RawResource`] implement it; [`Scope::add`] turns one into
/// a node of the tree and returns its [`Resource`] handle.
pub trait CfnResource {
    /// The type name, `AWS::S3::Bucket`.
    fn type_name(&self) -> &str;
    /// The properties in template order.
    fn into_properties(self) -> IndexMap<String, Expr>;
}

/// What happens to a resource's physical counterpart when the stack deletes it
/// (`DeletionPolicy`) or replaces it (`UpdateReplacePolicy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeletionPolicy {
    Delete,
    Retain,
    RetainExceptOnUpdate,
    Snapshot,
}

impl DeletionPolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            DeletionPolicy::Delete => "Delete",
            DeletionPolicy::Retain => "Retain",
            DeletionPolicy::RetainExceptOnUpdate => "RetainExceptOnUpdate",
            DeletionPolicy::Snapshot => "Snapshot",
        }
    }
}

/// Anything that stands for one resource: a [`Resource`] handle, or an L2 construct through
/// its main resource.
pub trait ResourceLike {
    /// The resource node.
    fn resource_ref(&self) -> NodeRef;
}

/// A resource of the tree; `R` is its type, which may add typed attribute accessors.
pub struct Resource<R> {
    pub(crate) scope: Scope,
    ty: PhantomData<fn() -> R>,
}

impl<R> Clone for Resource<R> {
    fn clone(&self) -> Self {
        Resource { scope: self.scope.clone(), ty: PhantomData }
    }
}

impl<R> std::fmt::Debug for Resource<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Resource({})", self.scope.path())
    }
}

impl<R> ResourceLike for Resource<R> {
    fn resource_ref(&self) -> NodeRef {
        self.scope.node_ref()
    }
}

impl<R> Resource<R> {
    pub(crate) fn new(scope: Scope) -> Self {
        Resource { scope, ty: PhantomData }
    }

    /// The construct path, `Stack/Group/Id`.
    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// The resource's node, to use as a scope for diagnostics.
    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    /// `Ref`: the value CloudFormation returns for this resource (usually its name or id).
    pub fn reference(&self) -> Value<String> {
        Value::from_expr(Expr::Ref(self.scope.node_ref()))
    }

    /// `Fn::GetAtt`: one of the resource's attributes, `Arn`, `StreamArn`, `Endpoint.Address`.
    pub fn get_att<T>(&self, attribute: impl Into<String>) -> Value<T> {
        Value::from_expr(Expr::GetAtt(self.scope.node_ref(), attribute.into()))
    }

    fn edit(&self, f: impl FnOnce(&mut crate::model::ResourceSpec)) -> &Self {
        self.scope.with_node_mut(|node| {
            if let NodeKind::Resource(spec) = &mut node.kind {
                f(spec)
            }
        });
        self
    }

    /// Creates this resource only after `other` (in this stack or another).
    pub fn add_depends_on(&self, other: &impl ResourceLike) -> &Self {
        let other = other.resource_ref();
        self.edit(|spec| {
            if !spec.depends_on.contains(&other) {
                spec.depends_on.push(other)
            }
        })
    }

    /// What happens to the physical resource when the stack deletes it.
    pub fn set_deletion_policy(&self, policy: DeletionPolicy) -> &Self {
        self.edit(|spec| spec.deletion_policy = Some(policy))
    }

    /// What happens to the old physical resource when an update replaces it.
    pub fn set_update_replace_policy(&self, policy: DeletionPolicy) -> &Self {
        self.edit(|spec| spec.update_replace_policy = Some(policy))
    }

    /// Creates the resource only when the condition holds.
    pub fn set_condition(&self, condition: &Condition) -> &Self {
        let cond = condition.node_ref();
        self.edit(|spec| spec.condition = Some(cond))
    }

    /// Adds an entry to the resource's `Metadata`.
    pub fn add_metadata(&self, key: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let (key, value) = (key.into(), value.into());
        self.edit(|spec| {
            spec.metadata.insert(key, value);
        })
    }

    /// Sets (or replaces) a top-level property. The escape hatch for a property the
    /// resource's builder does not offer.
    pub fn set_property(&self, name: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let (name, value) = (name.into(), value.into());
        self.edit(|spec| {
            spec.properties.insert(name, value);
        })
    }

    /// Sets another resource attribute: `CreationPolicy`, `UpdatePolicy`.
    pub fn set_attribute(&self, name: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let (name, value) = (name.into(), value.into());
        self.edit(|spec| {
            spec.attributes.insert(name, value);
        })
    }

    /// Asks destroy to empty this bucket (every object version and delete marker) or
    /// repository (every image) before deleting the stack, so the deletion can succeed.
    pub fn empty_on_destroy(&self) -> &Self {
        self.edit(|spec| spec.empty_on_destroy = true)
    }

    /// Uses `logical_id` instead of the one derived from the path — to adopt a resource of
    /// a stack that was deployed by another tool.
    pub fn override_logical_id(&self, logical_id: impl Into<String>) -> &Self {
        let id = logical_id.into();
        self.edit(|spec| spec.logical_id_override = Some(id))
    }
}
