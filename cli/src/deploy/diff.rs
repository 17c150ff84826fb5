//! `forma diff`: the assembly against what is deployed, by resource and property.
//!
//! A changed entry is compared structurally: objects key by key, arrays element by element
//! (equal elements are matched first, so an insertion shows as one added element), down to
//! the leaves, each named by its path (`Properties.Policies.0.PolicyDocument.Statement.1`).
//! Every value is printed whole: short ones on the line, long or nested ones as indented
//! blocks.

use std::collections::{BTreeMap, HashMap};

use forma_synth::StackManifest;
use indexmap::IndexMap;
use serde_json::Value as Json;

use super::apply::Change;
use crate::report::Style;

/// One changed value inside an entry: where, what it was (`None`: added) and what it becomes
/// (`None`: removed).
#[derive(Debug, Clone, PartialEq)]
pub struct ValueChange {
    /// Dotted path from the entry: keys, and indexes into arrays. Empty: the entry itself.
    pub path: String,
    pub old: Option<Json>,
    pub new: Option<Json>,
}

impl ValueChange {
    fn new(path: &str, old: Option<&Json>, new: Option<&Json>) -> Self {
        ValueChange { path: path.to_owned(), old: old.cloned(), new: new.cloned() }
    }
}

/// One difference inside a section of the template.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Added { id: String, kind: String },
    Removed { id: String, kind: String },
    Changed { id: String, kind: String, properties: Vec<ValueChange> },
}

impl Item {
    pub fn id(&self) -> &str {
        match self {
            Item::Added { id, .. } | Item::Removed { id, .. } | Item::Changed { id, .. } => id,
        }
    }
}

/// The differences of one template section (`Resources`, `Parameters`, `Outputs`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct SectionDiff {
    pub section: String,
    pub items: Vec<Item>,
}

const SECTIONS: &[&str] = &["Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs"];

/// Compares two templates section by section; `deployed` is `None` for a stack that does
/// not exist yet.
pub fn diff(deployed: Option<&Json>, local: &Json) -> Vec<SectionDiff> {
    let empty = Json::Object(Default::default());
    let old = deployed.unwrap_or(&empty);
    let mut out = Vec::new();
    for &section in SECTIONS {
        let a = old.get(section).and_then(Json::as_object);
        let b = local.get(section).and_then(Json::as_object);
        let mut items = Vec::new();
        let kind = |v: &Json| v.get("Type").and_then(Json::as_str).unwrap_or("").to_owned();
        if let Some(b) = b {
            for (id, new) in b {
                match a.and_then(|a| a.get(id)) {
                    None => items.push(Item::Added { id: id.clone(), kind: kind(new) }),
                    Some(oldv) if oldv != new => {
                        let mut properties = Vec::new();
                        changes(oldv, new, "", &mut properties);
                        items.push(Item::Changed { id: id.clone(), kind: kind(new), properties });
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some(a) = a {
            for (id, oldv) in a {
                if !b.is_some_and(|b| b.contains_key(id)) {
                    items.push(Item::Removed { id: id.clone(), kind: kind(oldv) });
                }
            }
        }
        if !items.is_empty() {
            out.push(SectionDiff { section: section.to_owned(), items });
        }
    }
    for key in ["Description", "Transform"] {
        if old.get(key) != local.get(key) {
            out.push(SectionDiff {
                section: key.to_owned(),
                items: vec![Item::Changed {
                    id: key.to_owned(),
                    kind: String::new(),
                    properties: vec![ValueChange::new("", old.get(key), local.get(key))],
                }],
            });
        }
    }
    out
}

fn child(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// The changes between two values, down to the leaves, in `b`'s order (removed keys last).
fn changes(a: &Json, b: &Json, path: &str, out: &mut Vec<ValueChange>) {
    match (a, b) {
        (Json::Object(x), Json::Object(y)) => {
            for (k, vb) in y {
                match x.get(k) {
                    Some(va) if va == vb => {}
                    Some(va) => changes(va, vb, &child(path, k), out),
                    None => out.push(ValueChange::new(&child(path, k), None, Some(vb))),
                }
            }
            for (k, va) in x {
                if !y.contains_key(k) {
                    out.push(ValueChange::new(&child(path, k), Some(va), None));
                }
            }
        }
        (Json::Array(x), Json::Array(y)) => array_changes(x, y, path, out),
        _ => out.push(ValueChange::new(path, Some(a), Some(b))),
    }
}

/// Arrays: equal elements are matched (a longest common subsequence); between two matches,
/// the elements left are compared pairwise, and the rest are added or removed. Changed and
/// added elements are named by their index in the new array, removed ones by their index in
/// the old.
fn array_changes(x: &[Json], y: &[Json], path: &str, out: &mut Vec<ValueChange>) {
    let matches = common_elements(x, y);
    let (mut i, mut j) = (0, 0);
    for (mi, mj) in matches.into_iter().chain(std::iter::once((x.len(), y.len()))) {
        let (old, new) = (x.get(i..mi).unwrap_or_default(), y.get(j..mj).unwrap_or_default());
        let paired = old.len().min(new.len());
        for (k, (a, b)) in old.iter().zip(new).enumerate() {
            changes(a, b, &child(path, &(j + k).to_string()), out);
        }
        for (k, b) in new.iter().enumerate().skip(paired) {
            out.push(ValueChange::new(&child(path, &(j + k).to_string()), None, Some(b)));
        }
        for (k, a) in old.iter().enumerate().skip(paired) {
            out.push(ValueChange::new(&child(path, &(i + k).to_string()), Some(a), None));
        }
        (i, j) = (mi + 1, mj + 1);
    }
}

/// Above this many element comparisons, arrays are compared by position only.
const MAX_ALIGNMENT: usize = 250_000;

/// Index pairs of equal elements, in order, as many as possible.
fn common_elements(x: &[Json], y: &[Json]) -> Vec<(usize, usize)> {
    let (n, m) = (x.len(), y.len());
    if n == 0 || m == 0 || n.saturating_mul(m) > MAX_ALIGNMENT {
        return Vec::new();
    }
    // lcs[i * width + j]: the length of the longest common subsequence of x[i..] and y[j..].
    let width = m + 1;
    let mut lcs = vec![0u32; (n + 1) * width];
    let at = |lcs: &[u32], i: usize, j: usize| lcs.get(i * width + j).copied().unwrap_or(0);
    for (i, a) in x.iter().enumerate().rev() {
        for (j, b) in y.iter().enumerate().rev() {
            let len = if a == b { at(&lcs, i + 1, j + 1) + 1 } else { at(&lcs, i + 1, j).max(at(&lcs, i, j + 1)) };
            if let Some(cell) = lcs.get_mut(i * width + j) {
                *cell = len;
            }
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while let (Some(a), Some(b)) = (x.get(i), y.get(j)) {
        if a == b {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if at(&lcs, i + 1, j) >= at(&lcs, i, j + 1) {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// A value is shown on its line when it is at most this wide; otherwise as a block.
const INLINE_WIDTH: usize = 60;
/// A `path: old -> new` line is used up to this width; beyond, old and new get lines of
/// their own.
const LINE_WIDTH: usize = 100;

/// JSON on one line, with a space after `:` and `,`.
fn compact(v: &Json) -> String {
    match v {
        Json::Array(items) => format!("[{}]", items.iter().map(compact).collect::<Vec<_>>().join(", ")),
        Json::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", Json::String(k.clone()), compact(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The lines a value is shown in, whole: one for a scalar (strings quoted), a short object
/// or array; pretty-printed JSON for a larger one; a `|` block for a multi-line string.
fn value_lines(v: &Json) -> Vec<String> {
    match v {
        Json::String(s) if s.contains('\n') => {
            let body = s.strip_suffix('\n').unwrap_or(s);
            std::iter::once("|".to_owned()).chain(body.split('\n').map(|l| format!("  {l}"))).collect()
        }
        Json::Array(_) | Json::Object(_) => {
            let one = compact(v);
            if one.len() <= INLINE_WIDTH {
                vec![one]
            } else {
                serde_json::to_string_pretty(v).unwrap_or(one).lines().map(str::to_owned).collect()
            }
        }
        other => vec![other.to_string()],
    }
}

/// Appends `lines` as a block: the first after `mark` at `indent`, the rest aligned under it.
fn block(s: &mut String, indent: usize, mark: &str, lines: &[String], paint: impl Fn(&str) -> String) {
    for (n, line) in lines.iter().enumerate() {
        let lead = match (mark.is_empty(), n) {
            (true, _) => String::new(),
            (false, 0) => format!("{mark} "),
            (false, _) => " ".repeat(mark.len() + 1),
        };
        s.push_str(&format!("{:indent$}{}\n", "", paint(&format!("{lead}{line}"))));
    }
}

/// One value change, at `indent`: `path: old -> new`, `+ path: new`, `- path: old`, or the
/// same with the values in blocks below.
fn render_change(s: &mut String, indent: usize, c: &ValueChange, style: Style) {
    let label = |mark: &str| match (mark, c.path.is_empty()) {
        ("", true) => String::new(),
        ("", false) => format!("{}:", c.path),
        (m, true) => m.to_owned(),
        (m, false) => format!("{m} {}:", c.path),
    };
    let red = |t: &str| style.red(t);
    let green = |t: &str| style.green(t);
    match (&c.old, &c.new) {
        (None, None) => {}
        (Some(v), None) | (None, Some(v)) => {
            let (mark, paint): (&str, &dyn Fn(&str) -> String) =
                if c.old.is_none() { ("+", &green) } else { ("-", &red) };
            let lines = value_lines(v);
            let head = label(mark);
            match lines.as_slice() {
                [line] if indent + head.len() + 1 + line.len() <= LINE_WIDTH => {
                    s.push_str(&format!("{:indent$}{}\n", "", paint(&format!("{head} {line}"))));
                }
                _ => {
                    s.push_str(&format!("{:indent$}{}\n", "", paint(&head)));
                    block(s, indent + 4, "", &lines, paint);
                }
            }
        }
        (Some(a), Some(b)) => {
            let (old, new) = (value_lines(a), value_lines(b));
            let head = label("");
            let sep = if head.is_empty() { "" } else { " " };
            match (old.as_slice(), new.as_slice()) {
                ([a], [b]) if indent + head.len() + a.len() + b.len() + 5 <= LINE_WIDTH => {
                    s.push_str(&format!("{:indent$}{head}{sep}{} -> {}\n", "", red(a), green(b)));
                }
                _ => {
                    if !head.is_empty() {
                        s.push_str(&format!("{:indent$}{head}\n", ""));
                    }
                    block(s, indent + 2, "-", &old, red);
                    block(s, indent + 2, "+", &new, green);
                }
            }
        }
    }
}

/// The diff as text: `+` added, `-` removed, `~` changed with each changed value by path;
/// `replacements` (logical id → `True`/`Conditional`) calls out replaced resources.
pub fn render(
    diffs: &[SectionDiff],
    paths: &IndexMap<String, String>,
    replacements: &HashMap<String, String>,
    style: Style,
) -> String {
    let mut s = String::new();
    for d in diffs {
        s.push_str(&format!("  {}\n", style.bold(&d.section)));
        for item in &d.items {
            let name = |id: &String| paths.get(id).map_or_else(|| id.clone(), |p| format!("{p} ({id})"));
            match item {
                Item::Added { id, kind } => s.push_str(&style.green(&format!("    + {kind} {}\n", name(id)))),
                Item::Removed { id, kind } => s.push_str(&style.red(&format!("    - {kind} {}\n", name(id)))),
                Item::Changed { id, kind, properties } => {
                    s.push_str(&style.yellow(&format!("    ~ {kind} {}", name(id))));
                    s.push_str(&replacement(replacements.get(id).map(String::as_str), style));
                    s.push('\n');
                    for c in properties {
                        render_change(&mut s, 8, c, style);
                    }
                }
            }
        }
    }
    s
}

fn replacement(r: Option<&str>, style: Style) -> String {
    match r {
        Some("True") => style.red("  (REPLACEMENT)"),
        Some("Conditional") => style.yellow("  (may be replaced)"),
        _ => String::new(),
    }
}

/// A parameter whose value apply would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterValue {
    pub name: String,
    /// The deployed value; `None` when the stack (or the parameter) is not deployed yet.
    pub deployed: Option<String>,
    /// The value apply would send.
    pub value: String,
    /// The value is the template's default (no `--parameter` was given for it).
    pub default: bool,
    /// `NoEcho`: CloudFormation shows the deployed value masked, so it cannot be compared,
    /// and the value given is not printed.
    pub no_echo: bool,
}

/// A parameter's default as CloudFormation reports it: a string, a list joined by commas.
fn parameter_text(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        Json::Array(items) => items.iter().map(parameter_text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// The parameter values apply would change: those given (`--parameter`) that differ from
/// the deployed ones, and, on a deployed stack, defaults that would replace a different
/// deployed value. Parameters without a default that are not given keep their previous
/// value, so they never differ. `deployed` is `None` for a stack not deployed yet.
pub fn parameter_values(
    m: &StackManifest,
    given: &BTreeMap<String, String>,
    deployed: Option<&BTreeMap<String, String>>,
) -> Vec<ParameterValue> {
    let mut out = Vec::new();
    for (name, p) in &m.parameters {
        let (value, default) = match (given.get(name), &p.default) {
            (Some(v), _) => (v.clone(), false),
            (None, Some(d)) if deployed.is_some() && !p.no_echo => (parameter_text(d), true),
            _ => continue,
        };
        let current = deployed.and_then(|d| d.get(name)).cloned();
        if p.no_echo || current.as_deref() != Some(value.as_str()) {
            out.push(ParameterValue { name: name.clone(), deployed: current, value, default, no_echo: p.no_echo });
        }
    }
    out
}

/// The `Parameter values` part of a stack's diff.
pub fn render_parameters(values: &[ParameterValue], style: Style) -> String {
    if values.is_empty() {
        return String::new();
    }
    let mut s = format!("  {}\n", style.bold("Parameter values"));
    for p in values {
        if p.no_echo {
            s.push_str(&style.yellow(&format!(
                "    ~ {}: (NoEcho: the deployed value cannot be read to compare; apply sends the value given)\n",
                p.name
            )));
            continue;
        }
        let change = ValueChange {
            path: p.name.clone(),
            old: p.deployed.clone().map(Json::String),
            new: Some(Json::String(p.value.clone())),
        };
        let mut line = String::new();
        render_change(&mut line, 4, &change, style);
        if p.default {
            line = format!("{}  (the template's default)\n", line.trim_end());
        }
        if change.old.is_none() {
            s.push_str(&line);
        } else {
            s.push_str(&format!("    ~ {}", line.trim_start()));
        }
    }
    s
}

/// Resources a change set would change that the template diff does not list (changed
/// through parameter values, or dynamic references).
pub fn render_other_changes(changes: &[Change], paths: &IndexMap<String, String>, style: Style) -> String {
    if changes.is_empty() {
        return String::new();
    }
    let mut s = format!("  {}\n", style.bold("Resources changed through parameter values"));
    for c in changes {
        let mark = match c.action.as_str() {
            "Add" => "+",
            "Remove" => "-",
            _ => "~",
        };
        let id = &c.logical_id;
        let name = paths.get(id).map_or_else(|| id.clone(), |p| format!("{p} ({id})"));
        s.push_str(&style.yellow(&format!("    {mark} {} {name}", c.resource_type)));
        s.push_str(&replacement(Some(c.replacement.as_str()), style));
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(path: &str, old: Option<Json>, new: Option<Json>) -> ValueChange {
        ValueChange { path: path.into(), old, new }
    }

    fn properties(old: Json, new: Json) -> Vec<ValueChange> {
        let wrap = |p: Json| json!({"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": p}}});
        let d = diff(Some(&wrap(old)), &wrap(new));
        match d.as_slice() {
            [SectionDiff { items, .. }] => match items.as_slice() {
                [Item::Changed { properties, .. }] => properties.clone(),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }

    fn rendered(old: Json, new: Json) -> String {
        let wrap = |p: Json| json!({"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": p}}});
        render(&diff(Some(&wrap(old)), &wrap(new)), &Default::default(), &Default::default(), Style::default())
    }

    #[test]
    fn finds_added_removed_and_changed_properties() {
        let old = json!({"Resources": {
            "Keep": {"Type": "AWS::SQS::Queue"},
            "Gone": {"Type": "AWS::SNS::Topic"},
            "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 10, "Tags": [1], "Old": true}},
        }});
        let new = json!({"Resources": {
            "Keep": {"Type": "AWS::SQS::Queue"},
            "New": {"Type": "AWS::S3::Bucket"},
            "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30, "Tags": [1]}},
        }});
        let d = diff(Some(&old), &new);
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].items,
            vec![
                Item::Added { id: "New".into(), kind: "AWS::S3::Bucket".into() },
                Item::Changed {
                    id: "Fn".into(),
                    kind: "AWS::Lambda::Function".into(),
                    properties: vec![
                        change("Properties.Timeout", Some(json!(10)), Some(json!(30))),
                        change("Properties.Old", Some(json!(true)), None),
                    ],
                },
                Item::Removed { id: "Gone".into(), kind: "AWS::SNS::Topic".into() },
            ]
        );
        assert!(diff(Some(&new), &new).is_empty());
        let text = render(&d, &Default::default(), &[("Fn".to_string(), "True".to_string())].into(), Style::default());
        assert!(text.contains("~ AWS::Lambda::Function Fn  (REPLACEMENT)"), "{text}");
        assert!(text.contains("        Properties.Timeout: 10 -> 30\n"), "{text}");
        assert!(text.contains("        - Properties.Old: true\n"), "{text}");
    }

    #[test]
    fn nested_arrays_are_compared_element_by_element() {
        let statement = |action: Json| json!({"Effect": "Allow", "Action": action, "Resource": "*"});
        let policies = |statements: Vec<Json>| json!({"Policies": [{"PolicyName": "Read", "PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}]});
        let old = policies(vec![statement(json!("s3:GetObject")), statement(json!(["sqs:ReceiveMessage"]))]);
        let new = policies(vec![
            statement(json!("s3:GetObject")),
            statement(json!(["sqs:ReceiveMessage", "sqs:DeleteMessage"])),
            statement(json!("logs:PutLogEvents")),
        ]);
        assert_eq!(
            properties(old.clone(), new.clone()),
            [
                change(
                    "Properties.Policies.0.PolicyDocument.Statement.1.Action.1",
                    None,
                    Some(json!("sqs:DeleteMessage"))
                ),
                change(
                    "Properties.Policies.0.PolicyDocument.Statement.2",
                    None,
                    Some(statement(json!("logs:PutLogEvents")))
                ),
            ]
        );
        let text = rendered(old, new);
        assert!(
            text.contains(
                "        + Properties.Policies.0.PolicyDocument.Statement.1.Action.1: \"sqs:DeleteMessage\"\n"
            ),
            "{text}"
        );
        // An added element is shown whole, as a block when it does not fit on the line.
        assert!(
            text.ends_with(
                "        + Properties.Policies.0.PolicyDocument.Statement.2:\n            {\n              \"Effect\": \"Allow\",\n              \"Action\": \"logs:PutLogEvents\",\n              \"Resource\": \"*\"\n            }\n"
            ),
            "{text}"
        );
        let text = rendered(json!({"Tags": []}), json!({"Tags": [{"Key": "team", "Value": "data"}]}));
        assert!(text.contains("        + Properties.Tags.0: {\"Key\": \"team\", \"Value\": \"data\"}\n"), "{text}");
    }

    #[test]
    fn an_element_inserted_or_removed_in_the_middle_shows_alone() {
        let tags =
            |keys: &[&str]| json!({"Tags": keys.iter().map(|k| json!({"Key": k, "Value": "v"})).collect::<Vec<_>>()});
        assert_eq!(
            properties(tags(&["a", "c", "d"]), tags(&["a", "b", "c", "d"])),
            [change("Properties.Tags.1", None, Some(json!({"Key": "b", "Value": "v"})))]
        );
        assert_eq!(
            properties(tags(&["a", "b", "c"]), tags(&["a", "c"])),
            [change("Properties.Tags.1", Some(json!({"Key": "b", "Value": "v"})), None)]
        );
        // A changed element in place is compared inside.
        let old = json!({"Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]});
        let new = json!({"Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "3"}]});
        assert_eq!(properties(old, new), [change("Properties.Tags.1.Value", Some(json!("2")), Some(json!("3")))]);
    }

    #[test]
    fn long_values_are_printed_whole() {
        let long_old = format!("arn:aws:s3:::{}", "a".repeat(150));
        let long_new = format!("arn:aws:s3:::{}", "b".repeat(150));
        let text = rendered(json!({"Bucket": long_old}), json!({"Bucket": long_new}));
        assert_eq!(
            text,
            format!(
                "  Resources\n    ~ AWS::IAM::Role R\n        Properties.Bucket:\n          - \"{long_old}\"\n          + \"{long_new}\"\n"
            )
        );
        assert!(!text.contains('…'));

        // A big added object: pretty-printed, indented, every leaf.
        let document = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": long_new}]});
        let text = rendered(json!({}), json!({"PolicyDocument": document}));
        let pretty: String =
            serde_json::to_string_pretty(&document).unwrap().lines().map(|l| format!("            {l}\n")).collect();
        assert_eq!(
            text,
            format!("  Resources\n    ~ AWS::IAM::Role R\n        + Properties.PolicyDocument:\n{pretty}")
        );

        // A multi-line string (inline code) as a block of its lines.
        let text = rendered(
            json!({"Code": "def handler(e, c):\n    return 1\n"}),
            json!({"Code": "def handler(e, c):\n    return 2\n"}),
        );
        assert_eq!(
            text,
            "  Resources\n    ~ AWS::IAM::Role R\n        Properties.Code:\n          - |\n              def handler(e, c):\n                  return 1\n          + |\n              def handler(e, c):\n                  return 2\n"
        );
    }

    /// `Params` with `Env`, `Owner` (default `platform`), `Zones` (default `a,b`) and a NoEcho
    /// `Secret`.
    fn manifest() -> StackManifest {
        use forma_dsl::{App, ParameterDef, RawResource};
        let app = App::new();
        let s = app.stack("Params");
        s.add_parameter("Env", ParameterDef::<String>::string());
        s.add_parameter("Owner", ParameterDef::<String>::string().default("platform"));
        s.add_parameter(
            "Zones",
            ParameterDef::<Vec<String>>::comma_delimited_list().default(vec!["a".to_owned(), "b".to_owned()]),
        );
        s.add_parameter("Secret", ParameterDef::<String>::string().no_echo());
        s.add("Queue", RawResource::new("AWS::SQS::Queue"));
        let mut a = forma_synth::synthesize(&app, forma_synth::Format::Json).unwrap();
        a.stacks.remove(0).manifest
    }

    #[test]
    fn parameter_values_given_and_defaults_are_compared_with_the_deployed_ones() {
        let m = manifest();
        let deployed: BTreeMap<String, String> =
            [("Env", "prod"), ("Owner", "data"), ("Zones", "a,b"), ("Secret", "****")]
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .into();
        let given = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        let value = |name: &str, deployed: Option<&str>, value: &str, default: bool, no_echo: bool| ParameterValue {
            name: name.into(),
            deployed: deployed.map(str::to_owned),
            value: value.into(),
            default,
            no_echo,
        };

        // The same value as deployed is no difference; the default replacing "data" is one.
        assert_eq!(
            parameter_values(&m, &given(&[("Env", "prod")]), Some(&deployed)),
            [value("Owner", Some("data"), "platform", true, false)]
        );
        assert_eq!(
            parameter_values(
                &m,
                &given(&[("Env", "staging"), ("Owner", "data"), ("Secret", "s3cr3t")]),
                Some(&deployed)
            ),
            [value("Env", Some("prod"), "staging", false, false), value("Secret", Some("****"), "s3cr3t", false, true)]
        );
        // Not deployed: only what is given.
        assert_eq!(parameter_values(&m, &given(&[("Env", "prod")]), None), [value("Env", None, "prod", false, false)]);

        let text = render_parameters(
            &parameter_values(&m, &given(&[("Env", "staging"), ("Secret", "s3cr3t")]), Some(&deployed)),
            Style::default(),
        );
        assert_eq!(
            text,
            "  Parameter values\n    ~ Env: \"prod\" -> \"staging\"\n    ~ Owner: \"data\" -> \"platform\"  (the template's default)\n    ~ Secret: (NoEcho: the deployed value cannot be read to compare; apply sends the value given)\n"
        );
        assert!(!text.contains("s3cr3t"), "a NoEcho value is never printed");
        assert_eq!(
            render_parameters(&parameter_values(&m, &given(&[("Env", "prod")]), None), Style::default()),
            "  Parameter values\n    + Env: \"prod\"\n"
        );
    }
}
