//! Resources: the handle returned when a resource is added to a scope, and the trait every
//! resource type implements.

use std::marker::PhantomData;
use std::panic::Location;

use crate::condition::Condition;
use crate::diagnostic::Severity;
use crate::model::NodeKind;
use crate::scope::Scope;
use crate::value::{Expr, NodeRef, Value};

/// A CloudFormation resource type: its type name and its properties.
///
/// Generated L1 types and [`crate::RawResource`] implement it; [`Scope::add`] turns one into
/// a node of the tree and returns its [`Resource`] handle.
pub trait CfnResource {
    /// The typed attribute accessors of the handle `add` returns (`queue.arn()`).
    type Attributes: crate::schema::Attributes;
    /// The type name, `AWS::S3::Bucket`.
    fn type_name(&self) -> &str;
    /// The properties in template order.
    fn into_properties(self) -> crate::schema::Object;
    /// The properties in template order, and where each was set, when the type records it.
    fn into_parts(self) -> (crate::schema::Object, crate::schema::SetAt)
    where
        Self: Sized,
    {
        (self.into_properties(), Vec::new())
    }
    /// The registry schema of the type, for synth-time validation; `None` for a type forma
    /// has no schema of.
    fn schema(&self) -> Option<&'static crate::schema::ResourceType> {
        None
    }
}

/// A change to a resource's properties that synthesis applies last
/// ([`Resource::override_property`], [`Resource::delete_property`]).
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyOverride {
    /// Names and list indexes joined by `.`: `LifecycleConfiguration.Rules.0.Status`.
    pub path: String,
    /// The new value; `None` removes the property.
    pub value: Option<Expr>,
    /// Where the override was made.
    pub location: &'static Location<'static>,
}

/// What happens to a resource's physical counterpart when the stack deletes it
/// (`DeletionPolicy`) or replaces it (`UpdateReplacePolicy`). Unset, CloudFormation
/// deletes it (most types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeletionPolicy {
    /// The physical resource is deleted.
    Delete,
    /// The physical resource is kept, outside the stack.
    Retain,
    /// Kept, except when the stack's creation fails and rolls back: a resource that never
    /// served is deleted. A `DeletionPolicy` only; `UpdateReplacePolicy` refuses it.
    RetainExceptOnCreate,
    /// A snapshot is taken, then the resource is deleted (types that support snapshots).
    Snapshot,
}

impl DeletionPolicy {
    /// The value CloudFormation reads: `Delete`, `Retain`, `RetainExceptOnCreate`, `Snapshot`.
    pub fn as_str(self) -> &'static str {
        match self {
            DeletionPolicy::Delete => "Delete",
            DeletionPolicy::Retain => "Retain",
            DeletionPolicy::RetainExceptOnCreate => "RetainExceptOnCreate",
            DeletionPolicy::Snapshot => "Snapshot",
        }
    }
}

/// Resource attributes that have a method of their own, which `set_attribute` refuses,
/// with the method to use instead.
const ATTRIBUTE_METHODS: [(&str, &str); 7] = [
    ("Type", "the resource type is given when the resource is added (scope.add)"),
    ("Properties", "use set_property, or the resource's builder"),
    ("DependsOn", "use add_depends_on"),
    ("Condition", "use set_condition"),
    ("DeletionPolicy", "use set_deletion_policy"),
    ("UpdateReplacePolicy", "use set_update_replace_policy"),
    ("Metadata", "use add_metadata"),
];

/// The resource attributes `set_attribute` sets; every other one has a method of its own.
pub const FREE_ATTRIBUTES: [&str; 2] = ["CreationPolicy", "UpdatePolicy"];

/// Anything that stands for one resource: a [`Resource`] handle, or an L2 construct through
/// its main resource.
pub trait ResourceLike {
    /// The resource node.
    fn resource_ref(&self) -> NodeRef;
}

/// A resource of the tree; `R` is its type, whose typed attributes (`queue.arn()`) the
/// handle offers through `Deref`.
pub struct Resource<R: CfnResource> {
    pub(crate) scope: Scope,
    attributes: R::Attributes,
    ty: PhantomData<fn() -> R>,
}

impl<R: CfnResource> Clone for Resource<R> {
    fn clone(&self) -> Self {
        Resource { scope: self.scope.clone(), attributes: self.attributes.clone(), ty: PhantomData }
    }
}

impl<R: CfnResource> std::fmt::Debug for Resource<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Resource({})", self.scope.path())
    }
}

impl<R: CfnResource> ResourceLike for Resource<R> {
    fn resource_ref(&self) -> NodeRef {
        self.scope.node_ref()
    }
}

impl<R: CfnResource> std::ops::Deref for Resource<R> {
    type Target = R::Attributes;

    fn deref(&self) -> &R::Attributes {
        &self.attributes
    }
}

impl<R: CfnResource> Resource<R> {
    pub(crate) fn new(scope: Scope) -> Self {
        use crate::schema::Attributes;
        let attributes = R::Attributes::new(scope.node_ref());
        Resource { scope, attributes, ty: PhantomData }
    }

    /// The CloudFormation type, `AWS::S3::Bucket`.
    pub fn type_name(&self) -> String {
        match &self.scope.model.borrow().node(self.scope.node).kind {
            crate::model::NodeKind::Resource(spec) => spec.type_name.clone(),
            _ => String::new(),
        }
    }

    /// The construct path, `Stack/Group/Id`.
    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// The resource's node in the app's model.
    pub fn node_id(&self) -> crate::model::NodeId {
        self.scope.node_id()
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

    pub(crate) fn edit(&self, f: impl FnOnce(&mut crate::model::ResourceSpec)) -> &Self {
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

    /// What happens to the physical resource when the stack deletes it. Default: unset,
    /// which CloudFormation takes as `Delete` for most types.
    pub fn set_deletion_policy(&self, policy: DeletionPolicy) -> &Self {
        self.edit(|spec| spec.deletion_policy = Some(policy))
    }

    /// What happens to the old physical resource when an update replaces it: `Delete`,
    /// `Retain` or `Snapshot` (`RetainExceptOnCreate` is recorded as an error and not set).
    /// Default: unset, which CloudFormation takes as `Delete`.
    #[track_caller]
    pub fn set_update_replace_policy(&self, policy: DeletionPolicy) -> &Self {
        if policy == DeletionPolicy::RetainExceptOnCreate {
            self.scope.report(
                Severity::Error,
                "invalid-update-replace-policy",
                "RetainExceptOnCreate is a DeletionPolicy only; CloudFormation refuses it as UpdateReplacePolicy",
                Some("use DeletionPolicy::Retain to keep the old resource on replacement"),
            );
            return self;
        }
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
            spec.metadata.set(key, value);
        })
    }

    /// Sets (or replaces) a top-level property. The escape hatch for a property the
    /// resource's builder does not offer; the name is checked against the type's schema like
    /// any other, and a problem with the value points at this call.
    #[track_caller]
    pub fn set_property(&self, name: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let (name, value, location) = (name.into(), value.into(), Location::caller());
        let node = self.scope.node;
        self.scope.model.borrow_mut().set_at.entry(node).or_default().push((name.clone().into(), location));
        self.edit(|spec| {
            spec.properties.set(name, value);
        })
    }

    /// Sets the property at `path` — names and list indexes joined by `.`,
    /// `"LifecycleConfiguration.Rules.0.Status"` — after everything else: after the
    /// builder's properties, `set_property` and whatever a construct renders, so nothing a
    /// construct does not offer is out of reach. Missing maps on the way are created; a path
    /// that runs into a list without that index, or into a value that is not a map, is a
    /// synth error. Overrides apply in the order given and are checked against the schema
    /// like any other value.
    #[track_caller]
    pub fn override_property(&self, path: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let change = PropertyOverride { path: path.into(), value: Some(value.into()), location: Location::caller() };
        self.edit(|spec| spec.overrides.push(change))
    }

    /// Removes the property at `path` (as [`Resource::override_property`] reads it), after
    /// everything else. Removing what is not there is a warning.
    #[track_caller]
    pub fn delete_property(&self, path: impl Into<String>) -> &Self {
        let change = PropertyOverride { path: path.into(), value: None, location: Location::caller() };
        self.edit(|spec| spec.overrides.push(change))
    }

    /// Sets a resource attribute that has no method of its own: `CreationPolicy` or
    /// `UpdatePolicy` ([`FREE_ATTRIBUTES`]). Any other name is recorded as an error (with
    /// the method to use, for `DeletionPolicy` and the like) and not set.
    #[track_caller]
    pub fn set_attribute(&self, name: impl Into<String>, value: impl Into<Expr>) -> &Self {
        let (name, value) = (name.into(), value.into());
        if let Some((_, method)) = ATTRIBUTE_METHODS.iter().find(|(a, _)| *a == name) {
            self.scope.report(
                Severity::Error,
                "reserved-attribute",
                format!("set_attribute cannot set {name}, which has a method of its own"),
                Some(method),
            );
            return self;
        }
        if !FREE_ATTRIBUTES.contains(&name.as_str()) {
            self.scope.report(
                Severity::Error,
                "unknown-attribute",
                format!("{name:?} is not a CloudFormation resource attribute"),
                Some("set_attribute sets CreationPolicy or UpdatePolicy; properties go through set_property"),
            );
            return self;
        }
        self.edit(|spec| {
            spec.attributes.set(name, value);
        })
    }

    /// Empties this bucket (every object version and delete marker) or repository (every
    /// image) when the stack is destroyed, so the deletion can succeed: destroy empties a
    /// bucket first; a repository gets CloudFormation's own `EmptyOnDelete`. Only for
    /// `AWS::S3::Bucket` and `AWS::ECR::Repository` whose deletion policy deletes them;
    /// synthesis reports any other use. Default: not emptied.
    #[track_caller]
    pub fn empty_on_destroy(&self) -> &Self {
        let location = Location::caller();
        self.edit(|spec| mark_empty_on_destroy(spec, location))
    }

    /// Uses `logical_id` instead of the one derived from the path — to adopt a resource of
    /// a stack that was deployed by another tool.
    pub fn override_logical_id(&self, logical_id: impl Into<String>) -> &Self {
        let id = logical_id.into();
        self.edit(|spec| spec.logical_id_override = Some(id))
    }
}

/// Marks `spec` to be emptied before it is deleted, as asked at `at`: destroy empties a
/// bucket; a repository empties itself (`EmptyOnDelete`).
pub(crate) fn mark_empty_on_destroy(spec: &mut crate::model::ResourceSpec, at: &'static Location<'static>) {
    spec.empty_on_destroy = Some(at);
    if spec.type_name == "AWS::ECR::Repository" {
        spec.properties.set("EmptyOnDelete", Expr::from(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ResourceSpec;
    use crate::{App, Diagnostic, RawResource};

    /// The app's diagnostics and the spec of its one resource, `Web/Q`.
    fn recorded(app: &App) -> (Vec<Diagnostic>, ResourceSpec) {
        let model = app.model();
        let (stack, _) = model.stacks().next().expect("a stack");
        let spec = model
            .descendants(stack)
            .into_iter()
            .find_map(|n| match &model.node(n).kind {
                NodeKind::Resource(spec) => Some(spec.clone()),
                _ => None,
            })
            .expect("a resource");
        (model.diagnostics().to_vec(), spec)
    }

    fn queue(app: &App) -> Resource<RawResource> {
        app.stack("Web").add("Q", RawResource::new("AWS::SQS::Queue"))
    }

    #[test]
    fn retain_except_on_create_is_refused_as_update_replace_policy_at_the_callers_line() {
        let app = App::new();
        let q = queue(&app);
        q.set_deletion_policy(DeletionPolicy::RetainExceptOnCreate);
        let line = line!() + 1;
        q.set_update_replace_policy(DeletionPolicy::RetainExceptOnCreate);
        let (diags, spec) = recorded(&app);
        assert_eq!(diags.len(), 1, "{diags:#?}");
        let d = &diags[0];
        assert_eq!((d.code, d.path.as_str()), ("invalid-update-replace-policy", "Web/Q"));
        assert!(d.message.contains("RetainExceptOnCreate is a DeletionPolicy only"), "{}", d.message);
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("DeletionPolicy::Retain")));
        let loc = d.location.expect("a location");
        assert!(loc.file().ends_with("resource.rs") && loc.line() == line, "{loc}");
        assert_eq!(spec.update_replace_policy, None, "not written");
        assert_eq!(spec.deletion_policy, Some(DeletionPolicy::RetainExceptOnCreate));
        assert_eq!(DeletionPolicy::RetainExceptOnCreate.as_str(), "RetainExceptOnCreate");
    }

    #[test]
    fn set_attribute_refuses_attributes_with_their_own_method_and_unknown_ones() {
        let cases = [
            ("DeletionPolicy", "reserved-attribute", "use set_deletion_policy"),
            ("UpdateReplacePolicy", "reserved-attribute", "use set_update_replace_policy"),
            ("DependsOn", "reserved-attribute", "use add_depends_on"),
            ("Condition", "reserved-attribute", "use set_condition"),
            ("Metadata", "reserved-attribute", "use add_metadata"),
            ("Properties", "reserved-attribute", "use set_property"),
            ("Type", "reserved-attribute", "scope.add"),
            ("Retention", "unknown-attribute", "CreationPolicy or UpdatePolicy"),
            ("creationPolicy", "unknown-attribute", "CreationPolicy or UpdatePolicy"),
        ];
        for (name, code, hint) in cases {
            let app = App::new();
            let line = line!() + 1;
            queue(&app).set_attribute(name, "x");
            let (diags, spec) = recorded(&app);
            assert_eq!(diags.len(), 1, "{name}: {diags:#?}");
            let d = &diags[0];
            assert_eq!((d.code, d.path.as_str()), (code, "Web/Q"), "{name}");
            assert!(d.message.contains(name), "{name}: {}", d.message);
            assert!(d.hint.as_deref().is_some_and(|h| h.contains(hint)), "{name}: {:?}", d.hint);
            assert_eq!(d.location.map(|l| l.line()), Some(line), "{name}: the caller's line");
            assert!(spec.attributes.is_empty(), "{name} was not set");
        }
        let app = App::new();
        queue(&app).set_attribute("UpdatePolicy", "x").set_attribute("CreationPolicy", "y");
        let (diags, spec) = recorded(&app);
        assert!(diags.is_empty(), "{diags:#?}");
        assert_eq!(spec.attributes.iter().map(|(k, _)| k).collect::<Vec<_>>(), ["UpdatePolicy", "CreationPolicy"]);
    }
}
