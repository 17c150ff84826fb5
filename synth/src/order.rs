//! The order stacks deploy in, from what each refers to and depends on.

use std::collections::HashMap;

use forma_core::model::{Model, NodeId};
use forma_core::Diagnostic;

use crate::graph;
use crate::work::Work;

/// Deploy order of the stacks (indices into `work`), reporting cycles between stacks.
pub(crate) fn stacks(model: &Model, work: &[Work], diags: &mut Vec<Diagnostic>) -> Vec<usize> {
    let index: HashMap<NodeId, usize> = work.iter().enumerate().map(|(i, w)| (w.node, i)).collect();
    let deps: Vec<Vec<usize>> =
        work.iter().map(|w| w.dependencies.iter().filter_map(|d| index.get(d).copied()).collect()).collect();
    for cycle in graph::cycles(&deps) {
        let mut names: Vec<String> = cycle.iter().map(|&i| model.node(work[i].node).id.clone()).collect();
        names.push(names[0].clone());
        let first = work[cycle[0]].node;
        diags.push(
            Diagnostic::error(
                "stack-cycle",
                model.path(first),
                format!("stacks depend on each other: {}", names.join(" -> ")),
            )
            .hint("move the resources they share into a stack of their own that both use")
            .at(model.node(first).location),
        );
    }
    graph::order(&deps)
}
