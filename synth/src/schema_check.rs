//! Every literal property value checked against its type's registry schema, before anything
//! is written: unknown and missing properties (wherever they are set: a builder, a
//! `RawResource`, `set_property`, an override), wrong types, string patterns and lengths,
//! number ranges and integer enumerations, list lengths, string enum values (a warning:
//! schemas lag behind AWS). Intrinsics (`Ref`, `Fn::GetAtt`, `Fn::If`, ...) are not checked:
//! their values are known only at deploy time. Each problem names the construct path and the
//! property path (`Properties.VpcConfig.SubnetIds[2]`), and points at the line that set the
//! value (the override, the `set_property` call, the builder's setter), or at the line that
//! made the resource.

use std::collections::HashMap;

use std::fmt::Write as _;

use forma_core::model::{Model, NodeId, NodeKind, ResourceSpec};
use forma_core::pseudo::Pseudo;
use forma_core::schema::{Combination, ListRule, NumberRule, Object, Property, Registry, Shape, StringRule};
use forma_core::{Diagnostic, Expr, Severity};
use indexmap::IndexMap;

use crate::pattern::AllowedPattern;
use crate::work::StackView;

/// Compiled schema patterns (JSON Schema ones: matched anywhere in the value unless they
/// anchor themselves), each compiled once per synthesis.
#[derive(Default)]
pub(crate) struct Patterns {
    compiled: HashMap<&'static str, AllowedPattern>,
}

impl Patterns {
    fn matches(&mut self, pattern: &'static str, value: &str) -> bool {
        self.compiled.entry(pattern).or_insert_with(|| AllowedPattern::compile_search(pattern)).matches(value)
    }
}

/// Checks the resources of one stack.
pub(crate) fn resources(
    w: &StackView<'_>,
    registry: Option<&Registry>,
    value_checks: crate::ValueChecks,
    patterns: &mut Patterns,
    diags: &mut Vec<Diagnostic>,
) {
    let model = w.model;
    for &e in w.elements {
        let node = model.node(e);
        let NodeKind::Resource(spec) = &node.kind else { continue };
        if spec.schema.is_none() {
            if let Some(problem) = forma_core::naming::resource_type(&spec.type_name) {
                diags.push(
                    Diagnostic::error("invalid-resource-type", model.path(e), problem)
                        .hint("a type is Service::Type under its vendor (AWS::S3::Bucket), or Custom::Name")
                        .at(node.location),
                );
                continue;
            }
        }
        let schema = spec.schema.or_else(|| registry.and_then(|r| (r.lookup)(&spec.type_name)));
        let mut check = Check {
            model,
            node: e,
            spec,
            replaced: crate::service_rules::replaced(&spec.type_name),
            path: String::from("Properties"),
            patterns: &mut *patterns,
            diags: &mut *diags,
            lenient: value_checks == crate::ValueChecks::Warnings,
        };
        match schema {
            Some(rt) => check.object(rt.properties, rt.rules, Fields::Object(w.properties(e, spec))),
            None => {
                if let Some(r) = registry {
                    check.known_type(r, &spec.type_name);
                }
            }
        }
    }
}

struct Check<'a> {
    model: &'a Model,
    /// The resource checked.
    node: NodeId,
    spec: &'a ResourceSpec,
    /// The names of the properties whose length and pattern a service rule checks instead
    /// ([`crate::service_rules::replaced`]).
    replaced: &'static [&'static str],
    /// The property path being checked, `Properties.VpcConfig.SubnetIds[2]`: entered and
    /// left as the check descends, so that only a problem costs a string of its own.
    path: String,
    patterns: &'a mut Patterns,
    diags: &'a mut Vec<Diagnostic>,
    /// Every problem is a warning ([`crate::ValueChecks::Warnings`]).
    lenient: bool,
}

/// Types of other vendors and custom resources: not in the registry, and not mistakes.
fn outside_registry(type_name: &str) -> bool {
    type_name.starts_with("Custom::") || !(type_name.starts_with("AWS::") || type_name.starts_with("Alexa::"))
}

impl Check<'_> {
    fn report(&mut self, severity: Severity, code: &'static str, message: String, hint: Option<String>) {
        let location = set_at(self.model, self.node, self.spec, &self.path);
        let mut d = Diagnostic::error(code, self.model.path(self.node), message).at(location);
        d.severity = if self.lenient { Severity::Warning } else { severity };
        d.hint = hint;
        self.diags.push(d);
    }

    fn known_type(&mut self, registry: &Registry, type_name: &str) {
        if outside_registry(type_name) || registry.type_names.binary_search(&type_name).is_ok() {
            return;
        }
        let near = closest(type_name, registry.type_names.iter().copied(), 6);
        let hint = match near.as_slice() {
            [] => "see the CloudFormation resource type reference for the type's name".to_owned(),
            some => format!(
                "did you mean {}?",
                some.iter().take(3).map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", ")
            ),
        };
        self.report(
            Severity::Error,
            "unknown-resource-type",
            format!("`{type_name}` is not a CloudFormation resource type"),
            Some(hint),
        );
    }

    /// Checks the properties of an object whose schema lists `properties` and `rules`.
    fn object(&mut self, properties: &'static [Property], rules: &'static [Combination], fields: Fields<'_>) {
        // A typed object of this very schema knows each value's entry already.
        let same = matches!(fields, Fields::Object(o) if std::ptr::eq(o.schema(), properties));
        match fields {
            Fields::Object(o) => {
                for (name, known, value) in o.entries() {
                    self.field(properties, name, known.filter(|_| same), value);
                }
            }
            Fields::Map(m) => m.iter().for_each(|(name, value)| self.field(properties, name, None, value)),
        }
        for (i, p) in properties.iter().enumerate().filter(|(_, p)| p.required) {
            let present = match fields {
                Fields::Object(o) if same => o.has_index(i),
                Fields::Object(o) => o.get(p.name).is_some(),
                Fields::Map(m) => m.contains_key(p.name),
            };
            if !present {
                let message = format!("{}.{}: a required property is missing", self.path, p.name);
                self.report(
                    Severity::Error,
                    "missing-property",
                    message,
                    Some("set it; CloudFormation refuses the resource without it".into()),
                );
            }
        }
        rules.iter().for_each(|rule| self.combination(rule, fields));
    }

    /// Checks one rule over which properties are set together. A property whose value is an
    /// `Fn::If` may or may not be set: a rule that depends on one is not checked.
    fn combination(&mut self, rule: &'static Combination, fields: Fields<'_>) {
        let (message, hint) = match rule {
            Combination::OneOf(groups) | Combination::AnyOf(groups) => {
                let mut full = Vec::new();
                for group in groups.iter() {
                    match group_state(fields, group) {
                        Some(true) => full.push(*group),
                        Some(false) => {}
                        None => return,
                    }
                }
                let exactly = matches!(rule, Combination::OneOf(_));
                let all = groups.iter().map(|g| show_group(g)).collect::<Vec<_>>().join(", ");
                match full.len() {
                    0 => (
                        format!("{}: none of {all} is set", self.path),
                        format!(
                            "set {} of them; CloudFormation refuses the resource without",
                            if exactly { "one" } else { "at least one" }
                        ),
                    ),
                    n if exactly && n > 1 => (
                        format!(
                            "{}: {} are {} set; the schema allows only one of {all}",
                            self.path,
                            full.iter().map(|g| show_group(g)).collect::<Vec<_>>().join(" and "),
                            if n == 2 { "both" } else { "all" }
                        ),
                        "keep one of them".to_owned(),
                    ),
                    _ => return,
                }
            }
            Combination::Requires(property, others) => {
                if presence(fields, property) != Presence::Set {
                    return;
                }
                let missing: Vec<&str> =
                    others.iter().copied().filter(|o| presence(fields, o) == Presence::Absent).collect();
                if missing.is_empty() {
                    return;
                }
                (
                    format!("{}: `{property}` is set, so {} must be set too", self.path, show_names(&missing)),
                    format!("set {} as well, or leave `{property}` out", show_names(&missing)),
                )
            }
            Combination::Excludes(property, others) => {
                if presence(fields, property) != Presence::Set {
                    return;
                }
                let both: Vec<&str> = others.iter().copied().filter(|o| presence(fields, o) == Presence::Set).collect();
                if both.is_empty() {
                    return;
                }
                (
                    format!("{}: `{property}` and {} cannot both be set", self.path, show_names(&both)),
                    "keep one of them".to_owned(),
                )
            }
        };
        self.report(Severity::Error, "property-combination", message, Some(hint));
    }

    /// Checks the property `name` of an object whose schema lists `properties`; `known`
    /// is its entry when the caller has it.
    fn field(&mut self, properties: &'static [Property], name: &str, known: Option<&'static Property>, value: &Expr) {
        let mark = self.path.len();
        self.path.push('.');
        self.path.push_str(name);
        match known.or_else(|| properties.iter().find(|p| p.name == name)) {
            // A name a service rule checks in its own words: the type is the schema's to check,
            // the string's length and pattern the rule's.
            Some(p) if self.replaced.contains(&name) => match (&p.shape, value) {
                (Shape::String(_), Expr::String(_)) => {}
                (shape, _) => self.value(shape, value),
            },
            Some(p) => self.value(&p.shape, value),
            None => {
                let known: Vec<&str> = properties.iter().map(|p| p.name).collect();
                let lower = name.to_ascii_lowercase();
                let near = closest(name, known.iter().copied(), 3).first().copied().or_else(|| {
                    // `MessageRetention` for `MessageRetentionPeriod`.
                    let mut longer =
                        known.iter().filter(|k| lower.len() >= 4 && k.to_ascii_lowercase().starts_with(&lower));
                    match (longer.next(), longer.next()) {
                        (Some(k), None) => Some(*k),
                        _ => None,
                    }
                });
                let hint = match near {
                    Some(k) => format!("did you mean `{k}`?"),
                    None if known.is_empty() => "this type takes no properties".to_owned(),
                    None => format!("its properties: {}", known.join(", ")),
                };
                let message = format!("{}: the schema has no property `{name}`", self.path);
                self.report(Severity::Error, "unknown-property", message, Some(hint));
            }
        }
        self.path.truncate(mark);
    }

    fn wrong_type(&mut self, want: &str, value: &Expr) {
        let message = format!("{}: expected {want}, found {}", self.path, describe(value));
        self.report(Severity::Error, "wrong-type", message, None);
    }

    fn value(&mut self, shape: &'static Shape, value: &Expr) {
        if !is_literal(value) {
            return;
        }
        match shape {
            Shape::Json => {}
            Shape::String(rule) => match value {
                Expr::String(s) => self.string(rule, s),
                Expr::Int(_) | Expr::Float(_) | Expr::Bool(_) => {}
                _ => self.wrong_type("a string", value),
            },
            Shape::Integer(rule) => match value {
                Expr::Int(n) => self.number(rule, *n as f64),
                Expr::String(s) => match s.trim().parse::<i64>() {
                    Ok(n) => self.number(rule, n as f64),
                    Err(_) => self.wrong_type("an integer", value),
                },
                _ => self.wrong_type("an integer", value),
            },
            Shape::Number(rule) => match value {
                Expr::Int(n) => self.number(rule, *n as f64),
                Expr::Float(x) => self.number(rule, *x),
                Expr::String(s) => match s.trim().parse::<f64>() {
                    Ok(x) => self.number(rule, x),
                    Err(_) => self.wrong_type("a number", value),
                },
                _ => self.wrong_type("a number", value),
            },
            Shape::Boolean => match value {
                Expr::Bool(_) => {}
                Expr::String(s) if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false") => {}
                _ => self.wrong_type("a boolean", value),
            },
            Shape::Enum(allowed) => match value {
                Expr::String(s) if allowed.contains(&s.as_str()) => {}
                Expr::String(s) => self.unknown_enum_value(allowed, s),
                _ => self.wrong_type("a string", value),
            },
            Shape::IntegerEnum(allowed) => {
                let n = match value {
                    Expr::Int(n) => Some(*n),
                    Expr::String(s) => s.trim().parse::<i64>().ok(),
                    _ => None,
                };
                match n {
                    Some(n) if allowed.contains(&n) => {}
                    Some(n) => self.not_listed(allowed, n),
                    None => self.wrong_type("an integer", value),
                }
            }
            Shape::List(item, rule) => match value {
                Expr::List(items) => self.items(item, rule, items),
                _ => self.wrong_type("a list", value),
            },
            Shape::Map(inner) => match value {
                Expr::Map(m) => m.iter().for_each(|(k, v)| self.entry(inner, k, v)),
                Expr::Object(o) => o.iter().for_each(|(k, v)| self.entry(inner, k, v)),
                _ => self.wrong_type("a map", value),
            },
            Shape::Object(pt) => match value {
                Expr::Map(m) => self.object(pt.properties, pt.rules, Fields::Map(m)),
                Expr::Object(o) => self.object(pt.properties, pt.rules, Fields::Object(o)),
                _ => self.wrong_type("an object", value),
            },
        }
    }

    /// A string the schema's enumeration does not list: a warning, as AWS adds values.
    fn unknown_enum_value(&mut self, allowed: &[&str], s: &str) {
        let shown: Vec<&str> = allowed.iter().take(12).copied().collect();
        let more = if allowed.len() > 12 { ", ..." } else { "" };
        let message = format!("{}: {s:?} is not one of the values the schema lists", self.path);
        let hint = format!("the schema lists: {}{more} (a newer AWS value may be missing from it)", shown.join(", "));
        self.report(Severity::Warning, "unknown-enum-value", message, Some(hint));
    }

    /// Checks a list of `item`s against its `rule`, and each item.
    fn items(&mut self, item: &'static Shape, rule: &ListRule, items: &[Expr]) {
        self.list(rule, items.len());
        let mark = self.path.len();
        for (i, v) in items.iter().enumerate() {
            let _ = write!(self.path, "[{i}]");
            self.value(item, v);
            self.path.truncate(mark);
        }
    }

    /// Checks the value under key `k` of a map of `inner`s.
    fn entry(&mut self, inner: &'static Shape, k: &str, v: &Expr) {
        let mark = self.path.len();
        self.path.push('.');
        self.path.push_str(k);
        self.value(inner, v);
        self.path.truncate(mark);
    }

    fn string(&mut self, rule: &'static StringRule, s: &str) {
        let len = s.chars().count() as u64;
        let (lo, hi) = (rule.min_length, rule.max_length);
        if lo.is_some_and(|lo| len < lo) || hi.is_some_and(|hi| len > hi) {
            let allowed = range(lo, hi, "characters");
            let message = format!(
                "{}: {} is {len} characters long; the schema allows {allowed}",
                self.path,
                forma_core::naming::show(s)
            );
            self.report(Severity::Error, "length-out-of-range", message, None);
        }
        if let Some(p) = rule.pattern {
            if !self.patterns.matches(p, s) {
                let shown = forma_core::naming::show(s);
                let message = match crate::pattern_words::in_words(p) {
                    Some(words) => format!("{}: {shown} does not match the pattern {p}; it must be {words}", self.path),
                    None => format!("{}: {shown} does not match the pattern {p}", self.path),
                };
                self.report(
                    Severity::Error,
                    "pattern-mismatch",
                    message,
                    Some("CloudFormation refuses the value; check its format".into()),
                );
            }
        }
    }

    fn number(&mut self, rule: &NumberRule, x: f64) {
        let below = rule.minimum.is_some_and(|m| x < m);
        let above = rule.maximum.is_some_and(|m| x > m);
        if below || above {
            let show =
                |v: f64| if v.fract() == 0.0 && v.abs() < 9e15 { format!("{}", v as i64) } else { v.to_string() };
            let allowed = match (rule.minimum, rule.maximum) {
                (Some(a), Some(b)) => format!("{} to {}", show(a), show(b)),
                (Some(a), None) => format!("at least {}", show(a)),
                (None, Some(b)) => format!("at most {}", show(b)),
                (None, None) => String::new(),
            };
            let message = format!("{}: {} is out of range; the schema allows {allowed}", self.path, show(x));
            self.report(Severity::Error, "number-out-of-range", message, None);
        }
    }

    /// `n` is not one of the integers the schema lists.
    fn not_listed(&mut self, allowed: &[i64], n: i64) {
        let shown: Vec<String> = allowed.iter().map(i64::to_string).collect();
        let message =
            format!("{}: {n} is not one of the values CloudFormation accepts: {}", self.path, shown.join(", "));
        let nearest = allowed.iter().min_by_key(|a| (a.abs_diff(n), **a));
        let hint = nearest.map(|a| format!("the nearest it accepts is {a}"));
        self.report(Severity::Error, "value-not-allowed", message, hint);
    }

    fn list(&mut self, rule: &ListRule, n: usize) {
        let n = n as u64;
        if rule.min_items.is_some_and(|lo| n < lo) || rule.max_items.is_some_and(|hi| n > hi) {
            let allowed = range(rule.min_items, rule.max_items, "items");
            let message = format!("{}: {n} items; the schema allows {allowed}", self.path);
            self.report(Severity::Error, "list-length", message, None);
        }
    }
}

/// The line a problem at `path` (`Properties.A.B[0].C`) of resource `node` points at: the
/// last override at, above or below that path, else where its top-level property was set,
/// else where the resource was made — the user's line in each case.
pub(crate) fn set_at(
    model: &Model,
    node: NodeId,
    spec: &ResourceSpec,
    path: &str,
) -> &'static std::panic::Location<'static> {
    let fallback = model.node(node).location;
    let Some(rest) = path.strip_prefix("Properties.") else { return fallback };
    // The override paths' form: `A.B.0.C`.
    let dotted = rest.replace('[', ".").replace(']', "");
    let related = |o: &str| {
        let (short, long) = if o.len() <= dotted.len() { (o, dotted.as_str()) } else { (dotted.as_str(), o) };
        long.strip_prefix(short).is_some_and(|tail| tail.is_empty() || tail.starts_with('.'))
    };
    if let Some(o) = spec.overrides.iter().rev().find(|o| related(&o.path)) {
        return model.user_location(node, o.location);
    }
    let top = rest.split(['.', '[']).next().unwrap_or(rest);
    match model.set_at(node).iter().rev().find(|(name, _)| name == top) {
        Some((_, at)) => model.user_location(node, at),
        None => fallback,
    }
}

/// The candidates within `max` edits of `name` (ignoring case), closest first.
pub(crate) fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>, max: usize) -> Vec<&'a str> {
    let name = name.to_ascii_lowercase();
    let mut near: Vec<(usize, &str)> = candidates
        .map(|c| (strsim::levenshtein(&c.to_ascii_lowercase(), &name), c))
        .filter(|(d, _)| *d <= max)
        .collect();
    near.sort();
    near.into_iter().map(|(_, c)| c).collect()
}

fn range(lo: Option<u64>, hi: Option<u64>, unit: &str) -> String {
    match (lo, hi) {
        (Some(a), Some(b)) => format!("{a} to {b} {unit}"),
        (Some(a), None) => format!("at least {a} {unit}"),
        (None, Some(b)) => format!("at most {b} {unit}"),
        (None, None) => format!("any number of {unit}"),
    }
}

/// The properties of an object: a typed one, or a map written by hand (`obj!`).
#[derive(Clone, Copy)]
enum Fields<'e> {
    Object(&'e Object),
    Map(&'e IndexMap<String, Expr>),
}

/// Whether a property is set, as far as synthesis can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    Absent,
    Set,
    /// An `Fn::If`, which may give `AWS::NoValue`.
    Maybe,
}

fn presence(fields: Fields<'_>, name: &str) -> Presence {
    let value = match fields {
        Fields::Object(o) => o.get(name),
        Fields::Map(m) => m.get(name),
    };
    match value {
        None | Some(Expr::Pseudo(Pseudo::NoValue)) => Presence::Absent,
        Some(Expr::If(..)) => Presence::Maybe,
        Some(_) => Presence::Set,
    }
}

/// Whether every property of `group` is set; `None` when that depends on a condition.
fn group_state(fields: Fields<'_>, group: &[&str]) -> Option<bool> {
    let states: Vec<Presence> = group.iter().map(|p| presence(fields, p)).collect();
    if states.contains(&Presence::Absent) {
        Some(false)
    } else if states.contains(&Presence::Maybe) {
        None
    } else {
        Some(true)
    }
}

/// `` `A` `` or `` `A` with `B` ``.
fn show_group(group: &[&str]) -> String {
    group.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(" with ")
}

/// `` `A` ``, `` `A` and `B` ``, `` `A`, `B` and `C` ``.
fn show_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

/// A literal: what synthesis writes as it is. A map spelling an intrinsic (`{"Ref": ..}`,
/// `{"Fn::If": ..}`), written by hand with `obj!`, counts as an intrinsic.
pub(crate) fn is_literal(e: &Expr) -> bool {
    match e {
        Expr::Bool(_) | Expr::Int(_) | Expr::Float(_) | Expr::String(_) | Expr::List(_) | Expr::Object(_) => true,
        Expr::Map(m) => {
            !(m.len() == 1 && m.keys().next().is_some_and(|k| k == "Ref" || k == "Condition" || k.starts_with("Fn::")))
        }
        _ => false,
    }
}

fn describe(e: &Expr) -> String {
    match e {
        Expr::Bool(b) => format!("the boolean {b}"),
        Expr::Int(n) => format!("the number {n}"),
        Expr::Float(x) => format!("the number {x}"),
        Expr::String(s) => format!("the string {}", forma_core::naming::show(s)),
        Expr::List(_) => "a list".into(),
        Expr::Map(_) | Expr::Object(_) => "a map".into(),
        _ => "an intrinsic".into(),
    }
}
