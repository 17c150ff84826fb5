//! Typed property values and the untyped expression tree beneath them.
//!
//! [`Value<T>`] is what builders accept and handles return: a literal (through `From`) or an
//! intrinsic whose result has type `T`. Underneath is an [`Expr`], the CloudFormation value
//! language: literals, lists, maps, references to other elements of the app, and intrinsic
//! functions. References hold the element itself, never a logical id, so they cannot dangle;
//! synthesis turns them into `Ref`, `Fn::GetAtt` or, across stacks, `Fn::ImportValue`.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::rc::{Rc, Weak};

use indexmap::IndexMap;

use crate::model::{Model, NodeId};
use crate::pseudo::Pseudo;

/// A reference to an element (resource, parameter, condition, mapping) of some app.
#[derive(Clone)]
pub struct NodeRef {
    pub(crate) model: Weak<RefCell<Model>>,
    pub(crate) node: NodeId,
}

impl NodeRef {
    pub(crate) fn new(model: &Rc<RefCell<Model>>, node: NodeId) -> Self {
        NodeRef { model: Rc::downgrade(model), node }
    }

    /// The node's index in its model.
    pub fn node(&self) -> NodeId {
        self.node
    }

    /// Whether this reference points into the given model.
    pub fn belongs_to(&self, model: &Rc<RefCell<Model>>) -> bool {
        std::ptr::eq(self.model.as_ptr(), Rc::as_ptr(model))
    }

    /// Records `diagnostic` in the referenced element's own app (which may be another app
    /// than the one at hand), so that synthesizing that app reports it: for a mistake made
    /// from another app, which that app's synthesis would not see otherwise (a grant to a
    /// role of another App). Nothing is recorded when that app no longer exists.
    pub fn report_in_own_app(&self, mut diagnostic: crate::Diagnostic) {
        if let Some(model) = self.model.upgrade() {
            if let Ok(mut model) = model.try_borrow_mut() {
                diagnostic.location = diagnostic.location.map(|at| model.user_location(self.node, at));
                model.diagnostics.push(diagnostic);
            }
        }
    }

    /// The path of the referenced element, read from its own app (which may be another app
    /// than the one being synthesized), or `None` when that app no longer exists or is
    /// being read right now.
    pub fn foreign_path(&self) -> Option<String> {
        let model = self.model.upgrade()?;
        let model = model.try_borrow().ok()?;
        model.get(self.node).map(|_| model.path(self.node))
    }
}

impl PartialEq for NodeRef {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node && Weak::ptr_eq(&self.model, &other.model)
    }
}

impl fmt::Debug for NodeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NodeRef({})", self.node)
    }
}

/// The CloudFormation value language, untyped.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
    List(Vec<Expr>),
    /// A map written by hand (`obj!`), boxed to keep every `Expr` small.
    Map(Box<IndexMap<String, Expr>>),
    /// An object of a generated property type: its properties in schema order.
    Object(crate::schema::Object),
    /// `Ref` to a resource or parameter.
    Ref(NodeRef),
    /// `Fn::GetAtt` of a resource attribute.
    GetAtt(NodeRef, String),
    /// `Ref` to a pseudo parameter (`AWS::Region`, ...).
    Pseudo(Pseudo),
    /// `Fn::Sub` with named variables.
    Sub(String, Box<IndexMap<String, Expr>>),
    /// `Fn::Join`: delimiter, list.
    Join(String, Box<Expr>),
    /// `Fn::Select`: index, list.
    Select(Box<Expr>, Box<Expr>),
    /// `Fn::Split`: delimiter, string.
    Split(String, Box<Expr>),
    /// `Fn::If`: condition, value when true, value when false.
    If(NodeRef, Box<Expr>, Box<Expr>),
    ImportValue(Box<Expr>),
    GetAzs(Box<Expr>),
    /// `Fn::Cidr`: ip block, count, cidr bits.
    Cidr(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `Fn::FindInMap`: mapping, top-level key, second-level key.
    FindInMap(NodeRef, Box<Expr>, Box<Expr>),
    Base64(Box<Expr>),
    /// `Fn::Equals`.
    Equals(Box<Expr>, Box<Expr>),
    /// `Fn::And`.
    And(Vec<Expr>),
    /// `Fn::Or`.
    Or(Vec<Expr>),
    /// `Fn::Not`.
    Not(Box<Expr>),
    /// `{"Condition": name}` inside a condition expression.
    Condition(NodeRef),
    /// `Fn::Contains` (rules only): list, value.
    Contains(Box<Expr>, Box<Expr>),
    /// Where an asset is uploaded: its bucket or its key.
    Asset(NodeRef, crate::asset::AssetPart),
}

impl Expr {
    /// A map from `(key, value)` pairs, in order.
    pub fn object<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Expr)>) -> Expr {
        Expr::Map(Box::new(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect()))
    }

    /// A list of expressions.
    pub fn list(items: impl IntoIterator<Item = Expr>) -> Expr {
        Expr::List(items.into_iter().collect())
    }

    /// Calls `f` on each expression directly inside this one, in order (for a walk that
    /// treats some kinds, `Fn::If`'s branches, apart).
    pub fn for_each_child<'a>(&'a self, mut f: impl FnMut(&'a Expr)) {
        match self {
            Expr::Bool(_) | Expr::Int(_) | Expr::Float(_) | Expr::String(_) => {}
            Expr::Ref(_) | Expr::GetAtt(..) | Expr::Pseudo(_) | Expr::Condition(_) | Expr::Asset(..) => {}
            Expr::List(items) | Expr::And(items) | Expr::Or(items) => items.iter().for_each(f),
            Expr::Map(map) => map.values().for_each(f),
            Expr::Object(o) => o.values().for_each(f),
            Expr::Sub(_, vars) => vars.values().for_each(f),
            Expr::Join(_, e)
            | Expr::Split(_, e)
            | Expr::ImportValue(e)
            | Expr::GetAzs(e)
            | Expr::Base64(e)
            | Expr::Not(e) => f(e),
            Expr::Select(a, b) | Expr::Equals(a, b) | Expr::Contains(a, b) => {
                f(a);
                f(b);
            }
            Expr::If(_, a, b) | Expr::FindInMap(_, a, b) => {
                f(a);
                f(b);
            }
            Expr::Cidr(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
        }
    }

    /// Calls `f` on this expression and every expression inside it, depth first.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        f(self);
        match self {
            Expr::Bool(_) | Expr::Int(_) | Expr::Float(_) | Expr::String(_) => {}
            Expr::Ref(_) | Expr::GetAtt(..) | Expr::Pseudo(_) | Expr::Condition(_) | Expr::Asset(..) => {}
            Expr::List(items) | Expr::And(items) | Expr::Or(items) => items.iter().for_each(|e| e.walk(f)),
            Expr::Map(map) => map.values().for_each(|e| e.walk(f)),
            Expr::Object(o) => o.values().for_each(|e| e.walk(f)),
            Expr::Sub(_, vars) => vars.values().for_each(|e| e.walk(f)),
            Expr::Join(_, e)
            | Expr::Split(_, e)
            | Expr::ImportValue(e)
            | Expr::GetAzs(e)
            | Expr::Base64(e)
            | Expr::Not(e) => e.walk(f),
            Expr::Select(a, b) | Expr::Equals(a, b) | Expr::Contains(a, b) => {
                a.walk(f);
                b.walk(f);
            }
            Expr::If(_, a, b) | Expr::FindInMap(_, a, b) => {
                a.walk(f);
                b.walk(f);
            }
            Expr::Cidr(a, b, c) => {
                a.walk(f);
                b.walk(f);
                c.walk(f);
            }
        }
    }
}

/// Marker for free-form JSON values (policy documents, metadata): `Value<Json>`.
#[derive(Debug, Clone, Copy)]
pub enum Json {}

/// A property value whose CloudFormation type is `T`: a literal or an intrinsic.
///
/// `T` is `String`, `i64`, `f64`, `bool`, `Vec<U>` or [`Json`]. Literals convert with
/// `From` (`Value::<String>::from("x")`, or `.into()` at a builder argument).
pub struct Value<T> {
    expr: Expr,
    ty: PhantomData<fn() -> T>,
}

impl<T> Value<T> {
    /// Wraps an expression the caller knows to have type `T`.
    pub fn from_expr(expr: Expr) -> Self {
        Value { expr, ty: PhantomData }
    }

    pub fn expr(&self) -> &Expr {
        &self.expr
    }

    pub fn into_expr(self) -> Expr {
        self.expr
    }
}

impl<T> Clone for Value<T> {
    fn clone(&self) -> Self {
        Value::from_expr(self.expr.clone())
    }
}

impl<T> fmt::Debug for Value<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.expr.fmt(f)
    }
}

impl<T> PartialEq for Value<T> {
    fn eq(&self, other: &Self) -> bool {
        self.expr == other.expr
    }
}

impl<T> From<Value<T>> for Expr {
    fn from(v: Value<T>) -> Expr {
        v.expr
    }
}

impl<T> From<&Value<T>> for Expr {
    fn from(v: &Value<T>) -> Expr {
        v.expr.clone()
    }
}

impl<T> From<&Value<T>> for Value<T> {
    fn from(v: &Value<T>) -> Value<T> {
        v.clone()
    }
}

macro_rules! literal {
    ($t:ty => $target:ty, $variant:ident, $conv:expr) => {
        impl From<$t> for Value<$target> {
            fn from(v: $t) -> Self {
                Value::from_expr(Expr::$variant($conv(v)))
            }
        }
        impl From<$t> for Expr {
            fn from(v: $t) -> Self {
                Expr::$variant($conv(v))
            }
        }
    };
}

literal!(&str => String, String, String::from);
literal!(String => String, String, |s| s);
literal!(&String => String, String, Clone::clone);
literal!(bool => bool, Bool, |b| b);
literal!(i64 => i64, Int, |n| n);
literal!(i32 => i64, Int, i64::from);
literal!(u32 => i64, Int, i64::from);
literal!(u16 => i64, Int, i64::from);
literal!(f64 => f64, Float, |n| n);

impl<T, X: Into<Value<T>>> From<Vec<X>> for Value<Vec<T>> {
    fn from(items: Vec<X>) -> Self {
        Value::from_expr(Expr::List(items.into_iter().map(|x| x.into().into_expr()).collect()))
    }
}

impl<T, X: Into<Value<T>>, const N: usize> From<[X; N]> for Value<Vec<T>> {
    fn from(items: [X; N]) -> Self {
        Value::from_expr(Expr::List(items.into_iter().map(|x| x.into().into_expr()).collect()))
    }
}

impl<X: Into<Expr>> From<Vec<X>> for Expr {
    fn from(items: Vec<X>) -> Self {
        Expr::List(items.into_iter().map(Into::into).collect())
    }
}

impl From<Expr> for Value<Json> {
    fn from(e: Expr) -> Self {
        Value::from_expr(e)
    }
}

/// Builds an [`Expr::Map`]: `obj! { "Key" => value, ... }`; each value goes through
/// `Expr::from`, so literals, [`Value`]s and nested `obj!`/`list!` all fit.
#[macro_export]
macro_rules! obj {
    () => {
        $crate::value::Expr::Map(::std::default::Default::default())
    };
    ($($k:expr => $v:expr),+ $(,)?) => {
        $crate::value::Expr::object([$( ($k, $crate::value::Expr::from($v)) ),*])
    };
}

/// Builds an [`Expr::List`]: `list![a, b, c]`, each item through `Expr::from`.
#[macro_export]
macro_rules! list {
    ($($v:expr),* $(,)?) => {
        $crate::value::Expr::list([$( $crate::value::Expr::from($v) ),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_convert_to_their_types() {
        let s: Value<String> = "x".into();
        assert_eq!(s.expr(), &Expr::String("x".into()));
        let n: Value<i64> = 5.into();
        assert_eq!(n.expr(), &Expr::Int(5));
        let l: Value<Vec<String>> = vec!["a", "b"].into();
        assert_eq!(l.expr(), &Expr::List(vec!["a".into(), "b".into()]));
        assert_eq!(obj! {}, Expr::Map(Box::default()));
        let o = obj! { "A" => 1, "B" => list!["x", true] };
        let Expr::Map(m) = o else { panic!("not a map") };
        assert_eq!(m.keys().collect::<Vec<_>>(), ["A", "B"]);
    }
}
