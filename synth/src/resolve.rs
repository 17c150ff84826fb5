//! Turning expressions into template JSON, and noting what they reference.

use forma_core::asset::AssetPart;
use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::value::{Expr, NodeRef};
use forma_core::{App, Diagnostic};
use serde_json::{Number, Value as Json};

use crate::emit::{Emit, JsonBuilder};

/// A value another stack of the app must export: `(producer stack, logical id, attribute)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExportKey {
    pub stack: NodeId,
    pub logical_id: String,
    pub attribute: Option<String>,
}

impl ExportKey {
    /// The output's logical id in the producer.
    pub fn output_id(&self) -> String {
        let attr: String =
            self.attribute.as_deref().unwrap_or("").chars().filter(char::is_ascii_alphanumeric).collect();
        crate::logical_id::bounded(&format!("Export{}{}", self.logical_id, attr))
    }

    /// The export name: `Producer:LogicalId` or `Producer:LogicalId-Attribute`.
    pub fn export_name(&self, producer: &str) -> String {
        match &self.attribute {
            None => format!("{producer}:{}", self.logical_id),
            Some(attr) => format!("{producer}:{}-{}", self.logical_id, attr.replace('.', "-")),
        }
    }
}

/// What the element being resolved is, for the rules that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// A resource's properties, metadata or attributes.
    Resource,
    /// A condition's expression: only parameters, mappings and other conditions.
    Condition,
    /// Anything else (outputs, rules, template metadata).
    Other,
}

/// Everything one resolution needs and produces.
pub struct Resolver<'a> {
    pub app: &'a App,
    pub model: &'a Model,
    /// Logical id of every element node, indexed by node id.
    pub logical: &'a [Option<String>],
    /// The stack being synthesized.
    pub stack: NodeId,
    /// The element being resolved (for diagnostics).
    pub element: NodeId,
    /// How many diagnostics there were before the element, for [`Resolver::error_once`].
    pub diagnostics_before: usize,
    pub site: Site,
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// Values this stack imports from other stacks of the app.
    pub imports: &'a mut Vec<ExportKey>,
    /// Same-stack resources and conditions the element refers to.
    pub refs: &'a mut Vec<NodeId>,
    /// The packed assets, by asset node.
    pub assets: &'a std::collections::HashMap<NodeId, crate::asset::AssetManifest>,
    /// SHA-256 of the assets this stack uses.
    pub used_assets: &'a mut std::collections::BTreeSet<String>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn error(&mut self, code: &'static str, message: String, hint: &str) {
        let node = self.model.node(self.element);
        self.diagnostics
            .push(Diagnostic::error(code, self.model.path(self.element), message).hint(hint).at(node.location));
    }

    /// Like [`Resolver::error`], once per element for the same message. Looks only at the
    /// element's own diagnostics: an app with many such references stays linear.
    pub(crate) fn error_once(&mut self, code: &'static str, message: String, hint: &str) {
        let own = self.diagnostics.get(self.diagnostics_before..).unwrap_or_default();
        if !own.iter().any(|d| d.code == code && d.message == message) {
            self.error(code, message, hint);
        }
    }

    /// The node a reference points to, if it is in this app; reports it otherwise.
    pub(crate) fn target(&mut self, r: &NodeRef) -> Option<NodeId> {
        if !self.app.owns(r) {
            let what = r.foreign_path().map_or_else(|| "a construct".to_owned(), |p| format!("`{p}`"));
            self.error(
                "foreign-reference",
                format!("refers to {what}, which belongs to another App"),
                "every stack of a deployment must be added to the same App",
            );
            return None;
        }
        if self.model.get(r.node()).is_none() {
            self.error(
                "dangling-reference",
                "refers to an element that does not exist".into(),
                "keep handles to one App",
            );
            return None;
        }
        Some(r.node())
    }

    /// The logical id of an element; empty for a node that has none.
    pub(crate) fn logical_id(&self, node: NodeId) -> &'a str {
        self.logical.get(node as usize).and_then(Option::as_deref).unwrap_or_default()
    }

    /// Emits a `Ref` or `Fn::GetAtt` of a node.
    fn reference(&mut self, r: &NodeRef, attribute: Option<&str>, out: &mut impl Emit) {
        let Some(node) = self.target(r) else { return out.null() };
        let target = self.model.node(node);
        // Only messages need the path; most references resolve without one.
        let model = self.model;
        let target_path = || model.path(node);
        match (&target.kind, attribute) {
            (NodeKind::Resource(_), _) => {
                if self.site == Site::Condition {
                    self.error(
                        "condition-uses-resource",
                        format!("a condition refers to resource `{}`", target_path()),
                        "conditions can only use parameters, mappings, pseudo parameters and other conditions",
                    );
                    return out.null();
                }
                if target.stack != self.stack {
                    if let Some((code, message)) =
                        crate::validate::cross_environment(self.model, self.stack, target.stack, &target_path())
                    {
                        self.error_once(
                            code,
                            message,
                            "deploy both stacks to one region and account, or pass the value as a parameter",
                        );
                    }
                    // Stacks get their logical ids one after the other: one defined later
                    // may have none yet.
                    let logical_id = match self.logical.get(node as usize) {
                        Some(Some(id)) => id.clone(),
                        _ => crate::ids::element_logical_id(self.model, node, &mut Vec::new()),
                    };
                    let key = ExportKey { stack: target.stack, logical_id, attribute: attribute.map(str::to_owned) };
                    let producer = &self.model.node(target.stack).id;
                    call(out, "Fn::ImportValue", |out| out.string(&key.export_name(producer)));
                    self.imports.push(key);
                    return;
                }
                self.refs.push(node);
                let logical_id = self.logical_id(node);
                match attribute {
                    None => call(out, "Ref", |out| out.string(logical_id)),
                    Some(attr) => call(out, "Fn::GetAtt", |out| {
                        out.begin_seq();
                        out.string(logical_id);
                        out.string(attr);
                        out.end_seq();
                    }),
                }
            }
            (NodeKind::Parameter(_), None) => {
                if target.stack != self.stack {
                    let producer = self.model.node(target.stack).id.clone();
                    self.error(
                        "missing-parameter",
                        format!(
                            "refers to parameter `{}`, which belongs to stack {producer}, not to this stack",
                            target_path()
                        ),
                        "declare the parameter in this stack too, or pass the value as a resource attribute",
                    );
                    return out.null();
                }
                let logical_id = self.logical_id(node);
                call(out, "Ref", |out| out.string(logical_id));
            }
            (kind, _) => {
                self.error(
                    "reference-target",
                    format!("a Ref or Fn::GetAtt points at {} `{}`", kind.word(), target_path()),
                    "only resources (and parameters, for Ref) can be referenced",
                );
                out.null();
            }
        }
    }

    /// The logical id of a same-stack condition or mapping, or a diagnostic.
    pub(crate) fn local(&mut self, r: &NodeRef, code: &'static str, word: &str) -> Option<NodeId> {
        let node = self.target(r)?;
        let target = self.model.node(node);
        if target.stack != self.stack {
            let producer = self.model.node(target.stack).id.clone();
            self.error(
                code,
                format!(
                    "uses {word} `{}`, which belongs to stack {producer}, not to this stack",
                    self.model.path(node)
                ),
                &format!("declare the {word} in this stack too; a {word} cannot cross stacks"),
            );
            return None;
        }
        Some(node)
    }

    /// Checks the `${...}` variables of an `Fn::Sub` template.
    fn check_sub(&mut self, template: &str, vars: &indexmap::IndexMap<String, Expr>) {
        let mut rest = template;
        while let Some(start) = rest.find("${") {
            let after = &rest[start + 2..];
            let Some(end) = after.find('}') else { break };
            let name = &after[..end];
            rest = &after[end + 1..];
            if name.starts_with('!') || name.starts_with("AWS::") || vars.contains_key(name) {
                continue;
            }
            self.error(
                "missing-variable",
                format!("Fn::Sub uses ${{{name}}}, which is not one of its variables"),
                &format!("bind it with .var({name:?}, value), or write ${{!{name}}} for a literal"),
            );
        }
    }

    /// The template JSON of `expr`.
    pub fn resolve(&mut self, expr: &Expr) -> Json {
        let mut json = JsonBuilder::default();
        self.emit(expr, &mut json);
        json.finish()
    }

    /// Emits the template value of `expr`: what [`Resolver::resolve`] builds, written as it
    /// is resolved.
    pub(crate) fn emit(&mut self, expr: &Expr, out: &mut impl Emit) {
        match expr {
            Expr::Bool(b) => out.bool(*b),
            Expr::Int(n) => out.number(&Number::from(*n)),
            Expr::Float(x) => self.float(*x, out),
            Expr::String(s) => out.string(s),
            Expr::List(items) => self.seq(out, items.iter()),
            Expr::Map(map) => self.entries(out, map.iter().map(|(k, v)| (k.as_str(), v))),
            Expr::Object(object) => self.entries(out, object.iter()),
            Expr::Ref(r) => self.reference(r, None, out),
            Expr::GetAtt(r, attr) => self.reference(r, Some(attr), out),
            Expr::Pseudo(p) => call(out, "Ref", |out| out.string(p.as_str())),
            Expr::Sub(template, vars) => self.sub(template, vars, out),
            Expr::Join(d, list) => call(out, "Fn::Join", |out| {
                out.begin_seq();
                out.string(d);
                self.emit(list, out);
                out.end_seq();
            }),
            Expr::Select(i, list) => call(out, "Fn::Select", |out| self.seq(out, [&**i, &**list])),
            Expr::Split(d, s) => call(out, "Fn::Split", |out| {
                out.begin_seq();
                out.string(d);
                self.emit(s, out);
                out.end_seq();
            }),
            Expr::If(c, a, b) => {
                let condition = self.condition(c);
                call(out, "Fn::If", |out| {
                    out.begin_seq();
                    optional_string(out, condition);
                    self.emit(a, out);
                    self.emit(b, out);
                    out.end_seq();
                });
            }
            Expr::ImportValue(e) => call(out, "Fn::ImportValue", |out| self.emit(e, out)),
            Expr::GetAzs(e) => call(out, "Fn::GetAZs", |out| self.emit(e, out)),
            Expr::Cidr(a, b, c) => call(out, "Fn::Cidr", |out| self.seq(out, [&**a, &**b, &**c])),
            Expr::FindInMap(m, a, b) => {
                let name = self.mapping(m, a, b);
                call(out, "Fn::FindInMap", |out| {
                    out.begin_seq();
                    optional_string(out, name);
                    self.emit(a, out);
                    self.emit(b, out);
                    out.end_seq();
                });
            }
            Expr::Base64(e) => call(out, "Fn::Base64", |out| self.emit(e, out)),
            Expr::Equals(a, b) => call(out, "Fn::Equals", |out| self.seq(out, [&**a, &**b])),
            Expr::And(items) | Expr::Or(items) => {
                let name = if matches!(expr, Expr::And(_)) { "Fn::And" } else { "Fn::Or" };
                if !(2..=10).contains(&items.len()) {
                    self.error(
                        "condition-count",
                        format!("{name} takes 2 to 10 conditions, not {}", items.len()),
                        "nest another Fn::And/Fn::Or, or use the single condition directly",
                    );
                }
                call(out, name, |out| self.seq(out, items.iter()));
            }
            Expr::Not(e) => call(out, "Fn::Not", |out| self.seq(out, [&**e])),
            Expr::Condition(c) => {
                let condition = self.condition(c);
                call(out, "Condition", |out| optional_string(out, condition));
            }
            Expr::Contains(list, value) => call(out, "Fn::Contains", |out| self.seq(out, [&**list, &**value])),
            Expr::Asset(r, part) => self.asset(r, *part, out),
        }
    }

    fn float(&mut self, x: f64, out: &mut impl Emit) {
        match Number::from_f64(x) {
            Some(n) => out.number(&n),
            None => {
                self.error(
                    "invalid-value",
                    format!("{x} is not a number CloudFormation accepts"),
                    "use a finite number",
                );
                out.null();
            }
        }
    }

    /// Emits a map of `entries`.
    fn entries<'e>(&mut self, out: &mut impl Emit, entries: impl IntoIterator<Item = (&'e str, &'e Expr)>) {
        out.begin_map();
        for (k, v) in entries {
            out.key(k);
            self.emit(v, out);
        }
        out.end_map();
    }

    fn sub(&mut self, template: &str, vars: &indexmap::IndexMap<String, Expr>, out: &mut impl Emit) {
        self.check_sub(template, vars);
        call(out, "Fn::Sub", |out| {
            if vars.is_empty() {
                return out.string(template);
            }
            out.begin_seq();
            out.string(template);
            self.entries(out, vars.iter().map(|(k, v)| (k.as_str(), v)));
            out.end_seq();
        });
    }

    /// The logical id of the same-stack condition `c` (a reference noted), or `None` when
    /// there is none (reported).
    fn condition(&mut self, c: &NodeRef) -> Option<&'a str> {
        let node = self.local(c, "missing-condition", "condition");
        if let Some(n) = node {
            self.refs.push(n);
        }
        node.map(|n| self.logical_id(n))
    }

    /// The logical id of the same-stack mapping `m`, its literal keys `a` / `b` checked
    /// against its entries.
    fn mapping(&mut self, m: &NodeRef, a: &Expr, b: &Expr) -> Option<&'a str> {
        let mapping = self.local(m, "missing-mapping", "mapping");
        if let (Some(node), Expr::String(top), Expr::String(second)) = (mapping, a, b) {
            if let NodeKind::Mapping(spec) = &self.model.node(node).kind {
                if spec.entries.get(top).and_then(|e| e.get(second)).is_none() {
                    let path = self.model.path(node);
                    self.error(
                        "missing-mapping-entry",
                        format!("mapping `{path}` has no entry {top:?} / {second:?}"),
                        "add the entry to the mapping, or look up a key it has",
                    );
                }
            }
        }
        mapping.map(|n| self.logical_id(n))
    }

    fn asset(&mut self, r: &NodeRef, part: AssetPart, out: &mut impl Emit) {
        let Some(node) = self.target(r) else { return out.null() };
        // An asset that could not be packed is already reported.
        let Some(asset) = self.assets.get(&node) else { return out.null() };
        self.used_assets.insert(asset.sha256.clone());
        match part {
            AssetPart::Bucket => call(out, "Fn::Sub", |out| out.string(crate::asset::STAGING_BUCKET_SUB)),
            AssetPart::Key => out.string(&asset.key),
        }
    }

    /// Emits a sequence of the values of `items`.
    fn seq<'e>(&mut self, out: &mut impl Emit, items: impl IntoIterator<Item = &'e Expr>) {
        out.begin_seq();
        for item in items {
            self.emit(item, out);
        }
        out.end_seq();
    }
}

/// A string, or `null` when there is none (a reference already reported).
fn optional_string(out: &mut impl Emit, value: Option<&str>) {
    match value {
        Some(s) => out.string(s),
        None => out.null(),
    }
}

/// `{ name: argument }`, the shape of every intrinsic function.
pub(crate) fn call<E: Emit>(out: &mut E, name: &str, argument: impl FnOnce(&mut E)) {
    out.begin_map();
    out.key(name);
    argument(out);
    out.end_map();
}
