//! Intents: what a construct means beyond the L1 resources it renders, for an emitter that
//! has a higher-level form of it — the SAM target writes a function with its event sources
//! as one `AWS::Serverless::Function`, an API with its routes as one
//! `AWS::Serverless::Api`. Constructs record them; they know nothing of any target.

use indexmap::IndexMap;

use crate::value::Expr;

/// The intent of one construct.
#[derive(Debug, Clone, PartialEq)]
pub struct Intent {
    /// What it is: `Function`, `RestApi`, `HttpApi`, `Table`.
    pub kind: &'static str,
    /// Its settings, by name, in the order recorded (`Runtime`, `Handler`, ...).
    pub properties: IndexMap<String, Expr>,
    /// What grew after it was made, by name, in the order added (`Events`, `Routes`).
    pub lists: IndexMap<String, Vec<Expr>>,
}

impl Intent {
    pub(crate) fn new(kind: &'static str) -> Self {
        Intent { kind, properties: IndexMap::new(), lists: IndexMap::new() }
    }
}
