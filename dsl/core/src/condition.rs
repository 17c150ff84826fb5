//! Conditions: named boolean expressions over parameters and pseudo parameters.
//!
//! Build an expression with [`equals`], [`and`], [`or`] and [`not`], name it with
//! [`crate::Scope::add_condition`], then use the [`Condition`] handle in `Fn::If`, on a
//! resource ([`crate::Resource::set_condition`]) or on an output.

use crate::value::{Expr, NodeRef, Value};

/// A boolean condition expression (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, or a
/// reference to a named condition).
#[derive(Debug, Clone, PartialEq)]
pub struct CondExpr(pub(crate) Expr);

impl CondExpr {
    pub fn expr(&self) -> &Expr {
        &self.0
    }
    pub fn into_expr(self) -> Expr {
        self.0
    }
}

/// `Fn::Equals`: whether two values are equal.
pub fn equals<T>(a: impl Into<Value<T>>, b: impl Into<Value<T>>) -> CondExpr {
    CondExpr(Expr::Equals(Box::new(a.into().into_expr()), Box::new(b.into().into_expr())))
}

/// `Fn::And`: all of the conditions (CloudFormation accepts 2 to 10).
pub fn and(conds: impl IntoIterator<Item = impl Into<CondExpr>>) -> CondExpr {
    CondExpr(Expr::And(conds.into_iter().map(|c| c.into().0).collect()))
}

/// `Fn::Or`: any of the conditions (CloudFormation accepts 2 to 10).
pub fn or(conds: impl IntoIterator<Item = impl Into<CondExpr>>) -> CondExpr {
    CondExpr(Expr::Or(conds.into_iter().map(|c| c.into().0).collect()))
}

/// `Fn::Not`: the negation.
pub fn not(cond: impl Into<CondExpr>) -> CondExpr {
    CondExpr(Expr::Not(Box::new(cond.into().0)))
}

/// `Fn::Contains` (in rules): whether `list` contains `value`.
pub fn contains(list: impl Into<Value<Vec<String>>>, value: impl Into<Value<String>>) -> CondExpr {
    CondExpr(Expr::Contains(Box::new(list.into().into_expr()), Box::new(value.into().into_expr())))
}

/// A named condition of a stack.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub(crate) node: NodeRef,
}

impl Condition {
    pub(crate) fn node_ref(&self) -> NodeRef {
        self.node.clone()
    }

    /// The condition as an expression, to combine with others.
    pub fn expr(&self) -> CondExpr {
        CondExpr(Expr::Condition(self.node.clone()))
    }
}

impl From<&Condition> for CondExpr {
    fn from(c: &Condition) -> Self {
        c.expr()
    }
}

impl From<Condition> for CondExpr {
    fn from(c: Condition) -> Self {
        c.expr()
    }
}
