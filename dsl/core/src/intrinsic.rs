//! CloudFormation intrinsic functions as typed constructors.
//!
//! `Ref` and `Fn::GetAtt` come from handles (`bucket.get_att("Arn")`, `param.value()`);
//! everything else is here: `Fn::Sub` with named variables, `Fn::Join`, `Fn::Select`,
//! `Fn::Split`, `Fn::If`, `Fn::ImportValue`, `Fn::GetAZs`, `Fn::Cidr`, `Fn::FindInMap`
//! (through [`crate::Mapping::find`]) and `Fn::Base64`.

use indexmap::IndexMap;

use crate::condition::Condition;
use crate::value::{Expr, Value};

/// `Fn::Sub` under construction: a template string and its named variables.
///
/// ```
/// # use forma_core::{intrinsic::sub, Aws};
/// let arn = sub("arn:${AWS::Partition}:s3:::${Bucket}/*").var("Bucket", "my-bucket").build();
/// ```
/// `${AWS::...}` pseudo parameters may be used directly; every other `${Name}` must be
/// given with [`Sub::var`] (synthesis reports the ones that are not). `${!Literal}` stays
/// literal.
#[derive(Debug, Clone)]
pub struct Sub {
    template: String,
    vars: IndexMap<String, Expr>,
}

/// Starts an `Fn::Sub`.
pub fn sub(template: impl Into<String>) -> Sub {
    Sub { template: template.into(), vars: IndexMap::new() }
}

impl Sub {
    /// Binds `${name}` to a value.
    pub fn var(mut self, name: impl Into<String>, value: impl Into<Value<String>>) -> Self {
        self.vars.insert(name.into(), value.into().into_expr());
        self
    }

    pub fn build(self) -> Value<String> {
        Value::from_expr(Expr::Sub(self.template, Box::new(self.vars)))
    }
}

impl From<Sub> for Value<String> {
    fn from(s: Sub) -> Self {
        s.build()
    }
}

impl From<Sub> for Expr {
    fn from(s: Sub) -> Self {
        s.build().into_expr()
    }
}

/// `Fn::Join`: the items joined by `delimiter`.
pub fn join<X: Into<Value<String>>>(delimiter: impl Into<String>, items: impl IntoIterator<Item = X>) -> Value<String> {
    let list = Expr::List(items.into_iter().map(|x| x.into().into_expr()).collect());
    Value::from_expr(Expr::Join(delimiter.into(), Box::new(list)))
}

/// `Fn::Join` over a list-valued expression (a parameter of list type, `Fn::GetAZs`, ...).
pub fn join_list(delimiter: impl Into<String>, list: impl Into<Value<Vec<String>>>) -> Value<String> {
    Value::from_expr(Expr::Join(delimiter.into(), Box::new(list.into().into_expr())))
}

/// `Fn::Select`: the item at `index` of `list`.
pub fn select<T>(index: impl Into<Value<i64>>, list: impl Into<Value<Vec<T>>>) -> Value<T> {
    Value::from_expr(Expr::Select(Box::new(index.into().into_expr()), Box::new(list.into().into_expr())))
}

/// `Fn::Split`: `source` split at every `delimiter`.
pub fn split(delimiter: impl Into<String>, source: impl Into<Value<String>>) -> Value<Vec<String>> {
    Value::from_expr(Expr::Split(delimiter.into(), Box::new(source.into().into_expr())))
}

/// `Fn::If`: `then` when the condition holds, otherwise `otherwise`.
pub fn if_<T>(condition: &Condition, then: impl Into<Value<T>>, otherwise: impl Into<Value<T>>) -> Value<T> {
    Value::from_expr(Expr::If(
        condition.node_ref(),
        Box::new(then.into().into_expr()),
        Box::new(otherwise.into().into_expr()),
    ))
}

/// `Fn::ImportValue`: a value exported by a stack outside this app.
///
/// Values of other stacks of the same app need no import: use them directly, and synthesis
/// adds the export and import.
pub fn import_value<T>(export_name: impl Into<Value<String>>) -> Value<T> {
    Value::from_expr(Expr::ImportValue(Box::new(export_name.into().into_expr())))
}

/// `Fn::GetAZs`: the availability zones of `region` (`""` for the stack's region).
pub fn get_azs(region: impl Into<Value<String>>) -> Value<Vec<String>> {
    Value::from_expr(Expr::GetAzs(Box::new(region.into().into_expr())))
}

/// `Fn::Cidr`: `count` CIDR blocks of `cidr_bits` host bits carved from `ip_block`.
pub fn cidr(
    ip_block: impl Into<Value<String>>,
    count: impl Into<Value<i64>>,
    cidr_bits: impl Into<Value<i64>>,
) -> Value<Vec<String>> {
    Value::from_expr(Expr::Cidr(
        Box::new(ip_block.into().into_expr()),
        Box::new(count.into().into_expr()),
        Box::new(cidr_bits.into().into_expr()),
    ))
}

/// `Fn::Base64`: the value, base64-encoded by CloudFormation (EC2 user data).
pub fn base64(value: impl Into<Value<String>>) -> Value<String> {
    Value::from_expr(Expr::Base64(Box::new(value.into().into_expr())))
}
