//! The CloudFormation target: each resource written as its construct rendered it.

use forma_core::model::ResourceSpec;
use forma_core::schema::Object;

use crate::emit::Emit;
use crate::resolve::Resolver;
use crate::template::Both;

/// Plain CloudFormation.
pub(crate) struct CloudFormation;

impl super::Writer for CloudFormation {
    fn resource(
        &self,
        r: &mut Resolver<'_>,
        _plan: &super::Plan<'_>,
        _e: forma_core::model::NodeId,
        spec: &ResourceSpec,
        properties: &Object,
        condition: Option<&str>,
        depends_on: &[&str],
        out: &mut Both<'_>,
    ) {
        write_resource(r, spec, properties, condition, depends_on, out);
    }
}

/// Emits a resource's definition: its type, condition, dependencies, properties, policies,
/// other attributes and metadata.
pub(crate) fn write_resource<E: Emit>(
    r: &mut Resolver<'_>,
    spec: &ResourceSpec,
    properties: &Object,
    condition: Option<&str>,
    depends_on: &[&str],
    out: &mut E,
) {
    let head = Head { type_name: &spec.type_name, condition, depends_on };
    let properties = (!properties.is_empty()).then_some(|r: &mut Resolver<'_>, out: &mut E| {
        for (k, v) in properties.iter() {
            out.key(k);
            r.emit(v, out);
        }
    });
    write_resource_with(r, &head, spec, out, properties);
}

/// What comes before a resource's properties.
pub(crate) struct Head<'a> {
    pub(crate) type_name: &'a str,
    pub(crate) condition: Option<&'a str>,
    pub(crate) depends_on: &'a [&'a str],
}

/// Emits a resource's definition as [`write_resource`] does, with `properties` writing the
/// entries of its `Properties` (none: no `Properties`).
pub(crate) fn write_resource_with<E: Emit>(
    r: &mut Resolver<'_>,
    head: &Head<'_>,
    spec: &ResourceSpec,
    out: &mut E,
    properties: Option<impl FnOnce(&mut Resolver<'_>, &mut E)>,
) {
    out.begin_map();
    out.key("Type");
    out.string(head.type_name);
    if let Some(c) = head.condition {
        out.key("Condition");
        out.string(c);
    }
    if !head.depends_on.is_empty() {
        out.key("DependsOn");
        out.begin_seq();
        head.depends_on.iter().for_each(|d| out.string(d));
        out.end_seq();
    }
    if let Some(write) = properties {
        out.key("Properties");
        out.begin_map();
        write(r, out);
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
