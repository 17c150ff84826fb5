//! Typed template parameters.
//!
//! ```
//! # use forma_core::{App, ParameterDef};
//! let app = App::new();
//! let stack = app.stack("Web");
//! let env = stack.add_parameter("Env", ParameterDef::string().default("dev").allowed_values(["dev", "prod"]));
//! let _name = env.value(); // Value<String>, a `Ref` to the parameter
//! ```

use std::marker::PhantomData;

use crate::value::{Expr, NodeRef, Value};

/// A parameter's declaration as it appears in the template.
#[derive(Debug, Clone, Default)]
pub struct ParameterSpec {
    /// `String`, `Number`, `List<Number>`, `CommaDelimitedList`, `AWS::EC2::VPC::Id`,
    /// `AWS::SSM::Parameter::Value<String>`, ...
    pub type_name: String,
    pub description: Option<String>,
    pub default: Option<Expr>,
    /// Masks the value in the console and API answers.
    pub no_echo: bool,
    pub allowed_values: Vec<Expr>,
    pub allowed_pattern: Option<String>,
    pub constraint_description: Option<String>,
    pub min_length: Option<u32>,
    pub max_length: Option<u32>,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
}

/// A parameter declaration under construction; `T` is the type of its value.
#[derive(Debug, Clone)]
pub struct ParameterDef<T> {
    pub(crate) spec: ParameterSpec,
    ty: PhantomData<fn() -> T>,
}

impl<T> ParameterDef<T> {
    fn of(type_name: impl Into<String>) -> Self {
        ParameterDef {
            spec: ParameterSpec { type_name: type_name.into(), ..ParameterSpec::default() },
            ty: PhantomData,
        }
    }

    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.spec.description = Some(text.into());
        self
    }

    /// The value used when none is given at deploy time.
    pub fn default(mut self, value: impl Into<Value<T>>) -> Self {
        self.spec.default = Some(value.into().into_expr());
        self
    }

    /// Masks the value in the console and API answers. A masked parameter should have no
    /// default: the default would sit in the template in clear.
    pub fn no_echo(mut self) -> Self {
        self.spec.no_echo = true;
        self
    }

    fn allowed<X: Into<Value<I>>, I>(mut self, values: impl IntoIterator<Item = X>) -> Self {
        self.spec.allowed_values = values.into_iter().map(|v| v.into().into_expr()).collect();
        self
    }

    /// The message shown when a constraint is not met.
    pub fn constraint_description(mut self, text: impl Into<String>) -> Self {
        self.spec.constraint_description = Some(text.into());
        self
    }
}

impl ParameterDef<String> {
    /// A `String` parameter.
    pub fn string() -> Self {
        Self::of("String")
    }

    /// An AWS-specific type whose value is one id: `AWS::EC2::VPC::Id`,
    /// `AWS::EC2::KeyPair::KeyName`, `AWS::Route53::HostedZone::Id`, ...
    pub fn aws(type_name: impl Into<String>) -> Self {
        Self::of(type_name)
    }

    /// The name of an SSM parameter (`AWS::SSM::Parameter::Name`).
    pub fn ssm_name() -> Self {
        Self::of("AWS::SSM::Parameter::Name")
    }

    /// The value of the SSM parameter whose name is given
    /// (`AWS::SSM::Parameter::Value<String>`).
    pub fn ssm_value() -> Self {
        Self::of("AWS::SSM::Parameter::Value<String>")
    }

    /// The only values accepted. Default: any value.
    pub fn allowed_values<X: Into<Value<String>>>(self, values: impl IntoIterator<Item = X>) -> Self {
        self.allowed(values)
    }

    /// A regular expression (Java's dialect) the whole value must match. Default: any value.
    pub fn allowed_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.spec.allowed_pattern = Some(pattern.into());
        self
    }

    pub fn min_length(mut self, n: u32) -> Self {
        self.spec.min_length = Some(n);
        self
    }

    pub fn max_length(mut self, n: u32) -> Self {
        self.spec.max_length = Some(n);
        self
    }
}

impl ParameterDef<i64> {
    /// A `Number` parameter.
    pub fn number() -> Self {
        Self::of("Number")
    }

    /// The only values accepted. Default: any number.
    pub fn allowed_values<X: Into<Value<i64>>>(self, values: impl IntoIterator<Item = X>) -> Self {
        self.allowed(values)
    }

    pub fn min_value(mut self, n: f64) -> Self {
        self.spec.min_value = Some(n);
        self
    }

    pub fn max_value(mut self, n: f64) -> Self {
        self.spec.max_value = Some(n);
        self
    }
}

impl ParameterDef<Vec<String>> {
    /// A `CommaDelimitedList` parameter.
    pub fn comma_delimited_list() -> Self {
        Self::of("CommaDelimitedList")
    }

    /// A `List<Number>` parameter.
    pub fn number_list() -> Self {
        Self::of("List<Number>")
    }

    /// A list of AWS-specific ids: `aws_list("AWS::EC2::Subnet::Id")` is
    /// `List<AWS::EC2::Subnet::Id>`.
    pub fn aws_list(item_type: &str) -> Self {
        Self::of(format!("List<{item_type}>"))
    }

    /// The value of an SSM `StringList` parameter
    /// (`AWS::SSM::Parameter::Value<List<String>>`).
    pub fn ssm_list_value() -> Self {
        Self::of("AWS::SSM::Parameter::Value<List<String>>")
    }

    /// The only items accepted: CloudFormation checks each item of the list. Default: any.
    pub fn allowed_values<X: Into<Value<String>>>(self, items: impl IntoIterator<Item = X>) -> Self {
        self.allowed(items)
    }

    /// A regular expression (Java's dialect) each whole item must match
    /// (`CommaDelimitedList`). Default: any item.
    pub fn allowed_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.spec.allowed_pattern = Some(pattern.into());
        self
    }
}

/// A parameter of a stack; `value()` is a `Ref` to it.
#[derive(Debug, Clone)]
pub struct Parameter<T> {
    pub(crate) node: NodeRef,
    pub(crate) ty: PhantomData<fn() -> T>,
}

impl<T> Parameter<T> {
    /// The value given at deploy time (`Ref`).
    pub fn value(&self) -> Value<T> {
        Value::from_expr(Expr::Ref(self.node.clone()))
    }
}

impl<T> From<&Parameter<T>> for Value<T> {
    fn from(p: &Parameter<T>) -> Self {
        p.value()
    }
}
