//! Each kind of element resolved into its section of the template: parameters, conditions,
//! mappings, resources (written by the target), outputs and rules.

use std::collections::BTreeSet;

use forma_core::model::{CondSpec, MappingSpec, Node, NodeId, NodeKind, OutputSpec, ResourceSpec};
use forma_core::parameter::ParameterSpec;
use forma_core::rule::RuleSpec;
use forma_core::schema::Object;
use forma_core::Expr;
use serde_json::{json, Map, Value as Json};

use crate::assembly;
use crate::emit::Emit;
use crate::resolve::Resolver;
use crate::stack::Context;
use crate::template::Resources;
use crate::work::Work;

/// What the resources written so far left for the ones after them: the logical ids written
/// (with colliding ids, an error already, each counts once, as the template would hold
/// it), and scratch space for construct paths.
#[derive(Default)]
pub(crate) struct Written<'a> {
    ids: BTreeSet<&'a str>,
    components: Vec<&'a str>,
}

/// Resolves element `e` of stack `w` into its section, a resource into `resources`.
pub(crate) fn resolve<'a>(
    cx: &Context<'a>,
    r: &mut Resolver<'_>,
    w: &mut Work,
    e: NodeId,
    resources: &mut Resources,
    written: &mut Written<'a>,
) {
    let lid: &'a str = cx.logical[e as usize].as_deref().unwrap_or_default();
    let s = &mut w.sections;
    match &cx.model.node(e).kind {
        NodeKind::Parameter(spec) => _ = s.parameters.insert(lid.to_owned(), parameter(r, spec)),
        NodeKind::Condition(spec) => _ = s.conditions.insert(lid.to_owned(), condition(r, spec)),
        NodeKind::Mapping(spec) => _ = s.mappings.insert(lid.to_owned(), mapping(r, spec)),
        NodeKind::Output(spec) => _ = s.outputs.insert(lid.to_owned(), output(r, spec)),
        NodeKind::Rule(spec) => _ = s.rules.insert(lid.to_owned(), rule(r, spec)),
        NodeKind::Resource(spec) => resource(cx, r, w, e, lid, spec, resources, written),
        NodeKind::Stack(_) | NodeKind::Group | NodeKind::Asset(_) => {}
    }
}

fn condition(r: &mut Resolver<'_>, spec: &CondSpec) -> Json {
    r.resolve(&spec.expr)
}

fn mapping(r: &mut Resolver<'_>, spec: &MappingSpec) -> Json {
    let mut top = Map::new();
    for (k, entries) in &spec.entries {
        let mut second = Map::new();
        for (k2, v) in entries {
            second.insert(k2.clone(), r.resolve(v));
        }
        top.insert(k.clone(), Json::Object(second));
    }
    Json::Object(top)
}

/// A resource: its condition and dependencies resolved, its manifest entries noted, and its
/// definition written by the target.
#[allow(clippy::too_many_arguments)]
fn resource<'a>(
    cx: &Context<'a>,
    r: &mut Resolver<'_>,
    w: &mut Work,
    e: NodeId,
    lid: &'a str,
    spec: &ResourceSpec,
    resources: &mut Resources,
    written: &mut Written<'a>,
) {
    let model = cx.model;
    let condition = spec.condition.as_ref().and_then(|c| r.local(c, "missing-condition", "condition"));
    let condition = condition.map(|n| r.logical_id(n));
    let mut depends_on = Vec::new();
    for d in &spec.depends_on {
        let Some(target) = r.target(d) else { continue };
        let t = model.node(target);
        if !matches!(t.kind, NodeKind::Resource(_)) {
            r.error(
                "depends-on-target",
                format!("depends on {} `{}`", t.kind.word(), model.path(target)),
                "DependsOn takes resources",
            );
        } else if t.stack == w.node {
            depends_on.push(r.logical_id(target));
            r.refs.push(target);
        } else {
            w.dependencies.insert(t.stack);
        }
    }
    if let Some(c) = condition {
        w.resource_conditions.insert(lid.to_owned(), c.to_owned());
    }
    // Part of another resource's form (written there, by the target), it is not counted.
    let folded = cx.plan.folds(e);
    if !folded && (!w.collisions || written.ids.insert(lid)) {
        w.resource_count += 1;
    }
    if let Some(id) = &cx.logical[e as usize] {
        w.logical_ids.insert(id.clone(), assembly::path(model, e, &mut written.components));
        // Buckets only: a repository empties itself (`EmptyOnDelete`).
        if spec.empty_on_destroy.is_some() && spec.type_name == "AWS::S3::Bucket" {
            w.empty_on_destroy.push(id.clone());
        }
    }
    if folded {
        return;
    }
    let mut out = resources.next();
    out.key(lid);
    let properties = w.overridden.get(&e).unwrap_or(&spec.properties);
    cx.target.resource(r, cx.plan, e, spec, properties, condition, &depends_on, &mut out);
}

fn output(r: &mut Resolver<'_>, spec: &OutputSpec) -> Json {
    let mut out = Map::new();
    if let Some(d) = &spec.description {
        out.insert("Description".into(), Json::String(d.clone()));
    }
    if let Some(c) = &spec.condition {
        if let Some(n) = r.local(c, "missing-condition", "condition") {
            out.insert("Condition".into(), Json::String(r.logical_id(n).to_owned()));
        }
    }
    out.insert("Value".into(), r.resolve(&spec.value));
    if let Some(name) = &spec.export_name {
        out.insert("Export".into(), json!({ "Name": r.resolve(name) }));
    }
    Json::Object(out)
}

fn rule(r: &mut Resolver<'_>, spec: &RuleSpec) -> Json {
    let mut rule = Map::new();
    if let Some(c) = &spec.rule_condition {
        rule.insert("RuleCondition".into(), r.resolve(c));
    }
    let assertions: Vec<Json> = spec
        .assertions
        .iter()
        .map(|(a, d)| {
            let mut m = Map::new();
            m.insert("Assert".into(), r.resolve(a));
            if let Some(d) = d {
                m.insert("AssertDescription".into(), Json::String(d.clone()));
            }
            Json::Object(m)
        })
        .collect();
    rule.insert("Assertions".into(), Json::Array(assertions));
    Json::Object(rule)
}

/// Marks the parameters of `stack` that `node` refers to.
pub(crate) fn note_parameter_uses(
    cx: &Context<'_>,
    stack: NodeId,
    node: &Node,
    overridden: Option<&Object>,
    used: &mut BTreeSet<NodeId>,
) {
    let (app, model) = (cx.app, cx.model);
    let mut visit = |e: &Expr| {
        if let Expr::Ref(r) = e {
            if app.owns(r)
                && model.get(r.node()).is_some_and(|n| n.stack == stack && matches!(n.kind, NodeKind::Parameter(_)))
            {
                used.insert(r.node());
            }
        }
    };
    match &node.kind {
        NodeKind::Resource(spec) => overridden
            .unwrap_or(&spec.properties)
            .values()
            .chain(spec.metadata.values())
            .chain(spec.attributes.values())
            .for_each(|e| e.walk(&mut visit)),
        NodeKind::Condition(spec) => spec.expr.walk(&mut visit),
        NodeKind::Output(spec) => {
            spec.value.walk(&mut visit);
            if let Some(e) = &spec.export_name {
                e.walk(&mut visit)
            }
        }
        NodeKind::Rule(spec) => {
            spec.rule_condition.iter().chain(spec.assertions.iter().map(|(a, _)| a)).for_each(|e| e.walk(&mut visit))
        }
        NodeKind::Mapping(_) | NodeKind::Parameter(_) | NodeKind::Stack(_) | NodeKind::Group | NodeKind::Asset(_) => {}
    }
}

fn parameter(r: &mut Resolver<'_>, spec: &ParameterSpec) -> Json {
    let mut p = Map::new();
    p.insert("Type".into(), Json::String(spec.type_name.clone()));
    if let Some(d) = &spec.default {
        let mut v = r.resolve(d);
        if let Json::Array(items) = &v {
            // A list parameter's default is one comma-delimited string.
            if items.iter().all(|i| i.is_string() || i.is_number()) {
                let parts: Vec<String> =
                    items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect();
                v = Json::String(parts.join(","));
            }
        }
        if !(v.is_string() || v.is_number() || v.is_boolean()) {
            r.error(
                "invalid-parameter",
                "a parameter default must be a literal value".into(),
                "defaults cannot use intrinsic functions",
            );
        }
        p.insert("Default".into(), v);
    }
    if !spec.allowed_values.is_empty() {
        let values: Vec<Json> = spec.allowed_values.iter().map(|v| r.resolve(v)).collect();
        p.insert("AllowedValues".into(), Json::Array(values));
    }
    if let Some(v) = &spec.allowed_pattern {
        p.insert("AllowedPattern".into(), Json::String(v.clone()));
    }
    if let Some(v) = &spec.constraint_description {
        p.insert("ConstraintDescription".into(), Json::String(v.clone()));
    }
    if let Some(v) = &spec.description {
        p.insert("Description".into(), Json::String(v.clone()));
    }
    if let Some(v) = spec.max_length {
        p.insert("MaxLength".into(), Json::from(v));
    }
    if let Some(v) = spec.max_value {
        p.insert("MaxValue".into(), number(v));
    }
    if let Some(v) = spec.min_length {
        p.insert("MinLength".into(), Json::from(v));
    }
    if let Some(v) = spec.min_value {
        p.insert("MinValue".into(), number(v));
    }
    if spec.no_echo {
        p.insert("NoEcho".into(), Json::Bool(true));
    }
    Json::Object(p)
}

/// A number as JSON: integral values without a fraction.
fn number(x: f64) -> Json {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Json::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Json::Null, Json::Number)
    }
}
