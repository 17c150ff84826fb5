//! What CloudFormation refuses in a template beyond its resources' properties: the stack's
//! own settings (a description over 1,024 bytes, reserved or too many tags, a region or
//! account that is no such thing), mappings without entries or with keys it does not take,
//! rules without assertions, and references to a resource that exists only under a
//! condition from an output or resource that does not share it.

use std::collections::{BTreeMap, HashMap};

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::naming;
use forma_core::{App, Diagnostic, Expr};

use crate::work::StackView;

/// The stack's description, tags, region and account.
pub(crate) fn stack_settings(w: &StackView<'_>, diags: &mut Vec<Diagnostic>) {
    let model = w.model;
    let node = model.node(w.node);
    let NodeKind::Stack(spec) = &node.kind else { return };
    let path = model.path(w.node);
    let at = |setting: &str| spec.set_at(setting).unwrap_or(node.location);
    let mut refuse = |code: &'static str, setting: &str, message: String, hint: &str| {
        diags.push(Diagnostic::error(code, &path, message).hint(hint).at(at(setting)));
    };
    if let Some(d) = &spec.description {
        if d.len() > naming::MAX_DESCRIPTION_BYTES {
            refuse(
                "invalid-description",
                "Description",
                format!(
                    "the description is {} bytes long; CloudFormation takes at most {}",
                    d.len(),
                    naming::MAX_DESCRIPTION_BYTES
                ),
                "shorten it; details belong in a README",
            );
        }
    }
    for (key, value) in &spec.tags {
        let setting = format!("Tags.{key}");
        const HINT: &str = "a tag key is 1 to 128 characters, not starting with aws: or forma:; a value at most 256";
        if let Some(problem) = naming::tag_key(key) {
            refuse("tag-key", &setting, format!("stack tag: {problem}"), HINT);
        } else if let Some(problem) = naming::tag_value(key, value) {
            refuse("tag-value", &setting, format!("stack tag: {problem}"), HINT);
        }
    }
    if spec.tags.len() > naming::MAX_STACK_TAGS {
        let last = spec.set_at.iter().rev().find(|(s, _)| s.starts_with("Tags.")).map(|(s, _)| s.clone());
        refuse(
            "too-many-tags",
            last.as_deref().unwrap_or("Tags"),
            format!(
                "the stack has {} tags; CloudFormation takes {} and forma adds its fingerprint, so at most {}",
                spec.tags.len(),
                naming::MAX_TAGS,
                naming::MAX_STACK_TAGS
            ),
            "tag with fewer keys",
        );
    }
    if let Some(problem) = spec.region.as_deref().and_then(naming::region) {
        refuse("invalid-region", "Region", problem, "give a region code: us-east-1, eu-west-3, ap-southeast-2");
    }
    if let Some(problem) = spec.account.as_deref().and_then(naming::account) {
        refuse("invalid-account", "Account", problem, "give the twelve-digit account id, as a string");
    }
}

/// Mappings and rules.
pub(crate) fn mappings_and_rules(w: &StackView<'_>, diags: &mut Vec<Diagnostic>) {
    let model = w.model;
    for &e in w.elements {
        let node = model.node(e);
        let mut refuse = |code: &'static str, message: String, hint: &str| {
            diags.push(Diagnostic::error(code, model.path(e), message).hint(hint).at(node.location));
        };
        match &node.kind {
            NodeKind::Mapping(spec) => {
                if spec.entries.is_empty() {
                    refuse("mapping-empty", "the mapping has no entries".into(), "add one with MappingDef::entry");
                }
                for (top, values) in &spec.entries {
                    if let Some(problem) = mapping_key(top, true) {
                        refuse(
                            "mapping-key",
                            format!("the key {problem}"),
                            "a top-level key holds letters, digits, '-' and '.', at most 255 of them",
                        );
                    }
                    if values.is_empty() {
                        refuse(
                            "mapping-key-empty",
                            format!("the key {} has no values", naming::show(top)),
                            "give it at least one (name, value) pair",
                        );
                    }
                    for (name, value) in values {
                        if let Some(problem) = mapping_key(name, false) {
                            refuse(
                                "mapping-name",
                                format!("{}: the name {problem}", naming::show(top)),
                                "a second-level name holds letters and digits only, at most 255 of them",
                            );
                        }
                        if !mapping_value(value) {
                            refuse(
                                "mapping-value",
                                format!(
                                    "{}.{name}: a mapping value is a string, a number, a boolean or a list of them",
                                    naming::show(top)
                                ),
                                "CloudFormation evaluates no function and takes no map inside Mappings",
                            );
                        }
                    }
                }
            }
            NodeKind::Rule(spec) if spec.assertions.is_empty() => refuse(
                "invalid-rule",
                "the rule has no assertions".into(),
                "add one with Rule::assert; CloudFormation refuses a rule without",
            ),
            _ => {}
        }
    }
}

/// Why CloudFormation refuses `key` as a mapping key: top-level keys take letters, digits,
/// `-` and `.`; second-level names letters and digits; both at most 255.
fn mapping_key(key: &str, top: bool) -> Option<String> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || (top && (c == '-' || c == '.'));
    if key.is_empty() {
        return Some("is empty".into());
    }
    if key.len() > 255 {
        return Some(format!("{} is {} characters long", naming::show(key), key.len()));
    }
    key.chars().find(|c| !allowed(*c)).map(|c| format!("{} contains {c:?}", naming::show(key)))
}

/// A value CloudFormation takes in a mapping: a literal scalar, or a list of them.
fn mapping_value(value: &Expr) -> bool {
    match value {
        Expr::Bool(_) | Expr::Int(_) | Expr::Float(_) | Expr::String(_) => true,
        Expr::List(items) => {
            items.iter().all(|i| matches!(i, Expr::Bool(_) | Expr::Int(_) | Expr::Float(_) | Expr::String(_)))
        }
        _ => false,
    }
}

/// Outputs and resources that refer to a resource of their stack created only under a
/// condition, without holding that condition themselves and outside an `Fn::If` on it:
/// when the condition is false, CloudFormation refuses the stack.
pub(crate) fn conditional_references(app: &App, w: &StackView<'_>, diags: &mut Vec<Diagnostic>) {
    let model = w.model;
    // The stack's conditional resources: resource → its condition.
    let conditional: HashMap<NodeId, NodeId> = w
        .elements
        .iter()
        .filter_map(|&e| match &model.node(e).kind {
            NodeKind::Resource(spec) => spec.condition.as_ref().map(|c| (e, c.node())),
            _ => None,
        })
        .collect();
    if conditional.is_empty() {
        return;
    }
    for &e in w.elements {
        let node = model.node(e);
        let (own, what, exprs): (Option<NodeId>, &str, Vec<&Expr>) = match &node.kind {
            NodeKind::Output(spec) => (
                spec.condition.as_ref().map(|c| c.node()),
                "output",
                std::iter::once(&spec.value).chain(spec.export_name.as_ref()).collect(),
            ),
            NodeKind::Resource(spec) => (
                spec.condition.as_ref().map(|c| c.node()),
                "resource",
                w.properties(e, spec).values().chain(spec.metadata.values()).chain(spec.attributes.values()).collect(),
            ),
            _ => continue,
        };
        // An element under a condition of its own may know better (its condition may imply
        // the other): only one without a condition is judged.
        if own.is_some() {
            continue;
        }
        let mut found: BTreeMap<NodeId, ()> = BTreeMap::new();
        let mut guards = Vec::new();
        for expr in exprs {
            unguarded(app, expr, &conditional, &mut guards, &mut found);
        }
        if let NodeKind::Resource(spec) = &node.kind {
            for d in &spec.depends_on {
                if app.owns(d) && conditional.contains_key(&d.node()) {
                    found.insert(d.node(), ());
                }
            }
        }
        for target in found.into_keys() {
            let Some(&condition) = conditional.get(&target) else { continue };
            diags.push(
                Diagnostic::error(
                    "conditional-reference",
                    model.path(e),
                    format!(
                        "the {what} refers to `{}`, which exists only when condition `{}` holds; the {what} has no \
                         condition",
                        model.path(target),
                        model.path(condition),
                    ),
                )
                .hint(format!(
                    "give the {what} the same condition, or refer to it inside Fn::If on `{}`",
                    model.path(condition)
                ))
                .at(node.location),
            );
        }
    }
}

/// The conditional resources `expr` refers to outside an `Fn::If` on their condition
/// (`guards`: the conditions of the `Fn::If`s whose true branch holds `expr`).
fn unguarded(
    app: &App,
    expr: &Expr,
    conditional: &HashMap<NodeId, NodeId>,
    guards: &mut Vec<NodeId>,
    found: &mut BTreeMap<NodeId, ()>,
) {
    match expr {
        Expr::Ref(r) | Expr::GetAtt(r, _) => {
            if let Some(condition) = conditional.get(&r.node()) {
                // A reference into another app is reported as foreign already.
                if app.owns(r) && !guards.contains(condition) {
                    found.insert(r.node(), ());
                }
            }
        }
        Expr::If(c, yes, no) => {
            guards.push(c.node());
            unguarded(app, yes, conditional, guards, found);
            guards.pop();
            unguarded(app, no, conditional, guards, found);
        }
        other => other.for_each_child(|child| unguarded(app, child, conditional, guards, found)),
    }
}

/// Where a kind of name must be unique, and whether the service tells names apart by case.
struct NameRule {
    type_name: &'static str,
    property: &'static str,
    /// What the name is, for messages: `bucket name`.
    what: &'static str,
    /// `Uploads` and `uploads` are one name (S3 and ECR take lower case only; IAM compares
    /// names without case).
    case_insensitive: bool,
    /// Unique across regions (S3: across accounts too; IAM: within the account).
    global: bool,
}

/// The physical names two resources may not share.
const NAME_RULES: [NameRule; 14] = [
    NameRule {
        type_name: "AWS::S3::Bucket",
        property: "BucketName",
        what: "bucket name",
        case_insensitive: true,
        global: true,
    },
    NameRule {
        type_name: "AWS::ECR::Repository",
        property: "RepositoryName",
        what: "repository name",
        case_insensitive: true,
        global: false,
    },
    NameRule {
        type_name: "AWS::IAM::Role",
        property: "RoleName",
        what: "role name",
        case_insensitive: true,
        global: true,
    },
    NameRule {
        type_name: "AWS::IAM::User",
        property: "UserName",
        what: "user name",
        case_insensitive: true,
        global: true,
    },
    NameRule {
        type_name: "AWS::IAM::Group",
        property: "GroupName",
        what: "group name",
        case_insensitive: true,
        global: true,
    },
    NameRule {
        type_name: "AWS::IAM::ManagedPolicy",
        property: "ManagedPolicyName",
        what: "managed policy name",
        case_insensitive: true,
        global: true,
    },
    NameRule {
        type_name: "AWS::IAM::InstanceProfile",
        property: "InstanceProfileName",
        what: "instance profile name",
        case_insensitive: true,
        global: true,
    },
    NameRule {
        type_name: "AWS::SQS::Queue",
        property: "QueueName",
        what: "queue name",
        case_insensitive: false,
        global: false,
    },
    NameRule {
        type_name: "AWS::SNS::Topic",
        property: "TopicName",
        what: "topic name",
        case_insensitive: false,
        global: false,
    },
    NameRule {
        type_name: "AWS::DynamoDB::Table",
        property: "TableName",
        what: "table name",
        case_insensitive: false,
        global: false,
    },
    NameRule {
        type_name: "AWS::Lambda::Function",
        property: "FunctionName",
        what: "function name",
        case_insensitive: false,
        global: false,
    },
    NameRule {
        type_name: "AWS::Logs::LogGroup",
        property: "LogGroupName",
        what: "log group name",
        case_insensitive: false,
        global: false,
    },
    NameRule {
        type_name: "AWS::Kinesis::Stream",
        property: "Name",
        what: "stream name",
        case_insensitive: false,
        global: false,
    },
    NameRule {
        type_name: "AWS::SSM::Parameter",
        property: "Name",
        what: "parameter name",
        case_insensitive: false,
        global: false,
    },
];

/// The rule of `type_name`'s physical name, and the property that holds it.
pub(crate) fn name_rule(type_name: &str) -> Option<(usize, &'static str)> {
    NAME_RULES.iter().position(|r| r.type_name == type_name).map(|i| (i, NAME_RULES[i].property))
}

/// The name a resource will have, as far as synthesis knows it: a literal, or an `Fn::Sub`
/// of pseudo parameters only (what forma generates: `data-uploads-${AWS::AccountId}-...`),
/// with the stack's name put in for `${AWS::StackName}`.
pub(crate) fn known_name(value: &Expr, stack: &str) -> Option<String> {
    match value {
        Expr::String(s) => Some(s.clone()),
        Expr::Sub(template, vars) if vars.is_empty() => {
            let mut rest = template.as_str();
            while let Some(start) = rest.find("${") {
                let after = &rest[start + 2..];
                let end = after.find('}')?;
                let var = &after[..end];
                if !(var.starts_with("AWS::") || var.starts_with('!')) {
                    return None;
                }
                rest = &after[end + 1..];
            }
            Some(template.replace("${AWS::StackName}", stack))
        }
        _ => None,
    }
}

/// Resources whose physical names would be one — two buckets whose generated names differ
/// only in the case of their construct ids (`Uploads`, `uploads`), two roles named alike but
/// for case (IAM compares without it), any two queues of one name — where they would meet:
/// S3 everywhere, IAM within an account, the rest within an account and region (stacks
/// pinned apart do not meet). Stacks whose names differ only in case are refused too: their
/// template files would be one on a file system that ignores case (macOS, Windows).
pub(crate) fn physical_names(model: &Model, work: &[StackView<'_>], diags: &mut Vec<Diagnostic>) {
    let mut stacks: HashMap<String, NodeId> = HashMap::new();
    for w in work {
        let node = model.node(w.node);
        if let Some(&other) = stacks.get(&node.id.to_ascii_lowercase()) {
            let other = &model.node(other).id;
            if *other != node.id {
                diags.push(
                    Diagnostic::error(
                        "stack-name-case",
                        &node.id,
                        format!(
                            "the stack name {:?} differs from {other:?} only in case: their template files would be \
                             one on a file system that ignores case",
                            node.id
                        ),
                    )
                    .hint("rename one of the stacks")
                    .at(node.location),
                );
            }
        } else {
            stacks.insert(node.id.to_ascii_lowercase(), w.node);
        }
    }
    // (rule, name as compared) → the first resource of that name.
    let mut seen: HashMap<(usize, String), NodeId> = HashMap::new();
    for w in work {
        for (r, e, name) in w.names {
            let (r, e) = (*r, *e);
            let NodeKind::Resource(spec) = &model.node(e).kind else { continue };
            let rule = &NAME_RULES[r];
            let key = if rule.case_insensitive { name.to_ascii_lowercase() } else { name.clone() };
            match seen.get(&(r, key.clone())) {
                None => {
                    seen.insert((r, key), e);
                }
                Some(&other) => {
                    let (a, b) = (model.node(other).stack, w.node);
                    let (x, y) = (crate::validate::stack_spec(model, a), crate::validate::stack_spec(model, b));
                    let differ = |f: fn(&forma_core::model::StackSpec) -> &Option<String>| match (x, y) {
                        (Some(x), Some(y)) => matches!((f(x), f(y)), (Some(p), Some(q)) if p != q),
                        _ => false,
                    };
                    let (regions, accounts) = (differ(|s| &s.region), differ(|s| &s.account));
                    let met = match rule.type_name {
                        "AWS::S3::Bucket" => true,
                        _ if rule.global => !accounts,
                        _ => !regions && !accounts,
                    };
                    if !met {
                        continue;
                    }
                    let path = format!("Properties.{}", rule.property);
                    let location = crate::schema_check::set_at(model, e, spec, &path);
                    let case = if rule.case_insensitive { " (names are compared without case)" } else { "" };
                    diags.push(
                        Diagnostic::error(
                            "duplicate-name",
                            model.path(e),
                            format!(
                                "{path}: the {} {} is also the {} of `{}`{case}",
                                rule.what,
                                naming::show(name),
                                rule.what,
                                model.path(other)
                            ),
                        )
                        .hint(
                            "rename one of the constructs (a generated name comes from the stack's and the \
                             construct's ids), or give one a name of its own",
                        )
                        .at(location),
                    );
                }
            }
        }
    }
}
