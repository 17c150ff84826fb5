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

use crate::work::StackView;

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

/// Which of the rules here a resource type has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rules {
    Bucket,
    Queue,
    Table,
    TaskDefinition,
    Function,
    Other,
}

/// Checks the resources of one stack; returns the physical names they are given, for
/// [`crate::sections::physical_names`]: `(name rule, resource, name)`.
pub(crate) fn resources(w: &StackView<'_>, lenient: bool, diags: &mut Vec<Diagnostic>) -> Vec<(usize, NodeId, String)> {
    let model = w.model;
    let no_tags = BTreeMap::new();
    let stack = &model.node(w.node).id;
    let stack_tags = match &model.node(w.node).kind {
        NodeKind::Stack(spec) => &spec.tags,
        _ => &no_tags,
    };
    let mut names = Vec::new();
    // The schema check's problems, which a rule here does not repeat.
    let schema_found = diags.len();
    for &e in w.elements {
        let NodeKind::Resource(spec) = &model.node(e).kind else { continue };
        let props = w.properties(e, spec);
        let mut c = Check { model, node: e, spec, lenient, schema_found, diags: &mut *diags };
        let rules = match spec.type_name.as_str() {
            "AWS::S3::Bucket" => Rules::Bucket,
            "AWS::SQS::Queue" => Rules::Queue,
            "AWS::DynamoDB::Table" | "AWS::DynamoDB::GlobalTable" => Rules::Table,
            "AWS::ECS::TaskDefinition" => Rules::TaskDefinition,
            "AWS::Lambda::Function" => Rules::Function,
            _ => Rules::Other,
        };
        let named = crate::sections::name_rule(&spec.type_name);
        // One pass over what is set, a handful of properties: each rule starts from one.
        for (name, _, value) in props.entries() {
            match (rules, name) {
                (_, "Tags") => c.tags(value, stack_tags),
                (Rules::Bucket, "BucketName") => c.bucket(props, value),
                (Rules::Queue, "QueueName") => c.queue(props, value),
                (Rules::Table, "TableName") => c.name("table-name", "TableName", value, naming::table_name, TABLE_HINT),
                (Rules::Table, "GlobalSecondaryIndexes" | "LocalSecondaryIndexes") => c.indexes(name, value),
                (Rules::TaskDefinition, "Family") => {
                    c.name("task-family", "Family", value, naming::task_family, FAMILY_HINT)
                }
                (Rules::Function, "Environment") => c.lambda_environment(value),
                _ => {}
            }
            if let Some((rule, _)) = named.filter(|(_, property)| *property == name) {
                if let Some(known) = crate::sections::known_name(value, stack) {
                    names.push((rule, e, known));
                }
            }
        }
        crate::policies::check(&mut c, &spec.type_name, props);
    }
    names
}

const BUCKET_HINT: &str = "a bucket name is 3 to 63 lower-case letters, digits, '.' and '-', starts and ends with a \
                           letter or digit, and is not an IP address";
const QUEUE_HINT: &str =
    "a queue name is 1 to 80 letters, digits, '-' and '_', and ends in .fifo exactly when the queue is FIFO";
const TABLE_HINT: &str = "a table or index name is 3 to 255 letters, digits, '_', '-' and '.'";
const FAMILY_HINT: &str = "a task family is 1 to 255 letters, digits, '-' and '_'";
const VARIABLE_HINT: &str = "a variable name is a letter, then letters, digits and '_'";

/// The value of `name` in a literal map or typed object.
pub(crate) fn field<'e>(value: &'e Expr, name: &str) -> Option<&'e Expr> {
    match value {
        Expr::Map(m) => m.get(name),
        Expr::Object(o) => o.get(name),
        _ => None,
    }
}

/// The literal `Key` and the `Value` of a tag (`{Key, Value}`), read in one pass.
fn key_value(tag: &Expr) -> (Option<&str>, Option<&Expr>) {
    fn scan<'e>(entries: impl Iterator<Item = (&'e str, &'e Expr)>) -> (Option<&'e str>, Option<&'e Expr>) {
        let (mut key, mut value) = (None, None);
        for (name, v) in entries {
            match name {
                "Key" => key = text(Some(v)),
                "Value" => value = Some(v),
                _ => {}
            }
        }
        (key, value)
    }
    match tag {
        Expr::Object(o) => scan(o.iter()),
        Expr::Map(m) => scan(m.iter().map(|(k, v)| (k.as_str(), v))),
        _ => (None, None),
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

    /// The top-level string property `property`, of value `value`, checked by `rule`,
    /// reported under `code`.
    fn name(&mut self, code: &'static str, property: &str, value: &Expr, rule: fn(&str) -> Option<String>, hint: &str) {
        if let Some(problem) = text(Some(value)).and_then(rule) {
            self.report(code, &format!("Properties.{property}"), problem, hint);
        }
    }

    /// The resource's tags: keys a user may set, values of the length AWS takes, no key
    /// twice, at most 50 — counting the stack's tags and forma's fingerprint, which
    /// CloudFormation copies onto it.
    fn tags(&mut self, tags: &Expr, stack_tags: &BTreeMap<String, String>) {
        let count = match tags {
            Expr::List(items) => items.len(),
            Expr::Map(m) if crate::schema_check::is_literal(tags) => m.len(),
            Expr::Object(o) => o.len(),
            _ => return,
        };
        // The n-th tag: `(index in a list of {Key, Value}, key, value)`, no index for a map of
        // tags. Nothing is collected, and paths are spelt out only for a problem.
        let nth = |n: usize| -> (Option<usize>, Option<&str>, Option<&Expr>) {
            match tags {
                Expr::List(items) => {
                    let (key, value) = key_value(&items[n]);
                    (Some(n), key, value)
                }
                Expr::Map(m) => m.get_index(n).map_or((None, None, None), |(k, v)| (None, Some(k.as_str()), Some(v))),
                Expr::Object(o) => o.iter().nth(n).map_or((None, None, None), |(k, v)| (None, Some(k), Some(v))),
                _ => (None, None, None),
            }
        };
        let path = |i: Option<usize>, key: &str, part: &str| match i {
            Some(i) => format!("Properties.Tags[{i}].{part}"),
            None => format!("Properties.Tags.{key}"),
        };
        // Whether a tag before the n-th has the key `key` (tags are few: no set is built).
        let before = |key: &str, n: usize| (0..n).any(|j| nth(j).1 == Some(key));
        const HINT: &str = "a tag key is 1 to 128 characters, not starting with aws: or forma:; a value at most 256";
        for n in 0..count {
            let (i, Some(key), value) = nth(n) else { continue };
            if let Some(problem) = naming::tag_key(key) {
                self.report("tag-key", &path(i, key, "Key"), problem, HINT);
            } else if before(key, n) {
                let problem = format!("the tag key {} is set twice", naming::show(key));
                self.report("duplicate-tag-key", &path(i, key, "Key"), problem, "keep one of them");
            }
            if let Some(problem) = text(value).and_then(|v| naming::tag_value(key, v)) {
                self.report("tag-value", &path(i, key, "Value"), problem, HINT);
            }
        }
        // forma's fingerprint is copied onto the resource too.
        let room = naming::MAX_TAGS - naming::FORMA_STACK_TAGS;
        if count + stack_tags.len() <= room {
            return;
        }
        let from_stack = stack_tags.keys().filter(|k| !before(k, count)).count();
        if count + from_stack > room {
            let problem = match from_stack {
                0 => format!(
                    "{count} tags, and forma's fingerprint, which CloudFormation copies onto it; AWS takes at most {}",
                    naming::MAX_TAGS
                ),
                n => format!(
                    "{count} tags, and {n} more from the stack's tags and forma's fingerprint, which CloudFormation \
                     copies onto it; AWS takes at most {}",
                    naming::MAX_TAGS
                ),
            };
            self.report("too-many-tags", "Properties.Tags", problem, "tag with fewer keys");
        }
    }

    fn bucket(&mut self, props: &Object, name: &Expr) {
        let Some(name) = text(Some(name)) else { return };
        if let Some(problem) = naming::bucket_name(name) {
            return self.report("bucket-name", "Properties.BucketName", problem, BUCKET_HINT);
        }
        let accelerated = props
            .get("AccelerateConfiguration")
            .and_then(|a| text(field(a, "AccelerationStatus")))
            .is_some_and(|s| s == "Enabled");
        if accelerated && name.contains('.') {
            self.report(
                "bucket-name-acceleration",
                "Properties.BucketName",
                format!("{} has a '.', which Transfer Acceleration does not take", naming::show(name)),
                "leave the dots out of the name, or Transfer Acceleration off",
            );
        }
    }

    fn queue(&mut self, props: &Object, name: &Expr) {
        let Some(name) = text(Some(name)) else { return };
        // A FIFO flag that is an intrinsic: the name decides.
        let fifo = match props.get("FifoQueue") {
            None | Some(Expr::Bool(_) | Expr::String(_)) => is_true(props.get("FifoQueue")),
            Some(_) => name.ends_with(".fifo"),
        };
        if let Some(problem) = naming::queue_name(name, fifo) {
            self.report("queue-name", "Properties.QueueName", problem, QUEUE_HINT);
        }
    }

    /// The names of the indexes in `list` (`GlobalSecondaryIndexes`).
    fn indexes(&mut self, list: &str, indexes: &Expr) {
        let Expr::List(indexes) = indexes else { return };
        for (i, index) in indexes.iter().enumerate() {
            if let Some(problem) = text(field(index, "IndexName")).and_then(naming::table_name) {
                self.report("index-name", &format!("Properties.{list}[{i}].IndexName"), problem, TABLE_HINT);
            }
        }
    }

    /// Variable names, the reserved ones, and the 4 KB Lambda allows them all together
    /// (counting what is literal: a value known only at deploy time counts as empty, so only
    /// a certain overflow is reported).
    fn lambda_environment(&mut self, environment: &Expr) {
        let Some(variables) = field(environment, "Variables") else { return };
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
                self.report("lambda-variable-name", &format!("{path}.{name}"), problem, hint);
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
                "lambda-environment-size",
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
