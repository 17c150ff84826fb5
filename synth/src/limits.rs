//! CloudFormation's limits on one template, checked before anything is written.

use forma_core::model::Model;
use forma_core::Diagnostic;

use crate::work::Work;

/// Most resources CloudFormation accepts in one stack.
pub const MAX_RESOURCES: usize = 500;
/// Most parameters CloudFormation accepts in one template.
pub const MAX_PARAMETERS: usize = 200;
/// Most outputs CloudFormation accepts in one template.
pub const MAX_OUTPUTS: usize = 200;
/// Most mappings CloudFormation accepts in one template.
pub const MAX_MAPPINGS: usize = 200;
/// Largest template CloudFormation accepts (from S3).
pub const MAX_TEMPLATE_BYTES: usize = 1_048_576;
/// Largest template CloudFormation accepts inline; larger ones go through S3.
pub const MAX_INLINE_TEMPLATE_BYTES: usize = 51_200;

/// Reports a stack over CloudFormation's limits, or one with no resources.
pub(crate) fn check(model: &Model, w: &Work, diags: &mut Vec<Diagnostic>) {
    let path = model.path(w.node);
    let location = model.node(w.node).location;
    let s = &w.sections;
    if w.resource_count == 0 {
        diags.push(
            Diagnostic::error("empty-stack", &path, "the stack has no resources")
                .hint("CloudFormation needs at least one resource; add one or remove the stack")
                .at(location),
        );
    }
    for (count, max, word) in [
        (w.resource_count, MAX_RESOURCES, "resources"),
        (s.parameters.len(), MAX_PARAMETERS, "parameters"),
        (s.outputs.len(), MAX_OUTPUTS, "outputs"),
        (s.mappings.len(), MAX_MAPPINGS, "mappings"),
    ] {
        if count > max {
            diags.push(
                Diagnostic::error(
                    match word {
                        "resources" => "too-many-resources",
                        "parameters" => "too-many-parameters",
                        "outputs" => "too-many-outputs",
                        _ => "too-many-mappings",
                    },
                    &path,
                    format!("the stack has {count} {word}; CloudFormation accepts at most {max}"),
                )
                .hint("split the stack in two; references between stacks are wired up for you")
                .at(location),
            );
        }
    }
}
