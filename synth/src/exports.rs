//! Outputs a stack adds for the values other stacks of the app import from it.

use std::collections::{BTreeMap, BTreeSet};

use forma_core::model::{Model, NodeId};
use forma_core::Diagnostic;
use serde_json::{json, Map, Value as Json};

use crate::resolve::ExportKey;
use crate::work::{Namespace, Work};

/// Adds, to each producer, the outputs its consumers import.
pub(crate) fn add(model: &Model, work: &mut [Work], diags: &mut Vec<Diagnostic>) {
    let mut wanted: BTreeMap<NodeId, BTreeSet<ExportKey>> = BTreeMap::new();
    for w in work.iter() {
        for key in &w.imports {
            wanted.entry(key.stack).or_default().insert(key.clone());
        }
    }
    for w in work.iter_mut() {
        let Some(keys) = wanted.remove(&w.node) else { continue };
        let producer = model.node(w.node).id.clone();
        let mut sorted: Vec<ExportKey> = keys.into_iter().collect();
        sorted.sort_by_cached_key(ExportKey::output_id);
        for key in sorted {
            let id = key.output_id();
            if let Some(&other) = w.ids.get(&(Namespace::Output, id.clone())) {
                diags.push(
                    Diagnostic::error(
                        "logical-id-collision",
                        model.path(other),
                        format!("the output id {id} is needed for a cross-stack export of {producer}"),
                    )
                    .hint("rename this output"),
                );
                continue;
            }
            let value = match &key.attribute {
                None => json!({ "Ref": key.logical_id }),
                Some(a) => json!({ "Fn::GetAtt": [key.logical_id, a] }),
            };
            let mut out = Map::new();
            if let Some(cond) = w.resource_conditions.get(&key.logical_id) {
                out.insert("Condition".into(), Json::String(cond.clone()));
            }
            out.insert("Value".into(), value);
            out.insert("Export".into(), json!({ "Name": key.export_name(&producer) }));
            w.sections.outputs.insert(id.clone(), Json::Object(out));
            w.exports.insert(id, key);
        }
    }
}
