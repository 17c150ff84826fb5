//! What a service refuses that its registry schema does not say, checked on every literal
//! value before anything is written: the names of buckets, queues, tables and indexes, task
//! families, Lambda environment variables. The rules themselves are [`forma_core::naming`]'s,
//! which constructs use too; here they apply to whatever set the value — a construct, a
//! builder, a `RawResource`, `set_property` or an override. A value that is an intrinsic
//! (`Ref`, `Fn::Sub`, ...) is known only at deploy time and passes.
//!
//! Each problem names the construct path and the property path, and points at the line that
//! set the value ([`crate::schema_check::set_at`]). IAM policy documents are checked by
//! [`crate::policies`].

use std::collections::BTreeMap;

use forma_core::model::{Model, NodeId, NodeKind, ResourceSpec};
use forma_core::naming;
use forma_core::schema::Object;
use forma_core::{Diagnostic, Expr, Severity};

use crate::Work;

/// The properties (by their last path segment) whose string rule in the schema a rule here
/// replaces, with a message of its own: the schema check leaves their length and pattern to
/// it, so one bad name is one error.
pub(crate) fn replaced(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "AWS::S3::Bucket" => &["BucketName"],
        "AWS::DynamoDB::Table" | "AWS::DynamoDB::GlobalTable" => &["TableName", "IndexName"],
        _ => &[],
    }
}

/// Checks the resources of one stack.
pub(crate) fn resources(model: &Model, w: &Work, lenient: bool, diags: &mut Vec<Diagnostic>) {
    let no_tags = BTreeMap::new();
    let stack_tags = match &model.node(w.node).kind {
        NodeKind::Stack(spec) => &spec.tags,
        _ => &no_tags,
    };
    // The schema check's problems, which a rule here does not repeat.
    let schema_found = diags.len();
    for &e in &w.elements {
        let NodeKind::Resource(spec) = &model.node(e).kind else { continue };
        let props = w.properties(e, spec);
        let mut c = Check { model, node: e, spec, lenient, schema_found, diags: &mut *diags };
        c.tags(props, stack_tags);
        match spec.type_name.as_str() {
            "AWS::S3::Bucket" => c.bucket(props),
            "AWS::SQS::Queue" => c.queue(props),
            "AWS::DynamoDB::Table" | "AWS::DynamoDB::GlobalTable" => c.table(props),
            "AWS::ECS::TaskDefinition" => c.name(props, "Family", naming::task_family, FAMILY_HINT),
            "AWS::Lambda::Function" => c.lambda_environment(props),
            _ => {}
        }
        crate::policies::check(&mut c, &spec.type_name, props);
    }
}

const BUCKET_HINT: &str = "a bucket name is 3 to 63 lower-case letters, digits, '.' and '-', starts and ends with a \
                           letter or digit, and is not an IP address";
const QUEUE_HINT: &str =
    "a queue name is 1 to 80 letters, digits, '-' and '_', and ends in .fifo exactly when the queue is FIFO";
const TABLE_HINT: &str = "a table or index name is 3 to 255 letters, digits, '_', '-' and '.'";
const FAMILY_HINT: &str = "a task family is 1 to 255 letters, digits, '-' and '_'";
const VARIABLE_HINT: &str = "a variable name is a letter, then letters, digits and '_'";

/// The value of `name` in a literal map or typed object.
fn field<'e>(value: &'e Expr, name: &str) -> Option<&'e Expr> {
    match value {
        Expr::Map(m) => m.get(name),
        Expr::Object(o) => o.get(name),
        _ => None,
    }
}

/// The text of a literal string.
fn text(value: Option<&Expr>) -> Option<&str> {
    match value {
        Some(Expr::String(s)) => Some(s),
        _ => None,
    }
}

/// Whether a literal is `true` (as a boolean or the string CloudFormation reads as one).
fn is_true(value: Option<&Expr>) -> bool {
    match value {
        Some(Expr::Bool(b)) => *b,
        Some(Expr::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

/// The checks of one resource, and where their problems go.
pub(crate) struct Check<'a> {
    model: &'a Model,
    node: NodeId,
    spec: &'a ResourceSpec,
    lenient: bool,
    /// How many of `diags` came before these checks (the schema check's among them).
    schema_found: usize,
    diags: &'a mut Vec<Diagnostic>,
}

impl Check<'_> {
    /// A problem with the value at `path` (`Properties.BucketName`), unless the schema check
    /// reported one there already (a tag key's length, a list's): one value, one error.
    pub(crate) fn report(&mut self, code: &'static str, path: &str, problem: String, hint: &str) {
        let construct = self.model.path(self.node);
        let prefix = format!("{path}: ");
        if self.diags[..self.schema_found].iter().any(|d| d.path == construct && d.message.starts_with(&prefix)) {
            return;
        }
        let location = crate::schema_check::set_at(self.model, self.node, self.spec, path);
        let mut d = Diagnostic::error(code, construct, format!("{prefix}{problem}")).hint(hint).at(location);
        if self.lenient {
            d.severity = Severity::Warning;
        }
        self.diags.push(d);
    }

    /// The top-level string property `property`, checked by `rule`.
    fn name(&mut self, props: &Object, property: &str, rule: fn(&str) -> Option<String>, hint: &str) {
        if let Some(problem) = text(props.get(property)).and_then(rule) {
            self.report("invalid-name", &format!("Properties.{property}"), problem, hint);
        }
    }

    /// The resource's tags: keys a user may set, values of the length AWS takes, no key
    /// twice, at most 50 — counting the stack's tags, which CloudFormation copies onto it.
    fn tags(&mut self, props: &Object, stack_tags: &BTreeMap<String, String>) {
        let Some(tags) = props.get("Tags").filter(|t| crate::schema_check::is_literal(t)) else { return };
        // `(index in a list of {Key, Value}, key, value)`; no index for a map of tags. Paths
        // are spelt out only for a problem.
        let entries: Vec<(Option<usize>, Option<&str>, Option<&Expr>)> = match tags {
            Expr::List(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| (Some(i), text(field(item, "Key")), field(item, "Value")))
                .collect(),
            Expr::Map(m) => m.iter().map(|(k, v)| (None, Some(k.as_str()), Some(v))).collect(),
            Expr::Object(o) => o.iter().map(|(k, v)| (None, Some(k), Some(v))).collect(),
            _ => return,
        };
        let path = |i: Option<usize>, key: &str, part: &str| match i {
            Some(i) => format!("Properties.Tags[{i}].{part}"),
            None => format!("Properties.Tags.{key}"),
        };
        const HINT: &str = "a tag key is 1 to 128 characters, not starting with aws: or forma:; a value at most 256";
        let mut seen: Vec<&str> = Vec::with_capacity(entries.len());
        for &(i, key, value) in &entries {
            let Some(key) = key else { continue };
            if let Some(problem) = naming::tag_key(key) {
                self.report("invalid-tag", &path(i, key, "Key"), problem, HINT);
            } else if seen.contains(&key) {
                let problem = format!("the tag key {} is set twice", naming::show(key));
                self.report("invalid-tag", &path(i, key, "Key"), problem, "keep one of them");
            }
            seen.push(key);
            if let Some(problem) = text(value).and_then(|v| naming::tag_value(key, v)) {
                self.report("invalid-tag", &path(i, key, "Value"), problem, HINT);
            }
        }
        let from_stack = stack_tags.keys().filter(|k| !seen.contains(&k.as_str())).count();
        if entries.len() + from_stack > naming::MAX_TAGS {
            let problem = match from_stack {
                0 => format!("{} tags; AWS takes at most {}", entries.len(), naming::MAX_TAGS),
                n => format!(
                    "{} tags, and {n} more from the stack's tags, which CloudFormation copies onto it; AWS takes at \
                     most {}",
                    entries.len(),
                    naming::MAX_TAGS
                ),
            };
            self.report("invalid-tag", "Properties.Tags", problem, "tag with fewer keys");
        }
    }

    fn bucket(&mut self, props: &Object) {
        let Some(name) = text(props.get("BucketName")) else { return };
        if let Some(problem) = naming::bucket_name(name) {
            return self.report("invalid-name", "Properties.BucketName", problem, BUCKET_HINT);
        }
        let accelerated = props
            .get("AccelerateConfiguration")
            .and_then(|a| text(field(a, "AccelerationStatus")))
            .is_some_and(|s| s == "Enabled");
        if accelerated && name.contains('.') {
            self.report(
                "invalid-name",
                "Properties.BucketName",
                format!("{} has a '.', which Transfer Acceleration does not take", naming::show(name)),
                "leave the dots out of the name, or Transfer Acceleration off",
            );
        }
    }

    fn queue(&mut self, props: &Object) {
        let Some(name) = text(props.get("QueueName")) else { return };
        // A FIFO flag that is an intrinsic: the name decides.
        let fifo = match props.get("FifoQueue") {
            None | Some(Expr::Bool(_) | Expr::String(_)) => is_true(props.get("FifoQueue")),
            Some(_) => name.ends_with(".fifo"),
        };
        if let Some(problem) = naming::queue_name(name, fifo) {
            self.report("invalid-name", "Properties.QueueName", problem, QUEUE_HINT);
        }
    }

    fn table(&mut self, props: &Object) {
        self.name(props, "TableName", naming::table_name, TABLE_HINT);
        for list in ["GlobalSecondaryIndexes", "LocalSecondaryIndexes"] {
            let Some(Expr::List(indexes)) = props.get(list) else { continue };
            for (i, index) in indexes.iter().enumerate() {
                if let Some(problem) = text(field(index, "IndexName")).and_then(naming::table_name) {
                    self.report("invalid-name", &format!("Properties.{list}[{i}].IndexName"), problem, TABLE_HINT);
                }
            }
        }
    }

    /// Variable names, the reserved ones, and the 4 KB Lambda allows them all together
    /// (counting what is literal: a value known only at deploy time counts as empty, so only
    /// a certain overflow is reported).
    fn lambda_environment(&mut self, props: &Object) {
        let Some(variables) = props.get("Environment").and_then(|e| field(e, "Variables")) else { return };
        let entries: Vec<(&str, &Expr)> = match variables {
            Expr::Map(m) => m.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            Expr::Object(o) => o.iter().collect(),
            _ => return,
        };
        let path = "Properties.Environment.Variables";
        // `{` and `}`, and a `,` between entries.
        let mut bytes = 2 + entries.len().saturating_sub(1);
        for (name, value) in &entries {
            if let Some(problem) = naming::lambda_variable(name) {
                let hint = if naming::RESERVED_LAMBDA_VARIABLES.contains(name) {
                    "remove it: Lambda sets it for every function"
                } else {
                    VARIABLE_HINT
                };
                self.report("invalid-environment", &format!("{path}.{name}"), problem, hint);
            }
            // `"name":"value"`, escaped as JSON.
            bytes += json_len(name) + 1;
            // CloudFormation passes numbers and booleans on as strings.
            bytes += match value {
                Expr::String(s) => json_len(s),
                Expr::Int(n) => n.to_string().len() + 2,
                Expr::Bool(b) => b.to_string().len() + 2,
                _ => 2,
            };
        }
        if bytes > naming::MAX_LAMBDA_ENVIRONMENT_BYTES {
            self.report(
                "invalid-environment",
                path,
                format!(
                    "the variables take {bytes} bytes; Lambda takes at most {} in all",
                    naming::MAX_LAMBDA_ENVIRONMENT_BYTES
                ),
                "move large values to SSM Parameter Store or S3 and pass their names instead",
            );
        }
    }
}

/// The length of `s` as a JSON string, quotes included.
fn json_len(s: &str) -> usize {
    2 + s
        .chars()
        .map(|c| match c {
            '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
            c if (c as u32) < 0x20 => 6,
            c => c.len_utf8(),
        })
        .sum::<usize>()
}
