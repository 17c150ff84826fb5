//! Every literal property value checked against its type's registry schema, before anything
//! is written: unknown and missing properties, wrong types, string patterns and lengths,
//! number ranges, list lengths, enum values (a warning: schemas lag behind AWS). Intrinsics
//! (`Ref`, `Fn::GetAtt`, `Fn::If`, ...) are not checked: their values are known only at
//! deploy time. Each problem names the construct path and the property path
//! (`Properties.VpcConfig.SubnetIds[2]`).

use std::collections::HashMap;

use forma_core::model::{Model, NodeKind};
use forma_core::schema::{ListRule, NumberRule, Property, Registry, Shape, StringRule};
use forma_core::{Diagnostic, Expr, Severity};
use indexmap::IndexMap;

use crate::pattern::AllowedPattern;
use crate::Work;

/// Compiled schema patterns, each compiled once per synthesis.
#[derive(Default)]
pub(crate) struct Patterns {
    compiled: HashMap<&'static str, AllowedPattern>,
}

impl Patterns {
    fn matches(&mut self, pattern: &'static str, value: &str) -> bool {
        self.compiled.entry(pattern).or_insert_with(|| AllowedPattern::compile(pattern)).matches(value)
    }
}

/// Checks the resources of one stack.
pub(crate) fn resources(
    model: &Model,
    w: &Work,
    registry: Option<&Registry>,
    value_checks: crate::ValueChecks,
    patterns: &mut Patterns,
    diags: &mut Vec<Diagnostic>,
) {
    for &e in &w.elements {
        let node = model.node(e);
        let NodeKind::Resource(spec) = &node.kind else { continue };
        let (schema, typed) = match spec.schema {
            Some(s) => (Some(s), true),
            None => (registry.and_then(|r| (r.lookup)(&spec.type_name)), false),
        };
        let mut check = Check {
            path: model.path(e),
            location: node.location,
            // A typed resource's unknown names come from `set_property`, the escape hatch:
            // the schema may lag behind AWS, so a warning.
            unknown: if typed { Severity::Warning } else { Severity::Error },
            patterns: &mut *patterns,
            diags: &mut *diags,
            lenient: value_checks == crate::ValueChecks::Warnings,
        };
        match schema {
            Some(rt) => check.object(rt.properties, &spec.properties, "Properties"),
            None => {
                if let Some(r) = registry {
                    check.known_type(r, &spec.type_name);
                }
            }
        }
    }
}

struct Check<'a> {
    path: String,
    location: &'static std::panic::Location<'static>,
    unknown: Severity,
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
        let mut d = Diagnostic::error(code, &self.path, message).at(self.location);
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

    fn object(&mut self, properties: &'static [Property], values: &IndexMap<String, Expr>, at: &str) {
        for (name, value) in values {
            let path = format!("{at}.{name}");
            match properties.iter().find(|p| p.name == name) {
                Some(p) => self.value(&p.shape, value, &path),
                None => {
                    let known: Vec<&str> = properties.iter().map(|p| p.name).collect();
                    let near = closest(name, known.iter().copied(), 3).first().copied();
                    let hint = match near {
                        Some(k) => format!("did you mean `{k}`?"),
                        None if known.is_empty() => "this type takes no properties".to_owned(),
                        None => format!("its properties: {}", known.join(", ")),
                    };
                    self.report(
                        self.unknown,
                        "unknown-property",
                        format!("{path}: the schema has no property `{name}`"),
                        Some(hint),
                    );
                }
            }
        }
        for p in properties.iter().filter(|p| p.required && !values.contains_key(p.name)) {
            self.report(
                Severity::Error,
                "missing-property",
                format!("{at}.{}: a required property is missing", p.name),
                Some("set it; CloudFormation refuses the resource without it".into()),
            );
        }
    }

    fn wrong_type(&mut self, path: &str, want: &str, value: &Expr) {
        self.report(Severity::Error, "wrong-type", format!("{path}: expected {want}, found {}", describe(value)), None);
    }

    fn value(&mut self, shape: &'static Shape, value: &Expr, path: &str) {
        if !is_literal(value) {
            return;
        }
        match shape {
            Shape::Json => {}
            Shape::String(rule) => match value {
                Expr::String(s) => self.string(rule, s, path),
                Expr::Int(_) | Expr::Float(_) | Expr::Bool(_) => {}
                _ => self.wrong_type(path, "a string", value),
            },
            Shape::Integer(rule) => match value {
                Expr::Int(n) => self.number(rule, *n as f64, path),
                Expr::String(s) => match s.trim().parse::<i64>() {
                    Ok(n) => self.number(rule, n as f64, path),
                    Err(_) => self.wrong_type(path, "an integer", value),
                },
                _ => self.wrong_type(path, "an integer", value),
            },
            Shape::Number(rule) => match value {
                Expr::Int(n) => self.number(rule, *n as f64, path),
                Expr::Float(x) => self.number(rule, *x, path),
                Expr::String(s) => match s.trim().parse::<f64>() {
                    Ok(x) => self.number(rule, x, path),
                    Err(_) => self.wrong_type(path, "a number", value),
                },
                _ => self.wrong_type(path, "a number", value),
            },
            Shape::Boolean => match value {
                Expr::Bool(_) => {}
                Expr::String(s) if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false") => {}
                _ => self.wrong_type(path, "a boolean", value),
            },
            Shape::Enum(allowed) => match value {
                Expr::String(s) if allowed.contains(&s.as_str()) => {}
                Expr::String(s) => {
                    let shown: Vec<&str> = allowed.iter().take(12).copied().collect();
                    let more = if allowed.len() > 12 { ", ..." } else { "" };
                    self.report(
                        Severity::Warning,
                        "unknown-enum-value",
                        format!("{path}: {s:?} is not one of the values the schema lists"),
                        Some(format!(
                            "the schema lists: {}{more} (a newer AWS value may be missing from it)",
                            shown.join(", ")
                        )),
                    );
                }
                _ => self.wrong_type(path, "a string", value),
            },
            Shape::List(item, rule) => match value {
                Expr::List(items) => {
                    self.list(rule, items.len(), path);
                    for (i, v) in items.iter().enumerate() {
                        self.value(item, v, &format!("{path}[{i}]"));
                    }
                }
                _ => self.wrong_type(path, "a list", value),
            },
            Shape::Map(inner) => match value {
                Expr::Map(m) => {
                    for (k, v) in m {
                        self.value(inner, v, &format!("{path}.{k}"));
                    }
                }
                _ => self.wrong_type(path, "a map", value),
            },
            Shape::Object(pt) => match value {
                Expr::Map(m) => self.object(pt.properties, m, path),
                _ => self.wrong_type(path, "an object", value),
            },
        }
    }

    fn string(&mut self, rule: &'static StringRule, s: &str, path: &str) {
        let len = s.chars().count() as u64;
        let (lo, hi) = (rule.min_length, rule.max_length);
        if lo.is_some_and(|lo| len < lo) || hi.is_some_and(|hi| len > hi) {
            self.report(
                Severity::Error,
                "length-out-of-range",
                format!("{path}: {s:?} is {len} characters long; the schema allows {}", range(lo, hi, "characters")),
                None,
            );
        }
        if let Some(p) = rule.pattern {
            if !self.patterns.matches(p, s) {
                self.report(
                    Severity::Error,
                    "pattern-mismatch",
                    format!("{path}: {s:?} does not match the pattern {p}"),
                    Some("CloudFormation refuses the value; check its format".into()),
                );
            }
        }
    }

    fn number(&mut self, rule: &NumberRule, x: f64, path: &str) {
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
            self.report(
                Severity::Error,
                "number-out-of-range",
                format!("{path}: {} is out of range; the schema allows {allowed}", show(x)),
                None,
            );
        }
    }

    fn list(&mut self, rule: &ListRule, n: usize, path: &str) {
        let n = n as u64;
        if rule.min_items.is_some_and(|lo| n < lo) || rule.max_items.is_some_and(|hi| n > hi) {
            self.report(
                Severity::Error,
                "list-length",
                format!("{path}: {n} items; the schema allows {}", range(rule.min_items, rule.max_items, "items")),
                None,
            );
        }
    }
}

/// The candidates within `max` edits of `name` (ignoring case), closest first.
fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>, max: usize) -> Vec<&'a str> {
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

/// A literal: what synthesis writes as it is. A map spelling an intrinsic (`{"Ref": ..}`,
/// `{"Fn::If": ..}`), written by hand with `obj!`, counts as an intrinsic.
fn is_literal(e: &Expr) -> bool {
    match e {
        Expr::Bool(_) | Expr::Int(_) | Expr::Float(_) | Expr::String(_) | Expr::List(_) => true,
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
        Expr::String(s) => format!("the string {s:?}"),
        Expr::List(_) => "a list".into(),
        Expr::Map(_) => "a map".into(),
        _ => "an intrinsic".into(),
    }
}
