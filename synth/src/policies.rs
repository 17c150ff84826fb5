//! IAM policy documents as IAM and the services read them: every statement has an effect and
//! actions of the `service:Action` form; an identity policy names resources and no
//! principal, a trust policy a principal and no resource, a resource policy both; condition
//! operators are IAM's (`StringEquals`, ... with `IfExists`, `ForAllValues:`,
//! `ForAnyValue:`); in IAM's own documents a `Sid` is letters and digits, once per document.
//! Only what is literal is judged: a document, statement or value that is an intrinsic passes.

use std::collections::HashMap;

use forma_core::schema::Object;
use forma_core::Expr;

use crate::service_rules::{field, Check};

/// Who a document is attached to, which decides what its statements hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Attached to a role, user or group (`AWS::IAM::Policy`, a role's `Policies`).
    Identity,
    /// Who may assume a role (`AssumeRolePolicyDocument`).
    Trust,
    /// Attached to a resource (bucket, queue, topic and key policies).
    Resource,
}

/// The policy documents of a resource of `type_name`: `(property, kind)` for a top-level
/// document, and the `Policies` list of the IAM principals.
pub(crate) fn check(c: &mut Check<'_>, type_name: &str, props: &Object) {
    let documents: &[(&str, Kind)] = match type_name {
        "AWS::IAM::Policy"
        | "AWS::IAM::ManagedPolicy"
        | "AWS::IAM::RolePolicy"
        | "AWS::IAM::UserPolicy"
        | "AWS::IAM::GroupPolicy" => &[("PolicyDocument", Kind::Identity)],
        "AWS::IAM::Role" => &[("AssumeRolePolicyDocument", Kind::Trust)],
        "AWS::S3::BucketPolicy"
        | "AWS::SQS::QueuePolicy"
        | "AWS::SQS::QueueInlinePolicy"
        | "AWS::SNS::TopicPolicy"
        | "AWS::SNS::TopicInlinePolicy" => &[("PolicyDocument", Kind::Resource)],
        "AWS::KMS::Key" => &[("KeyPolicy", Kind::Resource)],
        "AWS::ECR::Repository" => &[("RepositoryPolicyText", Kind::Resource)],
        "AWS::SecretsManager::ResourcePolicy" => &[("ResourcePolicy", Kind::Resource)],
        _ => &[],
    };
    for (property, kind) in documents {
        if let Some(doc) = props.get(property) {
            document(c, &format!("Properties.{property}"), doc, *kind);
        }
    }
    if matches!(type_name, "AWS::IAM::Role" | "AWS::IAM::User" | "AWS::IAM::Group") {
        if let Some(Expr::List(policies)) = props.get("Policies") {
            for (i, policy) in policies.iter().enumerate() {
                if let Some(doc) = field(policy, "PolicyDocument") {
                    document(c, &format!("Properties.Policies[{i}].PolicyDocument"), doc, Kind::Identity);
                }
            }
        }
    }
}

/// The condition operators IAM knows, without `IfExists` and the set prefixes.
const OPERATORS: [&str; 26] = [
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike",
];

/// Whether IAM knows the condition operator `op`: one of [`OPERATORS`], optionally with
/// `IfExists`, or `Null` (which takes no `IfExists`), optionally after `ForAllValues:` or
/// `ForAnyValue:`. Names are case-sensitive (`stringEquals` is refused).
pub(crate) fn is_condition_operator(op: &str) -> bool {
    let op = op.strip_prefix("ForAllValues:").or_else(|| op.strip_prefix("ForAnyValue:")).unwrap_or(op);
    op == "Null" || OPERATORS.contains(&op.strip_suffix("IfExists").unwrap_or(op))
}

/// Why IAM refuses the action `action`, or `None`: `*`, or `service:Action` (wildcards
/// allowed), the service letters, digits and `-`.
fn action_problem(action: &str) -> Option<String> {
    if action == "*" {
        return None;
    }
    let Some((service, name)) = action.split_once(':') else {
        return Some(format!("the action {action:?} has no service prefix (s3:GetObject)"));
    };
    if service.is_empty() || !service.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Some(format!("the action {action:?} has no service prefix of letters, digits and '-'"));
    }
    if name.is_empty() {
        return Some(format!("the action {action:?} names no action after the service"));
    }
    name.chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '*' | '?' | '_' | '-')))
        .map(|c| format!("the action {action:?} contains {c:?}"))
}

/// The entries of a literal map or typed object; `None` for anything else.
fn entries(value: &Expr) -> Option<Vec<(&str, &Expr)>> {
    if !crate::schema_check::is_literal(value) {
        return None;
    }
    match value {
        Expr::Map(m) => Some(m.iter().map(|(k, v)| (k.as_str(), v)).collect()),
        Expr::Object(o) => Some(o.iter().collect()),
        _ => None,
    }
}

/// Checks one document at `path`.
fn document(c: &mut Check<'_>, path: &str, doc: &Expr, kind: Kind) {
    if entries(doc).is_none() {
        return;
    }
    if let Some(Expr::String(v)) = field(doc, "Version") {
        if v != "2012-10-17" && v != "2008-10-17" {
            c.report(
                "policy-version",
                &format!("{path}.Version"),
                format!("{v:?} is not a policy language version"),
                "use \"2012-10-17\"",
            );
        }
    }
    let statements: Vec<&Expr> = match field(doc, "Statement") {
        None => {
            return c.report(
                "policy-no-statement",
                path,
                "the document has no Statement".into(),
                "add the statements it is for",
            )
        }
        Some(Expr::List(items)) if items.is_empty() => {
            return c.report(
                "policy-no-statement",
                &format!("{path}.Statement"),
                "the document has no statements".into(),
                "add the statements it is for, or leave the policy out",
            )
        }
        Some(Expr::List(items)) => items.iter().collect(),
        Some(one) => vec![one],
    };
    let mut sids: HashMap<&str, usize> = HashMap::new();
    for (i, statement) in statements.iter().enumerate() {
        let at = format!("{path}.Statement[{i}]");
        if entries(statement).is_none() {
            continue;
        }
        if let Some(Expr::String(sid)) = field(statement, "Sid") {
            if kind != Kind::Resource {
                if let Some(ch) = sid.chars().find(|c| !c.is_ascii_alphanumeric()) {
                    c.report(
                        "policy-sid-characters",
                        &format!("{at}.Sid"),
                        format!("the Sid {sid:?} contains {ch:?}; IAM takes letters and digits only"),
                        "use letters and digits, StatementForUploads",
                    );
                }
                if let Some(first) = sids.insert(sid, i) {
                    c.report(
                        "policy-duplicate-sid",
                        &format!("{at}.Sid"),
                        format!("the Sid {sid:?} is also the Sid of Statement[{first}]; IAM takes each once"),
                        "give each statement a Sid of its own",
                    );
                }
            }
        }
        statement_check(c, &at, statement, kind);
    }
}

/// An empty literal: `""`, `[]`, `{}`.
fn is_empty(value: &Expr) -> bool {
    match value {
        Expr::String(s) => s.is_empty(),
        Expr::List(items) => items.is_empty(),
        Expr::Map(m) => m.is_empty(),
        Expr::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn statement_check(c: &mut Check<'_>, at: &str, statement: &Expr, kind: Kind) {
    match field(statement, "Effect") {
        None => c.report("policy-missing-element", at, "the statement has no Effect".into(), "give it Allow or Deny"),
        Some(Expr::String(e)) if e != "Allow" && e != "Deny" => c.report(
            "policy-effect",
            &format!("{at}.Effect"),
            format!("{e:?} is not an effect"),
            "use Allow or Deny (capitalized)",
        ),
        Some(_) => {}
    }
    actions_check(c, at, statement);
    resources_check(c, at, statement, kind);
    principal_and_conditions_check(c, at, statement, kind);
}

/// A statement's Action / NotAction: one of them, each action well formed.
fn actions_check(c: &mut Check<'_>, at: &str, statement: &Expr) {
    let (action, not_action) = (field(statement, "Action"), field(statement, "NotAction"));
    match (action, not_action) {
        (None, None) => c.report(
            "policy-missing-element",
            at,
            "the statement has no Action".into(),
            "add the actions it allows or denies (s3:GetObject)",
        ),
        (Some(_), Some(_)) => c.report(
            "policy-conflicting-elements",
            at,
            "the statement has both Action and NotAction".into(),
            "keep one of them",
        ),
        _ => {}
    }
    for (name, value) in [("Action", action), ("NotAction", not_action)] {
        let Some(value) = value else { continue };
        let path = format!("{at}.{name}");
        if is_empty(value) {
            c.report(
                "policy-empty-element",
                &path,
                format!("the statement's {name} is empty"),
                "name at least one action",
            );
            continue;
        }
        let items: Vec<&Expr> = match value {
            Expr::List(items) => items.iter().collect(),
            one => vec![one],
        };
        for item in items {
            if let Some(problem) = text(item).and_then(action_problem) {
                c.report(
                    "policy-action-format",
                    &path,
                    problem,
                    "an action is service:Action, s3:GetObject or s3:Get*",
                );
            }
        }
    }
}

/// A statement's Resource / NotResource: present where the policy's kind needs it, absent
/// where IAM refuses it, not empty.
fn resources_check(c: &mut Check<'_>, at: &str, statement: &Expr, kind: Kind) {
    let (resource, not_resource) = (field(statement, "Resource"), field(statement, "NotResource"));
    match (kind, resource.or(not_resource)) {
        (Kind::Trust, Some(_)) => c.report(
            "policy-misplaced-element",
            at,
            "a trust policy's statement names a Resource; IAM refuses it there".into(),
            "leave Resource out: the role is the resource",
        ),
        (Kind::Identity, None) => c.report(
            "policy-missing-element",
            at,
            "the statement has no Resource".into(),
            "add the ARNs it applies to, or \"*\"",
        ),
        _ => {}
    }
    if resource.is_some() && not_resource.is_some() {
        c.report(
            "policy-conflicting-elements",
            at,
            "the statement has both Resource and NotResource".into(),
            "keep one of them",
        );
    }
    for (name, value) in [("Resource", resource), ("NotResource", not_resource)] {
        let Some(value) = value else { continue };
        let empty = is_empty(value) || matches!(value, Expr::List(items) if items.iter().any(is_empty));
        if empty {
            c.report(
                "policy-empty-element",
                &format!("{at}.{name}"),
                format!("the statement's {name} is empty"),
                "name the ARNs it applies to, or \"*\"",
            );
        }
    }
}

/// A statement's Principal, where the policy's kind needs one, and its condition operators.
fn principal_and_conditions_check(c: &mut Check<'_>, at: &str, statement: &Expr, kind: Kind) {
    let principal = field(statement, "Principal").or_else(|| field(statement, "NotPrincipal"));
    match (kind, principal) {
        (Kind::Identity, Some(_)) => c.report(
            "policy-misplaced-element",
            at,
            "an identity policy's statement names a Principal; IAM refuses it there".into(),
            "leave Principal out: the role, user or group it is attached to is the principal",
        ),
        (Kind::Trust | Kind::Resource, None) => c.report(
            "policy-missing-element",
            at,
            "the statement has no Principal".into(),
            "name who it applies to: { \"Service\": \"lambda.amazonaws.com\" }, an account, or \"*\"",
        ),
        (Kind::Trust | Kind::Resource, Some(p)) => principal_check(c, at, p),
        (Kind::Identity, None) => {}
    }
    // Conditions.
    if let Some(conditions) = field(statement, "Condition").and_then(entries) {
        for (op, _) in conditions {
            if !is_condition_operator(op) {
                let near = crate::schema_check::closest(op, condition_operators(), 4);
                let hint = match near.first() {
                    Some(n) => format!("did you mean `{n}`?"),
                    None => "see the IAM condition operators: StringEquals, ArnLike, Bool, ...".to_owned(),
                };
                c.report(
                    "policy-condition-operator",
                    &format!("{at}.Condition"),
                    format!("{op:?} is not a condition operator"),
                    &hint,
                );
            }
        }
    }
}

/// The operators, with `IfExists` and `Null`, for suggestions.
fn condition_operators() -> impl Iterator<Item = &'static str> {
    const WITH_IF_EXISTS: [&str; 26] = [
        "StringEqualsIfExists",
        "StringNotEqualsIfExists",
        "StringEqualsIgnoreCaseIfExists",
        "StringNotEqualsIgnoreCaseIfExists",
        "StringLikeIfExists",
        "StringNotLikeIfExists",
        "NumericEqualsIfExists",
        "NumericNotEqualsIfExists",
        "NumericLessThanIfExists",
        "NumericLessThanEqualsIfExists",
        "NumericGreaterThanIfExists",
        "NumericGreaterThanEqualsIfExists",
        "DateEqualsIfExists",
        "DateNotEqualsIfExists",
        "DateLessThanIfExists",
        "DateLessThanEqualsIfExists",
        "DateGreaterThanIfExists",
        "DateGreaterThanEqualsIfExists",
        "BoolIfExists",
        "BinaryEqualsIfExists",
        "IpAddressIfExists",
        "NotIpAddressIfExists",
        "ArnEqualsIfExists",
        "ArnLikeIfExists",
        "ArnNotEqualsIfExists",
        "ArnNotLikeIfExists",
    ];
    OPERATORS.into_iter().chain(WITH_IF_EXISTS).chain(["Null"])
}

fn text(value: &Expr) -> Option<&str> {
    match value {
        Expr::String(s) => Some(s),
        _ => None,
    }
}

/// A principal: `"*"`, or a map of `AWS`, `Service`, `Federated`, `CanonicalUser`, none
/// empty.
fn principal_check(c: &mut Check<'_>, at: &str, principal: &Expr) {
    let path = format!("{at}.Principal");
    if is_empty(principal) {
        return c.report(
            "policy-empty-element",
            &path,
            "the Principal is empty".into(),
            "name who it applies to, or \"*\"",
        );
    }
    match principal {
        Expr::String(s) if s != "*" => c.report(
            "policy-principal-form",
            &path,
            format!("the Principal {s:?} is neither \"*\" nor a map"),
            "write { \"AWS\": \"arn:aws:iam::123456789012:root\" } or { \"Service\": \"...\" }",
        ),
        _ => {
            for (key, value) in entries(principal).unwrap_or_default() {
                if !matches!(key, "AWS" | "Service" | "Federated" | "CanonicalUser") {
                    c.report(
                        "policy-principal-kind",
                        &path,
                        format!("{key:?} is not a kind of principal"),
                        "use AWS, Service, Federated or CanonicalUser",
                    );
                } else if is_empty(value) || matches!(value, Expr::List(items) if items.iter().any(is_empty)) {
                    c.report(
                        "policy-empty-element",
                        &path,
                        format!("the {key} principal is empty"),
                        "name who it applies to",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{action_problem, is_condition_operator};

    #[test]
    fn condition_operators_and_actions() {
        for ok in [
            "StringEquals",
            "StringEqualsIfExists",
            "ForAllValues:StringLike",
            "ForAnyValue:ArnLikeIfExists",
            "Null",
            "ForAnyValue:Null",
            "BinaryEquals",
            "NotIpAddressIfExists",
            "DateGreaterThanEquals",
        ] {
            assert!(is_condition_operator(ok), "{ok}");
        }
        for bad in
            ["stringEquals", "StringEqual", "NullIfExists", "ForAll:StringEquals", "IfExists", "StringLikeIgnoreCase"]
        {
            assert!(!is_condition_operator(bad), "{bad}");
        }
        for ok in ["*", "s3:GetObject", "s3:Get*", "execute-api:Invoke", "s3:*", "ec2:Describe?nstances"] {
            assert_eq!(action_problem(ok), None, "{ok}");
        }
        for bad in ["s3GetObject", "s3:", ":GetObject", "s3:Get Object", "s3::GetObject", "s 3:Get"] {
            assert!(action_problem(bad).is_some(), "{bad}");
        }
    }
}
