//! Template rules: checks on parameter values that CloudFormation runs before creating or
//! updating a stack.

use crate::condition::CondExpr;
use crate::value::Expr;

/// A rule's declaration as it appears in the template.
#[derive(Debug, Clone, Default)]
pub struct RuleSpec {
    /// When the rule applies; always, when absent.
    pub rule_condition: Option<Expr>,
    /// `(assertion, message shown when it fails)`.
    pub assertions: Vec<(Expr, Option<String>)>,
}

/// A rule under construction.
#[derive(Debug, Clone, Default)]
pub struct Rule {
    pub(crate) spec: RuleSpec,
}

impl Rule {
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies the rule only when `cond` holds.
    pub fn when(mut self, cond: impl Into<CondExpr>) -> Self {
        self.spec.rule_condition = Some(cond.into().0);
        self
    }

    /// Requires `cond` to hold, with the message shown when it does not.
    pub fn assert(mut self, cond: impl Into<CondExpr>, description: impl Into<String>) -> Self {
        self.spec.assertions.push((cond.into().0, Some(description.into())));
        self
    }
}
