//! What generated resource types (the `forma-cfn` crate) stand on: their schema's
//! constraints as static data, property storage that renders in schema order, enum
//! arguments and typed attribute handles.
//!
//! Synthesis reads a resource's [`ResourceType`] through the tree (never by looking a type
//! name up), so `forma-synth` links against none of the generated types.

use indexmap::IndexMap;

use crate::value::{Expr, NodeRef, Value};

/// Every resource type forma has a schema of: what synthesis consults for a
/// [`crate::RawResource`] (whose type it knows only by name) and to tell a misspelt type
/// from a real one. `forma-cfn` generates it (`forma_dsl::cfn::REGISTRY`).
#[derive(Debug)]
pub struct Registry {
    /// The names of every type in the registry, sorted, whether its service's feature is on
    /// or not.
    pub type_names: &'static [&'static str],
    /// The schema of a type whose service's feature is on.
    pub lookup: fn(&str) -> Option<&'static ResourceType>,
}

/// A CloudFormation resource type as its registry schema describes it.
#[derive(Debug)]
pub struct ResourceType {
    /// `AWS::SQS::Queue`.
    pub type_name: &'static str,
    /// Every property, in schema order.
    pub properties: &'static [Property],
    /// What `Fn::GetAtt` may ask for.
    pub attributes: &'static [&'static str],
}

/// A property type (a schema definition): the properties of a nested object.
#[derive(Debug)]
pub struct PropertyType {
    /// `AWS::SQS::Queue.RedrivePolicy`-style name, for messages.
    pub name: &'static str,
    pub properties: &'static [Property],
}

/// One property of a resource or property type.
#[derive(Debug)]
pub struct Property {
    /// `DelaySeconds`.
    pub name: &'static str,
    pub required: bool,
    /// Changing it replaces the resource.
    pub create_only: bool,
    pub shape: Shape,
}

/// What a property's value must look like.
#[derive(Debug)]
pub enum Shape {
    String(&'static StringRule),
    Integer(NumberRule),
    Number(NumberRule),
    Boolean,
    /// One of the listed strings (the schema's `enum`); another value is a warning.
    Enum(&'static [&'static str]),
    List(&'static Shape, ListRule),
    /// A map of string keys to values of one shape.
    Map(&'static Shape),
    Object(&'static PropertyType),
    /// Free-form JSON (policy documents, event patterns), or a value of several types.
    Json,
}

/// Limits on a string.
#[derive(Debug)]
pub struct StringRule {
    pub pattern: Option<&'static str>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
}

/// Limits on a number.
#[derive(Debug, Clone, Copy)]
pub struct NumberRule {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
}

/// Limits on a list.
#[derive(Debug, Clone, Copy)]
pub struct ListRule {
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
}

/// A string without limits.
pub static ANY_STRING: StringRule = StringRule { pattern: None, min_length: None, max_length: None };

/// Property values of a generated type, by their index in the schema's property list:
/// rendered in schema order whatever order the setters were called in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Props {
    values: Vec<(u16, Expr)>,
}

impl Props {
    /// Sets (or replaces) the property at `index`.
    pub fn set(&mut self, index: u16, value: Expr) {
        match self.values.iter_mut().find(|(i, _)| *i == index) {
            Some(slot) => slot.1 = value,
            None => self.values.push((index, value)),
        }
    }

    /// The properties by name, in schema order.
    pub fn into_map(mut self, properties: &'static [Property]) -> IndexMap<String, Expr> {
        self.values.sort_by_key(|(i, _)| *i);
        self.values
            .into_iter()
            .filter_map(|(i, e)| properties.get(usize::from(i)).map(|p| (p.name.to_owned(), e)))
            .collect()
    }

    /// The properties as one map value (a nested object).
    pub fn into_expr(self, properties: &'static [Property]) -> Expr {
        Expr::Map(self.into_map(properties))
    }
}

/// A generated enumeration: `as_str()` is the value CloudFormation reads.
pub trait CfnEnum: Into<Value<Self>> + Sized {}

/// What an enum-typed setter takes: a variant, a `Value` of the enum, or any string value
/// (a parameter, `Fn::If`, `Fn::ImportValue`, ...).
pub trait EnumArg<E> {
    fn into_enum_expr(self) -> Expr;
}

impl<E: CfnEnum> EnumArg<E> for E {
    fn into_enum_expr(self) -> Expr {
        self.into().into_expr()
    }
}

impl<E: CfnEnum> EnumArg<E> for Value<String> {
    fn into_enum_expr(self) -> Expr {
        self.into_expr()
    }
}

impl<E: CfnEnum> EnumArg<E> for &Value<String> {
    fn into_enum_expr(self) -> Expr {
        self.expr().clone()
    }
}

/// The typed attributes of a resource handle (`queue.arn()`), reached through
/// [`crate::Resource`]'s `Deref`.
pub trait Attributes: Clone {
    fn new(node: NodeRef) -> Self;
}

/// The attributes of a resource type without typed ones ([`crate::RawResource`]): use
/// `get_att`.
#[derive(Debug, Clone)]
pub struct NoAttributes;

impl Attributes for NoAttributes {
    fn new(_: NodeRef) -> Self {
        NoAttributes
    }
}

/// `Fn::GetAtt` of `node`'s `attribute`: what generated attribute accessors return.
pub fn get_att<T>(node: &NodeRef, attribute: &str) -> Value<T> {
    Value::from_expr(Expr::GetAtt(node.clone(), attribute.to_owned()))
}
