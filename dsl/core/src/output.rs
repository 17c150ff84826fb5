//! Stack outputs.

use crate::condition::Condition;
use crate::model::OutputSpec;
use crate::value::{Expr, Value};

/// A stack output under construction: a value, optionally described, exported or
/// conditional.
#[derive(Debug, Clone)]
pub struct Output {
    pub(crate) spec: OutputSpec,
}

impl Output {
    pub fn new<T>(value: impl Into<Value<T>>) -> Self {
        Output {
            spec: OutputSpec { value: value.into().into_expr(), description: None, export_name: None, condition: None },
        }
    }

    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.spec.description = Some(text.into());
        self
    }

    /// Exports the value under `name` for stacks outside this app (`Fn::ImportValue`).
    /// Stacks of the same app need no export: references between them are wired up by
    /// synthesis.
    pub fn export(mut self, name: impl Into<Value<String>>) -> Self {
        self.spec.export_name = Some(name.into().into_expr());
        self
    }

    /// Only created when the condition holds.
    pub fn condition(mut self, condition: &Condition) -> Self {
        self.spec.condition = Some(condition.node.clone());
        self
    }

    pub fn value(&self) -> &Expr {
        &self.spec.value
    }
}
