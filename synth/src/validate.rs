//! Checks for what CloudFormation (or forma's deployer) would refuse only at deploy time:
//! reserved stack names, contradictory removal settings, parameter constraints, export
//! names, and references that `Fn::ImportValue` cannot carry.

use std::collections::HashMap;

use forma_core::model::{Model, NodeId, NodeKind, StackSpec};
use forma_core::{DeletionPolicy, Diagnostic, Expr};

use crate::assembly::ParameterManifest;
use crate::work::{Namespace, StackView};
use crate::{AppKind, TOOLKIT_STACK};

/// Longest export name CloudFormation accepts.
pub const MAX_EXPORT_NAME_LEN: usize = 255;

/// Resource types destroy knows how to empty.
const EMPTIED_TYPES: [&str; 2] = ["AWS::S3::Bucket", "AWS::ECR::Repository"];

/// A user's app may not use the toolkit's stack name.
pub(crate) fn stack_names(model: &Model, kind: AppKind, diags: &mut Vec<Diagnostic>) {
    if kind == AppKind::Toolkit {
        return;
    }
    for (_, node) in model.stacks().filter(|(_, n)| n.id == TOOLKIT_STACK) {
        diags.push(
            Diagnostic::error(
                "reserved-stack-name",
                &node.id,
                format!("{TOOLKIT_STACK} is the name of forma's own staging stack"),
            )
            .hint("rename the stack: forma deploys FormaToolkit itself, for assets and large templates")
            .at(node.location),
        );
    }
}

/// `empty_on_destroy()` on a resource destroy cannot empty, or one the stack keeps.
pub(crate) fn empty_on_destroy(w: &StackView<'_>, diags: &mut Vec<Diagnostic>) {
    let model = w.model;
    for &e in w.elements {
        let NodeKind::Resource(spec) = &model.node(e).kind else { continue };
        let Some(location) = spec.empty_on_destroy else { continue };
        if !EMPTIED_TYPES.contains(&spec.type_name.as_str()) {
            diags.push(
                Diagnostic::error(
                    "empty-on-destroy-unsupported",
                    model.path(e),
                    format!("empty_on_destroy is for {}, not {}", EMPTIED_TYPES.join(" and "), spec.type_name),
                )
                .hint("remove empty_on_destroy(): destroy only empties buckets and repositories")
                .at(location),
            );
            continue;
        }
        let kept = matches!(
            spec.deletion_policy,
            Some(DeletionPolicy::Retain | DeletionPolicy::RetainExceptOnCreate | DeletionPolicy::Snapshot)
        );
        if let Some(policy) = spec.deletion_policy.filter(|_| kept) {
            let what = if spec.type_name == "AWS::S3::Bucket" { "bucket" } else { "repository" };
            diags.push(
                Diagnostic::error(
                    "empty-on-destroy-retained",
                    model.path(e),
                    format!(
                        "empty_on_destroy contradicts DeletionPolicy {}: destroy would empty a {what} the stack keeps",
                        policy.as_str()
                    ),
                )
                .hint(format!(
                    "set DeletionPolicy::Delete to delete the {what} with the stack, or remove empty_on_destroy() to keep what it holds"
                ))
                .at(location),
            );
        }
    }
}

/// Parameter defaults that break their own constraints, constraints no value meets, and
/// patterns that are not regular expressions.
pub(crate) fn parameters(w: &StackView<'_>, logical: &[Option<String>], diags: &mut Vec<Diagnostic>) {
    let model = w.model;
    for &e in w.elements {
        let node = model.node(e);
        if !matches!(node.kind, NodeKind::Parameter(_)) {
            continue;
        }
        let Some(Some(id)) = logical.get(e as usize) else { continue };
        let Some(declared) = w.sections.parameters.get(id) else { continue };
        let p = ParameterManifest::from_template(declared);
        let contradictions = p.contradictions();
        for (code, message) in &contradictions {
            let hint = match *code {
                "invalid-allowed-pattern" => {
                    "CloudFormation reads AllowedPattern as a Java regular expression that the whole value must match"
                }
                _ => "swap the two, or correct one of them",
            };
            diags.push(Diagnostic::error(code, model.path(e), message.clone()).hint(hint).at(node.location));
        }
        // A default is bound to break contradictory constraints: that is reported already.
        if !contradictions.is_empty() {
            continue;
        }
        let Some(default) = p.default_text() else { continue };
        if let Err(why) = p.check(&default) {
            diags.push(
                Diagnostic::error(
                    "invalid-parameter-default",
                    model.path(e),
                    format!("the default breaks the parameter's own constraints: {why}"),
                )
                .hint("change the default, or the constraint; CloudFormation refuses the template as it is")
                .at(node.location),
            );
        }
    }
}

/// Whether two stacks are pinned to different regions or accounts, and so can never share
/// an export namespace or an `Fn::ImportValue`: the differing setting and both values.
fn apart<'a>(a: &'a StackSpec, b: &'a StackSpec) -> Option<(&'static str, &'a str, &'a str)> {
    match (&a.region, &b.region, &a.account, &b.account) {
        (Some(x), Some(y), _, _) if x != y => Some(("region", x, y)),
        (_, _, Some(x), Some(y)) if x != y => Some(("account", x, y)),
        _ => None,
    }
}

pub(crate) fn stack_spec(model: &Model, stack: NodeId) -> Option<&StackSpec> {
    match &model.get(stack)?.kind {
        NodeKind::Stack(spec) => Some(spec),
        _ => None,
    }
}

/// Why `consumer` cannot import what `producer` exports (`Fn::ImportValue` works within one
/// account and region): the code and the message, naming both stacks; `None` when it can,
/// which includes either stack being unpinned.
pub(crate) fn cross_environment(
    model: &Model,
    consumer: NodeId,
    producer: NodeId,
    target_path: &str,
) -> Option<(&'static str, String)> {
    let (c, p) = (stack_spec(model, consumer)?, stack_spec(model, producer)?);
    let (what, here, there) = apart(c, p)?;
    let code = if what == "region" { "cross-region-reference" } else { "cross-account-reference" };
    let (consumer, producer) = (&model.node(consumer).id, &model.node(producer).id);
    Some((
        code,
        format!(
            "refers to `{target_path}` of stack {producer} ({what} {there}), but this stack, {consumer}, is in \
             {what} {here}: Fn::ImportValue cannot cross {what}s"
        ),
    ))
}

/// Why CloudFormation refuses an export name, or `None` when it takes it.
fn export_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("the export name is empty".into());
    }
    let len = name.chars().count();
    if len > MAX_EXPORT_NAME_LEN {
        return Some(format!("the export name is {len} characters long (at most {MAX_EXPORT_NAME_LEN})"));
    }
    characters_problem(name).map(|c| format!("the export name {name:?} contains {c:?}"))
}

/// A character CloudFormation refuses in an export name: it takes letters, digits, `:` and
/// `-` only.
fn characters_problem(text: &str) -> Option<char> {
    text.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, ':' | '-')))
}

/// The literal text of a `Fn::Sub` template, outside its `${..}` variables.
fn sub_literals(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            // `${!Literal}` writes `${Literal}`, which has characters no export name takes.
            Some(end) if after.starts_with('!') => {
                out.push_str("${");
                out.push_str(&after[1..end]);
                out.push('}');
                rest = &after[end + 1..];
            }
            Some(end) => rest = &after[end + 1..],
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// One export of the app, for the checks across stacks.
struct Export {
    name: String,
    stack: NodeId,
    /// `` output `Web/Url` ``, or the cross-stack export synthesis adds.
    described: String,
    path: String,
    location: Option<&'static std::panic::Location<'static>>,
    /// Added by synthesis for another stack's reference.
    generated: bool,
}

/// Export names CloudFormation refuses, and names exported twice where they would clash
/// (stacks not pinned apart, see [`apart`]).
pub(crate) fn exports(model: &Model, work: &[StackView<'_>], diags: &mut Vec<Diagnostic>) {
    let all = export_list(model, work, diags);
    duplicate_exports(model, &all, diags);
}

/// Every export of the app, synthesis' own first, so that a clash is reported at the
/// user's output; names CloudFormation refuses reported.
fn export_list(model: &Model, work: &[StackView<'_>], diags: &mut Vec<Diagnostic>) -> Vec<Export> {
    let mut all: Vec<Export> = Vec::new();
    // Synthesis' own names first, so that a clash is reported at the user's output.
    for w in work {
        let producer = &model.node(w.node).id;
        for (id, key) in w.exports {
            let resource = w.element_with_id(Namespace::Ref, &key.logical_id);
            let path = resource.map_or_else(|| producer.clone(), |r| model.path(r));
            all.push(Export {
                name: key.export_name(producer),
                stack: w.node,
                described: format!("output `{producer}/{id}`, the cross-stack export synthesis adds for `{path}`"),
                path,
                location: resource.map(|r| model.node(r).location),
                generated: true,
            });
        }
    }
    for w in work {
        for &e in w.elements {
            let node = model.node(e);
            let NodeKind::Output(spec) = &node.kind else { continue };
            let Some(name) = &spec.export_name else { continue };
            let path = model.path(e);
            let refused = |problem: String| {
                Diagnostic::error("invalid-export-name", &path, problem)
                    .hint("an export name holds only letters, digits, ':' and '-', at most 255 of them")
                    .at(node.location)
            };
            let literal = match name {
                Expr::String(s) => Some(s.clone()),
                Expr::Sub(template, _) => {
                    if let Some(c) = characters_problem(&sub_literals(template)) {
                        diags.push(refused(format!("the export name's Fn::Sub template contains {c:?}")));
                    }
                    None
                }
                Expr::Join(delimiter, items) => {
                    let mut pieces = delimiter.clone();
                    if let Expr::List(items) = &**items {
                        items
                            .iter()
                            .filter_map(|i| if let Expr::String(s) = i { Some(s.as_str()) } else { None })
                            .for_each(|s| pieces.push_str(s));
                    }
                    if let Some(c) = characters_problem(&pieces) {
                        diags.push(refused(format!("the export name's Fn::Join contains {c:?}")));
                    }
                    None
                }
                _ => None,
            };
            let Some(literal) = literal else { continue };
            if let Some(problem) = export_name_problem(&literal) {
                diags.push(refused(problem));
                continue;
            }
            all.push(Export {
                name: literal,
                stack: w.node,
                described: format!("output `{path}`"),
                path,
                location: Some(node.location),
                generated: false,
            });
        }
    }
    all
}

/// Export names given twice where they would clash (stacks not pinned apart), and names
/// synthesis made that CloudFormation refuses.
fn duplicate_exports(model: &Model, all: &[Export], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, x) in all.iter().enumerate() {
        if x.generated {
            if let Some(problem) = export_name_problem(&x.name) {
                let mut d = Diagnostic::error(
                    "invalid-export-name",
                    &x.path,
                    format!("the name of the cross-stack export synthesis adds for it is refused: {problem}"),
                )
                .hint("shorten the stack name or the construct ids; attribute names hold letters, digits and '.'");
                d.location = x.location;
                diags.push(d);
                continue;
            }
        }
        let earlier = seen.entry(x.name.as_str()).or_default();
        let clash = earlier.iter().map(|&j| &all[j]).find(|other| {
            let (a, b) = (stack_spec(model, other.stack), stack_spec(model, x.stack));
            !matches!((a, b), (Some(a), Some(b)) if apart(a, b).is_some())
        });
        if let Some(other) = clash {
            let hint = if x.generated {
                "rename one of the stacks or resources: synthesis names cross-stack exports Stack:LogicalId[-Attribute]"
            } else {
                "export names are unique within an account and region: rename this export"
            };
            let mut d = Diagnostic::error(
                "duplicate-export-name",
                &x.path,
                format!(
                    "the export name {:?} of {} is also the export name of {}",
                    x.name, x.described, other.described
                ),
            )
            .hint(hint);
            d.location = x.location;
            diags.push(d);
        }
        earlier.push(i);
    }
}

#[cfg(test)]
mod tests {
    use super::{export_name_problem, sub_literals};

    #[test]
    fn export_names() {
        assert_eq!(export_name_problem("Storage:Bucket-Arn"), None);
        assert_eq!(export_name_problem("a.b").as_deref(), Some("the export name \"a.b\" contains '.'"));
        assert!(export_name_problem(&"a".repeat(256)).is_some_and(|p| p.contains("256 characters")));
        assert_eq!(export_name_problem(&"a".repeat(255)), None);
        assert_eq!(sub_literals("${AWS::StackName}:Url-${Env}"), ":Url-");
        assert_eq!(sub_literals("x${!Lit}y"), "x${Lit}y");
    }
}
