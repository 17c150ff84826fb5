//! Each element's logical id, from its path or its override ([`crate::logical_id`] holds
//! the rules), unique within its namespace in the stack; collisions reported.

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::Diagnostic;

use crate::logical_id;
use crate::work::{namespace, Work};

/// Gives every element of stack `w` its logical id in `logical` (indexed by node), and
/// records it in the stack's namespaces.
pub(crate) fn assign(model: &Model, w: &mut Work, logical: &mut [Option<String>], diags: &mut Vec<Diagnostic>) {
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
