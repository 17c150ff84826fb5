//! What generated resource types (the `forma-cfn` crate) stand on: their schema's
//! constraints as static data, property storage that renders in schema order, enum
//! arguments and typed attribute handles.
//!
//! Synthesis reads a resource's [`ResourceType`] through the tree (never by looking a type
//! name up), so `forma-synth` links against none of the generated types.

use std::borrow::Cow;
use std::panic::Location;

use indexmap::IndexMap;

use crate::value::{Expr, NodeRef, Value};

/// Where the properties of a resource were set: `(name, the caller's line)`, in the order
/// set ([`crate::model::Model::set_at`]).
pub type SetAt = Vec<(Cow<'static, str>, &'static Location<'static>)>;

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
    /// Which properties go together.
    pub rules: &'static [Combination],
    /// What `Fn::GetAtt` may ask for.
    pub attributes: &'static [&'static str],
}

/// A property type (a schema definition): the properties of a nested object.
#[derive(Debug)]
pub struct PropertyType {
    /// `AWS::SQS::Queue.RedrivePolicy`-style name, for messages.
    pub name: &'static str,
    pub properties: &'static [Property],
    /// Which properties go together.
    pub rules: &'static [Combination],
}

/// A rule over which properties of one object are set together.
#[derive(Debug)]
pub enum Combination {
    /// Exactly one of the groups is set in full (the schema's `oneOf` of required lists,
    /// `requiredXor`).
    OneOf(&'static [&'static [&'static str]]),
    /// At least one of the groups is set in full (`anyOf`, `requiredOr`).
    AnyOf(&'static [&'static [&'static str]]),
    /// When the property is set, so must the others be (`dependentRequired`).
    Requires(&'static str, &'static [&'static str]),
    /// When the property is set, none of the others may be (`dependentExcluded`).
    Excludes(&'static str, &'static [&'static str]),
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
    /// One of the listed integers (the schema's integer `enum`: a log group's retention in
    /// days); CloudFormation refuses any other, so another value is an error.
    IntegerEnum(&'static [i64]),
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

/// Property values of a generated type as its setters record them, by their index in the
/// schema's property list; [`Props::into_object`] puts them in schema order. A resource's
/// setters also record where they were called ([`Props::set_at`]).
#[derive(Debug, Clone, Default)]
pub struct Props {
    values: Vec<(u16, Expr)>,
    locations: Vec<(u16, &'static Location<'static>)>,
}

/// Equal when the values are: where they were set does not count.
impl PartialEq for Props {
    fn eq(&self, other: &Props) -> bool {
        self.values == other.values
    }
}

impl Props {
    /// Sets (or replaces) the property at `index`.
    pub fn set(&mut self, index: u16, value: Expr) {
        match self.values.iter_mut().find(|(i, _)| *i == index) {
            Some(slot) => slot.1 = value,
            None => self.values.push((index, value)),
        }
    }

    /// Sets (or replaces) the property at `index`, set at `location` (a resource's setter
    /// passes its caller's), which messages about the value point at.
    pub fn set_at(&mut self, index: u16, value: Expr, location: &'static Location<'static>) {
        self.set(index, value);
        match self.locations.iter_mut().find(|(i, _)| *i == index) {
            Some(slot) => slot.1 = location,
            None => self.locations.push((index, location)),
        }
    }

    /// The properties in schema order ([`Props::into_object`]) and where each was set.
    pub fn into_parts(mut self, properties: &'static [Property]) -> (Object, SetAt) {
        let set_at = std::mem::take(&mut self.locations)
            .into_iter()
            .filter_map(|(i, at)| properties.get(usize::from(i)).map(|p| (Cow::Borrowed(p.name), at)))
            .collect();
        (self.into_object(properties), set_at)
    }

    /// The properties of `properties`'s type, in schema order whatever order they were set in.
    pub fn into_object(mut self, properties: &'static [Property]) -> Object {
        self.values.sort_unstable_by_key(|(i, _)| *i);
        self.values.retain(|(i, _)| usize::from(*i) < properties.len());
        // Most objects hold one or two properties: give back the rest of the first
        // allocation (four slots) for the next ones to use.
        Object { schema: properties, known: self.values.into_boxed_slice(), other: None }
    }

    /// The properties as one nested value.
    pub fn into_expr(self, properties: &'static [Property]) -> Expr {
        Expr::Object(self.into_object(properties))
    }
}

/// The properties of a resource or of a nested object: those its schema knows, in schema
/// order, then any others (set by name, through an escape hatch or on a
/// [`crate::RawResource`]) in the order they were first set. Names are the schema's own
/// `&'static str`s, so a typed value holds no copy of them.
#[derive(Debug, Clone, Default)]
pub struct Object {
    schema: &'static [Property],
    /// `(index into schema, value)`, sorted by index. A boxed slice, so that an `Expr`
    /// stays 48 bytes: objects are set once and rarely changed after.
    known: Box<[(u16, Expr)]>,
    /// Values under names the schema does not list.
    other: Option<Box<IndexMap<String, Expr>>>,
}

impl Object {
    /// An object without a schema: every property is set by name.
    pub fn from_map(map: IndexMap<String, Expr>) -> Object {
        let other = if map.is_empty() { None } else { Some(Box::new(map)) };
        Object { schema: &[], known: Box::default(), other }
    }

    /// The schema's property list (empty for an object without a schema).
    pub fn schema(&self) -> &'static [Property] {
        self.schema
    }

    /// Sets (or replaces) the property `name`: in its schema slot when the schema has it,
    /// after the others when not.
    pub fn set(&mut self, name: impl Into<String> + AsRef<str>, value: Expr) {
        match self.schema.iter().position(|p| p.name == name.as_ref()) {
            Some(i) => self.set_index(i as u16, value),
            None => {
                self.other.get_or_insert_with(Default::default).insert(name.into(), value);
            }
        }
    }

    fn set_index(&mut self, index: u16, value: Expr) {
        match self.known.binary_search_by_key(&index, |(i, _)| *i) {
            Ok(at) => self.known[at].1 = value,
            Err(at) => {
                let mut known = std::mem::take(&mut self.known).into_vec();
                known.insert(at, (index, value));
                self.known = known.into_boxed_slice();
            }
        }
    }

    /// The value of `name`.
    pub fn get(&self, name: &str) -> Option<&Expr> {
        match self.schema.iter().position(|p| p.name == name) {
            Some(i) => self.known.binary_search_by_key(&(i as u16), |(i, _)| *i).ok().map(|at| &self.known[at].1),
            None => self.other.as_ref().and_then(|m| m.get(name)),
        }
    }

    /// The value of `name`, to change in place.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Expr> {
        match self.schema.iter().position(|p| p.name == name) {
            Some(i) => match self.known.binary_search_by_key(&(i as u16), |(i, _)| *i) {
                Ok(at) => Some(&mut self.known[at].1),
                Err(_) => None,
            },
            None => self.other.as_mut().and_then(|m| m.get_mut(name)),
        }
    }

    /// Removes `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Expr> {
        match self.schema.iter().position(|p| p.name == name) {
            Some(i) => match self.known.binary_search_by_key(&(i as u16), |(i, _)| *i) {
                Ok(at) => {
                    let mut known = std::mem::take(&mut self.known).into_vec();
                    let (_, value) = known.remove(at);
                    self.known = known.into_boxed_slice();
                    Some(value)
                }
                Err(_) => None,
            },
            None => self.other.as_mut().and_then(|m| m.shift_remove(name)),
        }
    }

    /// Whether the property at `index` of the schema is set.
    pub fn has_index(&self, index: usize) -> bool {
        self.known.binary_search_by_key(&index, |(i, _)| usize::from(*i)).is_ok()
    }

    /// How many properties are set.
    pub fn len(&self) -> usize {
        self.known.len() + self.other.as_ref().map_or(0, |m| m.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every property in template order: `(name, its schema entry if the schema has it,
    /// value)`.
    pub fn entries(&self) -> impl Iterator<Item = (&str, Option<&'static Property>, &Expr)> {
        let schema = self.schema;
        let known = self.known.iter().map(move |(i, e)| {
            let p = &schema[usize::from(*i)];
            (p.name, Some(p), e)
        });
        known.chain(self.other.iter().flat_map(|m| m.iter().map(|(k, e)| (k.as_str(), None, e))))
    }

    /// `(name, value)` in template order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Expr)> {
        self.entries().map(|(k, _, e)| (k, e))
    }

    /// The values in template order.
    pub fn values(&self) -> impl Iterator<Item = &Expr> {
        self.known.iter().map(|(_, e)| e).chain(self.other.iter().flat_map(|m| m.values()))
    }

    /// The values in template order, to change in place.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Expr> {
        self.known.iter_mut().map(|(_, e)| e).chain(self.other.iter_mut().flat_map(|m| m.values_mut()))
    }

    /// The same properties as a plain map, in template order.
    pub fn into_map(self) -> IndexMap<String, Expr> {
        let schema = self.schema;
        let mut map: IndexMap<String, Expr> =
            self.known.into_vec().into_iter().map(|(i, e)| (schema[usize::from(i)].name.to_owned(), e)).collect();
        if let Some(other) = self.other {
            map.extend(*other);
        }
        map
    }
}

/// Equal when they render the same: the same names and values in the same order.
impl PartialEq for Object {
    fn eq(&self, other: &Object) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
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
