//! Mappings: two-level lookup tables read with `Fn::FindInMap`.

use indexmap::IndexMap;

use crate::value::{Expr, NodeRef, Value};

/// The content of a mapping: top-level keys, each with named values.
#[derive(Debug, Clone, Default)]
pub struct MappingDef {
    pub(crate) entries: IndexMap<String, IndexMap<String, Expr>>,
}

impl MappingDef {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or extends) the top-level key `key` with `(name, value)` pairs.
    pub fn entry<K: Into<String>, V: Into<Expr>>(
        mut self,
        key: impl Into<String>,
        values: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let slot = self.entries.entry(key.into()).or_default();
        for (k, v) in values {
            slot.insert(k.into(), v.into());
        }
        self
    }
}

/// A mapping of a stack.
#[derive(Debug, Clone)]
pub struct Mapping {
    pub(crate) node: NodeRef,
}

impl Mapping {
    /// `Fn::FindInMap`: the value under `top_key` / `second_key`.
    pub fn find<T>(&self, top_key: impl Into<Value<String>>, second_key: impl Into<Value<String>>) -> Value<T> {
        Value::from_expr(Expr::FindInMap(
            self.node.clone(),
            Box::new(top_key.into().into_expr()),
            Box::new(second_key.into().into_expr()),
        ))
    }
}
