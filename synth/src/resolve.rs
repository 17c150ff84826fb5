//! Turning expressions into template JSON, and noting what they reference.

use forma_core::asset::AssetPart;
use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::value::{Expr, NodeRef};
use forma_core::{App, Diagnostic};
use serde_json::{Map, Value as Json};

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

impl Resolver<'_> {
    pub(crate) fn error(&mut self, code: &'static str, message: String, hint: &str) {
        let node = self.model.node(self.element);
        self.diagnostics
            .push(Diagnostic::error(code, self.model.path(self.element), message).hint(hint).at(node.location));
    }

    /// Like [`Resolver::error`], once per element for the same message.
    pub(crate) fn error_once(&mut self, code: &'static str, message: String, hint: &str) {
        let path = self.model.path(self.element);
        if !self.diagnostics.iter().any(|d| d.code == code && d.path == path && d.message == message) {
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
                "invalid-reference",
                "refers to an element that does not exist".into(),
                "keep handles to one App",
            );
            return None;
        }
        Some(r.node())
    }

    pub(crate) fn logical_id(&self, node: NodeId) -> String {
        self.logical.get(node as usize).cloned().flatten().unwrap_or_default()
    }

    /// Resolves a `Ref` or `Fn::GetAtt` of a node.
    fn reference(&mut self, r: &NodeRef, attribute: Option<&str>) -> Json {
        let Some(node) = self.target(r) else { return Json::Null };
        let target = self.model.node(node);
        // Only messages need the path; most references resolve without one.
        let model = self.model;
        let target_path = || model.path(node);
        match (&target.kind, attribute) {
            (NodeKind::Resource(_), _) => {
                if self.site == Site::Condition {
                    self.error(
                        "invalid-condition",
                        format!("a condition refers to resource `{}`", target_path()),
                        "conditions can only use parameters, mappings, pseudo parameters and other conditions",
                    );
                    return Json::Null;
                }
                let logical_id = self.logical_id(node);
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
                    let key = ExportKey { stack: target.stack, logical_id, attribute: attribute.map(str::to_owned) };
                    let producer = &self.model.node(target.stack).id;
                    let name = key.export_name(producer);
                    self.imports.push(key);
                    return call("Fn::ImportValue", Json::String(name));
                }
                self.refs.push(node);
                match attribute {
                    None => call("Ref", Json::String(logical_id)),
                    Some(attr) => call("Fn::GetAtt", Json::Array(vec![logical_id.into(), attr.into()])),
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
                    return Json::Null;
                }
                call("Ref", Json::String(self.logical_id(node)))
            }
            (kind, _) => {
                self.error(
                    "invalid-reference",
                    format!("a Ref or Fn::GetAtt points at {} `{}`", kind.word(), target_path()),
                    "only resources (and parameters, for Ref) can be referenced",
                );
                Json::Null
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
        match expr {
            Expr::Bool(b) => Json::Bool(*b),
            Expr::Int(n) => Json::from(*n),
            Expr::Float(x) => match serde_json::Number::from_f64(*x) {
                Some(n) => Json::Number(n),
                None => {
                    self.error(
                        "invalid-value",
                        format!("{x} is not a number CloudFormation accepts"),
                        "use a finite number",
                    );
                    Json::Null
                }
            },
            Expr::String(s) => Json::String(s.clone()),
            Expr::List(items) => Json::Array(items.iter().map(|e| self.resolve(e)).collect()),
            Expr::Map(map) => {
                let mut out = Map::with_capacity(map.len());
                for (k, v) in map {
                    let v = self.resolve(v);
                    out.insert(k.clone(), v);
                }
                Json::Object(out)
            }
            Expr::Ref(r) => self.reference(r, None),
            Expr::GetAtt(r, attr) => self.reference(r, Some(attr)),
            Expr::Pseudo(p) => call("Ref", p.as_str().into()),
            Expr::Sub(template, vars) => {
                self.check_sub(template, vars);
                if vars.is_empty() {
                    call("Fn::Sub", template.as_str().into())
                } else {
                    let mut m = Map::with_capacity(vars.len());
                    for (k, v) in vars {
                        let v = self.resolve(v);
                        m.insert(k.clone(), v);
                    }
                    call("Fn::Sub", Json::Array(vec![template.as_str().into(), Json::Object(m)]))
                }
            }
            Expr::Join(d, list) => call("Fn::Join", Json::Array(vec![d.as_str().into(), self.resolve(list)])),
            Expr::Select(i, list) => call("Fn::Select", Json::Array(vec![self.resolve(i), self.resolve(list)])),
            Expr::Split(d, s) => call("Fn::Split", Json::Array(vec![d.as_str().into(), self.resolve(s)])),
            Expr::If(c, a, b) => {
                let node = self.local(c, "missing-condition", "condition");
                if let Some(n) = node {
                    self.refs.push(n);
                }
                let cond = node.map_or(Json::Null, |n| Json::String(self.logical_id(n)));
                call("Fn::If", Json::Array(vec![cond, self.resolve(a), self.resolve(b)]))
            }
            Expr::ImportValue(e) => call("Fn::ImportValue", self.resolve(e)),
            Expr::GetAzs(e) => call("Fn::GetAZs", self.resolve(e)),
            Expr::Cidr(a, b, c) => {
                call("Fn::Cidr", Json::Array(vec![self.resolve(a), self.resolve(b), self.resolve(c)]))
            }
            Expr::FindInMap(m, a, b) => {
                let mapping = self.local(m, "missing-mapping", "mapping");
                if let (Some(node), Expr::String(top), Expr::String(second)) = (mapping, &**a, &**b) {
                    if let NodeKind::Mapping(spec) = &self.model.node(node).kind {
                        if spec.entries.get(top).and_then(|e| e.get(second)).is_none() {
                            let path = self.model.path(node);
                            self.error(
                                "missing-mapping",
                                format!("mapping `{path}` has no entry {top:?} / {second:?}"),
                                "add the entry to the mapping, or look up a key it has",
                            );
                        }
                    }
                }
                let name = mapping.map_or(Json::Null, |n| Json::String(self.logical_id(n)));
                call("Fn::FindInMap", Json::Array(vec![name, self.resolve(a), self.resolve(b)]))
            }
            Expr::Base64(e) => call("Fn::Base64", self.resolve(e)),
            Expr::Equals(a, b) => call("Fn::Equals", Json::Array(vec![self.resolve(a), self.resolve(b)])),
            Expr::And(items) | Expr::Or(items) => {
                let name = if matches!(expr, Expr::And(_)) { "Fn::And" } else { "Fn::Or" };
                if !(2..=10).contains(&items.len()) {
                    self.error(
                        "invalid-condition",
                        format!("{name} takes 2 to 10 conditions, not {}", items.len()),
                        "nest another Fn::And/Fn::Or, or use the single condition directly",
                    );
                }
                let items: Vec<Json> = items.iter().map(|e| self.resolve(e)).collect();
                call(name, Json::Array(items))
            }
            Expr::Not(e) => call("Fn::Not", Json::Array(vec![self.resolve(e)])),
            Expr::Condition(c) => {
                let node = self.local(c, "missing-condition", "condition");
                if let Some(n) = node {
                    self.refs.push(n);
                }
                call("Condition", node.map_or(Json::Null, |n| Json::String(self.logical_id(n))))
            }
            Expr::Contains(list, value) => {
                call("Fn::Contains", Json::Array(vec![self.resolve(list), self.resolve(value)]))
            }
            Expr::Asset(r, part) => {
                let Some(node) = self.target(r) else { return Json::Null };
                // An asset that could not be packed is already reported.
                let Some(asset) = self.assets.get(&node) else { return Json::Null };
                self.used_assets.insert(asset.sha256.clone());
                match part {
                    AssetPart::Bucket => call("Fn::Sub", crate::asset::STAGING_BUCKET_SUB.into()),
                    AssetPart::Key => Json::String(asset.key.clone()),
                }
            }
        }
    }
}

/// `{ name: argument }`, the shape of every intrinsic function. Builds the object directly:
/// `json!` would serialize (deep-copy) the already resolved argument.
fn call(name: &str, argument: Json) -> Json {
    let mut m = Map::with_capacity(1);
    m.insert(name.to_owned(), argument);
    Json::Object(m)
}
