//! IAM policy documents and their statements, typed.

use forma_core::value::{Expr, Json, Value};
use forma_core::IndexMap;

use super::principal::Principal;

/// Whether a statement allows or denies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Allows the actions.
    Allow,
    /// Denies the actions, whatever else allows them.
    Deny,
}

impl Effect {
    fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "Allow",
            Effect::Deny => "Deny",
        }
    }
}

/// One statement of a policy: an effect, actions, the resources they apply to, and
/// optionally principals and conditions. Actions and resources keep the order they were
/// first given in, without repeats, so the same calls always give the same template.
///
/// ```
/// use forma_dsl::iam::PolicyStatement;
/// let read = PolicyStatement::allow().actions(["s3:GetObject", "s3:ListBucket"]).resource("arn:aws:s3:::logs");
/// # let _ = read;
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStatement {
    sid: Option<String>,
    effect: Effect,
    principals: Vec<Principal>,
    actions: Vec<String>,
    resources: Vec<Value<String>>,
    /// Operator (`StringEquals`) → key (`aws:SourceArn`) → value.
    conditions: IndexMap<String, IndexMap<String, Expr>>,
}

impl PolicyStatement {
    /// A statement that allows. Default: no actions, resources, principals or conditions.
    pub fn allow() -> Self {
        PolicyStatement::new(Effect::Allow)
    }

    /// A statement that denies. Default: no actions, resources, principals or conditions.
    pub fn deny() -> Self {
        PolicyStatement::new(Effect::Deny)
    }

    fn new(effect: Effect) -> Self {
        PolicyStatement {
            sid: None,
            effect,
            principals: Vec::new(),
            actions: Vec::new(),
            resources: Vec::new(),
            conditions: IndexMap::new(),
        }
    }

    /// The statement's id. Default: none.
    pub fn sid(mut self, sid: impl Into<String>) -> Self {
        self.sid = Some(sid.into());
        self
    }

    /// Adds an action (`s3:GetObject`). Default: none.
    pub fn action(mut self, action: impl Into<String>) -> Self {
        push_new(&mut self.actions, action.into());
        self
    }

    /// Adds actions, in order. Default: none.
    pub fn actions<S: Into<String>>(mut self, actions: impl IntoIterator<Item = S>) -> Self {
        for a in actions {
            push_new(&mut self.actions, a.into());
        }
        self
    }

    /// Adds a resource ARN, a literal or any string value (`bucket.arn()`). Default: none.
    pub fn resource(mut self, resource: impl Into<Value<String>>) -> Self {
        push_new(&mut self.resources, resource.into());
        self
    }

    /// Adds resource ARNs, in order. Default: none.
    pub fn resources<V: Into<Value<String>>>(mut self, resources: impl IntoIterator<Item = V>) -> Self {
        for r in resources {
            push_new(&mut self.resources, r.into());
        }
        self
    }

    /// The principals named (in a resource policy's statement).
    pub(crate) fn principal_list(&self) -> &[Principal] {
        &self.principals
    }

    /// The same statement on `*`: in a key policy, "this key".
    pub(crate) fn on_any_resource(mut self) -> Self {
        self.resources = vec![Value::from("*")];
        self
    }

    /// Adds a principal (in resource policies and trust policies). Default: none.
    pub fn principal(mut self, principal: impl Into<Principal>) -> Self {
        push_new(&mut self.principals, principal.into());
        self
    }

    /// Adds principals, in order. Default: none.
    pub fn principal_all(mut self, principals: impl IntoIterator<Item = Principal>) -> Self {
        for p in principals {
            push_new(&mut self.principals, p);
        }
        self
    }

    /// Adds a condition: `condition("ArnEquals", "aws:SourceArn", topic.arn())`. Default:
    /// none.
    pub fn condition(mut self, operator: impl Into<String>, key: impl Into<String>, value: impl Into<Expr>) -> Self {
        self.conditions.entry(operator.into()).or_default().insert(key.into(), value.into());
        self
    }

    /// Whether the statement allows or denies.
    pub fn effect(&self) -> Effect {
        self.effect
    }

    /// The actions, in the order first given.
    pub fn action_names(&self) -> &[String] {
        &self.actions
    }

    /// The resources, in the order first given.
    pub fn resource_values(&self) -> &[Value<String>] {
        &self.resources
    }

    /// The statement as a template value: `Sid`, `Effect`, `Principal`, `Action`,
    /// `Resource`, `Condition`, each present only when set; one action or resource is
    /// written as a string, several as a list.
    pub fn to_expr(&self) -> Expr {
        let mut m: IndexMap<String, Expr> = IndexMap::new();
        if let Some(sid) = &self.sid {
            m.insert("Sid".into(), Expr::String(sid.clone()));
        }
        m.insert("Effect".into(), Expr::String(self.effect.as_str().into()));
        if !self.principals.is_empty() {
            m.insert("Principal".into(), super::principal::render(&self.principals));
        }
        if !self.actions.is_empty() {
            m.insert("Action".into(), one_or_list(self.actions.iter().map(|a| Expr::String(a.clone())).collect()));
        }
        if !self.resources.is_empty() {
            m.insert("Resource".into(), one_or_list(self.resources.iter().map(|r| r.expr().clone()).collect()));
        }
        if !self.conditions.is_empty() {
            let conditions = self
                .conditions
                .iter()
                .map(|(op, keys)| (op.clone(), Expr::Map(Box::new(keys.clone()))))
                .collect::<IndexMap<_, _>>();
            m.insert("Condition".into(), Expr::Map(Box::new(conditions)));
        }
        Expr::Map(Box::new(m))
    }

    /// Whether `other` can be folded into this statement: the same effect, principals and
    /// conditions, no ids, and the same resources (actions are then merged) or the same
    /// actions (resources merged).
    fn merges_with(&self, other: &PolicyStatement) -> bool {
        self.sid.is_none()
            && other.sid.is_none()
            && self.effect == other.effect
            && self.principals == other.principals
            && self.conditions == other.conditions
            && (self.resources == other.resources || self.actions == other.actions)
    }
}

/// A policy document: `{"Version": "2012-10-17", "Statement": [...]}`. Use it wherever an L1
/// property takes a policy (`Value<Json>`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyDocument {
    statements: Vec<PolicyStatement>,
}

impl PolicyDocument {
    /// An empty document. Default: no statements.
    pub fn new() -> Self {
        PolicyDocument::default()
    }

    /// Adds a statement (see [`PolicyDocument::add_statement`]). Default: none.
    pub fn statement(mut self, statement: PolicyStatement) -> Self {
        self.add_statement(statement);
        self
    }

    /// Adds a statement. One with the same effect, principals and conditions as an earlier
    /// one, and the same resources or the same actions, is folded into it (first-seen order,
    /// no repeats), so grants of several actions on one resource make one statement.
    pub fn add_statement(&mut self, statement: PolicyStatement) {
        match self.statements.iter_mut().find(|s| s.merges_with(&statement)) {
            Some(s) if s.resources == statement.resources => {
                statement.actions.into_iter().for_each(|a| push_new(&mut s.actions, a));
            }
            Some(s) => statement.resources.into_iter().for_each(|r| push_new(&mut s.resources, r)),
            None => self.statements.push(statement),
        }
    }

    /// The statements, in order.
    pub fn statements(&self) -> &[PolicyStatement] {
        &self.statements
    }

    /// Whether the document has no statements.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// The document as a template value.
    pub fn to_expr(&self) -> Expr {
        let statements = self.statements.iter().map(PolicyStatement::to_expr).collect();
        Expr::object([("Version", Expr::String("2012-10-17".into())), ("Statement", Expr::List(statements))])
    }
}

impl From<PolicyDocument> for Value<Json> {
    fn from(doc: PolicyDocument) -> Self {
        Value::from_expr(doc.to_expr())
    }
}

impl From<&PolicyDocument> for Value<Json> {
    fn from(doc: &PolicyDocument) -> Self {
        Value::from_expr(doc.to_expr())
    }
}

fn push_new<T: PartialEq>(items: &mut Vec<T>, item: T) {
    if !items.contains(&item) {
        items.push(item);
    }
}

fn one_or_list(mut items: Vec<Expr>) -> Expr {
    match items.len() {
        1 => items.remove(0),
        _ => Expr::List(items),
    }
}
