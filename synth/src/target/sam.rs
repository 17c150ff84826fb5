//! The SAM target: `Transform: AWS::Serverless-2016-10-31`, functions with their event
//! sources as `AWS::Serverless::Function`, tables with only a partition key as
//! `AWS::Serverless::SimpleTable`, everything else plain CloudFormation in the same
//! template.
//!
//! A form is chosen only where SAM's expansion gives what the plain resources give; what it
//! cannot express stays plain:
//!
//! - A function keeps the role forma made for it (`Role`), so its permissions stay exactly
//!   the grants (SAM's generated role always carries `AWSLambdaBasicExecutionRole`, which
//!   allows `logs:CreateLogGroup` on every log group, and its polling sources add managed
//!   policies on `*`), and keeps its own log group (`LoggingConfig`).
//! - Its SQS, Kinesis and DynamoDB mappings, its SNS subscriptions and its EventBridge
//!   rules (schedules and patterns, with one target) become `Events`; the expansion names
//!   what it makes `<Function><Event>` (and `<Function><Event>Permission`), which is the
//!   logical id every reference to them gets. Methods and routes of APIs and bucket
//!   notifications stay plain, with their permissions.
//! - A folded resource has no settings of its own beyond what its event carries
//!   (condition, policies, metadata, dependencies other than the function's); otherwise it
//!   stays plain.

use std::collections::{HashMap, HashSet};

use forma_core::intent::{ApiIntent, Event, EventKind, FunctionIntent, Intent, TableIntent};
use forma_core::model::{Model, NodeId, NodeKind, ResourceSpec};
use forma_core::schema::Object;
use forma_core::Expr;

use super::{cfn, Form, Plan, Writer};
use crate::emit::Emit;
use crate::resolve::Resolver;
use crate::service_rules::field;
use crate::template::Both;
use crate::work::{Namespace, Work};

/// AWS SAM.
pub(crate) struct Sam;

/// Properties of `AWS::Lambda::Function` an `AWS::Serverless::Function` takes as they are.
const FUNCTION_SAME: &[&str] = &[
    "Architectures",
    "CodeSigningConfigArn",
    "Description",
    "Environment",
    "EphemeralStorage",
    "FileSystemConfigs",
    "FunctionName",
    "Handler",
    "ImageConfig",
    "KmsKeyArn",
    "Layers",
    "LoggingConfig",
    "MemorySize",
    "PackageType",
    "RecursiveLoop",
    "ReservedConcurrentExecutions",
    "Role",
    "Runtime",
    "RuntimeManagementConfig",
    "SnapStart",
    "Timeout",
    "VpcConfig",
];

/// Properties of an event source mapping a SQS, Kinesis or DynamoDB event takes as they are.
const MAPPING_SAME: &[&str] = &[
    "BatchSize",
    "BisectBatchOnFunctionError",
    "DestinationConfig",
    "Enabled",
    "FilterCriteria",
    "FunctionResponseTypes",
    "MaximumBatchingWindowInSeconds",
    "MaximumRecordAgeInSeconds",
    "MaximumRetryAttempts",
    "ParallelizationFactor",
    "ScalingConfig",
    "StartingPosition",
    "StartingPositionTimestamp",
    "TumblingWindowInSeconds",
];

/// Properties of an SNS subscription an SNS event takes as they are.
const SUBSCRIPTION_SAME: &[&str] = &["FilterPolicy", "FilterPolicyScope", "RedrivePolicy", "Region"];

impl Writer for Sam {
    fn plan<'m>(
        &self,
        model: &'m Model,
        w: &Work,
        logical: &mut [Option<String>],
        imported: Option<&HashSet<String>>,
    ) -> Plan<'m> {
        let mut plan = Plan::default();
        let taken: HashSet<&str> =
            w.ids.keys().filter(|(ns, _)| *ns == Namespace::Ref).map(|(_, id)| id.as_str()).collect();
        let known = Known { taken: &taken, imported };
        let mut aliases: HashMap<NodeId, String> = HashMap::new();
        for (_, intent) in model.intents() {
            match intent {
                Intent::Function(f) if in_stack(model, f.resource, w.node) => {
                    if !function_has_form(model, w, f) {
                        continue;
                    }
                    let Some(Some(function_id)) = logical.get(f.resource as usize) else { continue };
                    let mut events = Vec::new();
                    for event in &f.events {
                        let Some(ids) = fold(model, w, f, event, function_id) else { continue };
                        if event.resources.iter().any(|&n| known.imported(logical, n))
                            || ids.iter().any(|(_, id)| !known.free(id, &aliases))
                        {
                            continue;
                        }
                        aliases.extend(ids);
                        plan.folded.extend(event.resources.iter().copied());
                        events.push(event);
                    }
                    plan.forms.insert(f.resource, Form::Function(events));
                }
                Intent::Table(t) if in_stack(model, t.resource, w.node) && simple_table(model, w, t) => {
                    plan.forms.insert(t.resource, Form::SimpleTable);
                }
                _ => {}
            }
        }
        for (_, intent) in model.intents() {
            if let Intent::HttpApi(api) = intent {
                if in_stack(model, api.resource, w.node) {
                    http_api(model, w, api, &known, logical, &mut aliases, &mut plan);
                }
            }
        }
        for (node, id) in aliases {
            if let Some(slot) = logical.get_mut(node as usize) {
                *slot = Some(id);
            }
        }
        plan.function_globals = function_globals(model, w, &plan);
        plan
    }

    fn transform(&self, plan: &Plan<'_>) -> Option<&'static str> {
        (!plan.forms.is_empty()).then_some(crate::SAM_TRANSFORM)
    }

    fn resource(
        &self,
        r: &mut Resolver<'_>,
        plan: &Plan<'_>,
        e: NodeId,
        spec: &ResourceSpec,
        properties: &Object,
        condition: Option<&str>,
        depends_on: &[&str],
        out: &mut Both<'_>,
    ) {
        let form = plan.form(e);
        let type_name = match form {
            Some(Form::Function(_)) => "AWS::Serverless::Function",
            Some(Form::SimpleTable) => "AWS::Serverless::SimpleTable",
            Some(Form::HttpApi { .. }) => "AWS::Serverless::HttpApi",
            None => return cfn::write_resource(r, spec, properties, condition, depends_on, out),
        };
        let head = cfn::Head { type_name, condition, depends_on };
        let write = |r: &mut Resolver<'_>, out: &mut Both<'_>| match form {
            Some(Form::Function(events)) => function_properties(r, properties, events, &plan.function_globals, out),
            Some(Form::HttpApi { stage }) => http_api_properties(r, properties, *stage, out),
            _ => table_properties(r, properties, out),
        };
        cfn::write_resource_with(r, &head, spec, out, Some(write));
    }
}

/// The settings SAM's `Globals` can hold (`(function property, name in the form)`), hoisted
/// when every function form of the stack has the same value and there are at least two.
const GLOBALS: &[(&str, &str)] = &[
    ("Runtime", "Runtime"),
    ("MemorySize", "MemorySize"),
    ("Timeout", "Timeout"),
    ("Architectures", "Architectures"),
    ("Environment", "Environment"),
    ("TracingConfig", "Tracing"),
];

/// The settings every function form of the stack shares, in [`GLOBALS`] order.
fn function_globals(model: &Model, w: &Work, plan: &Plan<'_>) -> Vec<(&'static str, Expr)> {
    let mut functions: Vec<NodeId> =
        plan.forms.iter().filter(|(_, f)| matches!(f, Form::Function(_))).map(|(&n, _)| n).collect();
    if functions.len() < 2 {
        return Vec::new();
    }
    functions.sort_unstable();
    let props: Vec<&Object> = functions.iter().filter_map(|&n| resource(model, w, n).map(|(_, p)| p)).collect();
    let mut globals = Vec::new();
    for &(property, name) in GLOBALS {
        let Some(first) = props.first().and_then(|p| p.get(property)) else { continue };
        if !props.iter().all(|p| p.get(property) == Some(first)) {
            continue;
        }
        let value = if property == "TracingConfig" { field(first, "Mode") } else { Some(first) };
        if let Some(value) = value {
            globals.push((name, value.clone()));
        }
    }
    globals
}

/// Whether resource `node` belongs to stack `stack`.
fn in_stack(model: &Model, node: NodeId, stack: NodeId) -> bool {
    model.get(node).is_some_and(|n| n.stack == stack)
}

/// The resource spec of `node`, with the properties the template holds.
fn resource<'m>(model: &'m Model, w: &'m Work, node: NodeId) -> Option<(&'m ResourceSpec, &'m Object)> {
    match &model.get(node)?.kind {
        NodeKind::Resource(spec) => Some((spec, w.overridden.get(&node).unwrap_or(&spec.properties))),
        _ => None,
    }
}

/// Whether a resource carries nothing but its properties (and `allowed` dependencies).
fn plain(spec: &ResourceSpec, allowed: &[forma_core::value::NodeRef]) -> bool {
    spec.condition.is_none()
        && spec.deletion_policy.is_none()
        && spec.update_replace_policy.is_none()
        && spec.metadata.is_empty()
        && spec.attributes.is_empty()
        && spec.logical_id_override.is_none()
        && spec.depends_on.iter().all(|d| allowed.iter().any(|a| a.node() == d.node()))
}

/// Whether every property of `properties` is one of `known`.
fn only(properties: &Object, known: &[&str]) -> bool {
    properties.iter().all(|(k, _)| known.contains(&k))
}

/// Whether function `f`'s `AWS::Lambda::Function` has a serverless form.
fn function_has_form(model: &Model, w: &Work, f: &FunctionIntent) -> bool {
    let Some((spec, props)) = resource(model, w, f.resource) else { return false };
    if spec.type_name != "AWS::Lambda::Function" {
        return false;
    }
    props.iter().all(|(k, v)| match k {
        "Code" => code_form(v).is_some(),
        "TracingConfig" => matches!(field(v, "Mode"), Some(Expr::String(_))),
        "DeadLetterConfig" => field(v, "TargetArn").is_some_and(|arn| queue_or_topic(model, arn).is_some()),
        "Tags" => tags_map(v).is_some(),
        k => FUNCTION_SAME.contains(&k),
    })
}

/// How a function's `Code` is written in SAM: `CodeUri`, `InlineCode` or `ImageUri`.
fn code_form(code: &Expr) -> Option<&'static str> {
    let keys = keys(code)?;
    let has = |k: &str| keys.contains(&k);
    match keys.len() {
        1 if has("ZipFile") => Some("InlineCode"),
        1 if has("ImageUri") => Some("ImageUri"),
        2 if has("S3Bucket") && has("S3Key") => Some("CodeUri"),
        3 if has("S3Bucket") && has("S3Key") && has("S3ObjectVersion") => Some("CodeUri"),
        _ => None,
    }
}

/// The keys of a literal map or typed object; `None` for anything else.
fn keys(value: &Expr) -> Option<Vec<&str>> {
    match value {
        Expr::Map(m) => Some(m.keys().map(String::as_str).collect()),
        Expr::Object(o) => Some(o.iter().map(|(k, _)| k).collect()),
        _ => None,
    }
}

/// `SQS` or `SNS`: what a dead-letter target refers to.
fn queue_or_topic(model: &Model, arn: &Expr) -> Option<&'static str> {
    let node = match arn {
        Expr::GetAtt(r, a) if a == "Arn" => r.node(),
        Expr::Ref(r) => r.node(),
        _ => return None,
    };
    match &model.get(node)?.kind {
        NodeKind::Resource(spec) if spec.type_name == "AWS::SQS::Queue" && matches!(arn, Expr::GetAtt(..)) => {
            Some("SQS")
        }
        NodeKind::Resource(spec) if spec.type_name == "AWS::SNS::Topic" && matches!(arn, Expr::Ref(_)) => Some("SNS"),
        _ => None,
    }
}

/// A `[{Key, Value}]` tag list with literal keys, as SAM's `{Key: Value}` map.
fn tags_map(tags: &Expr) -> Option<Vec<(&str, &Expr)>> {
    let Expr::List(items) = tags else { return None };
    items
        .iter()
        .map(|t| match (field(t, "Key"), field(t, "Value")) {
            (Some(Expr::String(k)), Some(v)) => Some((k.as_str(), v)),
            _ => None,
        })
        .collect()
}

/// The logical ids the expansion gives to the resources of `event` (by node), when the
/// event can be folded into the function.
fn fold(
    model: &Model,
    w: &Work,
    f: &FunctionIntent,
    event: &Event,
    function_id: &str,
) -> Option<Vec<(NodeId, String)>> {
    let (fn_spec, _) = resource(model, w, f.resource)?;
    let own = &fn_spec.depends_on;
    let name = format!("{function_id}{}", event.name);
    if name.len() + "Permission".len() > crate::logical_id::MAX_LOGICAL_ID_LEN {
        return None;
    }
    // Event properties are read from the resources as they are: none may have overrides.
    if event.resources.iter().any(|n| w.overridden.contains_key(n)) {
        return None;
    }
    let parts: Vec<(&ResourceSpec, &Object)> = event
        .resources
        .iter()
        .map(|&n| resource(model, w, n).filter(|_| in_stack(model, n, w.node)))
        .collect::<Option<_>>()?;
    if !parts.iter().all(|(spec, _)| plain(spec, own)) {
        return None;
    }
    let invokes_function = |props: &Object| matches!(props.get("FunctionName"), Some(Expr::Ref(r) | Expr::GetAtt(r, _)) if r.node() == f.resource);
    let foldable = match (event.kind, parts.as_slice()) {
        (EventKind::Sqs | EventKind::Kinesis | EventKind::DynamoDb, [(spec, props)]) => {
            spec.type_name == "AWS::Lambda::EventSourceMapping"
                && props.get("EventSourceArn").is_some()
                && invokes_function(props)
                && props.iter().all(|(k, _)| k == "EventSourceArn" || k == "FunctionName" || MAPPING_SAME.contains(&k))
        }
        (EventKind::Sns, [(sub, sub_props), (perm, perm_props)]) => {
            sub.type_name == "AWS::SNS::Subscription"
                && perm.type_name == "AWS::Lambda::Permission"
                && matches!(sub_props.get("Protocol"), Some(Expr::String(p)) if p == "lambda")
                && sub_props
                    .iter()
                    .all(|(k, _)| matches!(k, "Protocol" | "Endpoint" | "TopicArn") || SUBSCRIPTION_SAME.contains(&k))
                && permission_of(perm_props, f.resource, "sns.amazonaws.com")
        }
        (EventKind::Schedule | EventKind::EventBridgeRule, [(rule, rule_props), (perm, perm_props)]) => {
            rule.type_name == "AWS::Events::Rule"
                && perm.type_name == "AWS::Lambda::Permission"
                && rule_target(rule_props, f.resource).is_some()
                && (event.kind == EventKind::Schedule
                    || matches!(rule_props.get("State"), None | Some(Expr::String(_)))
                        && !matches!(rule_props.get("State"), Some(Expr::String(s)) if s != "ENABLED"))
                && only(
                    rule_props,
                    &["ScheduleExpression", "EventPattern", "EventBusName", "State", "Name", "Description", "Targets"],
                )
                && permission_of(perm_props, f.resource, "events.amazonaws.com")
        }
        _ => false,
    };
    if !foldable {
        return None;
    }
    let mut ids = vec![(*event.resources.first()?, name.clone())];
    if let Some(&permission) = event.resources.get(1) {
        ids.push((permission, format!("{name}Permission")));
    }
    Some(ids)
}

/// Whether a permission lets `principal` invoke function `function` and nothing more.
fn permission_of(props: &Object, function: NodeId, principal: &str) -> bool {
    only(props, &["Action", "FunctionName", "Principal", "SourceArn"])
        && matches!(props.get("Action"), Some(Expr::String(a)) if a == "lambda:InvokeFunction")
        && matches!(props.get("Principal"), Some(Expr::String(p)) if p == principal)
        && matches!(props.get("FunctionName"), Some(Expr::Ref(r) | Expr::GetAtt(r, _)) if r.node() == function)
}

/// A rule's one target, when it is `function` with nothing SAM cannot carry.
fn rule_target(props: &Object, function: NodeId) -> Option<&Expr> {
    let Some(Expr::List(targets)) = props.get("Targets") else { return None };
    let [target] = targets.as_slice() else { return None };
    let arn_is_function =
        matches!(field(target, "Arn"), Some(Expr::GetAtt(r, a)) if r.node() == function && a == "Arn");
    let keys_ok = keys(target).is_some_and(|k| k.iter().all(|k| matches!(*k, "Arn" | "Id" | "Input" | "InputPath")));
    (arn_is_function && keys_ok).then_some(target)
}

/// Whether table `t` is a simple table: a partition key and nothing SAM's form lacks.
fn simple_table(model: &Model, w: &Work, t: &TableIntent) -> bool {
    let Some((spec, props)) = resource(model, w, t.resource) else { return false };
    spec.type_name == "AWS::DynamoDB::Table"
        && t.sort_key.is_none()
        && t.indexes == 0
        && !t.stream
        && matches!(props.get("BillingMode"), None | Some(Expr::String(_)))
        && !matches!(props.get("BillingMode"), Some(Expr::String(m)) if m == "PROVISIONED")
        && props.get("ProvisionedThroughput").is_none()
        && props.get("Tags").is_none_or(|t| tags_map(t).is_some())
        && only(
            props,
            &[
                "AttributeDefinitions",
                "BillingMode",
                "KeySchema",
                "PointInTimeRecoverySpecification",
                "SSESpecification",
                "TableName",
                "Tags",
            ],
        )
}

/// Writes an `AWS::Serverless::Function`'s properties: the function's, renamed where SAM
/// names them otherwise, and its events.
fn function_properties(
    r: &mut Resolver<'_>,
    properties: &Object,
    events: &[&Event],
    globals: &[(&str, Expr)],
    out: &mut Both<'_>,
) {
    let global = |k: &str| {
        let name = if k == "TracingConfig" { "Tracing" } else { k };
        globals.iter().any(|(g, _)| *g == name)
    };
    for (k, v) in properties.iter() {
        if global(k) {
            continue;
        }
        match k {
            "Code" => {
                let Some(form) = code_form(v) else { continue };
                out.key(form);
                match form {
                    "CodeUri" => {
                        renamed(r, v, &[("S3Bucket", "Bucket"), ("S3Key", "Key"), ("S3ObjectVersion", "Version")], out)
                    }
                    "InlineCode" => field(v, "ZipFile").into_iter().for_each(|z| r.emit(z, out)),
                    _ => field(v, "ImageUri").into_iter().for_each(|i| r.emit(i, out)),
                }
            }
            "TracingConfig" => {
                if let Some(mode) = field(v, "Mode") {
                    out.key("Tracing");
                    r.emit(mode, out);
                }
            }
            "DeadLetterConfig" => {
                let Some(arn) = field(v, "TargetArn") else { continue };
                let Some(kind) = queue_or_topic(r.model, arn) else { continue };
                out.key("DeadLetterQueue");
                out.begin_map();
                out.key("Type");
                out.string(kind);
                out.key("TargetArn");
                r.emit(arn, out);
                out.end_map();
            }
            "Tags" => write_tags(r, v, out),
            k => {
                out.key(k);
                r.emit(v, out);
            }
        }
    }
    if events.is_empty() {
        return;
    }
    out.key("Events");
    out.begin_map();
    for event in events {
        out.key(&event.name);
        out.begin_map();
        out.key("Type");
        out.string(event.kind.sam_type());
        out.key("Properties");
        out.begin_map();
        event_properties(r, event, out);
        out.end_map();
        out.end_map();
    }
    out.end_map();
}

/// Writes `value`, a map, with its keys renamed by `names` (`(from, to)`).
fn renamed(r: &mut Resolver<'_>, value: &Expr, names: &[(&str, &str)], out: &mut Both<'_>) {
    out.begin_map();
    for (from, to) in names {
        if let Some(v) = field(value, from) {
            out.key(to);
            r.emit(v, out);
        }
    }
    out.end_map();
}

/// Writes a tag list as SAM's map.
fn write_tags(r: &mut Resolver<'_>, tags: &Expr, out: &mut Both<'_>) {
    let Some(tags) = tags_map(tags) else { return };
    out.key("Tags");
    out.begin_map();
    for (k, v) in tags {
        out.key(k);
        r.emit(v, out);
    }
    out.end_map();
}

/// Writes the `Properties` of one event, from the resources that make it plainly.
fn event_properties(r: &mut Resolver<'_>, event: &Event, out: &mut Both<'_>) {
    let model = r.model;
    let props = |n: NodeId| match model.get(n).map(|n| &n.kind) {
        Some(NodeKind::Resource(spec)) => Some(&spec.properties),
        _ => None,
    };
    let Some(main) = event.resources.first().and_then(|&n| props(n)) else { return };
    match event.kind {
        EventKind::Sqs | EventKind::Kinesis | EventKind::DynamoDb => {
            let source = if event.kind == EventKind::Sqs { "Queue" } else { "Stream" };
            if let Some(arn) = main.get("EventSourceArn") {
                out.key(source);
                r.emit(arn, out);
            }
            same(r, main, MAPPING_SAME, out);
        }
        EventKind::Sns => {
            if let Some(topic) = main.get("TopicArn") {
                out.key("Topic");
                r.emit(topic, out);
            }
            same(r, main, SUBSCRIPTION_SAME, out);
        }
        EventKind::Schedule | EventKind::EventBridgeRule => rule_properties(r, event.kind, main, out),
        EventKind::HttpApi => http_api_event(r, event, main, out),
        EventKind::S3 | EventKind::Api => {}
    }
}

/// Writes the properties of `props` named in `names`, in that order.
fn same(r: &mut Resolver<'_>, props: &Object, names: &[&str], out: &mut Both<'_>) {
    for name in names {
        if let Some(v) = props.get(name) {
            out.key(name);
            r.emit(v, out);
        }
    }
}

/// A Schedule or EventBridgeRule event's properties, from its rule and the rule's target.
fn rule_properties(r: &mut Resolver<'_>, kind: EventKind, rule: &Object, out: &mut Both<'_>) {
    let schedule = kind == EventKind::Schedule;
    let names: &[(&str, &str)] = if schedule {
        &[("ScheduleExpression", "Schedule"), ("Name", "Name"), ("Description", "Description"), ("State", "State")]
    } else {
        // No `State`: the fold is only of an enabled rule (CloudFormation's default), as the
        // SAM schema cfn-lint checks against has no `State` for this event.
        &[("EventPattern", "Pattern"), ("EventBusName", "EventBusName"), ("Name", "RuleName")]
    };
    for (from, to) in names {
        if let Some(v) = rule.get(from) {
            out.key(to);
            r.emit(v, out);
        }
    }
    let target = match rule.get("Targets") {
        Some(Expr::List(targets)) => targets.first(),
        _ => None,
    };
    let Some(target) = target else { return };
    for name in ["Input", "InputPath"] {
        if let Some(v) = field(target, name) {
            out.key(name);
            r.emit(v, out);
        }
    }
    if let (false, Some(id)) = (schedule, field(target, "Id")) {
        out.key("Target");
        out.begin_map();
        out.key("Id");
        r.emit(id, out);
        out.end_map();
    }
}

/// Writes an `AWS::Serverless::SimpleTable`'s properties from the table's.
fn table_properties(r: &mut Resolver<'_>, properties: &Object, out: &mut Both<'_>) {
    if let Some((name, kind)) = primary_key(properties) {
        out.key("PrimaryKey");
        out.begin_map();
        out.key("Name");
        r.emit(name, out);
        out.key("Type");
        out.string(kind);
        out.end_map();
    }
    for (k, v) in properties.iter() {
        match k {
            "PointInTimeRecoverySpecification" | "SSESpecification" | "TableName" => {
                out.key(k);
                r.emit(v, out);
            }
            "Tags" => write_tags(r, v, out),
            _ => {}
        }
    }
}

/// The table's partition key: its name and its SAM type (`String`, `Number`, `Binary`).
fn primary_key(properties: &Object) -> Option<(&Expr, &'static str)> {
    let Some(Expr::List(attributes)) = properties.get("AttributeDefinitions") else { return None };
    let [attribute] = attributes.as_slice() else { return None };
    let name = field(attribute, "AttributeName")?;
    let kind = match field(attribute, "AttributeType")? {
        Expr::String(t) if t == "S" => "String",
        Expr::String(t) if t == "N" => "Number",
        Expr::String(t) if t == "B" => "Binary",
        _ => return None,
    };
    Some((name, kind))
}

/// What the stack's plan must keep: the logical ids its elements hold, and those of its
/// resources that stacks planned before it import.
struct Known<'a> {
    taken: &'a HashSet<&'a str>,
    imported: Option<&'a HashSet<String>>,
}

impl Known<'_> {
    /// Whether another stack imports resource `n` already, under the id it has now.
    fn imported(&self, logical: &[Option<String>], n: NodeId) -> bool {
        let id = logical.get(n as usize).and_then(Option::as_ref);
        self.imported.is_some_and(|i| id.is_some_and(|id| i.contains(id)))
    }

    /// Whether logical id `id` is free: held by no element and no other fold.
    fn free(&self, id: &str, aliases: &HashMap<NodeId, String>) -> bool {
        !self.taken.contains(id) && !aliases.values().any(|a| a == id)
    }
}

/// Properties of an HTTP API `AWS::Serverless::HttpApi` takes as they are.
const HTTP_API_SAME: &[&str] = &["Name", "Description", "CorsConfiguration", "DisableExecuteApiEndpoint"];

/// Properties of an HTTP API's `$default` stage `AWS::Serverless::HttpApi` takes as they are.
const HTTP_STAGE_SAME: &[&str] = &["AccessLogSettings", "DefaultRouteSettings", "StageVariables"];

/// Plans HTTP API `api` as an `AWS::Serverless::HttpApi` when the API, its `$default` stage
/// and every route have a SAM form and every routed function is in its serverless form:
/// its stage is folded under the name SAM gives it, each route's resources into the
/// function's `HttpApi` event. Otherwise everything stays plain.
fn http_api<'m>(
    model: &'m Model,
    w: &Work,
    api: &'m ApiIntent,
    known: &Known<'_>,
    logical: &[Option<String>],
    aliases: &mut HashMap<NodeId, String>,
    plan: &mut Plan<'m>,
) {
    let Some((spec, props)) = resource(model, w, api.resource) else { return };
    let api_ok = spec.type_name == "AWS::ApiGatewayV2::Api"
        && plain(spec, &[])
        && matches!(props.get("ProtocolType"), Some(Expr::String(p)) if p == "HTTP")
        && props.iter().all(|(k, _)| k == "ProtocolType" || HTTP_API_SAME.contains(&k));
    let Some(stage) = api.stage.filter(|_| api_ok) else { return };
    let Some((stage_spec, stage_props)) = resource(model, w, stage) else { return };
    let stage_ok = plain(stage_spec, &[])
        && !w.overridden.contains_key(&stage)
        && matches!(stage_props.get("StageName"), Some(Expr::String(s)) if s == "$default")
        && matches!(stage_props.get("AutoDeploy"), Some(Expr::Bool(true)))
        && stage_props
            .iter()
            .all(|(k, _)| matches!(k, "ApiId" | "StageName" | "AutoDeploy") || HTTP_STAGE_SAME.contains(&k));
    let Some(Some(api_id)) = logical.get(api.resource as usize) else { return };
    if !stage_ok {
        return;
    }
    // Each route: the function's form, and its event.
    let mut routes: Vec<(NodeId, &'m Event, String)> = Vec::new();
    for route in &api.routes {
        let Some(Intent::Function(f)) = model.intent(route.function) else { return };
        let Some(Form::Function(_)) = plan.forms.get(&f.resource) else { return };
        let Some(Some(function_id)) = logical.get(f.resource as usize) else { return };
        let event = f.events.iter().find(|e| {
            e.kind == EventKind::HttpApi
                && e.resources.first().is_some_and(|&r| route_of(model, w, r, api.resource, route))
        });
        let Some(event) = event.filter(|e| http_route_folds(model, w, f, e)) else { return };
        routes.push((f.resource, event, format!("{function_id}{}Permission", event.name)));
    }
    let stage_id = format!("{api_id}ApiGatewayDefaultStage");
    let new_ids = std::iter::once(&stage_id).chain(routes.iter().map(|(_, _, id)| id));
    if new_ids.clone().any(|id| !known.free(id, aliases)) {
        return;
    }
    let imported = |n: NodeId| known.imported(logical, n);
    if imported(stage) || routes.iter().any(|(_, e, _)| e.resources.iter().any(|&n| imported(n))) {
        return;
    }
    // Nothing outside the API's own resources may refer to a route or an integration: they
    // have no logical id after the expansion.
    let gone: HashSet<NodeId> = routes.iter().flat_map(|(_, e, _)| e.resources.iter().take(2).copied()).collect();
    if referenced_outside(model, w, &gone) {
        return;
    }
    aliases.insert(stage, stage_id);
    plan.folded.insert(stage);
    for (function, event, permission_id) in routes {
        plan.folded.extend(event.resources.iter().copied());
        if let Some(&permission) = event.resources.get(2) {
            aliases.insert(permission, permission_id);
        }
        if let Some(Form::Function(events)) = plan.forms.get_mut(&function) {
            events.push(event);
        }
    }
    plan.forms.insert(api.resource, Form::HttpApi { stage });
}

/// Whether `node` is the `AWS::ApiGatewayV2::Route` of `route` on API `api`.
fn route_of(model: &Model, w: &Work, node: NodeId, api: NodeId, route: &forma_core::intent::Route) -> bool {
    let Some((spec, props)) = resource(model, w, node) else { return false };
    spec.type_name == "AWS::ApiGatewayV2::Route"
        && matches!(props.get("ApiId"), Some(Expr::Ref(r)) if r.node() == api)
        && matches!(props.get("RouteKey"), Some(Expr::String(k)) if *k == format!("{} {}", route.method, route.path))
}

/// Whether an `HttpApi` event's route, integration and permission have SAM's form: a Lambda
/// proxy integration of the function, a route to it, a permission for API Gateway.
fn http_route_folds(model: &Model, w: &Work, f: &FunctionIntent, event: &Event) -> bool {
    let [route, integration, permission] = event.resources.as_slice() else { return false };
    let parts: Option<Vec<(&ResourceSpec, &Object)>> = [*route, *integration, *permission]
        .iter()
        .map(|&n| resource(model, w, n).filter(|_| in_stack(model, n, w.node) && !w.overridden.contains_key(&n)))
        .collect();
    let Some([(route_spec, route_props), (int_spec, int_props), (perm_spec, perm_props)]) = parts.as_deref() else {
        return false;
    };
    [route_spec, int_spec, perm_spec].iter().all(|s| plain(s, &[]))
        && only(route_props, &["ApiId", "RouteKey", "Target"])
        && int_spec.type_name == "AWS::ApiGatewayV2::Integration"
        && matches!(int_props.get("IntegrationType"), Some(Expr::String(t)) if t == "AWS_PROXY")
        && matches!(int_props.get("IntegrationUri"), Some(Expr::GetAtt(r, a)) if r.node() == f.resource && a == "Arn")
        && only(int_props, &["ApiId", "IntegrationType", "IntegrationUri", "PayloadFormatVersion", "TimeoutInMillis"])
        && perm_spec.type_name == "AWS::Lambda::Permission"
        && permission_of(perm_props, f.resource, "apigateway.amazonaws.com")
}

/// Whether an element of the stack other than `nodes` refers to one of `nodes`.
fn referenced_outside(model: &Model, w: &Work, nodes: &HashSet<NodeId>) -> bool {
    let mut found = false;
    for &e in w.elements.iter().filter(|e| !nodes.contains(e)) {
        let mut visit = |x: &Expr| match x {
            Expr::Ref(r) | Expr::GetAtt(r, _) if nodes.contains(&r.node()) => found = true,
            _ => {}
        };
        match &model.node(e).kind {
            NodeKind::Resource(spec) => {
                let props = w.overridden.get(&e).unwrap_or(&spec.properties);
                props
                    .values()
                    .chain(spec.metadata.values())
                    .chain(spec.attributes.values())
                    .for_each(|v| v.walk(&mut visit));
                found |= spec.depends_on.iter().any(|d| nodes.contains(&d.node()));
            }
            NodeKind::Output(spec) => spec.value.walk(&mut visit),
            _ => {}
        }
        if found {
            return true;
        }
    }
    false
}

/// Writes an `AWS::Serverless::HttpApi`'s properties: the API's and its `$default` stage's.
fn http_api_properties(r: &mut Resolver<'_>, properties: &Object, stage: NodeId, out: &mut Both<'_>) {
    same(r, properties, HTTP_API_SAME, out);
    let stage = match r.model.get(stage).map(|n| &n.kind) {
        Some(NodeKind::Resource(spec)) => &spec.properties,
        _ => return,
    };
    same(r, stage, HTTP_STAGE_SAME, out);
}

/// Writes an `HttpApi` event's properties: its API, path and method, and its integration's
/// payload format and timeout.
fn http_api_event(r: &mut Resolver<'_>, event: &Event, route: &Object, out: &mut Both<'_>) {
    let Some(Expr::String(key)) = route.get("RouteKey") else { return };
    let (method, path) = key.split_once(' ').unwrap_or((key, "/"));
    if let Some(api) = route.get("ApiId") {
        out.key("ApiId");
        r.emit(api, out);
    }
    out.key("Path");
    out.string(path);
    out.key("Method");
    out.string(method);
    let integration = match event.resources.get(1).and_then(|&n| r.model.get(n)).map(|n| &n.kind) {
        Some(NodeKind::Resource(spec)) => &spec.properties,
        _ => return,
    };
    same(r, integration, &["PayloadFormatVersion", "TimeoutInMillis"], out);
}
